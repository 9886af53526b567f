import { CountList, CountTable, Spread } from '#domain';

import { StatisticsDto } from './dto/statistics.dto';

type Row = readonly [figure: string, row: string, column: string, value: number | string];

const TOTAL = 'TOTAL';

function listRows(figure: string, list: CountList): Row[] {
  return [...list.items.map((item): Row => [figure, item.key, 'count', item.count]), [figure, TOTAL, 'count', list.total]];
}

function tableRows(figure: string, table: CountTable): Row[] {
  return [
    ...table.rows.flatMap((row): Row[] => [
      ...table.columns.map((column, c): Row => [figure, row.key, column, row.cells[c]!]),
      [figure, row.key, TOTAL, row.total],
    ]),
    ...table.columns.map((column, c): Row => [figure, TOTAL, column, table.columnTotals[c]!]),
    [figure, TOTAL, TOTAL, table.total],
  ];
}

function spreadRows(figure: string, key: string, spread: Spread): Row[] {
  return [
    [figure, key, 'count', spread.count],
    [figure, key, 'medianDays', spread.medianDays],
    [figure, key, 'p90Days', spread.p90Days],
  ];
}

const quoted = (value: number | string): string => {
  const text = String(value);
  return /[",\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

/** The statistics as CSV in long form, one figure a line (`figure,row,column,value`), suppressed cells reading "<5" as in JSON. */
export function statisticsCsv(stats: StatisticsDto): string {
  const rows: Row[] = [
    ['period', 'from', '', stats.from ?? ''],
    ['period', 'to', '', stats.to ?? ''],
    ['engagements.developerOrganizations', '', '', stats.engagements.developerOrganizations],
    ...listRows('engagements.byStage', stats.engagements.byStage),
    ...stats.engagements.timeInStage.flatMap((spread) => spreadRows('engagements.timeInStage', spread.stage, spread)),
    ...listRows('engagements.withdrawalsByStage', stats.engagements.withdrawalsByStage),
    ['determinations.targetDays', '', '', stats.determinations.targetDays],
    ...listRows('determinations.byTimeliness', stats.determinations.byTimeliness),
    ['determinations.onTimeRate', '', '', stats.determinations.onTimeRate],
    ...listRows('windows.byOutcome', stats.windows.byOutcome),
    ...spreadRows('windows.daysUsed', '', stats.windows.daysUsed),
    ...listRows('findings.byTier', stats.findings.byTier),
    ...listRows('findings.remediationByTimeliness', stats.findings.remediationByTimeliness),
    ['findings.onTimeRemediationRate', '', '', stats.findings.onTimeRemediationRate],
    ...tableRows('nominations.bySideAndOutcome', stats.nominations.bySideAndOutcome),
    ...stats.nominations.timeToAnswer.flatMap((spread) => spreadRows('nominations.timeToAnswer', spread.side, spread)),
    ...tableRows('grants.bySectorAndStatus', stats.grants.bySectorAndStatus),
    ...tableRows('grants.byStateAndStatus', stats.grants.byStateAndStatus),
    ...listRows('revocations.byCategory', stats.revocations.byCategory),
    ...listRows('requests.byOutcome', stats.requests.byOutcome),
    ...spreadRows('requests.daysToAnswer', '', stats.requests.daysToAnswer),
  ];
  return `figure,row,column,value\n${rows.map((row) => row.map(quoted).join(',')).join('\n')}\n`;
}
