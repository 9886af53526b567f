import { Injectable, Logger } from '@nestjs/common';
import { Context } from '@temporalio/activity';
import { WorkflowNotFoundError } from '@temporalio/client';
import { WorkflowExecutionAlreadyStartedError } from '@temporalio/common';

import { AppConfig } from '#config';
import { EngagementActivities, grantEndedSignal, GrantFanOut, grantWorkflowId, grantWorkflowInputOf, grantWorkflowStart } from '#contracts';
import { GrantRepository } from '#persistence';

import { ActivityTemporalClient } from './temporal-client';

const PAGE = 500;
/** How many starts or signals are in flight at once: enough to keep Temporal busy, not enough to swamp it. */
const PARALLEL = 32;
const FIRST_ID = '00000000-0000-0000-0000-000000000000';

/**
 * Works through a page, PARALLEL at a time. Each item done beats the heart with where the page
 * began (the SDK throttles the beats), so a dead worker is noticed in seconds, and a retry redoes
 * at most this page.
 */
async function inParallel<T>(items: readonly T[], pageStart: string, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lanes = Array.from({ length: Math.min(PARALLEL, items.length) }, async () => {
    while (next < items.length) {
      const item = items[next++] as T;
      await work(item);
      Context.current().heartbeat(pageStart);
    }
  });
  await Promise.all(lanes);
}

/** Where a retried fan-out resumes: the last id its previous attempt finished, from its heartbeat. */
function resumeAfter(): string {
  const details: unknown = Context.current().info.heartbeatDetails;
  return typeof details === 'string' ? details : FIRST_ID;
}

/**
 * Starts and signals grant workflows in pages, from a long-running activity that heartbeats its
 * progress: no workflow history ever holds one event per grant, and a retry resumes where it stopped.
 */
@Injectable()
export class GrantFanOutActivities implements Pick<EngagementActivities, 'startGrantWorkflows' | 'signalGrantsEnded'> {
  private readonly logger = new Logger('GrantFanOut');

  constructor(
    private readonly grants: GrantRepository,
    private readonly temporal: ActivityTemporalClient,
    private readonly config: AppConfig,
  ) {}

  async startGrantWorkflows({ nominationId }: { readonly nominationId: string }): Promise<number> {
    let after = resumeAfter();
    let started = 0;
    for (;;) {
      const page = await this.grants.pageOfNomination(nominationId, after, PAGE);
      if (page.length === 0) {
        return started;
      }
      await inParallel(page, after, async (grant) => {
        try {
          await this.temporal.client.workflow.start('grantWorkflow', {
            ...grantWorkflowStart(grant.id),
            args: [grantWorkflowInputOf(grant, this.config.dayMs)],
          });
          started += 1;
        } catch (error) {
          // Started already (by an acceptance that got there first) and now finished: nothing to do.
          if (!(error instanceof WorkflowExecutionAlreadyStartedError)) {
            throw error;
          }
        }
      });
      after = page[page.length - 1]!.id;
      Context.current().heartbeat(after);
    }
  }

  async signalGrantsEnded(fanOut: GrantFanOut): Promise<number> {
    let after = resumeAfter();
    let signalled = 0;
    for (;;) {
      const endedAt = fanOut.endedAt === undefined ? null : new Date(fanOut.endedAt);
      const ids = await this.grants.pageOfEngagement(fanOut.engagementId, fanOut.sector ?? null, endedAt, after, PAGE);
      if (ids.length === 0) {
        this.logger.log(`told ${signalled} grant workflows of ${fanOut.engagementId} that their grant ended (${fanOut.reason})`);
        return signalled;
      }
      await inParallel(ids, after, async (id) => {
        try {
          await this.temporal.client.workflow.getHandle(grantWorkflowId(id)).signal(grantEndedSignal, { reason: fanOut.reason });
          signalled += 1;
        } catch (error) {
          // A grant whose workflow has already finished (or never started) needs no telling.
          if (!(error instanceof WorkflowNotFoundError)) {
            throw error;
          }
        }
      });
      after = ids[ids.length - 1]!;
      Context.current().heartbeat(after);
    }
  }
}
