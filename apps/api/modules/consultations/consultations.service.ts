import { Injectable } from '@nestjs/common';

import { answerConsultationUpdate, consultUpdate } from '#contracts';
import { Actor, OrganizationKind } from '#domain';
import { AuditGroupCommit, ConsultationRepository, ConsultationWithEngagement, EngagementKeys, EngagementRepository } from '#persistence';
import { mayReadConsultation, SEALED_AT } from '#security';

import { rosterFacts } from '../../auth/access-facts';
import { EngagementAccessService } from '../../auth/engagement-access.service';
import { OrganizationDirectoryService } from '../../auth/organization-directory.service';
import type { CommandContext } from '../../common/command-context.decorator';
import { CONSULTATION_CONFIDENTIAL_FIELDS, toConsultation } from '../../common/consultation.dto';
import { RegistryErrorCode, RegistryException, RequestErrorCode, RequestException, ResourceException } from '../../errors/api-errors';
import { EngagementCommandsService } from '../../temporal/engagement-commands.service';
import { AnswerConsultationDto, AskConsultationDto, ConsultationListDto, ConsultationWithEngagementDto } from './dto/consultation-commands.dto';

/**
 * Consultation on determinations: an authority asks another government organization before deciding; a
 * designation authority of that organization reads the question (with the engagement's metadata, nothing
 * more) and answers. To anyone else a consultation does not exist (404).
 */
@Injectable()
export class ConsultationsService {
  constructor(
    private readonly consultations: ConsultationRepository,
    private readonly engagements: EngagementRepository,
    private readonly access: EngagementAccessService,
    private readonly commands: EngagementCommandsService,
    private readonly organizations: OrganizationDirectoryService,
    private readonly auditGroup: AuditGroupCommit,
    private readonly keys: EngagementKeys,
  ) {}

  async ask(ctx: CommandContext, engagementId: string, dto: AskConsultationDto): Promise<ConsultationWithEngagementDto> {
    await this.access.requireVisible(ctx.actor, engagementId);
    const kind = await this.organizations.kindOf(dto.organization);
    if (kind === null) {
      throw new RegistryException(RegistryErrorCode.OrganizationNotRegistered, `${dto.organization} is not a registered organization`, {
        errors: [{ field: 'organization', message: 'is not registered' }],
      });
    }
    if (kind !== OrganizationKind.Government) {
      throw new RegistryException(RegistryErrorCode.NotAGovernmentOrganization, `${dto.organization} is a ${kind} organization, not a government one`, {
        errors: [{ field: 'organization', message: `is a ${kind} organization` }],
      });
    }
    const answerBy = Date.parse(dto.answerBy);
    if (answerBy <= Date.now()) {
      throw new RequestException(RequestErrorCode.InstantPassed, 'answerBy must be in the future', {
        errors: [{ field: 'answerBy', message: 'must be a future instant' }],
      });
    }
    const consultationId = ctx.newId('consultation');
    await this.commands.sendAs(ctx, engagementId, consultUpdate, {
      actor: ctx.actor,
      consultationId,
      organization: dto.organization,
      answerBy,
      question: dto.question,
    });
    return this.summary(await this.existing(consultationId));
  }

  async answer(ctx: CommandContext, engagementId: string, consultationId: string, dto: AnswerConsultationDto): Promise<ConsultationWithEngagementDto> {
    const found = await this.readable(ctx.actor, consultationId);
    if (found.consultation.engagementId !== engagementId) {
      throw new ResourceException('consultation');
    }
    await this.commands.sendAs(ctx, engagementId, answerConsultationUpdate, {
      actor: ctx.actor,
      consultationId,
      concurs: dto.concurs,
      ...(dto.note === undefined ? {} : { note: dto.note }),
    });
    return this.summary(await this.existing(consultationId));
  }

  /** Those asked of the caller's organization, and those the caller asked: metadata only, so not audited. */
  async list(actor: Actor): Promise<ConsultationListDto> {
    const rows = await this.consultations.list({ organization: actor.org, askedBy: actor.sub });
    return { items: rows.map((row) => this.summary(row)) };
  }

  /** One consultation with its question and answer, once that read is audited. */
  async detail(actor: Actor, consultationId: string): Promise<ConsultationWithEngagementDto> {
    const found = await this.readable(actor, consultationId);
    const { consultation } = found;
    await this.auditGroup.appendRead(actor, {
      action: 'consultation.viewed',
      engagementId: consultation.engagementId,
      subjectType: 'consultation',
      subjectId: consultation.id,
      details: { fields: [...CONSULTATION_CONFIDENTIAL_FIELDS] },
    });
    const cipher = await this.keys.readerFor(consultation.engagementId);
    return {
      ...this.summary(found),
      question: cipher.open(consultation.questionSealed, SEALED_AT.consultationQuestion(consultation.id)),
      note: cipher.openOptional(consultation.noteSealed, SEALED_AT.consultationNote(consultation.id)) ?? null,
    };
  }

  /** A consultation the caller may read (libs/security mayReadConsultation), else 404. */
  private async readable(actor: Actor, consultationId: string): Promise<ConsultationWithEngagement> {
    const found = await this.consultations.find(consultationId);
    const roster = found === null ? null : await this.engagements.findRoster(found.consultation.engagementId);
    if (found === null || roster === null || !mayReadConsultation(actor, found.consultation, rosterFacts(roster))) {
      throw new ResourceException('consultation');
    }
    return found;
  }

  private async existing(consultationId: string): Promise<ConsultationWithEngagement> {
    const found = await this.consultations.find(consultationId);
    if (found === null) {
      throw new Error(`consultation ${consultationId} was committed but is not in the read model`);
    }
    return found;
  }

  private summary({ consultation, engagement }: ConsultationWithEngagement): ConsultationWithEngagementDto {
    const { stage } = engagement;
    return {
      ...toConsultation(consultation, stage),
      engagement: {
        id: engagement.id,
        developerOrg: engagement.developerOrg,
        modelName: engagement.modelName,
        modelVersion: engagement.modelVersion,
        stage,
        determinationDueAt: engagement.determinationDueAt.toISOString(),
      },
    };
  }
}
