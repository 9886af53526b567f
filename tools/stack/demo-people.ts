import { Role } from '#domain';

/** A person the local stack knows: the sign-in page offers each one, and `npm run token` fills in their name and email. */
export interface DemoPerson {
  readonly sub: string;
  readonly name: string;
  readonly email: string;
  readonly org: string;
  readonly roles: readonly Role[];
}

/** One person per role at least, in the organizations the local stack registers (local-organizations.ts). */
export const DEMO_PEOPLE: readonly DemoPerson[] = [
  { sub: 'alice', name: 'Alice Chen', email: 'alice.chen@acme-ai.example', org: 'acme-ai', roles: [Role.Developer] },
  { sub: 'pat', name: 'Pat Moreno', email: 'pat.moreno@program-office.example', org: 'program-office', roles: [Role.ProgramAdmin] },
  { sub: 'rita', name: 'Rita Okafor', email: 'rita.okafor@nsa.example', org: 'nsa', roles: [Role.Reviewer] },
  { sub: 'dana', name: 'Dana Whitfield', email: 'dana.whitfield@nsa.example', org: 'nsa', roles: [Role.DesignationAuthority] },
  { sub: 'ivy', name: 'Ivy Brandt', email: 'ivy.brandt@oig.example', org: 'oig', roles: [Role.Auditor] },
  { sub: 'cleo', name: 'Cleo Ramirez', email: 'cleo.ramirez@cisa.example', org: 'cisa', roles: [Role.Clearinghouse] },
  { sub: 'owen', name: 'Owen Park', email: 'owen.park@gao.example', org: 'gao', roles: [Role.Oversight] },
  { sub: 'sam', name: 'Sam Ortiz', email: 'sam.ortiz@valley-health.example', org: 'ne-valley-health', roles: [Role.Partner] },
];

/** The demo partner's organization, which the local stack registers in the partner registry. */
export const DEMO_PARTNER = {
  id: 'ne-valley-health',
  name: 'Valley County Health',
  sector: 'RURAL_HOSPITAL',
  state: 'NE',
  contacts: [{ name: 'Sam Ortiz', email: 'sam.ortiz@valley-health.example' }],
} as const;

export function demoPerson(sub: string): DemoPerson | undefined {
  return DEMO_PEOPLE.find((person) => person.sub === sub);
}
