import { Column, Entity, PrimaryColumn } from 'typeorm';

import { OrganizationKind } from '#domain';

/** An organization in the registry; its id is its people's `org` claim, and its kind bounds their roles. */
@Entity({ name: 'organizations' })
export class OrganizationEntity {
  @PrimaryColumn({ type: 'varchar', length: 200 })
  id!: string;

  @Column({ type: 'varchar', length: 300 })
  name!: string;

  @Column({ type: 'varchar', length: 20 })
  kind!: OrganizationKind;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
