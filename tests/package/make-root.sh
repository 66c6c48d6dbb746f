#!/usr/bin/env bash
# A clean Debian 12 root for the package test, made once with debootstrap from the Debian archive
# this machine reaches and kept in DIR/base (later runs copy it). Safe to call twice at once: the
# second call waits for the first (scripts/dev test starts it early, beside the build).
# usage: tests/package/make-root.sh DIR
set -euo pipefail
dir=$(realpath -m "${1:?usage: make-root.sh DIR}")
mkdir -p "$dir"
exec 9>"$dir/.lock"
flock 9
[ -f "$dir/base/.complete" ] && exit 0
[ "$(id -u)" -eq 0 ] || { echo "error: making a Debian root needs root (debootstrap, chroot); run as root or through sudo" >&2; exit 1; }
command -v debootstrap >/dev/null || { echo "error: debootstrap is not installed (scripts/dev test installs it)" >&2; exit 1; }
mirror=$(sed -n 's/^URIs: *//p; s/^deb \(http[^ ]*\) bookworm .*/\1/p' /etc/apt/sources.list.d/*.sources /etc/apt/sources.list 2>/dev/null \
         | grep -v security | head -1 || true)
rm -rf "$dir/base"
echo "Making a clean Debian 12 root for the package test (debootstrap from ${mirror:-http://deb.debian.org/debian})…" >&2
debootstrap --variant=minbase bookworm "$dir/base" "${mirror:-http://deb.debian.org/debian}" >"$dir/debootstrap.log" 2>&1 \
    || { tail -20 "$dir/debootstrap.log" >&2; exit 1; }
touch "$dir/base/.complete"
