import type { ChildProcess } from 'node:child_process';

export interface SuperviseOptions {
  name: string;
  /** Starts the child (again). */
  start(): ChildProcess;
  log(message: string): void;
  /** Waits before each restart, in order; the last repeats. Default 1, 2, 5, 10, 30 s. */
  backoffMs?: readonly number[];
  /** A child that ran this long before exiting starts the backoff afresh. Default 60 s. */
  resetAfterMs?: number;
}

export interface Supervisor {
  /** How many times the child has been started. */
  readonly starts: number;
  /** Stops restarting, sends SIGTERM (SIGKILL after `graceMs`), resolves once it has exited. */
  stop(graceMs?: number): Promise<void>;
}

/**
 * Keeps a child running: when it exits on its own (killed by the out-of-memory killer, say)
 * it is started again after a backoff, so one crash does not take anything else down and a
 * crash loop does not spin. The worker under `pnpm start` runs this way.
 */
export function supervise(options: SuperviseOptions): Supervisor {
  const backoff = options.backoffMs ?? [1_000, 2_000, 5_000, 10_000, 30_000];
  const resetAfterMs = options.resetAfterMs ?? 60_000;
  let child: ChildProcess;
  let starts = 0;
  let failures = 0;
  let stopping = false;
  let timer: NodeJS.Timeout | undefined;

  const launch = () => {
    const began = Date.now();
    starts += 1;
    child = options.start();
    child.once('exit', (code, signal) => {
      if (stopping) return;
      failures = Date.now() - began >= resetAfterMs ? 1 : failures + 1;
      const wait = backoff[Math.min(failures, backoff.length) - 1] ?? 0;
      options.log(
        `${options.name} exited (${signal ?? code}); restarting in ${(wait / 1000).toFixed(1)} s`,
      );
      timer = setTimeout(launch, wait);
    });
  };
  launch();

  return {
    get starts() {
      return starts;
    },
    stop(graceMs = 10_000) {
      stopping = true;
      clearTimeout(timer);
      if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
      return new Promise<void>((resolve) => {
        const kill = setTimeout(() => child.kill('SIGKILL'), graceMs);
        child.once('exit', () => {
          clearTimeout(kill);
          resolve();
        });
        child.kill('SIGTERM');
      });
    },
  };
}
