import { type ChildProcess, spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

const entry = fileURLToPath(new URL('../standalone-worker.ts', import.meta.url));
const tsxLoader = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

export interface WorkerProcess {
  child: ChildProcess;
  /** Everything it wrote to stderr so far, for failure messages. */
  output(): string;
  /** Resolves with the exit code, or the signal that ended it. */
  exited: Promise<number | NodeJS.Signals>;
}

/**
 * A real `goodhart worker` process. Node runs the entry directly (tsx as a loader, not the tsx
 * command), so the pid is the worker's own and SIGKILL kills the worker, not a wrapper.
 */
export function startWorkerProcess(id: string, env: NodeJS.ProcessEnv): WorkerProcess {
  const child = spawn(
    process.execPath,
    ['--import', tsxLoader, entry, '--id', id, '--concurrency', '1'],
    { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let output = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  const exited = new Promise<number | NodeJS.Signals>((resolve) => {
    child.once('exit', (code, signal) => resolve(signal ?? code ?? -1));
  });
  return { child, output: () => output, exited };
}
