#!/usr/bin/env bash
# The proofs N times in a row with two CPU hogs beside them (yes > /dev/null): the full disk, the
# secrets and the kill-and-resume test must pass every time. Prints one line per round.
# usage: tests/proofs/repeat.sh BUILD_DIR [N]
set -uo pipefail
build=$(realpath "$1")
rounds=${2:-20}
here=$(cd "$(dirname "$0")" && pwd)
yes >/dev/null & hog1=$!
yes >/dev/null & hog2=$!
trap 'kill $hog1 $hog2 2>/dev/null' EXIT
for round in $(seq "$rounds"); do
    disk=$("$here/full_disk_test.sh" "$build/app/quorum-cli" "$here/../../resources/demo/demo-plan.json" | tail -1)
    secrets=$("$here/secrets_test.sh" "$build/app/quorum-cli" | tail -1)
    kills=$(QT_QPA_PLATFORM=offscreen "$build/tests/tst_resume" killedRunResumesExactly 2>&1 | grep -E "^Totals")
    echo "round $round: ${disk%%:*} ${secrets%%:*} kill: $kills"
    [[ "$disk" == PASS* && "$secrets" == PASS* && "$kills" == *"0 failed"* ]] || { echo "FAILED in round $round: $disk / $secrets / $kills"; exit 1; }
done
echo "PASS: $rounds rounds in a row with two CPU hogs"
