import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const skipped = new Set(['node_modules', '.next', '.turbo', 'dist', 'coverage', 'test-results']);
// Files that never reach the server bundle: editing them needs no rebuild.
const irrelevant = /(\.test\.tsx?|\.md)$/;

/** The latest modification time (ms) of any source file under the given files or folders. */
export function newestMtime(roots: readonly string[]): number {
  let newest = 0;
  const visit = (target: string): void => {
    let stats: ReturnType<typeof statSync>;
    try {
      stats = statSync(target);
    } catch {
      return;
    }
    if (stats.isDirectory()) {
      for (const entry of readdirSync(target)) {
        if (!skipped.has(entry)) visit(path.join(target, entry));
      }
    } else if (!irrelevant.test(target) && stats.mtimeMs > newest) {
      newest = stats.mtimeMs;
    }
  };
  for (const root of roots) visit(root);
  return newest;
}

/**
 * Whether a Next build in `distDir` is older than any of its sources. The server bundle holds
 * our workspace packages too, so their sources count.
 */
export function buildIsStale(distDir: string, sources: readonly string[]): boolean {
  let builtAt: number;
  try {
    builtAt = statSync(path.join(distDir, 'BUILD_ID')).mtimeMs;
  } catch {
    return true;
  }
  return newestMtime(sources) > builtAt;
}
