import { randomUUID } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';

import { Actor, MAX_IMPORT_ROWS, OrganizationKind, VerificationStatus } from '#domain';
import { AuditGroupCommit, AuditRepository, OrganizationRepository, PartnerEntity, PartnerRepository, Tx, UnitOfWork } from '#persistence';
import { FieldCipher } from '#security';

import { decodeCursor, keysetPage } from '../../common/pagination';
import { flatten } from '../../common/validation';
import { RegistryErrorCode, RegistryException, RequestErrorCode, RequestException, ResourceException } from '../../errors/api-errors';
import { csvObjects } from './csv';
import {
  contactsAt,
  CreatePartnerDto,
  DirectoryListDto,
  DirectoryQuery,
  ImportReportDto,
  ListPartnersQuery,
  PartnerDto,
  PartnerListDto,
  toPartner,
  toPartnerSummary,
  UpdatePartnerDto,
} from './dto/partner.dto';

const CSV_COLUMNS = ['id', 'name', 'sector', 'state', 'status', 'contact_name', 'contact_email', 'contact_phone'];

function isIdCursor(value: unknown): value is { id: string } {
  return typeof (value as { id?: unknown } | null)?.id === 'string';
}

/** A CSV record in the shape of a JSON row: one contact, blank fields left out. */
function rowFromCsv(record: Record<string, string>): Record<string, unknown> {
  const text = (name: string): string | undefined => record[name]?.trim() || undefined;
  const contact = { name: text('contact_name'), email: text('contact_email'), phone: text('contact_phone') };
  return {
    id: text('id'),
    name: text('name'),
    sector: text('sector'),
    state: text('state'),
    status: text('status'),
    contacts: contact.name || contact.email || contact.phone ? [Object.fromEntries(Object.entries(contact).filter(([, v]) => v !== undefined))] : [],
  };
}

/** The trusted-partner registry, kept by program administrators. */
@Injectable()
export class PartnersService {
  constructor(
    private readonly partners: PartnerRepository,
    private readonly organizations: OrganizationRepository,
    private readonly audit: AuditRepository,
    private readonly auditGroup: AuditGroupCommit,
    private readonly unitOfWork: UnitOfWork,
    private readonly cipher: FieldCipher,
  ) {}

  async create(actor: Actor, dto: CreatePartnerDto): Promise<PartnerDto> {
    const entity = this.entity(dto, new Date());
    await this.unitOfWork.run(async (tx) => {
      if (await this.partners.find(entity.id, tx)) {
        throw new RegistryException(RegistryErrorCode.PartnerExists, `partner ${entity.id} already exists`, {
          errors: [{ field: 'id', message: 'a partner with this id already exists' }],
        });
      }
      const taken = (await this.otherKinds(tx, [entity.id])).get(entity.id);
      if (taken !== undefined) {
        throw new RegistryException(RegistryErrorCode.OrganizationExists, `${entity.id} is the id of a ${taken} organization`, {
          errors: [{ field: 'id', message: `the id of a ${taken} organization, not a partner's` }],
        });
      }
      await this.organizations.upsertPartners(tx, [entity]);
      await this.partners.upsert(tx, [entity]);
      await this.audit.append(tx, [
        this.event(actor, 'partner.created', entity.id, { sector: entity.sector, state: entity.state, status: entity.status }),
        this.contactsRead(actor, entity.id),
      ]);
    });
    return toPartner(entity, this.cipher);
  }

  async update(actor: Actor, id: string, dto: UpdatePartnerDto): Promise<PartnerDto> {
    const updated = await this.unitOfWork.run(async (tx) => {
      const existing = await this.partners.find(id, tx);
      if (!existing) {
        throw new ResourceException('partner');
      }
      const patch = {
        ...(dto.name !== undefined ? { name: dto.name } : {}),
        ...(dto.status !== undefined ? { status: dto.status } : {}),
        ...(dto.contacts !== undefined ? { contactsSealed: this.cipher.seal(JSON.stringify(dto.contacts), contactsAt(id)) } : {}),
        updatedAt: new Date(),
      };
      await this.partners.update(tx, id, patch);
      if (dto.name !== undefined) {
        await this.organizations.update(tx, id, { name: dto.name, updatedAt: patch.updatedAt });
      }
      await this.audit.append(tx, [
        this.event(actor, 'partner.updated', id, {
          fields: Object.keys(dto).filter((k) => k !== 'contacts' || dto.contacts !== undefined),
          status: dto.status ?? existing.status,
        }),
        // As an import records it: a suspension is told to the partner and the developers it holds grants from.
        ...(dto.status !== undefined && dto.status !== existing.status
          ? [this.event(actor, 'partner.status_changed', id, { from: existing.status, to: dto.status, by: 'update' })]
          : []),
        this.contactsRead(actor, id),
      ]);
      return { ...existing, ...patch };
    });
    return toPartner(updated, this.cipher);
  }

