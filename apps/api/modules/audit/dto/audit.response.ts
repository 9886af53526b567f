import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

import type { AuditEventEntity } from '#persistence';

export class AuditActorDto {
  @ApiProperty() sub!: string;
  @ApiProperty({ type: [String] }) roles!: string[];
}

export class AuditEventDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ description: 'Position in the hash chain' }) seq!: number;
  @ApiProperty({ format: 'date-time' }) occurredAt!: string;
  @ApiProperty({ type: AuditActorDto }) actor!: AuditActorDto;
  @ApiProperty({ example: 'engagement.recommended' }) action!: string;
  @ApiProperty() subjectType!: string;
  @ApiProperty() subjectId!: string;
  @ApiProperty() outcome!: string;
  @ApiProperty({ type: 'object', additionalProperties: true }) details!: Record<string, unknown>;
  @ApiProperty() prevHash!: string;
  @ApiProperty() hash!: string;
}

export class AuditEventListDto {
  @ApiProperty({ type: [AuditEventDto] }) items!: AuditEventDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
}

export class AuditVerificationDto {
  @ApiProperty({ description: 'Every event links to the one before and hashes to its recorded hash' }) ok!: boolean;
  @ApiProperty({ description: 'Events checked' }) checked!: number;
  @ApiPropertyOptional({ format: 'uuid', description: 'The first event whose link or hash does not hold' }) firstBrokenEventId?: string;
}

export function toAuditEvent(row: AuditEventEntity): AuditEventDto {
  return {
    id: row.id,
    seq: row.seq,
    occurredAt: row.occurredAt.toISOString(),
    actor: { sub: row.actorSub, roles: row.actorRoles },
    action: row.action,
    subjectType: row.subjectType,
    subjectId: row.subjectId,
    outcome: row.outcome,
    details: row.details,
    prevHash: row.prevHash,
    hash: row.hash,
  };
}
