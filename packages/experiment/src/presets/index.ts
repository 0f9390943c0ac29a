import type { ExperimentSpec } from '../spec/experiment-schema';
import { parseSpec } from '../spec/parse-spec';
import { calibrationPreset } from './calibration';
import { clickTrap } from './click-trap';
import { creatorDrift } from './creator-drift';
import { difficultyPruning } from './difficulty-pruning';
import { durationBias } from './duration-bias';
import { engagementWeight } from './engagement-weight';
import { homogenizationPreset } from './homogenization';
import { learnerFrontier } from './learner-frontier';
import { luckySuccesses } from './lucky-successes';
import { misalignedByDesign } from './misaligned-by-design';
import { positionBias } from './position-bias';
import { positiveOnly } from './positive-only';
import { servingTimeTuning } from './serving-time-tuning';

/** The claims of DESIGN.md section 1, in its order. */
export const presetNames = [
  'click-trap',
  'creator-drift',
  'homogenization',
  'misaligned-by-design',
  'calibration',
  'position-bias',
  'duration-bias',
  'engagement-weight',
  'positive-only',
  'lucky-successes',
  'learner-frontier',
  'serving-time-tuning',
  'difficulty-pruning',
] as const;

export type PresetName = (typeof presetNames)[number];

/** Every preset, parsed (defaults filled in), so it hashes and runs like any spec. */
export const presets: Readonly<Record<PresetName, ExperimentSpec>> = Object.freeze({
  'click-trap': parseSpec(clickTrap),
  'creator-drift': parseSpec(creatorDrift),
  homogenization: parseSpec(homogenizationPreset),
  'misaligned-by-design': parseSpec(misalignedByDesign),
  calibration: parseSpec(calibrationPreset),
  'position-bias': parseSpec(positionBias),
  'duration-bias': parseSpec(durationBias),
  'engagement-weight': parseSpec(engagementWeight),
  'positive-only': parseSpec(positiveOnly),
  'lucky-successes': parseSpec(luckySuccesses),
  'learner-frontier': parseSpec(learnerFrontier),
  'serving-time-tuning': parseSpec(servingTimeTuning),
  'difficulty-pruning': parseSpec(difficultyPruning),
});

export function isPresetName(name: string): name is PresetName {
  return (presetNames as readonly string[]).includes(name);
}

/** A fresh copy of a preset's spec (safe to change); throws listing the known names. */
export function getPreset(name: string): ExperimentSpec {
  if (!isPresetName(name)) {
    throw new Error(`unknown preset "${name}"; known presets: ${presetNames.join(', ')}`);
  }
  return structuredClone(presets[name]);
}
