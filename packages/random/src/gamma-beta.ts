import type { Rng } from './rng';

/**
 * Gamma(shape, scale) by Marsaglia & Tsang's squeeze method (mean shape * scale).
 * Shapes below 1 use the boost Gamma(a) = Gamma(a + 1) * U^(1/a).
 */
export function gamma(shape: number, rng: Rng, scale = 1): number {
  if (!(shape > 0) || !Number.isFinite(shape)) {
    throw new RangeError(`gamma: shape must be a positive number, got ${shape}`);
  }
  if (!(scale > 0) || !Number.isFinite(scale)) {
    throw new RangeError(`gamma: scale must be a positive number, got ${scale}`);
  }
  if (shape < 1) {
    const u = 1 - rng.next(); // (0, 1], so the power is never 0^x
    return gamma(shape + 1, rng, scale) * u ** (1 / shape);
  }
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const x = rng.normal();
    let v = 1 + c * x;
    if (v <= 0) continue;
    v = v * v * v;
    const u = rng.next();
    const x2 = x * x;
    if (u < 1 - 0.0331 * x2 * x2) return d * v * scale;
    if (Math.log(u) < 0.5 * x2 + d * (1 - v + Math.log(v))) return d * v * scale;
  }
}

/** Beta(a, b) as X / (X + Y) with X ~ Gamma(a), Y ~ Gamma(b); mean a / (a + b). */
export function beta(a: number, b: number, rng: Rng): number {
  if (!(a > 0) || !Number.isFinite(a)) throw new RangeError(`beta: a must be positive, got ${a}`);
  if (!(b > 0) || !Number.isFinite(b)) throw new RangeError(`beta: b must be positive, got ${b}`);
  const x = gamma(a, rng);
  const y = gamma(b, rng);
  return x / (x + y);
}
