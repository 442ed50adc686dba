/**
 * The analytic PERT answer along one path (Malcolm, Roseboom, Clark & Fazar, 1959): the path
 * duration is taken as normal, with the sum of the task means and the sum of the task variances.
 * It ignores the other paths, so it understates the finish (the merge bias) that Monte Carlo
 * shows. Private to pmo-kit/risk; docs/risk.md states the formulas.
 */
import { PmoError } from '../../errors.js';
import { show } from '../../internal/show.js';
import { checkEstimate } from './distributions.js';
import { normalCdf, normalQuantile } from './normal.js';

/** A task on the path: a three-point estimate, or a fixed duration. */
export type PathTask = { readonly optimistic: number; readonly mostLikely: number; readonly pessimistic: number } | number;

/** How a task's variance is computed. */
export type PertVariance = 'classic' | 'beta';

/** The normal approximation of a path duration. */
export interface PertPath {
  /** Σ (a + 4m + b)/6 over the tasks (fixed durations count as themselves). */
  readonly mean: number;
  /** Σ of the task variances. */
  readonly variance: number;
  /** sqrt(variance). */
  readonly stdDev: number;
}

/**
 * Mean and variance of a path of tasks. A task's mean is (a + 4m + b)/6; its variance is
 * ((b - a)/6)² (`'classic'`, default, the textbook PERT rule) or that of the PERT-beta
 * distribution the simulation samples, αβ(b - a)²/252 (`'beta'`). Fixed durations have no
 * variance. O(tasks).
 *
 * @throws PmoError `INVALID_ARGUMENT` for an estimate that is not 0 <= a <= m <= b or a negative duration
 */
export function pertPath(tasks: readonly PathTask[], variance: PertVariance = 'classic'): PertPath {
  let mean = 0;
  let v = 0;
  for (const t of tasks) {
    if (typeof t === 'number') {
      if (!(Number.isFinite(t) && t >= 0)) throw new PmoError('INVALID_ARGUMENT', `pertPath: a duration must be a finite number >= 0, got ${show(t)}`);
      mean += t;
      continue;
    }
    const { optimistic: a, mostLikely: m, pessimistic: b } = t;
    checkEstimate(a, m, b);
    mean += (a + 4 * m + b) / 6;
    const w = b - a;
    if (w === 0) continue;
    v += variance === 'beta' ? ((1 + (4 * (m - a)) / w) * (1 + (4 * (b - m)) / w) * w * w) / 252 : (w * w) / 36;
  }
  return { mean, variance: v, stdDev: Math.sqrt(v) };
}

/**
 * The probability that the path finishes within `target` (same unit as the durations):
 * Φ((target - mean) / stdDev); with no variance, 1 when target >= mean and 0 otherwise.
 */
export function pertProbability(path: PertPath, target: number): number {
  if (path.stdDev === 0) return target >= path.mean ? 1 : 0;
  return normalCdf((target - path.mean) / path.stdDev);
}

/** The duration the path meets with probability `p` (0 < p < 1): mean + stdDev·Φ⁻¹(p). */
export function pertQuantile(path: PertPath, p: number): number {
  if (!(p > 0 && p < 1)) throw new PmoError('INVALID_ARGUMENT', `pertQuantile: the probability must be in (0, 1), got ${show(p)}`);
  return path.mean + path.stdDev * normalQuantile(p);
}
