import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';

import { AppConfig } from '#config';
import { NoticeKind } from '#domain';
import { DueMail, EngagementKeys, NoticeRepository } from '#persistence';
import { FieldCipher, sealedAt } from '#security';

import { renderNoticeMail } from './notice-mail';
import { PollingLoop } from './polling-loop';

/** Mails sent per transaction. */
const BATCH = 50;
/** The longest wait between two tries of one mail: the mail server's outage is waited out, never given up on. */
const MAX_BACKOFF_MS = 60_000;

/**
 * Sends the queued notices (mail_outbox) until the mail server takes them. A mail that fails (the server
 * is down, say) is tried again with a growing wait, capped at a minute, for as long as it takes; one the
 * server took is never sent again. Each carries a Message-ID made from its notice and recipient.
 */
@Injectable()
export class MailSender implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Mail');
  private readonly transport: Transporter | undefined;
  private readonly loop: PollingLoop;

  constructor(
    private readonly config: AppConfig,
    private readonly notices: NoticeRepository,
    private readonly cipher: FieldCipher,
    private readonly keys: EngagementKeys,
  ) {
    const url = config.notices.smtpUrl;
    this.transport = url ? createTransport(url, { from: config.notices.mailFrom }) : undefined;
    this.loop = new PollingLoop('Mail', config.notices.pollMs, () => this.sendAll());
  }

  onApplicationBootstrap(): void {
    if (!this.config.notices.enabled) {
      return;
    }
    if (!this.transport) {
      this.logger.log('SMTP_URL is not set: notices go to inboxes only, and are not mailed');
      return;
    }
    this.loop.start();
  }

  async onModuleDestroy(): Promise<void> {
    await this.loop.stop();
    this.transport?.close();
  }

  /** Sends every mail due now; how many the server took. */
  async sendAll(): Promise<number> {
    let total = 0;
    for (;;) {
      let seen = 0;
      const sent = await this.notices.sendDue(BATCH, async (mails) => {
        seen = mails.length;
        return new Map(await Promise.all(mails.map(async (mail) => [mail.id, await this.sendOne(mail)] as const)));
      });
      total += sent;
      if (seen < BATCH || sent === 0 || this.loop.isStopped) {
        return total;
      }
    }
  }

  private async sendOne(mail: DueMail): Promise<{ sentAt: Date } | { retryAt: Date; error: string }> {
    const to = await this.addressOf(mail);
    if (to === undefined) {
      // Nobody to send it to (a person without an email in the directory): it is done, in their inbox.
      return { sentAt: new Date() };
    }
    const rendered = renderNoticeMail(
      { kind: mail.kind as NoticeKind, engagementId: mail.engagementId, dueAt: mail.dueAt, link: mail.link },
      this.config.notices.consoleUrl,
    );
    try {
      await this.transport!.sendMail({
        to,
        subject: rendered.subject,
        text: rendered.text,
        html: rendered.html,
        messageId: `<${mail.noticeKey.replace(/[^A-Za-z0-9._-]/g, '.')}.${mail.id}@frontier-access.invalid>`,
        headers: { 'X-Notice-Kind': mail.kind, 'X-Notice-Key': mail.noticeKey },
      });
      return { sentAt: new Date() };
    } catch (error) {
      const waitMs = Math.min(MAX_BACKOFF_MS, 1_000 * 2 ** Math.min(mail.attempts, 16));
      return { retryAt: new Date(Date.now() + waitMs), error: String(error) };
    }
  }

  /** Where the mail goes: looked up now, so no address is ever kept with it. */
  private async addressOf(mail: DueMail): Promise<string[] | undefined> {
    if (mail.contactSealed !== null && mail.engagementId !== null) {
      const reader = await this.keys.readerFor(mail.engagementId);
      // A disposed engagement's contact is gone with the rest of its content.
      return reader.disposed ? undefined : [reader.open(mail.contactSealed, sealedAt('engagements', 'contact_email', mail.engagementId))];
    }
    if (mail.partnerContacts !== null) {
      const contacts = JSON.parse(this.cipher.open(mail.partnerContacts.sealed, sealedAt('partners', 'contacts', mail.partnerContacts.partnerId))) as unknown;
      const emails = Array.isArray(contacts)
        ? contacts.flatMap((contact: unknown) => {
            const email = typeof contact === 'object' && contact !== null ? (contact as { email?: unknown }).email : undefined;
            return typeof email === 'string' && email ? [email] : [];
          })
        : [];
      return emails.length > 0 ? emails : undefined;
    }
    return mail.email ? [mail.email] : undefined;
  }
}
