import { createHash } from 'node:crypto';

import { Injectable } from '@nestjs/common';

import { Actor, hasRole, Role } from '#domain';
import { AuditGroupCommit, AuditRepository } from '#persistence';
import { AUDIT_EXPORT_MARKING, RecordSigner } from '#security';

import { AuditEventDto, toAuditEvent } from '../../modules/audit/dto/audit.response';
import { EngagementQueriesService } from '../../modules/engagements/engagement-queries.service';
import { FindingsService } from '../../modules/findings/findings.service';
import { GrantDto, ListGrantsQuery } from '../../modules/grants/dto/grant.dto';
import { GrantsService } from '../../modules/grants/grants.service';
import { NominationsService } from '../../modules/grants/nominations.service';
import { EngagementRecordJwsDto, RecordKeysDto } from './dto/record.dto';

export const RECORD_FORMAT = 'frontier-access.engagement-record.v1';
const PAGE = 500;

/**
 * An engagement's whole record for retention, signed: its detail and timeline, references, findings,
 * nominations, grants and (for auditors) its audit events. Each part comes from the service that answers
 * the caller's own reads, under the same rules, so the developer's record holds exactly what its people can
 * read today (never benchmark references or attestation statements, never the audit trail) and the
 * auditor's holds everything. The export is audited, with the record's hash, before it leaves.
 */
@Injectable()
export class RecordsService {
  constructor(
    private readonly engagements: EngagementQueriesService,
    private readonly findings: FindingsService,
    private readonly nominations: NominationsService,
    private readonly grants: GrantsService,
    private readonly audit: AuditRepository,
    private readonly auditGroup: AuditGroupCommit,
    private readonly signer: RecordSigner,
  ) {}

  async export(actor: Actor, id: string): Promise<EngagementRecordJwsDto> {
    const engagement = await this.engagements.detail(actor, id);
    const findings = (await this.findings.list(actor, id)).items;
    const nominations = (await this.nominations.list(actor, id)).items;
    const grants = await this.allGrants(actor, id);
    const auditEvents = hasRole(actor, Role.Auditor) ? await this.allAuditEvents(id) : undefined;
    const record = {
      format: RECORD_FORMAT,
      marking: AUDIT_EXPORT_MARKING,
      exportedAt: new Date().toISOString(),
      exportedBy: { sub: actor.sub, org: actor.org, roles: actor.roles },
      view: engagement.view,
      engagement,
      findings,
      nominations,
      grants,
      ...(auditEvents ? { auditEvents } : {}),
    };
    const payload = Buffer.from(JSON.stringify(record), 'utf8');
    const jws = await this.signer.sign(payload);
    await this.auditGroup.appendRead(actor, {
      action: 'engagement.record_exported',
      engagementId: id,
      subjectType: 'engagement',
      subjectId: id,
      details: {
        view: engagement.view,
        sha256: createHash('sha256').update(payload).digest('hex'),
        findings: findings.length,
        nominations: nominations.length,
        grants: grants.length,
        ...(auditEvents ? { auditEvents: auditEvents.length } : {}),
      },
    });
    return { payload: jws.payload, protected: jws.protected ?? '', signature: jws.signature };
  }

  keys(): RecordKeysDto {
    return this.signer.publicJwks();
  }

  private async allGrants(actor: Actor, engagementId: string): Promise<GrantDto[]> {
    const grants: GrantDto[] = [];
    let cursor: string | undefined;
    do {
      const page = await this.grants.list(actor, Object.assign(new ListGrantsQuery(), { engagementId, limit: PAGE, cursor }));
      grants.push(...page.items);
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    return grants;
  }

  private async allAuditEvents(engagementId: string): Promise<AuditEventDto[]> {
    const events: AuditEventDto[] = [];
    for (let after = 0; ;) {
      const rows = await this.audit.listForEngagement(engagementId, after, PAGE);
      events.push(...rows.map(toAuditEvent));
      if (rows.length < PAGE) return events;
      after = rows[rows.length - 1]!.seq;
    }
  }
}
