import { Injectable } from '@nestjs/common';

import { Actor, hasRole, OrganizationKind, Role } from '#domain';
import { InquiryRequestEntity, InquiryRequestRepository } from '#persistence';
import { FieldCipher, SEALED_AT } from '#security';

import { OrganizationDirectoryService } from '../../auth/organization-directory.service';
import { type CommandContext, uuidFor } from '../../common/command-context.decorator';
import { RegistryErrorCode, RegistryException, RequestErrorCode, RequestException, ResourceException } from '../../errors/api-errors';
import { InquiryRequestCommandsService } from '../../temporal/inquiry-request-commands.service';
import {
  AcceptInquiryRequestDto,
  InquiryRequestDto,
  InquiryRequestListDto,
  ListInquiryRequestsQuery,
  OpenInquiryRequestDto,
  toInquiryRequest,
} from './dto/inquiry-request.dto';

/**
 * Government requests: program administrators open them and see them all; a developer sees its own
 * organization's and answers them. Anyone else, and a developer of another organization, learns nothing
 * (404), not even that a request exists.
 */
@Injectable()
export class InquiryRequestsService {
  constructor(
    private readonly requests: InquiryRequestRepository,
    private readonly commands: InquiryRequestCommandsService,
    private readonly organizations: OrganizationDirectoryService,
    private readonly cipher: FieldCipher,
  ) {}

  async open(ctx: CommandContext, dto: OpenInquiryRequestDto): Promise<InquiryRequestDto> {
    const kind = await this.organizations.kindOf(dto.developerOrg);
    if (kind === null) {
      throw new RegistryException(RegistryErrorCode.OrganizationNotRegistered, `${dto.developerOrg} is not a registered organization`, {
        errors: [{ field: 'developerOrg', message: 'is not registered' }],
      });
    }
    if (kind !== OrganizationKind.AiDeveloper) {
      throw new RegistryException(RegistryErrorCode.NotADeveloperOrganization, `${dto.developerOrg} is a ${kind} organization, not a developer`, {
        errors: [{ field: 'developerOrg', message: `is a ${kind} organization` }],
      });
    }
    const respondBy = Date.parse(dto.respondBy);
    if (respondBy <= Date.now()) {
      throw new RequestException(RequestErrorCode.InstantPassed, 'respondBy must be in the future', {
        errors: [{ field: 'respondBy', message: 'must be a future instant' }],
      });
    }
    const id = ctx.newId('request');
    await this.commands.open(
      id,
      { type: 'OPEN', actor: ctx.actor, developerOrg: dto.developerOrg, respondBy, content: { modelName: dto.modelName, note: dto.note } },
      ctx.commandId,
    );
    return this.detail(ctx.actor, id);
  }

  async list(actor: Actor, query: ListInquiryRequestsQuery): Promise<InquiryRequestListDto> {
    const rows = await this.requests.list({ status: query.status, ...(hasRole(actor, Role.ProgramAdmin) ? {} : { developerOrg: actor.org }) });
    return { items: rows.map((row) => this.toDto(row)) };
  }

  async detail(actor: Actor, id: string): Promise<InquiryRequestDto> {
    return this.toDto(await this.visible(actor, id));
  }

  /** Accepting submits the inquiry (as the caller) and answers with the request, which names it. */
  async accept(ctx: CommandContext, id: string, dto: AcceptInquiryRequestDto): Promise<InquiryRequestDto> {
    const row = await this.answerable(ctx.actor, id);
    // The validated body holds the inquiry's fields and nothing else (unknown fields are refused).
    const submission = { ...dto };
    // One inquiry per request, whatever key each try is sent under: a second try after a failed one joins the first's.
    const engagementId = uuidFor(id, 'requested-engagement');
    await this.commands.answer(id, row.status, { type: 'ACCEPT', actor: ctx.actor, engagementId, submission }, ctx.commandId);
    return this.detail(ctx.actor, id);
  }

  async decline(ctx: CommandContext, id: string): Promise<InquiryRequestDto> {
    const row = await this.answerable(ctx.actor, id);
    await this.commands.answer(id, row.status, { type: 'DECLINE', actor: ctx.actor }, ctx.commandId);
    return this.detail(ctx.actor, id);
  }

  /** A request the caller may read: any for program administrators, their own organization's for developers. */
  private async visible(actor: Actor, id: string): Promise<InquiryRequestEntity> {
    const row = await this.requests.find(id);
    const mayRead = row !== null && (hasRole(actor, Role.ProgramAdmin) || (hasRole(actor, Role.Developer) && row.developerOrg === actor.org));
    if (!mayRead) {
      throw new ResourceException('request');
    }
    return row;
  }

  /** Only the organization asked answers: to a developer of any other, the request does not exist. */
  private async answerable(actor: Actor, id: string): Promise<InquiryRequestEntity> {
    const row = await this.requests.find(id);
    if (row === null || row.developerOrg !== actor.org) {
      throw new ResourceException('request');
    }
    return row;
  }

  private toDto(row: InquiryRequestEntity): InquiryRequestDto {
    return toInquiryRequest(row, {
      modelName: this.cipher.open(row.modelNameSealed, SEALED_AT.requestModelName(row.id)),
      note: this.cipher.open(row.noteSealed, SEALED_AT.requestNote(row.id)),
    });
  }
}
