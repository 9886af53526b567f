import { condition, patched, setHandler } from '@temporalio/workflow';

import { engagementStateQuery, EngagementWorkflowInput } from '#contracts';
import { DEFAULT_FINDINGS_GRACE_MS, type EngagementState } from '#domain';

import { runEngagementClocks } from './engagement-clock-loop';
import { registerEngagementCommands } from './engagement-commands';
import { EngagementRun } from './engagement-run';

/** A workflow started without its submission (which only a broken client can cause) ends after this. */
const SUBMISSION_GRACE = '1 hour';

/** The patch that moved grant workflows' start from approval to acceptance. */
const GRANTS_START_ON_ACCEPTANCE = 'grants-start-on-acceptance';
/** The patch that expires a nomination's grants together at its accessEndsAt. */
const NOMINATION_ACCESS_END_CLOCK = 'nomination-access-end-clock';
/** The patch that separates duties by organization and by capacity (DecisionRules.organizationSeparation). */
const ORGANIZATION_SEPARATION = 'separation-of-duties-by-organization';
/** The patch that reminds the answering side before a nomination's deadline, and partners before their acceptance deadline. */
const PARTNER_REMINDERS = 'partner-deadline-reminders';
/**
 * The patch that writes commands' events as local activities and starts a fresh run after 500 history
 * events rather than 10,000, so a run evicted from a worker's cache replays in a fraction of a second.
 */
const LEAN_COMMAND_HISTORY = 'lean-command-history';
/** Events a run of LEAN_COMMAND_HISTORY keeps before it continues as new; earlier runs keep 10,000. */
const LEAN_HISTORY_LIMIT = 500;

/**
 * One engagement, from its designation inquiry to its end: commands arrive as Updates
 * (engagement-commands.ts) and its clocks run (engagement-clock-loop.ts), both through one commit path
 * (engagement-run.ts). The rules themselves are libs/domain's.
 */
export async function engagementWorkflow(input: EngagementWorkflowInput): Promise<EngagementState | null> {
  const run = new EngagementRun(input);
  /**
   * A grant's workflow starts when its partner accepts (Update-With-Start), so thousands of approved
   * grants cost Temporal nothing until used; the engagement keeps each approval's acceptance deadline
   * and lapses what was never accepted. Runs begun before this started every grant's workflow at approval.
   */
  const grantsStartOnAcceptance = patched(GRANTS_START_ON_ACCEPTANCE);
  /** Grants that share an end (a nomination's accessEndsAt) expire together, in one step, at that instant. */
  const sharedAccessEnds = patched(NOMINATION_ACCESS_END_CLOCK);
  const partnerReminders = patched(PARTNER_REMINDERS);
  if (patched(LEAN_COMMAND_HISTORY)) {
    run.writeCommandsLocally();
    run.historyLimit = input.historyLimit ?? LEAN_HISTORY_LIMIT;
  }
  run.rules = { organizationSeparation: patched(ORGANIZATION_SEPARATION), findingsGraceMs: input.clock.findingsGraceMs ?? DEFAULT_FINDINGS_GRACE_MS };

  registerEngagementCommands(run, { grantsStartOnAcceptance });
  setHandler(engagementStateQuery, () => run.state ?? null);

  if (!(await condition(() => run.state !== undefined, SUBMISSION_GRACE))) {
    return null;
  }
  return runEngagementClocks(run, { acceptanceClock: grantsStartOnAcceptance, accessEndClock: sharedAccessEnds, partnerReminders });
}
