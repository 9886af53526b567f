import { Column, Entity, PrimaryColumn } from 'typeorm';

import type { InquiryRequestStatus, RequestDeclinedBy } from '#domain';

/** A government request to a developer organization to open an inquiry (its workflow: `request-<id>`). */
@Entity({ name: 'inquiry_requests' })
export class InquiryRequestEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'developer_org', type: 'text' })
  developerOrg!: string;

  /** The model the request names: confidential, sealed. */
  @Column({ name: 'model_name_sealed', type: 'text' })
  modelNameSealed!: string;

  /** Why the government asks: confidential, sealed. */
  @Column({ name: 'note_sealed', type: 'text' })
  noteSealed!: string;

  @Column({ name: 'respond_by', type: 'timestamptz' })
  respondBy!: Date;

  @Column({ type: 'text' })
  status!: InquiryRequestStatus;

  @Column({ type: 'integer' })
  version!: number;

  @Column({ name: 'requested_by', type: 'text' })
  requestedBy!: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  /** The developer who answered, or 'system' when the deadline declined it. */
  @Column({ name: 'answered_by', type: 'text', nullable: true })
  answeredBy!: string | null;

  @Column({ name: 'answered_at', type: 'timestamptz', nullable: true })
  answeredAt!: Date | null;

  @Column({ name: 'declined_by', type: 'text', nullable: true })
  declinedBy!: RequestDeclinedBy | null;

  /** The inquiry the request became, once accepted. */
  @Column({ name: 'engagement_id', type: 'uuid', nullable: true })
  engagementId!: string | null;
}
