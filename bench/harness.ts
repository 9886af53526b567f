import { randomUUID } from 'node:crypto';

import autocannon from 'autocannon';

import { rssKiB } from '../tools/stack/processes';
import { Stack } from '../tools/stack/stack';
import type { TraceCollector } from '../tools/stack/trace-collector';

/** One span of a sampled command, placed in its trace: how deep, which process, when from the request's start and for how long. */
export interface WaterfallSpan {
  readonly depth: number;
  readonly service: string;
  readonly name: string;
  readonly startMs: number;
  readonly durationMs: number;
}

/** Where one command's time went (`npm run bench -- --trace`): its trace, span by span, in start order. */
export interface TraceSample {
  readonly command: string;
  readonly totalMs: number;
  readonly spans: readonly WaterfallSpan[];
}

/** What one scenario reports: its figure, the baseline measured in the same run, and how they compare. */
export interface ScenarioResult {
  readonly scenario: string;
  /** Named figures (seconds, per-second rates, milliseconds) exactly as printed. */
  readonly figures: Record<string, number>;
  readonly baseline: Record<string, number>;
  /** figure ÷ baseline for the quantities the targets speak about. */
  readonly ratios: Record<string, number>;
  /** Targets as printed marks, never as failures. */
  readonly targets: { readonly name: string; readonly ok: boolean; readonly detail: string }[];
  /** With `--trace`: sampled commands, span by span. */
  readonly traces?: readonly TraceSample[];
  /** Peak resident memory of the API and the worker while the scenario ran, in MiB. */
  readonly peakRssMiB?: { readonly api: number; readonly worker: number };
  readonly notes: string[];
}

export interface BenchOptions {
  readonly grants: number;
  readonly expiring: number;
  readonly engagements: number;
  readonly auditEvents: number;
  readonly connections: number;
  readonly seconds: number;
  readonly auditAppends: number;
  /** Events the audit trail is filled to before it is exported and searched (the last scenario). */
  readonly exportEvents: number;
  /** Grants revoked one by one while a gateway verifies offline, each timed until the gateway refuses its token. */
  readonly revocations: number;
  /** Commands of each kind per concurrency level in the command-path scenario. */
  readonly commands: number;
  /** API and worker processes (`--apis`, `--workers`): commands are spread over the APIs in turn. */
  readonly apis: number;
  readonly workers: number;
  /** The API and the worker trace to a collector in the bench, and the command path samples one trace of each command. */
  readonly trace: boolean;
  readonly only?: readonly string[];
}

/** What `bench/results/<timestamp>.json` holds: the machine, the options and every scenario's result. */
export interface BenchRun {
  readonly startedAt: string;
  readonly finishedAt: string;
  /** Whether the run reached its end (the file is written after every scenario). */
  readonly complete: boolean;
  readonly machine: { readonly cores: number; readonly cpuModel: string; readonly memoryGiB: number; readonly node: string };
  /** The flags the run was given, as typed after `npm run bench --`. */
  readonly argv?: readonly string[];
  readonly options: BenchOptions;
  readonly results: readonly ScenarioResult[];
}

export interface Bench {
  readonly stack: Stack;
  readonly options: BenchOptions;
  readonly memory: MemoryWatch;
  /** With `--trace`, where the API's and the worker's spans arrive. */
  readonly traces?: TraceCollector;
  log(line: string): void;
}

