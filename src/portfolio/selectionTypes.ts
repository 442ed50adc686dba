/** Options of {@link selectProjects}. */
export interface SelectProjectsOptions {
  /** The budget (portfolios only, and required there): one number, against each project's `budget`. */
  readonly budget?: number;
  /** Capacities (portfolios only): skill or resource id -> hours available for the selection. */
  readonly capacity?: Readonly<Record<string, number>>;
  /**
   * What a portfolio's project is worth (portfolios only): `expectedValue` (default) or
   * `alignment`, its strategic alignment score.
   */
  readonly value?: 'expectedValue' | 'alignment';
  /** Find the constraints that limit the answer (`binding`); default true. Costs one solve per candidate constraint. */
  readonly binding?: boolean;
  /** Seconds the MIP solver may use in all; default 60. */
  readonly timeLimit?: number;
}

/** A constraint that limits the selection: without it, the best value would be higher. */
export interface BindingConstraint {
  /** A label: `budget`, `budget[2027]`, `capacity[java]`, `mandatory[a]`, `requires[b->a]`, `excludes[c|d]`. */
  readonly constraint: string;
  readonly kind: 'budget' | 'capacity' | 'mandatory' | 'requires' | 'excludes';
  /** The projects it names (mandatory, requires: dependent first, excludes). */
  readonly projects?: readonly string[];
  /** The capacity key or the period label. */
  readonly key?: string;
  /** What the selection uses of a budget or capacity. */
  readonly used?: number;
  /** The budget or capacity. */
  readonly limit?: number;
  /** The best value without this constraint (all others kept). */
  readonly valueWithout: number;
  /** Whether `valueWithout` is proven optimal (else it is a value reached: a lower bound). */
  readonly proven: boolean;
}

/** The result of {@link selectProjects}. */
export interface SelectProjectsResult {
  /** Selected project ids, in input order. */
  readonly selected: readonly string[];
  /** Their total value. */
  readonly value: number;
  /** Their total cost (over all periods). */
  readonly cost: number;
  /** Whether the selection is proven optimal by HiGHS. */
  readonly optimal: boolean;
  /** A proven upper bound on the value of every feasible selection. */
  readonly bound?: number;
  /** Cost per period, when the budget has periods. */
  readonly costByPeriod?: readonly number[];
  /** Capacity used per key, when there are capacities. */
  readonly capacityUsed?: Readonly<Record<string, number>>;
  /** The constraints that limit the answer, with the value reachable without each. */
  readonly binding: readonly BindingConstraint[];
  /** Constraints the binding analysis could not check before the time limit (absent when all were). */
  readonly bindingUnchecked?: readonly string[];
  /** With strategic objectives: each project's alignment score. */
  readonly alignment?: Readonly<Record<string, number>>;
  /** With strategic objectives: the objectives that no selected project serves. */
  readonly unservedObjectives?: readonly string[];
}

/** Options of {@link efficientFrontier}. */
export interface EfficientFrontierOptions extends Pick<SelectProjectsOptions, 'capacity' | 'value' | 'timeLimit'> {
  /** Lowest budget level. */
  readonly min: number;
  /** Highest budget level (included when a step lands on it). */
  readonly max: number;
  /** Step between levels (> 0); at most 1,000 levels. */
  readonly step: number;
}

/** One budget level of the efficient frontier. */
export interface FrontierPoint {
  readonly budget: number;
  /** Whether any selection fits (the mandatory projects may not). */
  readonly feasible: boolean;
  /** Best value at this budget (`null` when infeasible). */
  readonly value: number | null;
  /** Cost of that selection (`null` when infeasible). */
  readonly cost: number | null;
  /** The selection (empty when infeasible). */
  readonly selected: readonly string[];
  /** Whether proven optimal. */
  readonly optimal: boolean;
}
