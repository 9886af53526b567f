import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayUnique, IsArray, IsIn } from 'class-validator';

import { engagementReference, NoticeKind, NOTICES, OPTIONAL_MAIL_KINDS } from '#domain';
import type { InboxItemEntity } from '#persistence';

/** A notice in the caller's inbox: what happened and where to look. It never carries confidential content. */
export class NotificationDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: NoticeKind, enumName: 'NoticeKind' }) kind!: NoticeKind;
  @ApiProperty({ description: 'What happened, in words safe for any channel' }) title!: string;
  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'null: a notice about your organization (a webhook turned off), not an engagement',
  })
  engagementId!: string | null;
  @ApiProperty({ type: String, nullable: true, description: "The engagement's short reference, as mail and the console show it", example: 'ENG-3F2A9C1B' })
  reference!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The finding, nomination or grant it is about; null: the engagement itself' })
  subjectId!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'The deadline it is about, if any' }) dueAt!: string | null;
  @ApiProperty({ description: 'The console page to open it at', example: '/engagements/3f2a9c1b-0000-4000-8000-000000000000' }) link!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'null: unread' }) readAt!: string | null;
}

export class NotificationListDto {
  @ApiProperty({ type: [NotificationDto], description: 'Newest first' }) items!: NotificationDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
  @ApiProperty({ description: 'How many of all your notices are unread' }) unread!: number;
}

export class MarkedReadDto {
  @ApiProperty({ description: 'How many notices this marked read' }) marked!: number;
  @ApiProperty({ description: 'How many are unread now' }) unread!: number;
}

export function toNotification(item: InboxItemEntity): NotificationDto {
  const kind = item.kind as NoticeKind;
  return {
    id: item.id,
    kind,
    title: NOTICES[kind]?.title ?? kind,
    engagementId: item.engagementId,
    reference: item.engagementId === null ? null : engagementReference(item.engagementId),
    subjectId: item.subjectId,
    dueAt: item.dueAt?.toISOString() ?? null,
    link: item.link,
    createdAt: item.createdAt.toISOString(),
    readAt: item.readAt?.toISOString() ?? null,
  };
}

/** The kinds not to be mailed: only those that are not critical (deadlines, revocations, terms changes and withdrawals always are). */
export class NoticePreferencesDto {
  @ApiProperty({
    type: 'array',
    items: { type: 'string', enum: [...OPTIONAL_MAIL_KINDS] },
    maxItems: OPTIONAL_MAIL_KINDS.length,
    uniqueItems: true,
    description: 'Kinds not to be mailed (they still reach the inbox); critical kinds cannot be turned off',
  })
  @IsArray()
  @ArrayMaxSize(OPTIONAL_MAIL_KINDS.length)
  @ArrayUnique()
  @IsIn(OPTIONAL_MAIL_KINDS, { each: true, message: `each of emailOff must be a kind that is not critical: ${OPTIONAL_MAIL_KINDS.join(', ')}` })
  emailOff!: NoticeKind[];
}

export class NoticeKindDto {
  @ApiProperty({ enum: NoticeKind, enumName: 'NoticeKind' }) kind!: NoticeKind;
  @ApiProperty() title!: string;
  @ApiProperty({ description: 'Always mailed: it cannot be turned off' }) critical!: boolean;
}

export class NoticePreferencesViewDto extends NoticePreferencesDto {
  @ApiProperty({ type: [NoticeKindDto], description: 'Every kind of notice, with whether it may be turned off' }) kinds!: NoticeKindDto[];
}
