import { Injectable } from '@nestjs/common';

import type { EngagementActivities, NotificationRequest } from '#contracts';
import { AuditRepository, NotificationRepository, Tx, UnitOfWork } from '#persistence';

import { failFastOnPermanentErrors } from './activity-failures';
import { NotificationTransport } from './notification-transport';

@Injectable()
export class NotificationActivities implements Pick<EngagementActivities, 'notify'> {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly notifications: NotificationRepository,
    private readonly audit: AuditRepository,
    private readonly transport: NotificationTransport,
  ) {}

  /**
   * Sends, then records the send and its audit event. A crash between the two can send a reminder
   * twice, which is better than never; once recorded, a retry sends nothing.
   */
  async notify(request: NotificationRequest): Promise<void> {
    if (await this.notifications.exists(request.key)) {
      return;
    }
    const sentAt = new Date();
    await this.transport.send(request, sentAt);
    await failFastOnPermanentErrors(() => this.unitOfWork.run((tx) => this.record(tx, request, sentAt)));
  }

  private async record(tx: Tx, request: NotificationRequest, sentAt: Date): Promise<void> {
    if (!(await this.notifications.record(tx, { ...request, recipients: [...request.recipients], dueAt: new Date(request.dueAt), sentAt }))) {
      return;
    }
    await this.audit.append(tx, [
      {
        actorSub: 'system',
        actorRoles: [],
        action: 'notification.sent',
        engagementId: request.engagementId,
        subjectType: 'notification',
        subjectId: request.key,
        outcome: 'SENT',
        occurredAt: sentAt,
        details: { kind: request.kind, recipients: request.recipients.map((r) => ({ ...r })), dueAt: request.dueAt, scheduledAt: request.scheduledAt },
      },
    ]);
  }
}
