import { Writable } from 'node:stream';

import { createLogger, JsonLogger, withLogContext } from './logging';

/** The process's logger, writing to memory instead of stdout. */
function capture(level: 'log' | 'warn' = 'log'): { logger: JsonLogger; lines: () => Record<string, unknown>[] } {
  const chunks: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk.toString());
      done();
    },
  });
  const logger = new JsonLogger(createLogger(level, 'api', sink));
  return {
    logger,
    lines: () =>
      chunks
        .join('')
        .split('\n')
        .filter((line) => line.length > 0)
        .map((line) => JSON.parse(line) as Record<string, unknown>),
  };
}

describe('JSON logs', () => {
  it('Nest’s (message, context) becomes one line with its time, level, process and context', () => {
    const { logger, lines } = capture();
    logger.log('listening', 'Api');
    expect(lines()).toEqual([
      { level: 'info', time: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) as unknown, process: 'api', context: 'Api', message: 'listening' },
    ]);
  });

  it('an error’s (message, stack, context) keeps the stack apart from the message', () => {
    const { logger, lines } = capture();
    logger.error('it broke', 'Error: it broke\n    at here', 'Worker');
    expect(lines()).toEqual([expect.objectContaining({ level: 'error', context: 'Worker', message: 'it broke', stack: 'Error: it broke\n    at here' })]);
  });

  it('below the configured level nothing is written', () => {
    const { logger, lines } = capture('warn');
    logger.log('routine', 'Api');
    logger.warn('attention', 'Api');
    expect(lines().map((line) => line['message'])).toEqual(['attention']);
  });

  it('the ids in hand are on every line written while the work runs, across awaits, and gone after', async () => {
    const { logger, lines } = capture();
    await withLogContext({ requestId: 'r-12345678' }, async () => {
      await Promise.resolve();
      await withLogContext({ workflowId: 'grant-1', activityType: 'endGrant' }, async () => {
        await new Promise((resolve) => setTimeout(resolve, 1));
        logger.warn('inner', 'Test');
      });
    });
    logger.log('outside', 'Test');
    const [inner, outside] = lines();
    expect(inner).toEqual(expect.objectContaining({ message: 'inner', requestId: 'r-12345678', workflowId: 'grant-1', activityType: 'endGrant' }));
    expect(outside).not.toHaveProperty('requestId');
    expect(outside).not.toHaveProperty('workflowId');
  });
});
