import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { GrantEndReason, GrantStatus, PartnerSector, VerificationStatus } from '#domain';

import { GrantEntity } from '../entities';
import { Tx } from './unit-of-work';

/** Which grants a list may include: all of them, one partner's, or one developer organization's. */
export interface GrantScope {
  readonly all: boolean;
  readonly partnerId?: string;
  readonly developerOrg?: string;
}

/** A grant with what decides whether it may be used: its engagement, its partner and the terms in force. */
export interface GrantWithContext extends GrantEntity {
  readonly developerOrg: string;
  readonly currentTermsVersion: string | null;
  readonly currentTermsHash: string | null;
  /** The developer's gateway for partners, sealed: the terms' if they name one, else the window's. */
  readonly accessEndpointSealed: { readonly partner: string | null; readonly window: string | null };
  readonly modelName: string;
  readonly modelVersion: string;
  readonly artifactDigest: string | null;
  readonly partnerStatus: VerificationStatus;
  /** The partner organization's name in the registry, shown beside its id. */
  readonly partnerName: string;
}

const OPEN = `('PENDING_ACCEPTANCE', 'ACTIVE')`;

/**
 * SQL for a name-based UUID (version 8, RFC 9562 variant) from the MD5 of `name`: the same name
 * always gives the same grant id, so creating a nomination's grants twice creates nothing twice.
 */
const NAME_BASED_UUID = (name: string): string => {
  const h = `md5(${name})`;
  return `(substr(${h}, 1, 12) || '8' || substr(${h}, 14, 3) || substr('89ab', (('x' || substr(${h}, 17, 1))::bit(4)::int % 4) + 1, 1) || substr(${h}, 18, 15))::uuid`;
};

const WITH_CONTEXT = `
  SELECT g.id, g.engagement_id, g.nomination_id, g.partner_id, g.sector, g.status, g.scopes, g.duration_days, g.access_ends_at, g.accept_by,
         g.accepted_terms_version, g.accepted_at, g.activated_at, g.expires_at, g.ended_at, g.end_reason, g.created_at, g.updated_at,
         e.developer_org, e.current_terms_version, t.hash AS current_terms_hash,
         e.partner_access_endpoint_sealed, e.window_access_endpoint_sealed, g.end_note_sealed,
         e.model_name, e.model_version, e.window_artifact_digest, p.status AS partner_status, p.name AS partner_name
  FROM grants g
  JOIN engagements e ON e.id = g.engagement_id
  JOIN partners p ON p.id = g.partner_id
  LEFT JOIN partner_terms t ON t.engagement_id = g.engagement_id AND t.version = e.current_terms_version`;

interface ContextRow {
  id: string;
  engagement_id: string;
  nomination_id: string;
  partner_id: string;
  sector: PartnerSector;
  status: GrantStatus;
  scopes: string[];
  duration_days: number;
  access_ends_at: Date | null;
  accept_by: Date;
  accepted_terms_version: string | null;
  accepted_at: Date | null;
  activated_at: Date | null;
  expires_at: Date | null;
  ended_at: Date | null;
  end_reason: GrantEndReason | null;
  created_at: Date;
  updated_at: Date;
  developer_org: string;
  current_terms_version: string | null;
  current_terms_hash: string | null;
  partner_access_endpoint_sealed: string | null;
  window_access_endpoint_sealed: string | null;
  end_note_sealed: string | null;
  model_name: string;
  model_version: string;
  window_artifact_digest: string | null;
  partner_status: VerificationStatus;
  partner_name: string;
}

function withContext(r: ContextRow): GrantWithContext {
  return {
    id: r.id,
    engagementId: r.engagement_id,
    nominationId: r.nomination_id,
    partnerId: r.partner_id,
    sector: r.sector,
    status: r.status,
    scopes: r.scopes,
    durationDays: r.duration_days,
    accessEndsAt: r.access_ends_at,
    acceptBy: r.accept_by,
    acceptedTermsVersion: r.accepted_terms_version,
    acceptedAt: r.accepted_at,
    activatedAt: r.activated_at,
    expiresAt: r.expires_at,
    endedAt: r.ended_at,
    endReason: r.end_reason,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    developerOrg: r.developer_org,
    currentTermsVersion: r.current_terms_version,
    currentTermsHash: r.current_terms_hash,
    endNoteSealed: r.end_note_sealed,
    accessEndpointSealed: { partner: r.partner_access_endpoint_sealed, window: r.window_access_endpoint_sealed },
    modelName: r.model_name,
    modelVersion: r.model_version,
    artifactDigest: r.window_artifact_digest,
    partnerStatus: r.partner_status,
    partnerName: r.partner_name,
  };
}

