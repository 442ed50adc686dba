import { PmoError } from '../errors.js';
import { show } from '../internal/show.js';
import type { Portfolio } from '../model/portfolio.js';
import type { SelectionProblem } from '../model/selection.js';
import { clean } from './internal/numbers.js';
import { readCommonOptions, readSelection } from './internal/readSelection.js';
import { solveSelection } from './internal/selection.js';
import type { EfficientFrontierOptions, FrontierPoint } from './selectionTypes.js';

/**
 * The efficient frontier of project selection: the best value, and the selection reaching it, at
 * each budget level `min, min + step, …` up to `max`, everything else as {@link selectProjects}
 * (capacities, mandatory, requires, excludes). It shows what each extra unit of budget buys. Each
 * level is solved exactly (HiGHS), started from the previous level's selection (still feasible
 * with more budget); a level where the mandatory projects do not fit is `feasible: false`.
 *
 * Only for a single budget (not per period). Complexity: one 0/1 program per level (at most 1,000).
 *
 * @param input - a selection problem (its own budget is replaced by each level) or a parsed portfolio; never mutated
 * @param options - `min`, `max`, `step`; for portfolios `capacity` and `value`; `timeLimit` (seconds for all levels, default 60)
 * @returns one point per level, in increasing budget
 * @throws {@link PmoValidationError} for an invalid selection problem; {@link PmoError}
 *   `INVALID_ARGUMENT` for a bad range, more than 1,000 levels or a budget per period
 * @example
 * ```ts
 * const points = await efficientFrontier(problem, { min: 0, max: 200, step: 50 });
 * for (const p of points) console.log(p.budget, p.value, p.selected.join(' '));
 * ```
 */
export async function efficientFrontier(input: SelectionProblem | Portfolio, options: EfficientFrontierOptions): Promise<FrontierPoint[]> {
  const fn = 'efficientFrontier';
  const o = readCommonOptions(fn, options, ['min', 'max', 'step', 'capacity', 'value', 'timeLimit']);
  const { min, max, step } = o;
  for (const [name, v] of [
    ['min', min],
    ['max', max],
    ['step', step],
  ] as const)
    if (!(typeof v === 'number' && Number.isFinite(v) && v >= 0)) throw new PmoError('INVALID_ARGUMENT', `${fn}: options.${name} must be a number >= 0, got ${show(v)}`);
  const lo = min as number;
  const hi = max as number;
  const by = step as number;
  if (hi < lo) throw new PmoError('INVALID_ARGUMENT', `${fn}: options.max (${hi}) is below options.min (${lo})`);
  if (!(by > 0)) throw new PmoError('INVALID_ARGUMENT', `${fn}: options.step must be positive`);
  const levels = Math.floor((hi - lo) / by + 1e-9) + 1;
  if (levels > 1000) throw new PmoError('INVALID_ARGUMENT', `${fn}: ${levels} budget levels; at most 1,000 (use a larger step)`);
  const s = readSelection(fn, input, { ...(o.capacity !== undefined ? { capacity: o.capacity } : {}), ...(o.value !== undefined ? { value: o.value } : {}) }, true);
  if (s.K > 1) throw new PmoError('INVALID_ARGUMENT', `${fn}: the frontier varies a single budget; this problem has a budget per period`);
  const deadline = performance.now() + ((o.timeLimit as number | undefined) ?? 60) * 1000;
  const points: FrontierPoint[] = [];
  let previous: Uint8Array | undefined;
  for (let i = 0; i < levels; i++) {
    const budget = clean(lo + i * by);
    try {
      const r = await solveSelection(fn, s, { budget, deadline, ...(previous !== undefined ? { start: previous } : {}) });
      previous = r.y;
      let cost = 0;
      for (let j = 0; j < s.ids.length; j++) if (r.y[j] === 1) cost += s.cost[j]!;
      points.push({ budget, feasible: true, value: clean(r.value), cost: clean(cost), selected: s.ids.filter((_, j) => r.y[j] === 1), optimal: r.optimal });
    } catch (err) {
      if (!(err instanceof PmoError) || err.code !== 'INFEASIBLE') throw err;
      points.push({ budget, feasible: false, value: null, cost: null, selected: [], optimal: true });
    }
  }
  return points;
}
