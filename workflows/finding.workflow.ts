import { proxyActivities, sleep } from '@temporalio/workflow';

import { type EngagementActivities, type FindingActivities, FindingWorkflowInput, NotificationKind, NotificationRequest } from '#contracts';

import { untilDone } from './activity-options';

const { notify, findingStillOpen } = proxyActivities<EngagementActivities & FindingActivities>(untilDone());

const iso = (ms: number): string => new Date(ms).toISOString();

/**
 * A finding's remediation clock: a reminder FINDING_REMINDERS before its due date and an overdue notice at
 * it, to the developer, unless the finding was fixed by then. It lives as long as the finding is open, so a
 * 60-day remediation is followed long after the window, the release or the engagement's close.
 */
export async function findingWorkflow(input: FindingWorkflowInput): Promise<void> {
  const points = [
    ...[...new Set(input.remindBeforeMs)]
      .filter((before) => before > 0)
      .sort((a, b) => b - a)
      .map((before) => ({ at: input.dueAt - before, kind: NotificationKind.FindingReminder })),
    { at: input.dueAt, kind: NotificationKind.FindingOverdue },
  ];
  for (const point of points) {
    const wait = point.at - Date.now();
    if (wait > 0) {
      await sleep(wait);
    } else if (point.kind === NotificationKind.FindingReminder) {
      // Recorded already inside this reminder's reach: the finding-recorded notice says the due date.
      continue;
    }
    if (!(await findingStillOpen({ findingId: input.findingId }))) {
      return;
    }
    const request: NotificationRequest = {
      key: `${input.engagementId}:finding:${input.findingId}:${point.kind === NotificationKind.FindingOverdue ? 'overdue' : `reminder:${point.at}`}`,
      kind: point.kind,
      engagementId: input.engagementId,
      recipients: [{ kind: 'org', org: input.developerOrg }],
      subject: point.kind === NotificationKind.FindingOverdue ? 'A finding is past its remediation due date' : 'A finding is due for remediation soon',
      dueAt: iso(input.dueAt),
      scheduledAt: iso(point.at),
    };
    await notify(request);
  }
}
