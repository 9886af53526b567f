import { AuditEventBody, GENESIS_HASH, hashAuditEvent } from './audit-chain';

/** A well-formed chain of `length` events, for the chain's and the export's tests. */
export function chainOf(length: number): (AuditEventBody & { hash: string })[] {
  const events: (AuditEventBody & { hash: string })[] = [];
  let prevHash = GENESIS_HASH;
  for (let seq = 1; seq <= length; seq += 1) {
    const body: AuditEventBody = {
      id: `00000000-0000-4000-8000-${String(seq).padStart(12, '0')}`,
      seq,
      occurredAt: new Date(Date.UTC(2026, 10, 22, 0, 0, seq)).toISOString(),
      actorSub: `user-${seq}`,
      actorRoles: ['reviewer'],
      action: 'engagement.attested',
      engagementId: 'e1',
      subjectType: 'engagement',
      subjectId: 'e1',
      outcome: 'ACCEPTED',
      details: { version: seq, nested: { b: 1, a: [1, 'two'] } },
      prevHash,
    };
    const hash = hashAuditEvent(body);
    events.push({ ...body, hash });
    prevHash = hash;
  }
  return events;
}
