import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A developer organization's gateway client at the IdP; its secret is never kept here. */
@Entity({ name: 'gateway_clients' })
export class GatewayClientEntity {
  @PrimaryColumn({ name: 'client_id', type: 'text' })
  clientId!: string;

  @Column({ type: 'text' })
  org!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ name: 'created_by', type: 'text' })
  createdBy!: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  /** The client this one was rotated from. */
  @Column({ type: 'text', nullable: true })
  replaces!: string | null;

  /** Set when a rotation replaced it: it is refused from then on. */
  @Column({ name: 'retires_at', type: 'timestamptz', nullable: true })
  retiresAt!: Date | null;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  @Column({ name: 'revoked_by', type: 'text', nullable: true })
  revokedBy!: string | null;
}
