import type { SchedulePortfolioResult } from '../schedule/types.js';
import type { AllocationProblemOptions } from '../model/allocation.js';

/** Options of {@link allocateResources} and {@link allocateResourcesSync}. */
export interface AllocateResourcesOptions extends AllocationProblemOptions {
  /**
   * First day of the planning window (`YYYY-MM-DD`, portfolios only). With `to`; default: the
   * three months after the portfolio's status date (its latest status report), else the three
   * months from its first project start.
   */
  readonly from?: string;
  /** Last day of the planning window, inclusive (portfolios only). */
  readonly to?: string;
  /**
   * How a portfolio's hours are valued (portfolios only): `expectedValue` (the project's expected
   * value over all the hours it needs; people's costs count) or `priority` (the project's
   * priority per hour; costs are ignored). Default: `expectedValue` when every project with demands
   * in the window has one, else `priority`.
   */
  readonly value?: 'expectedValue' | 'priority';
  /**
   * The portfolio's early schedule, `schedulePortfolio(portfolio)`, when the caller has it already
   * (portfolios only): the tasks are placed by it instead of scheduling again. It must have been
   * computed from this very portfolio. Default: computed.
   */
  readonly schedule?: SchedulePortfolioResult;
  /** Seconds the MIP solver may use (options that need a MIP only); default 60. */
  readonly timeLimit?: number;
  /** Relative gap at which the MIP solver may stop (e.g. 0.01 = 1 %); default 0: prove optimality. */
  readonly mipGap?: number;
}

/** Hours a person gives to a demand. */
export interface AllocationAssignment {
  readonly personId: string;
  readonly demandId: string;
  /** The demand's project. */
  readonly projectId: string;
  /** The demand's skill. */
  readonly skill: string;
  readonly hours: number;
}

/**
 * Why hours of a demand stay unmet: no person has the skill (`unknown-skill`), none at the
 * level asked (`under-qualified`), every qualified person costs at least what the hour is worth
 * (`unprofitable`), or the qualified people's hours are used elsewhere or limited by the options
 * (`capacity`).
 */
export type UnmetReason = 'unknown-skill' | 'under-qualified' | 'unprofitable' | 'capacity';

/** Hours of a demand that the plan does not serve. */
export interface UnmetDemand {
  readonly demandId: string;
  readonly projectId: string;
  readonly skill: string;
  readonly hours: number;
  readonly reason: UnmetReason;
}

/** The result of {@link allocateResources}. */
export interface AllocateResourcesResult {
  /** Σ (valuePerHour − costPerHour) × hours of the plan. */
  readonly objective: number;
  /** Whether the plan is proven optimal (by a dual solution, or by HiGHS with a zero gap). */
  readonly optimal: boolean;
  /** A proven upper bound on the objective of every plan (equal to `objective` when optimal, up to rounding). */
  readonly bound?: number;
  /** `(bound − objective) / max(|objective|, 1)`: how far from optimal the plan can be, at most. */
  readonly gap?: number;
  /** `transportation` (exact network simplex) or `mip` (HiGHS). */
  readonly method: 'transportation' | 'mip';
  /** Non-zero assignments, by person (input order) then demand (input order). */
  readonly assignments: readonly AllocationAssignment[];
  /** Demands not fully served, in input order. */
  readonly unmet: readonly UnmetDemand[];
  /** Hours assigned / capacity per person (0 when the capacity is 0). */
  readonly utilization: Readonly<Record<string, number>>;
  /**
   * Continuous plans only: the marginal value of one more hour of each skill of the demands (of a
   * person qualified at every level, at no cost): how much the objective would rise per hour.
   * The highest is the bottleneck.
   */
  readonly shadowPrices?: Readonly<Record<string, number>>;
  /** Continuous plans only: the skill with the highest shadow price (ties: name order), `null` when every price is 0. */
  readonly bottleneck?: string | null;
  /** Portfolios only: the planning window. */
  readonly window?: { readonly from: string; readonly to: string };
  /** Portfolios only: how hours were valued. */
  readonly value?: 'expectedValue' | 'priority';
  /** Portfolios only: hours each resource has for the allocation in the window (after its bookings by name). */
  readonly capacity?: Readonly<Record<string, number>>;
  /** Portfolios only: hours of each resource already booked by name in the window (not in `assignments`). */
  readonly committed?: Readonly<Record<string, number>>;
}
