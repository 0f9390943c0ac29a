/** How creators move their effort between rounds (see actors/creator-adaptation). */
export type AdaptationRule = 'none' | 'gradient' | 'multiplicative-weights' | 'best-response';
/** What creators count as success: being shown, or being clicked. */
export type AdaptationReward = 'exposure' | 'clicks';

/**
 * Everything that defines a world. Plain data, so a spec can carry it and a hash can name it.
 * Probabilities are in [0, 1]; "logit" fields are on the log-odds scale.
 */
export interface WorldConfig {
  numUsers: number;
  numItems: number;
  numCreators: number;
  /** Dimension of topic and preference vectors. */
  topicDim: number;
  /**
   * Taste communities: `count` unit centres drawn uniformly on the sphere; each user joins one
   * at random and each creator slot c belongs to community c mod count; preferences and home
   * topics are the unit vector along centre + noise of expected length `userSpread` or
   * `creatorSpread`. count 0: no communities, preferences and home topics uniform on the
   * sphere.
   */
  communities: { count: number; userSpread: number; creatorSpread: number };
  /** Items shown to each active user per round. */
  slateSize: number;
  /** Examination probability at 0-based position k is 1 / (1 + k)^eta. */
  examination: { eta: number };
  /** P(click | examined) = sigmoid(intercept + relevance*rel + clickbait*susceptibility*bait
   *  + polarity*|polarity| + opinionAlignment*opinion*polarity). Quality is invisible here. */
  click: {
    intercept: number;
    relevance: number;
    clickbait: number;
    polarity: number;
    opinionAlignment: number;
  };
  /** Utility of a click = intercept + relevance*rel + quality*q - clickbait*bait
   *  - misinformationPenalty*[misinformation] + noise*N(0,1). A non-click yields 0. */
  utility: {
    intercept: number;
    relevance: number;
    quality: number;
    clickbait: number;
    misinformationPenalty: number;
    noise: number;
  };
  /** Watch time of a click = duration * sigmoid(bias + utilityScale*utility). */
  watchTime: { bias: number; utilityScale: number };
  /** A like/survey answer is observed for a share `rate` of clicks: 1 if utility + noise*N > 0. */
  satisfaction: { rate: number; noise: number };
  /** P(active) = sigmoid(returnPropensity + welfareWeight*recentWelfare); returnPropensity ~
   *  N(base, spread^2) per user; recentWelfare is an EWMA (weight `welfareSmoothing` on the new
   *  round) of welfare on active rounds, shrunk by `forgetting` on rounds away. */
  retention: {
    base: number;
    spread: number;
    welfareWeight: number;
    welfareSmoothing: number;
    forgetting: number;
  };
  /** Per click, preferences move a share `preference` toward the item's topic, opinions a share
   *  `opinion` toward its polarity. 0 turns the dynamics off. */
  drift: { preference: number; opinion: number };
  /** Susceptibility ~ Gamma(shape, 1/shape) (mean 1); opinion ~ N(0, opinionSpread^2) in [-1, 1]. */
  users: { susceptibilityShape: number; opinionSpread: number };
  /** How a fresh item is drawn from its creator (see actors/items). */
  items: {
    topicNoise: number;
    /** Standard deviation of each item's appeal (the item main effect of relevance). */
    appealSpread: number;
    qualityNoise: number;
    clickbaitNoise: number;
    /** Noise of the observable headline sensationalism around the true clickbait. */
    headlineNoise: number;
    durationLogMean: number;
    durationLogSd: number;
    polarityNoise: number;
    misinformationBase: number;
    misinformationPerClickbait: number;
  };
  /** Creators at the start and on entry: quality skill ~ U(skillMin, skillMax), clickbait effort
   *  ~ Beta(effortAlpha, effortBeta) (newcomers: U(0, 1)), political lean ~ N(0, leanSpread^2). */
  creators: {
    skillMin: number;
    skillMax: number;
    effortAlpha: number;
    effortBeta: number;
    leanSpread: number;
  };
  /** Share of the catalogue replaced by fresh items each round. */
  itemTurnover: number;
  creatorAdaptation: {
    rule: AdaptationRule;
    rate: number;
    reward: AdaptationReward;
    /** Standard deviation of each creator's own random step (exploration). */
    noise: number;
  };
  /** A creator shown to nobody for `patience` rounds in a row leaves; a newcomer takes its place. */
  creatorEntryExit: { enabled: boolean; patience: number };
  /** Correlation of an item's log duration with the population's interest in it (Gaussian
   *  copula; see actors/duration-interest). 0: duration independent of everything. */
  durationInterest: { correlation: number };
  /** Misinformation as an engagement channel of its own: `click` is added to the click logit
   *  of a misinformation item, whatever its clickbait (see actors/response-model). */
  misinformationEngagement: { click: number };
  /** Attraction–repulsion opinion dynamics (Axelrod, Daymude & Forrest, PNAS 2021): per click,
   *  an opinion within `tolerance` of the item's polarity moves a share `rate` toward it, one
   *  farther away the same share away from it. rate 0: off (drift.opinion is pure attraction). */
  opinionDynamics: { rate: number; tolerance: number };
  /** Explicit negative feedback ("not interested", a dislike on a skipped item): an examined
   *  item the user does not click is dismissed with probability rate * sigmoid(-relevance * rel),
   *  so less often the more it interests the user (see actors/dismissal). rate 0: off, the
   *  log's `dismissed` is all 0. */
  dismissal: { rate: number; relevance: number };
  /** A rare high-value event after a click (a purchase), mostly luck: P(purchase | click) =
   *  sigmoid(logit(rate) + relevance * rel + ln(markerOdds) * marked), where `marked` is a
   *  visible item marker (a badge) carried by a share `markerShare` of items, of no value to
   *  users: it co-occurs with purchases and moves neither clicks nor utility (see
   *  actors/purchase). rate 0: off, the log's `purchased` is all 0; markerShare 0: no item is
   *  marked and the item features have no marker column. */
  purchase: { rate: number; relevance: number; markerShare: number; markerOdds: number };
}

