/**
 * From the iterations of a simulation to its result: the finish and cost distributions, the
 * criticality index and the Spearman sensitivity of every task, the probability of a date, the
 * contingency, and the analytic PERT answer along the deterministic critical path. Every statistic
 * reads the iterations in iteration order (./stats), so the result depends on the seed only, not
 * on how the iterations were split between workers. Private to pmo-kit/risk.
 */
import type { SimulatedCost, SimulatedFinish, PertAnalysis, SimulationPercentiles, SimulateRiskResult, SimulatedTask } from '../simulationTypes.js';
import { distributionMoments } from './distributions.js';
import { RadixRanker } from './fastRanks.js';
import { normalCdf, normalQuantile } from './normal.js';
import type { SimChunk } from './simRun.js';
import type { SimPlan } from './simPlan.js';
import { histogram, mean, percentile, sorted, stdDev } from './stats.js';

/** Tolerance of the schedule engine's offsets (a finish within it of a date's end meets the date). */
const EPS = 1e-9;

const LEVELS = { p10: 0.1, p50: 0.5, p80: 0.8, p90: 0.9 } as const;

/** The chunks of a run, in iteration order, as one chunk over every iteration. */
export function mergeChunks(plan: SimPlan, chunks: readonly SimChunk[]): SimChunk {
  if (chunks.length === 1) return chunks[0]!;
  const n = plan.iterations;
  const V = plan.varying.length;
  const finish = new Float64Array(n);
  const cost = plan.hasCost ? new Float64Array(n) : null;
  const critical = new Int32Array(plan.N);
  const durations = new Float64Array(V * n);
  const occurred = new Int32Array(plan.events.count);
  for (const c of chunks) {
    const len = c.hi - c.lo;
    finish.set(c.finish, c.lo);
    if (cost !== null) cost.set(c.cost!, c.lo);
    for (let g = 0; g < plan.N; g++) critical[g]! += c.critical[g]!;
    for (let v = 0; v < V; v++) durations.set(c.durations.subarray(v * len, v * len + len), v * n + c.lo);
    for (let r = 0; r < occurred.length; r++) occurred[r]! += c.occurred[r]!;
  }
  return { lo: 0, hi: n, finish, cost, critical, durations, occurred };
}

/** What the deterministic plan gives (no uncertainty, no risk events). */
export interface Deterministic {
  readonly duration: number;
  /** The critical paths of the plan's schedule (task names), for the PERT answer. */
  readonly criticalPaths: readonly (readonly string[])[];
}

/** The result of a simulation from its iterations (`all`: every iteration, in order). */
export function summarize(plan: SimPlan, all: SimChunk, det: Deterministic): SimulateRiskResult {
  const { net, iterations: n } = plan;
  const fin = sorted(all.finish);
  const pct = (p: number): number => percentile(fin, p);
  const percentiles = mapLevels(pct);
  const finish: SimulatedFinish = {
    mean: mean(all.finish),
    stdDev: n > 1 ? stdDev(all.finish) : 0,
    min: fin[0]!,
    max: fin[n - 1]!,
    percentiles,
    dates: mapLevels((p) => net.finishDate(pct(p))),
    histogram: histogram(all.finish, { bins: plan.bins }),
  };
  const dateOffset = plan.date === null ? null : net.finishOffset(plan.date);
  let probabilityOfDate: SimulateRiskResult['probabilityOfDate'] = null;
  if (plan.date !== null) {
    let met = 0;
    for (let i = 0; i < n; i++) if (all.finish[i]! <= dateOffset! + EPS) met++;
    probabilityOfDate = { date: plan.date, offset: dateOffset!, probability: met / n };
  }
  const atConfidence = pct(plan.confidence);
  return {
    iterations: n,
    seed: plan.seed,
    distribution: plan.distribution,
    target: { kind: plan.target.kind, id: plan.target.id },
    calendarStartDate: net.startDate(0),
    deterministicDuration: det.duration,
    deterministicFinishDate: net.finishDate(det.duration),
    finish,
    cost: costDistribution(plan, all),
    tasks: taskResults(plan, all),
    probabilityOfDate,
    contingency: { confidence: plan.confidence, days: atConfidence - det.duration, finish: atConfidence, finishDate: net.finishDate(atConfidence) },
    pert: plan.target.task >= 0 ? null : pertAnalysis(plan, det, dateOffset),
    riskEvents: plan.events.ids.map((id, r) => ({ id, kind: plan.events.kinds[r]!, probability: plan.events.probability[r]!, occurrence: all.occurred[r]! / n })),
  };
}

