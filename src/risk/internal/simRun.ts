/**
 * The Monte Carlo loop: iterations `lo … hi - 1` of a plan (simPlan.ts). Iteration i draws the
 * durations from stream i of the durations domain and the risk events from stream i of the events
 * domain (rng.ts), so its values depend on the seed and i only: any split of the iterations
 * between workers gives the same values, gathered in iteration order. Private to pmo-kit/risk.
 *
 * Per iteration: sample every task (fixed ones copy their duration), take the correlated columns,
 * apply the risk events that occur (each linked task gets +days for a threat, -days for an
 * opportunity, floored at 0 once all are applied; the cost gets ±cost), run the compiled schedule,
 * and record the target finish, the critical tasks, the varying tasks' durations and the cost.
 * O(hi - lo) iterations of O(V + E' + risk links); no allocation inside the loop.
 */
import { sampleTable } from './distributions.js';
import { Rng } from './rng.js';
import { DOMAIN } from './simDomains.js';
import type { SimPlan } from './simPlan.js';

/** What iterations `lo … hi - 1` produced. Arrays are indexed by `i - lo`. */
export interface SimChunk {
  readonly lo: number;
  readonly hi: number;
  /** The target's finish offset per iteration. */
  readonly finish: Float64Array;
  /** The cost per iteration, or null when the plan has no cost. */
  readonly cost: Float64Array | null;
  /** Per task, in how many of these iterations it was critical. */
  readonly critical: Int32Array;
  /** Duration of varying task v in iteration i at `durations[v * (hi - lo) + i - lo]`. */
  readonly durations: Float64Array;
  /** Per risk event, in how many of these iterations it occurred. */
  readonly occurred: Int32Array;
}

/** Runs iterations `lo … hi - 1`; `progress(done)` is called about every 1 % of them. */
export function runChunk(plan: SimPlan, lo: number, hi: number, progress: ((done: number) => void) | null = null): SimChunk {
  const { net, N, table, events, correlated, varying, costRate, fixedCost, target } = plan;
  const n = plan.iterations;
  const len = hi - lo;
  const V = varying.length;
  const finish = new Float64Array(len);
  const cost = plan.hasCost ? new Float64Array(len) : null;
  const counts = new Int32Array(N);
  const durations = new Float64Array(V * len);
  const occurred = new Int32Array(events.count);
  const d = new Float64Array(N);
  const critical = new Uint8Array(N);
  const earlyFinish = target.task >= 0 ? new Float64Array(N) : undefined;
  const out = { critical, earlyFinish };
  const rngD = new Rng(plan.seed, DOMAIN.durations);
  const rngE = new Rng(plan.seed, DOMAIN.events);
  const step = Math.max(1, Math.floor(len / 100));
  for (let it = lo; it < hi; it++) {
    const i = it - lo;
    rngD.stream(it);
    sampleTable(table, rngD, d);
    if (correlated !== null) takeColumns(correlated.tasks, correlated.values, n, it, d);
    let c = 0;
    if (events.count > 0) c = applyEvents(plan, rngE.stream(it), d, occurred);
    const f = net.run(d, out);
    finish[i] = earlyFinish !== undefined ? earlyFinish[target.task]! : f;
    countCritical(N, critical, counts);
    keepDurations(V, varying, d, durations, len, i);
    if (cost !== null) cost[i] = c + taskCost(N, costRate, d, fixedCost);
    if (progress !== null && (i + 1) % step === 0) progress(i + 1);
  }
  return { lo, hi, finish, cost, critical: counts, durations, occurred };
}

function takeColumns(tasks: Int32Array, values: Float64Array, n: number, it: number, d: Float64Array): void {
  for (let j = 0; j < tasks.length; j++) d[tasks[j]!] = values[j * n + it]!;
}

/** Draws every risk event (one uniform each, in register order), applies those that occur; returns their cost. */
function applyEvents(plan: SimPlan, rng: Rng, d: Float64Array, occurred: Int32Array): number {
  const { count, probability, days, cost, off, tasks } = plan.events;
  let c = 0;
  let any = false;
  for (let r = 0; r < count; r++) {
    if (!(rng.uniform() < probability[r]!)) continue;
    occurred[r]!++;
    c += cost[r]!;
    const dd = days[r]!;
    if (dd === 0) continue;
    any = true;
    for (let s = off[r]!, end = off[r + 1]!; s < end; s++) d[tasks[s]!]! += dd;
  }
  if (any) for (let s = 0; s < tasks.length; s++) if (d[tasks[s]!]! < 0) d[tasks[s]!] = 0;
  return c;
}

function countCritical(N: number, critical: Uint8Array, counts: Int32Array): void {
  for (let g = 0; g < N; g++) counts[g]! += critical[g]!;
}

function keepDurations(V: number, varying: Int32Array, d: Float64Array, durations: Float64Array, len: number, i: number): void {
  for (let v = 0; v < V; v++) durations[v * len + i] = d[varying[v]!]!;
}

/** Budgets spread over the planned days, following the durations drawn; plus the budgets of zero-duration tasks. */
function taskCost(N: number, costRate: Float64Array, d: Float64Array, fixedCost: number): number {
  let s = fixedCost;
  for (let g = 0; g < N; g++) {
    const r = costRate[g]!;
    if (r !== 0) s += r * d[g]!;
  }
  return s;
}
