import type { Portfolio } from '../model/portfolio.js';
import type { SelectionProblem } from '../model/selection.js';
import { clean } from './internal/numbers.js';
import { readCommonOptions, readSelection } from './internal/readSelection.js';
import { bindingConstraints, solveSelection } from './internal/selection.js';
import { unservedObjectives } from './internal/alignment.js';
import type { SelectProjectsOptions, SelectProjectsResult } from './selectionTypes.js';

/**
 * Project selection: the subset of candidate projects of highest total value within the
 * budget(s) and capacities, honoring mandatory projects, `requires` and `excludes`. Exact: the
 * 0/1 program is solved by HiGHS (loaded on first use), and `optimal` is `true` only when HiGHS
 * proves it (its dual bound meets the value within 1e-6).
 *
 * - Budgets per period: with `budget: [b1, b2, …]` every project states one cost per period and
 *   every period's budget must hold. `cost` in the result is the total over periods.
 * - Ties: among selections of the same value (within 1e-9 relative) the least costly is chosen,
 *   then HiGHS's deterministic choice; the same input always gives the same answer (unless a time
 *   limit stops the search).
 * - `binding`: each constraint without which the best value would be higher, with that value
 *   (only for a proven optimum, and unless `binding: false`): for each constraint, a 0/1 program
 *   looks for a selection that violates it, meets the others and beats the optimum (most are
 *   settled by its LP relaxation). Constraints left unchecked when `timeLimit` runs out are
 *   listed in `bindingUnchecked`.
 * - With strategic objectives: each project's alignment score, and the objectives no selected
 *   project serves. `valueFrom: "alignment"` (option `value: 'alignment'` for portfolios) selects
 *   by alignment score instead of value.
 * - From a portfolio: `proposed` and `approved` projects are candidates, `active` ones mandatory
 *   (cost = `budget`, value = `expectedValue`, demand per skill and per named resource from their
 *   unfinished tasks, `requires` from cross-project dependencies); `options.budget` is required and
 *   `options.capacity` gives the capacities. See docs/portfolio.md.
 *
 * Complexity: NP-hard (multi-dimensional knapsack); 500 candidates with 5 capacities and logical
 * constraints are proven optimal in seconds (see docs/performance.md).
 *
 * @param input - a selection problem (the `pmo select` file format, validated here) or a parsed
 *   portfolio; never mutated
 * @param options - for portfolios `budget`, `capacity`, `value`; `binding` (default true) and
 *   `timeLimit` (seconds for all solves, default 60)
 * @returns the selection, its value and cost, the proof status and the binding constraints
 * @throws {@link PmoValidationError} for an invalid selection problem; {@link PmoError}
 *   `INFEASIBLE` when the mandatory projects (and what they require) exclude one another or exceed
 *   a budget or capacity; `INVALID_ARGUMENT` for bad options; `UNAVAILABLE` when the solver
 *   package cannot be loaded
 * @example
 * ```ts
 * const r = await selectProjects({
 *   budget: 100,
 *   capacity: { java: 300 },
 *   projects: [
 *     { id: 'crm', cost: 60, value: 90, demand: { java: 200 } },
 *     { id: 'app', cost: 30, value: 50, demand: { java: 150 } },
 *     { id: 'bi', cost: 40, value: 45, requires: ['crm'] },
 *   ],
 * });
 * r.selected; // ['crm', 'bi']: value 135, cost 100, optimal: true
 * r.binding; // [{ constraint: 'capacity[java]', used: 200, limit: 300, valueWithout: 140, … }]: crm + app would be worth 140
 * ```
 */
export async function selectProjects(input: SelectionProblem | Portfolio, options?: SelectProjectsOptions): Promise<SelectProjectsResult> {
  const fn = 'selectProjects';
  const o = readCommonOptions(fn, options, ['budget', 'capacity', 'value', 'binding', 'timeLimit']);
  const s = readSelection(fn, input, o);
  const deadline = performance.now() + ((o.timeLimit as number | undefined) ?? 60) * 1000;
  const best = await solveSelection(fn, s, { deadline });
  const analysis = best.optimal && o.binding !== false ? await bindingConstraints(fn, s, best, deadline) : { binding: [], unchecked: [] };
  const n = s.ids.length;
  const C = s.capacityKeys.length;
  const costByPeriod = new Array<number>(s.K).fill(0);
  const used = new Array<number>(C).fill(0);
  for (let j = 0; j < n; j++) {
    if (best.y[j] !== 1) continue;
    for (let k = 0; k < s.K; k++) costByPeriod[k]! += s.cost[j * s.K + k]!;
    for (let c = 0; c < C; c++) used[c]! += s.demand[j * C + c]!;
  }
  const selected = s.ids.filter((_, j) => best.y[j] === 1);
  const objectives = s.objectives;
  return {
    selected,
    value: clean(best.value),
    cost: clean(costByPeriod.reduce((a, b) => a + b, 0)),
    optimal: best.optimal,
    bound: clean(best.bound),
    ...(s.K > 1 ? { costByPeriod: costByPeriod.map(clean) } : {}),
    ...(C > 0 ? { capacityUsed: Object.fromEntries(s.capacityKeys.map((key, c) => [key, clean(used[c]!)])) } : {}),
    binding: analysis.binding,
    ...(analysis.unchecked.length > 0 ? { bindingUnchecked: analysis.unchecked } : {}),
    ...(s.alignment !== undefined && objectives !== undefined
      ? {
          alignment: Object.fromEntries(s.ids.map((id, j) => [id, clean(s.alignment![j]!)])),
          unservedObjectives: unservedObjectives(
            objectives,
            s.contributions.filter((_, j) => best.y[j] === 1),
          ),
        }
      : {}),
  };
}
