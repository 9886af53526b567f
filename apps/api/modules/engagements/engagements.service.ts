import { Injectable } from '@nestjs/common';

import { AppConfig } from '#config';
import {
  assignReviewersUpdate,
  attestUpdate,
  closeUpdate,
  CommandResult,
  declineAccessUpdate,
  determineUpdate,
  endWindowUpdate,
  EngagementCommandUpdate,
  openWindowUpdate,
  recommendUpdate,
  recordBenchmarkUpdate,
  recuseUpdate,
  releaseUpdate,
  requestReconsiderationUpdate,
  unassignReviewerUpdate,
  withdrawUpdate,
} from '#contracts';
import { Actor, DEFAULT_WINDOW_DAYS, isTerminal, OrganizationKind, Role } from '#domain';
import { EngagementRepository, PeopleRepository } from '#persistence';
import { EngagementView } from '#security';

import { rosterView } from '../../auth/access-facts';
import { EngagementAccessService } from '../../auth/engagement-access.service';
import { OrganizationDirectoryService } from '../../auth/organization-directory.service';
import type { CommandContext } from '../../common/command-context.decorator';
import { FieldError, RequestErrorCode, RequestException, ResourceException } from '../../errors/api-errors';
import { AccessEndingsService } from '../../temporal/access-endings.service';
import { EngagementCommandsService } from '../../temporal/engagement-commands.service';
import { WorkflowAlreadyRanError, WorkflowNotRunningException } from '../../temporal/update-sender.service';
import { EngagementSummaryDto, toEngagementSummary } from './dto/engagement.response';
import {
  AssignReviewersDto,
  AttestationDto,
  BenchmarkResultDto,
  CreateEngagementDto,
  OpenWindowDto,
  OutcomeDto,
  ReconsiderationDto,
  RecusalDto,
  ReleaseDto,
  WithdrawDto,
} from './dto/engagement-commands.dto';

/**
 * Commands: check the caller may see the engagement (else 404), send the Update, then answer from
 * the read model the workflow has just brought up to date.
 */
@Injectable()
export class EngagementsService {
  constructor(
    private readonly config: AppConfig,
    private readonly commands: EngagementCommandsService,
    private readonly engagements: EngagementRepository,
    private readonly access: EngagementAccessService,
    private readonly endings: AccessEndingsService,
    private readonly people: PeopleRepository,
    private readonly organizations: OrganizationDirectoryService,
  ) {}

  async create(ctx: CommandContext, dto: CreateEngagementDto): Promise<EngagementSummaryDto> {
    const id = ctx.newId('engagement');
    if (dto.previousEngagementId !== undefined) {
      await this.requireLineage(ctx.actor, dto.previousEngagementId);
    }
    try {
      return this.summary(await this.commands.submit(id, { actor: ctx.actor, ...dto }, ctx.commandId));
    } catch (error) {
      if (!(error instanceof WorkflowAlreadyRanError)) {
        throw error;
      }
      // The same caller repeated a submission whose engagement has since ended: it is the same engagement.
      const { roster } = await this.access.requireVisible(ctx.actor, id);
      return toEngagementSummary(roster.engagement);
    }
  }

  /** A model's previous version is an engagement of the caller's own organization that the caller may see. */
  private async requireLineage(actor: Actor, previousEngagementId: string): Promise<void> {
    const previous = await this.engagements.findRoster(previousEngagementId);
    if (previous === null || previous.engagement.developerOrg !== actor.org || rosterView(actor, previous) === EngagementView.None) {
      throw new RequestException(RequestErrorCode.PreviousEngagementUnknown, 'previousEngagementId names no engagement of your organization', {
        errors: [{ field: 'previousEngagementId', message: 'is not an engagement of your organization' }],
      });
    }
  }

  /**
   * Assigns reviewers the directory knows: each an active person holding the reviewer role, of a
   * government organization (else 422 naming each). An engagement that has ended refuses any assignment
   * by its stage (409), whoever is named.
   */
  async assignReviewers(ctx: CommandContext, id: string, dto: AssignReviewersDto): Promise<EngagementSummaryDto> {
    const { roster } = await this.access.requireVisible(ctx.actor, id);
    if (!isTerminal(roster.engagement.stage)) {
      await this.requireAssignable(dto.reviewerIds);
    }
    return this.send(ctx, id, assignReviewersUpdate, { actor: ctx.actor, reviewerIds: dto.reviewerIds });
  }

  private async requireAssignable(reviewerIds: readonly string[]): Promise<void> {
    const people = new Map((await this.people.findMany(reviewerIds)).map((person) => [person.sub, person]));
    const errors: FieldError[] = [];
    for (const [index, sub] of reviewerIds.entries()) {
      const person = people.get(sub);
      const why = !person
        ? 'is not in the directory (a program administrator can pre-register them)'
        : person.status !== 'ACTIVE'
          ? 'is disabled in the directory'
          : !person.roles.includes(Role.Reviewer)
            ? 'is not a reviewer'
            : (await this.organizations.kindOf(person.org)) !== OrganizationKind.Government
              ? 'is not of a government organization'
              : undefined;
      if (why) {
        errors.push({ field: `reviewerIds[${index}]`, message: `${sub} ${why}` });
      }
    }
    if (errors.length > 0) {
      throw new RequestException(RequestErrorCode.ReviewersNotAssignable, `${errors.length} of the people named cannot be assigned as reviewers`, { errors });
    }
  }

