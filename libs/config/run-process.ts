import { Logger } from '@nestjs/common';

import { ConfigError } from './app-config';

/**
 * Runs a process's main function. A configuration problem prints its list of problems and nothing
 * else; any other failure is logged with its stack. Either way the process exits non-zero.
 */
export function runProcess(name: string, main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
    } else {
      Logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error), name);
    }
    process.exit(1);
  });
}
