import { resourceUsage } from 'node:process';

const MIB = 1024 * 1024;

/**
 * Peak memory of this process (a case runs alone in its own child process, so peaks do not
 * mix): the kernel's high-water mark of resident memory (`maxRSS`, covering worker threads
 * too), and the largest `rss` seen by `sample()`, which cases call between steps and a timer
 * calls whenever the event loop is free.
 */
export class MemoryPeak {
  private sampledPeak = 0;
  private readonly timer: NodeJS.Timeout;

  constructor(intervalMs = 50) {
    this.sample();
    this.timer = setInterval(() => this.sample(), intervalMs);
    this.timer.unref();
  }

  sample(): void {
    this.sampledPeak = Math.max(this.sampledPeak, process.memoryUsage().rss);
  }

  stop(): { sampledRssMiB: number; maxRssMiB: number } {
    this.sample();
    clearInterval(this.timer);
    return {
      sampledRssMiB: this.sampledPeak / MIB,
      // resourceUsage reports maxRSS in kibibytes.
      maxRssMiB: resourceUsage().maxRSS / 1024,
    };
  }
}
