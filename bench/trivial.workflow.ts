import { condition, defineSignal, defineUpdate, setHandler } from '@temporalio/workflow';

/** The baseline's workflow: starts, returns its input, completes. Nothing else. */
export async function trivialWorkflow(n: number): Promise<number> {
  return n;
}

export const bump = defineUpdate<number, [number]>('bump');
export const finish = defineSignal('finish');

/** The command path's baseline: an Update that adds to a number and answers it, until told to finish. */
export async function counterWorkflow(): Promise<number> {
  let total = 0;
  let finished = false;
  setHandler(bump, (by: number) => (total += by));
  setHandler(finish, () => {
    finished = true;
  });
  await condition(() => finished);
  return total;
}
