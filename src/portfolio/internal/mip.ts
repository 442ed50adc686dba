/**
 * A maximization MIP in row form and its solution by HiGHS, with the proof status read from the
 * solver (model status, dual bound). Private to pmo-kit.
 */
import type { Highs, VariableType } from 'highs';
import { PmoError } from '../../errors.js';
import { loadHighs } from './highs.js';

/** Column kinds, as HiGHS numbers them. */
export const CONTINUOUS = 0;
export const INTEGER = 1;
export const SEMI_CONTINUOUS = 2;
export const SEMI_INTEGER = 3;

/** A maximization problem: max c·x subject to rowLower <= A x <= rowUpper, colLower <= x <= colUpper. */
export interface MipModel {
  readonly cost: Float64Array;
  readonly colLower: Float64Array;
  readonly colUpper: Float64Array;
  /** Column kind per column (`CONTINUOUS`, `INTEGER`, `SEMI_CONTINUOUS`, `SEMI_INTEGER`). */
  readonly kind: Int32Array;
  readonly rowLower: Float64Array;
  readonly rowUpper: Float64Array;
  /** Rows in CSR form: row i has columns `index[start[i]..start[i+1])` with `value`. */
  readonly start: Int32Array;
  readonly index: Int32Array;
  readonly value: Float64Array;
}

/** How to solve. */
export interface MipSettings {
  /** Seconds; `Infinity` for none. */
  readonly timeLimit: number;
  /** Relative gap at which to stop (0: prove optimality). */
  readonly mipGap: number;
  /** A feasible starting solution, if known. */
  readonly start?: Float64Array | undefined;
  /** Solve the LP relaxation instead (integrality dropped). */
  readonly relax?: boolean;
}

/** The outcome of a solve. */
export interface MipResult {
  readonly status: 'optimal' | 'infeasible' | 'limit';
  /** The best solution found (`undefined` when none). */
  readonly x: Float64Array | undefined;
  /** Its objective value as HiGHS computed it. */
  readonly objective: number;
  /** The best proven upper bound on the optimum (`Infinity` when none). */
  readonly bound: number;
  /** Seconds spent in the solver. */
  readonly seconds: number;
}

/** Absolute optimality tolerance: HiGHS stops when bound - objective <= this. */
export const ABS_GAP = 1e-6;

/** Magnitude from which the model's numbers are refused (HiGHS's infinity is 1e20; its tolerances need room below it). */
const HUGE = 1e15;

/** Solves a maximization MIP (or its LP relaxation) with HiGHS. */
export async function solveMip(fn: string, model: MipModel, settings: MipSettings): Promise<MipResult> {
  const highs = await loadHighs(fn);
  return solveWith(highs, fn, model, settings);
}

function solveWith(highs: Highs, fn: string, model: MipModel, s: MipSettings): MipResult {
  const numCols = model.cost.length;
  const numRows = model.rowLower.length;
  for (let j = 0; j < numCols; j++)
    if (model.colLower[j]! > model.colUpper[j]!) return { status: 'infeasible', x: undefined, objective: -Infinity, bound: -Infinity, seconds: 0 };
  if (numCols === 0) {
    const feasible = model.rowLower.every((lo, i) => lo <= 0 && model.rowUpper[i]! >= 0);
    return feasible
      ? { status: 'optimal', x: new Float64Array(0), objective: 0, bound: 0, seconds: 0 }
      : { status: 'infeasible', x: undefined, objective: -Infinity, bound: -Infinity, seconds: 0 };
  }
  const integral = !s.relax && model.kind.some((k) => k !== CONTINUOUS);
  // HiGHS treats magnitudes from 1e20 as infinite and refuses a model with an infinite cost or
  // coefficient: name the cause instead of passing its error on (found by the fuzz suite).
  const huge = (a: ArrayLike<number>): boolean => {
    for (let i = 0; i < a.length; i++) if (Math.abs(a[i]!) >= HUGE) return true;
    return false;
  };
  const hugeBound = (a: ArrayLike<number>): boolean => {
    for (let i = 0; i < a.length; i++) if (Number.isFinite(a[i]!) && Math.abs(a[i]!) >= HUGE) return true;
    return false;
  };
  if (huge(model.cost) || huge(model.value) || hugeBound(model.rowLower) || hugeBound(model.rowUpper) || hugeBound(model.colLower) || hugeBound(model.colUpper))
    throw new PmoError('INVALID_ARGUMENT', `${fn}: a value, cost, demand, budget, capacity or weight of 1e15 or more in magnitude: the MIP solver cannot weigh it (scale the amounts down, e.g. to thousands)`);
  const h = highs.createModel({
    numCols,
    numRows,
    sense: highs.constants.objectiveSense.maximize,
    colCost: model.cost,
    colLower: model.colLower,
    colUpper: model.colUpper,
    rowLower: model.rowLower,
    rowUpper: model.rowUpper,
    matrix: { format: 'csr', numRows, numCols, starts: model.start, indices: model.index, values: model.value },
    ...(integral ? { integrality: model.kind as Int32Array & readonly VariableType[] } : {}),
  });
  try {
    h.options.set({
      output_flag: false,
      mip_rel_gap: s.mipGap,
      mip_abs_gap: ABS_GAP,
      ...(Number.isFinite(s.timeLimit) ? { time_limit: s.timeLimit } : {}),
    });
    if (integral && s.start !== undefined) h.setSolution({ colValue: s.start });
    const t0 = performance.now();
    const { modelStatus } = h.run();
    const seconds = (performance.now() - t0) / 1000;
    const codes = highs.constants.modelStatus;
    if (modelStatus === codes.infeasible) return { status: 'infeasible', x: undefined, objective: -Infinity, bound: -Infinity, seconds };
    const hasSolution = Number(h.info.get('primal_solution_status')) === highs.constants.solutionStatus.feasible;
    const x = hasSolution ? h.getSolution().colValue : undefined;
    const objective = hasSolution ? h.getObjectiveValue() : -Infinity;
    let bound = Infinity;
    if (integral) {
      const b = Number(h.info.get('mip_dual_bound'));
      if (Number.isFinite(b)) bound = b;
    } else if (modelStatus === codes.optimal) bound = objective;
    if (modelStatus === codes.optimal) return { status: 'optimal', x, objective, bound: Math.max(bound, objective), seconds };
    if (modelStatus === codes.timeLimit || modelStatus === codes.interrupted || modelStatus === codes.iterationLimit || modelStatus === codes.solutionLimit)
      return { status: 'limit', x, objective, bound, seconds };
    throw new PmoError('INVALID_ARGUMENT', `${fn}: the MIP solver stopped with status ${modelStatus} (${statusName(highs, modelStatus)})`);
  } finally {
    h.dispose();
  }
}

function statusName(highs: Highs, code: number): string {
  for (const [name, value] of Object.entries(highs.constants.modelStatus)) if (value === code) return name;
  return 'unknown';
}

/** Builds the CSR arrays of rows given as lists of (column, coefficient). */
export function csrRows(rows: readonly (readonly (readonly [number, number])[])[]): Pick<MipModel, 'start' | 'index' | 'value'> {
  const start = new Int32Array(rows.length + 1);
  let nnz = 0;
  rows.forEach((r, i) => {
    nnz += r.length;
    start[i + 1] = nnz;
  });
  const index = new Int32Array(nnz);
  const value = new Float64Array(nnz);
  let k = 0;
  for (const r of rows)
    for (const [c, v] of r) {
      index[k] = c;
      value[k++] = v;
    }
  return { start, index, value };
}
