#!/usr/bin/env bash
# Makes Debian packages from a build tree that is already built (scripts/dev package uses the
# optimised ci tree; nothing is built a second time):
#   quorum_VERSION-1_ARCH.deb          the programs, stripped, with man pages, icons, desktop files
#   quorum-dbgsym_VERSION-1_ARCH.deb   their debug information (objcopy --only-keep-debug), by build id
# usage: packaging/make-deb.sh BUILD_DIR OUT_DIR
set -euo pipefail
build=$(realpath "$1")
out=$(realpath -m "$2")
here=$(cd "$(dirname "$0")" && pwd)
source_dir=$(cd "$here/.." && pwd)

version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")
[ -n "$version" ] || { echo "error: $build is not a configured Quorum build tree" >&2; exit 1; }
revision=$(sed -n '1s/^quorum (\(.*\)) .*/\1/p' "$here/debian/changelog")
[ "${revision%-*}" = "$version" ] || { echo "error: packaging/debian/changelog is for ${revision%-*}, the build is $version" >&2; exit 1; }
arch=$(dpkg --print-architecture)
maintainer="Quorum developers <quorum-dev@users.noreply.github.com>"
# Reproducible: every file dated by the changelog's last entry.
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-$(date -d "$(sed -n 's/^ -- .*>  //p' "$here/debian/changelog" | head -1)" +%s)}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
root=$work/quorum
dbg=$work/quorum-dbgsym
mkdir -p "$root" "$dbg" "$out"

DESTDIR=$root cmake --install "$build" --prefix /usr >/dev/null

# Debug information apart, by build id, as Debian's dh_strip does.
build_ids=()
for binary in "$root"/usr/bin/*; do
    file -b "$binary" | grep -q '^ELF' || continue
    id=$(readelf -n "$binary" | sed -n 's/^ *Build ID: *//p')
    [ -n "$id" ] || { echo "error: $binary has no build id" >&2; exit 1; }
    debug=$dbg/usr/lib/debug/.build-id/${id:0:2}/${id:2}.debug
    mkdir -p "$(dirname "$debug")"
    objcopy --only-keep-debug --compress-debug-sections "$binary" "$debug"
    chmod 0644 "$debug"
    strip --remove-section=.comment --remove-section=.note --strip-unneeded "$binary"
    objcopy --add-gnu-debuglink="$debug" "$binary"
    build_ids+=("$id")
done

# Documentation, as Debian wants it.
doc=$root/usr/share/doc/quorum
mkdir -p "$doc/catalog-licenses"
cp "$here/debian/copyright" "$doc/copyright"
gzip -9n -c "$here/debian/changelog" > "$doc/changelog.Debian.gz"
cp "$source_dir"/resources/models/licenses/*.LICENSE "$doc/catalog-licenses/"
gzip -9n "$root"/usr/share/man/man1/*.1
mkdir -p "$dbg/usr/share/doc"
ln -s quorum "$dbg/usr/share/doc/quorum-dbgsym"

# What the programs load at run time besides what they link: the SQLite and PostgreSQL drivers,
# the keyring library QtKeychain opens, the SVG icon engine, the report's monospaced font.
mkdir -p "$work/shlibs/debian"
printf 'Source: quorum\n\nPackage: quorum\nArchitecture: any\n' > "$work/shlibs/debian/control"
shlibs=$(cd "$work/shlibs" && dpkg-shlibdeps -O "$root"/usr/bin/quorum "$root"/usr/bin/quorum-cli 2>/dev/null | sed -n 's/^shlibs:Depends=//p')
[ -n "$shlibs" ] || { echo "error: dpkg-shlibdeps found no libraries" >&2; exit 1; }
depends="$shlibs, libqt6sql6-sqlite, libqt6sql6-psql, libsecret-1-0, fonts-dejavu-core"

find "$root" "$dbg" -type d -exec chmod 0755 {} +
find "$root/usr/share" -type f -exec chmod 0644 {} +
size() { du -sk --apparent-size "$1/usr" | cut -f1; }

mkdir -p "$root/DEBIAN" "$dbg/DEBIAN"
cat > "$root/DEBIAN/control" <<CONTROL
Package: quorum
Version: $revision
Architecture: $arch
Maintainer: $maintainer
Installed-Size: $(size "$root")
Depends: $depends
Recommends: gnome-keyring | kwalletmanager, qt6-wayland, qt6-image-formats-plugins
Section: science
Priority: optional
Homepage: https://github.com/quorum/quorum
Description: workbench for choosing a large language model
 Quorum runs your scenarios against the models you are considering, has a
 jury of judge models score every answer, measures latency, throughput and
 cost from the wire, and keeps every run in SQLite (or a team store on
 PostgreSQL) for leaderboards, charts and HTML or PDF reports.
 .
 It includes a catalog of two thousand models with dated prices, a provider
 simulator to try everything without an API key, and quorum-cli, which does
 all of it without a display.
CONTROL
cat > "$dbg/DEBIAN/control" <<CONTROL
Package: quorum-dbgsym
Source: quorum
Version: $revision
Auto-Built-Package: debug-symbols
Architecture: $arch
Maintainer: $maintainer
Installed-Size: $(size "$dbg")
Depends: quorum (= $revision)
Section: debug
Priority: optional
Description: debug symbols for quorum
Build-Ids: ${build_ids[*]}
CONTROL
for pkg in "$root" "$dbg"; do
    (cd "$pkg" && find usr -type f -print0 | sort -z | xargs -0 md5sum > DEBIAN/md5sums)
    chmod 0644 "$pkg/DEBIAN/control" "$pkg/DEBIAN/md5sums"
    find "$pkg" -exec touch -h -d "@$SOURCE_DATE_EPOCH" {} +
done

main=$out/quorum_${revision}_${arch}.deb
symbols=$out/quorum-dbgsym_${revision}_${arch}.deb
dpkg-deb --root-owner-group -Zxz --build "$root" "$main" >/dev/null
dpkg-deb --root-owner-group -Zxz --build "$dbg" "$symbols" >/dev/null
echo "$main ($(du -h "$main" | cut -f1))"
echo "$symbols ($(du -h "$symbols" | cut -f1))"
