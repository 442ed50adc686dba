import { deepFreeze } from './internal/freeze.js';
import type { RiskMatrix } from './types.js';

const FIVE = ['very low', 'low', 'medium', 'high', 'very high'] as const;

/**
 * The default 5×5 probability–impact matrix (docs/risk.md):
 *
 * - probability bands very low (<= 0.1), low (<= 0.3), medium (<= 0.5), high (<= 0.7), very
 *   high (> 0.7);
 * - impact bands very low … very high, by `impact.score` on a 1–5 scale (<= 1, <= 2, <= 3,
 *   <= 4, > 4), by `impact.days` (<= 2, <= 5, <= 10, <= 20, > 20 working days) and by
 *   `impact.cost` as a share of the project's budget (<= 1 %, <= 10 %, <= 20 %, <= 40 %,
 *   > 40 %), the highest of these;
 * - score = probability band (1–5) × impact band (1–5), from 1 to 25; `low` below 5, `medium`
 *   from 5, `high` from 15.
 *
 * Frozen.
 *
 * @example
 * ```ts
 * DEFAULT_RISK_MATRIX.thresholds; // { medium: 5, high: 15 }
 * ```
 */
export const DEFAULT_RISK_MATRIX: RiskMatrix = deepFreeze({
  probabilityBands: [...FIVE],
  probabilityEdges: [0.1, 0.3, 0.5, 0.7],
  impactBands: [...FIVE],
  impactEdges: { score: [1, 2, 3, 4], days: [2, 5, 10, 20], cost: null, costShareOfBudget: [0.01, 0.1, 0.2, 0.4] },
  probabilityWeights: [1, 2, 3, 4, 5],
  impactWeights: [1, 2, 3, 4, 5],
  thresholds: { medium: 5, high: 15 },
});
