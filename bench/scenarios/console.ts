import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { gzipSync } from 'node:zlib';

import { launchChromium, signInOnProviderPage } from '../../tools/stack/chromium';
import { PROJECT_ROOT } from '../../tools/stack/stack';
import { people } from '../engagement';
import { Bench, must, percentile, round, ScenarioResult } from '../harness';

const BUDGET_KB = 250;
const RUNS = 7;
const LISTED = 30;

/** The first page's JS and CSS as the API serves them (dist/console, built by `make build`), gzipped. */
function firstPageKb(): { js: number; css: number } {
  const dir = path.join(PROJECT_ROOT, 'dist', 'console');
  const index = readFileSync(path.join(dir, 'index.html'), 'utf8');
  const sizes = { js: 0, css: 0 };
  for (const [, asset] of index.matchAll(/(?:src|href)="\/(assets\/[^"]+\.(js|css))"/g)) {
    const kind = asset!.endsWith('.js') ? 'js' : 'css';
    sizes[kind] += gzipSync(readFileSync(path.join(dir, asset!)), { level: 9 }).length / 1024;
  }
  return sizes;
}

/**
 * The console: its first page's weight, and how long Chromium takes from navigation to the engagement
 * list drawn (30 engagements), against loading /v1/me in the same signed-in browser.
 */
export async function consolePage(bench: Bench): Promise<ScenarioResult> {
  const api = bench.stack.apiUrl;
  const who = await people(bench);
  for (let i = 0; i < LISTED; i++) {
    await must(api, 'POST', '/v1/engagements', who.developer, {
      modelName: `Bench console ${i}`,
      modelVersion: '1.0',
      capabilitySummary: 'Benchmark model',
      contactEmail: 'bench@example.com',
    });
  }
  const browser = await launchChromium();
  try {
    const page = await (await browser.newContext({ baseURL: api })).newPage();
    // Signed in as the developer on the local provider's own page.
    await page.goto('/');
    await signInOnProviderPage(page, { sub: `${who.org}-lead`, org: who.org, roles: ['developer'] });
    await page.getByRole('heading', { level: 1, name: 'Engagements' }).waitFor();

    const renders: number[] = [];
    const baselines: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      let started = Date.now();
      await page.goto('/v1/me');
      baselines.push(Date.now() - started);
      started = Date.now();
      await page.goto('/');
      await page.getByRole('row').nth(LISTED).waitFor();
      renders.push(Date.now() - started);
    }
    const render = percentile(renders, 50);
    const baseline = percentile(baselines, 50);
    const size = firstPageKb();
    const total = size.js + size.css;
    return {
      scenario: 'console',
      figures: { firstPageJsKb: round(size.js, 1), firstPageCssKb: round(size.css, 1), firstRenderMs: render, firstRenderP90Ms: percentile(renders, 90) },
      baseline: { meJsonMs: baseline },
      ratios: { renderVsJson: round(baseline / render) },
      targets: [
        {
          name: `first page ≤ ${BUDGET_KB} KB gzipped`,
          ok: total <= BUDGET_KB,
          detail: `${round(total, 1)} KB (JS ${round(size.js, 1)}, CSS ${round(size.css, 1)})`,
        },
      ],
      notes: [
        `median of ${RUNS} navigations to / until the list shows ${LISTED} engagements, each after one to /v1/me (the baseline) in the same browser`,
        'the first page is index.html and the JS and CSS it names; fonts and later pages load when needed',
      ],
    };
  } finally {
    await browser.close();
  }
}
