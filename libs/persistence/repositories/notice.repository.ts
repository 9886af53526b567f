import { randomUUID } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import type { AuditFact } from '#domain';

import { InboxItemEntity } from '../entities';
import { Tx } from './unit-of-work';

/** An arbitrary constant: the advisory lock that lets one process at a time make notices. */
const NOTICE_LOCK = 14409_0006;

export type NewInboxItem = Omit<InboxItemEntity, 'id' | 'readAt'>;

/** A notice to mail: to a person (their sub), or to the security contact an inquiry gave (`contact:<engagement id>`). */
export interface NewMail {
  readonly noticeKey: string;
  readonly recipient: string;
  readonly kind: string;
  /** Null for a notice about an organization (a webhook turned off). */
  readonly engagementId: string | null;
  readonly dueAt: Date | null;
  readonly link: string;
  readonly createdAt: Date;
}

/** A mail due to be sent, with what its recipient's address is looked up from. */
export interface DueMail extends NewMail {
  readonly id: string;
  readonly attempts: number;
  /** The person's email in the directory (a person recipient). */
  readonly email: string | null;
  /** The inquiry's sealed security contact (a contact recipient). */
  readonly contactSealed: string | null;
  /** A partner's sealed contacts in the registry (a partner recipient). */
  readonly partnerContacts: { readonly partnerId: string; readonly sealed: string } | null;
}

/** The recipient of a mail to an inquiry's security contact. */
export const contactRecipient = (engagementId: string): string => `contact:${engagementId}`;

/** The recipient of a mail to a partner's contacts in the registry. */
export const partnerRecipient = (partnerId: string): string => `partner:${partnerId}`;

/** An audit event as notices are made from it, with when it happened. */
export type AuditFactRow = AuditFact & { readonly occurredAt: Date };

