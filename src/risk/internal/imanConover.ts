/**
 * Rank correlation between sampled variables by the method of Iman & Conover (1982): the
 * samples of each variable are kept and only re-paired across iterations, so every marginal
 * distribution is exactly preserved. Private to pmo-kit/risk; docs/risk.md explains it.
 */
import { PmoError } from '../../errors.js';
import { normalQuantile } from './normal.js';
import type { Rng } from './rng.js';

/**
 * The lower-triangular Cholesky factor L of a symmetric positive definite k×k matrix (row-major),
 * `A = L·Lᵀ`; `null` when the matrix is not positive definite (a pivot <= 1e-12 times its
 * diagonal entry). O(k³).
 */
export function cholesky(a: ArrayLike<number>, k: number): Float64Array | null {
  const l = new Float64Array(k * k);
  for (let i = 0; i < k; i++) {
    for (let j = 0; j <= i; j++) {
      let s = a[i * k + j]!;
      for (let p = 0; p < j; p++) s -= l[i * k + p]! * l[j * k + p]!;
      if (i === j) {
        if (!(s > 1e-12 * Math.max(1, Math.abs(a[i * k + i]!)))) return null;
        l[i * k + i] = Math.sqrt(s);
      } else l[i * k + j] = s / l[j * k + j]!;
    }
  }
  return l;
}

/** Options of {@link imanConover}. */
export interface ImanConoverOptions {
  /**
   * Aim at the rank (Spearman) correlation `target` (default `true`): the normal scores are
   * given the Pearson correlation 2·sin(π·ρ/6), whose Spearman correlation is ρ. `false` gives
   * the scores the Pearson correlation `target` itself, as in the original paper (whose rank
   * correlation is then (6/π)·asin(ρ/2), slightly smaller).
   */
  readonly rankTarget?: boolean;
}

/**
 * Re-pairs, in place, the columns of the n×k sample matrix `samples` (column-major: variable j
 * at `samples[j*n … j*n + n - 1]`) so that their rank correlation approaches `target`, a k×k
 * symmetric correlation matrix (row-major, unit diagonal, entries in [-1, 1], positive definite).
 *
 * Steps: (1) each column of a score matrix M is a random permutation (drawn from `rng`) of the
 * van der Waerden scores Φ⁻¹(i/(n + 1)); (2) with E the correlation of M and C the target (see
 * {@link ImanConoverOptions.rankTarget}), T = M·(Q⁻¹)ᵀ·Pᵀ where E = Q·Qᵀ and C = P·Pᵀ (Cholesky),
 * so T has exactly the Pearson correlation C; (3) each sample column is sorted and re-ordered to
 * follow the ranks of T's column. The rank correlation reached differs from the target by
 * sampling noise, O(1/sqrt(n)).
 *
 * O(n·k² + k·n log n) time, O(n·k) extra memory. Deterministic for a given `rng` state.
 *
 * @throws PmoError `INVALID_ARGUMENT` when the sizes disagree, the target is not a symmetric
 *   correlation matrix, it (or its rank-adjusted form) is not positive definite, or n <= k (the
 *   scores cannot then be decorrelated)
 */
