import type { AllocationProblem } from '../model/allocation.js';
import type { Portfolio } from '../model/portfolio.js';
import type { AllocateResourcesOptions, AllocateResourcesResult } from './allocationTypes.js';
import { continuousAllocation, prepareAllocation, resultOf } from './internal/allocate.js';
import { allocationMip, columnsOf, hoursOf, startingPlan } from './internal/allocationMip.js';
import { solveMip } from './internal/mip.js';
import { solveTransportation } from './internal/transportation.js';

/** Σ margin × hours. */
function objectiveOf(margin: Float64Array, x: Float64Array): number {
  let v = 0;
  for (let e = 0; e < x.length; e++) v += margin[e]! * x[e]!;
  return v;
}

/**
 * Skill-based allocation of shared people to project demands: who gives how many hours to what,
 * to maximize the total margin Σ (valuePerHour − costPerHour) × hours.
 *
 * Each person gives at most `capacity` hours, each demand takes at most its `hours`, and only
 * people whose level in the demand's skill is at least `minLevel` (default 1; 0 for portfolio
 * demands) qualify. Hours whose margin is not positive are never assigned; what a demand does not
 * get is listed in `unmet` with the reason.
 *
 * - **Continuous** (no options, or only `integerHours`): a transportation problem, solved exactly
 *   by the network simplex method; the optimal dual solution proves optimality (`bound`) and gives
 *   each skill's shadow price, the value of one more hour of it: the highest is the `bottleneck`.
 *   With `integerHours` capacities and hours are rounded down and the plan is integral (the
 *   problem is totally unimodular).
 * - **With a project limit per person** (`maxProjectsPerPerson`, or a person's `maxProjects`) or a
 *   **minimum chunk** (`minChunk`): a mixed-integer program. A feasible plan is built from the
 *   continuous optimum (each limited person keeps the projects where it earns most, then the
 *   transportation problem is solved again), and the continuous optimum bounds every plan: when
 *   that plan is already within `mipGap`, it is the answer; otherwise HiGHS (loaded on first use)
 *   solves the MIP from it within `timeLimit`. `optimal` is `true` only when proven (HiGHS's dual
 *   bound, or the continuous bound, meets the plan); otherwise `bound` and `gap` say how far from
 *   optimal the plan can be. Plans from HiGHS meet every limit within its feasibility tolerance
 *   (1e-6 hours).
 * - **From a portfolio**: demands come from the scheduled tasks' skill demands in the window
 *   (`from`–`to`, default the three months after the status date), capacities from the resources'
 *   calendars, valued by expected value or priority; see docs/portfolio.md.
 *
 * Deterministic: the same input gives the same plan (ties resolved by input order); no time, no
 * randomness, except that a MIP stopped by `timeLimit` depends on the machine's speed.
 *
 * Complexity: continuous O(pivots × (√E + tree)) for E qualified person–demand pairs (500 people ×
 * 2,000 demands: about 0.3 s); the MIP is NP-hard in general and bounded by `timeLimit`.
 *
 * @param input - an allocation problem (the `pmo allocate` file format, validated here) or a
 *   parsed portfolio; never mutated
 * @param options - planning window and valuation (portfolios), the options of the file format
 *   (which override the file's), and the solver's `timeLimit` (s, default 60) and `mipGap` (default 0)
 * @returns the plan, its objective, proof status, unmet demand, utilization and (continuous) shadow prices
 * @throws {@link PmoValidationError} for an invalid allocation problem; {@link PmoError}
 *   `INVALID_ARGUMENT` for bad options or a portfolio that cannot be valued, `UNKNOWN_ID` for an
 *   unknown calendar, `UNAVAILABLE` when the solver package cannot be loaded
 * @example
 * ```ts
 * const plan = await allocateResources({
 *   people: [{ id: 'ana', capacity: 120, skills: { java: 4 }, costPerHour: 60 }],
 *   demands: [
 *     { id: 'crm-java', projectId: 'crm', skill: 'java', minLevel: 3, hours: 80, valuePerHour: 150 },
 *     { id: 'erp-java', projectId: 'erp', skill: 'java', hours: 100, valuePerHour: 120 },
 *   ],
 * });
 * plan.assignments; // ana: 80 h on crm-java (margin 90), 40 h on erp-java (margin 60)
 * plan.objective; // 9600, optimal: true, bound: 9600
 * plan.unmet; // [{ demandId: 'erp-java', projectId: 'erp', skill: 'java', hours: 60, reason: 'capacity' }]
 * plan.shadowPrices; // { java: 120 }: one more java hour (at no cost) serves erp's unmet hours at 120
 *
 * // a limit of one project per person: a MIP
 * const one = await allocateResources(problem, { maxProjectsPerPerson: 1 }); // ana only on crm: 7200
 * ```
 */
export async function allocateResources(input: AllocationProblem | Portfolio, options?: AllocateResourcesOptions): Promise<AllocateResourcesResult> {
  const fn = 'allocateResources';
  const prep = prepareAllocation(fn, input, options);
  if (!prep.needsMip) return continuousAllocation(prep);
  // The continuous optimum bounds every plan with options (they only restrict it), and a plan
  // built from it is feasible: when that plan is already within the gap asked, stop there.
  const relaxed = solveTransportation(prep.dense);
  const start = startingPlan(prep.dense, relaxed.x);
  const startValue = objectiveOf(prep.dense.margin, start);
  const relaxedBound = Math.max(relaxed.bound, relaxed.objective);
  if (relaxedBound - startValue <= prep.mipGap * Math.max(1, Math.abs(startValue)) || relaxedBound - startValue <= 1e-9 * Math.max(1, relaxedBound)) {
    const optimal = relaxedBound - startValue <= 1e-9 * Math.max(1, relaxedBound);
    return resultOf(prep, start, { method: 'mip', optimal, bound: relaxedBound });
  }
  const mip = allocationMip(prep.dense);
  const solved = await solveMip(fn, mip.model, { timeLimit: prep.timeLimit, mipGap: prep.mipGap, start: columnsOf(mip, start) });
  let x = start;
  let value = startValue;
  if (solved.x !== undefined) {
    const found = hoursOf(prep.dense, solved.x);
    const v = objectiveOf(prep.dense.margin, found);
    if (v >= value) {
      x = found;
      value = v;
    }
  }
  const bound = Math.max(Math.min(solved.bound, relaxedBound), value);
  const optimal = (solved.status === 'optimal' && bound - value <= 1e-6 * Math.max(1, Math.abs(value))) || relaxedBound - value <= 1e-9 * Math.max(1, relaxedBound);
  return resultOf(prep, x, { method: 'mip', optimal, bound });
}
