import { randomUUID } from 'node:crypto';

import { Client as PgClient } from 'pg';

import { parseKeyring } from '#config';
import { Role } from '#domain';
import { FieldCipher, sealedAt } from '#security';

import { get, request } from '../support/api';
import { asOwner, Caller, caller, stack } from '../support/stack';

const DAY = 86_400_000;
/** The seeded engagements were all submitted in 2001, long before anything else in the suite: the period holds them alone. */
const PERIOD = 'from=2001-01-01T00:00:00Z&to=2002-01-01T00:00:00Z';
const START = Date.UTC(2001, 2, 1);
const at = (ms: number): Date => new Date(ms);

/**
 * Text sealed as the API seals it, under the stack's own field key: the seeded rows are ones the API can
 * read, so another test (the fuzzer, say) that finds one answers as for any other, never a 500.
 */
let cipher: FieldCipher | undefined;
function sealed(table: string, column: string, id: string, text = 'seeded'): string {
  const env = stack().appEnv;
  cipher ??= new FieldCipher(parseKeyring('F', env['FIELD_ENCRYPTION_KEYS']!, env['FIELD_ENCRYPTION_ACTIVE_KEY']!));
  return cipher.seal(text, sealedAt(table, column, id));
}

/** The median and p90 in days as percentile_cont interpolates them, computed here, apart from the API. */
function spread(days: readonly number[]): { count: number; medianDays: number; p90Days: number } {
  const sorted = [...days].sort((a, b) => a - b);
  const pick = (p: number): number => {
    const rank = p * (sorted.length - 1);
    const low = sorted[Math.floor(rank)]!;
    const high = sorted[Math.ceil(rank)]!;
    return Math.round((low + (high - low) * (rank - Math.floor(rank))) * 10) / 10;
  };
  return { count: sorted.length, medianDays: pick(0.5), p90Days: pick(0.9) };
}

interface Path {
  /** Each stage entered, and the days spent in it before the next (the last is where it is now). */
  readonly stays: readonly (readonly [stage: string, days: number])[];
  readonly determinedLate?: boolean;
  readonly window?: 'ENDED_EARLY' | 'FULL_TERM' | 'DECLINED';
}

/**
 * The seeded program, by hand:
 * - 20 designated on time (2, 3 or 4 days submitted, 4 under review, 1 recommended), with windows: 5 ended
 *   early after 3 days, 10 run to their 30-day term, 5 declined;
 * - 3 withdrawn from review (1 day submitted, 2 under review) and 3 still under review (1 day submitted);
 * - 2 withdrawn after 1 day submitted, 2 still submitted;
 * - 5 closed not covered, determined late (10 days submitted, 25 under review, 5 recommended).
 */
function program(): Path[] {
  const designated = Array.from({ length: 20 }, (_, i): Path => ({
    stays: [
      ['INQUIRY_SUBMITTED', 2 + (i % 3)],
      ['UNDER_REVIEW', 4],
      ['RECOMMENDED', 1],
      ['DESIGNATED', 0],
    ],
    window: i % 4 === 0 ? 'ENDED_EARLY' : i % 4 === 3 ? 'DECLINED' : 'FULL_TERM',
  }));
  const repeat = (n: number, path: Path): Path[] => Array.from({ length: n }, () => path);
  return [
    ...designated,
    ...repeat(3, {
      stays: [
        ['INQUIRY_SUBMITTED', 1],
        ['UNDER_REVIEW', 2],
        ['WITHDRAWN', 0],
      ],
    }),
    ...repeat(3, {
      stays: [
        ['INQUIRY_SUBMITTED', 1],
        ['UNDER_REVIEW', 0],
      ],
    }),
    ...repeat(2, {
      stays: [
        ['INQUIRY_SUBMITTED', 1],
        ['WITHDRAWN', 0],
      ],
    }),
    ...repeat(2, { stays: [['INQUIRY_SUBMITTED', 0]] }),
    ...repeat(5, {
      stays: [
        ['INQUIRY_SUBMITTED', 10],
        ['UNDER_REVIEW', 25],
        ['RECOMMENDED', 5],
        ['CLOSED_NOT_COVERED', 0],
      ],
      determinedLate: true,
    }),
  ];
}

