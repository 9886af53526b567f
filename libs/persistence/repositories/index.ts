export * from './unit-of-work';
export * from './audit.repository';
export * from './engagement.repository';
export * from './idempotency.repository';
export * from './notification.repository';
export * from './finding.repository';
export * from './access-token.repository';
export * from './signing-key.repository';
