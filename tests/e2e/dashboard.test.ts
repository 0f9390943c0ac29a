/**
 * The dashboard in a real browser (Debian's Chromium via playwright-core) against the real app:
 * `apps/web/scripts/start-all.ts` (what `pnpm start` runs) serving Next.js on 127.0.0.1 and an
 * embedded worker, both on a fresh SQLite file. Nothing of ours is mocked.
 *
 * Saves {new,experiments,detail,compare,claims}.png into a fresh temporary folder, so a plain
 * run rewrites no tracked file; `pnpm screenshots` (GOODHART_SCREENSHOT_DIR=docs/screenshots)
 * refreshes the README's pictures.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SqliteStore } from '@goodhart/store';
import { prepareSubmission } from '@goodhart/store/submission';
import { itemAt } from '@goodhart/store/testing';
import type { Browser, Page, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, type RunningApp, repoRoot, startApp } from './support/app-server';
import { seriousViolations } from './support/axe';
import { launchChromium } from './support/browser';
import { submitFromForm, waitForStatus } from './support/pages';
import { type TrpcCall, trpcCalls } from './support/trpc-calls';

/** What the test reads of experiments.rounds' input and output. */
interface RoundsInput {
  afterRound?: number[];
}
interface RoundsOutput {
  runs: { rounds: { round: number }[] }[];
}

// A temporary folder unless GOODHART_SCREENSHOT_DIR names one (relative to the repository):
// docs/screenshots for the README's pictures, or CI artifacts.
const screenshotDir = process.env.GOODHART_SCREENSHOT_DIR;
const screenshots =
  screenshotDir === undefined || screenshotDir === ''
    ? mkdtempSync(path.join(tmpdir(), 'goodhart-screenshots-'))
    : path.resolve(repoRoot, screenshotDir);
const preset = 'click-trap';
const verdicts = ['reproduced', 'contradicted', 'no effect', 'inconclusive'];

/** What this test reads of a preset's spec (presets.get). */
interface PresetSpec {
  arms: { name: string }[];
  world: Record<string, unknown>;
  training: Record<string, unknown>;
  claims?: unknown[];
}

/** Clicks a download button; the file's suggested name and its text. */
async function download(page: Page, button: string): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  return { name: file.suggestedFilename(), text: await readFile(await file.path(), 'utf8') };
}

