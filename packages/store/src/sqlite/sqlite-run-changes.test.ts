import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, expect, it } from 'vitest';
import { prepareSubmission } from '../submission';
import { itemAt } from '../testing/item-at';
import { tinySpec } from '../testing/tiny-spec';
import { SqliteStore } from './sqlite-store';

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

it('misses no run changed by a write that was open during a poll', async () => {
  dir = mkdtempSync(join(tmpdir(), 'goodhart-changes-'));
  const file = join(dir, 'goodhart.sqlite');
  const store = new SqliteStore({ file });
  const writer = new Database(file);
  try {
    const submission = prepareSubmission(tinySpec({ name: 'open write' }));
    await store.submitExperiment(submission);
    const run = itemAt(await store.listRuns(submission.id), 0, 'the run');
    const first = await store.listRunChanges(submission.id);
    // Another process's write, open (WAL: readers go on) while the store polls.
    writer.exec('BEGIN IMMEDIATE');
    writer.prepare('UPDATE runs SET current_round = 2 WHERE id = ?').run(run.id);
    const during = await store.listRunChanges(submission.id, first.cursor);
    expect(during.runs).toEqual([]);
    writer.exec('COMMIT');
    const after = await store.listRunChanges(submission.id, during.cursor);
    expect(after.runs.map((changed) => [changed.id, changed.currentRound])).toEqual([[run.id, 2]]);
  } finally {
    writer.close();
    await store.close();
  }
});
