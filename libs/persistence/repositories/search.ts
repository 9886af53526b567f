/** An ILIKE pattern matching any text that contains `term` as written: its %, _ and \ match only themselves. */
export function containing(term: string): string {
  return `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
