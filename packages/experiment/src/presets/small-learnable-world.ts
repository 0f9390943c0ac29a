/**
 * For the presets' positive-control tests: a small world whose clicks carry a strong relevance
 * signal (100 users × 40 items, 2 topic dimensions, click logit −0.5 + 5·relevance), laid over
 * a preset's own world. The tests ask that a preset's learners learn when there is something
 * to learn, not that its default world is learnable (every run's gate reports that).
 */
export function smallLearnableWorld<W extends object>(world: W) {
  return {
    ...world,
    numUsers: 100,
    numItems: 40,
    numCreators: 8,
    topicDim: 2,
    click: { intercept: -0.5, relevance: 5 },
  };
}