function mapLevels<T>(f: (p: number) => T): SimulationPercentiles<T> {
  return { p10: f(LEVELS.p10), p50: f(LEVELS.p50), p80: f(LEVELS.p80), p90: f(LEVELS.p90) };
}

function costDistribution(plan: SimPlan, all: SimChunk): SimulatedCost | null {
  if (all.cost === null) return null;
  const s = sorted(all.cost);
  const n = plan.iterations;
  return {
    deterministic: plan.deterministicCost,
    mean: mean(all.cost),
    stdDev: n > 1 ? stdDev(all.cost) : 0,
    percentiles: mapLevels((p) => percentile(s, p)),
    histogram: histogram(all.cost, { bins: plan.bins }),
    contingency: percentile(s, plan.confidence) - plan.deterministicCost,
  };
}

/** Criticality, sensitivity and mean duration of every leaf task, in input order. O(V·n) with radix ranks. */
function taskResults(plan: SimPlan, all: SimChunk): SimulatedTask[] {
  const { net, iterations: n, varying, leaves } = plan;
  const ranker = new RadixRanker(n);
  const ry = ranker.ranks(all.finish, new Float64Array(n));
  const sens = new Float64Array(net.taskCount);
  const meanDur = Float64Array.from(plan.planned);
  for (let v = 0; v < varying.length; v++) {
    const col = all.durations.subarray(v * n, v * n + n);
    const g = varying[v]!;
    meanDur[g] = mean(col);
    sens[g] = n > 1 ? ranker.spearman(col, ry) : 0;
  }
  // A correlated or estimated task whose draws never varied keeps sensitivity 0 (pearson of a constant).
  return Array.from(leaves, (g) => ({ id: net.taskKeys[g]!, criticality: all.critical[g]! / n, sensitivity: sens[g]!, meanDuration: meanDur[g]! }));
}

/**
 * The analytic PERT answer: along each deterministic critical path, mean = the deterministic
 * finish + the mean change of each path task (its distribution's mean minus its planned
 * duration) + the expected days of the risk events on the path; variance = the sum of the
 * tasks' variances and of the events' (days·k)²·p(1 - p), k = the event's tasks on the path. The
 * path with the largest mean (then variance) is reported.
 */
function pertAnalysis(plan: SimPlan, det: Deterministic, dateOffset: number | null): PertAnalysis {
  const { net } = plan;
  const index = new Map<string, number>();
  net.taskKeys.forEach((k, g) => index.set(k, g));
  let best: { path: readonly string[]; mean: number; variance: number } = { path: [], mean: det.duration, variance: 0 };
  for (const path of det.criticalPaths) {
    let m = det.duration;
    let v = 0;
    const on = new Uint8Array(net.taskCount);
    for (const name of path) {
      const g = index.get(name);
      if (g === undefined) continue;
      on[g] = 1;
      const e = net.tasks[g]!.estimate;
      if (e === undefined || e.optimistic === e.pessimistic) continue;
      const mo = distributionMoments(plan.distribution, e.optimistic, e.mostLikely, e.pessimistic);
      m += mo.mean - plan.planned[g]!;
      v += mo.variance;
    }
    const ev = plan.events;
    for (let r = 0; r < ev.count; r++) {
      let k = 0;
      for (let s = ev.off[r]!; s < ev.off[r + 1]!; s++) k += on[ev.tasks[s]!]!;
      if (k === 0) continue;
      const p = ev.probability[r]!;
      const x = ev.days[r]! * k;
      m += p * x;
      v += x * x * p * (1 - p);
    }
    if (best.path.length === 0 || m > best.mean || (m === best.mean && v > best.variance)) best = { path, mean: m, variance: v };
  }
  const sd = Math.sqrt(best.variance);
  const quantile = (p: number): number => best.mean + sd * normalQuantile(p);
  const probability = dateOffset === null ? null : sd === 0 ? (best.mean <= dateOffset + EPS ? 1 : 0) : normalCdf((dateOffset - best.mean) / sd);
  return { path: best.path, mean: best.mean, variance: best.variance, stdDev: sd, percentiles: mapLevels(quantile), probability };
}
