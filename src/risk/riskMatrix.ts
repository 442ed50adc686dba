import { resolveMatrix } from './internal/matrix.js';
import type { RiskMatrix, RiskMatrixOptions } from './types.js';

/**
 * A complete, checked probability–impact matrix from a partial one: every field left out takes
 * its value from {@link DEFAULT_RISK_MATRIX}; `impactEdges` is merged dimension by dimension
 * (`null` turns a dimension off). With another number of bands than five, give the probability
 * edges; impact dimensions not given are then off and weights not given are 1, 2, 3, …
 * The result is a new frozen object; the options are not mutated. O(bands).
 *
 * @param options - the fields to change (default: none, the default matrix)
 * @returns the complete matrix
 * @throws {@link PmoError} `INVALID_ARGUMENT` naming the field when: a list of bands is empty or
 *   holds a name that is not a non-empty string; edges are not one fewer than the bands, not
 *   finite, not strictly ascending, or (probability) outside [0, 1]; weights are not one per band,
 *   not finite and >= 0, or decreasing; every impact dimension is off; the thresholds are not
 *   finite with 0 <= medium <= high
 * @example
 * ```ts
 * // a 3×3 matrix rated on scores and days
 * const m = riskMatrix({
 *   probabilityBands: ['low', 'medium', 'high'], probabilityEdges: [0.2, 0.6],
 *   impactBands: ['minor', 'moderate', 'major'], impactEdges: { score: [2, 4], days: [5, 15] },
 *   thresholds: { medium: 3, high: 6 },
 * });
 * ```
 */
export function riskMatrix(options: RiskMatrix | RiskMatrixOptions = {}): RiskMatrix {
  return resolveMatrix(options, 'riskMatrix: ');
}
