import type { CliIo } from './io';

export interface RunProgress {
  startRun(index: number, key: string): void;
  round(index: number, round: number, totalRounds: number): void;
  finishRun(index: number, key: string, seconds: number): void;
  done(): void;
}

const barWidth = 24;

/**
 * Progress on stderr: a bar redrawn in place on a terminal, one plain line per finished run
 * otherwise (logs and CI), nothing at all when quiet. Runs may go on at the same time; the
 * bar names the one that reported last.
 */
export function createProgress(io: CliIo, totalRuns: number, quiet: boolean): RunProgress {
  if (quiet) return { startRun() {}, round() {}, finishRun() {}, done() {} };
  if (!io.errIsTty) {
    return {
      startRun() {},
      round() {},
      finishRun(index, key, seconds) {
        io.err(`run ${index + 1}/${totalRuns} ${key} (${seconds.toFixed(1)} s)\n`);
      },
      done() {},
    };
  }
  let runsDone = 0;
  const running = new Map<number, string>();
  const draw = (key: string, round: number, totalRounds: number) => {
    const filled = Math.round((barWidth * runsDone) / Math.max(1, totalRuns));
    const bar = `${'#'.repeat(filled)}${'.'.repeat(barWidth - filled)}`;
    const line = `[${bar}] ${runsDone}/${totalRuns} runs, ${running.size} running · round ${round}/${totalRounds} · ${key}`;
    io.err(`\r\x1b[2K${line.slice(0, 160)}`);
  };
  return {
    startRun(index, key) {
      running.set(index, key);
      draw(key, 0, 0);
    },
    round(index, round, totalRounds) {
      draw(running.get(index) ?? '', round, totalRounds);
    },
    finishRun(index, key) {
      running.delete(index);
      runsDone += 1;
      draw(key, 0, 0);
    },
    done() {
      io.err('\r\x1b[2K');
    },
  };
}
