import type { ArmLike } from './arms';

/** An arm as the summary reads it: any field may be missing or malformed (a JSON draft). */
type ArmDraft = ArmLike & {
  loss?: { name?: unknown };
  classifier?: { hidden?: unknown };
  threshold?: unknown;
  teacher?: { refine?: unknown; quantile?: unknown };
  selection?: { kind?: unknown; prune?: unknown; sharpness?: unknown };
  tuning?: { kind?: unknown; small?: { kind?: unknown } };
  reward?: { value?: unknown; normalise?: unknown };
};

/**
 * A few words on what the arm is: its model or classifier, loss and decision rule, and what it
 * does to its training data (teacher labels, row selection, tuning, reward), which is where
 * the arms of learner-frontier, difficulty-pruning, serving-time-tuning and lucky-successes
 * differ: without it their arms all read "two-tower, top-k".
 */
export function armSummary(arm: object): string {
  const a = arm as ArmDraft;
  const parts: string[] = [];
  if (typeof a.model?.kind === 'string') parts.push(a.model.kind);
  if (a.classifier && Array.isArray(a.classifier.hidden)) {
    parts.push(a.classifier.hidden.length > 0 ? `mlp ${a.classifier.hidden.join('×')}` : 'linear');
  }
  if (typeof a.loss?.name === 'string') parts.push(a.loss.name);
  if (typeof a.decision?.kind === 'string') parts.push(a.decision.kind);
  const weights = (a.decision as { weights?: unknown } | undefined)?.weights;
  if (weights && typeof weights === 'object')
    parts.push(`ranks by ${Object.keys(weights).join('+')}`);
  if (a.threshold !== undefined) parts.push(`threshold ${String(a.threshold)}`);
  const teacher = teacherPart(a.teacher);
  if (teacher !== undefined) parts.push(teacher);
  const selection = selectionPart(a.selection);
  if (selection !== undefined) parts.push(selection);
  const tuning = tuningPart(a.tuning);
  if (tuning !== undefined) parts.push(tuning);
  const reward = rewardPart(a.reward);
  if (reward !== undefined) parts.push(reward);
  return parts.join(', ');
}

function teacherPart(teacher: ArmDraft['teacher']): string | undefined {
  if (teacher?.refine === 'all') return 'teacher labels (all)';
  if (teacher?.refine === 'fittable') {
    const q = typeof teacher.quantile === 'number' ? teacher.quantile : 0.5;
    return `teacher labels it can fit (quantile ${q})`;
  }
  return undefined;
}

function selectionPart(selection: ArmDraft['selection']): string | undefined {
  const share = typeof selection?.prune === 'number' ? `${Math.round(selection.prune * 100)}%` : '';
  if (selection?.kind === 'el2n') return `prunes the easiest ${share} (EL2N)`;
  if (selection?.kind === 'random') return `prunes ${share} at random`;
  if (selection?.kind === 'utility-weight') {
    const sharpness = typeof selection.sharpness === 'number' ? selection.sharpness : 1;
    return `utility-weighted (sharpness ${sharpness})`;
  }
  return undefined;
}

function tuningPart(tuning: ArmDraft['tuning']): string | undefined {
  if (tuning?.kind === 'fine-tune') return 'fine-tuned on satisfaction';
  if (tuning?.kind === 'proxy') {
    const small = typeof tuning.small?.kind === 'string' ? ` ${tuning.small.kind}` : '';
    return `proxy-tuned by a small${small}`;
  }
  return undefined;
}

function rewardPart(reward: ArmDraft['reward']): string | undefined {
  if (reward === undefined || typeof reward.value !== 'number') return undefined;
  const what = reward.value === 0 ? 'reward click' : `reward click + ${reward.value}·purchase`;
  if (reward.normalise === 'slate') return `${what}, group-relative per slate`;
  if (reward.normalise === 'none') return `${what}, unnormalised`;
  return what;
}
