import type { NotificationRequest } from '#contracts';

/** Where notifications go. The log transport is the default; mail or chat transports implement the same. */
export abstract class NotificationTransport {
  abstract send(notification: NotificationRequest, sentAt: Date): Promise<void>;
}
