import { Injectable } from '@nestjs/common';

import type { EngagementActivities, RecordEventInput, RecordSubmissionInput } from '#contracts';
import { AttestationCapacity, ConsultationStatus, consultationStatus, EngagementEvent, EngagementState, FindingStatus, GrantEndReason } from '#domain';
import { AuditRepository, ConsultationRepository, EngagementKeys, EngagementRepository, FindingRepository, Tx, UnitOfWork } from '#persistence';
import { contentDigest, JsonValue, SEALED_AT, sealedAt, Sealer } from '#security';

import { failFastOnPermanentErrors } from './activity-failures';
import { EventActor, PartnerProjectionService } from './partner-projection.service';

const SYSTEM_ROLES: readonly string[] = [];

/**
 * Keeps the engagement read model current. Each call writes its rows and its audit event in one
 * transaction, keyed by the engagement's version, so a retried activity never writes twice.
 */
@Injectable()
export class EngagementProjectionActivities implements Pick<EngagementActivities, 'recordSubmission' | 'recordEngagementEvent'> {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly engagements: EngagementRepository,
    private readonly findings: FindingRepository,
    private readonly consultations: ConsultationRepository,
    private readonly partners: PartnerProjectionService,
    private readonly audit: AuditRepository,
    private readonly keys: EngagementKeys,
  ) {}

  async recordSubmission({ state, details, actorRoles, commandId }: RecordSubmissionInput): Promise<void> {
    const id = state.engagementId;
    const at = new Date(state.submittedAt);
    await this.transaction(async (tx) => {
      if (!(await this.audit.claimReceipt(tx, `engagement:${id}:v${state.version}`, commandId))) {
        return;
      }
      const cipher = await this.keys.sealerFor(id, tx);
      await this.engagements.insert(tx, {
        id,
        developerOrg: state.developerOrg,
        submittedBy: state.submittedBy,
        modelName: details.modelName,
        modelVersion: details.modelVersion,
        capabilitySummarySealed: cipher.seal(details.capabilitySummary, sealedAt('engagements', 'capability_summary', id)),
        contactEmailSealed: cipher.seal(details.contactEmail, sealedAt('engagements', 'contact_email', id)),
        plannedReleaseDate: details.plannedReleaseDate ?? null,
        previousEngagementId: details.previousEngagementId ?? null,
        stage: state.stage,
        version: state.version,
        submittedAt: at,
        determinationDueAt: new Date(state.determinationDueAt),
        overdue: false,
        updatedAt: at,
      });
      await this.engagements.appendTimeline(tx, {
        engagementId: id,
        version: state.version,
        eventType: 'SUBMITTED',
        fromStage: null,
        toStage: state.stage,
        actorSub: state.submittedBy,
        occurredAt: at,
      });
      await this.audit.append(tx, [
        {
          actorSub: state.submittedBy,
          actorRoles: actorRoles ?? ['developer'],
          action: 'engagement.submitted',
          engagementId: id,
          subjectType: 'engagement',
          subjectId: id,
          outcome: 'ACCEPTED',
          occurredAt: at,
          details: {
            toStage: state.stage,
            modelName: details.modelName,
            modelVersion: details.modelVersion,
            ...(details.previousEngagementId === undefined ? {} : { previousEngagementId: details.previousEngagementId }),
            determinationDueAt: new Date(state.determinationDueAt).toISOString(),
            version: state.version,
            commandId,
          },
        },
      ]);
    });
  }

  async recordEngagementEvent({ state, event, actorRoles, content, commandId }: RecordEventInput): Promise<void> {
    const id = state.engagementId;
    const at = new Date(event.at);
    await this.transaction(async (tx) => {
      if (!(await this.audit.claimReceipt(tx, `engagement:${id}:v${state.version}`, commandId))) {
        return;
      }
      const actor = { sub: event.actorSub, roles: event.actorSub === 'system' ? SYSTEM_ROLES : actorRoles };
      const cipher = await this.keys.sealerFor(id, tx);
      const details = await this.project(tx, cipher, state, at, event, content, actor);
      const window = state.window;
      await this.engagements.update(tx, id, {
        stage: state.stage,
        version: state.version,
        overdue: state.overdue,
        updatedAt: at,
        ...(window?.endedAt === undefined ? {} : { windowEndedAt: new Date(window.endedAt), windowEndReason: window.endReason ?? null }),
      });
      await this.engagements.appendTimeline(tx, {
        engagementId: id,
        version: state.version,
        eventType: event.type,
        fromStage: event.fromStage,
        toStage: event.toStage,
        actorSub: event.actorSub,
        occurredAt: at,
        noteSealed: event.type === 'GRANTS_REVOKED' ? cipher.sealOptional(content.revocation?.reason, SEALED_AT.timelineNote(id, state.version)) : null,
      });
      await this.audit.append(tx, [
        {
          actorSub: actor.sub,
          actorRoles: actor.roles,
          action: `engagement.${event.type.toLowerCase()}`,
          engagementId: id,
          subjectType: 'engagement',
          subjectId: id,
          outcome: 'ACCEPTED',
          occurredAt: at,
          details: { ...details, fromStage: event.fromStage, toStage: event.toStage, version: state.version, commandId },
        },
      ]);
    });
  }

  private transaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return failFastOnPermanentErrors(() => this.unitOfWork.run(work));
  }

  /** Writes what is particular to each event and returns what its audit event should say (never confidential text). */
  private async project(
    tx: Tx,
    cipher: Sealer,
    state: EngagementState,
    at: Date,
    event: EngagementEvent,
    content: RecordEventInput['content'],
    actor: EventActor,
  ): Promise<{ [key: string]: JsonValue }> {
    const id = state.engagementId;
    switch (event.type) {
      case 'REVIEWERS_ASSIGNED':
        await this.engagements.addReviewers(
          tx,
          event.reviewerIds.map((reviewerSub) => ({ engagementId: id, reviewerSub, assignedBy: event.actorSub, assignedAt: at })),
        );
        return { reviewerIds: [...event.reviewerIds] };
      case 'REVIEWER_UNASSIGNED':
        await this.engagements.endAssignment(tx, id, event.reviewerSub, 'UNASSIGNED', at);
        return { reviewerSub: event.reviewerSub };
      case 'RECUSED': {
        if (event.capacity === AttestationCapacity.Reviewer) {
          await this.engagements.endAssignment(tx, id, event.actorSub, 'RECUSED', at);
        }
        const reason = content.reason ?? '';
        await this.engagements.addRecusal(tx, {
          engagementId: id,
          sub: event.actorSub,
          capacity: event.capacity,
          reasonSealed: cipher.seal(reason, sealedAt('recusals', 'reason', `${id}:${event.actorSub}`)),
          recusedAt: at,
        });
        return { capacity: event.capacity };
      }
      case 'ATTESTED':
        await this.engagements.addAttestation(tx, {
          engagementId: id,
          sub: event.actorSub,
          capacity: event.capacity,
          attestedAt: at,
          statementSealed: cipher.sealOptional(content.statement, sealedAt('attestations', 'statement', `${id}:${event.actorSub}`)),
        });
        return { capacity: event.capacity, noConflictOfInterest: true };
      case 'BENCHMARK_RECORDED': {
        const benchmark = content.benchmark;
        if (!benchmark) {
          throw new Error('a benchmark event arrived without its reference');
        }
        await this.engagements.addBenchmark(tx, {
          id: benchmark.id,
          engagementId: id,
          reference: benchmark.reference,
          digest: benchmark.digest,
          summarySealed: cipher.seal(benchmark.summary, sealedAt('benchmark_results', 'summary', benchmark.id)),
          recordedBy: event.actorSub,
          recordedAt: at,
        });
        return { benchmarkId: benchmark.id, reference: benchmark.reference, digest: benchmark.digest };
      }
      case 'RECOMMENDED':
        await this.engagements.update(tx, id, {
          recommendationOutcome: event.outcome,
          recommendationRationaleSealed: cipher.sealOptional(content.rationale, sealedAt('engagements', 'recommendation_rationale', id)),
          recommendedBy: event.actorSub,
          recommendedAt: at,
        });
        return { outcome: event.outcome };
      case 'DETERMINED':
        await this.engagements.update(tx, id, {
          determinationOutcome: event.outcome,
          determinationRationaleSealed: cipher.sealOptional(content.rationale, sealedAt('engagements', 'determination_rationale', id)),
          determinedBy: event.actorSub,
          determinedAt: at,
        });
        // The determination records the consultations it was made in: who was asked, and what they answered (never the text).
        return {
          outcome: event.outcome,
          ...(state.consultations === undefined
            ? {}
            : {
                consultations: state.consultations.map((c) => ({
                  consultationId: c.id,
                  organization: c.organization,
                  status: consultationStatus(c, event.fromStage, event.at),
                  ...(c.concurs === undefined ? {} : { concurs: c.concurs }),
                })),
              }),
        };
      case 'WITHDRAWN':
        await this.engagements.update(tx, id, {
          withdrawnAt: at,
          withdrawalReasonSealed: cipher.sealOptional(content.reason, sealedAt('engagements', 'withdrawal_reason', id)),
        });
        return { stageAtWithdrawal: event.fromStage, ...(await this.partners.endEverything(tx, id, GrantEndReason.EngagementWithdrawn, at, actor)) };
      case 'WINDOW_OPENED': {
        if (!content.window) {
          throw new Error('a window opened without its endpoint and digest');
        }
        await this.engagements.update(tx, id, {
          windowOpenedAt: at,
          windowClosesAt: new Date(event.closesAt),
          windowAccessEndpointSealed: cipher.seal(content.window.accessEndpoint, SEALED_AT.windowAccessEndpoint(id)),
          windowArtifactDigest: content.window.artifactDigest,
        });
        return {
          closesAt: new Date(event.closesAt).toISOString(),
          accessEndpointDigest: contentDigest(content.window.accessEndpoint),
          artifactDigest: content.window.artifactDigest,
        };
      }
      case 'WINDOW_ENDED':
        return { reason: event.reason };
      case 'ACCESS_DECLINED':
        await this.engagements.update(tx, id, { accessDeclinedAt: at });
        return {};
      case 'FINDING_RECORDED': {
        const finding = content.finding;
        if (!finding) {
          throw new Error('a finding event arrived without its content');
        }
        await this.findings.insert(tx, {
          id: event.findingId,
          engagementId: id,
          titleSealed: cipher.seal(finding.title, sealedAt('findings', 'title', event.findingId)),
          descriptionSealed: cipher.seal(finding.description, sealedAt('findings', 'description', event.findingId)),
          cweIds: [...finding.cweIds],
          inKev: finding.inKev,
          publiclyExposed: finding.publiclyExposed,
          automatable: finding.automatable,
          technicalImpact: finding.technicalImpact,
          tier: event.tier,
          remediationDueAt: event.remediationDueAt === null ? null : new Date(event.remediationDueAt),
          recordedBy: event.actorSub,
          recordedAt: at,
          updatedAt: at,
        });
        return {
          findingId: event.findingId,
          tier: event.tier,
          remediationDueAt: event.remediationDueAt === null ? null : new Date(event.remediationDueAt).toISOString(),
          cweIds: [...finding.cweIds],
        };
      }
      case 'FINDING_RESPONDED':
        await this.findings.recordResponse(tx, event.findingId, {
          responseStatus: event.status,
          status: event.status as string as FindingStatus,
          responseNoteSealed: cipher.sealOptional(content.note, sealedAt('findings', 'response_note', event.findingId)),
          respondedBy: event.actorSub,
          respondedAt: at,
        });
        return { findingId: event.findingId, status: event.status };
      case 'RELEASED':
        await this.engagements.update(tx, id, { releasedAt: new Date(event.releasedAt) });
        return { releasedAt: new Date(event.releasedAt).toISOString() };
      case 'CLOSED':
        await this.engagements.update(tx, id, { closedAt: at });
        return this.partners.endEverything(tx, id, GrantEndReason.EngagementClosed, at, actor);
      case 'PARTNERS_NOMINATED':
      case 'NOMINATION_APPROVED':
      case 'NOMINATION_DECLINED':
      case 'NOMINATION_EXPIRED':
      case 'TERMS_PUBLISHED':
      case 'GRANTS_REVOKED':
      case 'GRANTS_LAPSED':
      case 'GRANTS_EXPIRED':
        return this.partners.project(tx, id, at, event, content, actor);
      case 'DETERMINATION_OVERDUE':
        return {};
      case 'RECONSIDERATION_REQUESTED':
        await this.engagements.reopenDetermination(tx, id, {
          at,
          by: event.actorSub,
          rationaleSealed: cipher.sealOptional(content.rationale, sealedAt('engagements', 'reconsideration_rationale', id)),
          determinationDueAt: new Date(event.determinationDueAt),
        });
        return {
          stageAtRequest: event.fromStage,
          originalOutcome: state.reconsideration?.originalOutcome ?? null,
          originalDeterminedBy: state.reconsideration?.originalDeterminedBy ?? null,
          determinationDueAt: new Date(event.determinationDueAt).toISOString(),
        };
      case 'CONSULTATION_REQUESTED': {
        if (content.question === undefined) {
          throw new Error('a consultation arrived without its question');
        }
        await this.consultations.insert(tx, {
          id: event.consultationId,
          engagementId: id,
          organization: event.organization,
          questionSealed: cipher.seal(content.question, SEALED_AT.consultationQuestion(event.consultationId)),
          answerBy: new Date(event.answerBy),
          askedBy: event.actorSub,
          askedAt: at,
          status: ConsultationStatus.Pending,
          concurs: null,
          noteSealed: null,
          answeredBy: null,
          answeredAt: null,
        });
        return { consultationId: event.consultationId, organization: event.organization, answerBy: new Date(event.answerBy).toISOString() };
      }
      case 'CONSULTATION_ANSWERED':
        await this.consultations.recordAnswer(tx, event.consultationId, {
          concurs: event.concurs,
          noteSealed: cipher.sealOptional(content.note, SEALED_AT.consultationNote(event.consultationId)),
          answeredBy: event.actorSub,
          answeredAt: at,
        });
        return { consultationId: event.consultationId, organization: event.organization, askedBy: event.askedBy, concurs: event.concurs };
    }
  }
}