  unassignReviewer(ctx: CommandContext, id: string, reviewerSub: string): Promise<EngagementSummaryDto> {
    return this.send(ctx, id, unassignReviewerUpdate, { actor: ctx.actor, reviewerSub });
  }

  recuse(ctx: CommandContext, id: string, dto: RecusalDto): Promise<EngagementSummaryDto> {
    return this.send(ctx, id, recuseUpdate, { actor: ctx.actor, reason: dto.reason });
  }

  attest(ctx: CommandContext, id: string, dto: AttestationDto): Promise<EngagementSummaryDto> {
    return this.send(ctx, id, attestUpdate, { actor: ctx.actor, statement: dto.statement });
  }

  recordBenchmark(ctx: CommandContext, id: string, dto: BenchmarkResultDto): Promise<EngagementSummaryDto> {
    const benchmarkId = ctx.newId('benchmark');
    return this.send(ctx, id, recordBenchmarkUpdate, { actor: ctx.actor, benchmarkId, ...dto });
  }

  recommend(ctx: CommandContext, id: string, dto: OutcomeDto): Promise<EngagementSummaryDto> {
    return this.send(ctx, id, recommendUpdate, { actor: ctx.actor, outcome: dto.outcome, rationale: dto.rationale });
  }

  determine(ctx: CommandContext, id: string, dto: OutcomeDto): Promise<EngagementSummaryDto> {
    return this.send(ctx, id, determineUpdate, { actor: ctx.actor, outcome: dto.outcome, rationale: dto.rationale });
  }

  requestReconsideration(ctx: CommandContext, id: string, dto: ReconsiderationDto): Promise<EngagementSummaryDto> {
    return this.send(ctx, id, requestReconsiderationUpdate, { actor: ctx.actor, rationale: dto.rationale });
  }

  /** A withdrawal never depends on the workflow being alive: without it, it is decided and written on the record. */
  async withdraw(ctx: CommandContext, id: string, dto: WithdrawDto): Promise<EngagementSummaryDto> {
    try {
      return await this.send(ctx, id, withdrawUpdate, { actor: ctx.actor, reason: dto.reason });
    } catch (error) {
      if (!(error instanceof WorkflowNotRunningException)) {
        throw error;
      }
      await this.endings.withdraw(ctx, id, dto.reason);
      if (error.why === 'OUT_OF_STEP') {
        await this.commands.stopOutOfStep(id);
      }
      return this.current(id);
    }
  }

  openWindow(ctx: CommandContext, id: string, dto: OpenWindowDto): Promise<EngagementSummaryDto> {
    return this.send(ctx, id, openWindowUpdate, {
      actor: ctx.actor,
      days: dto.days ?? DEFAULT_WINDOW_DAYS,
      dayMs: this.config.dayMs,
      remindBeforeMs: this.config.window.remindBeforeMs,
      accessEndpoint: dto.accessEndpoint,
      artifactDigest: dto.artifactDigest,
    });
  }

  endWindow(ctx: CommandContext, id: string): Promise<EngagementSummaryDto> {
    return this.send(ctx, id, endWindowUpdate, { actor: ctx.actor });
  }

  declineAccess(ctx: CommandContext, id: string): Promise<EngagementSummaryDto> {
    return this.send(ctx, id, declineAccessUpdate, { actor: ctx.actor });
  }

  release(ctx: CommandContext, id: string, dto: ReleaseDto): Promise<EngagementSummaryDto> {
    return this.send(ctx, id, releaseUpdate, { actor: ctx.actor, releasedAt: dto.releasedAt === undefined ? undefined : Date.parse(dto.releasedAt) });
  }

  close(ctx: CommandContext, id: string): Promise<EngagementSummaryDto> {
    return this.send(ctx, id, closeUpdate, { actor: ctx.actor });
  }

  /** Sends a command as the caller (404 if they may not see the engagement), and answers from the read model. */
  private async send<A>(ctx: CommandContext, id: string, update: EngagementCommandUpdate<A>, args: A): Promise<EngagementSummaryDto> {
    return this.summary(await this.commands.sendAs(ctx, id, update, args));
  }

  private summary(result: CommandResult): Promise<EngagementSummaryDto> {
    return this.current(result.engagementId);
  }

  private async current(id: string): Promise<EngagementSummaryDto> {
    const roster = await this.engagements.findRoster(id);
    if (!roster) {
      throw new ResourceException('engagement');
    }
    return toEngagementSummary(roster.engagement);
  }
}
