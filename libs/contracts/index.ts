export * from './task-queues';
export * from './engagement-activities';
export * from './engagement-workflow';
