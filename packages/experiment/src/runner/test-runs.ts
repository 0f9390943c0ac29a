import { expandRuns, type RunSpec } from '../runs/expand-runs';
import { parseSpec } from '../spec/parse-spec';

/**
 * A click-trap in miniature: seconds to run, every metric exercised. `startupRounds` random
 * rounds first when asked.
 */
export function tinyFeedbackRuns(
  startupRounds = 0,
): [click: RunSpec, satisfaction: RunSpec, ideal: RunSpec] {
  const [click, satisfaction, ideal] = expandRuns(
    parseSpec({
      name: 'tiny click-trap',
      world: { numUsers: 60, numItems: 40, numCreators: 5, slateSize: 5 },
      rounds: 3,
      seeds: { count: 1, base: 11 },
      training: { retrainEvery: 1, logWindow: 2, startupRounds },
      arms: [
        { name: 'click-bce', model: { kind: 'mf', embeddingDim: 4 } },
        {
          name: 'satisfaction',
          model: {
            kind: 'mf',
            embeddingDim: 4,
            heads: { click: { loss: 'bce' }, satisfaction: { loss: 'bce' } },
          },
          decision: { weights: { satisfaction: 1 } },
        },
        { name: 'ideal', model: { kind: 'ideal' } },
      ],
    }),
  );
  if (!click || !satisfaction || !ideal) throw new Error('tiny click-trap: expected three runs');
  return [click, satisfaction, ideal];
}

/** A small offline spec: seconds to run, both kinds of arm, a probe and a confidence head. */
export function tinyOfflineRuns(
  testEveryEpoch = true,
): [weighted: RunSpec, thresholdMlp: RunSpec, confident: RunSpec] {
  const [weighted, thresholdMlp, confident] = expandRuns(
    parseSpec({
      name: 'tiny offline',
      kind: 'offline-classification',
      task: {
        numTrain: 300,
        numTest: 400,
        featureDim: 6,
        labelNoise: 0,
        testEveryEpoch,
        costs: { falsePositive: 1, falseNegative: 3 },
      },
      rounds: 30,
      seeds: { count: 1, base: 5 },
      arms: [
        {
          name: 'weighted',
          loss: { name: 'weighted-bce' },
          threshold: 0.5,
          earlyStopping: { patience: 2 },
        },
        {
          name: 'threshold-mlp',
          classifier: { hidden: [8] },
          loss: { name: 'bce' },
          threshold: 'cost',
          earlyStopping: { patience: 2 },
        },
        {
          name: 'confident',
          classifier: { hidden: [8] },
          loss: { name: 'binary-reward' },
          confidence: { lambda: 1 },
          earlyStopping: { patience: 2 },
        },
      ],
    }),
  );
  if (!weighted || !thresholdMlp || !confident)
    throw new Error('tiny offline: expected three runs');
  return [weighted, thresholdMlp, confident];
}
