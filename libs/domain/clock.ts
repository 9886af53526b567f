import { formatDuration } from './duration';

/** What a workflow needs to run a clock; passed in at start because workflows cannot read configuration. */
export interface ClockPolicy {
  /** How long after the start the target falls. */
  readonly targetMs: number;
  /** Reminders, as offsets before the target. */
  readonly remindBeforeMs: readonly number[];
}

export type ClockPoint = { readonly kind: 'REMINDER'; readonly at: number; readonly beforeTarget: string } | { readonly kind: 'TARGET'; readonly at: number };

export function deadline(startMs: number, durationMs: number): number {
  return startMs + durationMs;
}

/**
 * The points at which a clock acts, in time order, ending with the target itself. Reminders that
 * would fall before the clock started are dropped, and duplicates collapse into one.
 */
export function clockSchedule(startMs: number, targetMs: number, remindBeforeMs: readonly number[]): ClockPoint[] {
  const offsets = [...new Set(remindBeforeMs)].filter((offset) => offset > 0 && targetMs - offset > startMs);
  const reminders: ClockPoint[] = offsets
    .map((offset) => ({ kind: 'REMINDER' as const, at: targetMs - offset, beforeTarget: formatDuration(offset) }))
    .sort((a, b) => a.at - b.at);
  return [...reminders, { kind: 'TARGET', at: targetMs }];
}
