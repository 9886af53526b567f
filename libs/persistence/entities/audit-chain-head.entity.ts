import { Column, Entity, PrimaryColumn } from 'typeorm';

import { bigintAsNumber } from './column-transformers';

/** The single row holding the chain's last sequence number and hash; appenders lock it. */
@Entity({ name: 'audit_chain_head' })
export class AuditChainHeadEntity {
  @PrimaryColumn({ type: 'smallint' })
  id!: number;

  @Column({ type: 'bigint', transformer: bigintAsNumber })
  seq!: number;

  @Column({ type: 'char', length: 64 })
  hash!: string;
}
