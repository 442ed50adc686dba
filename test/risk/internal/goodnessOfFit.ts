/** Goodness-of-fit helpers shared by the sampler tests. */
import { sorted } from '../../../src/risk/internal/stats.js';

/** The Kolmogorov–Smirnov distance between a sample and a distribution function. */
export function ks(sample: Float64Array, cdf: (x: number) => number): number {
  const s = sorted(sample);
  const n = s.length;
  let d = 0;
  for (let i = 0; i < n; i++) {
    const f = cdf(s[i]!);
    d = Math.max(d, f - i / n, (i + 1) / n - f);
  }
  return d;
}

/** KS critical value at the 0.001 level. */
export const ksCritical = (n: number): number => 1.95 / Math.sqrt(n);

const binom = (n: number, k: number): number => {
  let c = 1;
  for (let i = 1; i <= k; i++) c = (c * (n - k + i)) / i;
  return c;
};

/** The regularized incomplete beta I_x(α, β) for integer α, β (a binomial tail). */
export function betaCdfInt(x: number, alpha: number, beta: number): number {
  const n = alpha + beta - 1;
  let s = 0;
  for (let j = alpha; j <= n; j++) s += binom(n, j) * x ** j * (1 - x) ** (n - j);
  return s;
}
