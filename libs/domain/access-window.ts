import { DAY_MS } from './duration';

/** EO 14409 Sec. 3: pre-release access for up to 30 days. A maximum, never a minimum, never extended. */
export const MAX_WINDOW_DAYS = 30;
export const DEFAULT_WINDOW_DAYS = 30;

export enum WindowEndReason {
  /** Its 30-day (or shorter) clock ran out. */
  Expired = 'EXPIRED',
  /** The developer ended it early. */
  EndedEarly = 'ENDED_EARLY',
  Withdrawn = 'WITHDRAWN',
  Released = 'RELEASED',
  Closed = 'CLOSED',
}

export interface AccessWindow {
  readonly openedAt: number;
  readonly closesAt: number;
  readonly endedAt?: number;
  readonly endReason?: WindowEndReason;
}

export function windowCloses(openedAt: number, days: number): number {
  return openedAt + days * DAY_MS;
}

export function windowOpen(window: AccessWindow | undefined): window is AccessWindow {
  return window !== undefined && window.endedAt === undefined;
}

/** Ends a window if it is still open; an ended window keeps how and when it ended. */
export function endWindow(window: AccessWindow | undefined, at: number, reason: WindowEndReason): AccessWindow | undefined {
  return windowOpen(window) ? { ...window, endedAt: at, endReason: reason } : window;
}
