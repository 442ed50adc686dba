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
import { drivingPath } from './pertPath.js';
import { COMPLETE, IN_PROGRESS, NOT_STARTED } from './simProgress.js';
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

/** What the deterministic schedule gives (no uncertainty, no risk events). */
export interface Deterministic {
  readonly duration: number;
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
    progress: progressCounts(plan),
  };
}

/** A forecast's status date and counts of leaf tasks by progress; null for the plan. */
function progressCounts(plan: SimPlan): SimulateRiskResult['progress'] {
  const { state, progress } = plan;
  if (progress.mode === 'plan') return null;
  const counts = [0, 0, 0];
  for (const g of plan.leaves) counts[state === null ? 0 : state[g]!]!++;
  return { statusDate: progress.statusDate ?? null, complete: counts[COMPLETE]!, inProgress: counts[IN_PROGRESS]!, notStarted: counts[NOT_STARTED]! };
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
 * The analytic PERT answer along the driving path of the deterministic schedule (pertPath.ts):
 * with coef the coefficient of each path task's duration in the path's length, mean = the
 * deterministic finish + Σ coef·(the task's mean − its deterministic duration) + Σ over the risk
 * events touching the path p·days·K, K = Σ coef over the event's tasks on the path; variance =
 * Σ coef²·the task's variance + Σ (days·K)²·p(1 − p). Among several driving paths, the one with
 * the largest mean (then variance) is reported.
 */
function pertAnalysis(plan: SimPlan, det: Deterministic, dateOffset: number | null): PertAnalysis {
  const { net, events: ev } = plan;
  const N = net.taskCount;
  const delta = new Float64Array(N);
  const variance = new Float64Array(N);
  for (let g = 0; g < N; g++) {
    const e = net.tasks[g]!.estimate;
    if (net.isSummary[g] === 1 || e === undefined || plan.state?.[g] === COMPLETE) continue;
    const k = plan.scale === null ? 1 : plan.scale[g]!;
    const mo = distributionMoments(plan.distribution, e.optimistic * k, e.mostLikely * k, e.pessimistic * k);
    delta[g] = mo.mean - plan.planned[g]!;
    variance[g] = mo.variance;
  }
  // The events' expected days count in the choice of the path (their variance is added after).
  for (let r = 0; r < ev.count; r++) for (let j = ev.off[r]!; j < ev.off[r + 1]!; j++) delta[ev.tasks[j]!]! += ev.probability[r]! * ev.days[r]!;
  const path = drivingPath(net, plan.planned, delta, variance, plan.state);
  const coef = new Float64Array(N);
  let m = det.duration;
  let v = 0;
  path.tasks.forEach((g, i) => {
    const c = path.coef[i]!;
    coef[g] = c;
    m += c * delta[g]!;
    v += c * c * variance[g]!;
  });
  for (let r = 0; r < ev.count; r++) {
    let k = 0;
    for (let j = ev.off[r]!; j < ev.off[r + 1]!; j++) k += coef[ev.tasks[j]!]!;
    if (k === 0) continue;
    const p = ev.probability[r]!;
    const x = ev.days[r]! * k;
    v += x * x * p * (1 - p);
  }
  const sd = Math.sqrt(v);
  const quantile = (p: number): number => m + sd * normalQuantile(p);
  const probability = dateOffset === null ? null : sd === 0 ? (m <= dateOffset + EPS ? 1 : 0) : normalCdf((dateOffset - m) / sd);
  return { path: path.tasks.map((g) => net.taskKeys[g]!), mean: m, variance: v, stdDev: sd, percentiles: mapLevels(quantile), probability, coefficients: path.coef.slice() };
}
