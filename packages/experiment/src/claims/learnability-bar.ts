/**
 * The positive control every claim stands on. A per-user AUC of 0.5 is a model that ranks a
 * user's relevant items no better than chance; 0.6 is a modest bar on purpose: it asks only that
 * the learners have picked up *some* of each user's taste, so a claim about what they learnt is
 * about something. Below it the verdict is "inconclusive: the learners did not learn".
 *
 * Which arms a claim gates on (decided once, for every preset, before any verdict was read):
 * the arms it compares, except an arm whose failing to serve what users care about is what the
 * claim predicts. A watch-time ranker that shows uninteresting long items has a low per-user
 * AUC *because* of the mechanism; gating on it would turn a reproduction into "inconclusive",
 * so the claim could never be found. Such an arm's positive control is its twin with the same
 * model, data and budget and an objective free of the mechanism (the duration-debiased ranker;
 * for a swept engagement weight, the same learner where the weight is 0, via the gate's
 * `where`). The twin clearing the bar shows the model can learn these users here; the proxy
 * arm's own AUC is still reported beside the verdict.
 */
export const learnabilityBar = {
  /** Feedback presets: the served score's per-user AUC against true relevance, final round. */
  feedback: { metric: 'relevanceAucPerUser', min: 0.6 },
  /** Offline presets: the classifier's held-out AUC against the true labels. */
  offline: { metric: 'auc', min: 0.6 },
} as const;
