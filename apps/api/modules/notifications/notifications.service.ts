import { Injectable } from '@nestjs/common';

import { Actor, NoticeKind, NOTICES } from '#domain';
import { AuditRepository, NoticeRepository, UnitOfWork } from '#persistence';

import { decodeCursor, keysetPage, PageQuery } from '../../common/pagination';
import { ResourceException } from '../../errors/api-errors';
import { MarkedReadDto, NoticePreferencesDto, NoticePreferencesViewDto, NotificationDto, NotificationListDto, toNotification } from './dto/notification.dto';

interface InboxCursor {
  readonly at: string;
  readonly id: string;
}

const isInboxCursor = (value: unknown): value is InboxCursor =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as InboxCursor).at === 'string' &&
  Number.isFinite(Date.parse((value as InboxCursor).at)) &&
  typeof (value as InboxCursor).id === 'string' &&
  /^[0-9a-f-]{36}$/.test((value as InboxCursor).id);

/** Each person's own notices: nobody reads or marks anyone else's. */
@Injectable()
export class NotificationsService {
  constructor(
    private readonly notices: NoticeRepository,
    private readonly unitOfWork: UnitOfWork,
    private readonly audit: AuditRepository,
  ) {}

  async list(actor: Actor, query: PageQuery): Promise<NotificationListDto> {
    const before = query.cursor ? decodeCursor(query.cursor, isInboxCursor) : undefined;
    const [rows, unread] = await Promise.all([
      this.notices.inbox(actor.sub, query.limit + 1, before ? { createdAt: new Date(before.at), id: before.id } : undefined),
      this.notices.unreadCount(actor.sub),
    ]);
    return { ...keysetPage(rows, query.limit, toNotification, (last) => ({ at: last.createdAt.toISOString(), id: last.id })), unread };
  }

  async read(actor: Actor, id: string): Promise<NotificationDto> {
    const item = await this.notices.markRead(actor.sub, id, new Date());
    if (!item) {
      throw new ResourceException('notification');
    }
    return toNotification(item);
  }

  async readAll(actor: Actor): Promise<MarkedReadDto> {
    const marked = await this.notices.markAllRead(actor.sub, new Date());
    return { marked, unread: await this.notices.unreadCount(actor.sub) };
  }

  async preferences(actor: Actor): Promise<NoticePreferencesViewDto> {
    const emailOff = (await this.notices.emailOff(actor.sub)) as NoticeKind[];
    return { emailOff, kinds: Object.values(NoticeKind).map((kind) => ({ kind, title: NOTICES[kind].title, critical: NOTICES[kind].critical })) };
  }

  /** Replaces the caller's choice, audited (a person's own setting, but one that decides what reaches them). */
  async setPreferences(actor: Actor, dto: NoticePreferencesDto): Promise<NoticePreferencesViewDto> {
    const at = new Date();
    await this.unitOfWork.run(async (tx) => {
      await this.notices.setEmailOff(tx, actor.sub, dto.emailOff, at);
      await this.audit.append(tx, [
        {
          actorSub: actor.sub,
          actorRoles: [...actor.roles],
          action: 'notice.preferences_changed',
          engagementId: null,
          subjectType: 'person',
          subjectId: actor.sub,
          outcome: 'ACCEPTED',
          occurredAt: at,
          details: { emailOff: [...dto.emailOff] },
        },
      ]);
    });
    return this.preferences(actor);
  }
}
