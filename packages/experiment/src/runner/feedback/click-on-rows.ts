import type { ItemBatch, ScoringModel, TrainingData } from '@goodhart/core';

/**
 * A model's click probability for each logged (user, item): every item is scored once for each
 * user in the logs (one predict call), and each row reads its pair.
 */
export function clickOnRows(model: ScoringModel, data: TrainingData): Float32Array {
  const rowOfUser = new Int32Array(data.numUsers).fill(-1);
  const users: number[] = [];
  for (let r = 0; r < data.user.length; r++) {
    const u = data.user[r]!;
    if (rowOfUser[u]! < 0) {
      rowOfUser[u] = users.length;
      users.push(u);
    }
  }
  const items: ItemBatch = {
    numItems: data.numItems,
    itemFeatures: data.itemFeatures,
    itemFeatureDim: data.itemFeatureDim,
  };
  const click = model.predict(Int32Array.from(users), items).click;
  if (click === undefined)
    throw new Error(`${model.kind} has no click head to score the logged rows`);
  const out = new Float32Array(data.user.length);
  for (let r = 0; r < out.length; r++) {
    out[r] = click[rowOfUser[data.user[r]!]! * data.numItems + data.item[r]!]!;
  }
  return out;
}