async function seed(db: PgClient, org: string): Promise<string[]> {
  const ids: string[] = [];
  for (const [n, path] of program().entries()) {
    const id = randomUUID();
    ids.push(id);
    const submitted = START + n * 3_600_000;
    let t = submitted;
    const entered: [string, number][] = path.stays.map(([stage, days]) => {
      const entry: [string, number] = [stage, t];
      t += days * DAY;
      return entry;
    });
    const stage = path.stays[path.stays.length - 1]![0];
    const determinedAt = entered.find(([s]) => s === 'DESIGNATED' || s === 'CLOSED_NOT_COVERED')?.[1];
    const windowOpened = path.window && path.window !== 'DECLINED' ? determinedAt! + DAY : null;
    const windowDays = path.window === 'ENDED_EARLY' ? 3 : 30;
    await db.query(
      `INSERT INTO engagements (id, developer_org, submitted_by, model_name, model_version, capability_summary_sealed, contact_email_sealed, stage, version,
         submitted_at, determination_due_at, determined_at, determination_outcome, window_opened_at, window_closes_at, window_ended_at, window_end_reason,
         access_declined_at, updated_at)
       VALUES ($1, $2, 'seed', 'Seeded', '1', $14, $15, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $5)`,
      [
        id,
        `${org}-${n % 6}`,
        stage,
        path.stays.length,
        at(submitted),
        at(submitted + 30 * DAY),
        determinedAt === undefined ? null : at(path.determinedLate ? submitted + 40 * DAY : determinedAt),
        determinedAt === undefined ? null : stage === 'DESIGNATED' ? 'COVERED' : 'NOT_COVERED',
        windowOpened === null ? null : at(windowOpened),
        windowOpened === null ? null : at(windowOpened + 30 * DAY),
        windowOpened === null ? null : at(windowOpened + windowDays * DAY),
        windowOpened === null ? null : path.window === 'ENDED_EARLY' ? 'ENDED_EARLY' : 'EXPIRED',
        path.window === 'DECLINED' ? at(determinedAt! + DAY) : null,
        sealed('engagements', 'capability_summary', id),
        sealed('engagements', 'contact_email', id, 'seed@example.org'),
      ],
    );
    for (const [version, [to, enteredAt]] of entered.entries()) {
      await db.query(
        `INSERT INTO engagement_timeline (engagement_id, version, event_type, from_stage, to_stage, actor_sub, occurred_at) VALUES ($1, $2, 'SEEDED', $3, $4, 'seed', $5)`,
        [id, version + 1, version === 0 ? null : entered[version - 1]![0], to, at(enteredAt)],
      );
    }
  }
  return ids;
}

/** Findings on the designated engagements: by tier 60D 8, 14D 6, 3D 2, FSU 3; due 16, of which 3 late. */
async function seedFindings(db: PgClient, engagements: readonly string[]): Promise<void> {
  const rows: [tier: string, status: string, overdue: boolean][] = [
    ...Array.from({ length: 6 }, (): [string, string, boolean] => ['60D', 'VERIFIED_FIXED', false]),
    ...Array.from({ length: 2 }, (): [string, string, boolean] => ['60D', 'VERIFIED_FIXED', true]),
    ...Array.from({ length: 5 }, (): [string, string, boolean] => ['14D', 'CLOSED', false]),
    ['14D', 'OPEN', false],
    ...Array.from({ length: 2 }, (): [string, string, boolean] => ['3D', 'VERIFIED_FIXED', false]),
    ...Array.from({ length: 3 }, (): [string, string, boolean] => ['FSU', 'OPEN', false]),
  ];
  for (const [n, [tier, status, overdue]] of rows.entries()) {
    const findingId = randomUUID();
    const recorded = START + 20 * DAY;
    await db.query(
      `INSERT INTO findings (id, engagement_id, title_sealed, description_sealed, cwe_ids, in_kev, publicly_exposed, automatable, technical_impact, tier,
         remediation_due_at, recorded_by, recorded_at, status, overdue_since, updated_at)
       VALUES ($1, $2, $8, $9, '[]', false, false, false, 'PARTIAL', $3, $4, 'seed', $5, $6, $7, $5)`,
      [
        findingId,
        engagements[n % engagements.length],
        tier,
        tier === 'FSU' ? null : at(recorded + 60 * DAY),
        at(recorded),
        status,
        overdue ? at(recorded + 60 * DAY) : null,
        sealed('findings', 'title', findingId),
        sealed('findings', 'description', findingId),
      ],
    );
  }
}