export function imanConover(samples: Float64Array, n: number, k: number, target: ArrayLike<number>, rng: Rng, options: ImanConoverOptions = {}): void {
  const fn = 'imanConover';
  if (!Number.isInteger(n) || !Number.isInteger(k) || n < 0 || k < 0 || samples.length < n * k)
    throw new PmoError('INVALID_ARGUMENT', `${fn}: the samples hold ${samples.length} values, not n·k = ${n}·${k}`);
  if (target.length !== k * k) throw new PmoError('INVALID_ARGUMENT', `${fn}: the target correlation matrix has ${target.length} entries, not k² = ${k * k}`);
  for (let i = 0; i < k; i++) {
    if (target[i * k + i] !== 1) throw new PmoError('INVALID_ARGUMENT', `${fn}: the target correlation of variable ${i} with itself must be 1, got ${target[i * k + i]}`);
    for (let j = 0; j < i; j++) {
      const r = target[i * k + j]!;
      if (!(r >= -1 && r <= 1) || r !== target[j * k + i])
        throw new PmoError('INVALID_ARGUMENT', `${fn}: the target correlation of variables ${j} and ${i} must be a number in [-1, 1], the same both ways`);
    }
  }
  if (k < 2 || n === 0) return;
  if (n <= k) throw new PmoError('INVALID_ARGUMENT', `${fn}: ${k} correlated variables need more than ${k} iterations, got ${n}`);

  const c = new Float64Array(k * k);
  const rank = options.rankTarget ?? true;
  for (let i = 0; i < k * k; i++) c[i] = rank ? 2 * Math.sin((Math.PI * target[i]!) / 6) : target[i]!;
  const p = cholesky(c, k);
  if (p === null)
    throw new PmoError('INVALID_ARGUMENT', `${fn}: the target correlation matrix is not positive definite: the correlations given contradict each other (e.g. a with b and b with c strongly positive, a with c negative)`);

  // (1) score matrix, column-major, each column a random permutation of the standardized scores.
  const scores = new Float64Array(n);
  let ss = 0;
  for (let i = 0; i < n; i++) {
    scores[i] = normalQuantile((i + 1) / (n + 1));
    ss += scores[i]! * scores[i]!;
  }
  const scale = 1 / Math.sqrt(ss / n);
  const m = new Float64Array(n * k);
  for (let j = 0; j < k; j++) {
    const col = m.subarray(j * n, (j + 1) * n);
    for (let i = 0; i < n; i++) col[i] = scores[i]! * scale;
    for (let i = n - 1; i > 0; i--) {
      const r = Math.floor(rng.uniform() * (i + 1));
      const t = col[i]!;
      col[i] = col[r]!;
      col[r] = t;
    }
  }
  // (2) E = correlation of M (the columns have mean 0 and variance 1 by construction).
  const e = new Float64Array(k * k);
  for (let a = 0; a < k; a++)
    for (let b = 0; b <= a; b++) {
      let s = 0;
      const ca = a * n;
      const cb = b * n;
      for (let i = 0; i < n; i++) s += m[ca + i]! * m[cb + i]!;
      e[a * k + b] = e[b * k + a] = a === b ? 1 : s / n;
    }
  const q = cholesky(e, k);
  if (q === null) throw new PmoError('INVALID_ARGUMENT', `${fn}: the random scores are degenerate; use more iterations`);
  // W = P·Q⁻¹ (lower triangular); T = M·Wᵀ, i.e. T[r, j] = Σ_{l <= j} W[j, l]·M[r, l].
  const qinv = invertLower(q, k);
  const w = new Float64Array(k * k);
  for (let i = 0; i < k; i++)
    for (let j = 0; j <= i; j++) {
      let s = 0;
      for (let l = j; l <= i; l++) s += p[i * k + l]! * qinv[l * k + j]!;
      w[i * k + j] = s;
    }
  const t = new Float64Array(n);
  const order = new Uint32Array(n);
  const sortedCol = new Float64Array(n);
  for (let j = 0; j < k; j++) {
    t.fill(0);
    for (let l = 0; l <= j; l++) {
      const wl = w[j * k + l]!;
      if (wl === 0) continue;
      const cl = l * n;
      for (let r = 0; r < n; r++) t[r] = t[r]! + wl * m[cl + r]!;
    }
    // (3) the i-th smallest sample goes to the row holding the i-th smallest score.
    for (let r = 0; r < n; r++) order[r] = r;
    order.sort((x, y) => t[x]! - t[y]! || x - y);
    const col = samples.subarray(j * n, (j + 1) * n);
    sortedCol.set(col);
    sortedCol.sort();
    for (let i = 0; i < n; i++) col[order[i]!] = sortedCol[i]!;
  }
}

/** The inverse of a lower-triangular k×k matrix (row-major), by forward substitution. O(k³). */
function invertLower(l: Float64Array, k: number): Float64Array {
  const inv = new Float64Array(k * k);
  for (let j = 0; j < k; j++) {
    inv[j * k + j] = 1 / l[j * k + j]!;
    for (let i = j + 1; i < k; i++) {
      let s = 0;
      for (let p = j; p < i; p++) s += l[i * k + p]! * inv[p * k + j]!;
      inv[i * k + j] = -s / l[i * k + i]!;
    }
  }
  return inv;
}
