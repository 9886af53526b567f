import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * An ES256 key that signs access tokens; the private half is sealed with the field-encryption key.
 * The key that activated last is current; the one before it is previous; one not yet active is
 * upcoming. The JWKS publishes all three, so a rotation is visible before it signs.
 */
@Entity({ name: 'signing_keys' })
@Index('signing_keys_by_activation', ['activatesAt'])
export class SigningKeyEntity {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  kid!: string;

  @Column({ type: 'varchar', length: 10 })
  alg!: string;

  @Column({ name: 'public_jwk', type: 'jsonb' })
  publicJwk!: Record<string, string>;

  @Column({ name: 'private_jwk_sealed', type: 'text' })
  privateJwkSealed!: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'activates_at', type: 'timestamptz' })
  activatesAt!: Date;
}
