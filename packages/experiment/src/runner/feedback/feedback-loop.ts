import { createDecisionRule, type FitOptions, HeadScoreBuffers } from '@goodhart/core';
import { createRng } from '@goodhart/random';
import {
  examinationProbabilities,
  type Observation,
  RecommendationEnv,
  randomPolicy,
  rankByTrueUtility,
} from '@goodhart/sim';
import type { RunSpec } from '../../runs/expand-runs';
import type { FeedbackLoopSpec } from '../../spec/experiment-schema';
import type { FeedbackArmSpec } from '../../spec/feedback-arm-schema';
import { throwIfCancelled } from '../cancellation';
import type { RoundRecord, RunHooks, RunResult, SupplyPoint } from '../run-result';
import { summariseRounds } from '../summary';
import { AmplificationTracker } from './amplification-tracker';
import { defaultBlockCells, serveInBlocks } from './block-serving';
import { ClickedMask } from './clicked-mask';
import { ConsumptionHistory } from './consumption';
import { constantCtrLoss } from './loss-vs-constant';
import { PhaseClock } from './phase-clock';
import { PositionLogging } from './position-logging';
import { purchaseRate } from './purchase-rate';
import { RelevanceProbe } from './relevance-probe';
import { rewardLabels } from './reward-labels';
import { roundMetrics } from './round-metrics';
import { selectRows } from './select-rows';
import { SimilarPairs } from './similar-pairs';
import { refineClickLabels } from './teacher-refit';
import { trainingData } from './training-data';
import { TrainingWindow } from './training-window';
import { tunedModel } from './tuned-model-factory';

// Child streams of the run's seed (the world itself is drawn by the env from the same seed,
// so every arm of one seed faces the same users, items and creators).
const STREAM_MODEL = 1;
const STREAM_DECISION = 2;
const STREAM_REPLAY = 3;
const STREAM_RELEVANCE_PROBE = 4;
// The start-up phase's random slates: a child of the seed alone, never of the arm, so every
// arm of one seed is shown the same slates and so lives through the same start-up history.
const STREAM_STARTUP = 5;
const STREAM_AMPLIFICATION = 6;
const STREAM_SELECTION = 7;

/**
 * Models that keep sufficient statistics and add each fit's logs to them: they must be
 * given only the logs since their last fit, not a sliding window they would count twice.
 */
const accumulatingKinds: ReadonlySet<string> = new Set([
  'popularity',
  'content',
  'content-nnls',
  'social',
]);

/** Models trained by minimising a loss, whose training loss is the proxy loss. */
const trainableKinds: ReadonlySet<string> = new Set(['logistic', 'mf', 'two-tower', 'mmoe']);

/** Models whose click head is a probability, so its calibration means something. */
const probabilisticKinds: ReadonlySet<string> = new Set([
  'logistic',
  'mf',
  'two-tower',
  'mmoe',
  'content',
]);

export interface FeedbackLoopOptions {
  /** Users × items cells scored at once (default defaultBlockCells); changes no number. */
  blockCells?: number;
}

/**
 * The feedback loop, round by round; only wiring. Each round: the model scores every item
 * for the users who came, block by block of users, and the decision rule makes each block's
 * slates before the next block is scored (serveInBlocks), the world plays them, the logs go
 * into the training window, the model is refit every `retrainEvery` rounds, and the round is
 * measured. The first `training.startupRounds` rounds show uniformly random slates instead
 * (the start-up phase of Chaney et al. 2018 and T-RECS' `startup_and_train`): the model is
 * refit on their logs as on any others, so it has learnt from them before its first own
 * round, and they are recorded with `startup` = 1.
 */
