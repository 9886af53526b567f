import { Injectable } from '@nestjs/common';
import { EngagementEvent } from '../libs/domain';
import type { EngagementActivities, RecordEventInput, RecordSubmissionInput } from '../libs/contracts';
import { AuditRepository, EngagementRepository, Tx, UnitOfWork } from '../libs/persistence';
import { FieldCipher, JsonValue, sealedAt } from '../libs/security';

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
    private readonly audit: AuditRepository,
    private readonly cipher: FieldCipher,
  ) {}

  async recordSubmission({ state, details, commandId }: RecordSubmissionInput): Promise<void> {
    const id = state.engagementId;
    const at = new Date(state.submittedAt);
    await this.unitOfWork.run(async (tx) => {
      if (!(await this.audit.claimReceipt(tx, `engagement:${id}:v${state.version}`))) {
        return;
      }
      await this.engagements.insert(tx, {
        id,
        developerOrg: state.developerOrg,
        submittedBy: state.submittedBy,
        modelName: details.modelName,
        modelVersion: details.modelVersion,
        capabilitySummarySealed: this.cipher.seal(details.capabilitySummary, sealedAt('engagements', 'capability_summary', id)),
        contactEmailSealed: this.cipher.seal(details.contactEmail, sealedAt('engagements', 'contact_email', id)),
        plannedReleaseDate: details.plannedReleaseDate ?? null,
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
          actorRoles: ['developer'],
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
            determinationDueAt: new Date(state.determinationDueAt).toISOString(),
            commandId,
          },
        },
      ]);
    });
  }

  async recordEngagementEvent({ state, event, actorRoles, content, commandId }: RecordEventInput): Promise<void> {
    const id = state.engagementId;
    const at = new Date(event.at);
    await this.unitOfWork.run(async (tx) => {
      if (!(await this.audit.claimReceipt(tx, `engagement:${id}:v${state.version}`))) {
        return;
      }
      const details = await this.project(tx, id, at, event, content);
      await this.engagements.update(tx, id, { stage: state.stage, version: state.version, overdue: state.overdue, updatedAt: at });
      await this.engagements.appendTimeline(tx, {
        engagementId: id,
        version: state.version,
        eventType: event.type,
        fromStage: event.fromStage,
        toStage: event.toStage,
        actorSub: event.actorSub,
        occurredAt: at,
      });
      await this.audit.append(tx, [
        {
          actorSub: event.actorSub,
          actorRoles: event.actorSub === 'system' ? SYSTEM_ROLES : actorRoles,
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

  /** Writes what is particular to each event and returns what its audit event should say (never confidential text). */
  private async project(
    tx: Tx,
    id: string,
    at: Date,
    event: EngagementEvent,
    content: RecordEventInput['content'],
  ): Promise<{ [key: string]: JsonValue }> {
    switch (event.type) {
      case 'REVIEWERS_ASSIGNED':
        await this.engagements.addReviewers(
          tx,
          event.reviewerIds.map((reviewerSub) => ({ engagementId: id, reviewerSub, assignedBy: event.actorSub, assignedAt: at })),
        );
        return { reviewerIds: [...event.reviewerIds] };
      case 'ATTESTED':
        await this.engagements.addAttestation(tx, {
          engagementId: id,
          sub: event.actorSub,
          capacity: event.capacity,
          attestedAt: at,
          statementSealed: this.cipher.sealOptional(content.statement, sealedAt('attestations', 'statement', `${id}:${event.actorSub}`)),
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
          summarySealed: this.cipher.seal(benchmark.summary, sealedAt('benchmark_results', 'summary', benchmark.id)),
          recordedBy: event.actorSub,
          recordedAt: at,
        });
        return { benchmarkId: benchmark.id, reference: benchmark.reference, digest: benchmark.digest };
      }
      case 'RECOMMENDED':
        await this.engagements.update(tx, id, {
          recommendationOutcome: event.outcome,
          recommendationRationaleSealed: this.cipher.sealOptional(content.rationale, sealedAt('engagements', 'recommendation_rationale', id)),
          recommendedBy: event.actorSub,
          recommendedAt: at,
        });
        return { outcome: event.outcome };
      case 'DETERMINED':
        await this.engagements.update(tx, id, {
          determinationOutcome: event.outcome,
          determinationRationaleSealed: this.cipher.sealOptional(content.rationale, sealedAt('engagements', 'determination_rationale', id)),
          determinedBy: event.actorSub,
          determinedAt: at,
        });
        return { outcome: event.outcome };
      case 'WITHDRAWN':
        await this.engagements.update(tx, id, {
          withdrawnAt: at,
          withdrawalReasonSealed: this.cipher.sealOptional(content.reason, sealedAt('engagements', 'withdrawal_reason', id)),
        });
        return { stageAtWithdrawal: event.fromStage };
      case 'DETERMINATION_OVERDUE':
        return {};
    }
  }
}
