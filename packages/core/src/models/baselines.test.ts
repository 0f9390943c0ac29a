import { createRng } from '@goodhart/random';
import { describe, expect, test } from 'vitest';
import { createModel } from './create-model';
import type { ItemBatch, TrainingData } from './types';

/** Three items with 2 features; logs built row by row. */
const itemFeatures = Float32Array.of(1, 0, 0, 1, 1, 1);
const catalogue: ItemBatch = { numItems: 3, itemFeatures, itemFeatureDim: 2 };
const context = (seed = 1) => ({
  numUsers: 3,
  numItems: 3,
  itemFeatureDim: 2,
  rng: createRng(seed),
});

function logs(rows: Array<[user: number, item: number, clicked: 0 | 1]>): TrainingData {
  const n = rows.length;
  return {
    user: Int32Array.from(rows, (r) => r[0]),
    item: Int32Array.from(rows, (r) => r[1]),
    position: new Int32Array(n),
    clicked: Uint8Array.from(rows, (r) => r[2]),
    watchTime: new Float32Array(n),
    satisfaction: new Float32Array(n).fill(Number.NaN),
    numUsers: 3,
    numItems: 3,
    itemFeatures,
    itemFeatureDim: 2,
  };
}

describe('popularity', () => {
  test('scores each item by its share of clicks, for everyone, accumulating over fits', () => {
    const model = createModel({ kind: 'popularity' }, context());
    expect(Array.from(model.predict(Int32Array.of(0), catalogue).click ?? [])).toEqual(
      [1 / 3, 1 / 3, 1 / 3].map(Math.fround),
    );
    model.fit(
      logs([
        [0, 2, 1],
        [1, 2, 1],
        [2, 0, 1],
        [2, 1, 0],
      ]),
    );
    model.fit(logs([[0, 0, 1]]));
    const click = model.predict(Int32Array.of(0, 2), catalogue).click;
    expect(Array.from(click ?? [])).toEqual([0.5, 0, 0.5, 0.5, 0, 0.5]);
    expect(model.heads).toEqual(['click']);
  });
});

describe('content', () => {
  // User 0 clicks item 0 (feature a) and skips item 1 (feature b); user 1 the reverse.
  const rows: Array<[number, number, 0 | 1]> = [];
  for (let k = 0; k < 5; k++) rows.push([0, 0, 1], [0, 1, 0], [1, 1, 1], [1, 0, 0]);

  test('fits each user’s taste in feature space', () => {
    const model = createModel({ kind: 'content', l2: 0.1 }, context());
    model.fit(logs(rows));
    const click = model.predict(Int32Array.of(0, 1), catalogue).click as Float32Array;
    expect(click[0]).toBeGreaterThan(click[1]!);
    expect(click[4]).toBeGreaterThan(click[3]!);
    for (const p of click) expect(p >= 0 && p <= 1).toBe(true);
  });

  test('a user with no logs gets the population’s profile', () => {
    const model = createModel({ kind: 'content', l2: 0.1 }, context());
    model.fit(logs([...rows, [0, 2, 1], [1, 2, 1]]));
    const click = model.predict(Int32Array.of(2), catalogue).click as Float32Array;
    // Everyone clicked item 2 whenever shown; both others half the time.
    expect(click[2]).toBeGreaterThan(click[0]!);
    expect(click[0]).toBeCloseTo(click[1]!, 5);
  });

  test('fitting in two parts equals fitting once (sufficient statistics)', () => {
    const once = createModel({ kind: 'content' }, context());
    once.fit(logs(rows));
    const twice = createModel({ kind: 'content' }, context());
    twice.fit(logs(rows.slice(0, 7)));
    twice.fit(logs(rows.slice(7)));
    const users = Int32Array.of(0, 1, 2);
    expect(twice.predict(users, catalogue).click).toEqual(once.predict(users, catalogue).click);
  });
});

describe('random', () => {
  test('draws fresh uniform scores from its seed', () => {
    const a = createModel({ kind: 'random' }, context(9));
    const b = createModel({ kind: 'random' }, context(9));
    const first = a.predict(Int32Array.of(0, 1), catalogue).click as Float32Array;
    expect(b.predict(Int32Array.of(0, 1), catalogue).click).toEqual(first);
    expect(a.predict(Int32Array.of(0, 1), catalogue).click).not.toEqual(first);
    for (const p of first) expect(p >= 0 && p < 1).toBe(true);
  });
});

describe('ideal', () => {
  test('serves the caller’s true scores under every head', () => {
    const trueScores = (users: Int32Array) =>
      Float32Array.from({ length: users.length * 3 }, (_, k) => k);
    const model = createModel({ kind: 'ideal' }, { ...context(), trueScores });
    const scores = model.predict(Int32Array.of(1, 2), catalogue);
    expect(Array.from(scores.click ?? [])).toEqual([0, 1, 2, 3, 4, 5]);
    expect(scores.satisfaction).toBe(scores.click);
    expect(model.heads).toEqual(['click', 'satisfaction', 'watchTime']);
  });

  test('needs true scores of the right size', () => {
    expect(() => createModel({ kind: 'ideal' }, context())).toThrow(
      'createModel: the ideal model needs context.trueScores(users)',
    );
    const model = createModel(
      { kind: 'ideal' },
      { ...context(), trueScores: () => new Float32Array(2) },
    );
    expect(() => model.predict(Int32Array.of(0), catalogue)).toThrow(
      /trueScores must return a Float32Array of/,
    );
  });
});

