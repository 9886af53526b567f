/** The baseline's workflow: starts, returns its input, completes. Nothing else. */
export async function trivialWorkflow(n: number): Promise<number> {
  return n;
}
