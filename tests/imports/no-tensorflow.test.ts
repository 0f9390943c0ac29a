/**
 * The entries that check specs and summarise results must never load TensorFlow.js: the API
 * and the dashboard's server validate JSON with them, and the dashboard's pages import them in
 * the browser. Each entry is imported in a fresh Node process (through tsx, as the workspace
 * runs its TypeScript), which then lists every module it resolved or required; none may come
 * from a `@tensorflow/*` package. Core's whole index is the positive control: it does load
 * TensorFlow.js, so the listing is shown to see it.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../e2e/support/app-server';

const run = promisify(execFile);

// Runs in the child: records each resolved URL (module.registerHooks, Node ≥ 22.15) and, on
// any Node, each CommonJS file required (tfjs's Node builds are CommonJS), then prints those
// under @tensorflow as JSON.
const probe = `
import { createRequire } from 'node:module';
import * as nodeModule from 'node:module';
const resolved = [];
nodeModule.registerHooks?.({
  resolve(specifier, context, next) {
    const result = next(specifier, context);
    resolved.push(result.url);
    return result;
  },
});
await import(process.argv[1]);
const required = Object.keys(createRequire(import.meta.url).cache);
console.log(JSON.stringify([...resolved, ...required].filter((file) => file.includes('@tensorflow'))));
`;

/** The @tensorflow modules that importing `entry` loads, imported from inside `pkg`. */
async function tensorflowLoadedBy(entry: string, pkg: string): Promise<string[]> {
  const { stdout } = await run(
    process.execPath,
    ['--import', 'tsx', '--input-type=module', '--eval', probe, entry],
    { cwd: path.join(repoRoot, pkg) },
  );
  return JSON.parse(stdout.trim().split('\n').at(-1) ?? '[]') as string[];
}

describe('entries that load no TensorFlow.js', () => {
  it("the probe sees TensorFlow.js where it is loaded: core's whole index", async () => {
    const loaded = await tensorflowLoadedBy('@goodhart/core', 'packages/core');
    expect(loaded.some((file) => file.includes('@tensorflow/tfjs-core'))).toBe(true);
  });

  it.each([
    ['@goodhart/core/spec', 'packages/core'],
    ['@goodhart/core/linear-algebra', 'packages/core'],
    ['@goodhart/experiment/spec', 'packages/experiment'],
    ['@goodhart/experiment/presets', 'packages/experiment'],
    ['@goodhart/experiment/results', 'packages/experiment'],
    ['@goodhart/experiment/claims', 'packages/experiment'],
    // The whole API, so the dashboard's server never loads TensorFlow.js either.
    ['@goodhart/api', 'packages/api'],
  ])('%s', async (entry, pkg) => {
    expect(await tensorflowLoadedBy(entry, pkg)).toEqual([]);
  });
});
