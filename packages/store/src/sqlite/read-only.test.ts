import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { isSqliteReadOnlyFailure, StoreReadOnlyError } from '../store-errors';
import { prepareSubmission } from '../submission';
import { tinySpec } from '../testing/tiny-spec';
import { SqliteStore } from './sqlite-store';

// A data directory that cannot be written (a read-only mount): what is stored can still be
// read, and every write says plainly why it is refused.

it('reads a store it cannot write, and refuses each write saying why', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'goodhart-ro-'));
  const file = join(dir, 'goodhart.sqlite');
  try {
    const writable = new SqliteStore({ file });
    const submission = prepareSubmission(tinySpec({ name: 'stored before' }));
    await writable.submitExperiment(submission);
    await writable.close();

    const store = new SqliteStore({ file, readOnly: true });
    try {
      expect(store.readOnlyReason).toBe('opened read-only');
      expect((await store.listExperiments()).map((e) => e.name)).toEqual(['stored before']);
      expect(await store.listRuns(submission.id)).toHaveLength(4);
      const refused = [
        store.submitExperiment(prepareSubmission(tinySpec({ name: 'after' }))),
        store.cancelExperiment(submission.id),
        store.claimRun('w'),
        store.workerSeen({ id: 'w', concurrency: 1 }),
      ];
      for (const write of refused) {
        await expect(write).rejects.toThrow(StoreReadOnlyError);
      }
      await expect(store.claimRun('w')).rejects.toThrow('the store is read-only: opened read-only');
    } finally {
      await store.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

it('takes SQLite and file-system refusals to write for a read-only store, nothing else', () => {
  const coded = (code: string) => Object.assign(new Error(code), { code });
  expect(isSqliteReadOnlyFailure(coded('SQLITE_READONLY'))).toBe(true);
  expect(isSqliteReadOnlyFailure(coded('SQLITE_READONLY_DIRECTORY'))).toBe(true);
  expect(isSqliteReadOnlyFailure(coded('SQLITE_CANTOPEN'))).toBe(true);
  expect(isSqliteReadOnlyFailure(coded('EROFS'))).toBe(true);
  expect(isSqliteReadOnlyFailure(coded('SQLITE_CORRUPT'))).toBe(false);
  expect(isSqliteReadOnlyFailure(new Error('no code'))).toBe(false);
});
