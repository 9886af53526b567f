import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** The first answer to a POST with an Idempotency-Key, kept (sealed) so a repeat gets the same answer. */
@Entity({ name: 'idempotency_records' })
@Index('idempotency_records_expiry', ['expiresAt'])
export class IdempotencyRecordEntity {
  @PrimaryColumn({ name: 'caller_sub', type: 'varchar', length: 200 })
  callerSub!: string;

  @PrimaryColumn({ name: 'idempotency_key', type: 'varchar', length: 200 })
  idempotencyKey!: string;

  @Column({ name: 'request_hash', type: 'char', length: 64 })
  requestHash!: string;

  @Column({ type: 'varchar', length: 10 })
  state!: 'PENDING' | 'DONE';

  @Column({ name: 'status_code', type: 'integer', nullable: true })
  statusCode!: number | null;

  @Column({ name: 'response_sealed', type: 'text', nullable: true })
  responseSealed!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;
}
