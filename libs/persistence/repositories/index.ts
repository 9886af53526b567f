export * from './unit-of-work';
export * from './audit.repository';
export * from './engagement.repository';
export * from './idempotency.repository';
export * from './notification.repository';
