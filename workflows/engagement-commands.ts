import { ApplicationFailure, setHandler } from '@temporalio/workflow';

import {
  answerConsultationUpdate,
  approveNominationUpdate,
  assignReviewersUpdate,
  attestUpdate,
  closeUpdate,
  consultUpdate,
  declineAccessUpdate,
  declineNominationUpdate,
  determineUpdate,
  endWindowUpdate,
  nominateUpdate,
  openWindowUpdate,
  publishTermsUpdate,
  recommendUpdate,
  recordBenchmarkUpdate,
  recordFindingUpdate,
  recuseUpdate,
  releaseUpdate,
  requestReconsiderationUpdate,
  respondToFindingUpdate,
  revokeGrantsUpdate,
  SubmitArgs,
  submitUpdate,
  unassignReviewerUpdate,
  withdrawUpdate,
  WorkflowFailureType,
} from '#contracts';
import { DomainErrorCode, DomainRuleError, EngagementCommandType, GrantEndReason, hasRole, initialState, Role } from '#domain';

import { EngagementRun } from './engagement-run';
import { toFailure } from './failures';

export interface CommandTableOptions {
  /** Runs begun before grants started on acceptance start every grant's workflow at approval instead. */
  readonly grantsStartOnAcceptance: boolean;
}

/**
 * The engagement's command table: each Update, the domain command it becomes, the confidential
 * content that goes to the read model with it, and what follows once it is committed.
 */
