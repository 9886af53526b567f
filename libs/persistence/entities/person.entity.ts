import { Column, Entity, PrimaryColumn } from 'typeorm';

export type PersonStatus = 'ACTIVE' | 'DISABLED';
/** How the directory first learnt of someone: a program administrator, or their own token. */
export type PersonSource = 'PRE_REGISTERED' | 'SIGN_IN';

/** A person in the directory, by their `sub`; name, email, organization and roles as their token last said. */
@Entity({ name: 'people' })
export class PersonEntity {
  @PrimaryColumn({ type: 'text' })
  sub!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text', nullable: true })
  email!: string | null;

  @Column({ type: 'text' })
  org!: string;

  @Column({ type: 'jsonb' })
  roles!: string[];

  @Column({ type: 'text' })
  status!: PersonStatus;

  @Column({ type: 'text' })
  source!: PersonSource;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ name: 'last_seen_at', type: 'timestamptz', nullable: true })
  lastSeenAt!: Date | null;

  @Column({ name: 'disabled_at', type: 'timestamptz', nullable: true })
  disabledAt!: Date | null;
}
