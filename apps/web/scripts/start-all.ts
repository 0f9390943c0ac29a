/**
 * `pnpm start`: the dashboard and an embedded worker, sharing one SQLite file, no configuration.
 *
 *   tsx scripts/start-all.ts          build if stale, then `next start` + worker
 *   tsx scripts/start-all.ts --dev    `next dev` + worker
 *
 * Environment (all optional): PORT (3000), HOST (127.0.0.1), GOODHART_DATA_DIR (<repo>/.goodhart),
 * DATABASE_URL (a PostgreSQL URL: both processes then share that database and its queue).
 *
 * The worker runs in its own process, not inside the Next server: training a model is CPU-bound
 * and synchronous, and in the server's event loop it would stall every page and API call while
 * a run is in progress. It is supervised: restarted when it dies, never stopping the dashboard.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildIsStale } from './build-freshness';
import { type Supervisor, supervise } from './supervise';

const webDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const repoRoot = path.resolve(webDir, '../..');
const workerDir = path.join(repoRoot, 'apps/worker');
const dev = process.argv.includes('--dev');

const host = process.env.HOST ?? '127.0.0.1';
const port = process.env.PORT ?? '3000';
const dataDir = path.resolve(process.env.GOODHART_DATA_DIR ?? path.join(repoRoot, '.goodhart'));

/** Why the directory cannot be written, or undefined when it can (a probe file is written). */
function unwritable(dir: string): string | undefined {
  const probe = path.join(dir, `.write-probe-${process.pid}`);
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(probe, '');
    rmSync(probe);
    return undefined;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code ?? (error as Error).message;
  }
}

const env: NodeJS.ProcessEnv = {
  ...process.env,
  GOODHART_DATA_DIR: dataDir,
  NEXT_TELEMETRY_DISABLED: '1',
  PORT: port,
};

const nextBin = createRequire(path.join(webDir, 'package.json')).resolve('next/dist/bin/next');
const tsxCli = createRequire(path.join(workerDir, 'package.json')).resolve('tsx/cli');

function log(message: string): void {
  console.log(`[goodhart] ${message}`);
}

if (!dev) {
  const sources = [
    path.join(webDir, 'src'),
    path.join(webDir, 'next.config.ts'),
    path.join(webDir, 'package.json'),
    path.join(repoRoot, 'packages'),
  ];
  if (buildIsStale(path.join(webDir, '.next'), sources)) {
    log('building the dashboard (once; again only when sources change)…');
    const build = spawnSync(process.execPath, [nextBin, 'build'], {
      cwd: webDir,
      env: { ...env, NODE_ENV: 'production' },
      stdio: 'inherit',
    });
    if (build.status !== 0) {
      log(`build failed (exit ${build.status ?? build.signal})`);
      process.exit(build.status ?? 1);
    }
  }
}

let stopping = false;
let dashboard: ChildProcess;
let worker: Supervisor;

function startChild(args: string[], cwd: string, childEnv: NodeJS.ProcessEnv): ChildProcess {
  return spawn(process.execPath, args, { cwd, env: childEnv, stdio: 'inherit' });
}

function stop(exitCode: number): void {
  if (stopping) return;
  stopping = true;
  const dashboardExited = new Promise<void>((resolve) => {
    if (dashboard.exitCode !== null || dashboard.signalCode !== null) resolve();
    else dashboard.once('exit', () => resolve());
  });
  dashboard.kill('SIGTERM');
  // A child that ignores SIGTERM is not allowed to keep the terminal.
  const force = setTimeout(() => dashboard.kill('SIGKILL'), 10_000);
  force.unref();
  Promise.all([dashboardExited, worker.stop(10_000)]).then(() => process.exit(exitCode));
}

process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

dashboard = startChild(
  [nextBin, dev ? 'dev' : 'start', '-H', host, '-p', port],
  webDir,
  dev ? env : { ...env, NODE_ENV: 'production' },
);
// The dashboard is what people use: when it exits, everything stops.
dashboard.on('exit', (code, signal) => {
  if (stopping) return;
  log(`dashboard exited (${signal ?? code}); stopping`);
  stop(code ?? 1);
});
// The worker is restarted when it dies (a run that ran out of memory, say), and its death
// never takes the dashboard with it; a run that kills it twice is failed by the store.
const readOnly = process.env.DATABASE_URL ? undefined : unwritable(dataDir);
if (readOnly === undefined) {
  worker = supervise({
    name: 'worker',
    start: () => startChild([tsxCli, 'src/main.ts', 'worker'], workerDir, env),
    log,
  });
} else {
  log(`the data directory ${dataDir} cannot be written (${readOnly}):`);
  log('  the dashboard shows what is stored, read-only; no worker starts and nothing can be');
  log('  submitted. Make it writable, or set GOODHART_DATA_DIR to a directory that is.');
  worker = { starts: 0, stop: async () => {} };
}

log(`dashboard on http://${host === '127.0.0.1' ? 'localhost' : host}:${port}`);
log(`data in ${dataDir}`);
