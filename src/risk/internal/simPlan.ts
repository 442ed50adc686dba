/**
 * The plan of a Monte Carlo simulation: the schedule network compiled once, the duration
 * distribution of every task, the risk events, the correlated columns, the cost rates and the
 * target, read and checked from a portfolio and the options. Private to pmo-kit/risk; the rules
 * are in docs/risk.md.
 */
import { PmoError } from '../../errors.js';
import { q, show } from '../../internal/show.js';
import { readOptions } from '../../internal/options.js';
import type { Portfolio } from '../../model/portfolio.js';
import type { Project } from '../../model/project.js';
import { compileSchedule, type CompiledSchedule } from '../../schedule/compileSchedule.js';
import type { DurationDistribution, SimulateRiskOptions } from '../simulationTypes.js';
import { DISTRIBUTIONS, distributionTable, setDistribution, setFixed, type DistributionTable } from './distributions.js';
import { correlate } from './simCorrelate.js';
import { emptyEvents, eventOf, readEvents, type EventTable } from './simEvents.js';
import { COMPLETE, IN_PROGRESS, readSimProgress, remainingScale, withoutComplete, type SimProgress } from './simProgress.js';


/** Everything a run of iterations needs (see simRun.ts). */
export interface SimPlan {
  readonly fn: string;
  readonly net: CompiledSchedule;
  readonly N: number;
  readonly iterations: number;
  readonly seed: number;
  readonly distribution: DurationDistribution;
  /** The deterministic durations: the planned ones, or in a forecast each task's work left. */
  readonly planned: Float64Array;
  /** The plan, or the forecast at a status date (docs/risk.md). */
  readonly progress: SimProgress;
  /** A forecast: each task's progress (`CompiledSchedule.progress`); null for the plan. */
  readonly state: Uint8Array | null;
  /** A forecast: the factor of each task's estimate (its remaining share when in progress, else 1); null for the plan. */
  readonly scale: Float64Array | null;
  /** Every task's distribution (fixed for the others, and for correlated tasks: drawn apart). */
  readonly table: DistributionTable;
  /** Correlated tasks and their columns (column j at `values[j * iterations …]`), or null. */
  readonly correlated: { readonly tasks: Int32Array; readonly values: Float64Array } | null;
  readonly events: EventTable;
  /** Leaf tasks whose duration varies (stored per iteration for the sensitivity). */
  readonly varying: Int32Array;
  /** Leaf tasks (the results list them). */
  readonly leaves: Int32Array;
  /** Cost per working day of each task (budget / planned duration), 0 without a budget. */
  readonly costRate: Float64Array;
  /** Budgets of the tasks planned with no duration (their cost does not vary). */
  readonly fixedCost: number;
  readonly hasCost: boolean;
  readonly deterministicCost: number;
  readonly target: { readonly kind: 'project' | 'portfolio' | 'milestone'; readonly id: string; readonly task: number };
  readonly confidence: number;
  readonly criticalThreshold: number;
  readonly date: string | null;
  readonly bins: number;
  readonly onProgress: ((done: number, total: number) => void) | null;
}

/** The simulation options a worker needs to rebuild the same plan (everything but callbacks). */
export type PlanOptions = Omit<SimulateRiskOptions, 'onProgress'>;

