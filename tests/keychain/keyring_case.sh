#!/usr/bin/env bash
# One case of gnome_keyring_test.sh, inside its own D-Bus session. Prints what fails on stderr.
set -uo pipefail
case=$1
cli=$QUORUM_TEST_CLI
export HOME=$QUORUM_TEST_WORK/home-$case
mkdir -p "$HOME"
unset OPENAI_API_KEY ANTHROPIC_API_KEY GEMINI_API_KEY AZURE_OPENAI_API_KEY AZURE_API_KEY OPENAI_API GOOGLE_API_KEY GOOGLE_API
fail() { echo "  $*" >&2; status=1; }
status=0
key=sk-quorum-keyring-test-7f3a91
expect() { # expect CODE TEXT COMMAND...: exit code and a sentence on stderr or stdout
    local code=$1 text=$2; shift 2
    local out rc
    out=$("$@" 2>&1); rc=$?
    [ "$rc" -eq "$code" ] || fail "$*: exit $rc, expected $code ($out)"
    [[ "$out" == *"$text"* ]] || fail "$*: says \"$out\", expected \"$text\""
    [[ "$out" != *"$key"* ]] || fail "$*: printed the key"
}
stored() { secret-tool lookup user openai server quorum 2>/dev/null; }
lock() {
    gdbus call --session --dest org.freedesktop.secrets --object-path /org/freedesktop/secrets \
        --method org.freedesktop.Secret.Service.Lock "['/org/freedesktop/secrets/collection/login']" >/dev/null
}
json_state() { "$cli" keys status --json 2>/dev/null | python3 -c "import json,sys; d=json.load(sys.stdin); print(d['keychain']['state'], *[p['state'] for p in d['providers'] if p['provider']=='$1'])"; }

case $case in
unlocked | locked)
    printf 'login-password' | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1
    sleep 0.3
    expect 0 "stored the openai key" sh -c "echo $key | '$cli' keys set openai"
    [ "$(stored)" = "$key" ] || fail "secret-tool does not find the key quorum-cli stored"
    [ "$(json_state openai)" = "unlocked keychain" ] || fail "keys status --json: $(json_state openai), expected \"unlocked keychain\""
    expect 0 "keychain (openai)" "$cli" keys status
    if [ "$case" = locked ]; then
        lock
        [ "$(json_state openai)" = "locked locked" ] || fail "locked: keys status --json: $(json_state openai), expected \"locked locked\""
        [ "$(json_state anthropic)" = "locked missing" ] || fail "locked: anthropic (none stored) should be missing: $(json_state anthropic)"
        expect 0 "openai    	locked: the keychain is locked" "$cli" keys status
        expect 4 "the keychain is locked" "$cli" keys delete openai
        expect 3 "there is no anthropic key" "$cli" keys delete anthropic
        expect 4 "the keychain is locked" sh -c "echo other | '$cli' keys set gemini"
        printf '{"model_id": "openai/gpt-4o-mini", "region": "us-east-1", "input_token_cost": 0.001, "output_token_cost": 0.002}\n' > "$HOME/m.jsonl"
        printf '{"id": "s1", "text_prompt": "Say hi", "task_type": "greeting", "task_criteria": "says hi"}\n' > "$HOME/s.jsonl"
        expect 1 "no API key for openai/gpt-4o-mini: the keychain is locked" \
            "$cli" run --models "$HOME/m.jsonl" --scenarios "$HOME/s.jsonl" --latency-only --db "$HOME/q.sqlite"
        # Unlocked again (a new daemon unlocks the login keyring with its password): the key was never deleted.
        printf 'login-password' | gnome-keyring-daemon --unlock --replace --components=secrets >/dev/null 2>&1
        sleep 0.3
        [ "$(stored)" = "$key" ] || fail "the key is gone after a delete refused while locked"
    fi
    expect 0 "removed the openai key" "$cli" keys delete openai
    [ -z "$(stored)" ] || fail "secret-tool still finds the key after keys delete"
    expect 3 "there is no openai key" "$cli" keys delete openai
    ;;
no_keyring)
    gnome-keyring-daemon --start --components=secrets >/dev/null 2>&1
    sleep 0.3
    [ "$(json_state openai)" = "no_keyring missing" ] || fail "keys status --json: $(json_state openai), expected \"no_keyring missing\""
    expect 1 "has no default keyring yet" sh -c "echo $key | '$cli' keys set openai"
    expect 1 "or set OPENAI_API_KEY instead" sh -c "echo $key | '$cli' keys set openai"
    out=$("$cli" keys status 2>&1)
    [ "$(grep -c 'no default keyring' <<<"$out")" -eq 1 ] || fail "keys status should say it once: $out"
    ;;
no_service)
    [ "$(json_state openai)" = "no_service missing" ] || fail "keys status --json: $(json_state openai), expected \"no_service missing\""
    expect 1 "or set OPENAI_API_KEY instead" sh -c "echo $key | '$cli' keys set openai"
    out=$("$cli" keys status 2>&1)
    [ "$(grep -c 'no keychain answers here' <<<"$out")" -eq 1 ] || fail "keys status should say it once: $out"
    [[ "$out" != *org.freedesktop* ]] || fail "keys status shows a raw D-Bus error: $out"
    ;;
esac
exit $status
