import { Session } from 'node:inspector/promises';

/** A V8 CPU profile, as the inspector's Profiler.stop returns it. */
interface CpuProfile {
  nodes: {
    id: number;
    callFrame: { functionName: string; url: string };
    children?: number[];
  }[];
  samples: number[];
  timeDeltas: number[];
}

/** A phase of a feedback-loop round, recognised by a function on the stack. */
export interface PhaseRule {
  phase: string;
  /** Matches a stack frame by its function name and the file it is in. */
  matches(functionName: string, file: string): boolean;
}

/**
 * Sampling CPU profiler of this thread (V8's, through the inspector), used to split a round of
 * the experiment runner into phases without touching the runner: each sample is charged to the
 * outermost frame on its stack that a rule recognises. Samples in V8's garbage collector are
 * their own phase; samples with nothing recognised are "other"; idle time (awaiting) is dropped.
 */
export class PhaseProfiler {
  private readonly session = new Session();

  async start(intervalMicros = 1000): Promise<void> {
    this.session.connect();
    await this.session.post('Profiler.enable');
    await this.session.post('Profiler.setSamplingInterval', { interval: intervalMicros });
    await this.session.post('Profiler.start');
  }

  /** Stops and returns milliseconds per phase. */
  async stop(rules: readonly PhaseRule[]): Promise<Map<string, number>> {
    const { profile } = (await this.session.post('Profiler.stop')) as { profile: CpuProfile };
    await this.session.post('Profiler.disable');
    this.session.disconnect();
    return attribute(profile, rules);
  }
}

function attribute(profile: CpuProfile, rules: readonly PhaseRule[]): Map<string, number> {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parent.set(child, node.id);
  const phaseOfNode = new Map<number, string>();
  const phaseOf = (id: number): string => {
    const known = phaseOfNode.get(id);
    if (known !== undefined) return known;
    const node = byId.get(id);
    let phase = 'other';
    if (node !== undefined) {
      const { functionName, url } = node.callFrame;
      const above = parent.get(id);
      const outer = above === undefined ? 'other' : phaseOf(above);
      if (functionName === '(garbage collector)') phase = 'gc';
      else if (functionName === '(idle)') phase = 'idle';
      else if (outer !== 'other') phase = outer;
      else phase = rules.find((rule) => rule.matches(functionName, url))?.phase ?? 'other';
    }
    phaseOfNode.set(id, phase);
    return phase;
  };
  const totals = new Map<string, number>();
  profile.samples.forEach((id, k) => {
    const phase = phaseOf(id);
    if (phase === 'idle') return;
    totals.set(phase, (totals.get(phase) ?? 0) + (profile.timeDeltas[k] ?? 0) / 1000);
  });
  return totals;
}
