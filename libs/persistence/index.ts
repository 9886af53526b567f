export * from './data-source';
export * from './entities';
export * from './repositories';
export * from './audit-privileges';
export * from './persistence.module';
export * from './database-errors';
export * from './audit-checkpoint-log';
export * from './audit-verification';
