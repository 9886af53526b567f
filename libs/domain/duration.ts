const UNIT_MS = { d: 86_400_000, h: 3_600_000, m: 60_000, s: 1_000 } as const;
type Unit = keyof typeof UNIT_MS;

const DURATION = /^(\d{1,6})([dhms])$/;

export const DAY_MS = UNIT_MS.d;

/** Parses a compact duration such as `30d`, `12h`, `15m` or `45s` into milliseconds. */
export function parseDuration(text: string): number {
  const match = DURATION.exec(text.trim());
  if (!match) {
    throw new Error(`"${text}" is not a duration; use a whole number followed by d, h, m or s (e.g. 7d)`);
  }
  const amount = Number(match[1]);
  if (amount <= 0) {
    throw new Error(`"${text}" must be longer than zero`);
  }
  return amount * UNIT_MS[match[2] as Unit];
}

/** Parses a comma-separated list of durations (`7d,1d`); an empty string is an empty list. */
export function parseDurationList(text: string): number[] {
  const parts = text
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
  return parts.map(parseDuration);
}

export function formatDuration(ms: number): string {
  for (const unit of ['d', 'h', 'm', 's'] as const) {
    if (ms % UNIT_MS[unit] === 0) {
      return `${ms / UNIT_MS[unit]}${unit}`;
    }
  }
  return `${ms}ms`;
}
