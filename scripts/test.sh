#!/usr/bin/env bash
# The whole suite: static checks, unit, workflow (time-skipping), end-to-end and replay tests.
# Ends with the line "N passed, N failed", taken from jest's own results.
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p .test-output
rm -f .test-output/jest-results.json

npx jest --ci --json --outputFile=.test-output/jest-results.json "$@"
status=$?

node -e '
  const fs = require("fs");
  const file = ".test-output/jest-results.json";
  if (!fs.existsSync(file)) { console.log("0 passed, 1 failed"); process.exit(0); }
  const r = JSON.parse(fs.readFileSync(file, "utf8"));
  // A suite that could not run at all counts as one failure.
  console.log(`${r.numPassedTests} passed, ${r.numFailedTests + r.numRuntimeErrorTestSuites} failed`);
'
exit $status
