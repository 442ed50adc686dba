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
import type { Risk } from '../../model/risk.js';
import { compileSchedule, type CompiledSchedule } from '../../schedule/compileSchedule.js';
import type { DurationCorrelation, DurationDistribution, SimulateRiskOptions } from '../simulationTypes.js';
import { DISTRIBUTIONS, distributionTable, sampleVariable, setDistribution, setFixed, type DistributionTable } from './distributions.js';
import { imanConover } from './imanConover.js';
import { Rng } from './rng.js';

/** Domains of the random streams of one seed (see rng.ts): adding risks never changes the durations drawn. */
export const DOMAIN = { durations: 1, events: 2, correlated: 3, shuffle: 4 } as const;

/** The sampled risk events, in CSR form over the tasks they touch. */
export interface EventTable {
  readonly count: number;
  readonly ids: readonly string[];
  readonly kinds: readonly ('threat' | 'opportunity')[];
  readonly probability: Float64Array;
  /** +days for a threat, -days for an opportunity, added to each linked task. */
  readonly days: Float64Array;
  /** +cost for a threat, -cost for an opportunity, added to the cost. */
  readonly cost: Float64Array;
  /** Tasks of event r: `tasks[off[r] … off[r + 1] - 1]`. */
  readonly off: Int32Array;
  readonly tasks: Int32Array;
}

/** Everything a run of iterations needs (see simRun.ts). */
export interface SimPlan {
  readonly fn: string;
  readonly net: CompiledSchedule;
  readonly N: number;
  readonly iterations: number;
  readonly seed: number;
  readonly distribution: DurationDistribution;
  readonly planned: Float64Array;
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

