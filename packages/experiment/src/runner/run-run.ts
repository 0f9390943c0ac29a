import type { RunSpec } from '../runs/expand-runs';
import { ensureBackend } from './backend';
import { throwIfCancelled } from './cancellation';
import { runFeedbackLoop } from './feedback/feedback-loop';
import { runOfflineClassification } from './offline/offline-classification';
import type { RunHooks, RunResult } from './run-result';

/**
 * Runs one run round by round, calling `onRound` after each (awaited, so a slow store
 * slows the run rather than queueing records). An aborted `signal` stops the run at the
 * next round boundary with RunCancelledError. The same RunSpec gives the same numbers.
 */
export async function runRun(run: RunSpec, hooks: RunHooks = {}): Promise<RunResult> {
  throwIfCancelled(hooks.signal, run.key);
  const backend = await ensureBackend();
  const { spec } = run;
  if (spec.kind === 'offline-classification') {
    return runOfflineClassification(run, spec, armOf(spec.arms, run), hooks, backend);
  }
  return runFeedbackLoop(run, spec, armOf(spec.arms, run), hooks, backend);
}

function armOf<Arm extends { name: string }>(arms: readonly Arm[], run: RunSpec): Arm {
  const arm = arms.find((candidate) => candidate.name === run.arm);
  if (arm === undefined) throw new Error(`run ${run.key}: the spec has no arm "${run.arm}"`);
  return arm;
}
