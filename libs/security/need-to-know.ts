import { Actor, EngagementStage, hasRole, Role } from '#domain';

/** How much of an engagement a caller may see; a wider view includes every narrower one. */
export enum EngagementView {
  /** It does not exist for them: 404. */
  None = 0,
  /** Id, organization, model name and version, stage, due dates and the timeline. */
  Metadata = 1,
  /**
   * The developer's own content and the government's decisions with their unclassified rationales,
   * but not the benchmark references or the reviewers' attestation statements: the criteria stay opaque.
   */
  Developer = 2,
  /** Everything. Each read of confidential content is audited. */
  Full = 3,
}

/** Who is on an engagement's roster, and where it is, as the read model knows it. */
export interface EngagementRoster {
  readonly developerOrg: string;
  readonly stage: EngagementStage;
  readonly reviewers: readonly string[];
  readonly attested: readonly string[];
  readonly recommended: boolean;
  /** Who recused: a reviewer or authority who recused sees nothing of it, as if never on the roster. */
  readonly recused: readonly string[];
}

/** Withdrawal and closure end government access to the content at once; the record itself stays visible. */
const GOVERNMENT_ACCESS_ENDED: ReadonlySet<EngagementStage> = new Set([EngagementStage.Withdrawn, EngagementStage.Closed]);

function viewFor(actor: Actor, role: Role, roster: EngagementRoster): EngagementView {
  const government = (): EngagementView =>
    roster.attested.includes(actor.sub) && !GOVERNMENT_ACCESS_ENDED.has(roster.stage) ? EngagementView.Full : EngagementView.Metadata;
  switch (role) {
    case Role.Auditor:
      return EngagementView.Full;
    case Role.Developer:
      return actor.org === roster.developerOrg ? EngagementView.Developer : EngagementView.None;
    case Role.Reviewer:
      return roster.reviewers.includes(actor.sub) ? government() : EngagementView.None;
    case Role.DesignationAuthority:
      return roster.recommended && !roster.recused.includes(actor.sub) ? government() : EngagementView.None;
    case Role.ProgramAdmin:
      return EngagementView.Metadata;
    // The clearinghouse reaches shared findings through a scope of their own, never an engagement;
    // oversight reads suppressed program statistics and never a record.
    case Role.Clearinghouse:
    case Role.Oversight:
    case Role.Partner:
    case Role.Gateway:
      return EngagementView.None;
  }
}

/**
 * Findings are coordinated disclosure between the government and the developer: its own organization,
 * the engagement's assigned and attested reviewers while government access lasts, and auditors. Not the
 * widest view of all roles: an authority or administrator who also holds the reviewer role reads
 * findings only on engagements they review.
 */
export function mayReadFindings(actor: Actor, roster: EngagementRoster): boolean {
  return (
    hasRole(actor, Role.Auditor) ||
    (hasRole(actor, Role.Developer) && actor.org === roster.developerOrg) ||
    (hasRole(actor, Role.Reviewer) && followsFindings(actor, roster))
  );
}

/**
 * An attested reviewer of the engagement follows its findings to their end: a remediation runs on after
 * the engagement closes (its content is closed to the government, its findings are not). Withdrawal ends it.
 */
function followsFindings(actor: Actor, roster: EngagementRoster): boolean {
  if (roster.stage === EngagementStage.Withdrawn || roster.recused.includes(actor.sub)) {
    return false;
  }
  return roster.stage === EngagementStage.Closed
    ? roster.reviewers.includes(actor.sub) && roster.attested.includes(actor.sub)
    : viewFor(actor, Role.Reviewer, roster) === EngagementView.Full;
}

/**
 * A consultation on a determination: auditors; a designation authority of the organization consulted (who
 * sees the question and the engagement's metadata, nothing more unless also on the roster), unless they
 * recused or are of the developer's organization; and whoever sees the engagement in full.
 */
export function mayReadConsultation(actor: Actor, consultation: { readonly organization: string }, roster: EngagementRoster): boolean {
  const consulted =
    hasRole(actor, Role.DesignationAuthority) &&
    actor.org === consultation.organization &&
    actor.org !== roster.developerOrg &&
    !roster.recused.includes(actor.sub);
  return consulted || engagementView(actor, roster) === EngagementView.Full;
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
  /** A designation authority sees recommended engagements, except those they recused from. */
  readonly authoritySub?: string;
}

export function engagementScope(actor: Actor): EngagementScope {
  return {
    all: hasRole(actor, Role.Auditor) || hasRole(actor, Role.ProgramAdmin),
    developerOrg: hasRole(actor, Role.Developer) ? actor.org : undefined,
    reviewerSub: hasRole(actor, Role.Reviewer) ? actor.sub : undefined,
    authoritySub: hasRole(actor, Role.DesignationAuthority) ? actor.sub : undefined,
  };
}

/** How a caller may see a trusted partner's grant. */
export enum GrantView {
  /** It does not exist for them: 404. */
  None = 'NONE',
  /** The partner itself: its own grant, the model's name and version, and the terms. */
  Partner = 'PARTNER',
  /** The engagement's developer, program administrators and auditors: the grant and which partner holds it. */
  Steward = 'STEWARD',
}

/**
 * Partners see only their own grants and never learn of other partners; the developer sees its own
 * engagements' grants; program administrators and auditors see all; reviewers as such see none.
 */
export function grantView(actor: Actor, grant: { readonly partnerId: string; readonly developerOrg: string }): GrantView {
  if (hasRole(actor, Role.ProgramAdmin) || hasRole(actor, Role.Auditor) || (hasRole(actor, Role.Developer) && actor.org === grant.developerOrg)) {
    return GrantView.Steward;
  }
  if (hasRole(actor, Role.Partner) && actor.org === grant.partnerId) {
    return GrantView.Partner;
  }
  return GrantView.None;
}

/** Which grants a list may include; the mirror of {@link grantView}. */
export function grantScope(actor: Actor): { all: boolean; partnerId?: string; developerOrg?: string } {
  if (hasRole(actor, Role.ProgramAdmin) || hasRole(actor, Role.Auditor)) {
    return { all: true };
  }
  if (hasRole(actor, Role.Developer)) {
    return { all: false, developerOrg: actor.org };
  }
  if (hasRole(actor, Role.Partner)) {
    return { all: false, partnerId: actor.org };
  }
  return { all: false };
}
