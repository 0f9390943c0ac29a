export { createRng } from './create-rng';
export { beta, gamma } from './gamma-beta';
export type { Rng } from './rng';
export { sampleWithoutReplacement } from './sample-without-replacement';
export { shuffleInPlace, type WritableArrayLike } from './shuffle';
