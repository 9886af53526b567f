/** The roles a token may carry in its `roles` claim. */
export enum Role {
  Developer = 'developer',
  Reviewer = 'reviewer',
  DesignationAuthority = 'designation-authority',
  ProgramAdmin = 'program-admin',
  Partner = 'partner',
  Auditor = 'auditor',
  /** The clearinghouse (CISA, say): sees only the findings developers shared with it, never the rest of an engagement. */
  Clearinghouse = 'clearinghouse',
  /** Congressional staff and public reporting: program statistics, suppressed, and never a record. */
  Oversight = 'oversight',
  /** A developer's model gateway, as a machine client: it introspects its organization's tokens and nothing else. */
  Gateway = 'gateway',
}

/** Roles only machines hold: a person is never given one. */
export const MACHINE_ROLES: readonly Role[] = [Role.Gateway];

export const ALL_ROLES: readonly Role[] = Object.values(Role);

export function isRole(value: string): value is Role {
  return (ALL_ROLES as readonly string[]).includes(value);
}

/** Who is acting. Identity comes from a verified token; the domain never trusts anything else. */
export interface Actor {
  readonly sub: string;
  readonly org: string;
  readonly roles: readonly Role[];
}

export function hasRole(actor: Actor, role: Role): boolean {
  return actor.roles.includes(role);
}
