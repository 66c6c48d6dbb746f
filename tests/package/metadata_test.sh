#!/usr/bin/env bash
# The desktop integration files as a desktop reads them: desktop-file-validate, AppStream's
# pedantic validation (no network), and the MIME type: a plan named NAME.quorum.json is an
# application/x-quorum-plan to GIO (what file managers ask), plain JSON stays application/json.
# usage: tests/package/metadata_test.sh SOURCE_DIR APP_ID
set -euo pipefail
src=$1
id=$2
fail() { echo "FAIL: $*" >&2; exit 1; }
out=$(desktop-file-validate "$src/packaging/$id.desktop" 2>&1) || fail "desktop-file-validate: $out"
[ -z "$out" ] || fail "desktop-file-validate: $out"
appstreamcli validate --pedantic --no-net "$src/packaging/$id.metainfo.xml" || fail "appstreamcli validate"
grep -q "^MimeType=application/x-quorum-plan;$" "$src/packaging/$id.desktop" || fail "the .desktop file does not claim the plan type alone"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/mime/packages"
cp "$src/packaging/$id.mime.xml" "$work/mime/packages/$id.xml"
update-mime-database "$work/mime"
cp "$src/resources/demo/demo-plan.json" "$work/trip.quorum.json"
printf '{"name": "not a plan"}\n' > "$work/other.json"
type_of() { XDG_DATA_DIRS="$work:/usr/share" gio info -a standard::content-type "$1" | sed -n 's/^ *standard::content-type: //p'; }
[ "$(type_of "$work/trip.quorum.json")" = application/x-quorum-plan ] || fail "trip.quorum.json is $(type_of "$work/trip.quorum.json")"
[ "$(type_of "$work/other.json")" = application/json ] || fail "other.json is $(type_of "$work/other.json")"
echo "PASS: .desktop, AppStream and the plan MIME type"
