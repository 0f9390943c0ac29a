export {
  type Context,
  type CreateContextOptions,
  createContext,
  type HeaderSource,
} from './context';
export { issuesOf } from './errors';
export { type ApiHandlerOptions, createApiHandler } from './http/handler';
export type { ExperimentRef } from './inputs';
export type { ExportFile } from './results/export-file';
export type { ParamDiffRow, ParamValue } from './results/param-diff';
export type { ParetoPointOut } from './results/pareto-points';
export type { RunDetails, SupplyPointOut } from './results/run-details';
export type { Bands, GroupRef, Series, SeriesPoint } from './results/series';
export { type AppRouter, appRouter, createCaller } from './root';
