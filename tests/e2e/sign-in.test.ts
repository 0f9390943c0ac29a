/**
 * GOODHART_TOKEN and the dashboard, in Chromium against the real app (`pnpm start`'s
 * start-all.ts with a token): pages send an unsigned browser to the sign-in page, which
 * exchanges the token for an httpOnly, SameSite=Strict session cookie; the dashboard then
 * reads and submits through it; sign-out ends it. Without the cookie or the bearer header the
 * API answers 401 to reads as well; the health route needs nothing; a foreign Host gets 403.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, type RunningApp, startApp } from './support/app-server';
import { launchChromium } from './support/browser';

const token = 'e2e-token-4f1c9a';

/** A GET with a Host header of our choosing (fetch will not send one). */
function getWithHost(url: string, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { headers: { host } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}

describe('signing in to a server with a token', () => {
  let app: RunningApp;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let dataDir: string;

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'goodhart-e2e-auth-'));
    app = await startApp({ dataDir, port: await freePort(), env: { GOODHART_TOKEN: token } });
    browser = await launchChromium();
    context = await browser.newContext();
    page = await context.newPage();
    page.setDefaultTimeout(30_000);
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('refuses the API without the token, reads included, but answers health', async () => {
    const list = await fetch(`${app.baseUrl}/api/trpc/experiments.list`);
    expect(list.status).toBe(401);
    const bearer = await fetch(`${app.baseUrl}/api/trpc/experiments.list`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(bearer.status).toBe(200);
    expect((await fetch(`${app.baseUrl}/api/health`)).status).toBe(200);
    expect(await getWithHost(`${app.baseUrl}/api/health`, 'attacker.example')).toBe(403);
  });

  it('sends a browser to sign in, takes the token once, and keeps an httpOnly strict cookie', async () => {
    await page.goto(`${app.baseUrl}/experiments`);
    await page.waitForURL(/\/sign-in\?next=%2Fexperiments$/);
    await page.getByLabel('Access token').fill('not-it');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').getByText('That token is not right.').waitFor();

    await page.getByLabel('Access token').fill(token);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(/\/experiments$/);
    await page.getByRole('heading', { name: 'No experiments yet' }).waitFor();
    const [cookie] = await context.cookies();
    expect(cookie).toMatchObject({ name: 'goodhart_session', httpOnly: true, sameSite: 'Strict' });
    expect(cookie?.value).not.toContain(token);
  });

  it('reads and submits through the cookie, then signs out', async () => {
    // The page's own fetch: same origin, the cookie goes with it.
    const status = await page.evaluate(async () => {
      const response = await fetch('/api/trpc/experiments.submit', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ preset: 'calibration', seeds: 1, rounds: 1 }),
      });
      return response.status;
    });
    expect(status).toBe(200);
    await page.reload();
    await page
      .getByRole('link', { name: /calibration/ })
      .first()
      .waitFor();

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(/\/sign-in$/);
    expect(await context.cookies()).toEqual([]);
    await page.goto(`${app.baseUrl}/compare`);
    await page.waitForURL(/\/sign-in\?next=%2Fcompare$/);
  });
});