describe('social', () => {
  // Friends: 0-1 and 1-2 (user 1 follows both others).
  const socialGraph = { offsets: Int32Array.of(0, 1, 3, 4), neighbours: Int32Array.of(1, 0, 2, 1) };

  test("scores an item by how often the user's friends clicked it, plus a tie-break below 1/2", () => {
    const model = createModel({ kind: 'social' }, { ...context(), socialGraph });
    model.fit(
      logs([
        [0, 2, 1],
        [2, 0, 1],
        [2, 1, 0],
      ]),
    );
    model.fit(logs([[0, 2, 1]]));
    const click = Array.from(model.predict(Int32Array.of(1, 0), catalogue).click ?? []);
    // User 1's friends 0 and 2 clicked item 0 once (user 2), item 1 never, item 2 twice (user 0).
    expect(click.slice(0, 3).map(Math.floor)).toEqual([1, 0, 2]);
    // User 0's only friend, user 1, clicked nothing: tie-breaks only, all distinct.
    const alone = click.slice(3);
    for (const score of alone) expect(score).toBeLessThan(0.5);
    expect(new Set(alone).size).toBe(3);
  });

  test('needs the social graph, and names a bad one', () => {
    expect(() => createModel({ kind: 'social' }, context())).toThrow(/socialGraph/);
    const bad = { offsets: Int32Array.of(0, 1, 1, 1), neighbours: Int32Array.of(7) };
    expect(() => createModel({ kind: 'social' }, { ...context(), socialGraph: bad })).toThrow(
      /neighbours\[0\]/,
    );
  });
});

describe('content-nnls', () => {
  test("fits each user's click counts on the item features by non-negative least squares", () => {
    // Features (all >= 0, so the negative halves of the split are columns of zeros):
    // item 0 (1, 0), item 1 (0, 1), item 2 (1, 1). User 0 clicked item 0 once: c = (1, 0, 0).
    // Unconstrained least squares: [[2, 1], [1, 2]] w = (1, 0) -> w = (2/3, -1/3); the second
    // weight must be >= 0, so it is 0 and w_a = 1 / 2 (gradient of the fixed one: 1/2 >= 0).
    // Scores: item 0 = 1/2, item 1 = 0, item 2 = 1/2. User 1 clicked nothing: all 0.
    const model = createModel({ kind: 'content-nnls' }, context());
    model.fit(logs([[0, 0, 1]]));
    const click = Array.from(model.predict(Int32Array.of(0, 1), catalogue).click ?? []);
    expect(click[0]).toBeCloseTo(0.5, 6);
    expect(click[1]).toBeCloseTo(0, 6);
    expect(click[2]).toBeCloseTo(0.5, 6);
    expect(click.slice(3)).toEqual([0, 0, 0]);
  });

  test('weighs a negative feature direction through its own attribute', () => {
    // One signed feature: items -1, 0, 1 (two zero features beside it keep the catalogue's
    // shape). User 0 clicked item 0 twice: its negative half (1, 0, 0) fits c = (2, 0, 0)
    // exactly with weight 2, so item 0 scores 2 and the others 0.
    const signed: ItemBatch = {
      numItems: 3,
      itemFeatures: Float32Array.of(-1, 0, 0, 0, 1, 0),
      itemFeatureDim: 2,
    };
    const model = createModel({ kind: 'content-nnls' }, context());
    const data = {
      ...logs([
        [0, 0, 1],
        [0, 0, 1],
      ]),
      itemFeatures: signed.itemFeatures,
    };
    model.fit(data);
    const click = Array.from(model.predict(Int32Array.of(0), signed).click ?? []);
    expect(click[0]).toBeCloseTo(2, 6);
    expect(click[1]).toBeCloseTo(0, 6);
    expect(click[2]).toBeCloseTo(0, 6);
  });

  test('rebuilds from every click when the catalogue changes', () => {
    const model = createModel({ kind: 'content-nnls' }, context());
    model.fit(logs([[0, 0, 1]]));
    // Item 0 now has item 1's features (0, 1): the one click makes feature b the taste.
    const moved: ItemBatch = {
      numItems: 3,
      itemFeatures: Float32Array.of(0, 1, 0, 1, 1, 1),
      itemFeatureDim: 2,
    };
    const click = Array.from(model.predict(Int32Array.of(0), moved).click ?? []);
    // Columns a = (0, 0, 1), b = (1, 1, 1) on c = (1, 0, 0): unconstrained [[1, 1], [1, 3]] w =
    // (0, 1) gives w = (-1/2, 1/2); a is held at 0, so w_b = 1/3 (a's gradient there:
    // 0 - 1/3 < 0, it stays out). Every item scores 1/3.
    for (const score of click) expect(score).toBeCloseTo(1 / 3, 6);
  });
});
