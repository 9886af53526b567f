import { Role } from './roles';

/** An organization's registry id, which is also its people's `org` claim. */
export const ORGANIZATION_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$/;

/** Every organization is one of these, and its kind bounds the roles its people may hold. */
export enum OrganizationKind {
  AiDeveloper = 'AI_DEVELOPER',
  Government = 'GOVERNMENT',
  Partner = 'PARTNER',
}

/**
 * The kind of organization each role belongs to: government work (review, designation, the program,
 * audit) only for government organizations, the developer's side only for AI developers, and the
 * partner role only for partners.
 */
export const ROLE_ORGANIZATION_KIND: Readonly<Record<Role, OrganizationKind>> = {
  [Role.Developer]: OrganizationKind.AiDeveloper,
  [Role.Reviewer]: OrganizationKind.Government,
  [Role.DesignationAuthority]: OrganizationKind.Government,
  [Role.ProgramAdmin]: OrganizationKind.Government,
  [Role.Auditor]: OrganizationKind.Government,
  [Role.Clearinghouse]: OrganizationKind.Government,
  [Role.Oversight]: OrganizationKind.Government,
  [Role.Partner]: OrganizationKind.Partner,
  [Role.Gateway]: OrganizationKind.AiDeveloper,
};

/** The roles an organization of `kind` may not hold; a token claiming any of them is refused as a whole. */
export function rolesOutsideKind(roles: readonly Role[], kind: OrganizationKind): Role[] {
  return roles.filter((role) => ROLE_ORGANIZATION_KIND[role] !== kind);
}
