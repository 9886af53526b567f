import { Injectable } from '@nestjs/common';
import { DeepPartial } from 'typeorm';

import { AppConfig } from '#config';
import { FindingActivities, FindingWorkflowInput, findingWorkflowInputOf, findingWorkflowStart, RecordFindingEventInput } from '#contracts';
import { FindingEventType, FindingResponseStatus, FindingStatus } from '#domain';
import { AuditRepository, EngagementKeys, FindingEntity, FindingEventDetails, FindingRepository, UnitOfWork } from '#persistence';
import { JsonValue, SEALED_AT, sealedAt } from '#security';

import { failFastOnPermanentErrors } from './activity-failures';
import { ActivityTemporalClient } from './temporal-client';

/** The response that ended a finding's reminders in runs begun before findings had a lifecycle. */
const FIXED = 'FIXED';

const iso = (ms: number | null | undefined): string | null => (ms === null || ms === undefined ? null : new Date(ms).toISOString());

/**
 * Findings' own workflows: started by the engagement workflow when a finding is recorded (or by a first
 * command), and every change they decide written to the record with its history entry and audit event.
 */
@Injectable()
export class FindingLifecycleActivities implements FindingActivities {
  constructor(
    private readonly temporal: ActivityTemporalClient,
    private readonly unitOfWork: UnitOfWork,
    private readonly findings: FindingRepository,
    private readonly audit: AuditRepository,
    private readonly keys: EngagementKeys,
    private readonly config: AppConfig,
  ) {}

  async startFindingClock(input: Omit<FindingWorkflowInput, 'remindBeforeMs'>): Promise<void> {
    const finding = await this.findings.find(input.engagementId, input.findingId);
    if (!finding) {
      throw new Error(`finding ${input.findingId} is not in the record yet`);
    }
    await this.temporal.client.workflow.start(
      'findingWorkflow',
      findingWorkflowStart(findingWorkflowInputOf(finding, input.developerOrg, this.config.findings.remindBeforeMs)),
    );
  }

  async findingStillOpen({ findingId }: { readonly findingId: string }): Promise<boolean> {
    const status = await this.findings.responseStatus(findingId);
    return status !== undefined && status !== FIXED;
  }

  async recordFindingEvent({ state, event, content, actorRoles, commandId }: RecordFindingEventInput): Promise<void> {
    const id = state.findingId;
    const at = new Date(event.at);
    await failFastOnPermanentErrors(() =>
      this.unitOfWork.run(async (tx) => {
        if (!(await this.audit.claimReceipt(tx, `finding:${id}:v${event.version}`, commandId))) {
          return;
        }
        const cipher = await this.keys.sealerFor(state.engagementId, tx);
        const change: DeepPartial<FindingEntity> & { version: number } = {
          status: state.status,
          version: event.version,
          overdueSince: state.overdueSince === undefined ? null : new Date(state.overdueSince),
          updatedAt: at,
        };
        const changed = [
          ...(content.title === undefined ? [] : ['title']),
          ...(content.description === undefined ? [] : ['description']),
          ...(content.cweIds === undefined ? [] : ['cweIds']),
          ...(event.inputs ? ['ssvc'] : []),
        ];
        const details: { [key: string]: JsonValue } = { fromStatus: event.fromStatus, toStatus: event.toStatus, version: event.version, commandId };
        if (event.type === FindingEventType.Responded) {
          // The developer's answer also stands as the finding's response, as it did before the lifecycle.
          Object.assign(change, {
            responseStatus: event.toStatus as string as FindingResponseStatus,
            responseNoteSealed: cipher.sealOptional(content.note, sealedAt('findings', 'response_note', id)),
            respondedBy: event.actorSub,
            respondedAt: at,
          });
        }
        if (event.type === FindingEventType.Edited) {
          Object.assign(change, {
            ...state.inputs,
            tier: state.tier,
            remediationDueAt: state.dueAt === null ? null : new Date(state.dueAt),
            ...(content.title === undefined ? {} : { titleSealed: cipher.seal(content.title, sealedAt('findings', 'title', id)) }),
            ...(content.description === undefined ? {} : { descriptionSealed: cipher.seal(content.description, sealedAt('findings', 'description', id)) }),
            ...(content.cweIds === undefined ? {} : { cweIds: [...content.cweIds] }),
          });
          details['tier'] = state.tier;
          details['remediationDueAt'] = iso(state.dueAt);
          details['changed'] = changed;
        }
        if (event.type === FindingEventType.Overdue) {
          details['remediationDueAt'] = iso(state.dueAt);
        }
        if (event.type === FindingEventType.Shared) {
          Object.assign(change, { sharedAt: at, sharedBy: event.actorSub, tlp: event.tlp ?? null });
          details['tlp'] = event.tlp ?? null;
        }
        if (event.type === FindingEventType.Validated) {
          Object.assign(change, {
            validationOutcome: event.outcome ?? null,
            validationNoteSealed: cipher.sealOptional(content.note, sealedAt('findings', 'validation_note', id)),
            validatedBy: event.actorSub,
            validatedAt: at,
            duplicateOf: event.duplicateOf ?? null,
          });
          details['outcome'] = event.outcome ?? null;
          details['duplicateOf'] = event.duplicateOf ?? null;
        }
        await this.findings.applyChange(tx, id, change, {
          findingId: id,
          version: event.version,
          engagementId: state.engagementId,
          type: event.type,
          fromStatus: event.fromStatus,
          toStatus: event.toStatus,
          actorSub: event.actorSub,
          occurredAt: at,
          // The clearinghouse's note stays with its validation (its own to read): it may speak of another developer's finding.
          noteSealed: event.type === FindingEventType.Validated ? null : cipher.sealOptional(content.note, SEALED_AT.findingEventNote(id, event.version)),
          details: historyDetails(event, state, changed),
        });
        await this.audit.append(tx, [
          {
            actorSub: event.actorSub,
            actorRoles: [...actorRoles],
            action: `finding.${event.type.toLowerCase()}`,
            engagementId: state.engagementId,
            subjectType: 'finding',
            subjectId: id,
            outcome: 'ACCEPTED',
            occurredAt: at,
            details: { findingId: id, ...details, ...(event.toStatus === FindingStatus.Closed ? { closed: true } : {}) },
          },
        ]);
      }),
    );
  }
}

/** What a change's history entry says beyond its statuses; never, for a duplicate, which finding it duplicates. */
function historyDetails(event: RecordFindingEventInput['event'], state: RecordFindingEventInput['state'], changed: string[]): FindingEventDetails {
  switch (event.type) {
    case FindingEventType.Edited:
      return { tier: state.tier, remediationDueAt: iso(state.dueAt), changed };
    case FindingEventType.Shared:
      return event.tlp ? { tlp: event.tlp } : {};
    case FindingEventType.Validated:
      return event.outcome ? { outcome: event.outcome } : {};
    default:
      return {};
  }
}
