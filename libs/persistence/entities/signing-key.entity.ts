import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

export type SigningKeyStatus = 'CURRENT' | 'PREVIOUS' | 'RETIRED';

/**
 * An ES256 key that signs access tokens. The private half is sealed with the field-encryption key;
 * the JWKS publishes the CURRENT and PREVIOUS public halves.
 */
@Entity({ name: 'signing_keys' })
@Index('signing_keys_one_current', ['status'], { unique: true, where: `"status" = 'CURRENT'` })
export class SigningKeyEntity {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  kid!: string;

  @Column({ type: 'varchar', length: 10 })
  alg!: string;

  @Column({ name: 'public_jwk', type: 'jsonb' })
  publicJwk!: Record<string, string>;

  @Column({ name: 'private_jwk_sealed', type: 'text' })
  privateJwkSealed!: string;

  @Column({ type: 'varchar', length: 10 })
  status!: SigningKeyStatus;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'retired_at', type: 'timestamptz', nullable: true })
  retiredAt!: Date | null;
}
