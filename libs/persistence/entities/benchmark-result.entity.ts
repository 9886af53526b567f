import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A classified benchmark result, by reference only: where it lives, its digest and an unclassified summary. */
@Entity({ name: 'benchmark_results' })
@Index('benchmark_results_by_engagement', ['engagementId', 'recordedAt'])
export class BenchmarkResultEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ name: 'engagement_id', type: 'uuid' })
  engagementId!: string;

  @Column({ type: 'varchar', length: 100 })
  reference!: string;

  @Column({ type: 'varchar', length: 71 })
  digest!: string;

  @Column({ name: 'summary_sealed', type: 'text' })
  summarySealed!: string;

  @Column({ name: 'recorded_by', type: 'varchar', length: 200 })
  recordedBy!: string;

  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;
}
