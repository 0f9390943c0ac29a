import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const here = dirname(fileURLToPath(import.meta.url));

/**
 * Every module `claims/index.ts` loads at run time (type-only imports are erased), following
 * relative imports, with the packages they load.
 */
function runtimeImports(entry: string): { files: string[]; packages: Set<string> } {
  const files: string[] = [];
  const packages = new Set<string>();
  const pending = [entry];
  while (pending.length > 0) {
    const file = pending.pop() as string;
    if (files.includes(file)) continue;
    files.push(file);
    const source = readFileSync(file, 'utf8');
    for (const [, kind, from] of source.matchAll(
      /^(?:import|export)\s+(type\s+)?[^;]*?from\s+'([^']+)'/gms,
    )) {
      if (kind !== undefined || from === undefined) continue;
      if (from.startsWith('.')) pending.push(`${resolve(dirname(file), from)}.ts`);
      else packages.add(from);
    }
  }
  return { files, packages };
}

describe('@goodhart/experiment/claims', () => {
  it('loads no TensorFlow.js, model or runner code, so the API and the browser can use it', () => {
    const { files, packages } = runtimeImports(join(here, 'index.ts'));
    expect([...packages].sort()).toEqual(['@goodhart/metrics', 'zod']);
    expect(files.some((file) => file.endsWith('judge-claims.ts'))).toBe(true);
    expect(files.filter((file) => /runner|presets|spec\//.test(file))).toEqual([]);
  });
});
