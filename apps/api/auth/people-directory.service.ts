import { Injectable } from '@nestjs/common';

import { Actor } from '#domain';
import { PeopleRepository, PersonStatus } from '#persistence';

import type { CallerProfile } from './token-verifier.service';

/** How long one process trusts what it last wrote or read of a person (a disable in another process bites within it). */
const REMEMBER_MS = 5_000;

/**
 * Every caller is a person in the directory: recorded at their first call, updated when their token says
 * something new, and refused once disabled. Writes at most once per person per few seconds per process.
 */
@Injectable()
export class PeopleDirectoryService {
  private readonly seen = new Map<string, { readonly fingerprint: string; readonly status: PersonStatus; readonly at: number }>();
  private readonly statuses = new Map<string, { readonly status: PersonStatus; readonly at: number }>();

  constructor(private readonly people: PeopleRepository) {}

  async observe(actor: Actor, profile: CallerProfile): Promise<PersonStatus> {
    const fingerprint = JSON.stringify([actor.org, actor.roles, profile.name ?? null, profile.email ?? null]);
    const now = Date.now();
    const known = this.seen.get(actor.sub);
    if (known && known.fingerprint === fingerprint && now - known.at < REMEMBER_MS) {
      return known.status;
    }
    const status = await this.people.observe({ sub: actor.sub, org: actor.org, roles: actor.roles, ...profile }, new Date(now));
    if (this.seen.size > 50_000) {
      this.seen.clear();
    }
    this.seen.set(actor.sub, { fingerprint, status, at: now });
    return status;
  }

  /** Whether someone is disabled: for tokens the API issued them, checked at each introspection. */
  async isDisabled(sub: string): Promise<boolean> {
    const now = Date.now();
    const known = this.statuses.get(sub);
    if (known && now - known.at < REMEMBER_MS) {
      return known.status === 'DISABLED';
    }
    const status = await this.people.statusOf(sub);
    if (this.statuses.size > 50_000) {
      this.statuses.clear();
    }
    this.statuses.set(sub, { status, at: now });
    return status === 'DISABLED';
  }

  /** Forgets what this process remembers of a person, so a change to them bites at once here. */
  forget(sub: string): void {
    this.seen.delete(sub);
    this.statuses.delete(sub);
  }
}
