import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildIsStale, newestMtime } from './build-freshness';

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

function tempRoot(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'fresh-'));
  roots.push(root);
  return root;
}

function touch(file: string, seconds: number): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, '');
  utimesSync(file, seconds, seconds);
}

describe('build freshness', () => {
  it('finds the newest source file, skipping node_modules, tests and docs', () => {
    const root = tempRoot();
    touch(path.join(root, 'src/a.ts'), 1_000);
    touch(path.join(root, 'src/deep/b.ts'), 2_000);
    touch(path.join(root, 'node_modules/x/c.js'), 9_000);
    touch(path.join(root, 'src/a.test.ts'), 8_000);
    touch(path.join(root, 'README.md'), 8_000);
    expect(newestMtime([path.join(root, 'src'), path.join(root, 'node_modules')])).toBe(9_000_000);
    expect(newestMtime([root])).toBe(2_000_000);
  });

  it('is stale without a build, or when a source is newer than the build', () => {
    const root = tempRoot();
    const src = path.join(root, 'src');
    touch(path.join(src, 'page.tsx'), 1_000);
    expect(buildIsStale(path.join(root, '.next'), [src])).toBe(true);
    touch(path.join(root, '.next/BUILD_ID'), 2_000);
    expect(buildIsStale(path.join(root, '.next'), [src])).toBe(false);
    touch(path.join(src, 'page.tsx'), 3_000);
    expect(buildIsStale(path.join(root, '.next'), [src])).toBe(true);
  });
});
