/**
 * Runs async sections one at a time. Update handlers await activities, so without this two
 * commands could both pass their checks against the same state and both act on it.
 */
export class Serial {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(section: () => Promise<T>): Promise<T> {
    const result = this.tail.then(section);
    this.tail = result.catch(() => undefined);
    return result;
  }
}
