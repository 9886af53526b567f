/**
 * Program statistics without identifying anyone (EO 14409 oversight; issue 16 §1). Participation is
 * confidential: a figure that counts fewer than {@link SMALL_CELL} engagements or organizations is
 * suppressed, and so is a second figure wherever one alone would let a total give it back. Pure: the
 * persistence layer supplies the raw counts and durations, this shapes and suppresses them.
 */

import { RemediationTier } from './bod-26-04';
import { DAY_MS } from './duration';
import { ALL_STAGES, isTerminal } from './engagement-stage';
import { NominationSide, NominationStatus } from './engagement-state';
import { GrantEndReason, GrantStatus } from './grant';
import { PartnerSector, USPS_STATE_CODES } from './partners';

/** Cells counting fewer than this are suppressed. */
export const SMALL_CELL = 5;
/** What a suppressed cell reads as, in JSON and CSV alike. */
export const SUPPRESSED = '<5';

export type Cell = number | typeof SUPPRESSED;

export function isSuppressed(cell: Cell): cell is typeof SUPPRESSED {
  return cell === SUPPRESSED;
}

/**
 * A table of counts, suppressed: every cell under {@link SMALL_CELL} (primary suppression), then, while
 * any row or column holds exactly one suppressed cell, the smallest other cell of that row or column too
 * (complementary suppression), so no row or column total can be subtracted back to a single hidden cell.
 * Totals of rows and columns are published beside it (see {@link suppressedWithTotals}).
 */
export function suppressTable(counts: readonly (readonly number[])[]): Cell[][] {
  const hidden = counts.map((row) => row.map((count) => count < SMALL_CELL));
  // Every row and every column, as the positions of its cells.
  const width = Math.max(0, ...counts.map((row) => row.length));
  const lines: [number, number][][] = [
    ...counts.map((row, r) => row.map((_, c): [number, number] => [r, c])),
    ...Array.from({ length: width }, (_, c) => counts.flatMap((row, r): [number, number][] => (c < row.length ? [[r, c]] : []))),
  ];
  for (let changed = true; changed;) {
    changed = false;
    for (const line of lines) {
      if (line.filter(([r, c]) => hidden[r]![c]).length !== 1) {
        continue;
      }
      // The smallest shown cell of the line (the first, on a tie): the least information given up.
      const next = line
        .filter(([r, c]) => !hidden[r]![c])
        .sort(([r1, c1], [r2, c2]) => counts[r1]![c1]! - counts[r2]![c2]!)
        .at(0);
      if (next) {
        hidden[next[0]]![next[1]] = true;
        changed = true;
      }
    }
  }
  return counts.map((row, r) => row.map((count, c) => (hidden[r]![c] ? SUPPRESSED : count)));
}

/** One list of counts (a single row): suppressed as a table of one row, with its total. */
export function suppressList(counts: readonly number[]): { cells: Cell[]; total: Cell } {
  const { cells, rowTotals } = suppressedWithTotals([counts]);
  return { cells: cells[0] ?? [], total: rowTotals[0] ?? SUPPRESSED };
}

/** A table suppressed, with the totals of its rows and columns and the grand total, each suppressed when small. */
export function suppressedWithTotals(counts: readonly (readonly number[])[]): {
  cells: Cell[][];
  rowTotals: Cell[];
  columnTotals: Cell[];
  total: Cell;
} {
  const width = Math.max(0, ...counts.map((row) => row.length));
  const rowTotals = counts.map((row) => row.reduce((sum, count) => sum + count, 0));
  const columnTotals = Array.from({ length: width }, (_, c) => counts.reduce((sum, row) => sum + (row[c] ?? 0), 0));
  const total = rowTotals.reduce((sum, count) => sum + count, 0);
  const small = (count: number): Cell => (count < SMALL_CELL ? SUPPRESSED : count);
  return { cells: suppressTable(counts), rowTotals: rowTotals.map(small), columnTotals: columnTotals.map(small), total: small(total) };
}

/** A share of a group, suppressed when the group, the part or the rest of it is small (any of them would give the others back). */
export function suppressedRate(part: number, whole: number): Cell {
  if (whole < SMALL_CELL || part < SMALL_CELL || whole - part < SMALL_CELL) {
    return SUPPRESSED;
  }
  return Math.round((part / whole) * 1000) / 1000;
}

/** The median and 90th percentile of a group's durations in days, to a tenth; both suppressed when the group is small. */
export function suppressedSpread(durationsMs: readonly number[]): { count: Cell; medianDays: Cell; p90Days: Cell } {
  if (durationsMs.length < SMALL_CELL) {
    return { count: SUPPRESSED, medianDays: SUPPRESSED, p90Days: SUPPRESSED };
  }
  const sorted = [...durationsMs].sort((a, b) => a - b);
  const days = (ms: number): number => Math.round((ms / DAY_MS) * 10) / 10;
  return { count: sorted.length, medianDays: days(percentile(sorted, 0.5)), p90Days: days(percentile(sorted, 0.9)) };
}

