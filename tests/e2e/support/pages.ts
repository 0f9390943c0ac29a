import type { Locator, Page } from 'playwright-core';

export interface FormOverrides {
  name: string;
  rounds: number;
  seeds: number;
  users: number;
  items: number;
}

/**
 * On the New experiment page: picks the preset, overrides the common fields, waits for the
 * server's validation to pass, queues it and returns the new experiment's id (from the URL the
 * page moves to).
 */
export async function submitFromForm(
  page: Page,
  preset: string,
  overrides: FormOverrides,
  beforeSubmit?: () => Promise<void>,
): Promise<string> {
  await page.getByRole('button', { name: new RegExp(`^${preset}\\s`) }).click();
  await page.getByLabel('Name', { exact: true }).fill(overrides.name);
  await page.getByLabel('Rounds', { exact: true }).fill(String(overrides.rounds));
  await page.getByLabel('Seeds', { exact: true }).fill(String(overrides.seeds));
  await page.getByLabel('Users', { exact: true }).fill(String(overrides.users));
  await page.getByLabel('Items', { exact: true }).fill(String(overrides.items));
  await page.locator('[data-validation="ok"]').waitFor();
  await beforeSubmit?.();
  await page.getByRole('button', { name: 'Queue experiment' }).click();
  await page.waitForURL(/\/experiments\?queued=[0-9a-f]+/);
  return new URL(page.url()).searchParams.get('queued') as string;
}

/** Polls a table row's data-status until it reads `status`, reporting every status seen. */
export async function waitForStatus(
  row: Locator,
  status: string,
  timeoutMs: number,
  onSeen: (status: string) => void,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const current = await row.getAttribute('data-status');
    if (current) onSeen(current);
    if (current === status) return;
    if (current === 'failed' || current === 'cancelled') {
      throw new Error(`the experiment ended ${current}, not ${status}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the row did not reach ${status} within ${timeoutMs} ms`);
}
