import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { RunResult } from '@goodhart/experiment';
import type { ClaimedRun } from '@goodhart/store';
import type { FromRunThread, ToRunThread } from './thread-messages';
import type { ExecuteHooks, RunExecutor } from './types';

/**
 * Runs each run in a worker thread, so model training (synchronous, CPU-bound) uses its own
 * core and never blocks the main thread, which keeps heartbeats and store writes on time.
 * Threads are kept and reused, one per concurrent run.
 */
export class ThreadExecutor implements RunExecutor {
  private readonly idle: Worker[] = [];
  private readonly busy = new Set<Worker>();

  async execute(claim: ClaimedRun, hooks: ExecuteHooks): Promise<RunResult> {
    const thread = this.idle.pop() ?? startThread();
    this.busy.add(thread);
    thread.ref();
    let healthy = true;
    try {
      return await runOn(thread, claim.runSpec, hooks);
    } catch (error) {
      healthy = !(error instanceof ThreadDiedError);
      throw error;
    } finally {
      this.busy.delete(thread);
      thread.unref();
      if (healthy) this.idle.push(thread);
      else void thread.terminate();
    }
  }

  async close(): Promise<void> {
    const all = [...this.idle, ...this.busy];
    this.idle.length = 0;
    this.busy.clear();
    await Promise.all(all.map((thread) => thread.terminate()));
  }
}

class ThreadDiedError extends Error {
  constructor(reason: string) {
    super(`run thread died: ${reason}`);
    this.name = 'ThreadDiedError';
  }
}

function runOn(thread: Worker, runSpec: unknown, hooks: ExecuteHooks): Promise<RunResult> {
  return new Promise<RunResult>((resolve, reject) => {
    const send = (message: ToRunThread) => thread.postMessage(message);
    const onAbort = () => send({ type: 'abort' });
    const done = () => {
      thread.off('message', onMessage);
      thread.off('error', onError);
      thread.off('exit', onExit);
      hooks.signal.removeEventListener('abort', onAbort);
    };
    const onMessage = (message: FromRunThread) => {
      if (message.type === 'round') {
        hooks.onRound(message.record).then(
          () => send({ type: 'round-stored', stop: hooks.signal.aborted }),
          () => send({ type: 'round-stored', stop: true }),
        );
      } else if (message.type === 'result') {
        done();
        resolve(message.result);
      } else {
        done();
        const error = new Error(message.message);
        error.name = message.name;
        if (message.stack) error.stack = message.stack;
        reject(error);
      }
    };
    const onError = (error: Error) => {
      done();
      reject(new ThreadDiedError(error.message));
    };
    const onExit = (code: number) => {
      done();
      reject(new ThreadDiedError(`exit code ${code}`));
    };
    thread.on('message', onMessage);
    thread.on('error', onError);
    thread.on('exit', onExit);
    hooks.signal.addEventListener('abort', onAbort);
    send({ type: 'run', runSpec });
  });
}

function startThread(): Worker {
  const entry = threadEntry();
  // Sources are TypeScript in the workspace: a thread needs tsx's loader unless it inherited it.
  const needsLoader = entry.pathname.endsWith('.ts') && !process.execArgv.some(isTsxLoader);
  const execArgv = needsLoader
    ? [
        ...process.execArgv,
        '--import',
        pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href,
      ]
    : process.execArgv;
  const thread = new Worker(entry, { execArgv });
  // An idle thread must not keep the process alive on its own.
  thread.unref();
  return thread;
}

/** `tsx` itself, or the loader file the tsx command line passes (`.../node_modules/tsx/dist/...`). */
function isTsxLoader(arg: string): boolean {
  return arg === 'tsx' || /[\\/]node_modules[\\/]tsx[\\/]/.test(arg);
}

function threadEntry(): URL {
  const here = new URL(import.meta.url);
  const extension = here.pathname.endsWith('.ts') ? '.ts' : '.js';
  return new URL(`./run-thread${extension}`, here);
}
