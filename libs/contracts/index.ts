export * from './task-queues';
export * from './engagement-activities';
export * from './engagement-workflow';
export * from './access-tokens';
export * from './grant-workflow';
export * from './sealed-payloads';
export * from './webhook-workflow';
export * from './finding-workflow';
