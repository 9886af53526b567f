import { execFile } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { promisify } from 'node:util';

import { Role } from '#domain';

import { get, post } from '../support/api';
import { OUTPUT, ROOT } from '../support/paths';
import { approvedGrants, cast, inWindow, partnerRows, publishTerms, registerPartners } from '../support/scenario';
import { asOwner, caller, stack } from '../support/stack';

const run = promisify(execFile);

interface Exchange {
  readonly method: string;
  readonly path: string;
  readonly status: number;
  readonly contentType: string;
  readonly leak: boolean;
  /** The operation ("GET /v1/engagements/{id}") and how long its answer took, in seconds. */
  readonly operation: string;
  readonly elapsed: number;
  /** The body of a 5xx (test/fuzz/hooks.py). */
  readonly answer?: string;
}

/** The API's log (test/support/global-setup.ts starts the stack with its logs under OUTPUT). */
const API_LOG = path.join(OUTPUT, 'stack-logs', 'api.log');

/** How far the API's log has got, so a failure can quote only what was logged after. */
function logLength(): number {
  return existsSync(API_LOG) ? statSync(API_LOG).size : 0;
}

/** The error lines the API logged since `from` (a logLength()). */
function errorsLoggedSince(from: number): string {
  if (!existsSync(API_LOG)) {
    return '(no log)';
  }
  return readFileSync(API_LOG)
    .subarray(from)
    .toString('utf8')
    .split('\n')
    .filter((line) => /"level":"(error|fatal)"|\bERROR\b|Error:/.test(line))
    .slice(0, 40)
    .join('\n')
    .slice(0, 10_000);
}

/** Each caller's run that found something: its heading and its FAILURES section, not the progress lines. */
function failuresIn(output: string): string {
  const runs = output.split(/^(?=== fuzzing as )/m);
  const failed = runs.filter((run) => !/No issues found/.test(run));
  return failed
    .map((run) => {
      const heading = run.split('\n', 1)[0] ?? '';
      const start = run.search(/=+ (?:FAILURES|ERRORS|WARNINGS) =+/);
      return `${heading}\n${(start >= 0 ? run.slice(start) : run).slice(0, 8_000)}`;
    })
    .join('\n')
    .slice(0, 30_000);
}

/** The operations the API spent longest answering, summed over the run, to see where a slow run went. */
function slowestOperations(exchanges: readonly Exchange[], count = 8): string {
  const spent = new Map<string, { seconds: number; requests: number }>();
  for (const { operation, elapsed } of exchanges) {
    const sum = spent.get(operation) ?? { seconds: 0, requests: 0 };
    spent.set(operation, { seconds: sum.seconds + elapsed, requests: sum.requests + 1 });
  }
  const total = exchanges.reduce((sum, e) => sum + e.elapsed, 0);
  const slowest = [...spent].sort(([, a], [, b]) => b.seconds - a.seconds).slice(0, count);
  return [
    `the API answered in ${total.toFixed(1)} s in all; the operations that took longest:`,
    ...slowest.map(([operation, sum]) => `  ${sum.seconds.toFixed(1).padStart(7)} s  ${String(sum.requests).padStart(4)} requests  ${operation}`),
    '',
  ].join('\n');
}

/**
 * schemathesis generates requests from /openapi.json, valid and invalid, as every kind of caller
 * (scripts/fuzz-api.sh). Whatever it sends, the API answers without a 5xx, every refusal is
 * problem+json, and nothing leaks a stack trace or SQL.
 */
