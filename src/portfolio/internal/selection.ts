/** Solving a selection problem: the optimum, the cheapest among optima, and the binding constraints. Private. */
import { PmoError } from '../../errors.js';
import { pushAll } from '../../internal/bulk.js';
import type { BindingConstraint } from '../selectionTypes.js';
import { solveMip } from './mip.js';
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
 * The objective that makes one solve lexicographic, `value × M − cost` with `M` = total cost + 1,
 * when it is exact in floating point: integer values and |Σ value| × M below 2^50. Any difference
 * of value (at least 1) then outweighs any difference of cost (below M).
 */
function lexicographic(s: DenseSelection): { objective: Float64Array; M: number } | undefined {
  const n = s.ids.length;
  let M = 1;
  let scale = 0;
  for (let j = 0; j < n; j++) {
    if (!Number.isInteger(s.value[j]!)) return undefined;
    scale += Math.abs(s.value[j]!);
    for (let k = 0; k < s.K; k++) M += s.cost[j * s.K + k]!;
  }
  if (!(scale * M < 2 ** 50)) return undefined;
  const objective = new Float64Array(n);
  for (let j = 0; j < n; j++) {
    let c = 0;
    for (let k = 0; k < s.K; k++) c += s.cost[j * s.K + k]!;
    objective[j] = s.value[j]! * M - c;
  }
  return { objective, M };
}

/**
 * The best selection: max value, then (among selections worth as much) least total cost; HiGHS
 * breaks remaining ties deterministically. With integer values one solve of `value × M − cost`
 * does both; otherwise a second solve minimizes the cost among selections worth the optimum
 * (within 1e-9). `start` is a known feasible selection.
 */
export async function solveSelection(
  fn: string,
  s: DenseSelection,
  opts: { readonly budget?: number; readonly deadline: number; readonly start?: Uint8Array },
): Promise<SolvedSelection> {
  const closure = mandatoryClosure(fn, s, opts.budget);
  let start = closure;
  if (opts.start !== undefined && valueOf(s, opts.start) > valueOf(s, closure)) start = opts.start;
  const budget = opts.budget !== undefined ? { budget: opts.budget } : {};
  const lex = lexicographic(s);
  const model = selectionMip(s, { ...budget, ...(lex !== undefined ? { objective: lex.objective } : {}) });
  const first = await solveMip(fn, model, { timeLimit: left(opts.deadline), mipGap: 0, start: toColumns(start) });
  if (first.status === 'infeasible') throw new PmoError('INFEASIBLE', `${fn}: no selection is feasible`);
  let y = first.x !== undefined ? fromColumns(first.x) : start;
  if (valueOf(s, start) > valueOf(s, y) || (valueOf(s, start) === valueOf(s, y) && costOf(s, start) < costOf(s, y))) y = start;
  const value = valueOf(s, y);
  if (lex !== undefined) {
    // the combined bound B caps the value at floor((B + M - 1) / M)
    // HiGHS proves the combined optimum within 1e-6, far below a value step (1 × M)
    const optimal = first.status === 'optimal';
    const bound = optimal ? value : Math.max(value, Math.floor((first.bound + lex.M - 1) / lex.M));
    return { y, value, optimal, bound };
  }
  const bound = Math.max(first.bound, value);
  const optimal = first.status === 'optimal' && bound - value <= 1e-6 * Math.max(1, Math.abs(value));
  if (!optimal) return { y, value, optimal, bound };
  const floor = value - tol(value);
  const minusCost = new Float64Array(s.ids.length);
  for (let j = 0; j < s.ids.length; j++) for (let k = 0; k < s.K; k++) minusCost[j] = minusCost[j]! - s.cost[j * s.K + k]!;
  const cheapest = selectionMip(s, { ...budget, valueAtLeast: floor, objective: minusCost });
  const second = await solveMip(fn, cheapest, { timeLimit: left(opts.deadline), mipGap: 0, start: toColumns(y) });
  if (second.x !== undefined) {
    const z = fromColumns(second.x);
    if (valueOf(s, z) >= floor && costOf(s, z) < costOf(s, y) - tol(costOf(s, y))) y = z;
  }
  return { y, value: valueOf(s, y), optimal, bound };
}

