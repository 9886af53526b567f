import { Module } from '@nestjs/common';

import type { EngagementActivities, FindingActivities, GrantActivities, InquiryRequestActivities, RetentionActivities, WebhookActivities } from '#contracts';
import { PersistenceModule } from '#persistence';
import { SecurityModule } from '#security';

import { EngagementProjectionActivities } from './engagement-projection.activities';
import { FindingLifecycleActivities } from './finding.activities';
import { GrantFanOutActivities } from './grant-fan-out.activities';
import { GrantProjectionActivities } from './grant-projection.activities';
import { InquiryRequestLifecycleActivities } from './inquiry-request.activities';
import { LogNotificationTransport } from './log-notification.transport';
import { MailSender } from './mail-sender';
import { NoticeMaker } from './notice-maker';
import { NotificationActivities } from './notification.activities';
import { NotificationTransport } from './notification-transport';
import { PartnerProjectionService } from './partner-projection.service';
import { RetentionLifecycleActivities } from './retention.activities';
import { RetentionScheduleKeeper } from './retention-schedule';
import { ActivityTemporalModule } from './temporal-client';
import { WebhookDeliveryActivities } from './webhook-delivery.activities';
import { WebhookDispatcher } from './webhook-dispatcher';

/** The activities the worker hosts, as Nest providers, with what they use. */
@Module({
  imports: [PersistenceModule, SecurityModule, ActivityTemporalModule],
  providers: [
    EngagementProjectionActivities,
    PartnerProjectionService,
    NotificationActivities,
    GrantProjectionActivities,
    GrantFanOutActivities,
    NoticeMaker,
    MailSender,
    WebhookDeliveryActivities,
    WebhookDispatcher,
    FindingLifecycleActivities,
    InquiryRequestLifecycleActivities,
    RetentionLifecycleActivities,
    RetentionScheduleKeeper,
    { provide: NotificationTransport, useClass: LogNotificationTransport },
  ],
  exports: [
    EngagementProjectionActivities,
    NotificationActivities,
    GrantProjectionActivities,
    GrantFanOutActivities,
    NoticeMaker,
    WebhookDeliveryActivities,
    WebhookDispatcher,
    FindingLifecycleActivities,
    InquiryRequestLifecycleActivities,
    RetentionLifecycleActivities,
    RetentionScheduleKeeper,
  ],
})
export class ActivitiesModule {}

/** Every activity the worker registers, bound to its Nest provider. */
export type WorkerActivities = EngagementActivities & GrantActivities & WebhookActivities & FindingActivities & InquiryRequestActivities & RetentionActivities;

export interface ActivityProviders {
  readonly projection: EngagementProjectionActivities;
  readonly notifications: NotificationActivities;
  readonly grants: GrantProjectionActivities;
  readonly fanOut: GrantFanOutActivities;
  readonly webhooks: WebhookDeliveryActivities;
  readonly findings: FindingLifecycleActivities;
  readonly requests: InquiryRequestLifecycleActivities;
  readonly retention: RetentionLifecycleActivities;
}

export function bindActivities({ projection, notifications, grants, fanOut, webhooks, findings, requests, retention }: ActivityProviders): WorkerActivities {
  return {
    recordSubmission: projection.recordSubmission.bind(projection),
    recordEngagementEvent: projection.recordEngagementEvent.bind(projection),
    notify: notifications.notify.bind(notifications),
    startGrantWorkflows: fanOut.startGrantWorkflows.bind(fanOut),
    signalGrantsEnded: fanOut.signalGrantsEnded.bind(fanOut),
    recordGrantAcceptance: grants.recordGrantAcceptance.bind(grants),
    endGrant: grants.endGrant.bind(grants),
    deliverWebhook: webhooks.deliverWebhook.bind(webhooks),
    giveUpWebhook: webhooks.giveUpWebhook.bind(webhooks),
    startFindingClock: findings.startFindingClock.bind(findings),
    findingStillOpen: findings.findingStillOpen.bind(findings),
    recordFindingEvent: findings.recordFindingEvent.bind(findings),
    recordInquiryRequest: requests.recordInquiryRequest.bind(requests),
    startRequestedInquiry: requests.startRequestedInquiry.bind(requests),
    disposeDue: retention.disposeDue.bind(retention),
    forgetEngagementHistories: retention.forgetEngagementHistories.bind(retention),
  };
}
