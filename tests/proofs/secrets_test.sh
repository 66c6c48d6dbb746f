#!/usr/bin/env bash
# Keys never leave the keychain or the environment: a run whose models and judges are called
# with a distinctive fake key (OpenAI's protocol, against the simulator on loopback), with Qt's
# debug logging on, then exported, reported and listed; the key must appear in none of the
# store's files (database, WAL, shared memory), the exports, the HTML, the PDF's text or the logs.
# usage: tests/proofs/secrets_test.sh QUORUM_CLI
set -uo pipefail
cli=$(realpath "$1")
work=$(mktemp -d)
sim=
trap '[ -n "$sim" ] && kill $sim 2>/dev/null; rm -rf "$work"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
key="sk-quorum-leak-canary-$(date +%s)-9f3c2e71"
export OPENAI_API_KEY=$key QT_LOGGING_RULES='*.debug=true' HOME=$work/home XDG_RUNTIME_DIR=$work
mkdir -p "$HOME"
unset DBUS_SESSION_BUS_ADDRESS
"$cli" simulate > "$work/sim.out" 2> "$work/sim.log" & sim=$!
for _ in $(seq 100); do
    url=$(sed -n 's/.*listening on \(http[^ ]*\).*/\1/p' "$work/sim.log")
    [ -n "$url" ] && break
    sleep 0.1
done
[ -n "$url" ] || fail "the simulator did not start: $(cat "$work/sim.log")"
printf '{"model_id": "openai/gpt-4o-mini", "region": "us-east-1", "base_url": "%s/v1", "input_token_cost": 0.00015, "output_token_cost": 0.0006}\n' "$url" > "$work/models.jsonl"
printf '{"model_id": "openai/gpt-4o", "region": "us-east-1", "base_url": "%s/v1", "input_cost_per_1k": 0.0025, "output_cost_per_1k": 0.01}\n' "$url" > "$work/judges.jsonl"
head -5 "$(dirname "$0")/../../resources/demo/demo-scenarios.jsonl" > "$work/scenarios.jsonl"
db=$work/store/quorum.sqlite
mkdir -p "$work/store"
# The run is killed once mid-way (its WAL and shared memory then stay as they were) and resumed.
"$cli" run --models "$work/models.jsonl" --judges "$work/judges.jsonl" --scenarios "$work/scenarios.jsonl" --db "$db" \
    --invocations 3 >"$work/run1.log" 2>&1 &
run=$!
sleep 1.5
kill -9 $run 2>/dev/null
wait $run 2>/dev/null
cp "$db"* "$work/" 2>/dev/null   # the files as the kill left them
"$cli" run --db "$db" --resume 1 >"$work/run2.log" 2>&1 || fail "the resumed run failed: $(tail -5 "$work/run2.log")"
grep -q "completed" "$work/run2.log" || fail "the run did not complete: $(tail -5 "$work/run2.log")"
"$cli" export --run 1 --db "$db" --format csv --out "$work/answers.csv" >"$work/export1.log" 2>&1 || fail "export csv"
"$cli" export --run 1 --db "$db" --format jsonl --verdicts --out "$work/verdicts.jsonl" >"$work/export2.log" 2>&1 || fail "export jsonl"
"$cli" report --run 1 --db "$db" --html "$work/report.html" --pdf "$work/report.pdf" >"$work/report.log" 2>&1 || fail "report"
"$cli" leaderboard --run 1 --db "$db" --json >"$work/leaderboard.json" 2>"$work/leaderboard.log" || fail "leaderboard"
"$cli" keys status --json >"$work/keys.json" 2>"$work/keys.log" || fail "keys status"
pdftotext "$work/report.pdf" "$work/report.txt" || fail "pdftotext"
grep -q "Run 1" "$work/report.txt" || fail "the PDF's text could not be read"
[ "$(grep -c . "$work/run1.log")" -gt 10 ] || fail "no debug log was written (QT_LOGGING_RULES)"
leaks=$(grep -rl --binary-files=text -F "$key" "$work" --exclude=sim.log --exclude=sim.out 2>/dev/null)
# The key's tail alone, in case something cut or encoded it.
leaks+=$(grep -rl --binary-files=text -F "${key: -12}" "$work" --exclude=sim.log --exclude=sim.out 2>/dev/null)
[ -z "$leaks" ] || fail "the key is in: $leaks"
files=$(ls "$work" "$work/store" | wc -l)
echo "PASS: the key appears in none of $files files (store, WAL, exports, HTML, PDF text, debug logs)"
