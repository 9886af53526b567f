import { randomUUID } from 'node:crypto';

import { DataSource, IsNull, MoreThan } from 'typeorm';

import {
  AttestationEntity,
  AuditEventEntity,
  AuditRepository,
  BenchmarkResultEntity,
  ConsultationEntity,
  dataSourceOptions,
  EngagementEntity,
  EngagementRepository,
  PeopleRepository,
  RecusalEntity,
  ReviewerAssignmentEntity,
  TimelineEntryEntity,
} from '#persistence';

import { act, Cast, cast, determined, recommended } from '../support/scenario';
import { stack } from '../support/stack';
import { StatementRecorder } from '../support/statements';

/**
 * An engagement's detail reads the engagement, every row hanging off it, the names it shows and the key
 * that opens its text in one statement, and every
 * access check its roster in one: what they read is exactly what TypeORM reads table by table (the same
 * entities, fields, types and order).
 */
describe('the engagement detail, in one statement', () => {
  let c: Cast;
  let dataSource: DataSource;
  let counter: StatementRecorder;
  let repository: EngagementRepository;

  beforeAll(async () => {
    c = await cast();
    counter = new StatementRecorder();
    dataSource = await new DataSource({ ...dataSourceOptions({ url: stack().appEnv['DATABASE_URL']! }), logging: true, logger: counter }).initialize();
    repository = new EngagementRepository(dataSource);
  });

  afterAll(async () => {
    await dataSource.destroy();
  });

  /** The detail as TypeORM reads it, one query per table, and the names and key as their own repositories read them. */
  async function tableByTable(id: string): Promise<unknown> {
    const m = dataSource.manager;
    const keys: { wrapped_key: string | null }[] = await m.query('SELECT wrapped_key FROM engagement_keys WHERE engagement_id = $1', [id]);
    const [engagement, reviewerRows, attestations, benchmarks, timeline, recusals, consultations] = await Promise.all([
      m.getRepository(EngagementEntity).findOneBy({ id }),
      m.getRepository(ReviewerAssignmentEntity).find({ where: { engagementId: id, endedAt: IsNull() }, order: { assignedAt: 'ASC', reviewerSub: 'ASC' } }),
      m.getRepository(AttestationEntity).find({ where: { engagementId: id }, order: { attestedAt: 'ASC' } }),
      m.getRepository(BenchmarkResultEntity).find({ where: { engagementId: id }, order: { recordedAt: 'ASC', id: 'ASC' } }),
      m.getRepository(TimelineEntryEntity).find({ where: { engagementId: id }, order: { version: 'ASC' } }),
      m.getRepository(RecusalEntity).find({ where: { engagementId: id }, select: { sub: true } }),
      m.getRepository(ConsultationEntity).find({ where: { engagementId: id }, order: { askedAt: 'ASC', id: 'ASC' } }),
    ]);
    return {
      engagement,
      consultations,
      reviewerRows,
      attestations,
      benchmarks,
      timeline,
      reviewers: reviewerRows.map((r) => r.reviewerSub),
      attested: attestations.map((a) => a.sub),
      recused: recusals.map((r) => r.sub),
      names: await new PeopleRepository(dataSource).namesOf([...timeline.map((t) => t.actorSub), ...reviewerRows.map((r) => r.reviewerSub)]),
      key: keys[0] ?? null,
    };
  }

  it('a determined engagement: one statement, and the entities TypeORM reads table by table', async () => {
    const id = await determined(c);
    counter.reset();
    const aggregate = await repository.findDetail(id);
    expect(counter.count).toBe(1);
    expect(aggregate).toEqual(await tableByTable(id));
    // Not vacuous: the rows a determination leaves are there, with their types.
    expect(aggregate!.engagement).toBeInstanceOf(EngagementEntity);
    expect(aggregate!.engagement.submittedAt).toBeInstanceOf(Date);
    expect(aggregate!.reviewerRows.length).toBeGreaterThan(0);
    expect(aggregate!.attestations.length).toBeGreaterThan(0);
    expect(aggregate!.benchmarks.length).toBeGreaterThan(0);
    expect(aggregate!.timeline.map((t) => t.version)).toEqual([...aggregate!.timeline.map((t) => t.version)].sort((a, b) => a - b));
    expect(aggregate!.timeline.length).toBeGreaterThan(3);
    // The people it names, by name, and the key that opens its sealed text (a determination's rationale).
    expect(aggregate!.names.get(c.developer.sub)).toEqual(expect.any(String));
    expect(aggregate!.names.size).toBeGreaterThan(1);
    expect(aggregate!.key?.wrapped_key).toEqual(expect.any(String));

    // The roster every access check reads: one statement too, and the same people.
    counter.reset();
    const roster = await repository.findRoster(id);
    expect(counter.count).toBe(1);
    const sorted = (subs: readonly string[]) => [...subs].sort();
    expect({ ...roster!, reviewers: sorted(roster!.reviewers), attested: sorted(roster!.attested) }).toEqual({
      engagement: aggregate!.engagement,
      reviewers: sorted(aggregate!.reviewers),
      attested: sorted(aggregate!.attested),
      recused: [],
    });
  });

  it('an authority’s recusal is read with the rest', async () => {
    const id = await recommended(c);
    await act(`/v1/engagements/${id}/attestations`, c.authority, { noConflictOfInterest: true });
    await act(`/v1/engagements/${id}/recusal`, c.authority, { reason: 'Prior consulting for the developer' });
    const aggregate = await repository.findDetail(id);
    expect(aggregate!.recused).toEqual([c.authority.sub]);
    expect(aggregate).toEqual(await tableByTable(id));
  });

  it('an engagement that does not exist: one statement, and nothing', async () => {
    counter.reset();
    expect(await repository.findDetail(randomUUID())).toBeNull();
    expect(await repository.findRoster(randomUUID())).toBeNull();
    expect(counter.count).toBe(2);
  });

  it('a page of its audit trail: one statement, and the events TypeORM reads', async () => {
    const id = await determined(c);
    const audit = new AuditRepository(dataSource);
    const typeorm = (after: number, take: number) =>
      dataSource.getRepository(AuditEventEntity).find({ where: { engagementId: id, seq: MoreThan(after) }, order: { seq: 'ASC' }, take });
    counter.reset();
    const first = await audit.listForEngagement(id, 0, 5);
    expect(counter.count).toBe(1);
    expect(first).toEqual(await typeorm(0, 5));
    // Not vacuous: a full page of typed events, in chain order, and the next page goes on from it.
    expect(first).toHaveLength(5);
    expect(first[0]).toBeInstanceOf(AuditEventEntity);
    expect(first[0]!.occurredAt).toBeInstanceOf(Date);
    expect(typeof first[0]!.seq).toBe('number');
    expect(first.map((e) => e.seq)).toEqual([...first.map((e) => e.seq)].sort((a, b) => a - b));
    const rest = await audit.listForEngagement(id, first[4]!.seq, 1_000);
    expect(rest).toEqual(await typeorm(first[4]!.seq, 1_000));
    expect(rest.length).toBeGreaterThan(0);
    expect(await audit.listForEngagement(randomUUID(), 0, 5)).toEqual([]);
  });
});