export async function runFeedbackLoop(
  run: RunSpec,
  spec: FeedbackLoopSpec,
  arm: FeedbackArmSpec,
  hooks: RunHooks,
  backend: string,
  options: FeedbackLoopOptions = {},
): Promise<RunResult> {
  const env = new RecommendationEnv(spec.world, run.seed);
  let observation = env.reset();
  const { numUsers, numItems, slateSize, topicDim } = env.config;
  const rng = createRng(run.seed);
  const modelContext = {
    numUsers,
    numItems,
    itemFeatureDim: observation.itemFeatureDim,
    rng: rng.fork(STREAM_MODEL),
    trueScores: (users: Int32Array, into?: Float32Array) => env.trueScores(users, into),
    // Built only for the arm that reads it: O(numUsers²).
    ...(arm.model.kind === 'social' ? { socialGraph: env.socialGraph } : {}),
  };
  const model = tunedModel(arm, modelContext, spec.training.startupRounds);
  const decide = createDecisionRule(arm.decision);
  const decisionRng = rng.fork(STREAM_DECISION);
  const replayRng = rng.fork(STREAM_REPLAY);
  const selectionRng = rng.fork(STREAM_SELECTION);
  const relevanceProbe = new RelevanceProbe(
    numUsers,
    numItems,
    rng.fork(STREAM_RELEVANCE_PROBE),
    arm.decision.weights,
    spec.probe,
  );
  const startupPolicy = randomPolicy(rng.fork(STREAM_STARTUP));
  const positionLogging = new PositionLogging(numUsers, slateSize);
  const trueExamination = examinationProbabilities(slateSize, env.config.examination.eta);
  const amplification = new AmplificationTracker(
    numUsers,
    numItems,
    rng.fork(STREAM_AMPLIFICATION),
    arm.decision.weights,
  );
  const { startupRounds } = spec.training;
  const accumulates = accumulatingKinds.has(arm.model.kind);
  const { retrainEvery, logWindow, replay } = spec.training;
  const window = new TrainingWindow(accumulates ? retrainEvery : logWindow, numItems);
  const consumption = new ConsumptionHistory(numItems);
  const clickedMask = arm.decision.excludeClicked ? new ClickedMask(numUsers, numItems) : undefined;
  const similarPairs =
    numUsers >= 2 ? new SimilarPairs(env.world.users.preferences, numUsers, topicDim) : undefined;
  const fitOptions = schedule(spec);
  const rounds: RoundRecord[] = [];
  const supply: SupplyPoint[] = [];
  let trainLoss = Number.NaN;
  let trainLossVsConstant = Number.NaN;
  let teacherLabelShare = Number.NaN;
  let trainRows = Number.NaN;
  // A tuned arm's click head learns satisfaction after the start-up, a rewarded arm its reward
  // labels: no click rate to compare.
  const clickBce =
    trainableKinds.has(arm.model.kind) &&
    clickLossIsBce(arm) &&
    arm.tuning === undefined &&
    arm.reward === undefined;
  const firstRoundActiveUsers = observation.activeUsers.length;
  const clock = new PhaseClock(hooks.onPhase);
  const scoreBuffers = new HeadScoreBuffers();
  try {
    for (let round = 0; round < spec.rounds; round++) {
      throwIfCancelled(hooks.signal, run.key);
      clock.start();
      const users = observation.activeUsers;
      const startup = round < startupRounds;
      const randomised = positionLogging.randomisedRows(users.length);
      amplification.beginRound(users);
      const { slates, slateClickScores } = serveInBlocks({
        model,
        users,
        items: observation,
        slateSize,
        blockCells: options.blockCells ?? defaultBlockCells,
        buffers: scoreBuffers,
        ...(startup && users.length > 0 ? { fixedSlates: startupPolicy(observation) } : {}),
        decide: (heads, rowStart, rows) =>
          decide(heads, {
            rows,
            cols: numItems,
            k: slateSize,
            rng: decisionRng,
            itemFeatures: observation.itemFeatures,
            itemFeatureDim: observation.itemFeatureDim,
            ...(clickedMask === undefined
              ? {}
              : { exclude: clickedMask.rowsFor(users.subarray(rowStart, rowStart + rows)) }),
            randomised: randomised.subarray(rowStart, rowStart + rows),
          }),
        onBlock: (heads, rowStart, rows) => amplification.capture(heads, rowStart, rows),
      });
      positionLogging.served(users, startup);
      clock.lap('recommend');
      const policyUtility = env.expectedSlateUtility(users, slates);
      const oracleUtility = env.expectedSlateUtility(
        users,
        rankByTrueUtility(env, users, slateSize),
      );
      const randomUtility = env.expectedRandomSlateUtility(users);
      clock.lap('oracle');
      const topics = topicColumns(observation, topicDim);
      const learnt = relevanceProbe.measure(model, observation, env.world);
      const amplified = amplification.measure(env.world);
      clock.lap('metrics');

      const step = env.step(slates);
      clock.lap('simulate');
      consumption.addClicks(step.log);
      consumption.itemsReplaced(step.observation.replacedItems);
      clickedMask?.addClicks(step.log);
      clickedMask?.itemsReplaced(step.observation.replacedItems);
      amplification.logged(step.log, step.observation.replacedItems);
      positionLogging.logged(step.log);
      clock.lap('metrics');
      // Reward labels are computed on the whole round's log, so each slate is a whole group.
      window.add(
        step.log,
        arm.reward === undefined ? undefined : rewardLabels(step.log, arm.reward),
      );
      window.itemsReplaced(step.observation.replacedItems, round + 1);
      if ((round + 1) % retrainEvery === 0) {
        // Accumulating models keep only the logs since their last fit, all of them.
        const logs =
          accumulates || replay === 'window'
            ? window.data()
            : window.sample(retrainEvery, replay, replayRng);
        let data = trainingData(logs, step.observation, env, positionLogging.curve());
        // A rewarded arm is pretrained on plain clicks through the start-up, as every arm is.
        if (logs.rewardLabels !== undefined && round >= startupRounds) {
          data = {
            ...data,
            clickTarget: logs.rewardLabels.target,
            clickWeight: logs.rewardLabels.weight,
          };
        }
        if (arm.teacher !== undefined) {
          // Before the refit: the student filters by what it predicts now.
          const refined = refineClickLabels(arm.teacher, data, model, env.world, trueExamination);
          data = refined.data;
          teacherLabelShare = refined.teacherShare;
        }
        if (arm.selection !== undefined) {
          data = selectRows(arm.selection, data, model, env.world, selectionRng);
        }
        trainRows = data.user.length;
        const fit = model.fit(data, fitOptions);
        if (trainableKinds.has(arm.model.kind)) trainLoss = fit.loss;
        if (clickBce)
          trainLossVsConstant =
            (fit.lossByHead.click ?? Number.NaN) -
            constantCtrLoss(data.clickTarget ?? data.clicked);
        if (accumulates) window.clear();
      }
      clock.lap('train');

      const metrics = roundMetrics({
        step,
        slates,
        slateSize,
        topics,
        topicDim,
        slateClickScores,
        clickScoresAreProbabilities: probabilisticKinds.has(arm.model.kind),
        learnt,
        policyUtility,
        oracleUtility,
        randomUtility,
        homogenizationSimilarPairs:
          similarPairs?.homogenization(consumption, numUsers) ?? Number.NaN,
        trainLoss,
        trainLossVsConstant,
        consumption,
        firstRoundActiveUsers,
        startup,
      });
      Object.assign(metrics, amplified, {
        examinationCurveError: positionLogging.curveError(trueExamination),
      });
      if (arm.teacher !== undefined) metrics.teacherLabelShare = teacherLabelShare;
      if (learnt.markerRankLift !== undefined) metrics.markerRankLift = learnt.markerRankLift;
      // Purchases per impression: the platform's own figure of what the lucky reward buys.
      if (env.config.purchase.rate > 0) metrics.purchaseRate = purchaseRate(step.log);
      // The refit's size, the training cost a selection saves (no wall-clock time: a metric
      // must be the same on every machine). For every arm a selection is compared with.
      if (arm.selection !== undefined || trainableKinds.has(arm.model.kind)) {
        metrics.trainRows = trainRows;
      }
      clock.lap('metrics');
      clock.report(round);
      const record: RoundRecord = { round, metrics };
      rounds.push(record);
      supply.push({
        round,
        meanQuality: metrics.meanQualitySupply,
        clickbaitShare: metrics.clickbaitShareSupply,
      });
      observation = step.observation;
      await hooks.onRound?.(record);
    }
  } finally {
    model.dispose();
  }
  return {
    key: run.key,
    group: run.group,
    arm: run.arm,
    seed: run.seed,
    params: run.params,
    backend,
    rounds,
    summary: summariseRounds(rounds, 'feedback-loop'),
    supply,
  };
}

function schedule(spec: FeedbackLoopSpec): FitOptions {
  const options: FitOptions = {};
  if (spec.training.epochs !== undefined) options.epochs = spec.training.epochs;
  if (spec.training.batchSize !== undefined) options.batchSize = spec.training.batchSize;
  if (spec.training.learningRate !== undefined) options.learningRate = spec.training.learningRate;
  return options;
}

/** Whether the arm's click head is trained with plain BCE, so its loss compares with a constant's. */
function clickLossIsBce(arm: FeedbackArmSpec): boolean {
  return 'heads' in arm.model && arm.model.heads.click?.loss === 'bce';
}

/** The topic part of each item's observable features, for intra-list diversity. */
function topicColumns(observation: Observation, topicDim: number): Float32Array {
  const { itemFeatures, itemFeatureDim, numItems } = observation;
  const topics = new Float32Array(numItems * topicDim);
  for (let i = 0; i < numItems; i++) {
    topics.set(
      itemFeatures.subarray(i * itemFeatureDim, i * itemFeatureDim + topicDim),
      i * topicDim,
    );
  }
  return topics;
}
