/**
 * The correlated task durations of a simulation: their columns drawn for every iteration and
 * re-paired by Iman–Conover. Private to pmo-kit/risk; the rules are in docs/risk.md.
 */
import { PmoError } from '../../errors.js';
import { q, show } from '../../internal/show.js';
import type { DurationCorrelation } from '../simulationTypes.js';
import { sampleVariable, setFixed, type DistributionTable } from './distributions.js';
import { imanConover } from './imanConover.js';
import { Rng } from './rng.js';
import { DOMAIN } from './simDomains.js';

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * The correlated tasks' columns: drawn apart (their own random domain, stream = iteration), then
 * re-paired by Iman–Conover towards the target rank correlations. Throws for unknown or
 * uncertain-less tasks, bad or contradictory coefficients, or a matrix that is not positive definite.
 */
export function correlate(fn: string, list: readonly DurationCorrelation[], index: Map<string, number>, estimated: Uint8Array, table: DistributionTable, n: number, seed: number): { tasks: Int32Array; values: Float64Array } | null {
  if (!Array.isArray(list)) throw new PmoError('INVALID_ARGUMENT', `${fn}: options.correlations must be an array, got ${show(list)}`);
  const col = new Map<number, number>();
  const pairs: [number, number, number][] = [];
  list.forEach((c, i) => {
    const where = `options.correlations[${i}]`;
    if (!isRecord(c) || !Array.isArray(c.tasks)) throw new PmoError('INVALID_ARGUMENT', `${fn}: ${where} must be { tasks: [...], coefficient }, got ${show(c)}`);
    const rho = c.coefficient;
    if (typeof rho !== 'number' || !(rho > -1 && rho < 1)) throw new PmoError('INVALID_ARGUMENT', `${fn}: ${where}.coefficient must be a number in (-1, 1), got ${show(rho)}`);
    if (c.tasks.length < 2) throw new PmoError('INVALID_ARGUMENT', `${fn}: ${where} needs at least two tasks`);
    const gs = c.tasks.map((id: unknown) => {
      const g = typeof id === 'string' ? index.get(id) : undefined;
      if (g === undefined) throw new PmoError('UNKNOWN_ID', `${fn}: ${where} names unknown task ${show(id)}`);
      if (estimated[g] !== 1) throw new PmoError('INVALID_ARGUMENT', `${fn}: ${where}: task ${q(String(id))} has no uncertain estimate to correlate`);
      if (!col.has(g)) col.set(g, col.size);
      return g;
    });
    for (let a = 0; a < gs.length; a++) for (let b = a + 1; b < gs.length; b++) pairs.push([gs[a]!, gs[b]!, rho]);
  });
  const k = col.size;
  if (k === 0) return null;
  const target = new Float64Array(k * k);
  for (let j = 0; j < k; j++) target[j * k + j] = 1;
  const set = new Map<number, number>();
  for (const [a, b, rho] of pairs) {
    if (a === b) throw new PmoError('INVALID_ARGUMENT', `${fn}: options.correlations correlates a task with itself`);
    const i = col.get(a)!;
    const j = col.get(b)!;
    const key = Math.min(i, j) * k + Math.max(i, j);
    const was = set.get(key);
    if (was !== undefined && was !== rho) throw new PmoError('INVALID_ARGUMENT', `${fn}: options.correlations gives two coefficients (${was} and ${rho}) to one pair of tasks`);
    set.set(key, rho);
    target[i * k + j] = target[j * k + i] = rho;
  }
  const tasks = new Int32Array(k);
  for (const [g, j] of col) tasks[j] = g;
  const values = new Float64Array(k * n);
  const rng = new Rng(seed, DOMAIN.correlated);
  for (let i = 0; i < n; i++) {
    rng.stream(i);
    for (let j = 0; j < k; j++) values[j * n + i] = sampleVariable(table, tasks[j]!, rng);
  }
  try {
    imanConover(values, n, k, target, new Rng(seed, DOMAIN.shuffle));
  } catch (err) {
    if (err instanceof PmoError) throw new PmoError('INVALID_ARGUMENT', `${fn}: options.correlations: ${err.message}`, { cause: err });
    throw err;
  }
  // Correlated tasks are drawn apart: fixed in the main table (their values come from the columns).
  for (let j = 0; j < k; j++) setFixed(table, tasks[j]!, 0);
  return { tasks, values };
}

