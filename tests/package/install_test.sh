#!/usr/bin/env bash
# The package as a user gets it: installs quorum_*.deb into a clean Debian 12 root with apt (which
# brings every dependency from the archive), then uses it there — quorum-cli --version, the demo
# plan run against the simulator, a report in HTML and PDF, the window opened offscreen (timed),
# a push to the throwaway team store — and purges it, checking that none of its files is left.
# usage: tests/package/install_test.sh PACKAGES_DIR ROOTS_DIR PG_DIR VERSION
set -euo pipefail
packages=$(realpath "$1")
roots=$(realpath -m "$2")
pg_dir=$3
version=$4
here=$(cd "$(dirname "$0")" && pwd)

fail() { echo "FAIL: $*" >&2; exit 1; }
step() { echo "== $*" >&2; }

main=$(ls "$packages"/quorum_*_*.deb 2>/dev/null | head -1)
[ -n "$main" ] || fail "no quorum_*.deb in $packages (the package_build test makes it)"
size=$(stat -c %s "$main")
echo "package: $(basename "$main"), $((size / 1024)) KiB" >&2
[ "$size" -le $((15 * 1024 * 1024)) ] || fail "$(basename "$main") is $((size / 1024 / 1024)) MiB, more than 15 MiB"

"$here/make-root.sh" "$roots"
root=$roots/run-$$
cleanup() {
    for m in tmp dev/pts dev sys proc; do mountpoint -q "$root/$m" && umount -l "$root/$m"; done
    rm -rf "$root"
}
trap cleanup EXIT
cp -a "$roots/base" "$root"
mount -t proc proc "$root/proc"
mount -t sysfs sys "$root/sys"
mount --bind /dev "$root/dev"
mount --bind /dev/pts "$root/dev/pts"
mount -t tmpfs tmpfs "$root/tmp"
cp /etc/resolv.conf "$root/etc/resolv.conf"
in_root() { chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 "$@"; }

step "apt-get install ./$(basename "$main")"
cp "$main" "$root/tmp/"
in_root apt-get update -qq >/dev/null
in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "/tmp/$(basename "$main")" >"$roots/apt.log" 2>&1 \
    || { tail -30 "$roots/apt.log" >&2; fail "apt-get could not install the package"; }
in_root dpkg -L quorum > "$root/tmp/files"

step "quorum-cli --version"
got=$(in_root quorum-cli --version)
[ "$got" = "$version" ] || fail "quorum-cli --version says \"$got\", not $version"

step "the demo plan, against the simulator"
in_root quorum-cli run --plan /usr/share/quorum/demo/demo-plan.json --db /tmp/quorum.sqlite --experiments 1 \
    --temperature-variations 0 --json > "$root/tmp/run.json" || fail "the demo run failed"
grep -q '"status": *"completed"' "$root/tmp/run.json" || fail "the demo run did not complete: $(head -c 400 "$root/tmp/run.json")"

step "a report, HTML and PDF"
in_root quorum-cli report --run 1 --db /tmp/quorum.sqlite --html /tmp/report.html --pdf /tmp/report.pdf >/dev/null \
    || fail "the report failed"
grep -q "Oracle Max" "$root/tmp/report.html" || fail "the HTML report does not name the demo's models"
[ "$(head -c 5 "$root/tmp/report.pdf")" = "%PDF-" ] || fail "the PDF report is not a PDF"

step "the window, offscreen, on the demo workspace"
start=$(date +%s%N)
shown=$(in_root env QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=/tmp quorum --exit-when-loaded --db /tmp/window.sqlite 2>/dev/null) \
    || fail "the window did not open: $shown"
ms=$(( ($(date +%s%N) - start) / 1000000 ))
echo "$shown" | grep -q 'with 37 scenarios, 5 models, 3 judges' || fail "the window shows: $shown"
echo "the window opened with the demo loaded in $ms ms (launch to loaded, from the package)" >&2
[ "$ms" -le 1000 ] || fail "the window took $ms ms to open and load the demo"

step "a push to the team store"
url=$(cat "$pg_dir/url") || fail "no team store running (the postgres_server fixture)"
in_root env PGPASSWORD=quorum-test quorum-cli push --run 1 --from /tmp/quorum.sqlite --to "$url" >/dev/null \
    || fail "quorum-cli push to the team store failed"

step "apt-get purge quorum"
in_root env DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq quorum >/dev/null 2>&1 || fail "apt-get purge failed"
left=()
while read -r path; do
    [ -e "$root$path" ] && [ ! -d "$root$path" ] && left+=("$path")
done < "$root/tmp/files"
while read -r path; do
    [ -d "$root$path" ] && [[ "$path" == */quorum* || "$path" == */io.github.quorum* ]] && left+=("$path/")
done < "$root/tmp/files"
[ ${#left[@]} -eq 0 ] || fail "files of the package left after purge: ${left[*]}"
echo "PASS: installed, used and purged $(basename "$main")" >&2
