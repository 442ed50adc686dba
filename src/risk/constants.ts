/**
 * The ratings of the probability–impact matrix, lowest first.
 *
 * @example
 * ```ts
 * RISK_RATINGS.indexOf('medium'); // 1
 * ```
 */
export const RISK_RATINGS = ['low', 'medium', 'high'] as const;

/**
 * The codes of the response checks of {@link analyzeRisks}, in the order they are run on a risk
 * (docs/risk.md describes each).
 *
 * @example
 * ```ts
 * RISK_FINDING_CODES.includes('overdue_action'); // true
 * ```
 */
export const RISK_FINDING_CODES = ['strategy_mismatch', 'missing_response', 'overdue_action', 'not_reviewed', 'unrated_impact'] as const;
