#!/usr/bin/env bash
# Fuzzes a running API from its own OpenAPI document with schemathesis, once per caller.
#
#   scripts/fuzz-api.sh API_URL TOKENS_JSON RECORD_FILE
#
# TOKENS_JSON maps a caller's name to a bearer token ("" for no token). Every check schemathesis has runs
# (--checks all: no 5xx, status codes, content types, headers and bodies as documented, invalid data
# refused, valid data accepted, 405 with Allow, the credential required, ...), with the settings and the
# exceptions test/fuzz/schemathesis.toml lists and explains; and every 4xx must be application/problem+json
# and no answer may carry a stack trace or SQL (test/fuzz/hooks.py). Every exchange is appended to
# RECORD_FILE as a JSON line. Valid data meeting a rule about the world that a schema cannot state (a
# release in the future, a taken id, an unregistered organization) is answered 409, which the check admits.
# FUZZ_KNOWN_IDS (JSON) names ids that exist, so generated bodies get past the 404s.
# FUZZ_MAX_EXAMPLES (default 8) and FUZZ_SEED (default fixed) tune the run; FUZZ_WAVES says which callers run side by side.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
API_URL=$1 TOKENS=$2 RECORD=$3

bash "$ROOT/scripts/install-fuzzer.sh"
: > "$RECORD"

configs=$(mktemp -d)
trap 'rm -rf "$configs"' EXIT

# Fuzzes as one caller; its report goes to $configs/<caller>.out and its exit status to $configs/<caller>.rc.
fuzz_as() {
  local caller=$1 token config
  token=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))[sys.argv[2]])' "$TOKENS" "$caller")
  # The project's settings and exceptions (test/fuzz/schemathesis.toml), and this caller's credential as the
  # API's bearer security scheme: then the check that leaves the credential out really sends none.
  config="$configs/$caller.toml"
  cp "$ROOT/test/fuzz/schemathesis.toml" "$config"
  [[ -n "$token" ]] && printf '\n[auth.openapi.bearer]\nbearer = "%s"\n' "$token" >> "$config"
  # too_slow is hypothesis timing its own data generation (the bodies with the longest patterns, on a
  # loaded 2-core machine): it says nothing about the API, so it never fails the run; every check still does.
  local rc=0
  (cd "$ROOT/test/fuzz" && FUZZ_RECORD="$RECORD" SCHEMATHESIS_HOOKS=hooks PYTHONPATH=. \
    "$ROOT/.tools/fuzz-venv/bin/schemathesis" --config-file "$config" run "$API_URL/openapi.json" \
    --checks all \
    --phases coverage,fuzzing --max-examples "${FUZZ_MAX_EXAMPLES:-8}" --seed "${FUZZ_SEED:-14409}" \
    --workers 1 --no-shrink --request-timeout 10 --warnings off --no-color \
    --suppress-health-check=too_slow) > "$configs/$caller.out" 2>&1 || rc=$?
  echo "$rc" > "$configs/$caller.rc"
}

# The callers, in waves: a wave's lanes (split by ",") run side by side, the callers of a lane (split by "+")
# one after another; schemathesis spends its time generating data, on one core each, while the API idles. A
# program administrator renames, re-kinds and disables what it finds in the registry, so it runs alone, after
# the callers that ran before it when the run was one at a time, and before those that ran after it. A caller
# the waves do not name runs last, alone.
callers=$(python3 -c 'import json,sys; print(" ".join(json.load(open(sys.argv[1]))))' "$TOKENS")
waves=${FUZZ_WAVES:-"developer,anonymous+reviewer+authority admin auditor,partner"}
named=" $(echo "$waves" | tr ',+' '  ') "
for caller in $callers; do
  [[ "$named" == *" $caller "* ]] || waves="$waves $caller"
done
for wave in $waves; do
  for lane in ${wave//,/ }; do
    (
      for caller in ${lane//+/ }; do
        if [[ " $callers " == *" $caller "* ]]; then fuzz_as "$caller"; fi
      done
    ) &
  done
  wait
done

status=0
for caller in $callers; do
  echo "== fuzzing as $caller"
  cat "$configs/$caller.out"
  [[ "$(cat "$configs/$caller.rc")" == 0 ]] || status=1
done
exit $status
