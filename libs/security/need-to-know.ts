import { Actor, hasRole, Role } from '../domain';

/** How much of an engagement a caller may see. */
export enum EngagementView {
  /** It does not exist for them: 404. */
  None = 0,
  /** Id, organization, model name and version, stage and dates. */
  Metadata = 1,
  /** Everything, including confidential text; each such read is audited. */
  Full = 2,
}

/** Who is on an engagement's roster, as the read model knows it. */
export interface EngagementRoster {
  readonly developerOrg: string;
  readonly reviewers: readonly string[];
  readonly attested: readonly string[];
  readonly recommended: boolean;
}

function viewFor(actor: Actor, role: Role, roster: EngagementRoster): EngagementView {
  const attested = roster.attested.includes(actor.sub) ? EngagementView.Full : EngagementView.Metadata;
  switch (role) {
    case Role.Auditor:
      return EngagementView.Full;
    case Role.Developer:
      return actor.org === roster.developerOrg ? EngagementView.Full : EngagementView.None;
    case Role.Reviewer:
      return roster.reviewers.includes(actor.sub) ? attested : EngagementView.None;
    case Role.DesignationAuthority:
      return roster.recommended ? attested : EngagementView.None;
    case Role.ProgramAdmin:
      return EngagementView.Metadata;
    case Role.Partner:
      return EngagementView.None;
  }
}

/** The widest view any of the caller's roles grants. */
export function engagementView(actor: Actor, roster: EngagementRoster): EngagementView {
  return actor.roles.reduce((widest, role) => Math.max(widest, viewFor(actor, role, roster)), EngagementView.None);
}

/** Which engagements a list may include; the list query's mirror of {@link engagementView}. */
export interface EngagementScope {
  readonly all: boolean;
  readonly developerOrg?: string;
  readonly reviewerSub?: string;
  readonly recommended: boolean;
}

export function engagementScope(actor: Actor): EngagementScope {
  return {
    all: hasRole(actor, Role.Auditor) || hasRole(actor, Role.ProgramAdmin),
    developerOrg: hasRole(actor, Role.Developer) ? actor.org : undefined,
    reviewerSub: hasRole(actor, Role.Reviewer) ? actor.sub : undefined,
    recommended: hasRole(actor, Role.DesignationAuthority),
  };
}
