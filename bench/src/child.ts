import { runClickTrap } from './cases/click-trap/run';
import { runContentFiltering } from './cases/content-filtering/run';
import { runMetrics } from './cases/metrics/run';
import { runOracle } from './cases/oracle/run';
import { runTraining } from './cases/training/run';
import type { CaseResult, ChildMessage } from './harness/result';
import type { Job } from './jobs';

// One job per process, so each case's peak memory is its own. The parent passes the job as
// JSON and receives the result over IPC.
function run(job: Job): Promise<CaseResult> {
  switch (job.case) {
    case 'content':
      return runContentFiltering(job.content);
    case 'click-trap':
      return runClickTrap(job.clickTrap);
    case 'oracle':
      return runOracle(job.oracle);
    case 'training':
      return runTraining(job.training);
    case 'metrics':
      return runMetrics(job.metrics);
  }
}

const send = (message: ChildMessage) =>
  new Promise<void>((resolve) => process.send?.(message, () => resolve()) ?? resolve());

try {
  const job = process.argv[2];
  if (job === undefined) throw new Error('child: expects its job as JSON in the first argument');
  const result = await run(JSON.parse(job) as Job);
  await send({ ok: true, result });
} catch (error) {
  await send({ ok: false, error: (error as Error).stack ?? String(error) });
}
// tfjs and worker handles may keep the loop alive; the result is delivered.
process.exit(0);
