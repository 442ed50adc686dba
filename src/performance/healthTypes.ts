/** Options and result types of {@link healthScore}. */
import type { PROJECT_STATUSES } from '../model/project.js';
import type { RISK_STATUSES } from '../model/risk.js';
import type { LocalizedText } from '../org/types.js';
import type { EarnedValueAnalysis } from './analysisTypes.js';

/**
 * An indicator of project health: `spi-t` (SPI(t), earned schedule), `float-erosion` (the share of
 * the baseline's float to the deadline that the forecast slip consumes), `cpi`, `vac` (VAC / BAC),
 * `risk-exposure` (expected cost of the active threats / BAC), `overallocation` (share of the
 * planned working days with an over-allocation touching the project), `scope-change` (|net scope
 * change| in % of the baseline scope) and `quality` (share of quality checks passed, %).
 *
 * @example
 * ```ts
 * const i: HealthIndicator = 'spi-t';
 * ```
 */
export type HealthIndicator = 'spi-t' | 'float-erosion' | 'cpi' | 'vac' | 'risk-exposure' | 'overallocation' | 'scope-change' | 'quality';

/**
 * The area an indicator measures.
 *
 * @example
 * ```ts
 * const a: HealthArea = 'schedule';
 * ```
 */
export type HealthArea = 'schedule' | 'cost' | 'risk' | 'resources' | 'scope' | 'quality';

/**
 * The rating of a health score: `green` (on track), `amber` (needs attention) or `red` (in trouble).
 *
 * @example
 * ```ts
 * const r: HealthRating = 'amber';
 * ```
 */
export type HealthRating = 'green' | 'amber' | 'red';

/**
 * The weight and thresholds of one indicator. The indicator's sub-score is 100 at `good` (or
 * better), 0 at `bad` (or worse), and linear in between; `good` and `bad` may be in either order
 * (a higher value is better when `good > bad`).
 *
 * @example
 * ```ts
 * const spi: HealthIndicatorSettings = { weight: 30, good: 1, bad: 0.7 };
 * ```
 */
export interface HealthIndicatorSettings {
  /** Relative weight (>= 0); the weights of the indicators present are normalized to sum to 1. */
  readonly weight?: number;
  /** The value that scores 100. */
  readonly good?: number;
  /** The value that scores 0 (must differ from `good`). */
  readonly bad?: number;
}

/**
 * The thresholds of the rating: a score of at least `green` is green, of at least `amber` amber,
 * else red. Defaults 75 and 50.
 *
 * @example
 * ```ts
 * const t: HealthRatingThresholds = { green: 80, amber: 60 };
 * ```
 */
export interface HealthRatingThresholds {
  /** Lowest green score (0–100). Default 75. */
  readonly green?: number;
  /** Lowest amber score (0–100, at most `green`). Default 50. */
  readonly amber?: number;
}

/**
 * One over-allocation as {@link healthScore} reads it: an entry of `overallocations`
 * (`pmo-kit/resources`), or anything with these fields.
 *
 * @example
 * ```ts
 * const o: HealthOverallocationInput = { period: '2026-W18', days: 3, projects: ['wms', 'dp'] };
 * ```
 */
export interface HealthOverallocationInput {
  /** The period key. */
  readonly period: string;
  /** Over-allocated working days in the period (>= 0). */
  readonly days: number;
  /** Ids of the projects whose tasks cause it. */
  readonly projects: readonly string[];
}

/**
 * Options of {@link healthScore}.
 *
 * @example
 * ```ts
 * const options: HealthScoreOptions = {
 *   statusDate: '2026-04-30',
 *   previousStatusDate: '2026-03-31',
 *   overallocations: overallocations(portfolio, schedulePortfolio(portfolio), { by: 'day' }),
 *   indicators: { quality: false, 'spi-t': { weight: 30 } },
 *   rollUp: 'priority',
 * };
 * ```
 */
export interface HealthScoreOptions {
  /** Status date, `YYYY-MM-DD`. Default: the latest status report or actual date of the portfolio (as `earnedValueAnalysis`). */
  readonly statusDate?: string;
  /**
   * The portfolio's earned value analysis at the status date (`earnedValueAnalysis(portfolio, {
   * statusDate })`, every project), to reuse instead of computing it again. Its `statusDate` is
   * the status date.
   */
  readonly earnedValue?: EarnedValueAnalysis;
  /** An earlier status date to compare with: each project and the portfolio get a `trend`. */
  readonly previousStatusDate?: string;
  /**
   * Over-allocations of the portfolio's schedule (`overallocations` of `pmo-kit/resources`, best
   * `by: 'day'`). Without them the `overallocation` indicator is absent.
   */
  readonly overallocations?: readonly HealthOverallocationInput[];
  /**
   * Expected cost of each project's threats (currency units, >= 0), e.g. from the risk analysis
   * of `pmo-kit/risk`; a project missing from the map has none. Default: computed from the
   * register as probability × impact (see docs/scoring.md).
   */
  readonly riskExposure?: ReadonlyMap<string, number>;
  /** Weights and thresholds per indicator; `false` switches one off. Defaults: docs/scoring.md. */
  readonly indicators?: Readonly<Partial<Record<HealthIndicator, HealthIndicatorSettings | false>>>;
  /** The rating thresholds. Default green >= 75, amber >= 50. */
  readonly ratings?: HealthRatingThresholds;
  /** How the portfolio score weighs its projects: by BAC (`budget`, default), `priority` or `equal`. */
  readonly rollUp?: 'budget' | 'priority' | 'equal';
  /** The project statuses that are scored. Default `active` and `on-hold` (a project without status counts as active). */
  readonly statuses?: readonly (typeof PROJECT_STATUSES)[number][];
  /** The risk statuses that count in the exposure. Default `open` and `monitoring`. */
  readonly activeRiskStatuses?: readonly (typeof RISK_STATUSES)[number][];
}

