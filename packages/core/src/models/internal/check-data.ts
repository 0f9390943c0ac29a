import type { ItemBatch, TrainingData } from '../types';

export interface Catalogue {
  numUsers: number;
  numItems: number;
  itemFeatureDim: number;
}

/** The sizes a model was built for, copied so later checks do not depend on the caller's object. */
export function catalogueOf(context: Catalogue): Catalogue {
  return {
    numUsers: context.numUsers,
    numItems: context.numItems,
    itemFeatureDim: context.itemFeatureDim,
  };
}

function fail(where: string, field: string, reason: string): never {
  throw new Error(`${where}: ${field} ${reason}`);
}

function checkCount(where: string, field: string, value: unknown, max: number): void {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
    fail(where, field, `must be a non-negative integer, got ${String(value)}`);
  }
  if (value > max) fail(where, field, `(${value}) exceeds the model's ${field} (${max})`);
}

function checkIds(where: string, field: string, ids: Int32Array, bound: number): void {
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i]!;
    if (id < 0 || id >= bound) fail(where, `${field}[${i}]`, `= ${id} is outside [0, ${bound})`);
  }
}

/**
 * Checks logs against the catalogue the model was built for; names the first bad field. After it,
 * every array has data.user.length entries and every id is a row of the model's tables, so
 * models read them with `!` in their loops.
 */
export function checkTrainingData(data: TrainingData, catalogue: Catalogue): void {
  const where = 'fit';
  if (data === null || typeof data !== 'object') fail(where, 'data', 'must be an object');
  const n = data.user?.length;
  const arrays: Array<
    [string, unknown, typeof Int32Array | typeof Uint8Array | typeof Float32Array]
  > = [
    ['user', data.user, Int32Array],
    ['item', data.item, Int32Array],
    ['position', data.position, Int32Array],
    ['clicked', data.clicked, Uint8Array],
    ['watchTime', data.watchTime, Float32Array],
    ['satisfaction', data.satisfaction, Float32Array],
  ];
  if (data.propensity !== undefined) arrays.push(['propensity', data.propensity, Float32Array]);
  if (data.dismissed !== undefined) arrays.push(['dismissed', data.dismissed, Uint8Array]);
  if (data.clickTarget !== undefined) arrays.push(['clickTarget', data.clickTarget, Float32Array]);
  if (data.clickWeight !== undefined) arrays.push(['clickWeight', data.clickWeight, Float32Array]);
  for (const [field, value, type] of arrays) {
    if (!(value instanceof type)) fail(where, `data.${field}`, `must be a ${type.name}`);
    if ((value as Int32Array).length !== n) {
      fail(
        where,
        `data.${field}`,
        `has ${(value as Int32Array).length} entries, data.user has ${n}`,
      );
    }
  }
  checkCount(where, 'numUsers', data.numUsers, catalogue.numUsers);
  checkCount(where, 'numItems', data.numItems, catalogue.numItems);
  if (data.itemFeatureDim !== catalogue.itemFeatureDim) {
    fail(
      where,
      'data.itemFeatureDim',
      `is ${data.itemFeatureDim}, the model expects ${catalogue.itemFeatureDim}`,
    );
  }
  checkItemFeatures(
    where,
    'data.itemFeatures',
    data.itemFeatures,
    data.numItems,
    data.itemFeatureDim,
  );
  if (data.itemDuration !== undefined) {
    if (
      !(data.itemDuration instanceof Float32Array) ||
      data.itemDuration.length !== data.numItems
    ) {
      fail(
        where,
        'data.itemDuration',
        `must be a Float32Array of numItems (${data.numItems}) entries`,
      );
    }
  }
  checkIds(where, 'data.user', data.user, data.numUsers);
  checkIds(where, 'data.item', data.item, data.numItems);
  for (let i = 0; i < n; i++) {
    const position = data.position[i]!;
    if (position < 0) fail(where, `data.position[${i}]`, `= ${position} is negative`);
    const s = data.satisfaction[i]!;
    if (!Number.isNaN(s) && !(s >= 0 && s <= 1)) {
      fail(where, `data.satisfaction[${i}]`, `= ${s} is not in [0, 1] (use NaN for not observed)`);
    }
    const watchTime = data.watchTime[i]!;
    if (!(watchTime >= 0)) fail(where, `data.watchTime[${i}]`, `= ${watchTime} is not >= 0`);
    const target = data.clickTarget?.[i];
    if (target !== undefined && !(target >= 0 && target <= 1)) {
      fail(where, `data.clickTarget[${i}]`, `= ${target} is not in [0, 1]`);
    }
    const weight = data.clickWeight?.[i];
    if (weight !== undefined && !(weight >= 0 && Number.isFinite(weight))) {
      fail(where, `data.clickWeight[${i}]`, `= ${weight} is not a finite number >= 0`);
    }
  }
}

function checkItemFeatures(
  where: string,
  field: string,
  features: unknown,
  numItems: number,
  dim: number,
): void {
  if (!(features instanceof Float32Array)) fail(where, field, 'must be a Float32Array');
  if (features.length !== numItems * dim) {
    fail(
      where,
      field,
      `has ${features.length} entries, expected numItems * itemFeatureDim = ${numItems * dim}`,
    );
  }
}

/**
 * Checks a catalogue to score; id-based models can only score their own numItems items. After
 * it, every user id is a row of the model's tables and the features hold numItems rows.
 */
export function checkItemBatch(
  users: Int32Array,
  items: ItemBatch,
  catalogue: Catalogue,
  usesItemIds: boolean,
): void {
  const where = 'predict';
  if (!(users instanceof Int32Array)) fail(where, 'users', 'must be an Int32Array');
  checkIds(where, 'users', users, catalogue.numUsers);
  if (usesItemIds && items.numItems !== catalogue.numItems) {
    fail(
      where,
      'items.numItems',
      `is ${items.numItems}, the model was built for ${catalogue.numItems}`,
    );
  }
  if (!Number.isInteger(items.numItems) || items.numItems < 0) {
    fail(where, 'items.numItems', `must be a non-negative integer, got ${items.numItems}`);
  }
  if (items.itemFeatureDim !== catalogue.itemFeatureDim) {
    fail(
      where,
      'items.itemFeatureDim',
      `is ${items.itemFeatureDim}, the model expects ${catalogue.itemFeatureDim}`,
    );
  }
  checkItemFeatures(
    where,
    'items.itemFeatures',
    items.itemFeatures,
    items.numItems,
    items.itemFeatureDim,
  );
}
