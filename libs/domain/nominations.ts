import { Actor, hasRole, Role } from './roles';

/** Which side put a nomination forward; the other side must approve it. */
export enum NominationSide {
  Developer = 'DEVELOPER',
  Government = 'GOVERNMENT',
}

export enum NominationStatus {
  Pending = 'PENDING',
  Approved = 'APPROVED',
  Declined = 'DECLINED',
  /** Not answered by its deadline: declined by the clock. */
  Expired = 'EXPIRED',
  /** The engagement ended first. */
  Cancelled = 'CANCELLED',
}

export interface Nomination {
  readonly id: string;
  readonly side: NominationSide;
  readonly nominatedBy: string;
  readonly deadline: number;
  readonly status: NominationStatus;
}

/** The side an actor acts for on an engagement, if any: its developer organization, or the program office. */
export function sideOf(actor: Actor, developerOrg: string): NominationSide | undefined {
  if (hasRole(actor, Role.Developer) && actor.org === developerOrg) {
    return NominationSide.Developer;
  }
  if (hasRole(actor, Role.ProgramAdmin)) {
    return NominationSide.Government;
  }
  return undefined;
}

/** Whether an actor can act for the side opposite to `side` (the one that must approve). */
export function canActForOtherSide(actor: Actor, developerOrg: string, side: NominationSide): boolean {
  return side === NominationSide.Developer
    ? hasRole(actor, Role.ProgramAdmin)
    : hasRole(actor, Role.Developer) && actor.org === developerOrg;
}