/** Nominations: the developer's 6 approved in 2 days, 2 declined in 4; the government's 7 approved in 1 day, 5 declined in 3. */
async function seedNominations(db: PgClient, engagements: readonly string[]): Promise<string> {
  const rows: [side: string, status: string, days: number][] = [
    ...Array.from({ length: 6 }, (): [string, string, number] => ['DEVELOPER', 'APPROVED', 2]),
    ...Array.from({ length: 2 }, (): [string, string, number] => ['DEVELOPER', 'DECLINED', 4]),
    ...Array.from({ length: 7 }, (): [string, string, number] => ['GOVERNMENT', 'APPROVED', 1]),
    ...Array.from({ length: 5 }, (): [string, string, number] => ['GOVERNMENT', 'DECLINED', 3]),
  ];
  let first = '';
  for (const [n, [side, status, days]] of rows.entries()) {
    const id = randomUUID();
    first ||= id;
    const nominated = START + 15 * DAY;
    await db.query(
      `INSERT INTO nominations (id, engagement_id, side, nominated_by, nominated_at, answer_by, status, duration_days, scopes, partner_count, decided_by, decided_at)
       VALUES ($1, $2, $3, 'seed', $4, $5, $6, 30, '[]', 1, 'seed', $7)`,
      [id, engagements[n % engagements.length], side, at(nominated), at(nominated + 7 * DAY), status, at(nominated + days * DAY)],
    );
  }
  return first;
}

/**
 * Grants: rural hospitals in KS 6 active and 6 revoked; community banks in NE 5 expired and 1 active;
 * electric utilities in KS 3 ended by their engagement's withdrawal.
 */
async function seedGrants(db: PgClient, engagements: readonly string[], nomination: string, tag: string): Promise<void> {
  const partner = async (sector: string, state: string): Promise<string> => {
    const id = `stats-${tag}-${sector.toLowerCase()}`;
    await db.query(`INSERT INTO organizations (id, name, kind, created_at, updated_at) VALUES ($1, $1, 'PARTNER', now(), now())`, [id]);
    await db.query(
      `INSERT INTO partners (id, name, sector, state, status, contacts_sealed, created_at, updated_at) VALUES ($1, $1, $2, $3, 'VERIFIED', $4, now(), now())`,
      [id, sector, state, sealed('partners', 'contacts', id, '[]')],
    );
    return id;
  };
  const hospital = await partner('RURAL_HOSPITAL', 'KS');
  const bank = await partner('COMMUNITY_BANK', 'NE');
  const utility = await partner('ELECTRIC_UTILITY', 'KS');
  const rows: [partnerId: string, sector: string, status: string, endReason: string | null, count: number][] = [
    [hospital, 'RURAL_HOSPITAL', 'ACTIVE', null, 6],
    [hospital, 'RURAL_HOSPITAL', 'REVOKED', 'REVOKED', 6],
    [bank, 'COMMUNITY_BANK', 'EXPIRED', 'EXPIRED', 5],
    [bank, 'COMMUNITY_BANK', 'ACTIVE', null, 1],
    [utility, 'ELECTRIC_UTILITY', 'REVOKED', 'ENGAGEMENT_WITHDRAWN', 3],
  ];
  for (const [partnerId, sector, status, endReason, count] of rows) {
    for (let i = 0; i < count; i += 1) {
      await db.query(
        `INSERT INTO grants (id, engagement_id, nomination_id, partner_id, sector, status, scopes, duration_days, accept_by, end_reason, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, '[]', 30, $7, $8, $7, $7)`,
        [randomUUID(), engagements[i % engagements.length], nomination, partnerId, sector, status, at(START + 20 * DAY), endReason],
      );
    }
  }
}

type Cell = number | '<5';
interface CountList {
  items: { key: string; count: Cell }[];
  total: Cell;
}
interface CountTable {
  columns: string[];
  rows: { key: string; cells: Cell[]; total: Cell }[];
  columnTotals: Cell[];
  total: Cell;
}
type Spread = { count: Cell; medianDays: Cell; p90Days: Cell };
interface Statistics {
  engagements: { developerOrganizations: Cell; byStage: CountList; timeInStage: (Spread & { stage: string })[]; withdrawalsByStage: CountList };
  determinations: { targetDays: number; byTimeliness: CountList; onTimeRate: Cell };
  windows: { byOutcome: CountList; daysUsed: Spread };
  findings: { byTier: CountList; remediationByTimeliness: CountList; onTimeRemediationRate: Cell };
  nominations: { bySideAndOutcome: CountTable; timeToAnswer: (Spread & { side: string })[] };
  grants: { bySectorAndStatus: CountTable; byStateAndStatus: CountTable };
  revocations: { byCategory: CountList };
  requests: { byOutcome: CountList; daysToAnswer: Spread };
}