@Injectable()
export class GrantRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * One grant per partner of an approved nomination that is still VERIFIED, PENDING_ACCEPTANCE.
   * Ids derive from nomination and partner, so repeating this creates nothing twice.
   */
  async createFromNomination(
    tx: Tx,
    grant: {
      nominationId: string;
      engagementId: string;
      durationDays: number;
      accessEndsAt: Date | null;
      scopes: readonly string[];
      acceptBy: Date;
      now: Date;
    },
  ): Promise<number> {
    const rows: { count: string }[] = await tx.query(
      `WITH created AS (
         INSERT INTO grants (id, engagement_id, nomination_id, partner_id, sector, status, scopes, duration_days, access_ends_at, accept_by, created_at, updated_at)
         SELECT ${NAME_BASED_UUID("np.nomination_id::text || ':' || np.partner_id")}, $2, np.nomination_id, np.partner_id, p.sector,
                'PENDING_ACCEPTANCE', $3::jsonb, $4, $7::timestamptz, LEAST($5, $7::timestamptz), $6, $6
         FROM nomination_partners np JOIN partners p ON p.id = np.partner_id
         WHERE np.nomination_id = $1 AND p.status = 'VERIFIED'
         ON CONFLICT (id) DO NOTHING RETURNING 1)
       SELECT count(*) AS count FROM created`,
      [grant.nominationId, grant.engagementId, JSON.stringify(grant.scopes), grant.durationDays, grant.acceptBy, grant.now, grant.accessEndsAt],
    );
    return Number(rows[0]?.count ?? 0);
  }

  /** A page of a nomination's grants in id order, for starting their workflows. */
  pageOfNomination(nominationId: string, afterId: string, limit: number): Promise<GrantEntity[]> {
    return this.dataSource
      .getRepository(GrantEntity)
      .createQueryBuilder('g')
      .where('g.nomination_id = :nominationId AND g.id > :afterId', { nominationId, afterId })
      .orderBy('g.id', 'ASC')
      .limit(limit)
      .getMany();
  }

  /**
   * A page of an engagement's grant ids in id order (optionally one sector's, optionally only those one
   * bulk end stamped at `endedAt`), for signalling their workflows. A grant approved after a sector was
   * revoked is not among them.
   */
  async pageOfEngagement(engagementId: string, sector: string | null, endedAt: Date | null, afterId: string, limit: number): Promise<string[]> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM grants
       WHERE engagement_id = $1 AND ($2::varchar IS NULL OR sector = $2) AND ($3::timestamptz IS NULL OR ended_at = $3) AND id > $4::uuid
       ORDER BY id LIMIT $5`,
      [engagementId, sector, endedAt, afterId, limit],
    );
    return rows.map((r) => r.id);
  }

  find(id: string, tx?: Tx): Promise<GrantEntity | null> {
    return (tx ?? this.dataSource.manager).getRepository(GrantEntity).findOneBy({ id });
  }

  async findWithContext(id: string, tx?: Tx): Promise<GrantWithContext | null> {
    const rows: ContextRow[] = await (tx ?? this.dataSource.manager).query(`${WITH_CONTEXT} WHERE g.id = $1`, [id]);
    return rows[0] ? withContext(rows[0]) : null;
  }

  /** A page in id order, with the total the scope holds. */
  async list(scope: GrantScope, engagementId: string | undefined, limit: number, afterId?: string): Promise<{ rows: GrantWithContext[]; total: number }> {
    const conditions: string[] = [];
    const params: unknown[] = [];
    const param = (value: unknown): string => {
      params.push(value);
      return `$${params.length}`;
    };
    if (!scope.all) {
      if (scope.partnerId !== undefined) conditions.push(`g.partner_id = ${param(scope.partnerId)}`);
      else if (scope.developerOrg !== undefined) conditions.push(`e.developer_org = ${param(scope.developerOrg)}`);
      else conditions.push('false');
    }
    if (engagementId !== undefined) conditions.push(`g.engagement_id = ${param(engagementId)}`);
    const where = conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '';
    const counted: { count: string }[] = await this.dataSource.query(
      `SELECT count(*) AS count FROM grants g JOIN engagements e ON e.id = g.engagement_id ${where}`,
      params,
    );
    const page = afterId === undefined ? where : `${where ? `${where} AND` : 'WHERE'} g.id > ${param(afterId)}`;
    const rows: ContextRow[] = await this.dataSource.query(`${WITH_CONTEXT} ${page} ORDER BY g.id LIMIT ${param(limit)}`, params);
    return { rows: rows.map(withContext), total: Number(counted[0]?.count ?? 0) };
  }

  /** How many grants of an engagement one bulk revocation (stamped `at`) ended. */
  async countEndedAt(engagementId: string, at: Date): Promise<number> {
    const rows: { count: string }[] = await this.dataSource.query(
      `SELECT count(*) AS count FROM grants WHERE engagement_id = $1 AND ended_at = $2 AND status = 'REVOKED'`,
      [engagementId, at],
    );
    return Number(rows[0]?.count ?? 0);
  }

  /** Activates (or re-accepts) a grant that is still open; false when it has ended meanwhile. */
  async recordAcceptance(tx: Tx, id: string, acceptance: { termsVersion: string; at: Date; activatedAt: Date; expiresAt: Date }): Promise<boolean> {
    const rows: unknown[] = await tx.query(
      `WITH accepted AS (
         UPDATE grants SET status = 'ACTIVE', accepted_terms_version = $2, accepted_at = $3, activated_at = $4, expires_at = $5, updated_at = $3
         WHERE id = $1 AND status IN ${OPEN} RETURNING id)
       SELECT id FROM accepted`,
      [id, acceptance.termsVersion, acceptance.at, acceptance.activatedAt, acceptance.expiresAt],
    );
    return rows.length === 1;
  }

  /** Ends a grant that is still open; false when it had already ended. */
  async end(tx: Tx, id: string, status: string, reason: string, at: Date, noteSealed: string | null = null): Promise<boolean> {
    const rows: unknown[] = await tx.query(
      // As a CTE, so the driver hands back the rows (for a bare UPDATE it returns [rows, count]).
      `WITH ended AS (UPDATE grants SET status = $2, end_reason = $3, ended_at = $4, updated_at = $4, end_note_sealed = $5 WHERE id = $1 AND status IN ${OPEN} RETURNING id)
       SELECT id FROM ended`,
      [id, status, reason, at, noteSealed],
    );
    return rows.length === 1;
  }

  /** Lapses a nomination's grants that were never accepted, stamped at its acceptance deadline; returns them. */
  async lapseUnaccepted(tx: Tx, nominationId: string, at: Date): Promise<{ id: string; partnerId: string }[]> {
    const rows: { id: string; partner_id: string }[] = await tx.query(
      `WITH lapsed AS (
         UPDATE grants SET status = 'LAPSED', end_reason = 'NOT_ACCEPTED', ended_at = $2, updated_at = $2
         WHERE nomination_id = $1 AND status = 'PENDING_ACCEPTANCE' RETURNING id, partner_id)
       SELECT id, partner_id FROM lapsed ORDER BY id`,
      [nominationId, at],
    );
    return rows.map((r) => ({ id: r.id, partnerId: r.partner_id }));
  }

  /**
   * Expires a nomination's active grants whose end is the nomination's shared instant `at` (or before),
   * each stamped at its own expiresAt; returns them.
   */
  async expireShared(tx: Tx, nominationId: string, at: Date): Promise<{ id: string; partnerId: string }[]> {
    const rows: { id: string; partner_id: string }[] = await tx.query(
      `WITH expired AS (
         UPDATE grants SET status = 'EXPIRED', end_reason = 'EXPIRED', ended_at = expires_at, updated_at = $2
         WHERE nomination_id = $1 AND status = 'ACTIVE' AND expires_at <= $2 RETURNING id, partner_id)
       SELECT id, partner_id FROM expired ORDER BY id`,
      [nominationId, at],
    );
    return rows.map((r) => ({ id: r.id, partnerId: r.partner_id }));
  }

  /** Ends every open grant of an engagement (or of one sector in it) in one statement; returns those it ended. */
  async endAll(tx: Tx, engagementId: string, sector: string | null, reason: string, at: Date): Promise<{ id: string; partnerId: string }[]> {
    const rows: { id: string; partner_id: string }[] = await tx.query(
      `WITH ended AS (
         UPDATE grants SET status = 'REVOKED', end_reason = $3, ended_at = $4, updated_at = $4
         WHERE engagement_id = $1 AND ($2::varchar IS NULL OR sector = $2) AND status IN ${OPEN} RETURNING id, partner_id)
       SELECT id, partner_id FROM ended ORDER BY id`,
      [engagementId, sector, reason, at],
    );
    return rows.map((r) => ({ id: r.id, partnerId: r.partner_id }));
  }
}
