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
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The engagement it is about; null for program-level events' }) engagementId!:
    string | null;
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

export class EventRangeDto {
  @ApiProperty() fromSeq!: number;
  @ApiProperty() toSeq!: number;
}

export class BrokenCheckpointDto {
  @ApiProperty({ description: 'The sequence number the checkpoint anchored' }) seq!: number;
  @ApiProperty({ description: 'When it was signed (empty for an unreadable line)' }) at!: string;
  @ApiProperty({ enum: ['UNREADABLE', 'BAD_SIGNATURE', 'CHAIN_DIFFERS'] }) fault!: 'UNREADABLE' | 'BAD_SIGNATURE' | 'CHAIN_DIFFERS';
  @ApiProperty({ type: EventRangeDto, description: 'The events behind it, since the last checkpoint that holds: where the rewrite is' })
  events!: EventRangeDto;
}

export class AuditVerificationDto {
  @ApiProperty({ description: 'Every event links to the one before, hashes to its recorded hash, and the chain passes through every signed checkpoint' })
  ok!: boolean;
  @ApiProperty({ description: 'Events checked' }) checked!: number;
  @ApiPropertyOptional({ format: 'uuid', description: 'The first event whose link or hash does not hold' }) firstBrokenEventId?: string;
  @ApiProperty({ description: 'Signed checkpoints the chain passes through' }) checkpoints!: number;
  @ApiProperty({ description: 'The sequence number through which the chain is anchored by checkpoints that hold' }) anchoredThrough!: number;
  @ApiPropertyOptional({ type: BrokenCheckpointDto, description: 'The first checkpoint the chain no longer passes through' })
  firstBrokenCheckpoint?: BrokenCheckpointDto;
}

export class CheckpointDto {
  @ApiProperty() seq!: number;
  @ApiProperty({ description: "The chain's hash at seq" }) hash!: string;
  @ApiProperty({ format: 'date-time' }) at!: string;
  @ApiProperty() kid!: string;
  @ApiProperty({ description: 'Ed25519 over "frontier-access:audit-checkpoint:v1\\n" and the canonical JSON of { at, hash, kid, seq }, base64url' })
  signature!: string;
}

export class CheckpointKeyDto {
  @ApiProperty() kid!: string;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'The public key as a JWK (OKP, Ed25519)' }) jwk!: Record<string, string>;
}

export class AuditCheckpointListDto {
  @ApiProperty({ type: [CheckpointDto] }) items!: CheckpointDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
  @ApiProperty({ type: [CheckpointKeyDto] }) publicKeys!: CheckpointKeyDto[];
}

export function toAuditEvent(row: AuditEventEntity): AuditEventDto {
  return {
    id: row.id,
    seq: row.seq,
    occurredAt: row.occurredAt.toISOString(),
    actor: { sub: row.actorSub, roles: row.actorRoles },
    action: row.action,
    engagementId: row.engagementId,
    subjectType: row.subjectType,
    subjectId: row.subjectId,
    outcome: row.outcome,
    details: row.details,
    prevHash: row.prevHash,
    hash: row.hash,
  };
}
