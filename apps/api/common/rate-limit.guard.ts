import { CanActivate, ExecutionContext, Injectable, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';

import { AppConfig, RateLimit } from '#config';

import { RequestErrorCode, RequestException } from '../errors/api-errors';
import type { AuthenticatedRequest } from './authenticated-request';

export type RateLimited = 'introspection' | 'tokenIssuance';
const RATE_LIMITED = 'frontier:rate-limited';

/** The route's calls are limited per caller (RATE_LIMIT_INTROSPECTION, RATE_LIMIT_TOKEN_ISSUANCE). */
export const RateLimitedAs = (kind: RateLimited) => SetMetadata(RATE_LIMITED, kind);

interface Bucket {
  tokens: number;
  at: number;
}

/** A bucket untouched this long is full again, and forgotten. */
const IDLE_MS = 10 * 60_000;

/**
 * Global, after the permission guard: a caller who has spent their bucket for a rate-limited route is
 * answered 429 with Retry-After, before any work is done. Buckets are per process and per caller (their
 * `sub` and `org`), and refill continuously over the configured period.
 */
@Injectable()
export class RateLimitGuard implements CanActivate {
  private readonly buckets = new Map<string, Bucket>();
  private lastSweep = Date.now();

  constructor(
    private readonly reflector: Reflector,
    private readonly config: AppConfig,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    const kind = this.reflector.get<RateLimited | undefined>(RATE_LIMITED, context.getHandler());
    const actor = context.switchToHttp().getRequest<AuthenticatedRequest>().actor;
    if (kind === undefined || actor === undefined) {
      return true;
    }
    const limit = this.config.rateLimits[kind];
    const now = Date.now();
    this.sweep(now);
    const key = `${kind}\n${actor.org}\n${actor.sub}`;
    const bucket = this.refill(this.buckets.get(key), limit, now);
    if (bucket.tokens < 1) {
      const retryAfter = Math.max(1, Math.ceil(((1 - bucket.tokens) * limit.periodMs) / limit.count / 1000));
      this.buckets.set(key, bucket);
      throw new RequestException(
        RequestErrorCode.RateLimited,
        `too many requests: at most ${limit.count} every ${limit.periodMs / 1000} s; retry in ${retryAfter} s`,
        {
          retryAfter,
        },
      );
    }
    this.buckets.set(key, { tokens: bucket.tokens - 1, at: now });
    return true;
  }

  private refill(bucket: Bucket | undefined, limit: RateLimit, now: number): Bucket {
    if (!bucket) {
      return { tokens: limit.count, at: now };
    }
    return { tokens: Math.min(limit.count, bucket.tokens + ((now - bucket.at) * limit.count) / limit.periodMs), at: now };
  }

  private sweep(now: number): void {
    if (now - this.lastSweep < IDLE_MS) {
      return;
    }
    this.lastSweep = now;
    for (const [key, bucket] of this.buckets) {
      if (now - bucket.at > IDLE_MS) this.buckets.delete(key);
    }
  }
}
