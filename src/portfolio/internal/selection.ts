/** Solving a selection problem: the optimum, the cheapest among optima, and the binding constraints. Private. */
import { PmoError } from '../../errors.js';
import type { BindingConstraint } from '../selectionTypes.js';
import { solveMip, type MipModel } from './mip.js';
import { clean } from './numbers.js';
import { constraintLabel, mandatoryClosure, selectionMip, type DenseSelection } from './selectionModel.js';

/** A solved selection. */
export interface SolvedSelection {
  readonly y: Uint8Array;
  readonly value: number;
  readonly optimal: boolean;
  readonly bound: number;
}

/** Seconds left before `deadline` (a `performance.now()` time in ms), at least 0.01. */
const left = (deadline: number) => Math.max(0.01, (deadline - performance.now()) / 1000);

const valueOf = (s: DenseSelection, y: Uint8Array) => {
  let v = 0;
  for (let j = 0; j < y.length; j++) if (y[j] === 1) v += s.value[j]!;
  return v;
};
const costOf = (s: DenseSelection, y: Uint8Array) => {
  let c = 0;
  for (let j = 0; j < y.length; j++) if (y[j] === 1) for (let k = 0; k < s.K; k++) c += s.cost[j * s.K + k]!;
  return c;
};
const toColumns = (y: Uint8Array) => Float64Array.from(y);
const fromColumns = (x: Float64Array) => Uint8Array.from(x, (v) => (v > 0.5 ? 1 : 0));
/** Values within this of each other are equal (relative to the value's size). */
const tol = (v: number) => 1e-9 * Math.max(1, Math.abs(v));

/**
 * The best selection: max value, then (among selections worth as much, within 1e-9) least total
 * cost; HiGHS breaks remaining ties deterministically. `start` is a known feasible selection.
 */
export async function solveSelection(
  fn: string,
  s: DenseSelection,
  opts: { readonly budget?: number; readonly deadline: number; readonly start?: Uint8Array },
): Promise<SolvedSelection> {
  const closure = mandatoryClosure(fn, s, opts.budget);
  let start = closure;
  if (opts.start !== undefined && valueOf(s, opts.start) > valueOf(s, closure)) start = opts.start;
  const model = selectionMip(s, opts.budget !== undefined ? { budget: opts.budget } : {});
  const first = await solveMip(fn, model, { timeLimit: left(opts.deadline), mipGap: 0, start: toColumns(start) });
  if (first.status === 'infeasible') throw new PmoError('INFEASIBLE', `${fn}: no selection is feasible`);
  let y = first.x !== undefined ? fromColumns(first.x) : start;
  if (valueOf(s, start) > valueOf(s, y)) y = start;
  const value = valueOf(s, y);
  const bound = Math.max(first.bound, value);
  const optimal = first.status === 'optimal' && bound - value <= 1e-6 * Math.max(1, Math.abs(value));
  if (!optimal) return { y, value, optimal, bound };
  const floor = value - tol(value);
  const cheapest = selectionMip(s, { ...(opts.budget !== undefined ? { budget: opts.budget } : {}), valueAtLeast: floor });
  const second = await solveMip(fn, cheapest, { timeLimit: left(opts.deadline), mipGap: 0, start: toColumns(y) });
  if (second.x !== undefined) {
    const z = fromColumns(second.x);
    if (valueOf(s, z) >= floor && costOf(s, z) < costOf(s, y) - tol(costOf(s, y))) y = z;
  }
  return { y, value: valueOf(s, y), optimal, bound };
}

/**
 * The constraints without which the best value would be higher. A constraint is skipped at once
 * when the LP relaxation without it cannot beat the optimum; otherwise the 0/1 program without
 * it is solved, started from the optimum (still feasible). Call only with a proven optimum.
 */
export async function bindingConstraints(fn: string, s: DenseSelection, best: SolvedSelection, deadline: number): Promise<BindingConstraint[]> {
  const out: BindingConstraint[] = [];
  const C = s.capacityKeys.length;
  for (let i = 0; i < s.constraints.length; i++) {
    const model: MipModel = selectionMip(s, { without: i });
    const lp = await solveMip(fn, model, { timeLimit: left(deadline), mipGap: 0, relax: true });
    if (lp.status === 'optimal' && lp.objective <= best.value + tol(best.value)) continue;
    const mip = await solveMip(fn, model, { timeLimit: left(deadline), mipGap: 0, start: toColumns(best.y) });
    const y = mip.x !== undefined ? fromColumns(mip.x) : best.y;
    const without = valueOf(s, y);
    if (without <= best.value + tol(best.value)) continue;
    const c = s.constraints[i]!;
    let used: number | undefined;
    let limit: number | undefined;
    let key: string | undefined;
    let projects: string[] | undefined;
    if (c.kind === 'budget') {
      used = 0;
      for (let j = 0; j < y.length; j++) if (best.y[j] === 1) used += s.cost[j * s.K + c.period]!;
      limit = s.budget[c.period]!;
      if (s.K > 1) key = s.periodLabels?.[c.period] ?? String(c.period);
    } else if (c.kind === 'capacity') {
      used = 0;
      for (let j = 0; j < y.length; j++) if (best.y[j] === 1) used += s.demand[j * C + c.index]!;
      limit = s.capacity[c.index]!;
      key = s.capacityKeys[c.index]!;
    } else if (c.kind === 'mandatory') projects = [s.ids[c.project]!];
    else if (c.kind === 'requires') projects = [s.ids[c.project]!, s.ids[c.required]!];
    else projects = [s.ids[c.a]!, s.ids[c.b]!];
    out.push({
      constraint: constraintLabel(s, c),
      kind: c.kind,
      ...(projects !== undefined ? { projects } : {}),
      ...(key !== undefined ? { key } : {}),
      ...(used !== undefined ? { used: clean(used) } : {}),
      ...(limit !== undefined ? { limit } : {}),
      valueWithout: clean(without),
      proven: mip.status === 'optimal',
    });
  }
  return out;
}
