/**
 * Duration distributions from a three-point estimate (optimistic a <= most likely m <= pessimistic
 * b), compiled once into typed arrays and sampled without allocation. Private to pmo-kit/risk;
 * docs/risk.md states the parameterizations.
 *
 * - `pert`: a + (b - a)·Beta(α, β), α = 1 + 4(m - a)/(b - a), β = 1 + 4(b - m)/(b - a); mean
 *   (a + 4m + b)/6. Beta drawn exactly by rejection from a 256-bin envelope built once per shape
 *   (./betaTable; α, β are in [1, 5], and tasks of one shape share the tables).
 * - `triangular`: min a, mode m, max b; by inversion of its distribution function.
 * - `uniform`: on [a, b] (m is not used); by inversion.
 * - `normal`: mean μ = (a + 4m + b)/6 and standard deviation σ = (b - a)/6 (the PERT moments),
 *   truncated at 0 (a duration is never negative): μ + σZ drawn again while negative.
 * - `lognormal`: a + L, L lognormal with the PERT mean μ - a and standard deviation σ, so the
 *   duration never falls below the optimistic one and keeps a long right tail:
 *   τ² = ln(1 + σ²/(μ - a)²), ν = ln(μ - a) - τ²/2, L = exp(ν + τZ).
 * - `fixed`: a constant (tasks without an estimate, and estimates with a = b).
 *
 * Z is a standard normal variate from ./ziggurat. Every sampler draws from {@link Rng} and
 * computes with `ln`/`exp` of ./detMath, so a seed gives the same bits on every machine. The
 * number of random outputs a draw consumes varies (rejection steps); the simulation gives each
 * iteration its own stream, so this never shifts another iteration's draws.
 */
import { PmoError } from '../../errors.js';
import { show } from '../../internal/show.js';
import { exp, ln } from './detMath.js';
import { betaFinish, betaShape, sampleBeta, type BetaShape } from './betaTable.js';
import { normalCdf, normalPdf } from './normal.js';
import type { Rng } from './rng.js';
import { zigguratNormal } from './ziggurat.js';

/** The duration distributions a three-point estimate can stand for. */
export const DISTRIBUTIONS = ['pert', 'triangular', 'uniform', 'normal', 'lognormal'] as const;
/** A duration distribution. */
export type DistributionName = (typeof DISTRIBUTIONS)[number];

/** Kind codes of a compiled {@link DistributionTable}. */
export const KIND = { fixed: 0, pert: 1, triangular: 2, uniform: 3, normal: 4, lognormal: 5 } as const;

/** Parameters per variable in {@link DistributionTable.params}. */
export const PARAMS = 6;

/**
 * Compiled distributions of `size` variables: `kind[i]` (a {@link KIND} code) and the
 * parameters of variable i at `params[i * PARAMS … i * PARAMS + 5]`:
 * fixed `[value]`; pert `[a, b - a, s, α, β]` (s: the index of the shape's tables in `shapes`);
 * triangular `[a, b, (m - a)/(b - a), (b - a)(m - a), (b - a)(b - m)]`; uniform
 * `[a, b - a]`; normal `[μ, σ]`; lognormal `[a, ν, τ]`.
 */
export interface DistributionTable {
  readonly size: number;
  readonly kind: Uint8Array;
  readonly params: Float64Array;
  /** The Beta tables of the PERT shapes in use, one per distinct (α, β). */
  readonly shapes: BetaShape[];
  /** Index of each shape in `shapes`, by `α,β`. */
  readonly shapeIndex: Map<string, number>;
}

/** A table of `size` variables, each fixed at 0 until set. */
export function distributionTable(size: number): DistributionTable {
  if (!Number.isInteger(size) || size < 0) throw new PmoError('INVALID_ARGUMENT', `distribution table size must be an integer >= 0, got ${show(size)}`);
  return { size, kind: new Uint8Array(size), params: new Float64Array(size * PARAMS), shapes: [], shapeIndex: new Map() };
}

function checkIndex(table: DistributionTable, i: number): void {
  if (!Number.isInteger(i) || i < 0 || i >= table.size) throw new PmoError('INVALID_ARGUMENT', `variable ${show(i)} is outside the table (size ${table.size})`);
}

/** Sets variable `i` to the constant `value` (a finite number >= 0). */
export function setFixed(table: DistributionTable, i: number, value: number): void {
  checkIndex(table, i);
  if (!Number.isFinite(value) || value < 0) throw new PmoError('INVALID_ARGUMENT', `a fixed duration must be a finite number >= 0, got ${show(value)}`);
  table.kind[i] = KIND.fixed;
  table.params.fill(0, i * PARAMS, (i + 1) * PARAMS);
  table.params[i * PARAMS] = value;
}

