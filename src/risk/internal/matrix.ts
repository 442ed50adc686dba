/** Building and checking probability–impact matrices. Private to pmo-kit/risk. */
import { PmoError } from '../../errors.js';
import { show } from '../../internal/show.js';
import { DEFAULT_RISK_MATRIX } from '../defaultRiskMatrix.js';
import type { ImpactDimension, ImpactEdges, RiskMatrix, RiskMatrixOptions, RiskRating, RateRiskResult } from '../types.js';
import { deepFreeze } from './freeze.js';

const DIMENSIONS = ['score', 'days', 'cost', 'costShareOfBudget'] as const;

/**
 * A complete, checked probability–impact matrix from a partial one (see riskMatrix); errors
 * start with `prefix` (e.g. `analyzeRisks: options.matrix.`).
 */
export function resolveMatrix(options: RiskMatrix | RiskMatrixOptions, prefix: string): RiskMatrix {
  if (typeof options !== 'object' || options === null || Array.isArray(options))
    throw new PmoError('INVALID_ARGUMENT', `${prefix.endsWith('.') ? prefix.slice(0, -1) : `${prefix}the matrix`} must be an object, got ${show(options)}`);
  const at = (field: string) => `${prefix}${field}`;
  const d = DEFAULT_RISK_MATRIX;
  const probabilityBands = bands(at('probabilityBands'), options.probabilityBands ?? d.probabilityBands);
  const impactBands = bands(at('impactBands'), options.impactBands ?? d.impactBands);
  const P = probabilityBands.length;
  const I = impactBands.length;
  // The defaults of edges and weights hold for the default number of bands; with another number,
  // probability edges must be given, impact dimensions not given are off, weights are 1, 2, 3, …
  const sameP = P === d.probabilityBands.length;
  const sameI = I === d.impactBands.length;
  if (options.probabilityEdges === undefined && !sameP) throw new PmoError('INVALID_ARGUMENT', `${at('probabilityEdges')} must be given for ${P} probability bands (the default edges are for ${d.probabilityBands.length})`);
  const probabilityEdges = edges(at('probabilityEdges'), options.probabilityEdges ?? d.probabilityEdges, P, [0, 1]);
  const given: ImpactEdges = options.impactEdges ?? {};
  if (typeof given !== 'object' || given === null || Array.isArray(given)) throw new PmoError('INVALID_ARGUMENT', `${at('impactEdges')} must be an object, got ${show(given)}`);
  const impactEdges: Record<(typeof DIMENSIONS)[number], readonly number[] | null> = { score: null, days: null, cost: null, costShareOfBudget: null };
  for (const dim of DIMENSIONS) {
    const v = Object.hasOwn(given, dim) ? given[dim] : sameI ? d.impactEdges[dim] : null;
    impactEdges[dim] = v === null || v === undefined ? null : edges(at(`impactEdges.${dim}`), v, I, dim === 'costShareOfBudget' ? [0, Infinity] : [-Infinity, Infinity]);
  }
  if (DIMENSIONS.every((dim) => impactEdges[dim] === null)) throw new PmoError('INVALID_ARGUMENT', `${at('impactEdges')} turns every dimension off: nothing could rate an impact`);
  const ordinal = (n: number) => Array.from({ length: n }, (_, i) => i + 1);
  const probabilityWeights = weights(at('probabilityWeights'), options.probabilityWeights ?? (sameP ? d.probabilityWeights : ordinal(P)), P);
  const impactWeights = weights(at('impactWeights'), options.impactWeights ?? (sameI ? d.impactWeights : ordinal(I)), I);
  const t = options.thresholds ?? d.thresholds;
  if (typeof t !== 'object' || t === null || !Number.isFinite(t.medium) || !Number.isFinite(t.high) || !(t.medium >= 0 && t.medium <= t.high))
    throw new PmoError('INVALID_ARGUMENT', `${at('thresholds')} must be { medium, high } with finite 0 <= medium <= high`);
  return deepFreeze({
    probabilityBands,
    probabilityEdges,
    impactBands,
    impactEdges,
    probabilityWeights,
    impactWeights,
    thresholds: { medium: t.medium, high: t.high },
  });
}

