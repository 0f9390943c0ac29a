import type { TrainingData } from '@goodhart/core';
import { examinationProbabilities, type Observation, type RecommendationEnv } from '@goodhart/sim';
import type { WindowData } from './training-window';

/**
 * core's TrainingData from the logged window and the current catalogue. Propensities come
 * from the world's examination curve, as if the platform had measured it perfectly with a
 * randomised experiment; durations are observable item attributes.
 */
export function trainingData(
  window: WindowData,
  observation: Observation,
  env: RecommendationEnv,
): TrainingData {
  const exam = examinationProbabilities(env.config.slateSize, env.config.examination.eta);
  const propensity = Float32Array.from(window.position, (position) => exam[position]);
  return {
    user: window.user,
    item: window.item,
    position: window.position,
    clicked: window.clicked,
    watchTime: window.watchTime,
    satisfaction: window.satisfaction,
    propensity,
    numUsers: observation.numUsers,
    numItems: observation.numItems,
    itemFeatures: observation.itemFeatures,
    itemFeatureDim: observation.itemFeatureDim,
    itemDuration: env.world.items.duration.slice(),
  };
}
