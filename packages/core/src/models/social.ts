import { catalogueOf, checkItemBatch, checkTrainingData } from './internal/check-data';
import { headScoreArray } from './score-buffers';
import type {
  FitResult,
  HeadScores,
  ItemBatch,
  ModelContext,
  ScoringModel,
  SocialGraphInput,
  TrainingData,
} from './types';

/**
 * Social filtering as Chaney et al. (2018) and T-RECS define it: an item's score for a user is
 * how often the user's friends have clicked it so far (T-RECS: the user's row of the
 * adjacency matrix times the users × items interaction counts). It needs the platform's
 * social graph (`context.socialGraph`). Each fit adds its logs to the counts, so pass only new
 * logs each round. Ties (items no friend clicked) are broken by a fixed pseudo-random amount
 * below one click, different per user and item, so they do not all fall to the lowest ids.
 */
export class SocialFilteringModel implements ScoringModel {
  readonly kind = 'social';
  readonly heads = ['click'] as const;
  private readonly catalogue: { numUsers: number; numItems: number; itemFeatureDim: number };
  private readonly graph: SocialGraphInput;
  /** numUsers × numItems click counts. */
  private readonly clicks: Float32Array;
  private readonly salt: number;

  constructor(context: ModelContext) {
    this.catalogue = catalogueOf(context);
    const graph = context.socialGraph;
    if (graph === undefined) {
      throw new Error('createModel: social filtering needs context.socialGraph');
    }
    checkGraph(graph, context.numUsers);
    this.graph = graph;
    this.clicks = new Float32Array(context.numUsers * context.numItems);
    this.salt = Math.floor(context.rng.fork(5).next() * 0x7fffffff);
  }

  fit(data: TrainingData): FitResult {
    checkTrainingData(data, this.catalogue);
    const n = this.catalogue.numItems;
    for (let r = 0; r < data.user.length; r++) {
      if (data.clicked[r]! > 0) this.clicks[data.user[r]! * n + data.item[r]!]! += 1;
    }
    return { loss: 0, lossByHead: {}, examples: data.user.length };
  }

  predict(users: Int32Array, items: ItemBatch, into?: HeadScores): HeadScores {
    checkItemBatch(users, items, this.catalogue, false);
    const n = items.numItems;
    const click = headScoreArray(into, 'click', users.length * n);
    const { offsets, neighbours } = this.graph;
    for (let a = 0; a < users.length; a++) {
      const u = users[a]!;
      const row = a * n;
      for (let i = 0; i < n; i++) click[row + i] = tieBreak(this.salt, u, i);
      // checkGraph made offsets numUsers + 1 long and every neighbour a user.
      for (let k = offsets[u]!; k < offsets[u + 1]!; k++) {
        const friend = neighbours[k]! * n;
        for (let i = 0; i < n; i++) click[row + i]! += this.clicks[friend + i]!;
      }
    }
    return { click };
  }

  dispose(): void {}
}

/** A fixed value in [0, 0.5) for (user, item): an integer hash, so no table is kept. */
function tieBreak(salt: number, user: number, item: number): number {
  let h = (salt ^ Math.imul(user, 0x9e3779b1) ^ Math.imul(item, 0x85ebca77)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
  h ^= h >>> 16;
  return ((h >>> 0) / 4294967296) * 0.5;
}

function checkGraph(graph: SocialGraphInput, numUsers: number): void {
  const { offsets, neighbours } = graph;
  if (offsets.length !== numUsers + 1 || offsets[0] !== 0) {
    throw new Error(
      `createModel: context.socialGraph.offsets must have numUsers + 1 = ${numUsers + 1} entries starting at 0`,
    );
  }
  if (offsets[numUsers] !== neighbours.length) {
    throw new Error('createModel: context.socialGraph.offsets must end at neighbours.length');
  }
  for (const [k, neighbour] of neighbours.entries()) {
    if (!(neighbour >= 0 && neighbour < numUsers)) {
      throw new Error(
        `createModel: context.socialGraph.neighbours[${k}] = ${neighbour} is not a user id in [0, ${numUsers})`,
      );
    }
  }
}
