import { compileProblem } from './internal/compileProblem.js';
import { solve } from './internal/ga.js';
import { checkDeadlines, readDeadlines } from './internal/deadlines.js';
import { readOptions } from '../internal/options.js';
import { readChoice, readSchedules, readSeed } from './internal/options.js';
import { toSolution } from './internal/solution.js';
import type { DeadlineMode, RcpspGroupDemand, RcpspInstance, RcpspObjective, SolveRcpspResult } from './rcpspTypes.js';

/**
 * Options of {@link solveRcpsp}; {@link levelResources} takes them too
 * ({@link LevelResourcesOptions}), with its tasks as the activities.
 */
export interface SolveRcpspOptions {
  /**
   * Budget: the most complete schedules to generate (each forward or backward pass of the
   * schedule generation scheme counts one), an integer >= 1. Default `5000`.
   */
  readonly schedules?: number;
  /** Seed of the pseudo-random generator; the same input, options and seed give the same schedule. Default `1`. */
  readonly seed?: number;
  /**
   * `'makespan'` (default): the latest finish (ties: the smaller weighted project delay);
   * `'delay'`: the average project delay against each project's critical-path duration, weighted
   * by the projects' weights (multi-project instances), ties broken by the makespan. Missed
   * deadlines come first either way.
   */
  readonly objective?: RcpspObjective;
  /**
   * How activity deadlines ({@link RcpspActivity.deadline}; for `levelResources` the task and
   * project deadlines and the SNLT, FNLT, MSO and MFO constraints) count:
   * - `'soft'` (default; also `true`): the total lateness is minimized before the objective, and
   *   the best schedule is returned even when it misses some (`lateness > 0`);
   * - `'hard'`: every deadline must be met, or a {@link DeadlineError} (code `DEADLINE`) lists
   *   those not met (with `levelResources`: each with its date and what sets it), each flagged
   *   `provable` when its critical-path early finish (links, releases or project starts and
   *   constraints, no resource limits) is already past it (thrown before any search), or else
   *   missed within the budget (a schedule meeting it may exist: raise `schedules` or try
   *   another seed);
   * - `'ignore'` (also `false`): deadlines are not read (`lateness` is 0).
   */
  readonly deadlines?: DeadlineMode | boolean;
}

/**
 * Solves a resource-constrained project scheduling problem (single- or multi-project) with a
 * genetic algorithm within a budget of generated schedules.
 *
 * The algorithm works on activity lists in the space of justified schedules: every individual is
 * decoded by the serial schedule generation scheme and improved by forward-backward improvement
 * (one backward and one forward pass, Valls et al. 2005); parents are combined by a peak
 * crossover (the child keeps the mother's block of activities in her window of highest resource
 * utilization, after Valls et al. 2008; two-point crossover of Hartmann 1998 when some link has a
 * negative distance); the population starts from the LFT rule and regret-based biased sampling.
 * It stops when the budget is spent or the makespan reaches the lower bound. On PSPLIB at 5,000
 * schedules it comes within about 0.1 % of the optimum on j30 and about 32.7 % above the
 * critical-path bound on j120 (docs/performance.md). docs/leveling.md states every rule.
 *
 * Group demands ({@link RcpspGroupDemand}: N units from any of several resources) are placed
 * only where one exact assignment of the resources' capacity meets every demand of each period
 * (a greedy assignment first, augmenting paths when it fails), so every schedule passes
 * {@link verifySchedule}.
 *
 * Deterministic: the same instance and options give the same result on every platform.
 * Complexity: O(schedules × (n K p̄ + m + n log n)) time for n activities, m links, K resources and
 * mean duration p̄ (plus the assignment checks of group demands); O(n K + m + K H) memory for a
 * time axis of H periods (plus O((R + C) H) for R resources in group demands and C distinct sets
 * of them).
 *
 * @param instance - the instance (never mutated); see {@link RcpspInstance}
 * @param options - budget, seed, objective and deadline mode; see {@link SolveRcpspOptions}
 * @returns the best schedule found, with its makespan, project delays, bounds and the number of
 *   schedules generated (never more than `options.schedules`)
 * @throws {@link CycleError} (code `CYCLE`) when the precedences form a cycle
 * @throws {@link DeadlineError} (code `DEADLINE`) with `deadlines: 'hard'` when a deadline is not met
 * @throws {@link PmoError} `UNKNOWN_ID` for a precedence naming an unknown activity;
 *   `INVALID_ARGUMENT` for malformed input (non-integer duration or lag, negative demand,
 *   a demand above its resource's capacity, duplicate ids) or options
 * @example
 * ```ts
 * const instance = {
 *   activities: [
 *     { id: 'a', duration: 3, demands: [2] },
 *     { id: 'b', duration: 2, demands: [2] },
 *     { id: 'c', duration: 2, demands: [1] },
 *   ],
 *   resources: [{ id: 'crew', capacity: 3 }],
 *   precedences: [{ from: 'a', to: 'c' }],
 * };
 * const s = solveRcpsp(instance, { schedules: 1000, seed: 7 });
 * s.makespan; // 5
 * s.starts;   // [0, 3, 3]
 * ```
 */
export function solveRcpsp(instance: RcpspInstance, options?: SolveRcpspOptions): SolveRcpspResult {
  const fn = 'solveRcpsp';
  const o = readOptions(fn, options);
  const budget = readSchedules(fn, o.schedules, 5000);
  const seed = readSeed(fn, o.seed);
  const objective = readChoice<RcpspObjective>(fn, 'objective', o.objective, ['makespan', 'delay'], 'makespan');
  const deadlines = readDeadlines(fn, o.deadlines);
  const pr = compileProblem(fn, deadlines === 'ignore' ? withoutDeadlines(instance) : instance);
  const wording = {
    unit: 1,
    name: (i: number) => `activity ${JSON.stringify(pr.ids[i]!)}`,
    source: () => '',
    when: (f: number) => `period ${f}`,
  };
  if (deadlines === 'hard') checkDeadlines(fn, pr, null, 0, wording);
  const r = solve(pr, { budget, seed, objective });
  if (deadlines === 'hard') checkDeadlines(fn, pr, r.S, r.schedules, wording);
  return toSolution(pr, r.S, r.schedules);
}

/** A copy of the instance without activity deadlines (malformed input is left for compileProblem). */
function withoutDeadlines(instance: RcpspInstance): RcpspInstance {
  if (typeof instance !== 'object' || instance === null || !Array.isArray(instance.activities)) return instance;
  return {
    ...instance,
    activities: instance.activities.map((a) => {
      if (typeof a !== 'object' || a === null || !('deadline' in a)) return a;
      const { deadline: _, ...rest } = a;
      return rest;
    }),
  };
}
