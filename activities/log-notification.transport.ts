import { appendFile, mkdir } from 'node:fs/promises';
import * as path from 'node:path';

import { Injectable, Logger } from '@nestjs/common';

import { AppConfig } from '#config';
import type { NotificationRequest } from '#contracts';

import { NotificationTransport } from './notification-transport';

/** Writes each notification as one JSON line to the configured file, and to the process log. */
@Injectable()
export class LogNotificationTransport extends NotificationTransport {
  private readonly logger = new Logger('Notifier');

  constructor(private readonly config: AppConfig) {
    super();
  }

  async send(notification: NotificationRequest, sentAt: Date): Promise<void> {
    const line = JSON.stringify({ sentAt: sentAt.toISOString(), ...notification });
    await mkdir(path.dirname(this.config.notifier.logFile), { recursive: true });
    await appendFile(this.config.notifier.logFile, `${line}\n`);
    this.logger.log(line);
  }
}
