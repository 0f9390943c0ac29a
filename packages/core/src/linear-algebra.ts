/**
 * Dense linear algebra on typed arrays (`@goodhart/core/linear-algebra`), for the packages that
 * solve small systems without TensorFlow.js (experiment's linear probe).
 */
export { type SolveSpdOptions, solveSpd } from './models/internal/linear-algebra';
