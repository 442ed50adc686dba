/**
 * A project selection problem on dense indices, its constraints, and its 0/1 program. Private.
 *
 * max Σ value_j y_j, y_j ∈ {0, 1}, subject to: Σ cost_jk y_j <= budget_k for each period k;
 * Σ demand_jc y_j <= capacity_c for each capacity c; y_j = 1 for mandatory j; y_j <= y_i when j
 * requires i; y_a + y_b <= 1 when a excludes b.
 */
import { PmoError } from '../../errors.js';
import { q } from '../../internal/show.js';
import type { SelectionProblem } from '../../model/selection.js';
import type { StrategicObjective } from '../../model/strategy.js';
import { alignmentScores, type Contributor } from './alignment.js';
import { csrRows, INTEGER, type MipModel } from './mip.js';

/** One constraint of a selection problem. */
export type SelectionConstraint =
  | { readonly kind: 'budget'; readonly period: number }
  | { readonly kind: 'capacity'; readonly index: number }
  | { readonly kind: 'mandatory'; readonly project: number }
  | { readonly kind: 'requires'; readonly project: number; readonly required: number }
  | { readonly kind: 'excludes'; readonly a: number; readonly b: number };

/** The dense form of a selection problem. */
export interface DenseSelection {
  readonly ids: readonly string[];
  readonly value: Float64Array;
  /** Periods (1 for a single budget). */
  readonly K: number;
  readonly periodLabels: readonly string[] | undefined;
  /** cost[j * K + k]. */
  readonly cost: Float64Array;
  readonly budget: Float64Array;
  readonly capacityKeys: readonly string[];
  readonly capacity: Float64Array;
  /** demand[j * C + c]. */
  readonly demand: Float64Array;
  readonly mandatory: Uint8Array;
  /** Every constraint: budgets, capacities, mandatory, requires, excludes (in input order). */
  readonly constraints: readonly SelectionConstraint[];
  /** Alignment scores when the problem has objectives. */
  readonly alignment: readonly number[] | undefined;
  /** The strategic objectives, if any. */
  readonly objectives: readonly StrategicObjective[] | undefined;
  /** Each project's contributions to them. */
  readonly contributions: readonly Contributor[];
}

/** Builds the dense form of a validated selection problem (`valueFrom: alignment` uses the alignment scores as values). */
export function denseSelection(problem: SelectionProblem): DenseSelection {
  const n = problem.projects.length;
  const K = Array.isArray(problem.budget) ? problem.budget.length : 1;
  const budget = Float64Array.from(Array.isArray(problem.budget) ? problem.budget : [problem.budget]);
  const cost = new Float64Array(n * K);
  problem.projects.forEach((p, j) => {
    const c = Array.isArray(p.cost) ? p.cost : [p.cost];
    for (let k = 0; k < K; k++) cost[j * K + k] = c[k] ?? 0;
  });
  const capacityKeys = problem.capacity !== undefined ? Object.keys(problem.capacity) : [];
  const C = capacityKeys.length;
  const capacity = Float64Array.from(capacityKeys, (key) => problem.capacity![key]!);
  const demand = new Float64Array(n * C);
  problem.projects.forEach((p, j) => {
    capacityKeys.forEach((key, c) => {
      if (p.demand !== undefined && Object.hasOwn(p.demand, key)) demand[j * C + c] = p.demand[key]!;
    });
  });
  const objectives = problem.objectives ?? [];
  const alignment = objectives.length > 0 ? alignmentScores(objectives, problem.projects) : undefined;
  const value = Float64Array.from(problem.projects, (p, j) => (problem.valueFrom === 'alignment' ? alignment![j]! : p.value!));
  const index = new Map(problem.projects.map((p, j) => [p.id, j]));
  const constraints: SelectionConstraint[] = [];
  for (let k = 0; k < K; k++) constraints.push({ kind: 'budget', period: k });
  for (let c = 0; c < C; c++) constraints.push({ kind: 'capacity', index: c });
  const mandatory = Uint8Array.from(problem.projects, (p) => (p.mandatory === true ? 1 : 0));
  for (let j = 0; j < n; j++) if (mandatory[j] === 1) constraints.push({ kind: 'mandatory', project: j });
  const seen = new Set<string>();
  problem.projects.forEach((p, j) => {
    for (const id of p.requires ?? []) {
      const i = index.get(id)!;
      const key = `r${j},${i}`;
      if (!seen.has(key)) {
        seen.add(key);
        constraints.push({ kind: 'requires', project: j, required: i });
      }
    }
  });
  problem.projects.forEach((p, j) => {
    for (const id of p.excludes ?? []) {
      const i = index.get(id)!;
      const [a, b] = j < i ? [j, i] : [i, j];
      const key = `x${a},${b}`;
      if (!seen.has(key)) {
        seen.add(key);
        constraints.push({ kind: 'excludes', a, b });
      }
    }
  });
  return {
    ids: problem.projects.map((p) => p.id),
    value,
    K,
    periodLabels: problem.periods,
    cost,
    budget,
    capacityKeys,
    capacity,
    demand,
    mandatory,
    constraints,
    alignment,
    objectives: problem.objectives,
    contributions: problem.projects.map((p) => ({ id: p.id, contributions: p.contributions })),
  };
}

