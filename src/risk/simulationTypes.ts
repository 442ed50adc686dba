/** Types of the Monte Carlo schedule and cost risk simulation ({@link simulateRisk}). */
import type { SchedulePortfolioResult } from '../schedule/types.js';
/** Histogram data: bins of equal width, bin i is [start + i·width, start + (i + 1)·width). */
export interface SimulationHistogram {
  /** Lower edge of the first bin. */
  readonly start: number;
  /** Width of every bin (> 0). */
  readonly width: number;
  /** Iterations per bin; the largest value falls in the last bin. */
  readonly counts: number[];
}

/** A duration distribution drawn from each task's three-point `estimate`. */
export type DurationDistribution = 'pert' | 'triangular' | 'uniform' | 'normal' | 'lognormal';

/**
 * A rank correlation between task durations: every pair of `tasks` gets the Spearman correlation
 * `coefficient` (in (-1, 1)); a pair is a group of two. Tasks are named as in the results (task id
 * for one project, `projectId/taskId` in a portfolio) and need an `estimate`.
 */
export interface DurationCorrelation {
  readonly tasks: readonly string[];
  readonly coefficient: number;
}

/** Options of {@link simulateRisk}. */
export interface SimulateRiskOptions {
  /** Number of iterations, an integer in [1, 10,000,000]. Default `10000`. */
  readonly iterations?: number;
  /** Seed of the random streams, any safe integer. Default `1`. */
  readonly seed?: number;
  /** Distribution of the tasks with an `estimate`. Default `'pert'`. */
  readonly distribution?: DurationDistribution;
  /**
   * Simulate this project alone (as `schedule(project)`; task ids as names; only the risks of
   * this project count). Default: a portfolio of one project is simulated as that project, a
   * larger one as a whole (`schedulePortfolio`; names `projectId/taskId`).
   */
  readonly project?: string;
  /** The target is this task's early finish (a milestone, named as in the results) instead of the schedule's finish. */
  readonly milestone?: string;
  /** Rank correlations between task durations (Iman–Conover). Default none. */
  readonly correlations?: readonly DurationCorrelation[];
  /** Report the probability of finishing on or before this day (`YYYY-MM-DD`). */
  readonly date?: string;
  /** Confidence of the contingency, in (0, 1). Default `0.8`. */
  readonly confidence?: number;
  /** Whether open risks are sampled as events. Default `true`. */
  readonly riskEvents?: boolean;
  /** About this many histogram bins. Default `20`. */
  readonly bins?: number;
  /** A task is critical in an iteration when its total float is at most this. Default `0`. */
  readonly criticalThreshold?: number;
  /**
   * The deterministic schedule, `schedulePortfolio(portfolio)`, when the caller has it (a
   * portfolio simulated as a whole). No longer needed (the PERT answer's path comes from the
   * compiled network); still checked to come from this portfolio; ignored for a project alone.
   */
  readonly schedule?: SchedulePortfolioResult;
  /** Called now and then with the iterations done and the total (e.g. for a progress bar). */
  readonly onProgress?: (done: number, total: number) => void;
  /**
   * `'plan'` (default without a `statusDate`): simulate the plan, progress ignored. `'forecast'`
   * (default with a `statusDate`): simulate the work left after the status date: complete tasks
   * keep their actual dates, in-progress tasks draw their remaining work, not-started tasks start
   * after the status date (docs/risk.md). Needs a status date: `statusDate`, or every simulated
   * project's own `statusDate`.
   */
  readonly progress?: 'plan' | 'forecast';
  /** The status date of the forecast (`YYYY-MM-DD`) for every project; default each project's `statusDate`. Refused with `progress: 'plan'`. */
  readonly statusDate?: string;
}

/** P10, P50, P80 and P90: the values that 10 %, 50 %, 80 % and 90 % of the iterations do not exceed. */
export interface SimulationPercentiles<T> {
  readonly p10: T;
  readonly p50: T;
  readonly p80: T;
  readonly p90: T;
}