/**
 * The constraints without which the best value would be higher. For each constraint, the question
 * "is there a selection that violates it, meets every other constraint, and is worth more than the
 * optimum?" is a 0/1 program with the violation forced (fixed columns, or a row beyond the limit)
 * and a cutoff row (value above the optimum); its LP relaxation settles most constraints at once
 * (infeasible: not binding), the others are solved in rounds, each within an equal share of the
 * time left (a selection found but not proven best gives `proven: false`; a constraint with
 * neither a selection nor a proof comes back in the next round with more time). Those still
 * undecided when the time runs out are returned in `unchecked`. Call only with a proven optimum.
 */
export async function bindingConstraints(
  fn: string,
  s: DenseSelection,
  best: SolvedSelection,
  deadline: number,
): Promise<{ binding: BindingConstraint[]; unchecked: string[] }> {
  const found = new Map<number, BindingConstraint>();
  const C = s.capacityKeys.length;
  const integral = s.value.every((v) => Number.isInteger(v));
  const cutoff = integral ? best.value + 1 : best.value + tol(best.value);
  // rounds: each undecided constraint gets an equal share of the time left; those still undecided
  // (no selection found, no proof of infeasibility) come back in the next round with more time
  let pending = s.constraints.map((_, i) => i);
  while (pending.length > 0 && performance.now() < deadline) {
    const undecided: number[] = [];
    for (let k = 0; k < pending.length; k++) {
      const i = pending[k]!;
      if (performance.now() >= deadline) {
        pushAll(undecided, pending.slice(k));
        break;
      }
      const model = selectionMip(s, { without: i, violate: i, valueAtLeast: cutoff });
      const lp = await solveMip(fn, model, { timeLimit: left(deadline), mipGap: 0, relax: true });
      if (lp.status === 'infeasible') continue;
      const slice = Math.max(0.2, left(deadline) / (pending.length - k));
      const mip = await solveMip(fn, model, { timeLimit: Math.min(slice, left(deadline)), mipGap: 0 });
      if (mip.status === 'infeasible') continue;
      if (mip.x === undefined) {
        undecided.push(i);
        continue;
      }
      const y = fromColumns(mip.x);
      const without = valueOf(s, y);
      if (without <= best.value + tol(best.value)) continue;
      found.set(i, describe(s, i, best.y, without, mip.status === 'optimal', C));
    }
    if (undecided.length === pending.length) {
      pending = undecided;
      break;
    }
    pending = undecided;
  }
  const binding = [...found.keys()].sort((a, b) => a - b).map((i) => found.get(i)!);
  const unchecked = pending.sort((a, b) => a - b).map((i) => constraintLabel(s, s.constraints[i]!));
  return { binding, unchecked };
}

/** The entry of a binding constraint: what it names, how much of it the optimum uses, the value without it. */
function describe(s: DenseSelection, i: number, y: Uint8Array, without: number, proven: boolean, C: number): BindingConstraint {
  const c = s.constraints[i]!;
  let used: number | undefined;
  let limit: number | undefined;
  let key: string | undefined;
  let projects: string[] | undefined;
  if (c.kind === 'budget') {
    used = 0;
    for (let j = 0; j < y.length; j++) if (y[j] === 1) used += s.cost[j * s.K + c.period]!;
    limit = s.budget[c.period]!;
    if (s.K > 1) key = s.periodLabels?.[c.period] ?? String(c.period);
  } else if (c.kind === 'capacity') {
    used = 0;
    for (let j = 0; j < y.length; j++) if (y[j] === 1) used += s.demand[j * C + c.index]!;
    limit = s.capacity[c.index]!;
    key = s.capacityKeys[c.index]!;
  } else if (c.kind === 'mandatory') projects = [s.ids[c.project]!];
  else if (c.kind === 'requires') projects = [s.ids[c.project]!, s.ids[c.required]!];
  else projects = [s.ids[c.a]!, s.ids[c.b]!];
  return {
    constraint: constraintLabel(s, c),
    kind: c.kind,
    ...(projects !== undefined ? { projects } : {}),
    ...(key !== undefined ? { key } : {}),
    ...(used !== undefined ? { used: clean(used) } : {}),
    ...(limit !== undefined ? { limit } : {}),
    valueWithout: clean(without),
    proven,
  };
}
