#!/usr/bin/env bash
# A full disk: the store sits on a small size-limited filesystem (tmpfs, root needed) that fills up
# during the demo run. The run must stop with a clear message and exit 1, keep every work item it
# had stored, and — once there is room again — resume to exactly the planned items, none twice.
# usage: tests/proofs/full_disk_test.sh QUORUM_CLI DEMO_PLAN
set -uo pipefail
cli=$(realpath "$1")
plan=$(realpath "$2")
[ "$(id -u)" -eq 0 ] || { echo "FAIL: mounting a small filesystem needs root"; exit 1; }
work=$(mktemp -d)
disk=$work/disk
mkdir -p "$disk"
trap 'mountpoint -q "$disk" && umount -l "$disk"; rm -rf "$work"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
export HOME=$work/home
mkdir -p "$HOME"
mount -t tmpfs -o size=8m tmpfs "$disk" || fail "cannot mount a tmpfs"
db=$disk/quorum.sqlite
"$cli" run --plan "$plan" --db "$db" --experiments 1 --temperature-variations 0 >"$work/run1.out" 2>"$work/run1.err"
rc=$?
[ $rc -eq 1 ] || fail "the run on a full disk exited $rc, not 1: $(tail -3 "$work/run1.err")"
grep -q "run 1 stopped: the store could not write (.*disk is full" "$work/run1.err" || fail "no clear message: $(tail -3 "$work/run1.err")"
grep -q "make room (or fix the store), then resume it" "$work/run1.err" || fail "it does not say how to go on: $(tail -3 "$work/run1.err")"
grep -q "completed" "$work/run1.err" && fail "it claims to have completed: $(tail -3 "$work/run1.err")"
items() { "$cli" export --run 1 --db "$db" --format jsonl --out "$1" >/dev/null 2>&1 && python3 -c "
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1])]
items = [r['work_item'] for r in rows]
assert len(items) == len(set(items)), 'a work item stored twice'
print(' '.join(map(str, sorted(items))))" "$1"; }
mkdir -p "$work/out"
before=$(items "$work/out/before.jsonl") || fail "cannot read what was stored"
kept=$(wc -w <<<"$before")
# Room again: the same filesystem grown, as a user would free space.
mount -o remount,size=256m "$disk" || fail "cannot grow the tmpfs"
"$cli" run --db "$db" --resume 1 --json >"$work/run2.out" 2>"$work/run2.err"
rc=$?
[ $rc -eq 0 ] || fail "the resumed run exited $rc: $(tail -3 "$work/run2.err")"
grep -q "resuming run 1: $kept work items already stored" "$work/run2.err" || fail "the resume did not start from the $kept stored items: $(grep resuming "$work/run2.err")"
after=$(items "$work/out/after.jsonl") || fail "cannot read the resumed run"
[ "$(wc -w <<<"$after")" -eq 185 ] || fail "$(wc -w <<<"$after") work items stored in the end, not the 185 planned"
for item in $before; do
    grep -qw "$item" <<<"$after" || fail "work item $item, stored before the disk filled, is gone"
done
echo "PASS: stopped on a full disk with $kept of 185 work items stored, resumed to all 185 after room was made"
