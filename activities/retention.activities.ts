import { Injectable, Logger } from '@nestjs/common';
import { isGrpcServiceError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';

import { AppConfig } from '#config';
import { engagementWorkflowId, findingWorkflowId, grantWorkflowId, type RetentionActivities } from '#contracts';
import { disposalDue, DisposalReason } from '#domain';
import { EngagementDisposals, EngagementRepository } from '#persistence';

import { ActivityTemporalClient } from './temporal-client';

/** gRPC's NOT_FOUND: the execution is gone already (deleted before, or past the namespace's retention). */
const GRPC_NOT_FOUND = 5;
const BATCH = 100;
const SYSTEM = { sub: 'system', roles: [] } as const;

/** The schedule changed its mind between the query and the lock: a reconsideration reopened it, say. */
class NoLongerDue extends Error {}

/** The retention schedule's disposals, and removing what Temporal kept of a disposed engagement. */
@Injectable()
export class RetentionLifecycleActivities implements RetentionActivities {
  private readonly logger = new Logger('Retention');

  constructor(
    private readonly disposals: EngagementDisposals,
    private readonly engagements: EngagementRepository,
    private readonly temporal: ActivityTemporalClient,
    private readonly config: AppConfig,
  ) {}

  async disposeDue(): Promise<string[]> {
    const schedule = this.config.retention;
    const disposed: string[] = [];
    for (;;) {
      // Candidates only: each is decided again, on its locked row, as it is disposed of.
      const candidates = await this.engagements.endedBefore(new Date(Date.now() - schedule.afterEndMs), BATCH);
      for (const engagementId of candidates) {
        try {
          await this.disposals.dispose(engagementId, {
            actor: SYSTEM,
            reason: DisposalReason.RetentionSchedule,
            commandId: `retention:${engagementId}`,
            decide: (row, at) => {
              if (!disposalDue(row, schedule, at)) {
                throw new NoLongerDue();
              }
            },
            details: { retainedForDays: Math.round(schedule.afterEndMs / 86_400_000) },
          });
          disposed.push(engagementId);
        } catch (error) {
          if (!(error instanceof NoLongerDue)) {
            throw error;
          }
        }
      }
      if (candidates.length < BATCH) {
        break;
      }
    }
    if (disposed.length > 0) {
      this.logger.log(`the retention schedule disposed of ${disposed.length} engagement(s)`);
    }
    // Disposals whose histories are still in Temporal (a developer's, whose own clean-up could not start) go too.
    return [...new Set([...disposed, ...(await this.disposals.historiesPending(BATCH))])];
  }

  async forgetEngagementHistories({ engagementId }: { readonly engagementId: string }): Promise<number> {
    if (!(await this.disposals.isDisposed(engagementId))) {
      // Only a disposal removes an engagement's histories: anything else asking is refused for good.
      throw ApplicationFailure.nonRetryable(`engagement ${engagementId} is not disposed of: its workflow histories stay`);
    }
    const { findingIds, grantIds } = await this.disposals.workflowsOf(engagementId);
    // The engagement's workflow continues as new, so each of its runs goes; the others run once.
    const executions = [
      ...(await this.runsOf(engagementWorkflowId(engagementId))),
      ...[...findingIds.map(findingWorkflowId), ...grantIds.map(grantWorkflowId)].map((workflowId) => ({ workflowId })),
    ];
    let deleted = 0;
    for (const workflowExecution of executions) {
      try {
        await this.temporal.client.workflowService.deleteWorkflowExecution({ namespace: this.config.temporal.namespace, workflowExecution });
        deleted += 1;
      } catch (error) {
        if (!(isGrpcServiceError(error) && Number(error.code) === GRPC_NOT_FOUND)) {
          throw error;
        }
      }
    }
    await this.disposals.historiesDeleted(engagementId);
    return deleted;
  }

  /** Every run of a workflow Temporal's visibility knows of, and its latest run in any case. */
  private async runsOf(workflowId: string): Promise<{ workflowId: string; runId?: string }[]> {
    const runs: { workflowId: string; runId?: string }[] = [];
    for await (const execution of this.temporal.client.workflow.list({ query: `WorkflowId = '${workflowId}'` })) {
      runs.push({ workflowId, runId: execution.runId });
    }
    return [...runs, { workflowId }];
  }
}