  /**
   * Imports up to 50,000 rows (JSON rows or CSV). Each row is validated on its own: good rows are
   * created or updated by id, bad ones come back with their errors, and neither blocks the other.
   */
  async import(actor: Actor, body: unknown, csv: string | undefined): Promise<ImportReportDto> {
    const rows = csv === undefined ? this.jsonRows(body) : this.csvRows(csv);
    if (rows.length > MAX_IMPORT_ROWS) {
      throw new RequestException(RequestErrorCode.ValidationFailed, `an import holds at most ${MAX_IMPORT_ROWS} rows, not ${rows.length}`, {
        errors: [{ field: 'rows', message: `at most ${MAX_IMPORT_ROWS} rows` }],
      });
    }
    const now = new Date();
    const valid: { row: number; dto: CreatePartnerDto; entity: PartnerEntity }[] = [];
    const rejected: ImportReportDto['rejected'] = [];
    const seen = new Set<string>();
    rows.forEach((row, index) => {
      if (row === null || typeof row !== 'object' || Array.isArray(row)) {
        rejected.push({ row: index + 1, errors: ['row: must be an object naming one partner'] });
        return;
      }
      const dto = plainToInstance(CreatePartnerDto, row);
      const problems = flatten(validateSync(dto, { whitelist: true, forbidNonWhitelisted: true, forbidUnknownValues: true })).map(
        (e) => `${e.field}: ${e.message}`,
      );
      if (dto.id !== undefined && seen.has(dto.id)) {
        problems.push(`id: ${dto.id} appears earlier in this import`);
      }
      if (problems.length > 0) {
        rejected.push({ row: index + 1, errors: problems });
        return;
      }
      const entity = this.entity(dto, now);
      seen.add(entity.id);
      valid.push({ row: index + 1, dto, entity });
    });
    const { accepted, created, updated } = await this.unitOfWork.run(async (tx) => {
      // An id that belongs to a government or developer organization is never a partner's.
      const taken = await this.otherKinds(
        tx,
        valid.map((v) => v.entity.id),
      );
      const accepted = valid.filter((v) => !taken.has(v.entity.id));
      valid
        .filter((v) => taken.has(v.entity.id))
        .forEach((v) => rejected.push({ row: v.row, errors: [`id: the id of a ${taken.get(v.entity.id)} organization, not a partner's`] }));
      await this.organizations.upsertPartners(
        tx,
        accepted.map((a) => a.entity),
      );
      // A row that names no status leaves an existing partner's as it is: re-importing the registry
      // never quietly re-verifies a suspended partner (and so resumes its grants).
      const existing = await this.partners.statusesOf(
        tx,
        accepted.map((a) => a.entity.id),
      );
      const entities = accepted.map(({ dto, entity }) => ({ ...entity, status: dto.status ?? existing.get(entity.id) ?? entity.status }));
      const counts = await this.partners.upsert(tx, entities);
      const statusChanges = entities.filter((e) => existing.has(e.id) && existing.get(e.id) !== e.status);
      await this.audit.append(tx, [
        ...statusChanges.map((e) => this.event(actor, 'partner.status_changed', e.id, { from: existing.get(e.id)!, to: e.status, by: 'import' })),
        this.event(actor, 'partner.imported', 'registry', {
          accepted: accepted.length,
          rejected: rejected.length,
          created: counts.created,
          updated: counts.updated,
          statusChanges: statusChanges.length,
          format: csv === undefined ? 'json' : 'csv',
        }),
      ]);
      return { accepted, ...counts };
    });
    return { accepted: accepted.length, created, updated, rejected: rejected.sort((a, b) => a.row - b.row) };
  }

