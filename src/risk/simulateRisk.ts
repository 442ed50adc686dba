import type { Portfolio } from '../model/portfolio.js';
import type { SchedulePortfolioResult } from '../schedule/index.js';
import { baselineSchedule } from '../schedule/baselineSchedule.js';
import { simPlan, type SimPlan } from './internal/simPlan.js';
import { runChunk } from './internal/simRun.js';
import { summarize, type Deterministic } from './internal/simSummary.js';
import type { SimulateRiskOptions, SimulateRiskResult } from './simulationTypes.js';

/**
 * Monte Carlo schedule and cost risk analysis of a portfolio or one of its projects: draws task
 * durations from their three-point estimates and risk events from the register, reschedules the
 * whole network each iteration, and reports the distribution of the finish (and cost), what drives
 * it, and the contingency needed.
 *
 * **Durations.** A task with an `estimate` (optimistic a, most likely m, pessimistic b) draws its
 * duration from `options.distribution`: PERT-beta (default; α = 1 + 4(m − a)/(b − a), β = 1 +
 * 4(b − m)/(b − a)), triangular, uniform, normal (PERT mean and (b − a)/6, truncated at 0) or
 * lognormal; other tasks keep their `duration`. `correlations` give rank correlations between
 * tasks (Iman–Conover: each marginal distribution is kept exactly).
 *
 * **Risk events.** Every risk that is not `closed` occurs in an iteration with its `probability`:
 * a threat adds its `impact.days` to each of its tasks and its `impact.cost` to the cost, an
 * opportunity subtracts them (a duration is floored at 0). For a project alone, only its risks.
 *
 * **Schedule.** Each iteration is the schedule of `schedule` / `schedulePortfolio` with the
 * durations drawn (every link type, lags, calendars, constraints, WBS summaries, cross-project
 * links), run on the network compiled once ({@link compileSchedule}). Offsets are working days of
 * the reference calendar from the schedule's start; dates are the last working day of a finish.
 *
 * **Results.** The finish (the project's, the portfolio's or `milestone`'s early finish): mean,
 * standard deviation, P10/P50/P80/P90 (nearest rank: "80 % of the iterations finish by P80") as
 * offsets and dates, histogram; the cost (task budgets spread over their planned days, so a task's
 * cost follows its duration, plus risk costs) when there is one; per leaf task its criticality
 * index (share of iterations with total float <= `criticalThreshold`) and sensitivity (Spearman
 * rank correlation of its duration with the finish); the probability of finishing by `date`; the
 * contingency at `confidence` (percentile minus the deterministic finish); the analytic PERT
 * answer along the deterministic schedule's driving path, each task's duration weighed by its
 * coefficient in the path's length (+1, 0 or −1 by the link types), which ignores the merge bias
 * the simulation shows.
 *
 * **Forecast.** With `statusDate` (or `progress: 'forecast'` and each project's own status date)
 * the work left after the status date is simulated instead of the plan: complete tasks keep their
 * actual dates (no draw, no risk event), in-progress tasks draw their remaining work (their
 * estimate scaled by their remaining share), not-started tasks start after the status date. The
 * default stays the plan (`progress: 'plan'`).
 *
 * **Determinism.** Iteration i draws from random streams keyed by (seed, i) only (xoshiro128**,
 * machine-independent `ln`/`exp`), so a seed gives bit-identical results on every machine and for
 * any split of the iterations between workers (`simulateRiskParallel` in `pmo-kit/risk/node`).
 *
 * O(iterations · (V + E' + risk links)) time, plus O(V·iterations) to rank the durations (radix
 * sort); O(V·iterations) memory for the tasks whose duration varies. The input is never mutated.
 *
 * @param portfolio - the portfolio (e.g. from `parsePortfolio`)
 * @param options - iterations (10,000), seed (1), distribution ('pert'), project, milestone,
 *   correlations, date, confidence (0.8), riskEvents, bins, criticalThreshold, schedule, onProgress,
 *   progress ('plan'), statusDate; see
 *   {@link SimulateRiskOptions}
 * @returns the distributions, per-task criticality and sensitivity, probability, contingency and
 *   PERT answer; see {@link SimulateRiskResult}
 * @throws {@link PmoError} `INVALID_ARGUMENT` for bad options (a forecast without a status date, a
 *   malformed status date included), estimates, risks or correlations
 *   (a correlation matrix that is not positive definite included), `UNKNOWN_ID` for an unknown
 *   project, task or milestone; {@link CycleError} for a cycle; what `schedulePortfolio` throws
 * @example
 * ```ts
 * const r = simulateRisk(parsePortfolio(data), { iterations: 5000, seed: 7, date: '2026-12-18' });
 * r.deterministicFinishDate;      // the plan's finish
 * r.finish.dates.p80;             // 80 % of the iterations finish by this day
 * r.probabilityOfDate?.probability;
 * r.tasks.sort((a, b) => b.sensitivity - a.sensitivity)[0]?.id; // the strongest driver
 * simulateRisk(portfolio, { statusDate: '2026-04-30' }).finish.dates.p80; // the work left from that day
 * ```
 */
export function simulateRisk(portfolio: Portfolio, options?: SimulateRiskOptions): SimulateRiskResult {
  const plan = simPlan('simulateRisk', portfolio, options);
  const progress = plan.onProgress;
  const all = runChunk(plan, 0, plan.iterations, progress === null ? null : (done) => progress(done, plan.iterations));
  return summarize(plan, all, deterministic(plan, portfolio, options?.schedule));
}

/** The deterministic finish (the target's: the plan's, or the forecast's); checks the caller's schedule when given. */
export function deterministic(plan: SimPlan, portfolio: Portfolio, given?: SchedulePortfolioResult): Deterministic {
  const { net } = plan;
  const ef = new Float64Array(net.taskCount);
  const finish = net.run(plan.planned, { earlyFinish: ef });
  // The caller's schedule is no longer needed (the PERT path comes from the compiled network); it is still checked.
  if (given !== undefined && plan.target.kind === 'portfolio') baselineSchedule(plan.fn, portfolio, { criticalThreshold: plan.criticalThreshold, schedule: given });
  return { duration: plan.target.task >= 0 ? ef[plan.target.task]! : finish };
}
