// Validates CSAF 2.0 documents with BSI's @secvisogram/csaf-validator-lib: its JSON schema tests and every
// mandatory test (CSAF 2.0 section 6.1). Prints one JSON line per file and exits 1 if any fails.
//   node tools/csaf-validate.mjs advisory.json [more.json …]
import { readFileSync } from 'node:fs';

import * as mandatoryTests from '@secvisogram/csaf-validator-lib/mandatoryTests.js';
import * as schemaTests from '@secvisogram/csaf-validator-lib/schemaTests.js';
import validateStrict from '@secvisogram/csaf-validator-lib/validateStrict.js';

const tests = [...Object.values(schemaTests), ...Object.values(mandatoryTests)];
let failed = 0;
for (const file of process.argv.slice(2)) {
  const result = await validateStrict(tests, JSON.parse(readFileSync(file, 'utf8')));
  const errors = result.tests.flatMap((t) => t.errors.map((e) => ({ test: t.name, path: e.instancePath, message: e.message })));
  if (!result.isValid) failed += 1;
  console.log(JSON.stringify({ file, isValid: result.isValid, tests: result.tests.length, errors }));
}
process.exit(failed > 0 ? 1 : 0);
