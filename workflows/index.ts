export { engagementWorkflow } from './engagement.workflow';
export { grantWorkflow } from './grant.workflow';
export { webhookDeliveryWorkflow } from './webhook-delivery.workflow';
export { findingWorkflow } from './finding.workflow';
export { inquiryRequestWorkflow } from './inquiry-request.workflow';
export { forgetEngagementWorkflow, retentionSweepWorkflow } from './retention.workflow';
