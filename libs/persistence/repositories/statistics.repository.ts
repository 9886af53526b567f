import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import {
  ALL_STAGES,
  determinationClockRunning,
  REMEDIATED_STATUSES,
  RequestOutcome,
  REVOCATION_CATEGORIES,
  StatisticsFacts,
  WindowEndReason,
  WindowOutcome,
} from '#domain';

/** Government requests opened in the period ($1, $2). */
const REQUESTS_IN_PERIOD = `($1::timestamptz IS NULL OR created_at >= $1) AND ($2::timestamptz IS NULL OR created_at < $2)`;
/** The engagements a period covers: those submitted within it ($1 and $2, either null for open-ended). */
const IN_PERIOD = `(SELECT id FROM engagements WHERE ($1::timestamptz IS NULL OR submitted_at >= $1) AND ($2::timestamptz IS NULL OR submitted_at < $2))`;

type Keyed = { key: string; count: number };

/** The stages in which the determination clock runs. */
const DETERMINATION_CLOCK_STAGES = ALL_STAGES.filter(determinationClockRunning);

export interface LiveCounts {
  readonly engagementsByStage: ReadonlyMap<string, number>;
  readonly overdueDeterminations: number;
  readonly activeGrants: number;
  readonly pendingNominations: number;
}
type Timed = { key: string; ms: number };

const toMap = (rows: readonly Keyed[]): Map<string, number> => new Map(rows.map((row) => [row.key, Number(row.count)]));

/**
 * The raw facts behind the program statistics, for the engagements submitted in a period and what hangs
 * off them (findings, nominations, grants): counts and durations only, never a name, and nothing
 * suppressed yet (the domain's `programStatistics` does that).
 */