/** Throws unless 0 <= a <= m <= b, all finite. */
export function checkEstimate(a: number, m: number, b: number): void {
  if (!(Number.isFinite(a) && Number.isFinite(m) && Number.isFinite(b) && a >= 0 && a <= m && m <= b))
    throw new PmoError('INVALID_ARGUMENT', `a three-point estimate needs finite 0 <= optimistic <= mostLikely <= pessimistic, got ${show(a)}, ${show(m)}, ${show(b)}`);
}

/** The index of the tables of Beta(α, β) in `table.shapes`, built at the first use. */
function shapeOf(table: DistributionTable, alpha: number, beta: number): number {
  const key = `${alpha},${beta}`;
  let s = table.shapeIndex.get(key);
  if (s === undefined) {
    s = table.shapes.length;
    table.shapes.push(betaShape(alpha, beta));
    table.shapeIndex.set(key, s);
  }
  return s;
}

/**
 * Sets variable `i` to `distribution` over the three-point estimate (a, m, b); a = b makes it
 * fixed. O(1).
 *
 * @throws PmoError `INVALID_ARGUMENT` unless 0 <= a <= m <= b (finite) and the name is known
 */
export function setDistribution(table: DistributionTable, i: number, distribution: DistributionName, a: number, m: number, b: number): void {
  checkIndex(table, i);
  checkEstimate(a, m, b);
  if (a === b) return setFixed(table, i, a);
  const w = b - a;
  const o = i * PARAMS;
  const p = table.params;
  p.fill(0, o, o + PARAMS);
  const mean = (a + 4 * m + b) / 6;
  const sd = w / 6;
  switch (distribution) {
    case 'pert': {
      const alpha = 1 + (4 * (m - a)) / w;
      const beta = 1 + (4 * (b - m)) / w;
      p.set([a, w, shapeOf(table, alpha, beta), alpha, beta], o);
      break;
    }
    case 'triangular':
      p.set([a, b, (m - a) / w, w * (m - a), w * (b - m)], o);
      break;
    case 'uniform':
      p.set([a, w], o);
      break;
    case 'normal':
      p.set([mean, sd], o);
      break;
    case 'lognormal': {
      const excess = mean - a;
      const tau2 = ln(1 + (sd * sd) / (excess * excess));
      p.set([a, ln(excess) - tau2 / 2, Math.sqrt(tau2)], o);
      break;
    }
    default:
      throw new PmoError('INVALID_ARGUMENT', `unknown distribution ${show(distribution)}; expected one of ${DISTRIBUTIONS.join(', ')}`);
  }
  table.kind[i] = KIND[distribution];
}


/** One draw of variable `i`. O(1) expected, no allocation. */
export function sampleVariable(table: DistributionTable, i: number, rng: Rng): number {
  const p = table.params;
  const o = i * PARAMS;
  switch (table.kind[i]) {
    case KIND.pert: {
      return p[o]! + p[o + 1]! * sampleBeta(table.shapes[p[o + 2]!]!, rng);
    }
    case KIND.triangular: {
      const u = rng.uniform();
      return u < p[o + 2]! ? p[o]! + Math.sqrt(u * p[o + 3]!) : p[o + 1]! - Math.sqrt((1 - u) * p[o + 4]!);
    }
    case KIND.uniform:
      return p[o]! + rng.uniform() * p[o + 1]!;
    case KIND.normal: {
      // μ > 0 (b > a), so P(μ + σZ >= 0) > 1/2: at least half of the draws are kept, in practice nearly all.
      let x: number;
      do x = p[o]! + p[o + 1]! * zigguratNormal(rng);
      while (x < 0);
      return x;
    }
    case KIND.lognormal:
      return p[o]! + exp(p[o + 1]! + p[o + 2]! * zigguratNormal(rng));
    default:
      return p[o]!;
  }
}

const STATE = new Int32Array(4);
const TWO_M32 = 2.3283064365386963e-10;
/** ./betaTable's BINS and its log2, as local constants (an imported binding is a property load in some builds). */
const BETA_BINS = 256;
const BETA_BIN_BITS = 8;
const finish = betaFinish;

/**
 * Draws every variable of the table into `out` (length >= size), in index order: the same draws
 * as {@link sampleVariable} for each in turn. No allocation.
 *
 * PERT draws (./betaTable's `sampleBeta`, the bulk of a simulation) run here with the generator's
 * xoshiro128** state in local variables, stepped inline (the steps of `Rng.i32`): the same outputs,
 * without four field loads and stores per output. Other kinds go through the generator itself.
 */
