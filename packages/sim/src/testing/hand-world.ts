import { resolveWorldConfig } from '../config/resolve-world-config';
import type { WorldConfig, WorldConfigInput } from '../config/world-config';
import { normaliseRows } from '../world/vectors';
import type { World } from '../world/world';

/** Per-user and per-item values for a world written out by hand in a test. */
export interface HandWorldSpec {
  config: WorldConfigInput;
  preferences: number[][];
  topics: number[][];
  quality: number[];
  clickbait: number[];
  duration?: number[];
  polarity?: number[];
  misinformation?: number[];
  susceptibility?: number[];
  opinion?: number[];
  creator?: number[];
  appeal?: number[];
  /** 1 for an item carrying the purchase marker (config.purchase). */
  marked?: number[];
}

/** A world with exactly these users and items (one creator unless `creator` says otherwise;
 *  slates of every item unless `config.slateSize` says otherwise). */
export function handWorld(spec: HandWorldSpec): World {
  const numUsers = spec.preferences.length;
  const numItems = spec.topics.length;
  const firstTopic = spec.topics[0];
  if (firstTopic === undefined) throw new Error('handWorld: topics is empty (a world needs items)');
  const topicDim = firstTopic.length;
  const creatorOf = spec.creator ?? new Array(numItems).fill(0);
  const numCreators = Math.max(...creatorOf) + 1;
  const config: WorldConfig = resolveWorldConfig({
    ...spec.config,
    numUsers,
    numItems,
    numCreators,
    topicDim,
    slateSize: spec.config.slateSize ?? numItems,
  });
  const fill = (values: number[] | undefined, n: number, value: number) =>
    Float32Array.from(values ?? new Array(n).fill(value));
  return {
    config,
    topicDim,
    communityCentres: new Float32Array(0),
    users: {
      count: numUsers,
      preferences: normaliseRows(Float32Array.from(spec.preferences.flat()), topicDim),
      susceptibility: fill(spec.susceptibility, numUsers, 1),
      returnPropensity: new Float32Array(numUsers).fill(config.retention.base),
      opinion: fill(spec.opinion, numUsers, 0),
      recentWelfare: new Float32Array(numUsers),
    },
    items: {
      count: numItems,
      topics: normaliseRows(Float32Array.from(spec.topics.flat()), topicDim),
      quality: Float32Array.from(spec.quality),
      clickbait: Float32Array.from(spec.clickbait),
      headline: Float32Array.from(spec.clickbait),
      duration: fill(spec.duration, numItems, 1),
      polarity: fill(spec.polarity, numItems, 0),
      misinformation: Uint8Array.from(spec.misinformation ?? new Array(numItems).fill(0)),
      creator: Int32Array.from(creatorOf),
      createdRound: new Int32Array(numItems),
      appeal: fill(spec.appeal, numItems, 0),
      marked: Uint8Array.from(spec.marked ?? new Array(numItems).fill(0)),
    },
    creators: {
      count: numCreators,
      topics: normaliseRows(new Float32Array(numCreators * topicDim).fill(1), topicDim),
      clickbaitEffort: new Float32Array(numCreators).fill(0.5),
      qualitySkill: new Float32Array(numCreators).fill(1),
      lean: new Float32Array(numCreators),
      roundsWithoutExposure: new Int32Array(numCreators),
      entryRound: new Int32Array(numCreators),
    },
  };
}

/** Exactly-reproducible world settings: no noise, no turnover, no adaptation, everyone active. */
export const quietWorld: WorldConfigInput = {
  utility: { noise: 0 },
  retention: { base: 50, spread: 0 },
  itemTurnover: 0,
  creatorAdaptation: { rule: 'none', noise: 0 },
};
