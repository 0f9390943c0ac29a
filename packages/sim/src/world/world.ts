import type { WorldConfig } from '../config/world-config';

/**
 * The hidden truth of a world, as tables of typed arrays (one array per attribute, one entry
 * per row). Vector attributes are row-major: row r occupies [r*topicDim, (r+1)*topicDim).
 * Topic and preference rows are unit length, so their dot product is their cosine.
 */
export interface UserTable {
  count: number;
  preferences: Float32Array;
  /** Multiplies the pull of clickbait on clicks (mean 1). */
  susceptibility: Float32Array;
  /** Logit of coming back in a round when recent welfare is 0 (patience). */
  returnPropensity: Float32Array;
  /** Political opinion in [-1, 1]. */
  opinion: Float32Array;
  /** EWMA of this user's per-round welfare. */
  recentWelfare: Float32Array;
}

export interface ItemTable {
  count: number;
  topics: Float32Array;
  /** True quality in [0, 1]; never observable. */
  quality: Float32Array;
  /** True clickbait (appeal that is not value) in [0, 1]. */
  clickbait: Float32Array;
  /** Observable headline sensationalism: clickbait plus noise, drawn once per item. */
  headline: Float32Array;
  /** Length in minutes. */
  duration: Float32Array;
  /** Political slant in [-1, 1]. */
  polarity: Float32Array;
  misinformation: Uint8Array;
  creator: Int32Array;
  /** Round in which the item entered the catalogue. */
  createdRound: Int32Array;
  /** Broad appeal: a part of relevance the same for every user (the item main effect). */
  appeal: Float32Array;
  /** 1 for an item carrying the visible marker (config.purchase): no bearing on relevance or
   *  utility, only on the odds of a purchase. All 0 when the marker is off. */
  marked: Uint8Array;
}

export interface CreatorTable {
  count: number;
  /** Each creator's home topic (unit rows). */
  topics: Float32Array;
  /** Share of a fixed effort budget spent on clickbait; the rest goes to quality. */
  clickbaitEffort: Float32Array;
  /** Quality per unit of quality effort, in [0, 1]. */
  qualitySkill: Float32Array;
  /** Centre of the polarity of this creator's items. */
  lean: Float32Array;
  /** Consecutive rounds with no impression (for exit). */
  roundsWithoutExposure: Int32Array;
  /** Round in which the creator occupying this slot entered. */
  entryRound: Int32Array;
}

export interface World {
  config: WorldConfig;
  topicDim: number;
  /**
   * Unit centres of the taste communities (communities.count × topicDim, row-major; empty
   * when communities.count is 0): users' preferences and creators' home topics are drawn
   * around them.
   */
  communityCentres: Float32Array;
  users: UserTable;
  items: ItemTable;
  creators: CreatorTable;
}
