export { engagementWorkflow } from './engagement.workflow';
export { grantWorkflow } from './grant.workflow';