/** The p-th percentile of sorted values, interpolated between the nearest ranks (as PostgreSQL's percentile_cont). */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) {
    return 0;
  }
  const rank = p * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (rank - low);
}

/** A list of counts by one dimension, suppressed, with its total. */
export interface CountList {
  readonly items: readonly { readonly key: string; readonly count: Cell }[];
  readonly total: Cell;
}

/** Counts by two dimensions, suppressed together, with the totals of rows, columns and the whole. */
export interface CountTable {
  readonly columns: readonly string[];
  readonly rows: readonly { readonly key: string; readonly cells: readonly Cell[]; readonly total: Cell }[];
  readonly columnTotals: readonly Cell[];
  readonly total: Cell;
}

/** A group's durations: how many, and their median and 90th percentile in days. */
export interface Spread {
  readonly count: Cell;
  readonly medianDays: Cell;
  readonly p90Days: Cell;
}

/** What the statistics are made of: counts and durations as the records hold them, nothing suppressed yet. */
export interface StatisticsFacts {
  /** Distinct developer organizations with an engagement in the period: how many came. */
  readonly developerOrganizations: number;
  readonly engagementsByStage: ReadonlyMap<string, number>;
  /** Each completed stay in a stage: the stage, and how long it lasted. */
  readonly stageStays: readonly { readonly stage: string; readonly ms: number }[];
  readonly determinations: { readonly onTime: number; readonly late: number };
  readonly withdrawalsByStage: ReadonlyMap<string, number>;
  readonly windowsByOutcome: ReadonlyMap<string, number>;
  /** How long each window that has ended was open. */
  readonly windowOpenMs: readonly number[];
  readonly findingsByTier: ReadonlyMap<string, number>;
  readonly remediation: { readonly onTime: number; readonly late: number };
  /** Keyed `side|status`. */
  readonly nominations: ReadonlyMap<string, number>;
  readonly nominationAnswers: readonly { readonly side: string; readonly ms: number }[];
  /** Keyed `sector|status` and `state|status`. */
  readonly grantsBySector: ReadonlyMap<string, number>;
  readonly grantsByState: ReadonlyMap<string, number>;
  readonly revocationsByCategory: ReadonlyMap<string, number>;
  /** Government requests opened in the period, by RequestOutcome. */
  readonly requestsByOutcome: ReadonlyMap<string, number>;
  /** How long each answered request (by the developer, either way) waited for its answer. */
  readonly requestAnswerMs: readonly number[];
}

/** The dimensions the figures are laid out by: every value listed, so an absent one reads as suppressed, not as missing. */
export interface StatisticsDimensions {
  readonly stages: readonly string[];
  readonly withdrawalStages: readonly string[];
  readonly windowOutcomes: readonly string[];
  readonly tiers: readonly string[];
  readonly sides: readonly string[];
  readonly nominationStatuses: readonly string[];
  readonly sectors: readonly string[];
  readonly states: readonly string[];
  readonly grantStatuses: readonly string[];
  readonly revocationCategories: readonly string[];
  readonly requestOutcomes: readonly string[];
}

export interface ProgramStatistics {
  readonly engagements: {
    readonly developerOrganizations: Cell;
    readonly byStage: CountList;
    readonly timeInStage: readonly ({ readonly stage: string } & Spread)[];
    readonly withdrawalsByStage: CountList;
  };
  readonly determinations: { readonly byTimeliness: CountList; readonly onTimeRate: Cell };
  readonly windows: { readonly byOutcome: CountList; readonly daysUsed: Spread };
  readonly findings: { readonly byTier: CountList; readonly remediationByTimeliness: CountList; readonly onTimeRemediationRate: Cell };
  readonly nominations: { readonly bySideAndOutcome: CountTable; readonly timeToAnswer: readonly ({ readonly side: string } & Spread)[] };
  readonly grants: { readonly bySectorAndStatus: CountTable; readonly byStateAndStatus: CountTable };
  readonly revocations: { readonly byCategory: CountList };
  readonly requests: { readonly byOutcome: CountList; readonly daysToAnswer: Spread };
}

function list(keys: readonly string[], counts: ReadonlyMap<string, number>): CountList {
  const { cells, total } = suppressList(keys.map((key) => counts.get(key) ?? 0));
  return { items: keys.map((key, i) => ({ key, count: cells[i]! })), total };
}

