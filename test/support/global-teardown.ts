import { STACK_INFO } from './paths';
import { stopStack } from './stack-process';

/** Stops the test stack, and makes sure nothing it started outlives the run. */
export default async function globalTeardown(): Promise<void> {
  await stopStack((globalThis as { __STACK_PID__?: number }).__STACK_PID__, STACK_INFO);
}
