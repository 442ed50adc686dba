/**
 * The allocation with options (projects per person, minimum chunk, whole hours) as a mixed-integer
 * program, with a feasible starting plan built from the exact continuous solution. Private.
 *
 * Columns: x_e (hours on edge e) in [0, U_e], U_e = min(capacity_p, hours_d); integer with whole
 * hours; semi-continuous (0 or in [minChunk, U_e]) with a minimum chunk (semi-integer with both).
 * For each person p whose edges reach more projects than its limit K_p, a binary z_pj per
 * project j it can work on.
 * Rows: Σ_e∈p x_e <= capacity_p; Σ_e∈d x_e <= hours_d;
 * Σ_{e∈(p,j)} x_e <= M_pj z_pj with M_pj = min(capacity_p, Σ_{e∈(p,j)} U_e); Σ_j z_pj <= K_p.
 * Objective: maximize Σ margin_e x_e.
 */
import type { DenseAllocation } from './denseAllocation.js';
import { CONTINUOUS, csrRows, INTEGER, SEMI_CONTINUOUS, SEMI_INTEGER, type MipModel } from './mip.js';
import { solveTransportation } from './transportation.js';

/** The MIP and how to read its columns back. */
export interface AllocationMip {
  readonly model: MipModel;
  /** Edges are columns 0..E-1; then one column per (person, project) group listed here. */
  readonly groups: readonly { readonly person: number; readonly project: number; readonly edges: readonly number[] }[];
}

/** Builds the MIP of a dense allocation with options. O(E + groups). */
export function allocationMip(dense: DenseAllocation): AllocationMip {
  const P = dense.personIds.length;
  const D = dense.demandIds.length;
  const E = dense.edgePerson.length;
  const groups = limitedGroups(dense);
  const cols = E + groups.length;
  const cost = new Float64Array(cols);
  const colLower = new Float64Array(cols);
  const colUpper = new Float64Array(cols);
  const kind = new Int32Array(cols);
  const chunk = dense.integerHours ? Math.ceil(dense.minChunk - 1e-9) : dense.minChunk;
  for (let e = 0; e < E; e++) {
    cost[e] = dense.margin[e]!;
    colUpper[e] = upper(dense, e);
    if (chunk > 0) {
      kind[e] = dense.integerHours ? SEMI_INTEGER : SEMI_CONTINUOUS;
      colLower[e] = chunk;
    } else kind[e] = dense.integerHours ? INTEGER : CONTINUOUS;
  }
  for (let g = 0; g < groups.length; g++) {
    colUpper[E + g] = 1;
    kind[E + g] = INTEGER;
  }
  const rows: [number, number][][] = [];
  const lo: number[] = [];
  const hi: number[] = [];
  const byPerson: [number, number][][] = Array.from({ length: P }, () => []);
  const byDemand: [number, number][][] = Array.from({ length: D }, () => []);
  for (let e = 0; e < E; e++) {
    byPerson[dense.edgePerson[e]!]!.push([e, 1]);
    byDemand[dense.edgeDemand[e]!]!.push([e, 1]);
  }
  for (let p = 0; p < P; p++)
    if (byPerson[p]!.length > 0) {
      rows.push(byPerson[p]!);
      lo.push(-Infinity);
      hi.push(dense.capacity[p]!);
    }
  for (let d = 0; d < D; d++)
    if (byDemand[d]!.length > 0) {
      rows.push(byDemand[d]!);
      lo.push(-Infinity);
      hi.push(dense.hours[d]!);
    }
  const limitRow = new Map<number, [number, number][]>();
  groups.forEach((g, i) => {
    let sum = 0;
    for (const e of g.edges) sum += upper(dense, e);
    const big = Math.min(dense.capacity[g.person]!, sum);
    rows.push([...g.edges.map((e): [number, number] => [e, 1]), [E + i, -big]]);
    lo.push(-Infinity);
    hi.push(0);
    let row = limitRow.get(g.person);
    if (row === undefined) limitRow.set(g.person, (row = []));
    row.push([E + i, 1]);
  });
  for (const [p, row] of limitRow) {
    rows.push(row);
    lo.push(-Infinity);
    hi.push(dense.maxProjects[p]!);
  }
  return {
    model: { cost, colLower, colUpper, kind, rowLower: Float64Array.from(lo), rowUpper: Float64Array.from(hi), ...csrRows(rows) },
    groups,
  };
}

