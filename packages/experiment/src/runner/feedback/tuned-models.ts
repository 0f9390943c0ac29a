import type {
  FitOptions,
  FitResult,
  HeadName,
  HeadScores,
  ItemBatch,
  ScoringModel,
  TrainingData,
} from '@goodhart/core';
import { subsetRows } from './data-selection';

/**
 * The logs as a satisfaction objective for the click head: only the rows whose satisfaction
 * was observed (a like or dislike, on about one click in ten), labelled with it.
 */
export function satisfactionRows(data: TrainingData): TrainingData {
  const rows: number[] = [];
  for (let r = 0; r < data.satisfaction.length; r++) {
    if (!Number.isNaN(data.satisfaction[r])) rows.push(r);
  }
  const picked = subsetRows(data, Int32Array.from(rows));
  return { ...picked, clickTarget: Float32Array.from(picked.satisfaction) };
}

/**
 * A model pretrained on clicks for its first `pretrainFits` fits, then fine-tuned: every later
 * fit trains the same weights on the satisfaction objective (satisfactionRows).
 */
export class FineTunedModel implements ScoringModel {
  readonly kind: string;
  readonly heads: readonly HeadName[];
  private fits = 0;

  constructor(
    private readonly inner: ScoringModel,
    private readonly pretrainFits: number,
  ) {
    this.kind = `fine-tuned ${inner.kind}`;
    this.heads = inner.heads;
  }

  /** Whether the next fit trains on satisfaction. */
  get tuning(): boolean {
    return this.fits >= this.pretrainFits;
  }

  fit(data: TrainingData, options?: FitOptions): FitResult {
    const tuning = this.tuning;
    this.fits++;
    return this.inner.fit(tuning ? satisfactionRows(data) : data, options);
  }

  predict(users: Int32Array, items: ItemBatch, into?: HeadScores): HeadScores {
    return this.inner.predict(users, items, into);
  }

  dispose(): void {
    this.inner.dispose();
  }
}

const EPS = 1e-6;
const logit = (p: number) => {
  const q = Math.min(1 - EPS, Math.max(EPS, p));
  return Math.log(q / (1 - q));
};

/**
 * Proxy tuning (Liu et al. 2024) for a click model: the base keeps training on clicks only,
 * and serving adds the logit difference between a small model fine-tuned on satisfaction and
 * its untuned twin (the same small model, same initial weights, trained on clicks only):
 * served = σ(logit base + logit tuned − logit untuned). The shift toward satisfaction is
 * applied at serving time; the base's weights never see the satisfaction objective.
 */
export class ProxyTunedModel implements ScoringModel {
  readonly kind: string;
  readonly heads: readonly HeadName[] = ['click'];

  constructor(
    private readonly base: ScoringModel,
    private readonly untuned: ScoringModel,
    private readonly tuned: FineTunedModel,
  ) {
    this.kind = `proxy-tuned ${base.kind}`;
  }

  /** The base's fit result (its click loss is the arm's proxy loss); the twins train beside it. */
  fit(data: TrainingData, options?: FitOptions): FitResult {
    const result = this.base.fit(data, options);
    this.untuned.fit(data, options);
    this.tuned.fit(data, options);
    return result;
  }

  predict(users: Int32Array, items: ItemBatch, into?: HeadScores): HeadScores {
    const base = this.base.predict(users, items, into).click;
    const tuned = this.tuned.predict(users, items).click;
    const untuned = this.untuned.predict(users, items).click;
    if (base === undefined || tuned === undefined || untuned === undefined) {
      throw new Error('proxy tuning: every model needs a click head');
    }
    const click = proxyTunedScores(base, tuned, untuned, base);
    return { click };
  }

  dispose(): void {
    this.base.dispose();
    this.untuned.dispose();
    this.tuned.dispose();
  }
}

/** σ(logit base + logit tuned − logit untuned), element by element, written into `out`. */
export function proxyTunedScores(
  base: Float32Array,
  tuned: Float32Array,
  untuned: Float32Array,
  out: Float32Array = new Float32Array(base.length),
): Float32Array {
  for (let k = 0; k < base.length; k++) {
    const x = logit(base[k]!) + logit(tuned[k]!) - logit(untuned[k]!);
    out[k] = 1 / (1 + Math.exp(-x));
  }
  return out;
}