export function registerEngagementCommands(run: EngagementRun, options: CommandTableOptions): void {
  const alreadySubmitted = (): ApplicationFailure =>
    ApplicationFailure.create({ type: WorkflowFailureType.AlreadySubmitted, message: 'already submitted', nonRetryable: true });

  setHandler(
    submitUpdate,
    (args) =>
      run.serial.run(async () => {
        const answered = run.recent.answerTo(run.commandId());
        if (answered) {
          return answered;
        }
        if (run.state !== undefined) {
          throw alreadySubmitted();
        }
        const initial = initialState({
          engagementId: run.input.engagementId,
          developerOrg: args.actor.org,
          submittedBy: args.actor.sub,
          submittedAt: Date.now(),
          determinationTargetMs: run.input.clock.determinationTargetMs,
        });
        const { actor: _actor, ...details } = args;
        try {
          await run.commandActivities.recordSubmission({ state: initial, details, actorRoles: args.actor.roles, commandId: run.commandId() });
        } catch (error) {
          throw toFailure(error);
        }
        run.state = initial;
        return run.remember(EngagementRun.result(initial));
      }),
    {
      validator: (args: SubmitArgs) => {
        if (run.recent.answerTo(run.commandId()) !== undefined) {
          return;
        }
        if (run.state !== undefined) {
          throw alreadySubmitted();
        }
        if (!hasRole(args.actor, Role.Developer)) {
          throw toFailure(new DomainRuleError(DomainErrorCode.RoleRequired, 'only a developer submits an inquiry'));
        }
      },
    },
  );

  run.registerCommand(
    assignReviewersUpdate,
    (a) => ({ type: EngagementCommandType.AssignReviewers, actor: a.actor, reviewerIds: a.reviewerIds }),
    () => ({}),
  );
  run.registerCommand(
    unassignReviewerUpdate,
    (a) => ({ type: EngagementCommandType.UnassignReviewer, actor: a.actor, reviewerSub: a.reviewerSub }),
    () => ({}),
  );
  run.registerCommand(
    recuseUpdate,
    (a) => ({ type: EngagementCommandType.Recuse, actor: a.actor }),
    (a) => ({ reason: a.reason }),
  );
  run.registerCommand(
    attestUpdate,
    (a) => ({ type: EngagementCommandType.Attest, actor: a.actor }),
    (a) => ({ statement: a.statement }),
  );
  run.registerCommand(
    recordBenchmarkUpdate,
    (a) => ({ type: EngagementCommandType.RecordBenchmark, actor: a.actor }),
    (a) => ({ benchmark: { id: a.benchmarkId, reference: a.reference, digest: a.digest, summary: a.summary } }),
  );
  run.registerCommand(
    recommendUpdate,
    (a) => ({ type: EngagementCommandType.Recommend, actor: a.actor, outcome: a.outcome }),
    (a) => ({ rationale: a.rationale }),
  );
  run.registerCommand(
    determineUpdate,
    (a) => ({ type: EngagementCommandType.Determine, actor: a.actor, outcome: a.outcome }),
    (a) => ({ rationale: a.rationale }),
  );
  run.registerCommand(
    requestReconsiderationUpdate,
    (a) => ({ type: EngagementCommandType.RequestReconsideration, actor: a.actor }),
    (a) => ({ rationale: a.rationale }),
  );
  run.registerCommand(
    consultUpdate,
    (a) => ({ type: EngagementCommandType.Consult, actor: a.actor, consultationId: a.consultationId, organization: a.organization, answerBy: a.answerBy }),
    (a) => ({ question: a.question }),
  );
  run.registerCommand(
    answerConsultationUpdate,
    (a) => ({ type: EngagementCommandType.AnswerConsultation, actor: a.actor, consultationId: a.consultationId, concurs: a.concurs }),
    (a) => ({ note: a.note }),
  );
  run.registerCommand(
    withdrawUpdate,
    (a) => ({ type: EngagementCommandType.Withdraw, actor: a.actor }),
    (a) => ({ reason: a.reason }),
    (_a, event) => run.endGrantWorkflows(GrantEndReason.EngagementWithdrawn, event.at),
  );
  run.registerCommand(
    openWindowUpdate,
    (a) => ({ type: EngagementCommandType.OpenWindow, actor: a.actor, days: a.days, dayMs: a.dayMs, remindBeforeMs: a.remindBeforeMs }),
    (a) => ({ window: { accessEndpoint: a.accessEndpoint, artifactDigest: a.artifactDigest } }),
  );
  run.registerCommand(
    endWindowUpdate,
    (a) => ({ type: EngagementCommandType.EndWindow, actor: a.actor }),
    () => ({}),
  );
  run.registerCommand(
    declineAccessUpdate,
    (a) => ({ type: EngagementCommandType.DeclineAccess, actor: a.actor }),
    () => ({}),
  );
  run.registerCommand(
    recordFindingUpdate,
    (a) => ({
      type: EngagementCommandType.RecordFinding,
      actor: a.actor,
      findingId: a.findingId,
      inputs: { inKev: a.inKev, publiclyExposed: a.publiclyExposed, automatable: a.automatable, technicalImpact: a.technicalImpact },
    }),
    ({ actor: _actor, findingId: _id, ...finding }) => ({ finding }),
    (_a, event) => run.startFindingClock(event),
  );
  run.registerCommand(
    respondToFindingUpdate,
    (a) => ({ type: EngagementCommandType.RespondToFinding, actor: a.actor, findingId: a.findingId, status: a.status }),
    (a) => ({ note: a.note }),
  );
  run.registerCommand(
    releaseUpdate,
    (a) => ({ type: EngagementCommandType.Release, actor: a.actor, releasedAt: a.releasedAt }),
    () => ({}),
  );
  run.registerCommand(
    closeUpdate,
    (a) => ({ type: EngagementCommandType.Close, actor: a.actor }),
    () => ({}),
    (_a, event) => run.endGrantWorkflows(GrantEndReason.EngagementClosed, event.at),
  );
  run.registerCommand(
    nominateUpdate,
    (a) => ({
      type: EngagementCommandType.Nominate,
      actor: a.actor,
      nominationId: a.nominationId,
      answerWithinMs: a.answerWithinMs,
      accessEndsAt: a.accessEndsAt,
    }),
    (a) => ({ nomination: { partnerIds: a.partnerIds, filter: a.filter, durationDays: a.durationDays, accessEndsAt: a.accessEndsAt, scopes: a.scopes } }),
  );
  run.registerCommand(
    approveNominationUpdate,
    (a) => ({ type: EngagementCommandType.ApproveNomination, actor: a.actor, nominationId: a.nominationId, acceptWithinMs: a.acceptWithinMs }),
    () => ({}),
    (a) => {
      if (!options.grantsStartOnAcceptance) {
        run.inBackground(run.fanOutActivities.startGrantWorkflows({ nominationId: a.nominationId }));
      }
    },
  );
  run.registerCommand(
    declineNominationUpdate,
    (a) => ({ type: EngagementCommandType.DeclineNomination, actor: a.actor, nominationId: a.nominationId }),
    () => ({}),
  );
  run.registerCommand(
    publishTermsUpdate,
    (a) => ({ type: EngagementCommandType.PublishTerms, actor: a.actor, version: a.version }),
    (a) => ({ terms: { text: a.text, accessEndpoint: a.accessEndpoint } }),
  );
  run.registerCommand(
    revokeGrantsUpdate,
    (a) => ({ type: EngagementCommandType.RevokeGrants, actor: a.actor }),
    (a) => ({ revocation: { sector: a.sector, reason: a.reason } }),
    (a, event) =>
      run.inBackground(
        run.fanOutActivities.signalGrantsEnded({ engagementId: run.input.engagementId, sector: a.sector, reason: GrantEndReason.Revoked, endedAt: event.at }),
      ),
  );
}