/** A label for a constraint, e.g. `budget[2027]`, `requires[b->a]`. */
export function constraintLabel(s: DenseSelection, c: SelectionConstraint): string {
  switch (c.kind) {
    case 'budget':
      return s.K === 1 ? 'budget' : `budget[${s.periodLabels?.[c.period] ?? c.period}]`;
    case 'capacity':
      return `capacity[${s.capacityKeys[c.index]}]`;
    case 'mandatory':
      return `mandatory[${s.ids[c.project]}]`;
    case 'requires':
      return `requires[${s.ids[c.project]}->${s.ids[c.required]}]`;
    case 'excludes':
      return `excludes[${s.ids[c.a]}|${s.ids[c.b]}]`;
  }
}

/** Options of {@link selectionMip}. */
export interface SelectionMipOptions {
  /** Index (in `constraints`) of a constraint to leave out. */
  readonly without?: number;
  /** Index (in `constraints`) of a constraint that must be violated (with `without`: the binding test). */
  readonly violate?: number;
  /** Replaces the single budget (efficient frontier). */
  readonly budget?: number;
  /** Keep the value at least this (a cutoff row). */
  readonly valueAtLeast?: number;
  /** The objective to maximize instead of the value (per project). */
  readonly objective?: Float64Array;
}

/** The 0/1 program of a selection problem. */
export function selectionMip(s: DenseSelection, options: SelectionMipOptions = {}): MipModel {
  const n = s.ids.length;
  const C = s.capacityKeys.length;
  const colLower = new Float64Array(n);
  const colUpper = new Float64Array(n).fill(1);
  const rows: [number, number][][] = [];
  const lo: number[] = [];
  const hi: number[] = [];
  s.constraints.forEach((c, i) => {
    if (i === options.violate) {
      violated(s, c, options.budget, colLower, colUpper, rows, lo, hi);
      return;
    }
    if (i === options.without) return;
    switch (c.kind) {
      case 'budget': {
        const row: [number, number][] = [];
        for (let j = 0; j < n; j++) if (s.cost[j * s.K + c.period]! !== 0) row.push([j, s.cost[j * s.K + c.period]!]);
        rows.push(row);
        lo.push(-Infinity);
        hi.push(options.budget ?? s.budget[c.period]!);
        return;
      }
      case 'capacity': {
        const row: [number, number][] = [];
        for (let j = 0; j < n; j++) if (s.demand[j * C + c.index]! !== 0) row.push([j, s.demand[j * C + c.index]!]);
        rows.push(row);
        lo.push(-Infinity);
        hi.push(s.capacity[c.index]!);
        return;
      }
      case 'mandatory':
        colLower[c.project] = 1;
        return;
      case 'requires':
        rows.push([
          [c.project, 1],
          [c.required, -1],
        ]);
        lo.push(-Infinity);
        hi.push(0);
        return;
      case 'excludes':
        rows.push([
          [c.a, 1],
          [c.b, 1],
        ]);
        lo.push(-Infinity);
        hi.push(1);
        return;
    }
  });
  if (options.valueAtLeast !== undefined) {
    const row: [number, number][] = [];
    for (let j = 0; j < n; j++) if (s.value[j] !== 0) row.push([j, s.value[j]!]);
    rows.push(row);
    lo.push(options.valueAtLeast);
    hi.push(Infinity);
  }
  return {
    cost: options.objective ?? Float64Array.from(s.value),
    colLower,
    colUpper,
    kind: new Int32Array(n).fill(INTEGER),
    rowLower: Float64Array.from(lo),
    rowUpper: Float64Array.from(hi),
    ...csrRows(rows),
  };
}

