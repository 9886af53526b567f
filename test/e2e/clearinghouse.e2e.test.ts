import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';

import { BOD_26_04_TABLE, Role } from '#domain';

import type { SharedFindingDto, SharedFindingListDto } from '../../apps/api/modules/findings/dto/clearinghouse.dto';
import type { FindingDetailDto } from '../../apps/api/modules/findings/dto/finding.dto';
import { get, post } from '../support/api';
import { ROOT } from '../support/paths';
import { act, ARTIFACT, Cast, cast, inWindow } from '../support/scenario';
import { Caller, caller } from '../support/stack';

const run = promisify(execFile);

type Csaf = {
  document: {
    category: string;
    distribution: { tlp: { label: string } };
    tracking: { id: string; version: string; status: string; revision_history: { number: string; summary: string }[] };
  };
  product_tree: {
    branches: { name: string; branches: { name: string; branches: { name: string; product: { product_identification_helper?: unknown } }[] }[] }[];
  };
  vulnerabilities: { cwe?: { id: string; name: string }; product_status: Record<string, string[]>; remediations?: { category: string }[] }[];
};

/** Runs BSI's CSAF validator (schema and every mandatory test) on documents; the result for each. */
async function validated(documents: readonly unknown[]): Promise<{ file: string; isValid: boolean; errors: unknown[] }[]> {
  const dir = mkdtempSync(path.join(tmpdir(), 'csaf-'));
  const files = documents.map((doc, i) => {
    const file = path.join(dir, `${i}.json`);
    writeFileSync(file, JSON.stringify(doc));
    return file;
  });
  const { stdout } = await run(process.execPath, [path.join(ROOT, 'tools', 'csaf-validate.mjs'), ...files]).catch((error: { stdout?: string }) => ({
    stdout: error.stdout ?? '',
  }));
  return stdout
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { file: string; isValid: boolean; errors: unknown[] });
}

/**
 * The hand-off to the clearinghouse (EO 14409 Sec. 2): the developer shares chosen findings; the
 * clearinghouse sees those and nothing else of the engagement, validates and deconflicts them, and
 * exports them as CSAF 2.0 documents that pass BSI's validator.
 */
