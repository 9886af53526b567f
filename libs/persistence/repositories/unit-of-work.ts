import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

/** A database transaction; repositories take its manager so a change and its audit event commit together. */
export type Tx = EntityManager;

@Injectable()
export class UnitOfWork {
  constructor(private readonly dataSource: DataSource) {}

  run<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.dataSource.transaction('READ COMMITTED', work);
  }

  /** Whether PostgreSQL answers at all. */
  async ping(): Promise<void> {
    await this.dataSource.query('SELECT 1');
  }
}
