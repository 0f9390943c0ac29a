import type { TrainingData } from '@goodhart/core';
import type { Observation, RecommendationEnv } from '@goodhart/sim';
import type { WindowData } from './training-window';

/**
 * core's TrainingData from the logged window and the current catalogue. Each impression's
 * propensity is the examination probability of its slot as the platform estimates it from
 * its randomised slates (`examination`, see PositionLogging), never the world's own curve;
 * durations are observable item attributes.
 */
export function trainingData(
  window: WindowData,
  observation: Observation,
  env: RecommendationEnv,
  examination: ArrayLike<number>,
): TrainingData {
  const propensity = Float32Array.from(window.position, (position) => examination[position]!);
  return {
    user: window.user,
    item: window.item,
    position: window.position,
    clicked: window.clicked,
    dismissed: window.dismissed,
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