describe('the API under schemathesis', () => {
  it(
    'answers at least 1,000 generated requests with no 5xx, problem+json for every 4xx, and no internals',
    async () => {
      const c = await cast();
      const engagement = await inWindow(c);
      const finding = await post<{ id: string }>(`/v1/engagements/${engagement}/findings`, c.reviewer.token, {
        title: 'Prompt injection through tool output',
        description: 'Crafted tool output reaches the planner',
        inKev: false,
        publiclyExposed: true,
        automatable: true,
        technicalImpact: 'PARTIAL',
      });
      const rows = partnerRows(3, 'COMMUNITY_BANK', 'IA');
      await registerPartners(c, rows);
      await publishTerms(c, engagement);
      await approvedGrants(c, engagement, [rows[0]!.id]);
      const partner = await caller(Role.Partner, rows[0]!.id);
      const grant = (await get<{ items: { id: string }[] }>('/v1/grants', partner.token)).body.items[0]!.id;
      const pending = await post<{ id: string }>(`/v1/engagements/${engagement}/nominations`, c.admin.token, {
        partnerIds: [rows[1]!.id],
        durationDays: 30,
        scopes: ['model:query'],
      });

      // A government request still open, so the developer's generated answers reach it.
      const asked = await post<{ id: string }>('/v1/requests', c.admin.token, {
        developerOrg: c.developer.org,
        modelName: 'Atlas',
        note: 'Asked of the fuzzed developer',
        respondBy: new Date(Date.now() + 7 * 86_400_000).toISOString(),
      });

      const tokens = {
        anonymous: '',
        developer: c.developer.token,
        reviewer: c.reviewer.token,
        authority: c.authority.token,
        admin: c.admin.token,
        auditor: c.auditor.token,
        partner: partner.token,
      };
      const tokensFile = path.join(OUTPUT, 'fuzz-tokens.json');
      const record = path.join(OUTPUT, 'fuzz-exchanges.jsonl');
      writeFileSync(tokensFile, JSON.stringify(tokens));
      const knownIds = { engagement, grant, partner: rows[2]!.id, findingId: finding.body.id, nominationId: pending.body.id, request: asked.body.id };

      // The fuzzer acts as a program administrator too, and so renames and re-kinds registered organizations
      // (the seeded ones among them) that the rest of the suite relies on: they are put back afterwards.
      // It disables people it finds in the directory too (the one who registers the suite's organizations among them): they are enabled again.
      const registry = await asOwner((db) => db.query<{ id: string; name: string; kind: string }>('SELECT id, name, kind FROM organizations'));
      const disabledBefore = await asOwner((db) => db.query<{ sub: string }>(`SELECT sub FROM people WHERE status = 'DISABLED'`));
      const restoreRegistry = async () => {
        await asOwner(async (db) => {
          for (const row of registry.rows) {
            await db.query('UPDATE organizations SET name = $2, kind = $3 WHERE id = $1 AND (name <> $2 OR kind <> $3)', [row.id, row.name, row.kind]);
          }
          await db.query(`UPDATE people SET status = 'ACTIVE', disabled_at = NULL WHERE status = 'DISABLED' AND NOT (sub = ANY($1))`, [
            disabledBefore.rows.map((row) => row.sub),
          ]);
        });
        // Each API process remembers a person's status for up to 5 s (apps/api/auth/people-directory.service.ts).
        await new Promise((resolve) => setTimeout(resolve, 5_500));
      };
      const logFrom = logLength();
      const outcome = await run('bash', [path.join(ROOT, 'scripts', 'fuzz-api.sh'), stack().apiUrl, tokensFile, record], {
        cwd: ROOT,
        env: { ...process.env, FUZZ_KNOWN_IDS: JSON.stringify(knownIds) },
        maxBuffer: 64 * 1024 * 1024,
        timeout: 20 * 60_000,
      })
        .then(
          (result) => ({ ok: true, output: result.stdout }),
          (error: unknown) => {
            const failed = error as { stdout?: string; stderr?: string };
            return { ok: false, output: `${failed.stdout ?? ''}\n${failed.stderr ?? ''}` };
          },
        )
        .finally(restoreRegistry);

      // The whole report, for reading after a run (the failure message below holds the FAILURES sections only).
      writeFileSync(path.join(OUTPUT, 'fuzz-output.txt'), outcome.output);
      const exchanges = readFileSync(record, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as Exchange);
      process.stdout.write(`schemathesis sent ${exchanges.length} requests\n${slowestOperations(exchanges)}`);
      const serverErrors = exchanges.filter((e) => e.status >= 500);
      if (!outcome.ok || serverErrors.length > 0) {
        // Named in full here, since the server's log does not outlive the run.
        throw new Error(
          [
            'schemathesis found problems:',
            failuresIn(outcome.output),
            `server errors: ${JSON.stringify(serverErrors.slice(0, 20), null, 2)}`,
            `errors the API logged meanwhile:\n${errorsLoggedSince(logFrom)}`,
          ].join('\n'),
        );
      }
      expect(exchanges.filter((e) => e.status >= 400 && !e.contentType.includes('application/problem+json'))).toEqual([]);
      expect(exchanges.filter((e) => e.leak)).toEqual([]);
      const output = outcome.output;
      expect(output).toContain('== fuzzing as partner');
      expect(exchanges.length).toBeGreaterThanOrEqual(1000);
      // The run got past authentication and validation too, not only refusals.
      expect(exchanges.filter((e) => e.status < 300).length).toBeGreaterThan(50);
    },
    25 * 60_000,
  );
});

/**
 * What schemathesis does not send: JSON nested 10,000 levels deep and bodies past every limit, to every
 * route that takes a body, anonymously and as every kind of caller. None may cost a 5xx, and each refusal
 * is problem+json.
 */
describe('hostile bodies on every route that takes one', () => {
  it('deeply nested and oversized bodies, anonymous or not, are refused with problem+json and never a 5xx', async () => {
    const c = await cast();
    const engagement = await inWindow(c);
    const spec = await get<{ paths: Record<string, Record<string, { requestBody?: unknown }>> }>('/openapi.json');
    const routes = Object.entries(spec.body.paths).flatMap(([template, methods]) =>
      Object.entries(methods)
        .filter(([method, operation]) => ['post', 'put', 'patch'].includes(method) && operation.requestBody !== undefined)
        .map(([method]) => ({ method: method.toUpperCase(), path: template.replace(/\{id\}/g, engagement).replace(/\{\w+\}/g, 'x') })),
    );
    expect(routes.length).toBeGreaterThan(15);
    const bodies = {
      nested: `{"a":${'['.repeat(10_000)}${']'.repeat(10_000)}}`,
      oversized: JSON.stringify({ a: 'x'.repeat(3 * 1024 * 1024) }),
    };
    const callers = { anonymous: undefined, developer: c.developer.token, reviewer: c.reviewer.token, admin: c.admin.token, partner: c.partner.token };
    const answers: { route: string; caller: string; body: string; status: number; problem: boolean }[] = [];
    for (const route of routes) {
      for (const [who, token] of Object.entries(callers)) {
        for (const [kind, rawBody] of Object.entries(bodies)) {
          const res = await fetch(`${stack().apiUrl}${route.path}`, {
            method: route.method,
            headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
            body: rawBody,
          });
          const text = await res.text();
          answers.push({
            route: `${route.method} ${route.path}`,
            caller: who,
            body: kind,
            status: res.status,
            problem: (res.headers.get('content-type') ?? '').includes('application/problem+json') && !/\n\s+at /.test(text),
          });
        }
      }
    }
    expect(answers.filter((a) => a.status >= 500)).toEqual([]);
    expect(answers.filter((a) => !a.problem)).toEqual([]);
    // Anonymous callers are refused before their body is read.
    expect(answers.filter((a) => a.caller === 'anonymous' && a.status !== 401)).toEqual([]);
  }, 300_000);
});
