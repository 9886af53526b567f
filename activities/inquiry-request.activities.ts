import { Injectable } from '@nestjs/common';
import { WithStartWorkflowOperation, WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure, WorkflowExecutionAlreadyStartedError } from '@temporalio/common';

import { AppConfig } from '#config';
import {
  ActivityFailureType,
  engagementWorkflowStart,
  InquiryRequestActivities,
  RecordInquiryRequestInput,
  StartRequestedInquiryInput,
  submitUpdate,
} from '#contracts';
import { InquiryRequestEventType, InquiryRequestStatus } from '#domain';
import { AuditRepository, InquiryRequestRepository, UnitOfWork } from '#persistence';
import { FieldCipher, SEALED_AT } from '#security';

import { failFastOnPermanentErrors } from './activity-failures';
import { ActivityTemporalClient } from './temporal-client';

/** The audit action of each change in a request's life. */
const ACTIONS: Readonly<Record<InquiryRequestEventType, string>> = {
  [InquiryRequestEventType.Accepted]: 'request.accepted',
  [InquiryRequestEventType.Declined]: 'request.declined',
  [InquiryRequestEventType.Expired]: 'request.expired',
};

/** Government requests' workflows: their record and audit events, and the inquiry an accepted request becomes. */
@Injectable()
export class InquiryRequestLifecycleActivities implements InquiryRequestActivities {
  constructor(
    private readonly temporal: ActivityTemporalClient,
    private readonly unitOfWork: UnitOfWork,
    private readonly requests: InquiryRequestRepository,
    private readonly audit: AuditRepository,
    private readonly cipher: FieldCipher,
    private readonly config: AppConfig,
  ) {}

  async recordInquiryRequest({ state, event, opening, actorRoles, commandId }: RecordInquiryRequestInput): Promise<void> {
    const id = state.requestId;
    await failFastOnPermanentErrors(() =>
      this.unitOfWork.run(async (tx) => {
        if (!(await this.audit.claimReceipt(tx, `request:${id}:v${state.version}`, commandId))) {
          return;
        }
        const respondBy = new Date(state.respondBy).toISOString();
        if (opening) {
          const at = new Date();
          await this.requests.insert(tx, {
            id,
            developerOrg: state.developerOrg,
            modelNameSealed: this.cipher.seal(opening.content.modelName, SEALED_AT.requestModelName(id)),
            noteSealed: this.cipher.seal(opening.content.note, SEALED_AT.requestNote(id)),
            respondBy: new Date(state.respondBy),
            status: state.status,
            version: state.version,
            requestedBy: opening.requestedBy,
            createdAt: at,
            answeredBy: null,
            answeredAt: null,
            declinedBy: null,
            engagementId: null,
          });
          await this.audit.append(tx, [
            {
              actorSub: opening.requestedBy,
              actorRoles: [...actorRoles],
              action: 'request.opened',
              engagementId: null,
              subjectType: 'request',
              subjectId: id,
              outcome: 'ACCEPTED',
              occurredAt: at,
              details: { org: state.developerOrg, respondBy },
            },
          ]);
          return;
        }
        if (!event) {
          throw ApplicationFailure.nonRetryable('a change to a request names neither an opening nor an event', ActivityFailureType.DataRejected);
        }
        const at = new Date(event.at);
        await this.requests.applyChange(tx, id, state.version, {
          status: state.status,
          answeredBy: event.actorSub,
          answeredAt: at,
          declinedBy: state.declinedBy,
          engagementId: state.engagementId,
        });
        await this.audit.append(tx, [
          {
            actorSub: event.actorSub,
            actorRoles: [...actorRoles],
            action: ACTIONS[event.type],
            // An accepted request is part of the inquiry it became: its audit trail starts here.
            engagementId: state.status === InquiryRequestStatus.Accepted ? state.engagementId : null,
            subjectType: 'request',
            subjectId: id,
            outcome: 'ACCEPTED',
            occurredAt: at,
            details: { org: state.developerOrg, respondBy, status: state.status, ...(state.engagementId ? { engagementId: state.engagementId } : {}) },
          },
        ]);
      }),
    );
  }

  async startRequestedInquiry({ engagementId, actor, details, commandId }: StartRequestedInquiryInput): Promise<void> {
    const start = new WithStartWorkflowOperation('engagementWorkflow', engagementWorkflowStart(engagementId, this.config));
    try {
      await this.temporal.client.workflow.executeUpdateWithStart(submitUpdate, {
        args: [{ actor, ...details }],
        updateId: commandId,
        startWorkflowOperation: start,
      });
    } catch (error) {
      // Submitted before, and the engagement has since ended: the inquiry the request became exists.
      if (error instanceof WorkflowExecutionAlreadyStartedError) {
        return;
      }
      if (error instanceof WorkflowUpdateFailedError) {
        throw ApplicationFailure.nonRetryable(`the inquiry was refused: ${error.cause?.message ?? error.message}`, ActivityFailureType.DataRejected);
      }
      throw error;
    }
  }
}