/** Notices: the cursor through the audit log, whom a notice reaches, and each person's inbox. */
@Injectable()
export class NoticeRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Runs `work` from the cursor, holding the notice maker's lock (across every process on this
   * database), and moves the cursor to what `work` returns, in the same transaction as what it wrote.
   * False when another process holds the lock.
   */
  async fromCursor(work: (tx: Tx, after: number) => Promise<number>): Promise<boolean> {
    return this.dataSource.transaction('READ COMMITTED', async (tx) => {
      const [lock]: { acquired: boolean }[] = await tx.query('SELECT pg_try_advisory_xact_lock($1) AS acquired', [NOTICE_LOCK]);
      if (!lock?.acquired) {
        return false;
      }
      const [cursor]: { seq: string }[] = await tx.query('SELECT seq FROM notice_cursor WHERE id = 1');
      const after = Number(cursor?.seq ?? 0);
      const next = await work(tx, after);
      if (next !== after) {
        await tx.query('UPDATE notice_cursor SET seq = $1 WHERE id = 1', [next]);
      }
      return true;
    });
  }

  /** Audit events after `seq`, in sequence order (the chain's order, which is commit order). */
  async auditAfter(tx: Tx, seq: number, limit: number): Promise<AuditFactRow[]> {
    const rows: {
      seq: string;
      action: string;
      engagement_id: string | null;
      subject_id: string;
      actor_sub: string;
      details: Record<string, unknown>;
      occurred_at: Date;
    }[] = await tx.query(
      'SELECT seq, action, engagement_id, subject_id, actor_sub, details, occurred_at FROM audit_events WHERE seq > $1 ORDER BY seq LIMIT $2',
      [seq, limit],
    );
    return rows.map((row) => ({
      seq: Number(row.seq),
      action: row.action,
      engagementId: row.engagement_id,
      subjectId: row.subject_id,
      actorSub: row.actor_sub,
      details: row.details,
      occurredAt: row.occurred_at,
    }));
  }

  /** Whose engagement it is, and whether it has been recommended (designation authorities see it from then on). */
  async engagement(tx: Tx, id: string): Promise<{ developerOrg: string; recommended: boolean } | undefined> {
    const [row]: { developer_org: string; recommended: boolean }[] = await tx.query(
      'SELECT developer_org, recommended_at IS NOT NULL AS recommended FROM engagements WHERE id = $1',
      [id],
    );
    return row ? { developerOrg: row.developer_org, recommended: row.recommended } : undefined;
  }

  /** Active people holding `role`, of `org` if given, in sub order. */
  async peopleWithRole(tx: Tx, role: string, org?: string): Promise<string[]> {
    const rows: { sub: string }[] = await tx.query(
      `SELECT sub FROM people WHERE status = 'ACTIVE' AND roles ? $1 AND ($2::text IS NULL OR org = $2) ORDER BY sub`,
      [role, org ?? null],
    );
    return rows.map((row) => row.sub);
  }

  /** Who recused from an engagement: they hear nothing more of it. */
  async recusedFrom(tx: Tx, engagementId: string): Promise<Set<string>> {
    const rows: { sub: string }[] = await tx.query('SELECT sub FROM recusals WHERE engagement_id = $1', [engagementId]);
    return new Set(rows.map((row) => row.sub));
  }

  /** Active people of `org` holding any of `roles`, in sub order. */
  async peopleWithAnyRole(tx: Tx, roles: readonly string[], org: string): Promise<string[]> {
    const rows: { sub: string }[] = await tx.query(`SELECT sub FROM people WHERE status = 'ACTIVE' AND org = $2 AND roles ?| $1::text[] ORDER BY sub`, [
      roles,
      org,
    ]);
    return rows.map((row) => row.sub);
  }

  /** The organizations of the people given. */
  async orgsOf(tx: Tx, subs: readonly string[]): Promise<string[]> {
    if (subs.length === 0) {
      return [];
    }
    const rows: { org: string }[] = await tx.query('SELECT DISTINCT org FROM people WHERE sub = ANY($1::text[]) ORDER BY org', [subs]);
    return rows.map((row) => row.org);
  }

  /** Of the subs given, those of active people (holding `role`, if given). */
  async activeAmong(tx: Tx, subs: readonly string[], role?: string): Promise<string[]> {
    const rows: { sub: string }[] = await tx.query(
      `SELECT sub FROM people WHERE status = 'ACTIVE' AND sub = ANY($1::text[]) AND ($2::text IS NULL OR roles ? $2) ORDER BY sub`,
      [subs, role ?? null],
    );
    return rows.map((row) => row.sub);
  }

  /** The engagement's reviewers whose assignment lasts. */
  async reviewersOf(tx: Tx, engagementId: string): Promise<string[]> {
    const rows: { reviewer_sub: string }[] = await tx.query(
      'SELECT reviewer_sub FROM engagement_reviewers WHERE engagement_id = $1 AND ended_at IS NULL ORDER BY reviewer_sub',
      [engagementId],
    );
    return rows.map((row) => row.reviewer_sub);
  }

  async findingRecorder(tx: Tx, findingId: string): Promise<string | undefined> {
    const [row]: { recorded_by: string }[] = await tx.query('SELECT recorded_by FROM findings WHERE id = $1', [findingId]);
    return row?.recorded_by;
  }

  async nominationSide(tx: Tx, nominationId: string): Promise<string | undefined> {
    const [row]: { side: string }[] = await tx.query('SELECT side FROM nominations WHERE id = $1', [nominationId]);
    return row?.side;
  }

  /** Each partner's grant: of the nomination, of one grant id, or every one still live (or ended at `endedSince` or later). */
  async grants(
    tx: Tx,
    which:
      | { readonly nominationId: string; readonly yetToAccept?: boolean }
      | { readonly grantId: string }
      | { readonly engagementId: string; readonly endedSince: Date },
  ): Promise<{ grantId: string; partnerId: string }[]> {
    const [where, args] =
      'nominationId' in which
        ? [`nomination_id = $1${which.yetToAccept ? ` AND status = 'PENDING_ACCEPTANCE'` : ''}`, [which.nominationId]]
        : 'grantId' in which
          ? ['id = $1', [which.grantId]]
          : [`engagement_id = $1 AND (status IN ('ACTIVE', 'SUSPENDED') OR ended_at >= $2)`, [which.engagementId, which.endedSince]];
    const rows: { id: string; partner_id: string }[] = await tx.query(`SELECT id, partner_id FROM grants WHERE ${where} ORDER BY id`, args);
    return rows.map((row) => ({ grantId: row.id, partnerId: row.partner_id }));
  }

  /** The active partner people of each partner organization given. */
  async partnerPeople(tx: Tx, partnerIds: readonly string[]): Promise<{ sub: string; org: string }[]> {
    if (partnerIds.length === 0) {
      return [];
    }
    return tx.query(`SELECT sub, org FROM people WHERE status = 'ACTIVE' AND roles ? 'partner' AND org = ANY($1::text[]) ORDER BY sub`, [partnerIds]);
  }

  /** The developer organizations of the engagements in which the partner holds an active grant. */
  async developerOrgsOfActiveGrants(tx: Tx, partnerId: string): Promise<string[]> {
    const rows: { developer_org: string }[] = await tx.query(
      `SELECT DISTINCT e.developer_org FROM grants g JOIN engagements e ON e.id = g.engagement_id
        WHERE g.partner_id = $1 AND g.status = 'ACTIVE' ORDER BY e.developer_org`,
      [partnerId],
    );
    return rows.map((row) => row.developer_org);
  }

  /** Puts notices in inboxes, each once per notice and person; how many were new. */
  async deliver(tx: Tx, items: readonly NewInboxItem[]): Promise<number> {
    let added = 0;
    for (let i = 0; i < items.length; i += 1_000) {
      const batch = items.slice(i, i + 1_000);
      const values = batch.map((_, j) => `(${Array.from({ length: 9 }, (__, k) => `$${j * 9 + k + 1}`).join(', ')})`).join(', ');
      const rows: unknown[] = await tx.query(
        `INSERT INTO inbox_items (id, notice_key, sub, kind, engagement_id, subject_id, due_at, link, created_at) VALUES ${values}
         ON CONFLICT (notice_key, sub) DO NOTHING RETURNING id`,
        batch.flatMap((item) => [randomUUID(), item.noticeKey, item.sub, item.kind, item.engagementId, item.subjectId, item.dueAt, item.link, item.createdAt]),
      );
      added += rows.length;
    }
    return added;
  }

  /** Queues notices to mail, each once per notice and recipient; how many were new. */
  async queueMail(tx: Tx, mails: readonly NewMail[]): Promise<number> {
    let added = 0;
    for (let i = 0; i < mails.length; i += 1_000) {
      const batch = mails.slice(i, i + 1_000);
      const values = batch.map((_, j) => `(${Array.from({ length: 9 }, (__, k) => `$${j * 9 + k + 1}`).join(', ')})`).join(', ');
      const rows: unknown[] = await tx.query(
        `INSERT INTO mail_outbox (id, notice_key, recipient, kind, engagement_id, due_at, link, created_at, next_attempt_at) VALUES ${values}
         ON CONFLICT (notice_key, recipient) DO NOTHING RETURNING id`,
        batch.flatMap((mail) => [
          randomUUID(),
          mail.noticeKey,
          mail.recipient,
          mail.kind,
          mail.engagementId,
          mail.dueAt,
          mail.link,
          mail.createdAt,
          mail.createdAt,
        ]),
      );
      added += rows.length;
    }
    return added;
  }

  /**
   * Runs `send` on mails due now, oldest first, each locked until the transaction ends (another worker
   * skips them), and records what happened to each: sent, or when to try again.
   */
  async sendDue(
    limit: number,
    send: (mails: readonly DueMail[]) => Promise<ReadonlyMap<string, { sentAt: Date } | { retryAt: Date; error: string }>>,
  ): Promise<number> {
    return this.dataSource.transaction('READ COMMITTED', async (tx) => {
      const rows: {
        id: string;
        notice_key: string;
        recipient: string;
        kind: string;
        engagement_id: string | null;
        due_at: Date | null;
        link: string;
        created_at: Date;
        attempts: number;
        email: string | null;
        contact_email_sealed: string | null;
        partner_id: string | null;
        contacts_sealed: string | null;
      }[] = await tx.query(
        `SELECT m.id, m.notice_key, m.recipient, m.kind, m.engagement_id, m.due_at, m.link, m.created_at, m.attempts, p.email, e.contact_email_sealed,
                pa.id AS partner_id, pa.contacts_sealed
           FROM mail_outbox m
           LEFT JOIN people p ON p.sub = m.recipient
           LEFT JOIN engagements e ON m.recipient = 'contact:' || e.id::text
           LEFT JOIN partners pa ON m.recipient = 'partner:' || pa.id
          WHERE m.sent_at IS NULL AND m.next_attempt_at <= now()
          ORDER BY m.next_attempt_at
          LIMIT $1
          FOR UPDATE OF m SKIP LOCKED`,
        [limit],
      );
      if (rows.length === 0) {
        return 0;
      }
      const outcomes = await send(
        rows.map((row) => ({
          id: row.id,
          noticeKey: row.notice_key,
          recipient: row.recipient,
          kind: row.kind,
          engagementId: row.engagement_id,
          dueAt: row.due_at,
          link: row.link,
          createdAt: row.created_at,
          attempts: row.attempts,
          email: row.email,
          contactSealed: row.contact_email_sealed,
          partnerContacts: row.partner_id !== null && row.contacts_sealed !== null ? { partnerId: row.partner_id, sealed: row.contacts_sealed } : null,
        })),
      );
      let sent = 0;
      for (const [id, outcome] of outcomes) {
        if ('sentAt' in outcome) {
          sent += 1;
          await tx.query('UPDATE mail_outbox SET sent_at = $2, attempts = attempts + 1, last_error = NULL WHERE id = $1', [id, outcome.sentAt]);
        } else {
          await tx.query('UPDATE mail_outbox SET next_attempt_at = $2, attempts = attempts + 1, last_error = $3 WHERE id = $1', [
            id,
            outcome.retryAt,
            outcome.error.slice(0, 500),
          ]);
        }
      }
      return sent;
    });
  }

  /** Of the people given, those who chose not to be mailed notices of this kind. */
  async mailTurnedOff(tx: Tx, subs: readonly string[], kind: string): Promise<Set<string>> {
    if (subs.length === 0) {
      return new Set();
    }
    const rows: { sub: string }[] = await tx.query('SELECT sub FROM notice_preferences WHERE sub = ANY($1::text[]) AND $2 = ANY(email_off)', [subs, kind]);
    return new Set(rows.map((row) => row.sub));
  }

  /** The kinds a person chose not to be mailed. */
  async emailOff(sub: string): Promise<string[]> {
    const [row]: { email_off: string[] }[] = await this.dataSource.query('SELECT email_off FROM notice_preferences WHERE sub = $1', [sub]);
    return row?.email_off ?? [];
  }

  /** Replaces a person's choice of the kinds not to be mailed. */
  async setEmailOff(tx: Tx, sub: string, kinds: readonly string[], at: Date): Promise<void> {
    await tx.query(
      `INSERT INTO notice_preferences (sub, email_off, updated_at) VALUES ($1, $2, $3)
       ON CONFLICT (sub) DO UPDATE SET email_off = EXCLUDED.email_off, updated_at = EXCLUDED.updated_at`,
      [sub, kinds, at],
    );
  }

  /** One person's notices, newest first, keyset-paginated. */
  inbox(sub: string, limit: number, before?: { readonly createdAt: Date; readonly id: string }): Promise<InboxItemEntity[]> {
    const query = this.dataSource
      .getRepository(InboxItemEntity)
      .createQueryBuilder('i')
      .where('i.sub = :sub', { sub })
      .orderBy('i.created_at', 'DESC')
      .addOrderBy('i.id', 'DESC')
      .take(limit);
    if (before) {
      query.andWhere('(i.created_at, i.id) < (:createdAt, :id)', before);
    }
    return query.getMany();
  }

  async unreadCount(sub: string): Promise<number> {
    const [row]: { count: string }[] = await this.dataSource.query('SELECT count(*) AS count FROM inbox_items WHERE sub = $1 AND read_at IS NULL', [sub]);
    return Number(row?.count ?? 0);
  }

  /** Marks one of the person's notices read (once); undefined when they have no such notice. */
  async markRead(sub: string, id: string, at: Date): Promise<InboxItemEntity | undefined> {
    await this.dataSource.query('UPDATE inbox_items SET read_at = $3 WHERE sub = $1 AND id = $2 AND read_at IS NULL', [sub, id, at]);
    return (await this.dataSource.getRepository(InboxItemEntity).findOneBy({ sub, id })) ?? undefined;
  }

  /** Marks every unread notice of the person read; how many there were. */
  async markAllRead(sub: string, at: Date): Promise<number> {
    const rows: unknown[] = await this.dataSource.query('UPDATE inbox_items SET read_at = $2 WHERE sub = $1 AND read_at IS NULL RETURNING id', [sub, at]);
    return Array.isArray(rows[0]) ? (rows[0] as unknown[]).length : rows.length;
  }
}
