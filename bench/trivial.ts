import { Client, Connection } from '@temporalio/client';
import { NativeConnection, Worker } from '@temporalio/worker';

import { Bench } from './harness';

export const TRIVIAL_QUEUE = 'bench-trivial';

/**
 * Runs `work` with a worker for the baselines' trivial workflows (bench/trivial.workflow.ts) polling in
 * the bench's own process, against the same Temporal server the system uses, and a client for it.
 */
export async function withTrivialWorker<T>(bench: Bench, work: (client: Client) => Promise<T>): Promise<T> {
  const worker = await Worker.create({
    connection: await NativeConnection.connect({ address: bench.stack.temporalAddress }),
    taskQueue: TRIVIAL_QUEUE,
    workflowsPath: require.resolve('./trivial.workflow'),
  });
  const running = worker.run();
  const connection = await Connection.connect({ address: bench.stack.temporalAddress });
  try {
    return await work(new Client({ connection }));
  } finally {
    worker.shutdown();
    await running;
    await connection.close();
  }
}
