import { type ChildProcess, spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const webDir = path.join(repoRoot, 'apps/web');

export interface RunningApp {
  baseUrl: string;
  /** Everything the server and worker printed, for failure messages. */
  output(): string;
  stop(): Promise<void>;
}

/** A port the OS says is free right now. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => {
        if (address && typeof address === 'object') resolve(address.port);
        else reject(new Error('no port'));
      });
    });
  });
}

/**
 * Starts the real thing the README's `pnpm start` starts: apps/web/scripts/start-all.ts, which
 * builds the dashboard if its sources changed, then runs `next start` and the worker against
 * one SQLite file in `dataDir`.
 */
export async function startApp(options: {
  dataDir: string;
  port: number;
  readyTimeoutMs?: number;
  /** More environment for the server and worker (GOODHART_TOKEN, say). */
  env?: NodeJS.ProcessEnv;
}): Promise<RunningApp> {
  // tsx is a root devDependency, the same one `pnpm start` runs the script with.
  const tsxCli = createRequire(path.join(repoRoot, 'package.json')).resolve('tsx/cli');
  const baseUrl = `http://127.0.0.1:${options.port}`;
  let output = '';
  const child: ChildProcess = spawn(process.execPath, [tsxCli, 'scripts/start-all.ts'], {
    cwd: webDir,
    env: {
      ...process.env,
      HOST: '127.0.0.1',
      PORT: String(options.port),
      GOODHART_DATA_DIR: options.dataDir,
      NEXT_TELEMETRY_DISABLED: '1',
      NODE_ENV: 'production',
      ...options.env,
    },
    // Its own process group, so stop() reaches the server and worker it spawned.
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const append = (chunk: Buffer) => {
    output += chunk.toString();
  };
  child.stdout?.on('data', append);
  child.stderr?.on('data', append);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    try {
      process.kill(-(child.pid as number), 'SIGTERM');
    } catch {
      return;
    }
    const timer = setTimeout(() => {
      try {
        process.kill(-(child.pid as number), 'SIGKILL');
      } catch {}
    }, 10_000);
    await exited;
    clearTimeout(timer);
  };

  const deadline = Date.now() + (options.readyTimeoutMs ?? 240_000);
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`the app exited early (${child.exitCode}):\n${output}`);
    }
    try {
      // The health route answers without a token, so a server that has one is found ready too.
      const response = await fetch(`${baseUrl}/api/health`);
      if (response.ok) return { baseUrl, output: () => output, stop };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  await stop();
  throw new Error(`the app did not answer within the time limit:\n${output}`);
}