/** The distribution of the finish over the iterations, in working days from the schedule's start. */
export interface SimulatedFinish {
  readonly mean: number;
  readonly stdDev: number;
  readonly min: number;
  readonly max: number;
  readonly percentiles: SimulationPercentiles<number>;
  /** The finish dates of the percentiles (the last working day). */
  readonly dates: SimulationPercentiles<string>;
  readonly histogram: SimulationHistogram;
}

/** The distribution of the cost over the iterations (currency units). */
export interface SimulatedCost {
  /** The cost of the plan: the sum of the task budgets, without risk events. */
  readonly deterministic: number;
  readonly mean: number;
  readonly stdDev: number;
  readonly percentiles: SimulationPercentiles<number>;
  readonly histogram: SimulationHistogram;
  /** Cost percentile at the confidence, minus the deterministic cost. */
  readonly contingency: number;
}

/** Per task: how often it was critical and how much it drove the finish. */
export interface SimulatedTask {
  /** The task's name in the results: its id (one project) or `projectId/taskId`. */
  readonly id: string;
  /** Share of the iterations in which the task was critical, in [0, 1]. */
  readonly criticality: number;
  /** Spearman rank correlation between the task's duration and the finish, in [-1, 1]; 0 for a fixed duration. */
  readonly sensitivity: number;
  /** The task's mean duration over the iterations (risk events included). */
  readonly meanDuration: number;
}

/** The analytic PERT answer along the driving path of the deterministic schedule (docs/risk.md). */
export interface PertAnalysis {
  /** The path (task names, in order): driving links from a task no driving link enters (or a started task) to the finish. */
  readonly path: readonly string[];
  /** Mean and variance of the finish along the path: the deterministic finish plus Σ coefficient × (mean − deterministic duration) of its tasks and the risk events' expected days; variance Σ coefficient² × variance (and the events'). */
  readonly mean: number;
  readonly variance: number;
  readonly stdDev: number;
  readonly percentiles: SimulationPercentiles<number>;
  /** Probability of meeting `date` by the normal approximation, or `null` without a date. */
  readonly probability: number | null;
  /**
   * The coefficient of each path task's duration in the path's length (as `path`): 1 when the
   * path enters the task at its start and leaves at its finish, 0 when it enters and leaves at the
   * same end (SS in, SS/SF out; FF/SF in, FF out), −1 when it enters at the finish and leaves at the start.
   */
  readonly coefficients: readonly number[];
}

/** What {@link simulateRisk} returns. */
export interface SimulateRiskResult {
  readonly iterations: number;
  readonly seed: number;
  readonly distribution: DurationDistribution;
  /** What the finish is: the schedule's (a project or the portfolio) or a milestone's. */
  readonly target: { readonly kind: 'project' | 'portfolio' | 'milestone'; readonly id: string };
  /** Reference calendar and start date of the offsets. */
  readonly calendarStartDate: string;
  /** The finish of the plan (no uncertainty, no risk events): offset and date. */
  readonly deterministicDuration: number;
  readonly deterministicFinishDate: string;
  readonly finish: SimulatedFinish;
  /** The cost distribution, or `null` when no task has a budget and no risk event has a cost. */
  readonly cost: SimulatedCost | null;
  /** Leaf tasks in input order. */
  readonly tasks: readonly SimulatedTask[];
  /** Probability of finishing on or before `options.date`, or `null` without a date. */
  readonly probabilityOfDate: { readonly date: string; readonly offset: number; readonly probability: number } | null;
  /** Schedule contingency at the confidence: the finish percentile minus the deterministic finish. */
  readonly contingency: { readonly confidence: number; readonly days: number; readonly finish: number; readonly finishDate: string };
  /** The analytic PERT answer along the deterministic critical path; `null` for a milestone target. */
  readonly pert: PertAnalysis | null;
  /**
   * A forecast: its status date (`null`: each project's own) and how many leaf tasks are complete,
   * in progress and not started; `null` for the plan.
   */
  readonly progress: { readonly statusDate: string | null; readonly complete: number; readonly inProgress: number; readonly notStarted: number } | null;
  /** The risk events sampled, each with the share of iterations in which it occurred. */
  readonly riskEvents: readonly { readonly id: string; readonly kind: 'threat' | 'opportunity'; readonly probability: number; readonly occurrence: number }[];
}
