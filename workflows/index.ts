export { engagementWorkflow } from './engagement.workflow';
