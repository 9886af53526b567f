#!/usr/bin/env bash
# Fuzzes a running API from its own OpenAPI document with schemathesis, once per caller.
#
#   scripts/fuzz-api.sh API_URL TOKENS_JSON RECORD_FILE
#
# TOKENS_JSON maps a caller's name to a bearer token ("" for no token). Every response must not be
# a 5xx; every 4xx must be application/problem+json; no answer may carry a stack trace or SQL
# (test/fuzz/hooks.py). Every exchange is appended to RECORD_FILE as a JSON line.
# FUZZ_KNOWN_IDS (JSON) names ids that exist, so generated bodies get past the 404s.
# FUZZ_MAX_EXAMPLES (default 8) and FUZZ_SEED (default fixed) tune the run.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
API_URL=$1 TOKENS=$2 RECORD=$3

bash "$ROOT/scripts/install-fuzzer.sh"
: > "$RECORD"

status=0
for caller in $(python3 -c 'import json,sys; print(" ".join(json.load(open(sys.argv[1]))))' "$TOKENS"); do
  token=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))[sys.argv[2]])' "$TOKENS" "$caller")
  auth=()
  [[ -n "$token" ]] && auth=(-H "Authorization: Bearer $token")
  echo "== fuzzing as $caller"
  if ! (cd "$ROOT/test/fuzz" && FUZZ_RECORD="$RECORD" SCHEMATHESIS_HOOKS=hooks PYTHONPATH=. \
      "$ROOT/.tools/fuzz-venv/bin/schemathesis" run "$API_URL/openapi.json" "${auth[@]}" \
      --checks not_a_server_error,problem_json_errors,no_internal_details \
      --phases coverage,fuzzing --max-examples "${FUZZ_MAX_EXAMPLES:-8}" --seed "${FUZZ_SEED:-14409}" \
      --workers 1 --no-shrink --request-timeout 10 --warnings off --no-color); then
    status=1
  fi
done
exit $status