describe('dashboard in Chromium', () => {
  let app: RunningApp;
  let browser: Browser;
  let page: Page;
  let dataDir: string;
  const pageErrors: string[] = [];
  const ids: string[] = [];

  /** Submits a preset or a spec through the API (the form is covered by its own test). */
  async function submitExperiment(
    input: { preset: string; seeds?: number; rounds?: number } | { spec: unknown },
  ) {
    const response = await fetch(`${app.baseUrl}/api/trpc/experiments.submit`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(input),
    });
    const { result } = (await response.json()) as {
      result: { data: { experiment: { id: string; arms: string[] } } };
    };
    return result.data.experiment;
  }

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'goodhart-e2e-'));
    mkdirSync(screenshots, { recursive: true });
    app = await startApp({ dataDir, port: await freePort() });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    page.setDefaultTimeout(30_000);
    page.on('pageerror', (error) => pageErrors.push(error.message));
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('starts empty and says so', async () => {
    await page.goto(`${app.baseUrl}/experiments`);
    await page.getByRole('heading', { name: 'No experiments yet' }).waitFor();
    // pnpm start's own worker reports in (the page polls every 5 s).
    await page
      .locator('[data-workers-online="1"]')
      .getByText(/^1 worker online, \d+ runs? at a time$/)
      .waitFor();
  });

  it('submits a preset through the form, then a variant of it', async () => {
    await page.getByRole('link', { name: 'New experiment' }).first().click();
    await page.waitForURL('**/experiments/new');
    // A small world, few rounds and four seeds (12 runs): done in seconds, with bands across
    // seeds. click-trap's first 5 rounds are random start-up slates, so 7 leaves two of each
    // arm's own.
    const small = { rounds: 7, seeds: 4, users: 60, items: 80 };
    ids.push(
      await submitFromForm(page, preset, { ...small, name: 'click-trap (small)' }, async () => {
        await page.screenshot({ path: path.join(screenshots, 'new.png'), fullPage: true });
      }),
    );
    await page.goto(`${app.baseUrl}/experiments/new`);
    // A sweep path to no spec field: one problem, said once under the path, not per value.
    await page.getByRole('button', { name: new RegExp(`^${preset}\\s`) }).click();
    await page.getByRole('button', { name: 'Add sweep axis' }).click();
    await page.getByLabel('Axis 1 path').fill('world.numUser');
    await page.getByLabel('Axis 1 values (comma separated)').fill('10, 20, 30');
    await page
      .locator('#sweep-path-0-error')
      .getByText(/is not a spec field/)
      .waitFor();
    await expect(page.locator('#sweep-values-0-error').count()).resolves.toBe(0);
    await page.getByRole('button', { name: 'Remove axis 1' }).click();
    // The form offers every preset the registry lists (lucky-successes among them), and each
    // arm's line says what its training does to the data: here how each arm is rewarded.
    const listed = await fetch(`${app.baseUrl}/api/trpc/presets.list`);
    const { data: presets } = ((await listed.json()) as { result: { data: { name: string }[] } })
      .result;
    expect(presets.map((p) => p.name)).toContain('lucky-successes');
    for (const { name } of presets) {
      await page.getByRole('button', { name: new RegExp(`^${name}\\s`) }).waitFor();
    }
    await page.getByRole('button', { name: /^lucky-successes\s/ }).click();
    await page.getByText(/reward click \+ \d+·purchase, group-relative per slate/).waitFor();
    await page.getByText(/reward click \+ \d+·purchase, unnormalised/).waitFor();
    await page.goto(`${app.baseUrl}/experiments/new`);
    ids.push(
      await submitFromForm(page, preset, { ...small, users: 90, name: 'click-trap (more users)' }),
    );
    expect(new Set(ids).size).toBe(2);
  });

  it('shows both experiments progressing to completion in the table', async () => {
    // Still on the table the second submission led to, watched from the moment it was queued.
    expect(new URL(page.url()).pathname).toBe('/experiments');
    const seen = new Set<string>();
    const rows = ids.map((id) => page.locator(`tr[data-experiment-id="${id}"]`));
    await Promise.all(
      rows.map((row) => waitForStatus(row, 'succeeded', 180_000, (status) => seen.add(status))),
    );
    for (const row of rows) {
      await expect(row.getByRole('progressbar').getAttribute('aria-valuenow')).resolves.toBe('100');
    }
    // The worker had not finished them when they appeared: the table showed them live.
    expect([...seen].some((status) => status === 'queued' || status === 'running')).toBe(true);
    await page.screenshot({ path: path.join(screenshots, 'experiments.png') });
  });

  it('searches the store from the filter box', async () => {
    const searched = page.waitForResponse(
      (response) =>
        response.url().includes('experiments.list') &&
        decodeURIComponent(response.url()).includes('"search":"more users"') &&
        response.ok(),
    );
    await page.getByLabel('Filter experiments').fill('more users');
    await searched;
    await page.locator(`tr[data-experiment-id="${ids[1]}"]`).waitFor();
    await page.locator(`tr[data-experiment-id="${ids[0]}"]`).waitFor({ state: 'detached' });
    // The filter is in the URL: a reload (or a shared link) shows the same view.
    await expect
      .poll(() => new URL(page.url()).searchParams.get('q'), { timeout: 10_000 })
      .toBe('more users');
    await page.reload();
    await expect(page.getByLabel('Filter experiments').inputValue()).resolves.toBe('more users');
    await page.locator(`tr[data-experiment-id="${ids[0]}"]`).waitFor({ state: 'detached' });
    await page.getByLabel('Filter experiments').fill('no such experiment');
    await page.getByText('No experiment’s name, preset or id contains').waitFor();
    await page.getByLabel('Filter experiments').fill('');
    await page.locator(`tr[data-experiment-id="${ids[0]}"]`).waitFor();
    // So are status and sort.
    await page.getByLabel('Status').selectOption('succeeded');
    await page.getByRole('button', { name: /^Name/ }).click();
    await expect.poll(() => new URL(page.url()).search).toMatch(/status=succeeded/);
    expect(new URL(page.url()).searchParams.get('sort')).toBe('name:desc');
    await page.reload();
    await expect(page.getByLabel('Status').inputValue()).resolves.toBe('succeeded');
    await page.locator('th[aria-sort="descending"]', { hasText: /^Name/ }).waitFor();
    await page.goto(`${app.baseUrl}/experiments`);
    await page.locator(`tr[data-experiment-id="${ids[0]}"]`).waitFor();
  });

  it('opens the detail page: charts with one line per arm, summary table, spec; hidden charts drawn on demand', async () => {
    const clicked = Date.now();
    await page.locator(`tr[data-experiment-id="${ids[0]}"]`).getByRole('link').first().click();
    await page.waitForURL(`**/experiments/${ids[0]}`);
    await page.getByRole('heading', { name: 'Metrics over rounds' }).waitFor();
    const lines = page.locator('.recharts-line-curve');
    await lines.first().waitFor();
    // A figure for apps/web/README.md, never an assertion (it depends on the machine's load).
    console.log(
      `first chart on the detail page (12 runs, 7 rounds): ${Date.now() - clicked} ms after the click`,
    );
    expect(await lines.count()).toBeGreaterThan(1);
    // Four seeds: every chart draws a shaded interval band.
    expect(await page.locator('.recharts-area-area').count()).toBeGreaterThan(0);
    // The charts under "All other metrics" are not drawn while it is closed; opening draws them.
    const more = page.locator('section[aria-labelledby="charts-heading"] details.more-charts');
    await expect(more.locator('figure').count()).resolves.toBe(0);
    await more.locator('summary').click();
    await expect.poll(() => more.locator('.recharts-line-curve').count()).toBeGreaterThan(3);
    await more.locator('summary').click();
    const summaryRows = page.getByRole('table', { name: 'Summary per arm' }).locator('tbody tr');
    expect(await summaryRows.count()).toBeGreaterThan(1);
    await page.getByRole('button', { name: 'Copy spec' }).waitFor();
    // From the top, so the sticky top bar sits where it belongs in the full-page picture.
    await page.evaluate('window.scrollTo(0, 0)');
    await page.screenshot({ path: path.join(screenshots, 'detail.png'), fullPage: true });
  });

  it('downloads the results as CSV and JSON', async () => {
    const csv = await download(page, 'Download CSV');
    expect(csv.name).toMatch(/\.csv$/);
    const [header, ...rows] = csv.text.trim().split('\n');
    expect(header).toMatch(/^experiment_id,run_key,arm,seed,round,/);
    // 3 arms x 4 seeds x 7 rounds
    expect(rows).toHaveLength(84);
    const json = await download(page, 'Download JSON');
    expect(json.name).toMatch(/\.json$/);
    const document = JSON.parse(json.text) as { experiment: { id: string }; runs: unknown[] };
    expect(document.experiment.id).toBe(ids[0]);
    expect(document.runs).toHaveLength(12);
  });

  it('draws the charts as the controls say, and keeps the controls in the URL', async () => {
    await page.goto(`${app.baseUrl}/experiments/${ids[0]}`);
    const charts = page.locator('section[aria-labelledby="charts-heading"]');
    const first = charts.locator('figure').first();
    await first.locator('.recharts-line-curve').first().waitFor();
    // The tooltip shows each arm's mean, its interval and the seeds it rests on (click rate,
    // near the last round).
    const ctr = charts.locator('figure', { has: page.locator('h3', { hasText: /^ctr$/ }) });
    const plot = ctr.locator('svg.recharts-surface[role="application"]');
    const box = await plot.boundingBox();
    expect(box).not.toBeNull();
    await plot.hover({ position: { x: (box?.width ?? 0) * 0.8, y: (box?.height ?? 0) / 2 } });
    await ctr
      .locator('.chart-tooltip li')
      .filter({ hasText: /\[.+, .+\], n = 4$/ })
      .first()
      .waitFor();
    // A share's axis stays inside [0, 1]: the per-user AUC's ticks.
    const auc = charts.locator('figure', {
      has: page.locator('h3', { hasText: /^relevanceAucPerUser$/ }),
    });
    const ticks = (
      await auc
        .locator('text.recharts-cartesian-axis-tick-value[orientation="left"]')
        .allTextContents()
    ).map(Number);
    expect(ticks.length).toBeGreaterThan(1);
    expect(ticks.every((t) => t >= 0 && t <= 1)).toBe(true);

    await charts.getByLabel('Intervals', { exact: true }).uncheck();
    await expect.poll(() => charts.locator('.recharts-area-area').count()).toBe(0);
    await charts.getByLabel('Smoothing').selectOption('3');
    await charts.getByLabel('x axis').selectOption('impressions');
    await charts.getByLabel('Log scale').check();
    await first.getByText(/smoothed: mean of the last 3 points/).waitFor();
    await first.locator('.recharts-label', { hasText: 'impressions' }).waitFor();
    const query = new URL(page.url()).searchParams;
    expect([query.get('bands'), query.get('smooth'), query.get('x'), query.get('log')]).toEqual([
      'off',
      '3',
      'impressions',
      '1',
    ]);
    // A link to this URL reproduces the view.
    await page.reload();
    await first.getByText(/smoothed: mean of the last 3 points/).waitFor();
    await expect(charts.getByLabel('Intervals', { exact: true }).isChecked()).resolves.toBe(false);
    await expect(charts.getByLabel('x axis').inputValue()).resolves.toBe('impressions');
    await expect(charts.locator('.recharts-area-area').count()).resolves.toBe(0);
    expect(pageErrors).toEqual([]);
  });

  it('cancels a running experiment from its detail page', async () => {
    // Submitted through the API (the form is covered above): the full-size preset, which runs
    // long enough to be cancelled mid-way.
    const { id } = await submitExperiment({ preset, seeds: 1 });
    // Every experiments.rounds call the page makes while the runs are live.
    const polls: Promise<TrpcCall<RoundsInput, RoundsOutput>[]>[] = [];
    const onResponse = (response: Response) => {
      polls.push(trpcCalls<RoundsInput, RoundsOutput>(response, 'experiments.rounds'));
    };
    page.on('response', onResponse);
    await page.goto(`${app.baseUrl}/experiments/${id}`);
    const cancel = page.getByRole('button', { name: 'Cancel experiment' });
    // Bounds, not measures: on a loaded machine (load 20 on 2 cores, measured) the page can be
    // busy for tens of seconds at a time redrawing its charts as rounds arrive, and clicks and
    // polls wait for it.
    const slow = { timeout: 120_000 };
    await cancel.click(slow);
    await page.getByRole('button', { name: 'Click again to cancel' }).click(slow);
    await page.locator('h1 .badge', { hasText: 'cancelled' }).waitFor({ timeout: 180_000 });
    await expect(cancel.count()).resolves.toBe(0);
    // The page goes on polling while the running run stops (no reload): Resume appears once
    // nothing runs, and the runs table shows the run cancelled, not still "running".
    const resume = page.getByRole('button', { name: /^Resume \(\d+ runs?\)$/ });
    await resume.waitFor(slow);
    await expect(page.locator('tr[data-run-status="running"]').count()).resolves.toBe(0);
    await resume.click();
    await page.locator('h1 .badge', { hasText: /queued|running/ }).waitFor(slow);
    page.off('response', onResponse);
    // The first read is whole; every poll after it names the rounds held (afterRound) and gets
    // only later ones.
    const [first, ...later] = (await Promise.all(polls)).flat();
    expect(first?.input.afterRound).toBeUndefined();
    expect(later.length).toBeGreaterThan(0);
    for (const poll of later) {
      const after = poll.input.afterRound ?? [];
      expect(poll.input.afterRound).toBeDefined();
      poll.output.runs.forEach((run, i) => {
        for (const round of run.rounds) expect(round.round).toBeGreaterThan(after[i] ?? -1);
      });
    }
    // Figures for apps/web/README.md (the first is the whole read of a run's first rounds).
    const mean = later.reduce((sum, poll) => sum + poll.bytes, 0) / later.length;
    console.log(
      `experiments.rounds while live: first read ${first?.bytes} bytes, then ${later.length} polls of ${Math.round(mean)} bytes on average`,
    );
    // Cancelled again (through the API: the page's button is covered above), so the worker is
    // free for the tests below.
    await fetch(`${app.baseUrl}/api/trpc/experiments.cancel`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ id }),
    });
  });

  it("shows a failed run's error, with its stack, in the run's log", async () => {
    // A run the runner throws on, put in the store beside the app: its RunSpec names an arm its
    // spec lacks (as a spec stored by another version might). The app's own worker claims it,
    // the run thread throws, and the worker stores the error and its stack.
    const store = new SqliteStore({ file: path.join(dataDir, 'goodhart.sqlite') });
    const submission = prepareSubmission({
      name: 'fails at run time',
      world: { numUsers: 20, numItems: 20, numCreators: 4 },
      rounds: 1,
      seeds: { count: 1, base: 1 },
      arms: [{ name: 'random', model: { kind: 'random' } }],
    });
    const run = itemAt(submission.runs, 0, 'the run');
    run.runSpec = { ...(run.runSpec as Record<string, unknown>), arm: 'ghost' };
    await store.submitExperiment(submission);
    await store.close();
    await page.goto(`${app.baseUrl}/experiments/${submission.id}`);
    await page.locator('h1 .badge', { hasText: 'failed' }).waitFor({ timeout: 120_000 });
    await page
      .locator('tr[data-run-status="failed"]')
      .getByRole('button', { name: `Show the log of run ${run.key}` })
      .click();
    const log = page.getByRole('list', { name: `Log of run ${run.key}` });
    const failure = log.locator('li[data-log-level="error"]');
    await failure
      .getByText(/^attempt 1 failed: Error: run .*the spec has no arm "ghost"$/)
      .waitFor();
    // The stack is open under the error: the runner's frames, read across the run thread.
    await expect(failure.locator('details[open] pre').textContent()).resolves.toMatch(
      /^Error: run .*the spec has no arm "ghost"\n\s+at /,
    );
    expect(pageErrors).toEqual([]);
  });

  it('says an identical finished spec would give identical results, with a link to them', async () => {
    // Where the form leads when the spec was submitted before (`?existing=1`).
    await page.goto(`${app.baseUrl}/experiments/${ids[0]}?existing=1`);
    const notice = page.locator('[data-existing="succeeded"]');
    await notice.getByText(/would give identical results/).waitFor();
    await expect(
      notice.getByRole('link', { name: 'these results' }).getAttribute('href'),
    ).resolves.toBe(`/experiments/${ids[0]}#summary-heading`);
  });

  it('draws the reliability diagram of an offline run from its stored bins', async () => {
    // The calibration preset, one seed, three epochs: each arm's run stores the last epoch's
    // reliability bins, which the page reads through experiments.details.
    const { id, arms } = await submitExperiment({ preset: 'calibration', seeds: 1, rounds: 3 });
    await page.goto(`${app.baseUrl}/experiments/${id}`);
    await page.locator('h1 .badge', { hasText: 'succeeded' }).waitFor({ timeout: 120_000 });
    const panel = page.locator('section[aria-labelledby="reliability-heading"]');
    await panel.getByRole('heading', { name: 'Calibration' }).waitFor({ timeout: 30_000 });
    // One series per arm, each appearing once its run's bins are fetched: the page fetches
    // again while fewer runs have details than have succeeded. The legend is what is counted:
    // an arm whose predictions all fall in one bin draws a dot, not a curve.
    const legend = panel.locator('.recharts-legend-item');
    await expect.poll(() => legend.count(), { timeout: 30_000, interval: 500 }).toBe(arms.length);
    expect((await legend.allTextContents()).sort()).toEqual([...arms].sort());
    expect(await panel.locator('.recharts-line-curve').count()).toBeGreaterThan(0);
    // The per-round charts hold every epoch of every arm, also of runs that finished after the
    // last poll made while the experiment was running.
    const charts = page.locator('section[aria-labelledby="charts-heading"]');
    const ece = charts.locator('figure', { has: page.locator('h3', { hasText: /^ece$/ }) });
    const pointsPerCurve = () =>
      ece
        .locator('.recharts-line-curve')
        .evaluateAll((paths) => paths.map((p) => p.getAttribute('d')?.match(/[ML]/g)?.length));
    // Three epochs: a linear path of three points per arm (M, L, L).
    await expect
      .poll(pointsPerCurve, { timeout: 10_000, interval: 500 })
      .toEqual(arms.map(() => 3));
  });

  it('compares the two: only differing parameters, overlaid curves, the Pareto front', async () => {
    // Chosen the way a person would: tick the two rows in the table, then Compare selected.
    await page.goto(`${app.baseUrl}/experiments`);
    for (const id of ids) {
      await page.locator(`tr[data-experiment-id="${id}"]`).getByRole('checkbox').check();
    }
    const compared = Date.now();
    await page.getByRole('button', { name: 'Compare selected (2)' }).click();
    await page.waitForURL('**/compare?ids=*');
    await page
      .locator('section[aria-labelledby="curves-heading"] .recharts-line-curve')
      .first()
      .waitFor();
    console.log(`first chart on Compare: ${Date.now() - compared} ms after the click`);
    const diff = page.getByRole('table', { name: 'Parameters that differ' });
    await diff.waitFor();
    const paths = await diff
      .locator('tbody tr')
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-param-path')));
    // The two specs differ in their user count (and name, which describes rather than sets up).
    expect(paths).toEqual(['world.numUsers']);
    await page.locator('.pareto-front').first().waitFor();
    expect(await page.locator('.recharts-scatter-symbol').count()).toBeGreaterThan(1);
    expect(await page.locator('.recharts-line-curve').count()).toBeGreaterThan(1);
    await page.screenshot({ path: path.join(screenshots, 'compare.png'), fullPage: true });
    // The Pareto axes are in the URL.
    const engagement = page.getByLabel('Engagement', { exact: true });
    // Its options are grouped as the metric picker groups them.
    await expect(
      engagement.locator('optgroup[label="welfare"] option').count(),
    ).resolves.toBeGreaterThan(0);
    const current = await engagement.inputValue();
    const other = await engagement
      .locator(`option:not([value="${current}"])`)
      .first()
      .getAttribute('value');
    expect(other).not.toBeNull();
    await engagement.selectOption(other ?? '');
    await expect.poll(() => new URL(page.url()).searchParams.get('px')).toBe(other);
    await page.reload();
    await expect(page.getByLabel('Engagement', { exact: true }).inputValue()).resolves.toBe(other);
  });

  it('keeps Compare readable with many series: legend beside, hide and solo, colour by a swept value, small multiples, 390 px', async () => {
    // Two simple arms at three user counts, two seeds (seconds of work): six series, nine with
    // the first click-trap experiment's three arms.
    const sweep = await submitExperiment({
      spec: {
        name: 'sweep (small)',
        world: { numUsers: 40, numItems: 40, numCreators: 4 },
        rounds: 3,
        seeds: { count: 2, base: 1 },
        arms: [
          { name: 'popular', model: { kind: 'popularity' } },
          { name: 'random', model: { kind: 'random' } },
        ],
        sweep: { axes: [{ path: 'world.numUsers', values: [30, 40, 50] }] },
      },
    });
    await page.goto(`${app.baseUrl}/experiments/${sweep.id}`);
    await page.locator('h1 .badge', { hasText: 'succeeded' }).waitFor({ timeout: 180_000 });
    await page.goto(`${app.baseUrl}/compare?ids=${ids[0]},${sweep.id}`);
    const curves = page.locator('section[aria-labelledby="curves-heading"]');
    const legend = curves.locator('.series-legend li');
    await expect.poll(() => legend.count(), { timeout: 60_000 }).toBe(9);
    // Nine series: each metric splits into one chart per experiment, and one legend beside the
    // charts serves them all, so no plot shrinks under a legend of its own.
    await expect(curves.locator('.grid-charts').getAttribute('data-split')).resolves.toBe('true');
    await expect(curves.locator('.recharts-legend-wrapper').count()).resolves.toBe(0);
    const heights = await curves
      .locator('.recharts-surface')
      .evaluateAll((svgs) => svgs.map((svg) => svg.getBoundingClientRect().height));
    expect(heights.length).toBeGreaterThan(1);
    expect(Math.min(...heights)).toBeGreaterThanOrEqual(150);

    // Click an entry to hide its series; "only" to show one alone; "show all" to undo.
    const lines = () => curves.locator('.recharts-line-curve').count();
    const before = await lines();
    const first = curves.locator('.legend-entry').first();
    await first.click();
    await expect(first.getAttribute('aria-pressed')).resolves.toBe('false');
    await expect.poll(lines).toBeLessThan(before);
    await curves
      .getByRole('button', { name: 'Show only sweep (small) / random · world.numUsers=30' })
      .click();
    await curves.getByText('Series: 1 of 9 shown').waitFor();
    await curves.getByRole('button', { name: 'show all' }).click();
    await curves.getByText('Series: 9 of 9 shown').waitFor();

    // Colour by the swept value: one arm's three user counts get three colours.
    await curves.getByLabel('Colour by').selectOption('param:world.numUsers');
    const strokes = await curves
      .locator('.series-legend li[data-series^="sweep (small) / popular"] line')
      .evaluateAll((marks) => marks.map((mark) => mark.getAttribute('stroke')));
    expect(strokes).toHaveLength(3);
    expect(new Set(strokes).size).toBe(3);

    // The metric picker finds a metric by what it means and charts it.
    await curves.getByText(/^Metrics \(\d+ of \d+\)$/).click();
    await curves.getByLabel('Search metrics').fill('oracle');
    await curves
      .locator('.metric-option', { hasText: /^relativeUtility/ })
      .getByRole('checkbox')
      .check();
    await curves
      .locator('figure h3', { hasText: /^relativeUtility/ })
      .first()
      .waitFor();
    // The colouring and the picked metrics are in the URL: a reload keeps them.
    const view = new URL(page.url()).searchParams;
    expect(view.get('colour')).toBe('param:world.numUsers');
    expect(view.get('metrics')?.split(',')).toContain('relativeUtility');
    await page.reload();
    await curves
      .locator('figure h3', { hasText: /^relativeUtility/ })
      .first()
      .waitFor();
    await expect(curves.getByLabel('Colour by').inputValue()).resolves.toBe('param:world.numUsers');

    // A phone: nothing wider than the screen, and the plots still drawn at full width.
    await page.setViewportSize({ width: 390, height: 844 });
    await expect
      .poll(() => page.evaluate<number>('document.documentElement.scrollWidth'))
      .toBeLessThanOrEqual(390);
    const widths = await curves
      .locator('.recharts-surface')
      .evaluateAll((svgs) => svgs.map((svg) => svg.getBoundingClientRect().width));
    expect(Math.min(...widths)).toBeGreaterThan(250);
    await page.setViewportSize({ width: 1440, height: 900 });
    expect(pageErrors).toEqual([]);
  });

  it("shows each claim's newest verdict on the Claims page, linked to its experiment", async () => {
    // A small run of the click-trap preset as it stands, plus one claim of this test's own (so
    // there is a verdict to show whichever claims the preset declares), run by the real worker.
    const response = await fetch(
      `${app.baseUrl}/api/trpc/presets.get?input=${encodeURIComponent(JSON.stringify({ name: preset }))}`,
    );
    const { spec } = ((await response.json()) as { result: { data: { spec: PresetSpec } } }).result
      .data;
    const [reference, arm] = spec.arms.map((a) => a.name);
    const claim = {
      id: 'dashboard-test',
      statement: `${arm} gets more clicks than ${reference}`,
      source: 'the dashboard test',
      metric: 'ctrAvg',
      compare: { kind: 'arms', arm, reference },
      expected: 'positive',
    };
    const { id } = await submitExperiment({
      spec: {
        ...spec,
        name: 'click-trap (claims)',
        rounds: 3,
        training: { ...spec.training, startupRounds: 1 },
        seeds: { count: 2, base: 1 },
        world: { ...spec.world, numUsers: 60, numItems: 80 },
        claims: [...(spec.claims ?? []), claim],
      },
    });
    await page.goto(`${app.baseUrl}/experiments/${id}`);
    await page.locator('h1 .badge', { hasText: 'succeeded' }).waitFor({ timeout: 180_000 });

    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Claims' })
      .click();
    await page.waitForURL('**/claims');
    const table = page.getByRole('table', { name: 'Claims and their newest verdicts' });
    const own = table.locator('tbody tr[data-claim-id="dashboard-test"]');
    await own.waitFor();
    // Every claim of the preset has a verdict from this, its newest judgeable experiment: a
    // badge with the verdict in words, and a link to the experiment.
    const judged = table.locator(`tbody tr[data-preset="${preset}"]`);
    const count = await judged.count();
    expect(count).toBe((spec.claims?.length ?? 0) + 1);
    const shown = await judged.evaluateAll((rows) =>
      rows.map((row) => row.getAttribute('data-verdict')),
    );
    for (const verdict of shown) expect(verdicts).toContain(verdict);
    const badges = await judged.locator('.badge.verdict').allTextContents();
    expect(badges.map((text) => text.replace(/^\S+\s/, ''))).toEqual(shown);
    const links = judged.getByRole('link', { name: /click-trap \(claims\)/ });
    await expect(links.count()).resolves.toBe(count);
    const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(new Set(hrefs)).toEqual(new Set([`/experiments/${id}`]));
    await page.screenshot({ path: path.join(screenshots, 'claims.png'), fullPage: true });

    // The detail page: every other arm paired against the reference, and the same verdicts.
    await own.getByRole('link').click();
    await page.waitForURL(`**/experiments/${id}`);
    const paired = page.getByRole('table', { name: /^Paired against / });
    await paired.waitFor();
    await expect(paired.locator('tbody tr').count()).resolves.toBe(spec.arms.length - 1);
    // Each cell ends with its seed count: "k/2" seeds with a positive difference.
    const cells = await paired.locator('tbody td').allTextContents();
    expect(cells.length).toBeGreaterThan(0);
    expect(cells.every((cell) => cell === '–' || /\d\/2$/.test(cell))).toBe(true);
    const verdictsHere = page.getByRole('table', { name: 'Claims judged on this experiment' });
    await expect(verdictsHere.locator('tbody tr[data-claim-id]').count()).resolves.toBe(count);
    expect(pageErrors).toEqual([]);
  });

  it('has no serious or critical axe violations on any page, light or dark, wide or 390 px', async () => {
    const pages = [
      '/experiments',
      '/experiments/new',
      `/experiments/${ids[0]}`,
      `/compare?ids=${ids[0]},${ids[1]}`,
      '/claims',
      '/experiments/0000000000000000',
    ];
    const found: string[] = [];
    for (const [width, colorScheme] of [
      [1440, 'light'],
      [390, 'dark'],
    ] as const) {
      await page.setViewportSize({ width, height: 900 });
      await page.emulateMedia({ colorScheme });
      for (const url of pages) {
        await page.goto(`${app.baseUrl}${url}`);
        // Settled: the page's own content is in (a heading past the loading state).
        await page.locator('main h1, main h2').first().waitFor();
        await page.waitForLoadState('networkidle');
        for (const violation of await seriousViolations(page)) {
          found.push(`${url} (${width} px, ${colorScheme}): ${violation}`);
        }
        const wide = await page.evaluate<number>('document.documentElement.scrollWidth');
        if (wide > width) found.push(`${url} (${width} px): the page is ${wide} px wide`);
      }
    }
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.emulateMedia({ colorScheme: 'light' });
    expect(found).toEqual([]);
  });

  it('shows an error state, not a crash, for a malformed or unknown id', async () => {
    await page.goto(`${app.baseUrl}/experiments/not-an-id`);
    await page.getByRole('heading', { name: 'Not a valid experiment id' }).waitFor();
    // A broken percent escape is not even a decodable path; it still gets the page's answer.
    await page.goto(`${app.baseUrl}/experiments/not-an-id%zz`);
    await page.getByRole('heading', { name: 'Not a valid experiment id' }).waitFor();
    // Well formed but not UTF-8: once redirected to itself forever.
    await page.goto(`${app.baseUrl}/experiments/%E0%A4`);
    await page.getByRole('heading', { name: 'Not a valid experiment id' }).waitFor();
    await page.goto(`${app.baseUrl}/experiments/0000000000000000`);
    await page.getByRole('heading', { name: 'No such experiment' }).waitFor();
    await page.getByRole('link', { name: 'Back to experiments' }).click();
    await page.waitForURL('**/experiments');
    expect(pageErrors).toEqual([]);
  });

  it('lists fifty experiments, then older ones on demand', async () => {
    // Enough tiny experiments, through the HTTP API, to need a second page; each is cancelled
    // at once so the worker has nothing to do for them.
    const call = async (procedure: string, input: unknown) => {
      const response = await fetch(`${app.baseUrl}/api/trpc/${procedure}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(input),
      });
      expect(response.ok, `${procedure}: ${response.status} ${await response.clone().text()}`).toBe(
        true,
      );
      return ((await response.json()) as { result: { data: { experiment: { id: string } } } })
        .result.data;
    };
    for (let i = 0; i < 50; i++) {
      const spec = {
        name: `filler ${i}`,
        world: { numUsers: 20, numItems: 20, numCreators: 4 },
        rounds: 1,
        seeds: { count: 1, base: 1 },
        arms: [{ name: 'random', model: { kind: 'random' } }],
      };
      const { experiment } = await call('experiments.submit', { spec });
      await call('experiments.cancel', { id: experiment.id });
    }
    await page.goto(`${app.baseUrl}/experiments`);
    const rows = page.locator('tr[data-experiment-id]');
    const older = page.getByRole('button', { name: 'Load older experiments' });
    await older.waitFor();
    await expect(rows.count()).resolves.toBe(50);
    // The first experiment submitted is the oldest: it is on the second page.
    await expect(page.locator(`tr[data-experiment-id="${ids[0]}"]`).count()).resolves.toBe(0);
    await older.click();
    await page.locator(`tr[data-experiment-id="${ids[0]}"]`).waitFor();
    await older.waitFor({ state: 'detached' });
    const total = await rows.count();
    expect(total).toBeGreaterThan(50);
    expect(
      new Set(await rows.evaluateAll((trs) => trs.map((tr) => tr.dataset.experimentId))).size,
    ).toBe(total);
    expect(pageErrors).toEqual([]);
  });
});