  /** Of the ids given, those registered as organizations of a kind other than PARTNER, with their kind (locked until commit). */
  private async otherKinds(tx: Tx, ids: readonly string[]): Promise<Map<string, OrganizationKind>> {
    const kinds = await this.organizations.kindsOf(tx, ids);
    return new Map([...kinds].filter(([, kind]) => kind !== OrganizationKind.Partner));
  }

  async list(query: ListPartnersQuery): Promise<PartnerListDto> {
    const after = query.cursor ? decodeCursor(query.cursor, isIdCursor).id : undefined;
    const rows = await this.partners.list({ sector: query.sector, state: query.state, status: query.status, q: query.q }, query.limit + 1, after);
    return keysetPage(rows, query.limit, toPartnerSummary, (last) => ({ id: last.id }));
  }

  /** The verified partners, as a nominator may browse them: name, sector and state, nothing else. */
  async directory(query: DirectoryQuery): Promise<DirectoryListDto> {
    const after = query.cursor ? decodeCursor(query.cursor, isIdCursor).id : undefined;
    const [rows, total] = await Promise.all([
      this.partners.list({ sector: query.sector, state: query.state, status: VerificationStatus.Verified, q: query.q }, query.limit + 1, after),
      this.partners.countVerified({ sector: query.sector, state: query.state, q: query.q }),
    ]);
    const page = keysetPage(
      rows,
      query.limit,
      (p) => ({ id: p.id, name: p.name, sector: p.sector, state: p.state }),
      (last) => ({ id: last.id }),
    );
    return { ...page, total };
  }

  /** One partner with its contacts, which leave only once the read's audit event is durable. */
  async detail(actor: Actor, id: string): Promise<PartnerDto> {
    const partner = await this.partners.find(id);
    if (!partner) {
      throw new ResourceException('partner');
    }
    await this.auditGroup.appendRead(actor, {
      action: 'partner.viewed',
      engagementId: null,
      subjectType: 'partner',
      subjectId: id,
      details: { fields: ['contacts'] },
    });
    return toPartner(partner, this.cipher);
  }

  private entity(dto: CreatePartnerDto, now: Date): PartnerEntity {
    const id = dto.id ?? randomUUID();
    return {
      id,
      name: dto.name,
      sector: dto.sector,
      state: dto.state,
      status: dto.status ?? VerificationStatus.Verified,
      contactsSealed: this.cipher.seal(JSON.stringify(dto.contacts), contactsAt(id)),
      createdAt: now,
      updatedAt: now,
    };
  }

  /** The answer carries the partner's contacts, opened: a read audited like GET's, in the change's transaction. */
  private contactsRead(actor: Actor, subjectId: string) {
    return { ...this.event(actor, 'partner.viewed', subjectId, { fields: ['contacts'] }), outcome: 'READ' };
  }

  private event(actor: Actor, action: string, subjectId: string, details: Record<string, string | number | string[]>) {
    return { actorSub: actor.sub, actorRoles: actor.roles, action, engagementId: null, subjectType: 'partner', subjectId, outcome: 'ACCEPTED', details };
  }

  private jsonRows(body: unknown): unknown[] {
    const rows = (body as { rows?: unknown } | null)?.rows;
    const extra = body !== null && typeof body === 'object' ? Object.keys(body).filter((k) => k !== 'rows') : [];
    if (!Array.isArray(rows) || extra.length > 0) {
      throw new RequestException(RequestErrorCode.ValidationFailed, 'send { "rows": [...] } as JSON, or CSV as text/csv', {
        errors: [{ field: 'rows', message: 'must be an array of partners, and the only field' }],
      });
    }
    return rows;
  }

  private csvRows(text: string): unknown[] {
    const { header, rows } = csvObjects(text);
    const missing = ['name', 'sector', 'state'].filter((column) => !header.includes(column));
    const unknown = header.filter((column) => !CSV_COLUMNS.includes(column));
    if (missing.length > 0 || unknown.length > 0) {
      throw new RequestException(RequestErrorCode.ValidationFailed, `the CSV header must name ${CSV_COLUMNS.join(',')}`, {
        errors: [...missing.map((c) => ({ field: c, message: 'column missing' })), ...unknown.map((c) => ({ field: c, message: 'unknown column' }))],
      });
    }
    return rows.map(rowFromCsv);
  }
}