describe('the clearinghouse', () => {
  let c: Cast;
  let id: string;
  let clearinghouse: Caller;
  const record = async (engagementId: string, who: Caller, inputs: Record<string, unknown>, title = `Finding ${randomUUID().slice(0, 6)}`) => {
    const res = await post<{ id: string }>(`/v1/engagements/${engagementId}/findings`, who.token, {
      title,
      description: 'How to reproduce it',
      cweIds: ['CWE-77', 'CWE-787'],
      ...inputs,
    });
    expect(res.status).toBe(201);
    return res.body.id;
  };
  const KEV_TOTAL = { inKev: true, publiclyExposed: true, automatable: true, technicalImpact: 'TOTAL' };
  const SIXTY = { inKev: false, publiclyExposed: true, automatable: false, technicalImpact: 'PARTIAL' };
  const queue = async (who: Caller, query = '') => get<SharedFindingListDto>(`/v1/clearinghouse/findings?limit=100${query}`, who.token);

  beforeAll(async () => {
    c = await cast();
    id = await inWindow(c);
    clearinghouse = await caller(Role.Clearinghouse, 'cisa');
  });

  it('sees only what the developer shared, and nothing else of the engagement', async () => {
    const shared = await record(id, c.reviewer, SIXTY, 'Shared finding');
    const kept = await record(id, c.reviewer, SIXTY, 'Kept finding');
    const before = await queue(clearinghouse);
    expect(before.status).toBe(200);
    expect(before.body.items.map((f) => f.id)).not.toContain(shared);
    const share = await post<FindingDetailDto>(`/v1/engagements/${id}/findings/${shared}/share`, c.developer.token, {});
    expect(share.status).toBe(200);
    expect(share.body.sharedAt).toBeDefined();
    expect(share.body.history.at(-1)).toEqual(expect.objectContaining({ type: 'SHARED', actor: c.developer.sub }));
    const again = await post(`/v1/engagements/${id}/findings/${shared}/share`, c.developer.token, {});
    expect(again.status).toBe(409);
    expect(again.body['code']).toBe('ALREADY_SHARED');
    const item = (await queue(clearinghouse)).body.items.find((f) => f.id === shared);
    expect(item).toEqual(
      expect.objectContaining({
        title: 'Shared finding',
        tier: '60D',
        status: 'OPEN',
        engagement: expect.objectContaining({ id, modelName: 'Atlas', developerOrg: c.developer.org }) as unknown,
      }),
    );
    expect((await queue(clearinghouse)).body.items.map((f) => f.id)).not.toContain(kept);
    // Never the engagement itself, its findings list, timeline or trail, nor an unshared finding by any route.
    for (const route of [
      `/v1/engagements/${id}`,
      `/v1/engagements/${id}/findings`,
      `/v1/engagements/${id}/timeline`,
      `/v1/engagements/${id}/audit`,
      `/v1/engagements/${id}/findings/${shared}`,
      `/v1/engagements/${id}/findings/${kept}/csaf`,
    ]) {
      expect({ route, status: (await get(route, clearinghouse.token)).status }).toEqual({ route, status: 404 });
    }
    const validateKept = await post(`/v1/engagements/${id}/findings/${kept}/validation`, clearinghouse.token, { outcome: 'VALIDATED', note: 'n' });
    expect(validateKept.status).toBe(404);
    expect((await get(`/v1/engagements/${id}/findings/${shared}/csaf`, clearinghouse.token)).status).toBe(200);
    // Only the developer shares: not the reviewer, the program office or the clearinghouse.
    for (const who of [c.reviewer, c.admin, clearinghouse]) {
      expect((await post(`/v1/engagements/${id}/findings/${kept}/share`, who.token, {})).status).toBe(who === c.reviewer || who === c.admin ? 403 : 404);
    }
    // The clearinghouse's queue is the clearinghouse's alone.
    for (const who of [c.developer, c.reviewer, c.admin, c.auditor, c.partner]) {
      expect((await queue(who)).status).toBe(403);
    }
  });

  it('lets a program administrator ask for sharing, which only the developer can do; the developer is told', async () => {
    const res = await post(`/v1/engagements/${id}/findings/share-request`, c.admin.token, {});
    expect(res.status).toBe(202);
    expect((await post(`/v1/engagements/${id}/findings/share-request`, c.developer.token, {})).status).toBe(403);
    const deadline = Date.now() + 20_000;
    let kinds: string[] = [];
    while (!kinds.includes('FINDINGS_SHARE_REQUESTED') && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      kinds = (await get<{ items: { kind: string; engagementId: string }[] }>('/v1/notifications?limit=100', c.developer.token)).body.items
        .filter((n) => n.engagementId === id)
        .map((n) => n.kind);
    }
    expect(kinds).toContain('FINDINGS_SHARE_REQUESTED');
  });

  it('validates and deconflicts: the developer sees the outcome, and for a duplicate only the word', async () => {
    const other = await cast();
    const otherId = await inWindow(other);
    const original = await record(otherId, other.reviewer, KEV_TOTAL, 'The same jailbreak, found first');
    await post(`/v1/engagements/${otherId}/findings/${original}/share`, other.developer.token, {});
    const mine = await record(id, c.reviewer, KEV_TOTAL, 'The same jailbreak');
    await post(`/v1/engagements/${id}/findings/${mine}/share`, c.developer.token, { tlp: 'AMBER' });

    const path = `/v1/engagements/${id}/findings/${mine}/validation`;
    // Malformed (400), or naming no other shared finding (409): nothing recorded either way.
    expect((await post(path, clearinghouse.token, { outcome: 'DUPLICATE_OF', note: 'n' })).status).toBe(400);
    expect((await post(path, clearinghouse.token, { outcome: 'VALIDATED', duplicateOf: original, note: 'n' })).status).toBe(400);
    const self = await post(path, clearinghouse.token, { outcome: 'DUPLICATE_OF', duplicateOf: mine, note: 'n' });
    expect(self.status).toBe(409);
    expect(self.body['code']).toBe('DUPLICATE_OF_REQUIRED');
    expect((await post(path, clearinghouse.token, { outcome: 'DUPLICATE_OF', duplicateOf: randomUUID(), note: 'n' })).status).toBe(409);
    expect((await post(path, c.developer.token, { outcome: 'VALIDATED', note: 'n' })).status).toBe(403);

    const duplicate = await post<SharedFindingDto>(path, clearinghouse.token, { outcome: 'DUPLICATE_OF', duplicateOf: original, note: `Same as ${original}` });
    expect(duplicate.status).toBe(200);
    expect(duplicate.body.clearinghouseValidation).toEqual(expect.objectContaining({ outcome: 'DUPLICATE_OF', duplicateOf: original, by: clearinghouse.sub }));
    // The developer sees the word, never the other developer's finding, by any route it has.
    const seen = await get<FindingDetailDto>(`/v1/engagements/${id}/findings/${mine}`, c.developer.token);
    expect(seen.body.validation?.outcome).toBe('DUPLICATE_OF');
    expect(Object.keys(seen.body.validation ?? {}).sort()).toEqual(['at', 'outcome']);
    const everything = JSON.stringify([
      seen.body,
      (await get(`/v1/engagements/${id}/findings`, c.developer.token)).body,
      (await get(`/v1/engagements/${id}/findings/${mine}/csaf`, c.developer.token)).body,
      (await get(`/v1/engagements/${id}/csaf`, c.developer.token)).body,
      (await get('/v1/notifications?limit=100', c.developer.token)).body,
    ]);
    expect(everything).not.toContain(original);
    expect(everything).not.toContain('found first');
    // Urgent first: the 3DF finding heads the queue; filters by validation.
    const urgent = (await queue(clearinghouse)).body.items;
    expect(urgent.findIndex((f) => f.id === mine)).toBeLessThan(urgent.findIndex((f) => String(f.tier) === '60D'));
    const unvalidated = (await queue(clearinghouse, '&validation=NONE')).body.items.map((f) => f.id);
    expect(unvalidated).toContain(original);
    expect(unvalidated).not.toContain(mine);
    const validated = await post<SharedFindingDto>(`/v1/engagements/${otherId}/findings/${original}/validation`, clearinghouse.token, {
      outcome: 'VALIDATED',
      note: 'Reproduced',
    });
    expect(validated.body.clearinghouseValidation?.outcome).toBe('VALIDATED');
    expect((await get<FindingDetailDto>(`/v1/engagements/${otherId}/findings/${original}`, other.developer.token)).body.history.at(-1)).toEqual(
      expect.objectContaining({ type: 'VALIDATED', outcome: 'VALIDATED' }),
    );
  });

  it('loses sight of shared findings when the developer withdraws', async () => {
    const own = await cast();
    const e = await inWindow(own);
    const f = await record(e, own.reviewer, SIXTY);
    await post(`/v1/engagements/${e}/findings/${f}/share`, own.developer.token, {});
    expect((await queue(clearinghouse)).body.items.map((i) => i.id)).toContain(f);
    await act(`/v1/engagements/${e}/withdraw`, own.developer, {});
    expect((await queue(clearinghouse)).body.items.map((i) => i.id)).not.toContain(f);
    expect((await get(`/v1/engagements/${e}/findings/${f}/csaf`, clearinghouse.token)).status).toBe(404);
  });
});

