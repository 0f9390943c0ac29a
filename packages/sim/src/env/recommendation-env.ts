import { createRng, type Rng } from '@goodhart/random';
import { totalByCreator } from '../actors/creators';
import { coupleDurationToInterest } from '../actors/duration-interest';
import { simulateSessions } from '../actors/session';
import { evolveSupply } from '../actors/supply';
import { sampleActiveUsers, updateUsers } from '../actors/users';
import { resolveWorldConfig } from '../config/resolve-world-config';
import type { WorldConfig, WorldConfigInput } from '../config/world-config';
import { preferenceCovarianceGraph, type SocialGraph } from '../social/social-graph';
import { createWorld } from '../world/create-world';
import type { World } from '../world/world';
import { itemFeatureDim, itemFeatures } from './item-features';
import { RandomSlateUtilityCache } from './random-slate-utility';
import { expectedSlateUtility, trueScores } from './true-scores';
import type { Observation, RoundOutcome, StepResult } from './types';

export interface RecommendationEnvOptions {
  /** Builds the initial world (default `createWorld`), e.g. a hand-made catalogue for a test. */
  createWorld?: (config: WorldConfig, rng: Rng) => World;
}

// Child streams of the seed, one per concern, so the draws of one never shift another's.
const STREAM_WORLD = 0;
const STREAM_ACTIVITY = 1;
const STREAM_SESSIONS = 2;
const STREAM_SUPPLY = 3;

/**
 * The feedback loop as a reset/step environment any policy can drive. This class is only the
 * story: it wires the actors (users, sessions, supply) in order and copies state out.
 * Each round: observe -> the policy picks a slate per active user -> sessions -> users update
 * -> creators adapt and the catalogue turns over -> who returns next round.
 */
export class RecommendationEnv {
  readonly config: WorldConfig;
  readonly seed: number;
  readonly itemFeatureDim: number;
  private readonly buildWorld: (config: WorldConfig, rng: Rng) => World;
  private readonly root: Rng;
  private state!: World;
  private current!: Observation;
  private initialPreferences!: Float32Array;
  private graph: SocialGraph | undefined;
  private randomUtility: RandomSlateUtilityCache | undefined;

  constructor(
    config: WorldConfigInput | WorldConfig,
    seed: number,
    options: RecommendationEnvOptions = {},
  ) {
    this.config = resolveWorldConfig(config);
    this.seed = seed;
    this.root = createRng(seed);
    this.itemFeatureDim = itemFeatureDim(this.config);
    this.buildWorld = options.createWorld ?? createWorld;
    this.reset();
  }

  /** Back to round 0 with the world the seed gives. */
  reset(): Observation {
    this.state = this.buildWorld(this.config, this.root.fork(STREAM_WORLD));
    checkWorldMatches(this.state, this.config);
    const all = new Int32Array(this.config.numItems);
    for (let i = 0; i < all.length; i++) all[i] = i;
    coupleDurationToInterest(this.state, all);
    this.initialPreferences = this.state.users.preferences.slice();
    this.graph = undefined;
    this.randomUtility = undefined;
    this.current = this.observe(0, all);
    return this.copyObservation();
  }

  /** The live hidden state, for metrics and the oracle. Views: read, never write. */
  get world(): Readonly<World> {
    return this.state;
  }

  /** The current observation (a fresh copy). */
  get observation(): Observation {
    return this.copyObservation();
  }

  get round(): number {
    return this.current.round;
  }

  /**
   * Plays one round. `slates` holds slateSize item ids per active user, in the order of
   * `observation.activeUsers`.
   */
  step(slates: Int32Array): StepResult {
    const world = this.state;
    const { round, activeUsers } = this.current;
    this.checkSlates(activeUsers.length, slates);

    const shownItems = snapshotItems(world);
    const shownCreators = {
      clickbaitEffort: world.creators.clickbaitEffort.slice(),
      qualitySkill: world.creators.qualitySkill.slice(),
    };
    const session = simulateSessions(
      world,
      activeUsers,
      slates,
      round,
      this.stream(STREAM_SESSIONS, round),
    );
    updateUsers(
      world.users,
      world.items,
      this.config,
      activeUsers,
      session.welfare,
      session.clickUsers,
      session.clickItems,
    );

    const outcome: RoundOutcome = {
      round,
      numUsers: this.config.numUsers,
      numItems: this.config.numItems,
      utility: session.utility,
      relevance: session.relevance,
      examined: session.examined,
      clickProbability: session.clickProbability,
      activeUsers: activeUsers.slice(),
      welfare: session.welfare,
      items: { ...shownItems, impressions: session.impressions, clicks: session.clicks },
      creators: {
        ...shownCreators,
        impressions: totalByCreator(session.impressions, shownItems.creator, world.creators.count),
        clicks: totalByCreator(session.clicks, shownItems.creator, world.creators.count),
      },
      users: {
        opinion: world.users.opinion.slice(),
        recentWelfare: world.users.recentWelfare.slice(),
      },
    };

    const next = round + 1;
    const replaced = evolveSupply(
      world,
      session.impressions,
      session.clicks,
      next,
      this.stream(STREAM_SUPPLY, round),
    );
    coupleDurationToInterest(world, replaced);
    this.current = this.observe(next, replaced);
    return { log: session.log, outcome, observation: this.copyObservation() };
  }

