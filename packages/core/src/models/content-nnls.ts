import { NnlsContentFilter } from '../nnls-content/nnls-content-filter';
import { catalogueOf, checkItemBatch, checkTrainingData } from './internal/check-data';
import { headScoreArray } from './score-buffers';
import type {
  FitResult,
  HeadScores,
  ItemBatch,
  ModelContext,
  ScoringModel,
  TrainingData,
} from './types';

/**
 * The content filter of Chaney et al. (2018) and T-RECS as a model a spec can name: each
 * user's profile is the non-negative least-squares fit of their cumulative click counts (one
 * per item, zeros included) on the item attributes, and an item scores profile · attributes
 * (NnlsContentFilter does the work). Their attributes are non-negative (Dirichlet draws); this
 * world's observable features are signed (topic directions, polarity), and a non-negative
 * profile could not weigh a negative direction, so each feature x enters as two attributes,
 * max(x, 0) and max(−x, 0). Each fit adds its logs' clicks, so pass only new logs each round.
 * When the catalogue's features change (items replaced) the filter is rebuilt from every
 * click so far.
 */
export class NnlsContentModel implements ScoringModel {
  readonly kind = 'content-nnls';
  readonly heads = ['click'] as const;
  private readonly catalogue: { numUsers: number; numItems: number; itemFeatureDim: number };
  private features: Float32Array | undefined;
  private filter: NnlsContentFilter | undefined;
  private clickUsers: number[] = [];
  private clickItems: number[] = [];
  private row = new Float64Array(0);

  constructor(context: ModelContext) {
    this.catalogue = catalogueOf(context);
  }

  fit(data: TrainingData): FitResult {
    checkTrainingData(data, this.catalogue);
    const filter = this.filterFor(data.itemFeatures, data.numItems, data.itemFeatureDim);
    for (let r = 0; r < data.user.length; r++) {
      if (data.clicked[r] === 0) continue;
      const user = data.user[r]!;
      const item = data.item[r]!;
      this.clickUsers.push(user);
      this.clickItems.push(item);
      filter.addInteraction(user, item);
    }
    filter.refit();
    return { loss: 0, lossByHead: {}, examples: data.user.length };
  }

  predict(users: Int32Array, items: ItemBatch, into?: HeadScores): HeadScores {
    checkItemBatch(users, items, this.catalogue, false);
    const n = items.numItems;
    const filter = this.filterFor(items.itemFeatures, n, items.itemFeatureDim);
    const click = headScoreArray(into, 'click', users.length * n);
    if (this.row.length < n) this.row = new Float64Array(n);
    for (let a = 0; a < users.length; a++) {
      filter.score(users[a]!, 1, this.row);
      for (let i = 0; i < n; i++) click[a * n + i] = this.row[i]!;
    }
    return { click };
  }

  dispose(): void {}

  /** The filter for this catalogue, rebuilt (and every click replayed) when features changed. */
  private filterFor(features: Float32Array, numItems: number, dim: number): NnlsContentFilter {
    if (this.filter !== undefined && sameValues(this.features, features)) return this.filter;
    this.features = features.slice();
    const filter = new NnlsContentFilter(
      signedSplit(features, numItems, dim),
      numItems,
      2 * dim,
      this.catalogue.numUsers,
      { scoring: 'dense' },
    );
    // The two lists grow together: click c is (clickUsers[c], clickItems[c]).
    for (const [c, user] of this.clickUsers.entries()) {
      filter.addInteraction(user, this.clickItems[c]!);
    }
    filter.refit();
    this.filter = filter;
    return filter;
  }
}

/** Each feature x as the two non-negative attributes max(x, 0), max(−x, 0). */
export function signedSplit(features: Float32Array, numItems: number, dim: number): Float32Array {
  const out = new Float32Array(numItems * 2 * dim);
  for (let i = 0; i < numItems; i++) {
    for (let j = 0; j < dim; j++) {
      const x = features[i * dim + j]!;
      out[i * 2 * dim + 2 * j] = Math.max(x, 0);
      out[i * 2 * dim + 2 * j + 1] = Math.max(-x, 0);
    }
  }
  return out;
}

function sameValues(a: Float32Array | undefined, b: Float32Array): boolean {
  if (a === undefined || a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return false;
  return true;
}
