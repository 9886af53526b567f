import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A record that an access token was issued: its id (jti) and what it grants, never the token
 * itself. Introspection looks here, then at whether the access behind it is still open.
 */
@Entity({ name: 'access_tokens' })
@Index('access_tokens_by_engagement', ['engagementId', 'issuedAt'])
export class AccessTokenEntity {
  @PrimaryColumn({ type: 'uuid' })
  jti!: string;

  @Column({ name: 'engagement_id', type: 'uuid' })
  engagementId!: string;

  @Column({ type: 'varchar', length: 20 })
  kind!: string;

  /** For a trusted partner's token: the grant it belongs to. */
  @Column({ name: 'grant_id', type: 'uuid', nullable: true })
  grantId!: string | null;

  @Column({ name: 'subject_sub', type: 'varchar', length: 200 })
  subjectSub!: string;

  @Column({ name: 'subject_org', type: 'varchar', length: 200 })
  subjectOrg!: string;

  @Column({ type: 'varchar', length: 200 })
  scope!: string;

  @Column({ type: 'varchar', length: 64 })
  kid!: string;

  @Column({ name: 'issued_at', type: 'timestamptz' })
  issuedAt!: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;
}
