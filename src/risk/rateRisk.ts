import { PmoError } from '../errors.js';
import { show } from '../internal/show.js';
import { resolveMatrix, scoreOf } from './internal/matrix.js';
import { DEFAULT_RISK_MATRIX } from './defaultRiskMatrix.js';
import type { RateRiskOptions, RateRiskResult } from './types.js';

/**
 * Where a probability and an impact fall on a probability–impact matrix, and what that scores:
 * the probability band, the impact band (the highest over the impact's score, days and cost that
 * the matrix rates; a cost is rated against `budget` when the matrix rates costs as a share of the
 * budget), the score (probability weight × impact weight) and the rating. docs/risk.md has the
 * default matrix. O(bands).
 *
 * @param assessment - a risk, or its `inherent` or `residual` assessment: `{ probability, impact }`
 * @param options - `matrix` (default {@link DEFAULT_RISK_MATRIX}) and the project's `budget`
 * @returns the bands, score and rating; `impactBand`, `score` and `rating` are `null` when no
 *   dimension of the impact is rated (e.g. only a cost, and no budget to rate it against)
 * @throws {@link PmoError} `INVALID_ARGUMENT` for a probability outside [0, 1], an impact value that
 *   is not a finite number >= 0, a bad budget, or a bad matrix (see {@link riskMatrix})
 * @example
 * ```ts
 * rateRisk({ probability: 0.4, impact: { score: 4 } });
 * // { probability: 0.4, probabilityBand: 2, impactBand: 3, impactBy: ['score'], score: 12, rating: 'medium' }
 * rateRisk({ probability: 0.4, impact: { cost: 90_000 } }, { budget: 200_000 }).rating; // 'high' (45 % of the budget)
 * ```
 */
export function rateRisk(assessment: { readonly probability: number; readonly impact: { readonly cost?: number | undefined; readonly days?: number | undefined; readonly score?: number | undefined } }, options: RateRiskOptions = {}): RateRiskResult {
  const fn = 'rateRisk';
  if (typeof options !== 'object' || options === null) throw new PmoError('INVALID_ARGUMENT', `${fn}: options must be an object, got ${show(options)}`);
  const a = assessment as unknown;
  if (typeof a !== 'object' || a === null) throw new PmoError('INVALID_ARGUMENT', `${fn}: expected { probability, impact }, got ${show(a)}`);
  const { probability, impact } = a as Record<string, unknown>;
  if (typeof probability !== 'number' || !(probability >= 0 && probability <= 1)) throw new PmoError('INVALID_ARGUMENT', `${fn}: probability must be a number in [0, 1], got ${show(probability)}`);
  if (typeof impact !== 'object' || impact === null) throw new PmoError('INVALID_ARGUMENT', `${fn}: impact must be an object, got ${show(impact)}`);
  for (const k of ['cost', 'days', 'score'] as const) {
    const v = (impact as Record<string, unknown>)[k];
    if (v !== undefined && (typeof v !== 'number' || !Number.isFinite(v) || v < 0)) throw new PmoError('INVALID_ARGUMENT', `${fn}: impact.${k} must be a finite number >= 0, got ${show(v)}`);
  }
  const { budget } = options;
  if (budget !== undefined && (typeof budget !== 'number' || !Number.isFinite(budget) || budget < 0)) throw new PmoError('INVALID_ARGUMENT', `${fn}: options.budget must be a finite number >= 0, got ${show(budget)}`);
  const matrix = options.matrix === undefined ? DEFAULT_RISK_MATRIX : resolveMatrix(options.matrix, `${fn}: options.matrix.`);
  return scoreOf(matrix, assessment, budget);
}
