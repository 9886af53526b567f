import type { BootstrapOrganization } from '#config';
import { OrganizationKind } from '#domain';

/** The organizations the local stack registers: the developers and the government bodies of the README and the demo. */
export const LOCAL_ORGANIZATIONS: readonly BootstrapOrganization[] = [
  { id: 'acme-ai', kind: OrganizationKind.AiDeveloper, name: 'Acme AI' },
  { id: 'other-ai', kind: OrganizationKind.AiDeveloper, name: 'Other AI' },
  { id: 'nsa', kind: OrganizationKind.Government, name: 'National Security Agency' },
  { id: 'cisa', kind: OrganizationKind.Government, name: 'Cybersecurity and Infrastructure Security Agency' },
  { id: 'treasury', kind: OrganizationKind.Government, name: 'Department of the Treasury' },
  { id: 'nist', kind: OrganizationKind.Government, name: 'National Institute of Standards and Technology' },
  { id: 'dod', kind: OrganizationKind.Government, name: 'Department of Defense' },
  { id: 'program-office', kind: OrganizationKind.Government, name: 'Program Office' },
  { id: 'oig', kind: OrganizationKind.Government, name: 'Office of Inspector General' },
  { id: 'gao', kind: OrganizationKind.Government, name: 'Government Accountability Office' },
];