/** Days to each seeded request's answer: 7 accepted (four after 1 day, three after 3), 5 declined after 2 days; 2 more declined by their deadline. */
const ACCEPTED_AFTER = [1, 1, 1, 1, 3, 3, 3];
const DECLINED_AFTER = [2, 2, 2, 2, 2];

/** Government requests opened in 2001 to the seeded organization, the accepted ones naming seeded engagements. */
async function seedRequests(db: PgClient, org: string, engagements: readonly string[]): Promise<void> {
  const rows = [
    ...ACCEPTED_AFTER.map((days, i) => ({ status: 'ACCEPTED', days, declinedBy: null, engagementId: engagements[i]! })),
    ...DECLINED_AFTER.map((days) => ({ status: 'DECLINED', days, declinedBy: 'DEVELOPER', engagementId: null })),
    ...[7, 7].map((days) => ({ status: 'DECLINED', days, declinedBy: 'DEADLINE', engagementId: null })),
  ];
  for (const [i, row] of rows.entries()) {
    const id = randomUUID();
    const created = START + i * DAY;
    await db.query(
      `INSERT INTO inquiry_requests (id, developer_org, model_name_sealed, note_sealed, respond_by, status, version, requested_by, created_at, answered_by, answered_at, declined_by, engagement_id)
       VALUES ($1, $2, $10, $11, $3, $4, 2, 'seed', $5, $6, $7, $8, $9)`,
      [
        id,
        org,
        at(created + 7 * DAY),
        row.status,
        at(created),
        row.declinedBy === 'DEADLINE' ? 'system' : 'seed-dev',
        at(created + row.days * DAY),
        row.declinedBy,
        row.engagementId,
        sealed('inquiry_requests', 'model_name', id, 'Seeded'),
        sealed('inquiry_requests', 'note', id),
      ],
    );
  }
}

const counts = (list: CountList): Record<string, Cell> => Object.fromEntries(list.items.map((item) => [item.key, item.count]));
const cell = (table: CountTable, row: string, column: string): Cell | undefined => table.rows.find((r) => r.key === row)?.cells[table.columns.indexOf(column)];

/**
 * Program statistics (issue 16 §1): correct on a seeded program whose figures this file works out by
 * hand, every cell under 5 suppressed with its complement, in JSON and CSV, for program administrators,
 * auditors and oversight; and oversight reads nothing else.
 */