/** Most durations a run keeps for the sensitivity (2^28 doubles, 2 GB). */
const MAX_KEPT = 2 ** 28;

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** Reads and checks the input and options into a plan. O(V + E' + risks + k·iterations for k correlated tasks). */
export function simPlan(fn: string, portfolio: Portfolio, options: SimulateRiskOptions | undefined): SimPlan {
  if (!isRecord(portfolio) || !Array.isArray(portfolio.projects)) throw new PmoError('INVALID_ARGUMENT', `${fn}: expected a portfolio with a projects array, got ${show(portfolio)}`);
  const o = readOptions(fn, options) as SimulateRiskOptions;
  const iterations = o.iterations ?? 10000;
  if (!Number.isInteger(iterations) || iterations < 1 || iterations > 1e7) throw new PmoError('INVALID_ARGUMENT', `${fn}: options.iterations must be an integer in [1, 10000000], got ${show(iterations)}`);
  const seed = o.seed ?? 1;
  if (!Number.isSafeInteger(seed)) throw new PmoError('INVALID_ARGUMENT', `${fn}: options.seed must be a safe integer, got ${show(seed)}`);
  const distribution = o.distribution ?? 'pert';
  if (!(DISTRIBUTIONS as readonly unknown[]).includes(distribution)) throw new PmoError('INVALID_ARGUMENT', `${fn}: options.distribution must be one of ${DISTRIBUTIONS.join(', ')}, got ${show(distribution)}`);
  const confidence = o.confidence ?? 0.8;
  if (typeof confidence !== 'number' || !(confidence > 0 && confidence < 1)) throw new PmoError('INVALID_ARGUMENT', `${fn}: options.confidence must be a number in (0, 1), got ${show(confidence)}`);
  const bins = o.bins ?? 20;
  if (!Number.isInteger(bins) || bins < 1 || bins > 1000) throw new PmoError('INVALID_ARGUMENT', `${fn}: options.bins must be an integer in [1, 1000], got ${show(bins)}`);
  if (o.date !== undefined && (typeof o.date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(o.date))) throw new PmoError('INVALID_ARGUMENT', `${fn}: options.date must be a day as YYYY-MM-DD, got ${show(o.date)}`);
  if (o.onProgress !== undefined && typeof o.onProgress !== 'function') throw new PmoError('INVALID_ARGUMENT', `${fn}: options.onProgress must be a function, got ${show(o.onProgress)}`);

  const { net, alone, progress } = compile(fn, portfolio, o);
  const N = net.taskCount;
  const planned = net.durations;
  const state = net.progress;
  const scale = state === null ? null : remainingScale(net, state);
  const table = distributionTable(N);
  const estimated = new Uint8Array(N);
  for (let g = 0; g < N; g++) {
    const t = net.tasks[g]!;
    const e = t.estimate as unknown;
    // A complete task keeps its actual dates: nothing of it is drawn.
    if (net.isSummary[g] === 1 || e === undefined || state?.[g] === COMPLETE) {
      setFixed(table, g, net.isSummary[g] === 1 ? 0 : planned[g]!);
      continue;
    }
    if (!isRecord(e)) throw new PmoError('INVALID_ARGUMENT', `${fn}: task ${q(net.taskKeys[g]!)}: estimate must be an object, got ${show(e)}`);
    const { optimistic: a, mostLikely: m, pessimistic: b } = e as { optimistic: number; mostLikely: number; pessimistic: number };
    // An in-progress task draws its work left from its estimate scaled by its remaining share.
    const k = scale === null ? 1 : scale[g]!;
    try {
      setDistribution(table, g, distribution, a * k, m * k, b * k);
    } catch (err) {
      throw new PmoError('INVALID_ARGUMENT', `${fn}: task ${q(net.taskKeys[g]!)}: estimate must satisfy 0 <= optimistic <= mostLikely <= pessimistic, got ${show(e)}`, { cause: err });
    }
    if (a * k !== b * k) estimated[g] = 1;
  }
  const index = new Map<string, number>();
  net.taskKeys.forEach((k, g) => index.set(k, g));
  const correlated = o.correlations === undefined ? null : correlate(fn, o.correlations, index, estimated, table, iterations, seed);
  const read = o.riskEvents === false ? emptyEvents() : readEvents(fn, portfolio, net, alone);
  const events = state === null ? read : withoutComplete(read, state);
  const varies = estimated.slice();
  for (let j = 0; j < events.tasks.length; j++) if (events.days[eventOf(events, j)] !== 0) varies[events.tasks[j]!] = 1;
  const leaves: number[] = [];
  const varying: number[] = [];
  for (let g = 0; g < N; g++) {
    if (net.isSummary[g] === 1) continue;
    leaves.push(g);
    if (varies[g] === 1) varying.push(g);
  }
  // The sensitivity keeps every varying task's duration of every iteration: refuse what cannot fit.
  if (varying.length * iterations > MAX_KEPT) throw new PmoError('INVALID_ARGUMENT', `${fn}: ${varying.length} tasks vary × ${iterations} iterations is more durations than a run keeps (${MAX_KEPT}, 2 GB); use fewer iterations`);
  const { costRate, fixedCost, budgets } = costRates(fn, net, state);
  let eventCost = false;
  for (let r = 0; r < events.count; r++) if (events.cost[r] !== 0) eventCost = true;
  return {
    fn,
    net,
    N,
    iterations,
    seed,
    distribution,
    planned,
    progress,
    state,
    scale,
    table,
    correlated,
    events,
    varying: Int32Array.from(varying),
    leaves: Int32Array.from(leaves),
    costRate,
    fixedCost,
    hasCost: budgets || eventCost,
    deterministicCost: sumBudgets(net),
    target: readTarget(fn, o, net, alone, index, portfolio),
    confidence,
    criticalThreshold: o.criticalThreshold ?? 0,
    date: o.date ?? null,
    bins,
    onProgress: o.onProgress ?? null,
  };
}

/** The project simulated alone (`null`: the whole portfolio), compiled. */
function compile(fn: string, portfolio: Portfolio, o: SimulateRiskOptions): { net: CompiledSchedule; alone: Project | null; progress: SimProgress } {
  let alone: Project | null = null;
  if (o.project !== undefined) {
    alone = portfolio.projects.find((p) => isRecord(p) && p.id === o.project) ?? null;
    if (alone === null) throw new PmoError('UNKNOWN_ID', `${fn}: options.project names unknown project ${show(o.project)}; the portfolio has ${portfolio.projects.map((p) => show(p.id)).join(', ')}`);
  } else if (portfolio.projects.length === 1) alone = portfolio.projects[0]!;
  const progress = readSimProgress(fn, o, alone !== null ? [alone] : portfolio.projects);
  const criticalThreshold = o.criticalThreshold ?? 0;
  const forecast = progress.mode === 'plan' ? {} : { progress: 'forecast' as const, ...(progress.statusDate !== undefined ? { statusDate: progress.statusDate } : {}) };
  try {
    const net =
      alone !== null
        ? compileSchedule(alone, { calendars: portfolio.calendars ?? [], ...(portfolio.defaultCalendarId !== undefined ? { defaultCalendarId: portfolio.defaultCalendarId } : {}), criticalThreshold, ...forecast })
        : compileSchedule(portfolio, { criticalThreshold, ...forecast });
    return { net, alone, progress };
  } catch (err) {
    // Engine errors name the public function the caller ran.
    if (err instanceof PmoError && err.constructor === PmoError && err.message.startsWith('compileSchedule: ')) throw new PmoError(err.code, `${fn}: ${err.message.slice(17)}`, { cause: err });
    throw err;
  }
}

/**
 * Cost rates: a task's budget spread over its planned working days (its cost follows its
 * duration). In a forecast a complete task costs its budget, an in-progress one its rate × its
 * work done plus its rate × its work left drawn.
 */
function costRates(fn: string, net: CompiledSchedule, state: Uint8Array | null): { costRate: Float64Array; fixedCost: number; budgets: boolean } {
  const costRate = new Float64Array(net.taskCount);
  const left = net.durations;
  let fixedCost = 0;
  let budgets = false;
  for (let g = 0; g < net.taskCount; g++) {
    if (net.isSummary[g] === 1) continue;
    const t = net.tasks[g]!;
    const b = t.budget;
    if (b === undefined) continue;
    if (typeof b !== 'number' || !Number.isFinite(b)) throw new PmoError('INVALID_ARGUMENT', `${fn}: task ${q(net.taskKeys[g]!)}: budget must be a finite number, got ${show(b)}`);
    budgets = true;
    const s = state === null ? 0 : state[g]!;
    if (s === COMPLETE || !(t.duration > 0)) fixedCost += b;
    else {
      costRate[g] = b / t.duration;
      if (s === IN_PROGRESS) fixedCost += costRate[g]! * Math.max(0, t.duration - left[g]!);
    }
  }
  return { costRate, fixedCost, budgets };
}

/** The sum of the leaf tasks' budgets. */
function sumBudgets(net: CompiledSchedule): number {
  let s = 0;
  for (let g = 0; g < net.taskCount; g++) if (net.isSummary[g] !== 1) s += net.tasks[g]!.budget ?? 0;
  return s;
}

/** What the finish is: a milestone's early finish, else the project's or the portfolio's finish. */
function readTarget(fn: string, o: SimulateRiskOptions, net: CompiledSchedule, alone: Project | null, index: Map<string, number>, portfolio: Portfolio): SimPlan['target'] {
  if (o.milestone !== undefined) {
    const g = typeof o.milestone === 'string' ? index.get(o.milestone) : undefined;
    if (g === undefined) throw new PmoError('UNKNOWN_ID', `${fn}: options.milestone names unknown task ${show(o.milestone)}${alone === null ? ' (name tasks of a portfolio as projectId/taskId)' : ''}`);
    return { kind: 'milestone', id: o.milestone, task: g };
  }
  return alone !== null ? { kind: 'project', id: alone.id, task: -1 } : { kind: 'portfolio', id: String(portfolio.id ?? ''), task: -1 };
}
