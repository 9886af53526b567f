import * as path from 'node:path';

export const ROOT = path.resolve(__dirname, '..', '..');
export const OUTPUT = path.join(ROOT, '.test-output');
export const STACK_INFO = path.join(OUTPUT, 'stack.json');
export const WORKFLOW_BUNDLE = path.join(OUTPUT, 'workflow-bundle.js');
export const REPLAY_HISTORIES = path.join(ROOT, 'test', 'replay', 'histories');
