import { clickProbability, itemTerms, trueRelevance, type World } from '@goodhart/sim';

/** Where the student's click labels come from (the feedback arm's `teacher` option). */
export interface TeacherOption {
  /** `all`: every logged row takes the teacher's label; `fittable`: only those the student can fit. */
  refine: 'all' | 'fittable';
  /** `fittable` keeps a teacher label whose excess loss is at most this quantile of the own labels'. */
  quantile: number;
}

/** Probabilities are kept this far from 0 and 1 inside a logarithm. */
const EPS = 1e-7;

/**
 * The oracle teacher's label for each logged impression: the true probability that it was
 * clicked, examination of its slot (the world's curve) times the world's P(click | examined)
 * for that user and item (sim's response model). It is the expectation of the logged click,
 * so it asks the student for the same thing as the clicks do, without their coin-flip noise,
 * and with everything the world knows (the user's full taste, susceptibility, opinion), not
 * only what the student can see.
 */
export function teacherClickTargets(
  world: World,
  rows: { user: Int32Array; item: Int32Array; position: Int32Array },
  examination: ArrayLike<number>,
): Float32Array {
  const terms = itemTerms(world);
  const out = new Float32Array(rows.user.length);
  for (let r = 0; r < out.length; r++) {
    const u = rows.user[r]!;
    const i = rows.item[r]!;
    const rel = trueRelevance(world as World, u, i);
    out[r] = examination[rows.position[r]!]! * clickProbability(world as World, terms, u, i, rel);
  }
  return out;
}

/**
 * What fitting `target` with prediction `q` costs beyond what fitting it perfectly would:
 * KL(target ‖ q) = t·ln(t/q) + (1 − t)·ln((1 − t)/(1 − q)). For a 0/1 label that is its plain
 * cross-entropy (a hard label's own entropy is 0), so a click and a teacher's soft label are
 * measured on one scale: how far the student is from the label, not how noisy the label is.
 */
export function excessLoss(target: number, q: number): number {
  const p = Math.min(1 - EPS, Math.max(EPS, q));
  let loss = 0;
  if (target > 0) loss += target * Math.log(target / p);
  if (target < 1) loss += (1 - target) * Math.log((1 - target) / (1 - p));
  return loss;
}

/** The nearest-rank q-quantile: the ⌈q·n⌉-th smallest value (the smallest for q·n ≤ 1). */
export function nearestRankQuantile(values: Float64Array, q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = Float64Array.from(values).sort();
  const rank = Math.min(values.length, Math.max(1, Math.ceil(q * values.length)));
  return sorted[rank - 1]!; // rank is in [1, length] and length > 0
}

export interface FittableLabels {
  /** Per row: the teacher's label where kept, else the row's own logged click. */
  target: Float32Array;
  /** Rows whose teacher label was kept. */
  kept: number;
}

/**
 * The student filters the teacher's refinements by its own profile (after Li et al. 2024's
 * selective reflection-tuning, where the student keeps the refinements it finds compatible):
 * a row keeps the teacher's label when the student's excess loss on it is at most the
 * `quantile` of the student's excess loss on its own logged labels; elsewhere the row keeps
 * its logged click. `student` is the student's current click probability for each row.
 */
export function keepFittable(
  clicked: ArrayLike<number>,
  teacher: Float32Array,
  student: Float32Array,
  quantile: number,
): FittableLabels {
  const n = teacher.length;
  const own = new Float64Array(n);
  for (let r = 0; r < n; r++) own[r] = excessLoss(clicked[r]!, student[r]!);
  const bar = nearestRankQuantile(own, quantile);
  const target = new Float32Array(n);
  let kept = 0;
  for (let r = 0; r < n; r++) {
    if (excessLoss(teacher[r]!, student[r]!) <= bar) {
      target[r] = teacher[r]!;
      kept++;
    } else {
      target[r] = clicked[r]!;
    }
  }
  return { target, kept };
}
