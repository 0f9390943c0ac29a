/**
 * The positive control every claim stands on. A per-user AUC of 0.5 is a model that ranks a
 * user's relevant items no better than chance; 0.6 is a modest bar on purpose: it asks only that
 * the learners have picked up *some* of each user's taste, so a claim about what they learnt is
 * about something. Below it the verdict is "inconclusive: the learners did not learn".
 */
export const learnabilityBar = {
  /** Feedback presets: the served score's per-user AUC against true relevance, final round. */
  feedback: { metric: 'relevanceAucPerUser', min: 0.6 },
  /** Offline presets: the classifier's held-out AUC against the true labels. */
  offline: { metric: 'auc', min: 0.6 },
} as const;