  /**
   * P(click | examined) * E[utility | click] for each user x item (users.length * numItems);
   * into `into` when it is long enough (see the function trueScores).
   */
  trueScores(users: Int32Array, into?: Float32Array): Float32Array {
    return trueScores(this.state, users, into);
  }

  /**
   * Expected welfare of a uniformly random slate for each user (see expectedRandomSlateUtility;
   * a user's value is kept between calls while neither the catalogue nor the user changed).
   */
  expectedRandomSlateUtility(users: Int32Array): Float32Array {
    this.randomUtility ??= new RandomSlateUtilityCache(this.state);
    return this.randomUtility.compute(users);
  }

  /**
   * The platform's social graph, observable like the catalogue: users are friends when their
   * preferences at reset covary (Chaney et al. 2018; see preferenceCovarianceGraph). Built on
   * first use, O(numUsers²), so worlds nobody asks it of never pay for it; fixed for the
   * episode even when preferences drift.
   */
  get socialGraph(): SocialGraph {
    this.graph ??= preferenceCovarianceGraph(
      this.initialPreferences,
      this.config.numUsers,
      this.config.topicDim,
    );
    return this.graph;
  }

  /** Expected welfare of each user's slate, weighting each position by its examination probability. */
  expectedSlateUtility(users: Int32Array, slates: Int32Array): Float32Array {
    return expectedSlateUtility(this.state, users, slates);
  }

  private observe(round: number, replacedItems: Int32Array): Observation {
    const activity = this.stream(STREAM_ACTIVITY, round);
    return {
      round,
      activeUsers: sampleActiveUsers(this.state.users, this.config, activity),
      numUsers: this.config.numUsers,
      numItems: this.config.numItems,
      slateSize: this.config.slateSize,
      itemFeatures: itemFeatures(this.state),
      itemFeatureDim: this.itemFeatureDim,
      replacedItems,
    };
  }

  private copyObservation(): Observation {
    const o = this.current;
    return {
      ...o,
      activeUsers: o.activeUsers.slice(),
      itemFeatures: o.itemFeatures.slice(),
      replacedItems: o.replacedItems.slice(),
    };
  }

  private stream(kind: number, round: number): Rng {
    return this.root.fork(kind).fork(round);
  }

  private checkSlates(numActive: number, slates: Int32Array): void {
    if (!(slates instanceof Int32Array)) {
      throw new TypeError('step(slates): slates must be an Int32Array');
    }
    const expected = numActive * this.config.slateSize;
    if (slates.length !== expected) {
      throw new RangeError(
        `step(slates): slates.length must be activeUsers.length * slateSize = ${numActive} * ${this.config.slateSize} = ${expected}, got ${slates.length}`,
      );
    }
    const n = this.config.numItems;
    for (let x = 0; x < slates.length; x++) {
      const i = slates[x]!;
      if (i < 0 || i >= n) {
        throw new RangeError(`step(slates): slates[${x}] = ${i} is not an item id in [0, ${n})`);
      }
    }
  }
}

function checkWorldMatches(world: World, config: WorldConfig): void {
  const sizes: [string, number, number][] = [
    ['numUsers', world.users.count, config.numUsers],
    ['numItems', world.items.count, config.numItems],
    ['numCreators', world.creators.count, config.numCreators],
    ['topicDim', world.topicDim, config.topicDim],
  ];
  for (const [field, actual, expected] of sizes) {
    if (actual !== expected) {
      throw new RangeError(
        `createWorld option built a world with ${field} = ${actual}, but the config says ${expected}`,
      );
    }
  }
}

function snapshotItems(world: World) {
  const { items } = world;
  return {
    quality: items.quality.slice(),
    clickbait: items.clickbait.slice(),
    polarity: items.polarity.slice(),
    duration: items.duration.slice(),
    misinformation: items.misinformation.slice(),
    creator: items.creator.slice(),
  };
}
