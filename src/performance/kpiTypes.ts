/** Options and result types of {@link portfolioKpis}. */
import type { LocalizedText } from '../org/types.js';
import type { HealthRating, HealthScoreOptions, HealthScoreResult } from './healthTypes.js';

/**
 * A portfolio KPI: `on-time-delivery` (completed projects finished by their committed date),
 * `forecast-on-time` (active projects forecast to finish by their deadline), `budget-variance`
 * (VAC / BAC per project: its distribution, the median as value), `schedule-slip` (mean forecast
 * or actual finish variance, working days), `resource-utilization` (demand / capacity of the
 * resources), `benefits-realization` (realized / expected value) and `health-distribution` (the
 * share of projects per health rating, green as value).
 *
 * @example
 * ```ts
 * const id: KpiId = 'schedule-slip';
 * ```
 */
export type KpiId =
  | 'on-time-delivery'
  | 'forecast-on-time'
  | 'budget-variance'
  | 'schedule-slip'
  | 'resource-utilization'
  | 'benefits-realization'
  | 'health-distribution';

/**
 * The resource loading {@link portfolioKpis} reads: a `resourceLoading` result of
 * `pmo-kit/resources`, or anything with these fields.
 *
 * @example
 * ```ts
 * const l: KpiLoadingInput = { resources: [{ id: 'ana', demand: [5, 4], capacity: [5, 5] }] };
 * ```
 */
export interface KpiLoadingInput {
  /** Demand and capacity per period of each resource, in unit-days. */
  readonly resources: readonly { readonly id: string; readonly demand: readonly number[]; readonly capacity: readonly number[] }[];
}

/**
 * Options of {@link portfolioKpis}: those of {@link healthScore} that its health distribution
 * uses, and the resource loading of the utilization.
 *
 * @example
 * ```ts
 * const plan = schedulePortfolio(portfolio);
 * const options: PortfolioKpisOptions = { resourceLoading: resourceLoading(portfolio, plan), overallocations: overallocations(portfolio, plan, { by: 'day' }) };
 * ```
 */
export interface PortfolioKpisOptions extends Pick<HealthScoreOptions, 'statusDate' | 'earnedValue' | 'overallocations' | 'riskExposure' | 'indicators' | 'ratings'> {
  /** The portfolio's health at the status date, to reuse instead of computing it (the health options are then not read). */
  readonly health?: HealthScoreResult;
  /** The resource loading of the portfolio's schedule; without it the utilization is `null`. */
  readonly resourceLoading?: KpiLoadingInput;
}

/**
 * A KPI over one group of projects (or resources) of a breakdown.
 *
 * @example
 * ```ts
 * const g: KpiGroup = portfolioKpis(portfolio).kpis[0]!.breakdown.program[0]!;
 * console.log(g.key, g.value, g.count);
 * ```
 */
export interface KpiGroup {
  /** The unit, program or PMO type id; `(none)` for projects without one. */
  readonly key: string;
  /** Its name, when the portfolio gives one. */
  readonly name: string | null;
  /** The KPI over the group; `null` when it has nothing to measure. */
  readonly value: number | null;
  /** How many projects (resources, for the utilization) it measures. */
  readonly count: number;
}

/**
 * The spread of the budget variance over the projects (VAC / BAC; negative: over budget).
 *
 * @example
 * ```ts
 * const d = portfolioKpis(portfolio).kpis.find((k) => k.id === 'budget-variance')!.distribution!;
 * console.log(d.min, d.median, d.max, d.bands);
 * ```
 */
export interface BudgetVarianceDistribution {
  readonly min: number;
  /** First quartile (linear interpolation between order statistics). */
  readonly q1: number;
  readonly median: number;
  readonly q3: number;
  readonly max: number;
  readonly mean: number;
  /** Projects per band: under budget (> 0), on budget (0 to −5 %), over by 5–10 %, over by more than 10 %. */
  readonly bands: { readonly under: number; readonly onBudget: number; readonly over5to10: number; readonly over10: number };
}

/**
 * One KPI with its definition, value, basis and breakdowns.
 *
 * @example
 * ```ts
 * for (const k of portfolioKpis(portfolio).kpis) console.log(k.label.en, k.value, k.definition.zh);
 * ```
 */
export interface PortfolioKpi {
  /** The KPI. */
  readonly id: KpiId;
  /** Its name. */
  readonly label: LocalizedText;
  /** What it measures and how, so that a report can print what it means. */
  readonly definition: LocalizedText;
  /** The unit of `value`: `share` (0–1), `working days` or `ratio`. */
  readonly unit: 'share' | 'working days' | 'ratio';
  /** The KPI over the portfolio; `null` when nothing can be measured (see `reason`). */
  readonly value: number | null;
  /** How many projects (resources, for the utilization) it measures. */
  readonly count: number;
  /** Why `value` is `null`, in English and Chinese; `null` otherwise. */
  readonly reason: LocalizedText | null;
  /** The KPI per organizational unit, program and PMO type. */
  readonly breakdown: {
    readonly unit: readonly KpiGroup[];
    readonly program: readonly KpiGroup[];
    readonly pmoType: readonly KpiGroup[];
  };
  /** For `budget-variance`: the spread. */
  readonly distribution?: BudgetVarianceDistribution;
  /** For `health-distribution`: projects per rating. */
  readonly ratings?: Readonly<Record<HealthRating, number>>;
}

/**
 * What the KPIs read of one project at the status date.
 *
 * @example
 * ```ts
 * const row: KpiProjectRow = portfolioKpis(portfolio).projects[0]!;
 * ```
 */
export interface KpiProjectRow {
  readonly id: string;
  /** Its status (`active` when the project gives none). */
  readonly status: string;
  /** Its organizational unit, program and PMO type (`null`: none). */
  readonly unitId: string | null;
  readonly programId: string | null;
  readonly pmoType: string | null;
  /** Completed: finished by its committed date (deadline, else planned finish); `null` when not completed or not dated. */
  readonly onTime: boolean | null;
  /** Active: forecast to finish by its deadline; `null` without a deadline or forecast. */
  readonly forecastOnTime: boolean | null;
  /** VAC / BAC (typical EAC); `null` when undefined. */
  readonly budgetVariance: number | null;
  /** Forecast (or actual) finish minus planned finish, working days; `null` without a forecast. */
  readonly slip: number | null;
  /** Realized and expected business value, when given. */
  readonly realizedValue: number | null;
  readonly expectedValue: number | null;
  /** Its health rating; `null` when not scored. */
  readonly rating: HealthRating | null;
}

/**
 * The result of {@link portfolioKpis}.
 *
 * @example
 * ```ts
 * const r: PortfolioKpisResult = portfolioKpis(portfolio);
 * ```
 */
export interface PortfolioKpisResult {
  /** The status date. */
  readonly statusDate: string;
  /** Every KPI, in the order of {@link KpiId}. */
  readonly kpis: readonly PortfolioKpi[];
  /** What the KPIs read of each project. */
  readonly projects: readonly KpiProjectRow[];
}
