#!/usr/bin/env bash
# quorum-cli's keys against a real gnome-keyring (Debian's), each case in its own D-Bus session:
# unlocked, locked (the key stays and is said to be there but locked), no login keyring, and no
# Secret Service at all. What the keyring holds is checked with secret-tool, not with Quorum.
# usage: tests/keychain/gnome_keyring_test.sh QUORUM_CLI
set -uo pipefail
cli=$(realpath "$1")
here=$(cd "$(dirname "$0")" && pwd)
for tool in dbus-run-session gnome-keyring-daemon secret-tool gdbus; do
    command -v "$tool" >/dev/null || { echo "FAIL: $tool is not installed (scripts/dev test installs gnome-keyring, libsecret-tools, dbus)"; exit 1; }
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export QUORUM_TEST_CLI=$cli QUORUM_TEST_WORK=$work
failed=0
for case in unlocked locked no_keyring; do
    if ! timeout 120 dbus-run-session -- bash "$here/keyring_case.sh" "$case" 2>"$work/$case.err"; then
        echo "FAIL in case $case:"; cat "$work/$case.err"; failed=1
    fi
done
# A session bus with no service to start: no Secret Service at all.
cat > "$work/bare.conf" <<CONF
<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN" "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig><type>session</type><listen>unix:tmpdir=$work</listen>
<policy context="default"><allow send_destination="*" eavesdrop="true"/><allow eavesdrop="true"/><allow own="*"/></policy></busconfig>
CONF
if ! timeout 60 dbus-run-session --config-file="$work/bare.conf" -- bash "$here/keyring_case.sh" no_service 2>"$work/no_service.err"; then
    echo "FAIL in case no_service:"; cat "$work/no_service.err"; failed=1
fi
[ $failed -eq 0 ] && echo "PASS: unlocked, locked, no login keyring, no Secret Service"
exit $failed