describe('program statistics, small cells suppressed', () => {
  let oversight: Caller;
  let stats: Statistics;

  beforeAll(async () => {
    const tag = randomUUID().slice(0, 8);
    await asOwner(async (db) => {
      const ids = await seed(db, `stats-dev-${tag}`);
      const designated = ids.slice(0, 20);
      await seedFindings(db, designated);
      await seedGrants(db, designated, await seedNominations(db, designated), tag);
      await seedRequests(db, `stats-dev-${tag}`, designated);
    });
    oversight = await caller(Role.Oversight, 'congress-staff');
    const answer = await get<Statistics>(`/v1/statistics?${PERIOD}`, oversight.token);
    expect(answer.status).toBe(200);
    stats = answer.body;
  });

  it('counts engagements by stage, suppressing every stage under 5', () => {
    expect(counts(stats.engagements.byStage)).toEqual({
      INQUIRY_SUBMITTED: '<5',
      UNDER_REVIEW: '<5',
      RECOMMENDED: '<5',
      RECONSIDERATION: '<5',
      DESIGNATED: 20,
      PRE_RELEASE_ACCESS: '<5',
      POST_WINDOW: '<5',
      RELEASED: '<5',
      CLOSED_NOT_COVERED: 5,
      WITHDRAWN: 5,
      CLOSED: '<5',
    });
    expect(stats.engagements.byStage.total).toBe(35);
    // Six developer organizations came (the seeded engagements are spread over them).
    expect(stats.engagements.developerOrganizations).toBe(6);
    // Withdrawals: 3 from review, 2 from submission: each under 5.
    expect(stats.engagements.withdrawalsByStage.items.every((item) => item.count === '<5')).toBe(true);
    expect(stats.engagements.withdrawalsByStage.total).toBe(5);
  });

  it('reports the median and p90 of each stage as computed here from the seeded stays', () => {
    const submittedDays = [
      ...Array.from({ length: 20 }, (_, i) => 2 + (i % 3)),
      ...Array<number>(3).fill(1),
      ...Array<number>(3).fill(1),
      ...Array<number>(2).fill(1),
      ...Array<number>(5).fill(10),
    ];
    const reviewDays = [...Array<number>(20).fill(4), ...Array<number>(3).fill(2), ...Array<number>(5).fill(25)];
    const recommendedDays = [...Array<number>(20).fill(1), ...Array<number>(5).fill(5)];
    const byStage = Object.fromEntries(stats.engagements.timeInStage.map(({ stage, ...rest }) => [stage, rest]));
    expect(byStage['INQUIRY_SUBMITTED']).toEqual(spread(submittedDays));
    expect(byStage['UNDER_REVIEW']).toEqual(spread(reviewDays));
    expect(byStage['RECOMMENDED']).toEqual(spread(recommendedDays));
    // No stay in these has ended: nothing to report, and nothing revealed.
    expect(byStage['DESIGNATED']).toEqual({ count: '<5', medianDays: '<5', p90Days: '<5' });
  });

  it('rates determinations against the target: 20 on time, 5 late', () => {
    expect(stats.determinations).toEqual({
      targetDays: 30,
      byTimeliness: {
        items: [
          { key: 'ON_TIME', count: 20 },
          { key: 'LATE', count: 5 },
        ],
        total: 25,
      },
      onTimeRate: 0.8,
    });
  });

  it('suppresses the complement where one small cell would be given back by the total: windows', () => {
    // DECLINED 5 is hidden beside OPEN 0, or the total of 20 would give OPEN back.
    expect(counts(stats.windows.byOutcome)).toEqual({ DECLINED: '<5', OPEN: '<5', ENDED_EARLY: 5, FULL_TERM: 10 });
    expect(stats.windows.byOutcome.total).toBe(20);
    expect(stats.windows.daysUsed).toEqual(spread([...Array<number>(5).fill(3), ...Array<number>(10).fill(30)]));
  });

  it('counts findings by tier and their on-time remediation, suppressing the small and what would give them back', () => {
    expect(counts(stats.findings.byTier)).toEqual({ FSU: '<5', '60D': 8, '14D': 6, '3D': '<5', '3DF': '<5' });
    expect(stats.findings.byTier.total).toBe(19);
    // 13 on time, 3 late (two went overdue, one is past due and open): the late are under 5, so both are hidden, and the rate with them.
    expect(stats.findings.remediationByTimeliness).toEqual({
      items: [
        { key: 'ON_TIME', count: '<5' },
        { key: 'LATE', count: '<5' },
      ],
      total: 16,
    });
    expect(stats.findings.onTimeRemediationRate).toBe('<5');
  });

  it('tables nominations by side and outcome with complementary suppression down a column, and times their answers', () => {
    const table = stats.nominations.bySideAndOutcome;
    expect(table.columns).toEqual(['PENDING', 'APPROVED', 'DECLINED', 'EXPIRED', 'CANCELLED']);
    expect(table.rows).toEqual([
      { key: 'DEVELOPER', cells: ['<5', 6, '<5', '<5', '<5'], total: 8 },
      // The government's 5 declined are hidden: the developer's 2 alone in the column would be given back by its total of 7.
      { key: 'GOVERNMENT', cells: ['<5', 7, '<5', '<5', '<5'], total: 12 },
    ]);
    expect(table.columnTotals).toEqual(['<5', 13, 7, '<5', '<5']);
    expect(table.total).toBe(20);
    const answers = Object.fromEntries(stats.nominations.timeToAnswer.map(({ side, ...rest }) => [side, rest]));
    expect(answers['DEVELOPER']).toEqual(spread([...Array<number>(6).fill(2), 4, 4]));
    expect(answers['GOVERNMENT']).toEqual(spread([...Array<number>(7).fill(1), ...Array<number>(5).fill(3)]));
  });

  it('tables grants by sector and by state against status, and counts revocations by category', () => {
    const bySector = stats.grants.bySectorAndStatus;
    expect(cell(bySector, 'RURAL_HOSPITAL', 'ACTIVE')).toBe(6);
    expect(cell(bySector, 'RURAL_HOSPITAL', 'REVOKED')).toBe(6);
    expect(cell(bySector, 'COMMUNITY_BANK', 'EXPIRED')).toBe(5);
    expect(cell(bySector, 'COMMUNITY_BANK', 'ACTIVE')).toBe('<5');
    expect(cell(bySector, 'ELECTRIC_UTILITY', 'REVOKED')).toBe('<5');
    expect(bySector.rows).toHaveLength(7);
    expect(bySector.total).toBe(21);
    const byState = stats.grants.byStateAndStatus;
    expect(cell(byState, 'KS', 'REVOKED')).toBe(9);
    expect(cell(byState, 'KS', 'ACTIVE')).toBe(6);
    expect(cell(byState, 'NE', 'EXPIRED')).toBe(5);
    // Every state is laid out, those with no grant too: which rows appear says nothing of who takes part.
    expect(byState.rows.map((row) => row.key)).toEqual(expect.arrayContaining(['AK', 'WY', 'PR']));
    expect(stats.revocations.byCategory).toEqual({
      items: [
        { key: 'REVOKED', count: 6 },
        { key: 'ENGAGEMENT_WITHDRAWN', count: '<5' },
        { key: 'ENGAGEMENT_CLOSED', count: '<5' },
      ],
      total: 9,
    });
  });

  it('counts government requests by outcome, and the days to the developer’s answer', () => {
    expect(stats.requests.byOutcome).toEqual({
      items: [
        { key: 'OPEN', count: '<5' },
        { key: 'ACCEPTED', count: 7 },
        { key: 'DECLINED_BY_DEVELOPER', count: 5 },
        { key: 'DECLINED_BY_DEADLINE', count: '<5' },
      ],
      total: 14,
    });
    // Answered by the developer, either way; a deadline is not an answer.
    expect(stats.requests.daysToAnswer).toEqual(spread([...ACCEPTED_AFTER, ...DECLINED_AFTER]));
  });

  it('answers the same figures as CSV, suppressed cells reading "<5"', async () => {
    const csv = await request<string>('GET', `/v1/statistics?${PERIOD}`, undefined, { token: oversight.token, headers: { accept: 'text/csv' } });
    expect(csv.status).toBe(200);
    expect(csv.contentType).toMatch(/^text\/csv/);
    const lines = csv.body.trimEnd().split('\n');
    expect(lines[0]).toBe('figure,row,column,value');
    expect(lines).toEqual(
      expect.arrayContaining([
        'engagements.developerOrganizations,,,6',
        'engagements.byStage,DESIGNATED,count,20',
        'engagements.byStage,UNDER_REVIEW,count,<5',
        'engagements.byStage,TOTAL,count,35',
        'determinations.onTimeRate,,,0.8',
        'windows.byOutcome,DECLINED,count,<5',
        'nominations.bySideAndOutcome,GOVERNMENT,DECLINED,<5',
        'nominations.bySideAndOutcome,TOTAL,DECLINED,7',
        'grants.byStateAndStatus,KS,REVOKED,9',
        'requests.byOutcome,ACCEPTED,count,7',
        'requests.byOutcome,DECLINED_BY_DEADLINE,count,<5',
        'requests.byOutcome,TOTAL,count,14',
      ]),
    );
  });

  it('is for program administrators, auditors and oversight; oversight reads no record, and the period is checked', async () => {
    for (const role of [Role.ProgramAdmin, Role.Auditor]) {
      const who = await caller(role, role === Role.Auditor ? 'oig' : 'program-office');
      expect((await get(`/v1/statistics?${PERIOD}`, who.token)).body).toMatchObject({ engagements: stats.engagements });
    }
    for (const role of [Role.Developer, Role.Reviewer, Role.DesignationAuthority, Role.Clearinghouse]) {
      const who = await caller(role, role === Role.Developer ? `stats-other-${randomUUID().slice(0, 6)}` : 'nsa');
      expect((await get('/v1/statistics', who.token)).status).toBe(403);
    }
    for (const path of ['/v1/engagements', '/v1/audit', '/v1/partners', '/v1/grants', '/v1/audit/export', '/v1/clearinghouse/findings']) {
      expect({ path, status: (await get(path, oversight.token)).status }).toEqual({ path, status: 403 });
    }
    const bad = await get('/v1/statistics?from=last-year', oversight.token);
    expect(bad.status).toBe(400);
    expect(bad.contentType).toContain('application/problem+json');
    expect(JSON.stringify(bad.body)).toContain('from');
  });
});
