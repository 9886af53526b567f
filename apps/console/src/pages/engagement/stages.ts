import type { Stage } from '../../labels';

/**
 * Where each command of the engagement page is open, as the API's transition table has it
 * (libs/domain/engagement-transitions.ts). The console only decides what to offer; the API decides,
 * and its refusal (409 with the stage) is shown if the two ever disagree.
 */
const OPEN: readonly Stage[] = [
  'INQUIRY_SUBMITTED',
  'UNDER_REVIEW',
  'RECOMMENDED',
  'RECONSIDERATION',
  'DESIGNATED',
  'PRE_RELEASE_ACCESS',
  'POST_WINDOW',
  'RELEASED',
];

export const OFFERED = {
  assignReviewers: ['INQUIRY_SUBMITTED', 'UNDER_REVIEW', 'DESIGNATED', 'PRE_RELEASE_ACCESS'],
  attest: ['UNDER_REVIEW', 'RECOMMENDED', 'RECONSIDERATION', 'DESIGNATED', 'PRE_RELEASE_ACCESS'],
  recordBenchmark: ['UNDER_REVIEW'],
  recommend: ['UNDER_REVIEW'],
  determine: ['RECOMMENDED', 'RECONSIDERATION'],
  reconsider: ['DESIGNATED', 'CLOSED_NOT_COVERED'],
  openWindow: ['DESIGNATED'],
  declineAccess: ['DESIGNATED'],
  endWindow: ['PRE_RELEASE_ACCESS'],
  release: OPEN.filter((stage) => stage !== 'RELEASED'),
  close: ['DESIGNATED', 'PRE_RELEASE_ACCESS', 'POST_WINDOW', 'RELEASED'],
  withdraw: OPEN,
} as const satisfies Record<string, readonly Stage[]>;

export function offered(command: keyof typeof OFFERED, stage: Stage): boolean {
  return (OFFERED[command] as readonly Stage[]).includes(stage);
}
