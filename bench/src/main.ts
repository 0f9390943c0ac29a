import { fork } from 'node:child_process';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { renderTable } from '@goodhart/experiment/results';
import { alignFigures } from './harness/align-figures';
import { parseArgs, usage } from './harness/args';
import type { CaseResult, ChildMessage } from './harness/result';
import { describeJob, type Job, planJobs } from './jobs';

/**
 * `pnpm bench`: runs every case in its own child process (so peak memory is per case) one
 * after another, then prints the figures. Prints, never asserts; see bench/README.md.
 */
function runChild(job: Job): Promise<CaseResult> {
  const child = fork(fileURLToPath(new URL('./child.ts', import.meta.url)), [JSON.stringify(job)], {
    execArgv: ['--import', import.meta.resolve('tsx')],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    let answer: ChildMessage | undefined;
    child.on('message', (message: ChildMessage) => {
      answer = message;
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      if (answer?.ok) resolve(answer.result);
      else
        reject(new Error(answer?.error ?? `${describeJob(job)}: child exited with code ${code}`));
    });
  });
}

function load(): string {
  return loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
}

function printGroup(results: CaseResult[]): void {
  const [first] = results;
  if (first === undefined) return;
  console.log(`\n## ${first.title}`);
  const backends = [...new Set(results.map((r) => r.backend))].join('; ');
  console.log(`backend: ${backends}`);
  console.log(
    renderTable(
      first.columns,
      results.flatMap((r) => r.rows),
      alignFigures,
    ),
  );
  for (const note of [...new Set(results.flatMap((r) => r.notes))]) console.log(`- ${note}`);
  for (const r of results) {
    const estimate =
      r.estimatedPeakMiB === undefined
        ? ''
        : `; the store's estimate for the run ${Math.round(r.estimatedPeakMiB)} MiB (${(r.estimatedPeakMiB / r.memory.maxRssMiB).toFixed(2)} × maxRSS)`;
    console.log(
      `- peak memory (${r.id}): maxRSS ${Math.round(r.memory.maxRssMiB)} MiB, largest sampled rss ${Math.round(r.memory.sampledRssMiB)} MiB${estimate}; case took ${r.elapsedSeconds.toFixed(1)} s`,
    );
  }
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  if (options.help) {
    console.log(usage);
    return;
  }
  const jobs = planJobs(options);
  console.log('# Goodhart benchmark');
  console.log(
    `machine: ${availableParallelism()} cores (${cpus()[0]?.model ?? 'unknown CPU'}), Node ${process.version}, load average at start ${load()}`,
  );
  console.log(`${jobs.length} case runs${options.quick ? ' (quick)' : ''}, one child process each`);
  const results: CaseResult[] = [];
  const began = performance.now();
  for (const job of jobs) {
    process.stderr.write(`… ${describeJob(job)}\n`);
    try {
      results.push(await runChild(job));
    } catch (error) {
      console.log(`\n!! ${describeJob(job)} failed: ${(error as Error).message}`);
      process.exitCode = 1;
    }
  }
  const groups = new Map<string, CaseResult[]>();
  for (const r of results) groups.set(r.title, [...(groups.get(r.title) ?? []), r]);
  for (const group of groups.values()) printGroup(group);

  const verdicts = results.filter((r) => r.verdict !== undefined);
  if (verdicts.length > 0) {
    console.log('\n## Targets');
    console.log(
      renderTable(
        ['case', 'measured', 'target', 'met'],
        verdicts.map((r) => [
          r.id,
          r.verdict!.figure,
          r.verdict!.target,
          r.verdict!.met ? 'yes' : 'NO',
        ]),
        alignFigures,
      ),
    );
  }
  console.log(
    `\ntotal ${((performance.now() - began) / 1000).toFixed(0)} s; load average at end ${load()} (figures are wall-clock: a busy machine slows them)`,
  );
}

await main();
