// The whole package: the runner, and the four entries that load no TensorFlow.js (the API
// and the dashboard import those alone).
export * from './claims/index';
export * from './presets/index';
export * from './results/index';
export { freeCores } from './runner/free-cores';
export {
  RunCancelledError,
  type RunHooks,
  type RunPhase,
} from './runner/run-result';
export { runRun } from './runner/run-run';
export { averagedMetrics } from './runner/summary';
export * from './spec/index';