@Injectable()
export class StatisticsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** What the live business gauges show, across the whole program now: nothing suppressed yet. */
  async live(): Promise<LiveCounts> {
    const [byStage, [overdue], [grants], [nominations]] = await Promise.all([
      this.dataSource.query<Keyed[]>(`SELECT stage AS key, count(*)::int AS count FROM engagements GROUP BY stage`),
      this.dataSource.query<{ count: number }[]>(
        `SELECT count(*)::int AS count FROM engagements WHERE stage = ANY($1::text[]) AND determination_due_at < now()`,
        [DETERMINATION_CLOCK_STAGES],
      ),
      this.dataSource.query<{ count: number }[]>(`SELECT count(*)::int AS count FROM grants WHERE status = 'ACTIVE'`),
      this.dataSource.query<{ count: number }[]>(`SELECT count(*)::int AS count FROM nominations WHERE status = 'PENDING'`),
    ]);
    return {
      engagementsByStage: toMap(byStage),
      overdueDeterminations: Number(overdue?.count ?? 0),
      activeGrants: Number(grants?.count ?? 0),
      pendingNominations: Number(nominations?.count ?? 0),
    };
  }

  async facts(from: Date | null, to: Date | null): Promise<StatisticsFacts> {
    const q = <T>(sql: string, extra: readonly unknown[] = []): Promise<T[]> => this.dataSource.query(sql, [from, to, ...extra]);
    const [
      [organizations],
      byStage,
      stays,
      determinations,
      withdrawals,
      windows,
      windowDays,
      tiers,
      remediation,
      nominations,
      answers,
      bySector,
      byState,
      revocations,
      requests,
      requestAnswers,
    ] = await Promise.all([
      q<{ count: number }>(`SELECT count(DISTINCT developer_org)::int AS count FROM engagements WHERE id IN ${IN_PERIOD}`),
      q<Keyed>(`SELECT stage AS key, count(*)::int AS count FROM engagements WHERE id IN ${IN_PERIOD} GROUP BY stage`),
      // A stay in a stage runs from the entry that moved the engagement into it to the next that moved it on.
      q<Timed>(
        `SELECT stage AS key, ms FROM (
           SELECT to_stage AS stage, EXTRACT(EPOCH FROM lead(occurred_at) OVER (PARTITION BY engagement_id ORDER BY version) - occurred_at) * 1000 AS ms
             FROM engagement_timeline WHERE engagement_id IN ${IN_PERIOD} AND from_stage IS DISTINCT FROM to_stage) stays
         WHERE ms IS NOT NULL`,
      ),
      q<{ on_time: number; late: number }>(
        `SELECT count(*) FILTER (WHERE determined_at <= determination_due_at)::int AS on_time, count(*) FILTER (WHERE determined_at > determination_due_at)::int AS late
           FROM engagements WHERE id IN ${IN_PERIOD} AND determined_at IS NOT NULL`,
      ),
      q<Keyed>(
        `SELECT from_stage AS key, count(*)::int AS count FROM engagement_timeline WHERE engagement_id IN ${IN_PERIOD} AND to_stage = 'WITHDRAWN' GROUP BY from_stage`,
      ),
      q<Keyed>(
        `SELECT CASE WHEN access_declined_at IS NOT NULL THEN $3::text WHEN window_ended_at IS NULL THEN $4::text WHEN window_end_reason = $7::text THEN $6::text ELSE $5::text END AS key, count(*)::int AS count
           FROM engagements WHERE id IN ${IN_PERIOD} AND (access_declined_at IS NOT NULL OR window_opened_at IS NOT NULL) GROUP BY 1`,
        [WindowOutcome.Declined, WindowOutcome.Open, WindowOutcome.EndedEarly, WindowOutcome.FullTerm, WindowEndReason.Expired],
      ),
      q<{ ms: number }>(
        `SELECT EXTRACT(EPOCH FROM window_ended_at - window_opened_at) * 1000 AS ms FROM engagements
          WHERE id IN ${IN_PERIOD} AND window_opened_at IS NOT NULL AND window_ended_at IS NOT NULL`,
      ),
      q<Keyed>(`SELECT tier AS key, count(*)::int AS count FROM findings WHERE engagement_id IN ${IN_PERIOD} GROUP BY tier`),
      // Due: a finding with a due date that has passed or that is remediated; late: one that went overdue, or is past due unremediated.
      q<{ on_time: number; late: number }>(
        `SELECT count(*) FILTER (WHERE NOT late)::int AS on_time, count(*) FILTER (WHERE late)::int AS late FROM (
           SELECT overdue_since IS NOT NULL OR (remediation_due_at <= now() AND NOT (status = ANY($3::text[]))) AS late
             FROM findings WHERE engagement_id IN ${IN_PERIOD} AND remediation_due_at IS NOT NULL AND (remediation_due_at <= now() OR status = ANY($3::text[]))) due`,
        [REMEDIATED_STATUSES],
      ),
      q<Keyed>(`SELECT side || '|' || status AS key, count(*)::int AS count FROM nominations WHERE engagement_id IN ${IN_PERIOD} GROUP BY side, status`),
      q<Timed>(
        `SELECT side AS key, EXTRACT(EPOCH FROM decided_at - nominated_at) * 1000 AS ms FROM nominations
          WHERE engagement_id IN ${IN_PERIOD} AND decided_at IS NOT NULL AND status IN ('APPROVED', 'DECLINED')`,
      ),
      q<Keyed>(`SELECT sector || '|' || status AS key, count(*)::int AS count FROM grants WHERE engagement_id IN ${IN_PERIOD} GROUP BY sector, status`),
      q<Keyed>(
        `SELECT p.state || '|' || g.status AS key, count(*)::int AS count FROM grants g JOIN partners p ON p.id = g.partner_id
          WHERE g.engagement_id IN ${IN_PERIOD} GROUP BY p.state, g.status`,
      ),
      q<Keyed>(
        `SELECT end_reason AS key, count(*)::int AS count FROM grants WHERE engagement_id IN ${IN_PERIOD} AND end_reason = ANY($3::text[]) GROUP BY end_reason`,
        [REVOCATION_CATEGORIES],
      ),
      q<Keyed>(
        `SELECT CASE WHEN status = 'DECLINED' THEN CASE WHEN declined_by = 'DEADLINE' THEN $4::text ELSE $3::text END ELSE status END AS key, count(*)::int AS count
           FROM inquiry_requests WHERE ${REQUESTS_IN_PERIOD} GROUP BY 1`,
        [RequestOutcome.DeclinedByDeveloper, RequestOutcome.DeclinedByDeadline],
      ),
      q<{ ms: number }>(
        `SELECT EXTRACT(EPOCH FROM answered_at - created_at) * 1000 AS ms FROM inquiry_requests
          WHERE ${REQUESTS_IN_PERIOD} AND answered_at IS NOT NULL AND declined_by IS DISTINCT FROM 'DEADLINE'`,
      ),
    ]);
    return {
      developerOrganizations: Number(organizations?.count ?? 0),
      engagementsByStage: toMap(byStage),
      stageStays: stays.map((row) => ({ stage: row.key, ms: Number(row.ms) })),
      determinations: { onTime: Number(determinations[0]?.on_time ?? 0), late: Number(determinations[0]?.late ?? 0) },
      withdrawalsByStage: toMap(withdrawals),
      windowsByOutcome: toMap(windows),
      windowOpenMs: windowDays.map((row) => Number(row.ms)),
      findingsByTier: toMap(tiers),
      remediation: { onTime: Number(remediation[0]?.on_time ?? 0), late: Number(remediation[0]?.late ?? 0) },
      nominations: toMap(nominations),
      nominationAnswers: answers.map((row) => ({ side: row.key, ms: Number(row.ms) })),
      grantsBySector: toMap(bySector),
      grantsByState: toMap(byState),
      revocationsByCategory: toMap(revocations),
      requestsByOutcome: toMap(requests),
      requestAnswerMs: requestAnswers.map((row) => Number(row.ms)),
    };
  }
}
