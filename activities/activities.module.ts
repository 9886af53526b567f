import { Module } from '@nestjs/common';
import type { EngagementActivities } from '../libs/contracts';
import { EngagementProjectionActivities } from './engagement-projection.activities';
import { LogNotificationTransport } from './log-notification.transport';
import { NotificationActivities } from './notification.activities';
import { NotificationTransport } from './notification-transport';

@Module({
  providers: [
    EngagementProjectionActivities,
    NotificationActivities,
    { provide: NotificationTransport, useClass: LogNotificationTransport },
  ],
  exports: [EngagementProjectionActivities, NotificationActivities],
})
export class ActivitiesModule {}

/** Every activity the worker registers, bound to its Nest provider. */
export type WorkerActivities = EngagementActivities;

export function bindActivities(projection: EngagementProjectionActivities, notifications: NotificationActivities): WorkerActivities {
  return {
    recordSubmission: projection.recordSubmission.bind(projection),
    recordEngagementEvent: projection.recordEngagementEvent.bind(projection),
    notify: notifications.notify.bind(notifications),
  };
}