/** Adds what makes constraint `c` violated: fixed columns, or a row beyond the limit. */
function violated(
  s: DenseSelection,
  c: SelectionConstraint,
  budget: number | undefined,
  colLower: Float64Array,
  colUpper: Float64Array,
  rows: [number, number][][],
  lo: number[],
  hi: number[],
): void {
  const n = s.ids.length;
  const C = s.capacityKeys.length;
  const beyond = (coef: (j: number) => number, limit: number) => {
    const row: [number, number][] = [];
    for (let j = 0; j < n; j++) if (coef(j) !== 0) row.push([j, coef(j)]);
    rows.push(row);
    lo.push(limit + 1e-9 * Math.max(1, Math.abs(limit)));
    hi.push(Infinity);
  };
  switch (c.kind) {
    case 'budget':
      return beyond((j) => s.cost[j * s.K + c.period]!, budget ?? s.budget[c.period]!);
    case 'capacity':
      return beyond((j) => s.demand[j * C + c.index]!, s.capacity[c.index]!);
    case 'mandatory':
      colUpper[c.project] = 0;
      return;
    case 'requires':
      colLower[c.project] = 1;
      colUpper[c.required] = 0;
      return;
    case 'excludes':
      colLower[c.a] = 1;
      colLower[c.b] = 1;
      return;
  }
}

/**
 * The mandatory projects and everything they require, transitively; throws a `PmoError` naming
 * the cause when they cannot all be selected together (they exclude one another, or exceed a
 * budget or a capacity). When they can, they are a feasible selection.
 */
export function mandatoryClosure(fn: string, s: DenseSelection, budget?: number): Uint8Array {
  const n = s.ids.length;
  const C = s.capacityKeys.length;
  const inSet = new Uint8Array(n);
  const requires: number[][] = Array.from({ length: n }, () => []);
  for (const c of s.constraints) if (c.kind === 'requires') requires[c.project]!.push(c.required);
  const stack: number[] = [];
  for (let j = 0; j < n; j++)
    if (s.mandatory[j] === 1) {
      inSet[j] = 1;
      stack.push(j);
    }
  while (stack.length > 0) {
    const j = stack.pop()!;
    for (const i of requires[j]!)
      if (inSet[i] === 0) {
        inSet[i] = 1;
        stack.push(i);
      }
  }
  const names = (pred: (j: number) => boolean) => s.ids.filter((_, j) => inSet[j] === 1 && pred(j)).map(q);
  for (const c of s.constraints)
    if (c.kind === 'excludes' && inSet[c.a] === 1 && inSet[c.b] === 1)
      throw new PmoError('INFEASIBLE', `${fn}: no selection is feasible: ${q(s.ids[c.a]!)} and ${q(s.ids[c.b]!)} exclude each other but both are mandatory (or required by a mandatory project)`);
  for (let k = 0; k < s.K; k++) {
    let sum = 0;
    for (let j = 0; j < n; j++) if (inSet[j] === 1) sum += s.cost[j * s.K + k]!;
    const limit = budget ?? s.budget[k]!;
    if (sum > limit * (1 + 1e-12))
      throw new PmoError(
        'INFEASIBLE',
        `${fn}: no selection is feasible: the mandatory projects (and those they require: ${names(() => true).join(', ')}) cost ${sum}${s.K > 1 ? ` in period ${s.periodLabels?.[k] ?? k}` : ''}, more than the budget ${limit}`,
      );
  }
  for (let c = 0; c < C; c++) {
    let sum = 0;
    for (let j = 0; j < n; j++) if (inSet[j] === 1) sum += s.demand[j * C + c]!;
    if (sum > s.capacity[c]! * (1 + 1e-12))
      throw new PmoError(
        'INFEASIBLE',
        `${fn}: no selection is feasible: the mandatory projects (and those they require) need ${sum} of ${q(s.capacityKeys[c]!)}, more than its capacity ${s.capacity[c]}`,
      );
  }
  return inSet;
}