describe('CSAF 2.0 exports', () => {
  it('validate with BSI’s validator for all 16 BOD 26-04 rows in every status, and carry the model, its digest, CWEs, TLP and the finding’s revisions', async () => {
    const c = await cast();
    const id = await inWindow(c);
    const clearinghouse = await caller(Role.Clearinghouse, 'cisa');
    const base = `/v1/engagements/${id}/findings`;
    const steps: Record<string, (f: string) => Promise<void>> = {
      OPEN: async () => undefined,
      ACKNOWLEDGED: async (f) => void (await post(`${base}/${f}/response`, c.developer.token, { status: 'ACKNOWLEDGED' })),
      FIXED: async (f) => void (await post(`${base}/${f}/response`, c.developer.token, { status: 'FIXED', note: 'rc2' })),
      DISPUTED: async (f) => void (await post(`${base}/${f}/response`, c.developer.token, { status: 'DISPUTED' })),
      VERIFIED_FIXED: async (f) => {
        await steps['FIXED']!(f);
        await post(`${base}/${f}/verification`, c.reviewer.token, { verdict: 'VERIFIED_FIXED' });
      },
      REOPENED: async (f) => {
        await steps['FIXED']!(f);
        await post(`${base}/${f}/verification`, c.reviewer.token, { verdict: 'REOPENED', note: 'still there' });
      },
      CLOSED: async (f) => {
        await steps['VERIFIED_FIXED']!(f);
        await post(`${base}/${f}/close`, c.reviewer.token, {});
      },
      WITHDRAWN: async (f) => {
        await steps['DISPUTED']!(f);
        await post(`${base}/${f}/dispute-resolution`, c.reviewer.token, { resolution: 'WITHDRAWN', rationale: 'agreed' });
      },
    };
    const statuses = Object.keys(steps);
    const findings: { id: string; tier: string; status: string }[] = [];
    for (const [i, [inKev, publiclyExposed, automatable, technicalImpact, tier]] of BOD_26_04_TABLE.entries()) {
      const f = (
        await post<{ id: string }>(base, c.reviewer.token, {
          title: `Row ${i + 1}`,
          description: 'd',
          cweIds: i % 2 === 0 ? ['CWE-787'] : ['CWE-77', 'CWE-1039'],
          inKev,
          publiclyExposed,
          automatable,
          technicalImpact,
        })
      ).body.id;
      await post(`${base}/${f}/share`, c.developer.token, {});
      const status = statuses[i % statuses.length]!;
      await steps[status]!(f);
      findings.push({ id: f, tier, status: status === 'WITHDRAWN' ? 'CLOSED' : status });
    }
    const detail = async (f: string) => (await get<FindingDetailDto>(`${base}/${f}`, c.developer.token)).body;
    expect(await Promise.all(findings.map(async (f) => (await detail(f.id)).status))).toEqual(findings.map((f) => f.status));

    const exports: Csaf[] = [];
    for (const f of findings) {
      for (const who of [c.developer, clearinghouse]) {
        const res = await get<Csaf>(`${base}/${f.id}/csaf`, who.token);
        expect(res.status).toBe(200);
        exports.push(res.body);
      }
    }
    const bundle = await get<Csaf>(`/v1/engagements/${id}/csaf`, clearinghouse.token);
    expect(bundle.body.vulnerabilities).toHaveLength(16);
    exports.push(bundle.body, (await get<Csaf>(`/v1/engagements/${id}/csaf`, c.developer.token)).body);

    const results = await validated(exports);
    expect(results).toHaveLength(exports.length);
    expect(results.filter((r) => !r.isValid)).toEqual([]);

    // What the documents say.
    const first = exports[0]!;
    expect(first.document.category).toBe('csaf_security_advisory');
    expect(first.document.distribution.tlp.label).toBe('RED');
    const version = first.product_tree.branches[0]!.branches[0]!.branches[0]!;
    expect(version.name).toBe('7.0-rc1');
    expect(JSON.stringify(version.product.product_identification_helper)).toContain(ARTIFACT.split(':')[1]);
    expect(first.vulnerabilities[0]!.cwe).toEqual({ id: 'CWE-787', name: 'Out-of-bounds Write' });
    const closed = findings.findIndex((f) => f.status === 'CLOSED');
    const closedDoc = exports[closed * 2]!;
    expect(closedDoc.document.tracking.status).toBe('final');
    expect(closedDoc.document.tracking.version).toBe(String((await detail(findings[closed]!.id)).version));
    expect(closedDoc.document.tracking.revision_history.map((r) => r.number)).toEqual(
      Array.from({ length: Number(closedDoc.document.tracking.version) }, (_, i) => String(i + 1)),
    );
    expect(closedDoc.vulnerabilities[0]!.product_status).toEqual({ fixed: ['CSAFPID-MODEL'] });
    const withdrawn = exports[statuses.indexOf('WITHDRAWN') * 2]!;
    expect(withdrawn.vulnerabilities[0]!.product_status).toEqual({ known_not_affected: ['CSAFPID-MODEL'] });

    // After the release the label is AMBER, unless the developer chose another when sharing.
    const chosen = (
      await post<{ id: string }>(base, c.reviewer.token, {
        title: 'Chosen',
        description: 'd',
        ...{ inKev: false, publiclyExposed: true, automatable: false, technicalImpact: 'PARTIAL' },
      })
    ).body.id;
    await post(`${base}/${chosen}/share`, c.developer.token, { tlp: 'GREEN' });
    await act(`/v1/engagements/${id}/release`, c.developer, {});
    const after = await get<Csaf>(`${base}/${findings[0]!.id}/csaf`, clearinghouse.token);
    expect(after.body.document.distribution.tlp.label).toBe('AMBER');
    const green = await get<Csaf>(`${base}/${chosen}/csaf`, clearinghouse.token);
    expect(green.body.document.distribution.tlp.label).toBe('GREEN');
    expect((await validated([after.body, green.body])).every((r) => r.isValid)).toBe(true);
    // Another developer, a partner or a reviewer exports nothing.
    for (const who of [c.otherDeveloper, c.partner]) {
      expect((await get(`${base}/${chosen}/csaf`, who.token)).status).toBe(404);
    }
    expect((await get(`${base}/${chosen}/csaf`, c.reviewer.token)).status).toBe(403);
  });
});
