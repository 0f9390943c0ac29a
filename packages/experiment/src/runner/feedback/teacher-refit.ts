import type { ScoringModel, TrainingData } from '@goodhart/core';
import type { World } from '@goodhart/sim';
import { clickOnRows } from './click-on-rows';
import { keepFittable, type TeacherOption, teacherClickTargets } from './teacher-labels';

export interface RefinedData {
  data: TrainingData;
  /** Share of the rows whose label is the teacher's (1 for `all`). */
  teacherShare: number;
}

/**
 * The refit's logs with the teacher's click labels (`clickTarget`): every row's for `all`;
 * for `fittable`, those the student can fit by its current predictions (keepFittable). The
 * world is read for the teacher only; the student still sees only the logs.
 */
export function refineClickLabels(
  option: TeacherOption,
  data: TrainingData,
  student: ScoringModel,
  world: World,
  examination: ArrayLike<number>,
): RefinedData {
  const teacher = teacherClickTargets(world, data, examination);
  if (option.refine === 'all') return { data: { ...data, clickTarget: teacher }, teacherShare: 1 };
  const predicted = clickOnRows(student, data);
  const { target, kept } = keepFittable(data.clicked, teacher, predicted, option.quantile);
  return {
    data: { ...data, clickTarget: target },
    teacherShare: data.user.length === 0 ? Number.NaN : kept / data.user.length,
  };
}