  const { net, alone } = compile(fn, portfolio, o);
  const N = net.taskCount;
  const planned = net.durations;
  const table = distributionTable(N);
  const estimated = new Uint8Array(N);
  for (let g = 0; g < N; g++) {
    const t = net.tasks[g]!;
    const e = t.estimate as unknown;
    if (net.isSummary[g] === 1 || e === undefined) {
      setFixed(table, g, net.isSummary[g] === 1 ? 0 : planned[g]!);
      continue;
    }
    if (!isRecord(e)) throw new PmoError('INVALID_ARGUMENT', `${fn}: task ${q(net.taskKeys[g]!)}: estimate must be an object, got ${show(e)}`);
    const { optimistic: a, mostLikely: m, pessimistic: b } = e as { optimistic: number; mostLikely: number; pessimistic: number };
    try {
      setDistribution(table, g, distribution, a, m, b);
    } catch (err) {
      throw new PmoError('INVALID_ARGUMENT', `${fn}: task ${q(net.taskKeys[g]!)}: estimate must satisfy 0 <= optimistic <= mostLikely <= pessimistic, got ${show(e)}`, { cause: err });
    }
    if (a !== b) estimated[g] = 1;
  }
  const index = new Map<string, number>();
  net.taskKeys.forEach((k, g) => index.set(k, g));
  const correlated = o.correlations === undefined ? null : correlate(fn, o.correlations, index, estimated, table, iterations, seed);
  const events = o.riskEvents === false ? emptyEvents() : readEvents(fn, portfolio, net, alone);
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
  const { costRate, fixedCost, budgets } = costRates(net, planned);
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
function compile(fn: string, portfolio: Portfolio, o: SimulateRiskOptions): { net: CompiledSchedule; alone: Project | null } {
  let alone: Project | null = null;
  if (o.project !== undefined) {
    alone = portfolio.projects.find((p) => isRecord(p) && p.id === o.project) ?? null;
    if (alone === null) throw new PmoError('UNKNOWN_ID', `${fn}: options.project names unknown project ${show(o.project)}; the portfolio has ${portfolio.projects.map((p) => q(String(p.id))).join(', ')}`);
  } else if (portfolio.projects.length === 1) alone = portfolio.projects[0]!;
  const criticalThreshold = o.criticalThreshold ?? 0;
  try {
    const net =
      alone !== null
        ? compileSchedule(alone, { calendars: portfolio.calendars ?? [], ...(portfolio.defaultCalendarId !== undefined ? { defaultCalendarId: portfolio.defaultCalendarId } : {}), criticalThreshold })
        : compileSchedule(portfolio, { criticalThreshold });
    return { net, alone };
  } catch (err) {
    // Engine errors name the public function the caller ran.
    if (err instanceof PmoError && err.constructor === PmoError && err.message.startsWith('compileSchedule: ')) throw new PmoError(err.code, `${fn}: ${err.message.slice(17)}`, { cause: err });
    throw err;
  }
}

function emptyEvents(): EventTable {
  return { count: 0, ids: [], kinds: [], probability: new Float64Array(0), days: new Float64Array(0), cost: new Float64Array(0), off: new Int32Array(1), tasks: new Int32Array(0) };
}

/** The event of slot j of `events.tasks` (a binary search over `off`). */
function eventOf(events: EventTable, j: number): number {
  let lo = 0;
  let hi = events.count - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (events.off[mid]! <= j) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * The risks sampled: every risk that is not closed (and, for a project alone, belongs to it), with
 * its linked tasks resolved. A risk names tasks of its `projectId`; without one, of the project
 * simulated alone, or in a portfolio the one project holding that id.
 */
function readEvents(fn: string, portfolio: Portfolio, net: CompiledSchedule, alone: Project | null): EventTable {
  const risks = (portfolio.risks ?? []) as unknown;
  if (!Array.isArray(risks)) throw new PmoError('INVALID_ARGUMENT', `${fn}: portfolio.risks must be an array, got ${show(risks)}`);
  const byProject = new Map<string, Map<string, number>>();
  net.taskKeys.forEach((_, g) => {
    const pid = net.projectIds[net.projectOf[g]!]!;
    let m = byProject.get(pid);
    if (m === undefined) byProject.set(pid, (m = new Map()));
    m.set(net.tasks[g]!.id, g);
  });
  const ids: string[] = [];
  const kinds: ('threat' | 'opportunity')[] = [];
  const p: number[] = [];
  const days: number[] = [];
  const cost: number[] = [];
  const off: number[] = [0];
  const tasks: number[] = [];
  (risks as unknown[]).forEach((x, i) => {
    const where = `risk ${isRecord(x) && typeof x.id === 'string' ? q(x.id) : `#${i}`}`;
    if (!isRecord(x)) throw new PmoError('INVALID_ARGUMENT', `${fn}: portfolio.risks[${i}] must be a risk object, got ${show(x)}`);
    const r = x as unknown as Risk;
    if (r.status === 'closed') return;
    // A project alone: its own risks (and, in a portfolio of one project, those of no project).
    if (alone !== null && r.projectId !== alone.id && !(r.projectId === undefined && portfolio.projects.length === 1)) return;
    if (r.kind !== 'threat' && r.kind !== 'opportunity') throw new PmoError('INVALID_ARGUMENT', `${fn}: ${where}: kind must be "threat" or "opportunity", got ${show(r.kind)}`);
    if (typeof r.probability !== 'number' || !(r.probability >= 0 && r.probability <= 1)) throw new PmoError('INVALID_ARGUMENT', `${fn}: ${where}: probability must be a number in [0, 1], got ${show(r.probability)}`);
    const impact = r.impact as unknown;
    if (!isRecord(impact)) throw new PmoError('INVALID_ARGUMENT', `${fn}: ${where}: impact must be an object, got ${show(impact)}`);
    for (const k of ['days', 'cost'] as const)
      if (impact[k] !== undefined && !(typeof impact[k] === 'number' && impact[k] >= 0 && impact[k] < Infinity)) throw new PmoError('INVALID_ARGUMENT', `${fn}: ${where}: impact.${k} must be a finite number >= 0, got ${show(impact[k])}`);
    const taskIds = (r.taskIds ?? []) as unknown;
    if (!Array.isArray(taskIds)) throw new PmoError('INVALID_ARGUMENT', `${fn}: ${where}: taskIds must be an array, got ${show(taskIds)}`);
    const sign = r.kind === 'threat' ? 1 : -1;
    ids.push(r.id);
    kinds.push(r.kind);
    p.push(r.probability);
    days.push(sign * ((impact.days as number | undefined) ?? 0));
    cost.push(sign * ((impact.cost as number | undefined) ?? 0));
    for (const tid of taskIds as unknown[]) {
      const g = resolveTask(fn, where, tid, r.projectId, byProject, alone);
      if (net.isSummary[g] === 1) throw new PmoError('INVALID_ARGUMENT', `${fn}: ${where} names WBS summary task ${q(String(tid))}; link risks to the tasks below it`);
      tasks.push(g);
    }
    off.push(tasks.length);
  });
  return { count: ids.length, ids, kinds, probability: Float64Array.from(p), days: Float64Array.from(days), cost: Float64Array.from(cost), off: Int32Array.from(off), tasks: Int32Array.from(tasks) };
}

/** The task a risk names. */
function resolveTask(fn: string, where: string, tid: unknown, projectId: string | undefined, byProject: Map<string, Map<string, number>>, alone: Project | null): number {
  if (typeof tid !== 'string') throw new PmoError('INVALID_ARGUMENT', `${fn}: ${where}: taskIds must hold task ids, got ${show(tid)}`);
  const pid = projectId ?? alone?.id;
  if (pid !== undefined) {
    const m = byProject.get(pid);
    if (m === undefined) throw new PmoError('UNKNOWN_ID', `${fn}: ${where} names unknown project ${q(pid)}`);
    const g = m.get(tid);
    if (g === undefined) throw new PmoError('UNKNOWN_ID', `${fn}: ${where} names unknown task ${q(tid)} of project ${q(pid)}`);
    return g;
  }
  const found: number[] = [];
  for (const m of byProject.values()) {
    const g = m.get(tid);
    if (g !== undefined) found.push(g);
  }
  if (found.length === 0) throw new PmoError('UNKNOWN_ID', `${fn}: ${where} names unknown task ${q(tid)}`);
  if (found.length > 1) throw new PmoError('INVALID_ARGUMENT', `${fn}: ${where} names task ${q(tid)}, which several projects have; give the risk a projectId`);
  return found[0]!;
}

/**
 * The correlated tasks' columns: drawn apart (their own random domain, stream = iteration), then
 * re-paired by Iman–Conover towards the target rank correlations. Throws for unknown or
 * uncertain-less tasks, bad or contradictory coefficients, or a matrix that is not positive definite.
 */
function correlate(fn: string, list: readonly DurationCorrelation[], index: Map<string, number>, estimated: Uint8Array, table: DistributionTable, n: number, seed: number): { tasks: Int32Array; values: Float64Array } | null {
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

/** Cost rates: a task's budget spread over its planned working days (its cost follows its duration). */
function costRates(net: CompiledSchedule, planned: Float64Array): { costRate: Float64Array; fixedCost: number; budgets: boolean } {
  const costRate = new Float64Array(net.taskCount);
  let fixedCost = 0;
  let budgets = false;
  for (let g = 0; g < net.taskCount; g++) {
    if (net.isSummary[g] === 1) continue;
    const b = net.tasks[g]!.budget;
    if (b === undefined) continue;
    budgets = true;
    if (planned[g]! > 0) costRate[g] = b / planned[g]!;
    else fixedCost += b;
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
