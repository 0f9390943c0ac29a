import type { CliIo } from './io';

export interface RunProgress {
  startRun(index: number, key: string): void;
  round(round: number, totalRounds: number): void;
  finishRun(index: number, key: string, seconds: number): void;
  done(): void;
}

const barWidth = 24;

/**
 * Progress on stderr: a bar redrawn in place on a terminal, one plain line per finished run
 * otherwise (logs and CI), nothing at all when quiet.
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
  let current = '';
  const draw = (round: number, totalRounds: number) => {
    const filled = Math.round((barWidth * runsDone) / Math.max(1, totalRuns));
    const bar = `${'#'.repeat(filled)}${'.'.repeat(barWidth - filled)}`;
    const line = `[${bar}] ${runsDone}/${totalRuns} runs · round ${round}/${totalRounds} · ${current}`;
    io.err(`\r\x1b[2K${line.slice(0, 160)}`);
  };
  return {
    startRun(_index, key) {
      current = key;
      draw(0, 0);
    },
    round(round, totalRounds) {
      draw(round, totalRounds);
    },
    finishRun() {
      runsDone += 1;
    },
    done() {
      io.err('\r\x1b[2K');
    },
  };
}