export function sampleTable(table: DistributionTable, rng: Rng, out: Float64Array): void {
  const { size, kind, params, shapes } = table;
  rng.saveState(STATE);
  let s0 = STATE[0]!;
  let s1 = STATE[1]!;
  let s2 = STATE[2]!;
  let s3 = STATE[3]!;
  for (let i = 0; i < size; i++) {
    const k = kind[i]!;
    const o = i * PARAMS;
    if (k === KIND.fixed) {
      out[i] = params[o]!;
      continue;
    }
    if (k !== KIND.pert) {
      rng.setState(s0, s1, s2, s3);
      out[i] = sampleVariable(table, i, rng);
      rng.saveState(STATE);
      s0 = STATE[0]!;
      s1 = STATE[1]!;
      s2 = STATE[2]!;
      s3 = STATE[3]!;
      continue;
    }
    const shape = shapes[params[o + 2]!]!;
    const { ints, reals } = shape;
    let x: number;
    {
      // Three outputs of xoshiro128** (Rng.i32): the column bits, the point in the bin, the height.
      let t2 = s2 ^ s0;
      let t3 = s3 ^ s1;
      let m = Math.imul(s1, 5);
      s2 = t2 ^ (s1 << 9);
      s1 ^= t2;
      s0 ^= t3;
      s3 = (t3 << 11) | (t3 >>> 21);
      const bits = Math.imul((m << 7) | (m >>> 25), 9);
      t2 = s2 ^ s0;
      t3 = s3 ^ s1;
      m = Math.imul(s1, 5);
      s2 = t2 ^ (s1 << 9);
      s1 ^= t2;
      s0 ^= t3;
      s3 = (t3 << 11) | (t3 >>> 21);
      const kx = Math.imul((m << 7) | (m >>> 25), 9);
      t2 = s2 ^ s0;
      t3 = s3 ^ s1;
      m = Math.imul(s1, 5);
      s2 = t2 ^ (s1 << 9);
      s1 ^= t2;
      s0 ^= t3;
      s3 = (t3 << 11) | (t3 >>> 21);
      const kv = Math.imul((m << 7) | (m >>> 25), 9);
      // The steps of sampleBeta, on these outputs.
      const col = bits & (BETA_BINS - 1);
      const stay = ((bits >>> BETA_BIN_BITS) - ints[2 * col]!) >> 31;
      const j = (col & stay) | (ints[2 * col + 1]! & ~stay);
      x = (j + (kx + 2147483648.5) * TWO_M32) * (1 / BETA_BINS);
      const v = (kv + 2147483648.5) * TWO_M32;
      if (!(v < reals[2 * j + 1]!)) {
        // The squeeze left it open (a few % of draws): the density test, and new attempts if it fails, on the generator itself.
        rng.setState(s0, s1, s2, s3);
        x = finish(shape, x, v * reals[2 * j]!, rng);
        rng.saveState(STATE);
        s0 = STATE[0]!;
        s1 = STATE[1]!;
        s2 = STATE[2]!;
        s3 = STATE[3]!;
      }
    }
    out[i] = params[o]! + params[o + 1]! * x;
  }
  rng.setState(s0, s1, s2, s3);
}

/** The mean and the variance of a distribution over (a, m, b), in closed form. */
export interface Moments {
  readonly mean: number;
  readonly variance: number;
}

/**
 * The exact mean and variance of `distribution` over (a, m, b), as sampled (the normal's are those
 * of the truncated normal). For tests and for analytic answers.
 */
export function distributionMoments(distribution: DistributionName, a: number, m: number, b: number): Moments {
  checkEstimate(a, m, b);
  if (a === b) return { mean: a, variance: 0 };
  const w = b - a;
  const mean = (a + 4 * m + b) / 6;
  const sd = w / 6;
  switch (distribution) {
    case 'pert': {
      const alpha = 1 + (4 * (m - a)) / w;
      const beta = 1 + (4 * (b - m)) / w;
      return { mean, variance: (alpha * beta * w * w) / 252 };
    }
    case 'triangular':
      return { mean: (a + m + b) / 3, variance: (a * a + m * m + b * b - a * m - a * b - m * b) / 18 };
    case 'uniform':
      return { mean: (a + b) / 2, variance: (w * w) / 12 };
    case 'normal': {
      const alpha = -mean / sd;
      const z = 1 - normalCdf(alpha);
      const lambda = normalPdf(alpha) / z;
      return { mean: mean + sd * lambda, variance: sd * sd * (1 + alpha * lambda - lambda * lambda) };
    }
    case 'lognormal':
      return { mean, variance: sd * sd };
    default:
      throw new PmoError('INVALID_ARGUMENT', `unknown distribution ${show(distribution)}; expected one of ${DISTRIBUTIONS.join(', ')}`);
  }
}
