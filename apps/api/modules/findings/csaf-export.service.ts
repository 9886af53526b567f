import { Injectable } from '@nestjs/common';

import { AppConfig } from '#config';
import { Actor, FindingEventType, hasRole, Role, TlpLabel } from '#domain';
import { AuditGroupCommit, EngagementEntity, EngagementKeys, EngagementRepository, FindingEntity, FindingEventEntity, FindingRepository } from '#persistence';
import { sealedAt, Sealer } from '#security';

import { EngagementAccessService } from '../../auth/engagement-access.service';
import { ResourceException } from '../../errors/api-errors';
import { CsafEngagement, CsafFinding, CsafOptions, defaultTlp, engagementAdvisory, findingAdvisory } from './csaf/csaf-document';
import { CWE_NAMES } from './csaf/cwe-names';

/** The engine version CSAF documents name as their generator. */
const ENGINE_VERSION = '1.0.0';

type Document = Record<string, unknown>;

/**
 * Findings leave as CSAF 2.0 (profile csaf_security_advisory): to the developer, any of its own; to the
 * clearinghouse, only those shared with it (its scope is the shared finding, never the engagement's
 * roster). Each export is audited before it leaves.
 */
@Injectable()
export class CsafExportService {
  constructor(
    private readonly access: EngagementAccessService,
    private readonly engagements: EngagementRepository,
    private readonly findings: FindingRepository,
    private readonly auditGroup: AuditGroupCommit,
    private readonly keys: EngagementKeys,
    private readonly config: AppConfig,
  ) {}

  async finding(actor: Actor, engagementId: string, findingId: string): Promise<Document> {
    const { engagement, findings } = await this.exportable(actor, engagementId, findingId);
    const [finding] = findings;
    if (!finding) {
      throw new ResourceException('finding');
    }
    const history = await this.findings.history(finding.id);
    await this.audited(actor, engagementId, [finding.id]);
    return findingAdvisory(
      csafEngagement(engagement),
      this.csafFinding(finding, history, await this.keys.readerFor(engagementId)),
      cweName,
      this.options(engagement, finding.tlp ?? undefined),
    );
  }

  async engagement(actor: Actor, engagementId: string): Promise<Document> {
    const { engagement, findings } = await this.exportable(actor, engagementId);
    if (findings.length === 0) {
      throw new ResourceException('finding');
    }
    const histories = await this.findings.histories(findings.map((f) => f.id));
    await this.audited(
      actor,
      engagementId,
      findings.map((f) => f.id),
    );
    // One label for the whole: the most restrictive any finding's developer chose, else the default.
    const chosen = MOST_RESTRICTIVE_FIRST.find((label) => findings.some((f) => f.tlp === label));
    const cipher = await this.keys.readerFor(engagementId);
    return engagementAdvisory(
      csafEngagement(engagement),
      findings.map((f) => this.csafFinding(f, histories.get(f.id) ?? [], cipher)),
      cweName,
      this.options(engagement, chosen),
    );
  }

  /**
   * The engagement and the findings the caller may export: the developer's own (any), or, for the
   * clearinghouse, the shared ones. Anyone else, and a clearinghouse with nothing shared, finds nothing.
   */
  private async exportable(actor: Actor, engagementId: string, findingId?: string): Promise<{ engagement: EngagementEntity; findings: FindingEntity[] }> {
    if (hasRole(actor, Role.Developer)) {
      const { roster } = await this.access.requireVisible(actor, engagementId);
      if (roster.engagement.developerOrg === actor.org) {
        const one = findingId === undefined ? undefined : await this.findings.find(engagementId, findingId);
        return { engagement: roster.engagement, findings: findingId === undefined ? await this.findings.listForEngagement(engagementId) : one ? [one] : [] };
      }
    }
    if (hasRole(actor, Role.Clearinghouse)) {
      const shared =
        findingId === undefined ? await this.findings.listSharedForEngagement(engagementId) : [await this.findings.findShared(engagementId, findingId)];
      const findings = shared.filter((f): f is FindingEntity => f !== null);
      const engagement = (await this.engagements.byIds([engagementId])).get(engagementId);
      if (engagement && findings.length > 0) {
        return { engagement, findings };
      }
    }
    throw new ResourceException(findingId === undefined ? 'engagement' : 'finding');
  }

  private audited(actor: Actor, engagementId: string, findingIds: readonly string[]): Promise<void> {
    return this.auditGroup.appendRead(actor, {
      action: 'finding.csaf_exported',
      engagementId,
      subjectType: findingIds.length === 1 ? 'finding' : 'engagement',
      subjectId: findingIds.length === 1 ? findingIds[0]! : engagementId,
      details: { findingIds: [...findingIds] },
    });
  }

  private options(engagement: EngagementEntity, chosen: CsafOptions['tlp'] | undefined): CsafOptions {
    return {
      tlp: chosen ?? defaultTlp(engagement.releasedAt !== null),
      namespace: this.config.notices.consoleUrl,
      generatedAt: new Date(),
      engineVersion: ENGINE_VERSION,
    };
  }

  private csafFinding(f: FindingEntity, history: readonly FindingEventEntity[], cipher: Sealer): CsafFinding {
    return {
      id: f.id,
      title: cipher.open(f.titleSealed, sealedAt('findings', 'title', f.id)),
      description: cipher.open(f.descriptionSealed, sealedAt('findings', 'description', f.id)),
      cweIds: f.cweIds,
      tier: f.tier,
      inKev: f.inKev,
      publiclyExposed: f.publiclyExposed,
      automatable: f.automatable,
      technicalImpact: f.technicalImpact,
      status: f.status,
      version: f.version,
      recordedAt: f.recordedAt,
      remediationDueAt: f.remediationDueAt,
      history: history.map((e) => ({ version: e.version, type: e.type as FindingEventType, toStatus: e.toStatus, at: e.occurredAt })),
    };
  }
}

const cweName = (id: string): string | undefined => CWE_NAMES[id];

const MOST_RESTRICTIVE_FIRST: readonly TlpLabel[] = [TlpLabel.Red, TlpLabel.Amber, TlpLabel.Green, TlpLabel.White];

function csafEngagement(e: EngagementEntity): CsafEngagement {
  return { id: e.id, developerOrg: e.developerOrg, modelName: e.modelName, modelVersion: e.modelVersion, artifactDigest: e.windowArtifactDigest };
}
