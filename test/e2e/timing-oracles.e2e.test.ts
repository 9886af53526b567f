import { randomUUID } from 'node:crypto';

import { DataSource } from 'typeorm';

import { loadConfig, parseKeyring } from '#config';
import { Role } from '#domain';
import { AuditGroupCommit, AuditRepository, dataSourceOptions, EngagementKeys, EngagementRepository, FindingRepository, GrantRepository } from '#persistence';
import { FieldCipher } from '#security';

import { EngagementAccessService } from '../../apps/api/auth/engagement-access.service';
import { GrantAccessService } from '../../apps/api/auth/grant-access.service';
import { ResourceException } from '../../apps/api/errors/api-errors';
import { EngagementQueriesService } from '../../apps/api/modules/engagements/engagement-queries.service';
import { approvedGrants, Cast, cast, determined, grantsOf, partnerRows, publishTerms, registerPartners } from '../support/scenario';
import { caller, stack } from '../support/stack';
import { StatementRecorder } from '../support/statements';

/**
 * A record the caller may not see and a record that does not exist are answered alike, 404, and by
 * the same SQL statements, so the time the answer takes tells them apart no better than its content.
 * The API's own services run here against the stack's database, each statement recorded.
 */
describe('timing: a record you may not see takes the same path as one that does not exist', () => {
  let c: Cast;
  let dataSource: DataSource;
  let recorder: StatementRecorder;
  let engagements: EngagementAccessService;
  let detail: EngagementQueriesService;
  let grants: GrantAccessService;

  beforeAll(async () => {
    c = await cast();
    recorder = new StatementRecorder();
    const env = stack().appEnv;
    dataSource = await new DataSource({ ...dataSourceOptions({ url: env['DATABASE_URL']! }), logging: true, logger: recorder }).initialize();
    const repository = new EngagementRepository(dataSource);
    engagements = new EngagementAccessService(repository);
    const cipher = new FieldCipher(parseKeyring('F', env['FIELD_ENCRYPTION_KEYS']!, env['FIELD_ENCRYPTION_ACTIVE_KEY']!));
    detail = new EngagementQueriesService(
      repository,
      engagements,
      new AuditGroupCommit(dataSource, new AuditRepository(dataSource)),
      new EngagementKeys(dataSource, cipher),
      new FindingRepository(dataSource),
      loadConfig(env),
    );
    grants = new GrantAccessService(new GrantRepository(dataSource));
  });

  afterAll(async () => {
    await dataSource.destroy();
  });

  /** The statements one refusal ran; it must be the 404. */
  async function statementsOf(refusal: () => Promise<unknown>): Promise<string[]> {
    recorder.reset();
    await expect(refusal()).rejects.toBeInstanceOf(ResourceException);
    return [...recorder.statements].sort();
  }

  it('an engagement of another organization and one that does not exist: the same statements, for a command and for the detail', async () => {
    const theirs = await determined(c);
    const nobodys = randomUUID();
    const outsider = { sub: c.otherDeveloper.sub, org: c.otherDeveloper.org, roles: [Role.Developer] };
    const unseen = await statementsOf(() => engagements.requireVisible(outsider, theirs));
    // One statement reads the engagement and its roster (EngagementRepository.findRoster), found or not.
    expect(unseen).toHaveLength(1);
    expect(unseen[0]).toMatch(/engagement_reviewers[\s\S]*attestations[\s\S]*recusals/);
    expect(await statementsOf(() => engagements.requireVisible(outsider, nobodys))).toEqual(unseen);

    const unseenDetail = await statementsOf(() => detail.detail(outsider, theirs));
    expect(await statementsOf(() => detail.detail(outsider, nobodys))).toEqual(unseenDetail);
  });

  it("a partner asking for another partner's grant and for one that does not exist: the same statement", async () => {
    const id = await determined(c);
    const rows = partnerRows(2);
    await registerPartners(c, rows);
    await publishTerms(c, id);
    await approvedGrants(
      c,
      id,
      rows.map((r) => r.id),
    );
    const other = await caller(Role.Partner, rows[1]!.id);
    const [grant] = await grantsOf(await caller(Role.Partner, rows[0]!.id), id);
    const asOther = { sub: other.sub, org: other.org, roles: [Role.Partner] };
    const unseen = await statementsOf(() => grants.requireVisible(asOther, grant!.id));
    expect(await statementsOf(() => grants.requireVisible(asOther, randomUUID()))).toEqual(unseen);
  });
});
