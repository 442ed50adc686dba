import { PmoError } from '../errors.js';
import { show } from '../internal/show.js';

/** The result of {@link ahpWeights}. */
export interface AhpWeightsResult {
  /** The principal eigenvector, normalized to sum to 1: one weight per row of the matrix. */
  readonly weights: readonly number[];
  /** The principal eigenvalue (>= n for a positive reciprocal matrix; n when consistent). */
  readonly lambdaMax: number;
  /** CI = (λmax − n) / (n − 1); 0 for n <= 2. */
  readonly consistencyIndex: number;
  /** Saaty's random index RI(n) (0 for n <= 2). */
  readonly randomIndex: number;
  /** CR = CI / RI; 0 for n <= 2. */
  readonly consistencyRatio: number;
  /** CR <= 0.1 (Saaty's threshold). */
  readonly consistent: boolean;
}

/**
 * Saaty's random consistency indices RI(n) for n = 1 … 15: the mean consistency index of random
 * reciprocal matrices of order n (Saaty 1980 for n <= 10; Saaty & Tran 2007 for 11–15).
 */
export const SAATY_RANDOM_INDEX: readonly number[] = Object.freeze([0, 0, 0.58, 0.9, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59]);

/**
 * AHP (analytic hierarchy process) weights from a pairwise comparison matrix: entry [i][j] says
 * how many times more important item i is than item j (Saaty's 1–9 scale), with [j][i] = 1/[i][j]
 * and 1 on the diagonal. The weights are the principal (Perron) eigenvector, found by power
 * iteration to 1e-15; the consistency ratio CR = ((λmax − n)/(n − 1)) / RI(n) uses Saaty's random
 * indices, and a CR above 0.1 is reported as inconsistent (`consistent: false`).
 *
 * Complexity O(n² × iterations); n <= 15 (the random index is tabulated that far).
 *
 * @param matrix - a positive reciprocal n×n matrix (reciprocals within 0.5 %: 0.333 stands for 1/3)
 * @returns the weights and the consistency measures
 * @throws {@link PmoError} `INVALID_ARGUMENT` for a matrix that is not square, not positive, not
 *   reciprocal, without 1 on the diagonal, empty or larger than 15
 * @example
 * ```ts
 * const r = ahpWeights([
 *   [1, 3, 5],
 *   [1 / 3, 1, 3],
 *   [1 / 5, 1 / 3, 1],
 * ]);
 * r.weights; // [0.637, 0.258, 0.105] (rounded)
 * r.consistencyRatio; // 0.033: consistent
 * ```
 */
export function ahpWeights(matrix: readonly (readonly number[])[]): AhpWeightsResult {
  const fn = 'ahpWeights';
  const a = readMatrix(fn, matrix);
  const n = a.length;
  // start from the row geometric means (the exact answer for a consistent matrix)
  let w = a.map((row) => Math.exp(row.reduce((s, v) => s + Math.log(v), 0) / n));
  let sum = w.reduce((s, v) => s + v, 0);
  w = w.map((v) => v / sum);
  let lambda = n;
  for (let iter = 0; iter < 100_000; iter++) {
    const next = a.map((row) => row.reduce((s, v, j) => s + v * w[j]!, 0));
    lambda = next.reduce((s, v) => s + v, 0); // Σ(Aw) when Σw = 1
    const normalized = next.map((v) => v / lambda);
    let change = 0;
    for (let i = 0; i < n; i++) change = Math.max(change, Math.abs(normalized[i]! - w[i]!));
    w = normalized;
    if (change <= 1e-15) break;
  }
  sum = w.reduce((s, v) => s + v, 0);
  w = w.map((v) => v / sum);
  const ci = n <= 2 ? 0 : Math.max(0, (lambda - n) / (n - 1));
  const ri = SAATY_RANDOM_INDEX[n - 1]!;
  const cr = n <= 2 ? 0 : ci / ri;
  return { weights: w, lambdaMax: lambda, consistencyIndex: ci, randomIndex: ri, consistencyRatio: cr, consistent: cr <= 0.1 };
}

function readMatrix(fn: string, matrix: unknown): number[][] {
  if (!Array.isArray(matrix) || matrix.length === 0) throw new PmoError('INVALID_ARGUMENT', `${fn}: expected a non-empty square matrix, got ${show(matrix)}`);
  const n = matrix.length;
  if (n > SAATY_RANDOM_INDEX.length) throw new PmoError('INVALID_ARGUMENT', `${fn}: ${n} items; Saaty's random index is tabulated up to ${SAATY_RANDOM_INDEX.length}`);
  const a = matrix.map((row: unknown, i) => {
    if (!Array.isArray(row) || row.length !== n) throw new PmoError('INVALID_ARGUMENT', `${fn}: row ${i} must have ${n} entries`);
    return row.map((v: unknown, j) => {
      if (!(typeof v === 'number' && Number.isFinite(v) && v > 0)) throw new PmoError('INVALID_ARGUMENT', `${fn}: entry [${i}][${j}] must be a positive finite number, got ${show(v)}`);
      return v;
    });
  });
  for (let i = 0; i < n; i++) {
    if (a[i]![i] !== 1) throw new PmoError('INVALID_ARGUMENT', `${fn}: diagonal entry [${i}][${i}] must be 1, got ${a[i]![i]}`);
    for (let j = i + 1; j < n; j++)
      if (Math.abs(a[i]![j]! * a[j]![i]! - 1) > 5e-3)
        throw new PmoError('INVALID_ARGUMENT', `${fn}: entry [${j}][${i}] = ${a[j]![i]} is not the reciprocal of [${i}][${j}] = ${a[i]![j]}`);
  }
  return a;
}