/** Most hours an edge can carry. */
function upper(dense: DenseAllocation, e: number): number {
  return Math.min(dense.capacity[dense.edgePerson[e]!]!, dense.hours[dense.edgeDemand[e]!]!);
}

/** (person, project) groups of the people whose edges reach more projects than their limit. */
export function limitedGroups(dense: DenseAllocation): { person: number; project: number; edges: number[] }[] {
  const out: { person: number; project: number; edges: number[] }[] = [];
  const E = dense.edgePerson.length;
  let e = 0;
  while (e < E) {
    const p = dense.edgePerson[e]!;
    const byProject = new Map<number, number[]>();
    for (; e < E && dense.edgePerson[e] === p; e++) {
      const j = dense.demandProject[dense.edgeDemand[e]!]!;
      let list = byProject.get(j);
      if (list === undefined) byProject.set(j, (list = []));
      list.push(e);
    }
    const limit = dense.maxProjects[p]!;
    if (limit >= 0 && byProject.size > limit) for (const [project, edges] of byProject) out.push({ person: p, project, edges });
  }
  return out;
}

/**
 * A feasible plan for the options, from the exact continuous plan: each limited person keeps the
 * projects where the continuous plan earns most from them (ties: project order), the
 * transportation problem is solved again on those edges, and assignments smaller than the
 * minimum chunk are dropped (re-solving up to four times without them). Returns hours per edge.
 */
export function startingPlan(dense: DenseAllocation, continuous: Float64Array): Float64Array {
  const E = dense.edgePerson.length;
  const use = new Uint8Array(E).fill(1);
  let x = continuous;
  const groups = limitedGroups(dense);
  if (groups.length > 0) {
    const earned = new Map<number, { project: number; value: number; edges: number[] }[]>();
    for (const g of groups) {
      let value = 0;
      for (const e of g.edges) value += dense.margin[e]! * x[e]!;
      let list = earned.get(g.person);
      if (list === undefined) earned.set(g.person, (list = []));
      list.push({ project: g.project, value, edges: g.edges });
    }
    for (const [p, list] of earned) {
      list.sort((a, b) => b.value - a.value || a.project - b.project);
      list.slice(dense.maxProjects[p]!).forEach((g) => g.edges.forEach((e) => (use[e] = 0)));
    }
    x = solveTransportation(dense, use).x;
  }
  if (dense.minChunk > 0) {
    for (let round = 0; round < 4; round++) {
      let dropped = false;
      for (let e = 0; e < E; e++)
        if (x[e]! > 0 && x[e]! < dense.minChunk - 1e-9) {
          use[e] = 0;
          dropped = true;
        }
      if (!dropped) break;
      x = solveTransportation(dense, use).x;
    }
    for (let e = 0; e < E; e++) if (x[e]! < dense.minChunk - 1e-9) x[e] = 0;
  }
  return x;
}

/** The full column vector (hours and z) of a plan given by its hours. */
export function columnsOf(mip: AllocationMip, x: Float64Array): Float64Array {
  const E = x.length;
  const cols = new Float64Array(mip.model.cost.length);
  cols.set(x);
  mip.groups.forEach((g, i) => {
    cols[E + i] = g.edges.some((e) => x[e]! > 0) ? 1 : 0;
  });
  return cols;
}

/** Hours per edge from a MIP solution: rounding noise removed, whole hours rounded. */
export function hoursOf(dense: DenseAllocation, cols: Float64Array): Float64Array {
  const E = dense.edgePerson.length;
  const x = new Float64Array(E);
  for (let e = 0; e < E; e++) {
    let v = Math.min(Math.max(cols[e]!, 0), upper(dense, e));
    if (dense.integerHours) v = Math.round(v);
    else if (v < 1e-9) v = 0;
    x[e] = v;
  }
  return x;
}
