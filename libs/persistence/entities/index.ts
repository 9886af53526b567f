import { ActivityReceiptEntity } from './activity-receipt.entity';
import { AttestationEntity } from './attestation.entity';
import { AuditChainHeadEntity } from './audit-chain-head.entity';
import { AuditEventEntity } from './audit-event.entity';
import { BenchmarkResultEntity } from './benchmark-result.entity';
import { EngagementEntity } from './engagement.entity';
import { IdempotencyRecordEntity } from './idempotency-record.entity';
import { NotificationEntity } from './notification.entity';
import { ReviewerAssignmentEntity } from './reviewer-assignment.entity';
import { TimelineEntryEntity } from './timeline-entry.entity';

export {
  ActivityReceiptEntity,
  AttestationEntity,
  AuditChainHeadEntity,
  AuditEventEntity,
  BenchmarkResultEntity,
  EngagementEntity,
  IdempotencyRecordEntity,
  NotificationEntity,
  ReviewerAssignmentEntity,
  TimelineEntryEntity,
};

export const ENTITIES = [
  ActivityReceiptEntity,
  AttestationEntity,
  AuditChainHeadEntity,
  AuditEventEntity,
  BenchmarkResultEntity,
  EngagementEntity,
  IdempotencyRecordEntity,
  NotificationEntity,
  ReviewerAssignmentEntity,
  TimelineEntryEntity,
];
