import { examinationProbabilities } from '../actors/response-model';
import { TrueScoreKernel } from '../internal/true-score-kernel';
import type { World } from '../world/world';
import { checkUsers } from './true-scores';

/**
 * Expected welfare of a uniformly random slate for each user (users.length values): every
 * position holds each item with probability 1 / numItems, so the expectation is
 * (Σ_k examination_k) · mean_i trueScore(u, i). The zero of the normalised utility scale
 * (random = 0, oracle = 1), computed exactly rather than by drawing random slates.
 */
export function expectedRandomSlateUtility(world: World, users: Int32Array): Float32Array {
  checkUsers(world, users, 'expectedRandomSlateUtility');
  const n = world.items.count;
  const exam = examinationProbabilities(world.config.slateSize, world.config.examination.eta);
  let examined = 0;
  for (let p = 0; p < exam.length; p++) examined += exam[p];
  const kernel = new TrueScoreKernel(world);
  const row = new Float32Array(n);
  const out = new Float32Array(users.length);
  for (let r = 0; r < users.length; r++) {
    kernel.scoreUser(users[r], row, 0);
    let sum = 0;
    for (let i = 0; i < n; i++) sum += row[i];
    out[r] = (examined * sum) / n;
  }
  return out;
}
