import { Injectable } from '@nestjs/common';

import { Actor, OrganizationKind } from '#domain';
import { AuditRepository, OrganizationEntity, OrganizationRepository, PartnerRepository, Tx, UnitOfWork } from '#persistence';

import { OrganizationDirectoryService } from '../../auth/organization-directory.service';
import { decodeCursor, keysetPage } from '../../common/pagination';
import { RegistryErrorCode, RegistryException, ResourceException } from '../../errors/api-errors';
import {
  CreateOrganizationDto,
  ListOrganizationsQuery,
  OrganizationDto,
  OrganizationListDto,
  toOrganization,
  UpdateOrganizationDto,
} from './dto/organization.dto';

function isIdCursor(value: unknown): value is { id: string } {
  return typeof (value as { id?: unknown } | null)?.id === 'string';
}

/** The registry of organizations and their kinds, kept by program administrators; every change is audited. */
@Injectable()
export class OrganizationsService {
  constructor(
    private readonly organizations: OrganizationRepository,
    private readonly partners: PartnerRepository,
    private readonly audit: AuditRepository,
    private readonly unitOfWork: UnitOfWork,
    private readonly directory: OrganizationDirectoryService,
  ) {}

  async list(query: ListOrganizationsQuery): Promise<OrganizationListDto> {
    const after = query.cursor ? decodeCursor(query.cursor, isIdCursor).id : undefined;
    const rows = await this.organizations.list(query.limit + 1, after, query.kind);
    return keysetPage(rows, query.limit, toOrganization, (last) => ({ id: last.id }));
  }

  async register(actor: Actor, dto: CreateOrganizationDto): Promise<OrganizationDto> {
    const now = new Date();
    const row: OrganizationEntity = { id: dto.id, name: dto.name, kind: dto.kind, createdAt: now, updatedAt: now };
    await this.unitOfWork.run(async (tx) => {
      if (!(await this.organizations.insert(tx, row))) {
        throw new RegistryException(RegistryErrorCode.OrganizationExists, `an organization ${dto.id} is registered already`);
      }
      await this.record(tx, actor, 'organization.registered', dto.id, { kind: dto.kind });
    });
    this.directory.forget(dto.id);
    return toOrganization(row);
  }

  async update(actor: Actor, id: string, dto: UpdateOrganizationDto): Promise<OrganizationDto> {
    const updated = await this.unitOfWork.run(async (tx) => {
      const existing = await this.organizations.find(id, tx);
      if (!existing) {
        throw new ResourceException('organization');
      }
      if (dto.kind !== undefined && dto.kind !== existing.kind && existing.kind === OrganizationKind.Partner && (await this.partners.find(id, tx))) {
        throw new RegistryException(RegistryErrorCode.OrganizationKindInUse, `${id} is in the partner registry and stays a PARTNER organization`);
      }
      const patch = { ...(dto.name === undefined ? {} : { name: dto.name }), ...(dto.kind === undefined ? {} : { kind: dto.kind }), updatedAt: new Date() };
      await this.organizations.update(tx, id, patch);
      await this.record(tx, actor, 'organization.updated', id, {
        fields: Object.keys(dto).filter((k) => dto[k as keyof UpdateOrganizationDto] !== undefined),
        ...(dto.kind !== undefined && dto.kind !== existing.kind ? { fromKind: existing.kind, toKind: dto.kind } : {}),
      });
      return { ...existing, ...patch };
    });
    this.directory.forget(id);
    return toOrganization(updated);
  }

  private async record(tx: Tx, actor: Actor, action: string, id: string, details: Record<string, string | string[]>): Promise<void> {
    await this.audit.append(tx, [
      { actorSub: actor.sub, actorRoles: actor.roles, action, engagementId: null, subjectType: 'organization', subjectId: id, outcome: 'ACCEPTED', details },
    ]);
  }
}
