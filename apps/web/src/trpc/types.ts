import type { AppRouter } from '@goodhart/api';
import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';

export type RouterOutputs = inferRouterOutputs<AppRouter>;
export type RouterInputs = inferRouterInputs<AppRouter>;

export type ExperimentSummary = RouterOutputs['experiments']['list'][number];
export type ExperimentDetail = RouterOutputs['experiments']['get'];
export type RunSummary = ExperimentDetail['runs'][number];
export type ExperimentRounds = RouterOutputs['experiments']['rounds'];
export type ApiSeries = ExperimentRounds['bands'][string][number];
export type CompareResult = RouterOutputs['experiments']['compare'];
export type CompareRef = RouterInputs['experiments']['compare']['refs'][number];
export type PresetListItem = RouterOutputs['presets']['list'][number];
export type ValidateResult = RouterOutputs['experiments']['validate'];
export type PairedResult = RouterOutputs['experiments']['paired'];
export type PairedComparison = PairedResult['comparisons'][number];
export type ClaimVerdict = PairedResult['verdicts'][number];
export type PresetClaims = RouterOutputs['claims']['list'][number];