function table(rowKeys: readonly string[], columns: readonly string[], counts: ReadonlyMap<string, number>): CountTable {
  const { cells, rowTotals, columnTotals, total } = suppressedWithTotals(rowKeys.map((row) => columns.map((column) => counts.get(`${row}|${column}`) ?? 0)));
  return { columns, rows: rowKeys.map((key, r) => ({ key, cells: cells[r]!, total: rowTotals[r]! })), columnTotals, total };
}

const timeliness = (counts: { readonly onTime: number; readonly late: number }): ReadonlyMap<string, number> =>
  new Map([
    ['ON_TIME', counts.onTime],
    ['LATE', counts.late],
  ]);

/**
 * The program's figures, every one suppressed as participation's confidentiality requires. Every value of
 * every dimension is laid out, states and sectors with no grant included: which rows appear says nothing.
 */
export function programStatistics(facts: StatisticsFacts, dimensions: StatisticsDimensions): ProgramStatistics {
  const spreadBy = <K extends string>(name: K, keys: readonly string[], stays: readonly ({ readonly ms: number } & Record<K, string>)[]) =>
    keys.map((key) => ({ [name]: key, ...suppressedSpread(stays.filter((stay) => stay[name] === key).map((stay) => stay.ms)) }) as Record<K, string> & Spread);
  return {
    engagements: {
      developerOrganizations: facts.developerOrganizations < SMALL_CELL ? SUPPRESSED : facts.developerOrganizations,
      byStage: list(dimensions.stages, facts.engagementsByStage),
      timeInStage: spreadBy('stage', dimensions.stages, facts.stageStays),
      withdrawalsByStage: list(dimensions.withdrawalStages, facts.withdrawalsByStage),
    },
    determinations: {
      byTimeliness: list(['ON_TIME', 'LATE'], timeliness(facts.determinations)),
      onTimeRate: suppressedRate(facts.determinations.onTime, facts.determinations.onTime + facts.determinations.late),
    },
    windows: { byOutcome: list(dimensions.windowOutcomes, facts.windowsByOutcome), daysUsed: suppressedSpread(facts.windowOpenMs) },
    findings: {
      byTier: list(dimensions.tiers, facts.findingsByTier),
      remediationByTimeliness: list(['ON_TIME', 'LATE'], timeliness(facts.remediation)),
      onTimeRemediationRate: suppressedRate(facts.remediation.onTime, facts.remediation.onTime + facts.remediation.late),
    },
    nominations: {
      bySideAndOutcome: table(dimensions.sides, dimensions.nominationStatuses, facts.nominations),
      timeToAnswer: spreadBy('side', dimensions.sides, facts.nominationAnswers),
    },
    grants: {
      bySectorAndStatus: table(dimensions.sectors, dimensions.grantStatuses, facts.grantsBySector),
      byStateAndStatus: table(dimensions.states, dimensions.grantStatuses, facts.grantsByState),
    },
    revocations: { byCategory: list(dimensions.revocationCategories, facts.revocationsByCategory) },
    requests: { byOutcome: list(dimensions.requestOutcomes, facts.requestsByOutcome), daysToAnswer: suppressedSpread(facts.requestAnswerMs) },
  };
}

/** How a government request turned out: still open, accepted, declined by the developer, or declined by its deadline passing. */
export enum RequestOutcome {
  Open = 'OPEN',
  Accepted = 'ACCEPTED',
  DeclinedByDeveloper = 'DECLINED_BY_DEVELOPER',
  DeclinedByDeadline = 'DECLINED_BY_DEADLINE',
}

/** How a window offered to reviewers turned out: declined, still open, ended early (by the developer, a withdrawal, a release or a close), or run to its term. */
export enum WindowOutcome {
  Declined = 'DECLINED',
  Open = 'OPEN',
  EndedEarly = 'ENDED_EARLY',
  FullTerm = 'FULL_TERM',
}

/** A grant ended before its term, by what ended it: its own revocation, or the end of its engagement. */
export const REVOCATION_CATEGORIES: readonly GrantEndReason[] = [GrantEndReason.Revoked, GrantEndReason.EngagementWithdrawn, GrantEndReason.EngagementClosed];

export const STATISTICS_DIMENSIONS: StatisticsDimensions = {
  stages: ALL_STAGES,
  withdrawalStages: ALL_STAGES.filter((stage) => !isTerminal(stage)),
  windowOutcomes: Object.values(WindowOutcome),
  tiers: Object.values(RemediationTier),
  sides: Object.values(NominationSide),
  nominationStatuses: Object.values(NominationStatus),
  sectors: Object.values(PartnerSector),
  states: USPS_STATE_CODES,
  grantStatuses: Object.values(GrantStatus),
  revocationCategories: REVOCATION_CATEGORIES,
  requestOutcomes: Object.values(RequestOutcome),
};