/**
 * One indicator's part in a project's score.
 *
 * @example
 * ```ts
 * const d: HealthDriver = healthScore(portfolio).projects[0]!.drivers[0]!;
 * console.log(`${d.indicator} ${d.value} -> ${d.contribution} points`);
 * ```
 */
export interface HealthDriver {
  /** The indicator. */
  readonly indicator: HealthIndicator;
  /** What it measures. */
  readonly area: HealthArea;
  /** Its name, e.g. `{ en: 'Schedule performance SPI(t)', zh: '进度绩效 SPI(t)' }`. */
  readonly label: LocalizedText;
  /** The indicator's value (its unit: docs/scoring.md), rounded to 4 decimals. */
  readonly value: number;
  /** The sub-score 0–100 the value earns (exact). */
  readonly subScore: number;
  /** The indicator's share of the weight of the indicators present (0–1). */
  readonly weight: number;
  /** Points it contributes: integers that sum to the project's score. */
  readonly contribution: number;
  /** The exact contribution, `weight × subScore`. */
  readonly points: number;
  /** Points lost against a perfect score, `weight × (100 − subScore)`: what drags the score down. */
  readonly shortfall: number;
}

/**
 * An indicator that does not enter a project's score, and why.
 *
 * @example
 * ```ts
 * for (const a of healthScore(portfolio).projects[0]!.absent) console.log(a.indicator, a.reason);
 * ```
 */
export interface AbsentIndicator {
  /** The indicator. */
  readonly indicator: HealthIndicator;
  /** Why it is absent (no data, a value undefined, or switched off). */
  readonly reason: string;
}

/**
 * How a score moved between two status dates.
 *
 * @example
 * ```ts
 * const t = healthScore(portfolio, { previousStatusDate: '2026-03-31' }).projects[0]!.trend;
 * if (t) console.log(t.direction, t.movers[0]?.indicator);
 * ```
 */
export interface HealthTrend {
  /** The earlier status date. */
  readonly previousStatusDate: string;
  /** The score then. */
  readonly previousScore: number;
  /** `score − previousScore`. */
  readonly change: number;
  /** `improving` (the score rose), `worsening` (it fell) or `steady`. */
  readonly direction: 'improving' | 'worsening' | 'steady';
  /**
   * The indicators present at both dates whose sub-score changed, the largest move first: `change`
   * is the move in points at today's weights, `weight × (subScore − previous subScore)`, rounded
   * to 2 decimals.
   */
  readonly movers: readonly HealthMover[];
  /** Indicators present now but not then (their arrival re-weighs the others). */
  readonly added: readonly HealthIndicator[];
  /** Indicators present then but not now. */
  readonly removed: readonly HealthIndicator[];
}

/**
 * An indicator that moved a score between two status dates.
 *
 * @example
 * ```ts
 * const m: HealthMover = { indicator: 'spi-t', change: -16.3, previousValue: 0.79, value: 0.71 };
 * ```
 */
export interface HealthMover {
  /** The indicator. */
  readonly indicator: HealthIndicator;
  /** Points gained (> 0) or lost (< 0), at today's weights. */
  readonly change: number;
  /** Its value then (`null` in the portfolio trend, which sums the projects). */
  readonly previousValue: number | null;
  /** Its value now (`null` in the portfolio trend). */
  readonly value: number | null;
}

/**
 * The health of one project.
 *
 * @example
 * ```ts
 * const p: ProjectHealth = healthScore(portfolio).projects[0]!;
 * console.log(p.id, p.score, p.rating);
 * ```
 */
export interface ProjectHealth {
  /** Project id. */
  readonly id: string;
  /** Project name. */
  readonly name: string;
  /** The score 0–100 (an integer: the rounded weighted mean of the sub-scores). */
  readonly score: number;
  /** The rating of the score. */
  readonly rating: HealthRating;
  /** The indicators present, in indicator order; their contributions sum to `score`. */
  readonly drivers: readonly HealthDriver[];
  /** The indicators that are not, with the reason. */
  readonly absent: readonly AbsentIndicator[];
  /** The project's share of the portfolio roll-up (0–1). */
  readonly rollUpWeight: number;
  /** The move since `previousStatusDate`; `null` without one, or when the project had no score then. */
  readonly trend: HealthTrend | null;
}

/**
 * The result of {@link healthScore}.
 *
 * @example
 * ```ts
 * const h: HealthScoreResult = healthScore(portfolio);
 * console.log(h.portfolio.score, h.portfolio.rating);
 * ```
 */
export interface HealthScoreResult {
  /** The status date. */
  readonly statusDate: string;
  /** The scored projects, in portfolio order. */
  readonly projects: readonly ProjectHealth[];
  /** The projects not scored (status not scored, or no indicator present), with the reason. */
  readonly unscored: readonly { readonly id: string; readonly reason: string }[];
  /** The roll-up: `score` and `rating` are `null` when no project is scored. */
  readonly portfolio: {
    readonly score: number | null;
    readonly rating: HealthRating | null;
    readonly rollUp: 'budget' | 'priority' | 'equal';
    readonly trend: HealthTrend | null;
  };
}
