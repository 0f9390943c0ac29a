/**
 * What the environment hands out. Every typed array in these objects is a fresh copy owned by
 * the caller: keeping or changing it does not touch the world.
 */

/** What a recommender may see before choosing slates. */
export interface Observation {
  round: number;
  /** Users who showed up this round, in increasing id order; slates are laid out in this order. */
  activeUsers: Int32Array;
  numUsers: number;
  numItems: number;
  slateSize: number;
  /** numItems * itemFeatureDim, row-major: topic vector, headline sensationalism,
   *  log duration, polarity, and the purchase marker (0/1) when config.purchase.markerShare
   *  is above 0. Observable attributes only — never quality or utility. */
  itemFeatures: Float32Array;
  itemFeatureDim: number;
  /** Items that are new since the previous observation (all items at reset), sorted. */
  replacedItems: Int32Array;
}

/** The logs of one round: all a recommender learns from. One entry per impression. */
export interface InteractionLog {
  round: number;
  length: number;
  user: Int32Array;
  item: Int32Array;
  /** 0-based position in the slate. */
  position: Int32Array;
  clicked: Uint8Array;
  /** Minutes watched; 0 without a click. */
  watchTime: Float32Array;
  /** 1 liked, 0 disliked, NaN not observed (no click, or not asked). */
  satisfaction: Float32Array;
  /**
   * 1 where the user dismissed the item ("not interested"; config.dismissal), else 0. Sessions
   * always log it; optional so that logs written by hand (tests, other environments) need not.
   */
  dismissed?: Uint8Array;
  /**
   * 1 where a click ended in a purchase (config.purchase: rare, mostly luck), else 0. Logged
   * like a click (the platform sees its own sales); optional as `dismissed` is.
   */
  purchased?: Uint8Array;
}

/** Hidden truth about one round, for metrics only (a recommender must not read it). */
export interface RoundOutcome {
  round: number;
  numUsers: number;
  numItems: number;
  /** Per impression, aligned with the log: realised utility (0 without a click). */
  utility: Float32Array;
  relevance: Float32Array;
  examined: Uint8Array;
  /** P(click | examined) of each impression. */
  clickProbability: Float32Array;
  /** Per active user, aligned with `activeUsers`: the round's total realised utility. */
  activeUsers: Int32Array;
  welfare: Float32Array;
  /** The catalogue as it was shown this round (before turnover), plus its traffic. */
  items: {
    quality: Float32Array;
    clickbait: Float32Array;
    polarity: Float32Array;
    duration: Float32Array;
    misinformation: Uint8Array;
    creator: Int32Array;
    impressions: Int32Array;
    clicks: Int32Array;
  };
  /** Creators as they were this round (before adapting to it), plus their traffic. */
  creators: {
    clickbaitEffort: Float32Array;
    qualitySkill: Float32Array;
    impressions: Int32Array;
    clicks: Int32Array;
  };
  /** Users after this round's updates (opinion drift, welfare EWMA). */
  users: {
    opinion: Float32Array;
    recentWelfare: Float32Array;
  };
}

export interface StepResult {
  log: InteractionLog;
  outcome: RoundOutcome;
  /** The next round's observation. */
  observation: Observation;
}
