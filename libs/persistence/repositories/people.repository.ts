import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';

import { PersonEntity, PersonStatus } from '../entities';
import { containing } from './search';
import { Tx } from './unit-of-work';

/** What a token says of its person. */
export interface PersonClaims {
  readonly sub: string;
  readonly org: string;
  readonly roles: readonly string[];
  readonly name?: string;
  readonly email?: string;
}

export interface PeopleFilter {
  readonly role?: string;
  readonly org?: string;
  /** Part of a sub, name or email, any case. */
  readonly q?: string;
}

/** The directory of people. */
@Injectable()
export class PeopleRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Records what a token says of its person: added at their first call, updated when their claims change
   * (a name or email the token leaves out is kept). Answers the person's status, so a disabled one is refused.
   */
  async observe(claims: PersonClaims, now: Date): Promise<PersonStatus> {
    const rows: { status: PersonStatus }[] = await this.dataSource.query(
      `INSERT INTO people AS p (sub, name, email, org, roles, status, source, created_at, updated_at, last_seen_at)
       VALUES ($1, COALESCE($2, $1), $3, $4, $5::jsonb, 'ACTIVE', 'SIGN_IN', $6, $6, $6)
       ON CONFLICT (sub) DO UPDATE SET
         name = COALESCE($2, p.name),
         email = COALESCE($3, p.email),
         org = $4,
         roles = $5::jsonb,
         updated_at = CASE WHEN (COALESCE($2, p.name), COALESCE($3, p.email), $4, $5::jsonb) IS DISTINCT FROM (p.name, p.email, p.org, p.roles) THEN $6 ELSE p.updated_at END,
         last_seen_at = $6
       RETURNING status`,
      [claims.sub, claims.name ?? null, claims.email ?? null, claims.org, JSON.stringify(claims.roles), now],
    );
    return rows[0]?.status ?? 'ACTIVE';
  }

  /** Adds a person before their first sign-in; false when the sub is in the directory already. */
  async preRegister(tx: Tx, person: PersonEntity): Promise<boolean> {
    const rows: unknown[] = await tx.query(
      `INSERT INTO people (sub, name, email, org, roles, status, source, created_at, updated_at, last_seen_at, disabled_at)
       VALUES ($1, $2, $3, $4, $5::jsonb, $6, $7, $8, $9, $10, $11) ON CONFLICT (sub) DO NOTHING RETURNING sub`,
      [
        person.sub,
        person.name,
        person.email,
        person.org,
        JSON.stringify(person.roles),
        person.status,
        person.source,
        person.createdAt,
        person.updatedAt,
        person.lastSeenAt,
        person.disabledAt,
      ],
    );
    return rows.length === 1;
  }

  /** A person's status; someone the directory does not know is not disabled. */
  async statusOf(sub: string): Promise<PersonStatus> {
    const rows: { status: PersonStatus }[] = await this.dataSource.query('SELECT status FROM people WHERE sub = $1', [sub]);
    return rows[0]?.status ?? 'ACTIVE';
  }

  find(sub: string, tx?: Tx): Promise<PersonEntity | null> {
    return (tx ?? this.dataSource.manager).getRepository(PersonEntity).findOneBy({ sub });
  }

  findMany(subs: readonly string[]): Promise<PersonEntity[]> {
    return subs.length === 0 ? Promise.resolve([]) : this.dataSource.getRepository(PersonEntity).findBy({ sub: In([...subs]) });
  }

  /** The display names of the people named, for answers that show a name beside each id; an unknown sub is left out. */
  async namesOf(subs: readonly string[]): Promise<ReadonlyMap<string, string>> {
    // "system" is the clock, never a person (CreatePersonDto reserves it).
    const unique = [...new Set(subs)].filter((sub) => sub !== 'system');
    if (unique.length === 0) {
      return new Map();
    }
    const rows: { sub: string; name: string }[] = await this.dataSource.query('SELECT sub, name FROM people WHERE sub = ANY($1)', [unique]);
    return new Map(rows.map((row) => [row.sub, row.name]));
  }

  /** In sub order, keyset-paginated. */
  list(filter: PeopleFilter, limit: number, afterSub?: string): Promise<PersonEntity[]> {
    const query = this.dataSource.getRepository(PersonEntity).createQueryBuilder('p').orderBy('p.sub', 'ASC').take(limit);
    if (afterSub !== undefined) query.andWhere('p.sub > :afterSub', { afterSub });
    if (filter.org !== undefined) query.andWhere('p.org = :org', { org: filter.org });
    if (filter.role !== undefined) query.andWhere('p.roles ? :role', { role: filter.role });
    if (filter.q !== undefined) {
      query.andWhere('(p.sub ILIKE :like OR p.name ILIKE :like OR p.email ILIKE :like)', { like: containing(filter.q) });
    }
    return query.getMany();
  }

  /** Disables an active person; false when there is no such person or they were disabled already. */
  async disable(tx: Tx, sub: string, at: Date): Promise<boolean> {
    const result = await tx.getRepository(PersonEntity).update({ sub, status: 'ACTIVE' }, { status: 'DISABLED', disabledAt: at, updatedAt: at });
    return (result.affected ?? 0) > 0;
  }
}