/** p-th percentile (0–100) of the values, nearest-rank. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) {
    return Number.NaN;
  }
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

export function round(value: number, digits = 2): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Runs `work` over the items with at most `concurrency` in flight; results keep the items' order. */
export async function pool<T, R>(items: readonly T[], concurrency: number, work: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const lane = async (): Promise<void> => {
    for (let index = next++; index < items.length; index = next++) {
      results[index] = await work(items[index]!, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, lane));
  return results;
}

export interface HttpAnswer<T> {
  readonly status: number;
  readonly body: T;
}

/** A request to the API: which API, the method and path, whose token, a JSON body and extra headers (both optional). */
type ApiRequest = [apiUrl: string, method: string, path: string, token: string, body?: unknown, headers?: Readonly<Record<string, string>>];

/**
 * One JSON request to the API. A 503 (a dependency overloaded or briefly away) is retried with the
 * same Idempotency-Key, so a command that did land the first time is answered, not applied twice.
 */
export async function call<T = Record<string, unknown>>(...[apiUrl, method, path, token, body, headers = {}]: ApiRequest): Promise<HttpAnswer<T>> {
  const key = method === 'GET' ? undefined : randomUUID();
  for (let attempt = 0; ; attempt += 1) {
    const response = await fetch(`${apiUrl}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        ...(key ? { 'idempotency-key': key } : {}),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (response.status === 503 && attempt < 20) {
      await sleep(250 * (attempt + 1));
      continue;
    }
    return { status: response.status, body: (text ? JSON.parse(text) : {}) as T };
  }
}

/** The API that the `n`th request goes to, taking the APIs in turn (one API unless `--apis`). */
export function apiFor(bench: Bench, n: number): string {
  return bench.stack.apiUrls[n % bench.stack.apiUrls.length]!;
}

/** Like {@link call}, but anything other than 2xx is an error naming the request. */
export async function must<T = Record<string, unknown>>(...request: ApiRequest): Promise<T> {
  const answer = await call<T>(...request);
  if (answer.status >= 300) {
    const [, method, path] = request;
    throw new Error(`${method} ${path} answered ${answer.status}: ${JSON.stringify(answer.body)}`);
  }
  return answer.body;
}

/** Samples the resident memory of the API and worker processes every 100 ms, keeping the peaks. */
export class MemoryWatch {
  private peaks = { api: 0, worker: 0 };
  private readonly timer: NodeJS.Timeout;

  constructor(private readonly stack: Stack) {
    this.timer = setInterval(() => this.sample(), 100);
    this.timer.unref();
  }

  /** With several APIs or workers (`--apis`, `--workers`), each kind's peak is its largest process's. */
  private sample(): void {
    for (const [name, managed] of this.stack.processes) {
      const kind = name.split('-')[0];
      if (kind === 'api' || kind === 'worker') {
        this.peaks[kind] = Math.max(this.peaks[kind], rssKiB(managed.child.pid));
      }
    }
  }

  /** The peaks since the last call, in MiB, and starts afresh. */
  take(): { api: number; worker: number } {
    const peaks = this.peek();
    this.peaks = { api: 0, worker: 0 };
    return peaks;
  }

  /** The peaks since the last `take`, in MiB, going on. */
  peek(): { api: number; worker: number } {
    this.sample();
    return { api: round(this.peaks.api / 1024, 1), worker: round(this.peaks.worker / 1024, 1) };
  }

  stop(): void {
    clearInterval(this.timer);
  }
}

/** What a fixed-concurrency load measured: answers per second that succeeded, latency, and what did not succeed. */
export interface Load {
  readonly rps: number;
  readonly p50: number;
  readonly p99: number;
  readonly requests: number;
  readonly failures: number;
}

/**
 * autocannon (a load generator in the benchmark's own process, not the API's) at the configured
 * connections for the configured seconds, cycling through `paths`. Only 2xx answers count toward the
 * rate, so a route that fails fast cannot look fast.
 */
export async function loadTest(
  bench: Bench,
  request: {
    readonly method?: 'GET' | 'POST';
    readonly paths: readonly string[];
    readonly token: string;
    readonly body?: unknown;
    /** Bodies to cycle through instead of one `body`, request by request. */
    readonly bodies?: readonly unknown[];
  },
): Promise<Load> {
  let next = 0;
  let nextBody = 0;
  const bodies = request.bodies?.map((b) => JSON.stringify(b));
  const result = await autocannon({
    url: bench.stack.apiUrl,
    connections: bench.options.connections,
    duration: bench.options.seconds,
    headers: {
      authorization: `Bearer ${request.token}`,
      ...(request.body === undefined && request.bodies === undefined ? {} : { 'content-type': 'application/json' }),
    },
    requests: [
      {
        method: request.method ?? 'GET',
        ...(request.body === undefined ? {} : { body: JSON.stringify(request.body) }),
        setupRequest: (req) => {
          next = (next + 1) % request.paths.length;
          if (bodies && bodies.length > 0) {
            nextBody = (nextBody + 1) % bodies.length;
            return { ...req, path: request.paths[next]!, body: bodies[nextBody]! };
          }
          return { ...req, path: request.paths[next]! };
        },
      },
    ],
  });
  return {
    rps: round(result['2xx'] / result.duration, 0),
    p50: round(result.latency.p50, 1),
    p99: round(result.latency.p99, 1),
    requests: result.requests.total,
    failures: result.non2xx + result.errors + result.timeouts,
  };
}
