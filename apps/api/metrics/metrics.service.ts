import { createHash, timingSafeEqual } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';

import { AppConfig } from '#config';

import { AuthErrorCode, AuthException, RequestErrorCode, RequestException } from '../errors/api-errors';

const digest = (text: string): Buffer => createHash('sha256').update(text).digest();

/** One registry per process, with technical metrics only: no engagement ids or other content in labels. */
@Injectable()
export class MetricsService {
  readonly registry = new Registry();

  readonly httpDuration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP request duration by route and status',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });

  readonly commands = new Counter({
    name: 'engagement_commands_total',
    help: 'Engagement commands sent to workflows, by command and outcome',
    labelNames: ['command', 'outcome'] as const,
    registers: [this.registry],
  });

  readonly workflowsNotRunning = new Counter({
    name: 'workflows_not_running_total',
    help: 'Commands that found the workflow of an engagement or grant under way in the record not running (terminated, or reset out of step)',
    labelNames: ['kind'] as const,
    registers: [this.registry],
  });

  constructor(private readonly config: AppConfig) {
    collectDefaultMetrics({ register: this.registry });
  }

  /**
   * The metrics, for a caller presenting METRICS_TOKEN as a bearer token (compared in constant time).
   * Command counts by kind say what happens on the engagements, so nobody reads them without it.
   */
  async scrape(authorization: string | undefined): Promise<string> {
    const expected = this.config.metricsToken;
    if (expected === undefined) {
      throw new RequestException(RequestErrorCode.RouteNotFound, 'metrics are off: set METRICS_TOKEN to serve them');
    }
    if (authorization === undefined || !timingSafeEqual(digest(authorization), digest(`Bearer ${expected}`))) {
      throw new AuthException(AuthErrorCode.Unauthenticated, 'send the metrics token as a bearer token');
    }
    return this.registry.metrics();
  }
}
