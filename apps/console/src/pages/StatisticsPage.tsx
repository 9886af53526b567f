import { useQuery } from '@tanstack/react-query';
import { Button, Fieldset, Label } from '@trussworks/react-uswds';
import { type FormEvent, useId, useState } from 'react';

import { answer, api, type Schemas } from '../api/client';
import { eventLabel } from '../labels';
import { Page } from '../ui/page';
import { ProblemAlert } from '../ui/problem';

type Cell = number | '<5';
type CountList = Schemas['CountListDto'];
type CountTable = Schemas['CountTableDto'];
type Spread = Schemas['SpreadDto'];

const BAR_HEIGHT = 22;
const LABEL_WIDTH = 190;
const CHART_WIDTH = 560;

const label = (key: string): string => (/^[A-Z0-9_]+$/.test(key) && key.length > 3 ? eventLabel(key) : key);
const said = (cell: Cell): string => (cell === '<5' ? 'fewer than 5 (suppressed)' : String(cell));

/** A list of counts as a bar chart, read out whole by its accessible name, with the same figures as a table beneath. */
function BarChart({ title, list }: { readonly title: string; readonly list: CountList }) {
  const id = useId();
  const items = list.items as { key: string; count: Cell }[];
  const largest = Math.max(1, ...items.map((item) => (typeof item.count === 'number' ? item.count : 0)));
  const summary = `${title}: ${items.map((item) => `${label(item.key)} ${said(item.count)}`).join('; ')}; total ${said(list.total)}.`;
  return (
    <figure className="console-chart" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`}>
        <strong>{title}</strong> (total {list.total})
      </figcaption>
      <svg role="img" aria-label={summary} width="100%" viewBox={`0 0 ${CHART_WIDTH + LABEL_WIDTH + 60} ${items.length * (BAR_HEIGHT + 6)}`}>
        {items.map((item, i) => {
          const y = i * (BAR_HEIGHT + 6);
          const width = typeof item.count === 'number' ? (item.count / largest) * CHART_WIDTH : 0;
          return (
            <g key={item.key}>
              <text x={0} y={y + BAR_HEIGHT * 0.7} fontSize="14">
                {label(item.key)}
              </text>
              {item.count === '<5' ? (
                <rect x={LABEL_WIDTH} y={y} width={24} height={BAR_HEIGHT} fill="none" stroke="#565c65" strokeDasharray="4 3" />
              ) : (
                <rect x={LABEL_WIDTH} y={y} width={Math.max(width, 1)} height={BAR_HEIGHT} fill="#005ea2" />
              )}
              <text x={LABEL_WIDTH + Math.max(width, 24) + 6} y={y + BAR_HEIGHT * 0.7} fontSize="14">
                {item.count}
              </text>
            </g>
          );
        })}
      </svg>
      <details>
        <summary>{title}: data table</summary>
        <table className="usa-table usa-table--compact">
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col">Value</th>
              <th scope="col">Count</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={item.key}>
                <th scope="row">{label(item.key)}</th>
                <td>{item.count}</td>
              </tr>
            ))}
            <tr>
              <th scope="row">Total</th>
              <td>{list.total}</td>
            </tr>
          </tbody>
        </table>
      </details>
    </figure>
  );
}

/** A two-way table of counts, with its row and column totals. */
function CountTableView({ title, rowHeader, table }: { readonly title: string; readonly rowHeader: string; readonly table: CountTable }) {
  return (
    <div className="usa-table-container--scrollable" tabIndex={0} role="region" aria-label={title}>
      <table className="usa-table usa-table--compact">
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">{rowHeader}</th>
            {table.columns.map((column) => (
              <th scope="col" key={column}>
                {label(column)}
              </th>
            ))}
            <th scope="col">Total</th>
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{label(row.key)}</th>
              {row.cells.map((cell, i) => (
                <td key={table.columns[i]}>{cell}</td>
              ))}
              <td>{row.total}</td>
            </tr>
          ))}
          <tr>
            <th scope="row">Total</th>
            {table.columnTotals.map((cell, i) => (
              <td key={table.columns[i]}>{cell}</td>
            ))}
            <td>{table.total}</td>
          </tr>
        </tbody>
      </table>
    </div>
  );
}

function SpreadTable({ title, rowHeader, rows }: { readonly title: string; readonly rowHeader: string; readonly rows: readonly (Spread & { key: string })[] }) {
  return (
    <table className="usa-table usa-table--compact">
      <caption>{title}</caption>
      <thead>
        <tr>
          <th scope="col">{rowHeader}</th>
          <th scope="col">How many</th>
          <th scope="col">Median (days)</th>
          <th scope="col">90th percentile (days)</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">{label(row.key)}</th>
            <td>{row.count}</td>
            <td>{row.medianDays}</td>
            <td>{row.p90Days}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const instant = (date: string): string | undefined => (date ? `${date}T00:00:00Z` : undefined);

/** Saves the same figures as CSV: fetched with the session, then handed to the browser as a file. */
async function downloadCsv(query: { from?: string; to?: string }): Promise<void> {
  const params = new URLSearchParams(Object.entries(query).filter((entry): entry is [string, string] => entry[1] !== undefined));
  const response = await fetch(`/v1/statistics?${params.toString()}`, { headers: { accept: 'text/csv' }, credentials: 'same-origin' });
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = 'statistics.csv';
  link.click();
  URL.revokeObjectURL(url);
}

/**
 * How the voluntary process is used, for program administrators, auditors and oversight: the program's
 * figures over a period of submission, small cells suppressed ("<5") as the API answers them.
 */
export function StatisticsPage() {
  const [dates, setDates] = useState({ from: '', to: '' });
  const [period, setPeriod] = useState<{ from?: string; to?: string }>({});
  const stats = useQuery({
    queryKey: ['statistics', period],
    queryFn: () => answer(api.GET('/v1/statistics', { params: { query: period } })),
  });
  const apply = (event: FormEvent) => {
    event.preventDefault();
    setPeriod(Object.fromEntries(Object.entries({ from: instant(dates.from), to: instant(dates.to) }).filter(([, value]) => value !== undefined)));
  };
  const s = stats.data;
  return (
    <Page title="Program statistics">
      <p>
        Figures over the engagements submitted in the period. Participation is confidential: a figure counting fewer than 5 engagements or organizations reads
        &ldquo;&lt;5&rdquo;, and so does the figure that would give it back from a total.
      </p>
      <form className="usa-form usa-form--large" onSubmit={apply} aria-label="Period">
        <Fieldset legend="Submitted in">
          <Label htmlFor="statistics-from">From (UTC date, inclusive)</Label>
          <input
            className="usa-input"
            id="statistics-from"
            name="from"
            type="date"
            value={dates.from}
            onChange={(e) => setDates({ ...dates, from: e.target.value })}
          />
          <Label htmlFor="statistics-to">To (UTC date, exclusive)</Label>
          <input className="usa-input" id="statistics-to" name="to" type="date" value={dates.to} onChange={(e) => setDates({ ...dates, to: e.target.value })} />
        </Fieldset>
        <Button type="submit">Show</Button>{' '}
        <Button type="button" outline onClick={() => void downloadCsv(period)}>
          Download CSV
        </Button>
      </form>
      <ProblemAlert error={stats.error} />
      {stats.isPending && <p>Counting…</p>}
      {s && (
        <>
          <section aria-labelledby="statistics-engagements">
            <h2 id="statistics-engagements">Engagements</h2>
            <p>
              Developer organizations taking part: <strong data-testid="developer-organizations">{s.engagements.developerOrganizations}</strong>
            </p>
            <BarChart title="Engagements by stage" list={s.engagements.byStage} />
            <SpreadTable title="Time in each stage" rowHeader="Stage" rows={s.engagements.timeInStage.map((row) => ({ ...row, key: row.stage }))} />
            <BarChart title="Withdrawals by the stage left" list={s.engagements.withdrawalsByStage} />
          </section>
          <section aria-labelledby="statistics-requests">
            <h2 id="statistics-requests">Government requests</h2>
            <BarChart title="Requests by outcome" list={s.requests.byOutcome} />
            <SpreadTable title="Days to the developer's answer" rowHeader="Requests" rows={[{ ...s.requests.daysToAnswer, key: 'Answered requests' }]} />
          </section>
          <section aria-labelledby="statistics-determinations">
            <h2 id="statistics-determinations">Determinations</h2>
            <p>
              Target: {s.determinations.targetDays} days. On time: <strong data-testid="on-time-rate">{s.determinations.onTimeRate}</strong>
              {typeof s.determinations.onTimeRate === 'number' && <> ({Math.round(s.determinations.onTimeRate * 100)}%)</>}.
            </p>
            <BarChart title="Determinations by timeliness" list={s.determinations.byTimeliness} />
          </section>
          <section aria-labelledby="statistics-windows">
            <h2 id="statistics-windows">Pre-release windows</h2>
            <BarChart title="Windows by outcome" list={s.windows.byOutcome} />
            <SpreadTable title="Days each ended window was open" rowHeader="Windows" rows={[{ ...s.windows.daysUsed, key: 'Ended windows' }]} />
          </section>
          <section aria-labelledby="statistics-findings">
            <h2 id="statistics-findings">Findings</h2>
            <BarChart title="Findings by tier" list={s.findings.byTier} />
            <BarChart title="Remediation by timeliness" list={s.findings.remediationByTimeliness} />
            <p>On-time remediation rate: {s.findings.onTimeRemediationRate}</p>
          </section>
          <section aria-labelledby="statistics-partners">
            <h2 id="statistics-partners">Trusted partners</h2>
            <CountTableView title="Nominations by side and outcome" rowHeader="Side" table={s.nominations.bySideAndOutcome} />
            <SpreadTable title="Days to answer a nomination" rowHeader="Side" rows={s.nominations.timeToAnswer.map((row) => ({ ...row, key: row.side }))} />
            <CountTableView title="Grants by sector and status" rowHeader="Sector" table={s.grants.bySectorAndStatus} />
            <details>
              <summary>Grants by state and status</summary>
              <CountTableView title="Grants by state and status" rowHeader="State" table={s.grants.byStateAndStatus} />
            </details>
            <BarChart title="Grants ended early, by category" list={s.revocations.byCategory} />
          </section>
        </>
      )}
    </Page>
  );
}
