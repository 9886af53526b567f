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
  /** Once approved: by when its partners must accept, or their grants lapse. */
  readonly acceptBy?: number;
  /** Its acceptance deadline has passed and the grants still unaccepted have lapsed. */
  readonly acceptanceClosed?: boolean;
  /** An instant no grant of it outlives (say, the public release), shared by all of them. */
  readonly accessEndsAt?: number;
  /** That instant has passed and every grant of it still active has expired. */
  readonly accessEnded?: boolean;
}

/** Approved nominations whose grants may still be accepted: each has an acceptance deadline to keep. */
export function openAcceptances(nominations: readonly Nomination[] | undefined): (Nomination & { readonly acceptBy: number })[] {
  return (nominations ?? []).filter(
    (n): n is Nomination & { readonly acceptBy: number } => n.status === NominationStatus.Approved && n.acceptBy !== undefined && n.acceptanceClosed !== true,
  );
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

/** Every side an actor could act for on an engagement: a developer who is also a program administrator holds both. */
function sidesOf(actor: Actor, developerOrg: string): NominationSide[] {
  const sides: NominationSide[] = [];
  if (hasRole(actor, Role.Developer) && actor.org === developerOrg) sides.push(NominationSide.Developer);
  if (hasRole(actor, Role.ProgramAdmin)) sides.push(NominationSide.Government);
  return sides;
}

/**
 * Whether an actor may approve a nomination put forward by `side`: they act for the other side, and
 * only for it. Someone who holds both sides' roles (a developer who is also a program administrator)
 * could otherwise consent for the side that asked, so they never approve.
 */
export function canActForOtherSide(actor: Actor, developerOrg: string, side: NominationSide): boolean {
  const sides = sidesOf(actor, developerOrg);
  return sides.length === 1 && sides[0] !== side;
}

/** Approved nominations whose grants all end at one shared instant that has not come yet. */
export function pendingAccessEnds(nominations: readonly Nomination[] | undefined): (Nomination & { readonly accessEndsAt: number })[] {
  return (nominations ?? []).filter(
    (n): n is Nomination & { readonly accessEndsAt: number } => n.status === NominationStatus.Approved && n.accessEndsAt !== undefined && n.accessEnded !== true,
  );
}