/** A WorldConfig in which any field, at any depth, may be left out (defaults fill it). */
export type WorldConfigInput = {
  [K in keyof WorldConfig]?: WorldConfig[K] extends object
    ? Partial<WorldConfig[K]>
    : WorldConfig[K];
};

/**
 * The click-trap world: clicks rise with relevance and clickbait, utility falls with clickbait,
 * creators follow exposure. Small enough that a round at these sizes takes milliseconds.
 */
export const defaultWorldConfig: Readonly<WorldConfig> = deepFreeze({
  numUsers: 1000,
  numItems: 500,
  numCreators: 50,
  topicDim: 8,
  communities: { count: 4, userSpread: 0.5, creatorSpread: 0.5 },
  slateSize: 10,
  examination: { eta: 1 },
  click: { intercept: -3, relevance: 4, clickbait: 2, polarity: 0.5, opinionAlignment: 0.5 },
  utility: {
    intercept: 0,
    relevance: 1,
    quality: 1,
    clickbait: 1,
    misinformationPenalty: 0.5,
    noise: 0.3,
  },
  watchTime: { bias: 0, utilityScale: 2 },
  satisfaction: { rate: 0.1, noise: 0.5 },
  retention: { base: 1, spread: 0.5, welfareWeight: 2, welfareSmoothing: 0.3, forgetting: 0.05 },
  drift: { preference: 0, opinion: 0 },
  users: { susceptibilityShape: 4, opinionSpread: 0.3 },
  items: {
    topicNoise: 0.5,
    appealSpread: 0.2,
    qualityNoise: 0.1,
    clickbaitNoise: 0.1,
    headlineNoise: 0.1,
    durationLogMean: Math.log(5),
    durationLogSd: 0.6,
    polarityNoise: 0.2,
    misinformationBase: 0.02,
    misinformationPerClickbait: 0.1,
  },
  creators: { skillMin: 0.5, skillMax: 1, effortAlpha: 2, effortBeta: 5, leanSpread: 0.4 },
  itemTurnover: 0.1,
  creatorAdaptation: { rule: 'gradient', rate: 0.05, reward: 'exposure', noise: 0.01 },
  creatorEntryExit: { enabled: false, patience: 5 },
  durationInterest: { correlation: 0 },
  misinformationEngagement: { click: 0 },
  opinionDynamics: { rate: 0, tolerance: 0.5 },
  dismissal: { rate: 0, relevance: 2.5 },
  purchase: { rate: 0, relevance: 0.5, markerShare: 0, markerOdds: 1 },
} satisfies WorldConfig);

function deepFreeze<T extends object>(value: T): T {
  for (const child of Object.values(value)) {
    if (typeof child === 'object' && child !== null) deepFreeze(child);
  }
  return Object.freeze(value);
}