function bands(where: string, value: unknown): string[] {
  if (!Array.isArray(value) || value.length === 0) throw new PmoError('INVALID_ARGUMENT', `${where} must be a non-empty list of names, got ${show(value)}`);
  for (const name of value) if (typeof name !== 'string' || name === '') throw new PmoError('INVALID_ARGUMENT', `${where} must hold non-empty names, got ${show(name)}`);
  return [...(value as string[])];
}

function edges(where: string, value: unknown, count: number, [lo, hi]: [number, number]): number[] {
  if (!Array.isArray(value) || value.length !== count - 1)
    throw new PmoError('INVALID_ARGUMENT', `${where} must be a list of ${count - 1} edge${count === 2 ? '' : 's'} (one fewer than the ${count} bands), got ${Array.isArray(value) ? `${value.length}` : show(value)}`);
  value.forEach((e: unknown, i) => {
    if (typeof e !== 'number' || !Number.isFinite(e) || e < lo || e > hi)
      throw new PmoError('INVALID_ARGUMENT', `${where}[${i}] must be a finite number${lo === 0 && hi === 1 ? ' in [0, 1]' : lo === 0 ? ' >= 0' : ''}, got ${show(e)}`);
    if (i > 0 && !(e > (value[i - 1] as number))) throw new PmoError('INVALID_ARGUMENT', `${where} must be strictly ascending, but [${i}] = ${e} follows ${String(value[i - 1])}`);
  });
  return [...(value as number[])];
}

function weights(where: string, value: unknown, count: number): number[] {
  if (!Array.isArray(value) || value.length !== count)
    throw new PmoError('INVALID_ARGUMENT', `${where} must be a list of ${count} weights (one per band), got ${Array.isArray(value) ? `${value.length}` : show(value)}`);
  value.forEach((w: unknown, i) => {
    if (typeof w !== 'number' || !Number.isFinite(w) || w < 0) throw new PmoError('INVALID_ARGUMENT', `${where}[${i}] must be a finite number >= 0, got ${show(w)}`);
    if (i > 0 && w < (value[i - 1] as number)) throw new PmoError('INVALID_ARGUMENT', `${where} must not decrease, but [${i}] = ${w} follows ${String(value[i - 1])}`);
  });
  return [...(value as number[])];
}

/** The index of the band of `value`: the first whose upper edge is >= it, else the last. O(bands). */
export function bandOf(edgeList: readonly number[], value: number): number {
  for (let i = 0; i < edgeList.length; i++) if (value <= edgeList[i]!) return i;
  return edgeList.length;
}

/** The rating of a score. */
export function ratingOf(matrix: RiskMatrix, score: number): RiskRating {
  return score >= matrix.thresholds.high ? 'high' : score >= matrix.thresholds.medium ? 'medium' : 'low';
}

/** A probability and an impact, as in a risk or in its inherent or residual assessment. */
export interface Assessment {
  readonly probability: number;
  readonly impact: { readonly score?: number | undefined; readonly days?: number | undefined; readonly cost?: number | undefined };
}

/** Where an assessment falls on the matrix; `budget` is the risk's project budget, if any. O(bands). */
export function scoreOf(matrix: RiskMatrix, a: Assessment, budget: number | undefined): RateRiskResult {
  const probabilityBand = bandOf(matrix.probabilityEdges, a.probability);
  const e = matrix.impactEdges;
  let impactBand = -1;
  let impactBy: ImpactDimension[] = [];
  const consider = (dim: ImpactDimension, edgeList: readonly number[] | null, value: number | undefined) => {
    if (edgeList === null || value === undefined) return;
    const band = bandOf(edgeList, value);
    if (band > impactBand) {
      impactBand = band;
      impactBy = [dim];
    } else if (band === impactBand) impactBy.push(dim);
  };
  consider('score', e.score, a.impact.score);
  consider('days', e.days, a.impact.days);
  if (e.cost !== null) consider('cost', e.cost, a.impact.cost);
  else if (e.costShareOfBudget !== null && budget !== undefined && budget > 0 && a.impact.cost !== undefined)
    consider('cost', e.costShareOfBudget, a.impact.cost / budget);
  if (impactBand < 0) return { probability: a.probability, probabilityBand, impactBand: null, impactBy: [], score: null, rating: null };
  const score = matrix.probabilityWeights[probabilityBand]! * matrix.impactWeights[impactBand]!;
  return { probability: a.probability, probabilityBand, impactBand, impactBy, score, rating: ratingOf(matrix, score) };
}
