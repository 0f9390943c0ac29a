import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { expect, it } from 'vitest';
import { prepareSubmission } from '../submission';
import { itemAt } from '../testing/item-at';
import { tinySpec } from '../testing/tiny-spec';
import { SqliteStore } from './sqlite-store';

// A file made before run_logs had its detail column (an error's stack): opening it adds the
// column, its old lines read with no detail, and new lines keep theirs. Read-only, the same
// file cannot be migrated and still reads.

it('migrates a file whose run log predates the detail column', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'goodhart-migrate-'));
  const file = join(dir, 'goodhart.sqlite');
  try {
    const first = new SqliteStore({ file });
    const submission = prepareSubmission(tinySpec({ name: 'old file' }));
    await first.submitExperiment(submission);
    const run = itemAt(await first.listRuns(submission.id), 0, 'the first run');
    await first.appendLog(run.id, 'info', 'written before');
    await first.close();
    const old = new Database(file);
    old.exec('ALTER TABLE run_logs DROP COLUMN detail');
    old.close();

    const readOnly = new SqliteStore({ file, readOnly: true });
    expect((await readOnly.listLogs(run.id)).map((log) => log.detail)).toEqual([null]);
    await readOnly.close();

    const store = new SqliteStore({ file });
    try {
      await store.appendLog(run.id, 'error', 'failed: Error: boom', 'Error: boom\n    at x');
      const logs = await store.listLogs(run.id);
      expect(logs.map((log) => [log.message, log.detail])).toEqual([
        ['written before', null],
        ['failed: Error: boom', 'Error: boom\n    at x'],
      ]);
    } finally {
      await store.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
