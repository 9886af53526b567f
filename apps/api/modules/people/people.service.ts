import { Injectable, Logger } from '@nestjs/common';

import { unassignReviewerUpdate } from '#contracts';
import { Actor, ALL_STAGES, isTerminal, rolesOutsideKind } from '#domain';
import {
  AuditRepository,
  BrowserSessionRepository,
  EngagementRepository,
  OrganizationRepository,
  PeopleRepository,
  PersonEntity,
  UnitOfWork,
} from '#persistence';
import { contentDigest } from '#security';

import { PeopleDirectoryService } from '../../auth/people-directory.service';
import type { CommandContext } from '../../common/command-context.decorator';
import { decodeCursor, keysetPage } from '../../common/pagination';
import { RegistryErrorCode, RegistryException, ResourceException } from '../../errors/api-errors';
import { EngagementCommandsService } from '../../temporal/engagement-commands.service';
import { CreatePersonDto, DisabledPersonDto, DisablePersonDto, ListPeopleQuery, PersonListDto, toPerson } from './dto/person.dto';

function isSubCursor(value: unknown): value is { sub: string } {
  return typeof (value as { sub?: unknown } | null)?.sub === 'string';
}

const TERMINAL_STAGES = ALL_STAGES.filter(isTerminal);

/**
 * The directory of people, kept by program administrators: pre-registration (so a reviewer can be
 * assigned before their first sign-in), search, and disabling someone at once (the insider-risk case).
 */
@Injectable()
export class PeopleService {
  private readonly logger = new Logger(PeopleService.name);

  constructor(
    private readonly people: PeopleRepository,
    private readonly organizations: OrganizationRepository,
    private readonly sessions: BrowserSessionRepository,
    private readonly engagements: EngagementRepository,
    private readonly commands: EngagementCommandsService,
    private readonly audit: AuditRepository,
    private readonly unitOfWork: UnitOfWork,
    private readonly directory: PeopleDirectoryService,
  ) {}

  async list(query: ListPeopleQuery): Promise<PersonListDto> {
    const after = query.cursor ? decodeCursor(query.cursor, isSubCursor).sub : undefined;
    const rows = await this.people.list({ role: query.role, org: query.org, q: query.q }, query.limit + 1, after);
    return keysetPage(rows, query.limit, toPerson, (last) => ({ sub: last.sub }));
  }

  /** Adds a person of a registered organization, with roles its kind may hold, before they first sign in. */
  async register(actor: Actor, dto: CreatePersonDto) {
    const organization = await this.organizations.find(dto.org);
    if (!organization) {
      throw refused(RegistryErrorCode.OrganizationNotRegistered, 'org', `${dto.org} is not a registered organization`);
    }
    const outside = rolesOutsideKind(dto.roles, organization.kind);
    if (outside.length > 0) {
      throw refused(
        RegistryErrorCode.RolesNotForOrganization,
        'roles',
        `${dto.org} is a ${organization.kind} organization, which cannot hold ${outside.join(', ')}`,
      );
    }
    const now = new Date();
    const person: PersonEntity = {
      sub: dto.sub,
      name: dto.name,
      email: dto.email,
      org: dto.org,
      roles: [...dto.roles],
      status: 'ACTIVE',
      source: 'PRE_REGISTERED',
      createdAt: now,
      updatedAt: now,
      lastSeenAt: null,
      disabledAt: null,
    };
    await this.unitOfWork.run(async (tx) => {
      if (!(await this.people.preRegister(tx, person))) {
        throw new RegistryException(RegistryErrorCode.PersonExists, `${dto.sub} is in the directory already`);
      }
      await this.audit.append(tx, [event(actor, 'person.registered', dto.sub, { org: dto.org, roles: [...dto.roles] })]);
    });
    return toPerson(person);
  }

  /**
   * Disables a person at once: their browser sessions end and their tokens are refused (from the next
   * request on, in every API process within seconds), audited in one transaction; then each reviewer
   * assignment they hold on an engagement under way is ended through its workflow, as an unassignment.
   */
  async disable(ctx: CommandContext, sub: string, dto: DisablePersonDto): Promise<DisabledPersonDto> {
    const now = new Date();
    const { person, sessionsEnded } = await this.unitOfWork.run(async (tx) => {
      const found = await this.people.find(sub, tx);
      if (!found) {
        throw new ResourceException('person');
      }
      const disabled = await this.people.disable(tx, sub, now);
      const ended = await this.sessions.endAllOf(tx, sub, 'DISABLED', now);
      if (disabled) {
        await this.audit.append(tx, [
          event(ctx.actor, 'person.disabled', sub, { sessionsEnded: ended, ...(dto.reason ? { reasonDigest: contentDigest(dto.reason) } : {}) }),
        ]);
      }
      return { person: { ...found, status: 'DISABLED' as const, disabledAt: found.disabledAt ?? now }, sessionsEnded: ended };
    });
    this.directory.forget(sub);
    const assignmentsEnded: string[] = [];
    const assignmentsNotEnded: string[] = [];
    for (const engagementId of await this.engagements.openAssignmentsOf(sub, TERMINAL_STAGES)) {
      try {
        await this.commands.sendAs({ ...ctx, commandId: `${ctx.commandId}:${engagementId}` }, engagementId, unassignReviewerUpdate, {
          actor: ctx.actor,
          reviewerSub: sub,
        });
        assignmentsEnded.push(engagementId);
      } catch (error) {
        this.logger.warn(`could not end ${sub}'s assignment to ${engagementId}: ${String(error)}`);
        assignmentsNotEnded.push(engagementId);
      }
    }
    return { ...toPerson(person), sessionsEnded, assignmentsEnded, assignmentsNotEnded };
  }
}

/** A registry rule the request meets (an unregistered organization, say), named at the field that meets it. */
function refused(code: RegistryErrorCode, field: string, message: string): RegistryException {
  return new RegistryException(code, message, { errors: [{ field, message }] });
}

function event(actor: Actor, action: string, sub: string, details: Record<string, string | number | string[]>) {
  return { actorSub: actor.sub, actorRoles: actor.roles, action, engagementId: null, subjectType: 'person', subjectId: sub, outcome: 'ACCEPTED', details };
}
