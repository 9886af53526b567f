import { createHash, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import {
  assignReviewersUpdate,
  attestUpdate,
  closeUpdate,
  CommandResult,
  declineAccessUpdate,
  determineUpdate,
  endWindowUpdate,
  openWindowUpdate,
  releaseUpdate,
  recommendUpdate,
  recordBenchmarkUpdate,
  withdrawUpdate,
} from '#contracts';
import { AppConfig } from '#config';
import { DEFAULT_WINDOW_DAYS, EngagementStage } from '#domain';
import type { CommandContext } from '../../common/command-context.decorator';
import { EngagementRepository } from '#persistence';
import type { UpdateDefinition } from '@temporalio/common';
import { ResourceException } from '../../common/api-errors';
import { EngagementCommands } from '../../temporal/engagement-commands.service';
import { WorkflowAlreadyRanError } from '../../temporal/update-sender.service';
import {
  AssignReviewersDto,
  AttestationDto,
  BenchmarkResultDto,
  CreateEngagementDto,
  OpenWindowDto,
  OutcomeDto,
  ReleaseDto,
  WithdrawDto,
} from './dto/engagement-commands.dto';
import { EngagementSummaryDto, toEngagementSummary } from './dto/engagement.response';
import { EngagementAccess } from './engagement-access.service';

/** A stable UUID for a command's new resource, so a repeated command names the same one. */
export function uuidFor(commandId: string, purpose: string): string {
  const hex = createHash('sha256').update(`${purpose}\n${commandId}`).digest('hex');
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/**
 * Commands: check the caller may see the engagement (else 404), send the Update, then answer from
 * the read model the workflow has just brought up to date.
 */
@Injectable()
export class EngagementsService {
  constructor(
    private readonly config: AppConfig,
    private readonly commands: EngagementCommands,
    private readonly engagements: EngagementRepository,
    private readonly access: EngagementAccess,
  ) {}

  async create(ctx: CommandContext, dto: CreateEngagementDto): Promise<EngagementSummaryDto> {
    const id = ctx.idempotent ? uuidFor(ctx.commandId, 'engagement') : randomUUID();
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

  assignReviewers(ctx: CommandContext, id: string, dto: AssignReviewersDto): Promise<EngagementSummaryDto> {
    return this.send(ctx, id, assignReviewersUpdate, { actor: ctx.actor, reviewerIds: dto.reviewerIds });
  }

  attest(ctx: CommandContext, id: string, dto: AttestationDto): Promise<EngagementSummaryDto> {
    return this.send(ctx, id, attestUpdate, { actor: ctx.actor, statement: dto.statement });
  }

  recordBenchmark(ctx: CommandContext, id: string, dto: BenchmarkResultDto): Promise<EngagementSummaryDto> {
    const benchmarkId = ctx.idempotent ? uuidFor(ctx.commandId, 'benchmark') : randomUUID();
    return this.send(ctx, id, recordBenchmarkUpdate, { actor: ctx.actor, benchmarkId, ...dto });
  }

  recommend(ctx: CommandContext, id: string, dto: OutcomeDto): Promise<EngagementSummaryDto> {
    return this.send(ctx, id, recommendUpdate, { actor: ctx.actor, outcome: dto.outcome, rationale: dto.rationale });
  }

  determine(ctx: CommandContext, id: string, dto: OutcomeDto): Promise<EngagementSummaryDto> {
    return this.send(ctx, id, determineUpdate, { actor: ctx.actor, outcome: dto.outcome, rationale: dto.rationale });
  }

  withdraw(ctx: CommandContext, id: string, dto: WithdrawDto): Promise<EngagementSummaryDto> {
    return this.send(ctx, id, withdrawUpdate, { actor: ctx.actor, reason: dto.reason });
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

  /** Sends a command on behalf of a caller who can see the engagement (else 404), and answers from the read model. */
  async send<A>(ctx: CommandContext, id: string, update: UpdateDefinition<CommandResult, [A]>, args: A): Promise<EngagementSummaryDto> {
    const { roster } = await this.access.requireVisible(ctx.actor, id);
    const result = await this.commands.send(id, update, args, ctx.commandId, roster.engagement.stage as EngagementStage);
    return this.summary(result);
  }

  private async summary(result: CommandResult): Promise<EngagementSummaryDto> {
    const roster = await this.engagements.findRoster(result.engagementId);
    if (!roster) {
      throw new ResourceException('engagement');
    }
    return toEngagementSummary(roster.engagement);
  }
}
