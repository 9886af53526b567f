import { DomainErrorCode, DomainRuleError } from './domain-error';
import { EngagementRecord, EngagementStage } from './engagement-stage';
import { EngagementCommandType, targetStage } from './engagement-transitions';
import { mayRevokeGrant } from './grant';
import { Actor, hasRole, Role } from './roles';

/** The commands that end access, which never wait on a workflow being alive. */
export type AccessEnding = EngagementCommandType.Withdraw | EngagementCommandType.RevokeGrants;

/**
 * Decides an ending of access from the record alone, by the same rules the workflow applies: a
 * withdrawal by the engagement's own developers at any stage before it ends, a bulk revocation by
 * them or a program administrator while partners can hold grants. Returns the stage it leads to.
 */
export function decideAccessEnding(record: EngagementRecord, command: AccessEnding, actor: Actor): EngagementStage {
  const refuse = (code: DomainErrorCode, message: string): never => {
    throw new DomainRuleError(code, message, { stage: record.stage });
  };
  const toStage =
    targetStage(record.stage, command) ?? refuse(DomainErrorCode.IllegalTransition, `${command} is not allowed while the engagement is ${record.stage}`);
  switch (command) {
    case EngagementCommandType.Withdraw:
      if (!hasRole(actor, Role.Developer)) {
        refuse(DomainErrorCode.RoleRequired, `this action needs the ${Role.Developer} role`);
      }
      if (actor.org !== record.developerOrg) {
        refuse(DomainErrorCode.NotOnRoster, 'only the developer organization may do this');
      }
      return toStage;
    case EngagementCommandType.RevokeGrants:
      if (!mayRevokeGrant(actor, record.developerOrg)) {
        refuse(DomainErrorCode.RoleRequired, 'grants are revoked by the developer organization or a program administrator');
      }
      return toStage;
  }
}
