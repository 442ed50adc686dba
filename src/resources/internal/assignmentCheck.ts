/**
 * The exact per-period assignment check of group demands (a max-flow per period), shared by
 * verifySchedule and overallocations. Private.
 */
import { PmoError } from '../../errors.js';
import { showJson } from '../../internal/show.js';
import type { RcpspInstance } from '../rcpspTypes.js';

/** Largest period magnitude the checks accept (the solver's time bound, 2^26 - 1). */
export const MAX_PERIOD = 0x3ffffff;

/** Maximum flow by shortest augmenting paths (Edmonds–Karp) on a dense capacity matrix; `cap` is consumed into residuals. */
export function maxFlow(cap: Float64Array[], s: number, t: number): number {
  const N = cap.length;
  let total = 0;
  const parent = new Int32Array(N);
  for (;;) {
    parent.fill(-1);
    parent[s] = s;
    const queue = [s];
    for (let h = 0; h < queue.length && parent[t] === -1; h++) {
      const u = queue[h]!;
      for (let v = 0; v < N; v++) {
        if (parent[v] === -1 && cap[u]![v]! > 1e-12) {
          parent[v] = u;
          queue.push(v);
        }
      }
    }
    if (parent[t] === -1) return total;
    let b = Infinity;
    for (let v = t; v !== s; v = parent[v]!) b = Math.min(b, cap[parent[v]!]![v]!);
    for (let v = t; v !== s; v = parent[v]!) {
      cap[parent[v]!]![v]! -= b;
      cap[v]![parent[v]!]! += b;
    }
    total += b;
  }
}

/**
 * A calendar as the checks read it (no code in common with the schedulers' tables): its breaks
 * `[from, to)`, sorted and disjoint; every other period works. Positions count from period 0.
 */
export class CheckCalendar {
  /** Break periods before 0. */
  private readonly before0: number;

  constructor(
    readonly id: string,
    private readonly breaks: readonly (readonly [number, number])[],
  ) {
    let z = 0;
    for (const [f, e] of breaks) if (f < 0) z += Math.min(e, 0) - f;
    this.before0 = z;
  }

  /** Whether period t works. */
  works(t: number): boolean {
    for (const [f, e] of this.breaks) {
      if (t < f) return true;
      if (t < e) return false;
    }
    return true;
  }

  /** Working periods in [0, t) for t >= 0, minus those in [t, 0) for t < 0. */
  position(t: number): number {
    let x = t + this.before0;
    for (const [f, e] of this.breaks) {
      if (f >= t) break;
      x -= Math.min(e, t) - f;
    }
    return x;
  }

  /** The working period at position k. */
  periodAt(k: number): number {
    let t = k - this.before0;
    for (const [f, e] of this.breaks) {
      if (f > t) break;
      t += e - f;
    }
    return t;
  }

  /** Maximal runs `[a, b)` of working periods of an activity of `p` periods started at working period s. */
  runs(s: number, p: number): [number, number][] {
    const out: [number, number][] = [];
    let t = s;
    let left = p;
    for (const [f, e] of this.breaks) {
      if (left === 0) break;
      if (e <= t) continue;
      if (f > t) {
        const take = Math.min(left, f - t);
        out.push([t, t + take]);
        left -= take;
      }
      t = Math.max(t, e);
    }
    if (left > 0) out.push([t, t + left]);
    return out;
  }
}

/**
 * Reads the calendars of an instance and the calendar of each activity (null: none), with clear
 * errors for malformed ones. Shared by verifySchedule and the assignment check.
 */
export function readCheckCalendars(FN: string, instance: RcpspInstance): (CheckCalendar | null)[] {
  const cals = instance.calendars ?? [];
  if (!Array.isArray(cals)) throw new PmoError('INVALID_ARGUMENT', `${FN}: instance.calendars must be an array`);
  const byId = new Map<string, CheckCalendar>();
  cals.forEach((c, x) => {
    if (typeof c !== 'object' || c === null || typeof c.id !== 'string' || !Array.isArray(c.breaks))
      throw new PmoError('INVALID_ARGUMENT', `${FN}: calendars[${x}] needs a string id and a breaks array`);
    let prev = -MAX_PERIOD;
    (c.breaks as readonly unknown[]).forEach((b: unknown, y: number) => {
      const r = b as number[];
      if (!Array.isArray(b) || r.length !== 2 || !Number.isInteger(r[0]) || !Number.isInteger(r[1]) || r[0]! < prev || r[1]! <= r[0]! || r[1]! > MAX_PERIOD)
        throw new PmoError('INVALID_ARGUMENT', `${FN}: calendar ${showJson(c.id)}: breaks[${y}] must be [from, to) with ${prev} <= from < to <= ${MAX_PERIOD} (sorted, disjoint), got ${showJson(b)}`);
      prev = r[1]!;
    });
    byId.set(c.id, new CheckCalendar(c.id, c.breaks));
  });
  return instance.activities.map((a) => {
    if (a.calendar === undefined) return null;
    const c = byId.get(a.calendar);
    if (c === undefined) throw new PmoError('UNKNOWN_ID', `${FN}: activity ${showJson(a.id)} names unknown calendar ${showJson(a.calendar)}`);
    if (!Number.isInteger(a.duration)) throw new PmoError('INVALID_ARGUMENT', `${FN}: activity ${showJson(a.id)} on a calendar needs an integer duration`);
    return c;
  });
}

/**
 * The periods in which each activity runs (holds its resources), as runs `[a, b)`: `[start,
 * start + duration)` without a calendar, its working periods on one. Empty for invalid starts.
 */
export function activityRuns(FN: string, instance: RcpspInstance, starts: readonly number[], valid: readonly boolean[]): [number, number][][] {
  const cal = readCheckCalendars(FN, instance);
  return instance.activities.map((a, i) => {
    if (!valid[i] || a.duration <= 0) return [];
    const c = cal[i];
    return c === null || c === undefined ? [[starts[i]!, starts[i]! + a.duration]] : c.runs(starts[i]!, a.duration);
  });
}

/** One need of a shortfall: what an activity asks of one demand in that period. */
export interface ShortfallNeed {
  /** Activity index. */
  readonly act: number;
  /** The demand's label (`resource:<id>` for a dedicated demand). */
  readonly label: string;
  /** Units it asks in the period (at most what its resources can give the activity alone). */
  readonly amount: number;
}

/** A period whose running demands no assignment meets: the needs and resources of a minimum cut. */
export interface AssignmentShortfall {
  readonly period: number;
  /** The needs that cannot all be met, by activity then demand order. */
  readonly needs: readonly ShortfallNeed[];
  /** Indices (in `instance.resources`) of the resources able to meet them. */
  readonly resources: readonly number[];
  /** Sum of the needs' units. */
  readonly demand: number;
  /** Capacity of those resources in the period. */
  readonly capacity: number;
  /** Units no assignment covers: the period's total demand minus the maximum flow. */
  readonly amount: number;
}

/** One need of an activity on the workers: a dedicated demand on one, or a group demand. */
interface Need {
  readonly act: number;
  readonly label: string;
  readonly units: number;
  /** Its workers (columns). */
  readonly cols: readonly number[];
  readonly group: boolean;
}

/** The needs of the activities on the workers (the resources some group demand names). */
interface Needs {
  /** Resource index of each worker, ascending. */
  readonly workers: readonly number[];
  /** Needs of each activity: dedicated demands on workers first, then group demands, in order. */
  readonly needs: readonly (readonly Need[])[];
  /** Activities with needs. */
  readonly users: readonly number[];
}

/**
 * Group demands: in every period, one assignment of the resources' capacity must meet the group
 * demands running in it and the dedicated demands on their resources (a max-flow per period).
 * Returns each period where it cannot, by period. One max-flow per segment between events (starts,
 * finishes, changes of a profile): the running activities and capacities are constant inside one,
 * so the cost does not grow with the gaps between activities. Shared by {@link verifySchedule} and
 * `overallocations`; no code in common with the schedulers.
 */
export function checkAssignments(FN: string, instance: RcpspInstance, starts: readonly number[], valid: readonly boolean[]): AssignmentShortfall[] {
  const out: AssignmentShortfall[] = [];
  const model = readNeeds(FN, instance, valid);
  if (model === null) return out;
  const { workers, needs, users } = model;
  const resources = instance.resources ?? [];
  // Runs of the users: one per activity without a calendar, one per stretch of working periods on one.
  const allRuns = activityRuns(FN, instance, starts, valid);
  const runs: Run[] = [];
  for (const i of users) for (const [a, b] of allRuns[i]!) runs.push({ i, s: a, f: Math.ceil(b) });
  const capacityAt = (k: number, t: number): number => {
    const r = resources[k]!;
    return r.profile !== undefined && t >= 0 && t < r.profile.length ? r.profile[t]! : r.capacity;
  };
  const net = new FlowNetwork(workers.length);
  // Sweep the events: between two events the running activities and the capacities are constant,
  // so one max-flow decides every period of the segment.
  const times = eventTimes(runs, workers, instance);
  const byStart = runs.map((_, r) => r).sort((a, b) => runs[a]!.s - runs[b]!.s || runs[a]!.i - runs[b]!.i);
  const active = new Set<number>();
  let next = 0;
  let lastKey = '';
  let lastResult: Omit<AssignmentShortfall, 'period'> | null = null;
  const asked = new Map<string, number[]>();
  for (let x = 0; x + 1 < times.length; x++) {
    const t0 = times[x]!;
    const t1 = times[x + 1]!;
    for (const r of active) if (runs[r]!.f <= t0) active.delete(r);
    while (next < byStart.length && runs[byStart[next]!]!.s <= t0) {
      const r = byStart[next++]!;
      if (t0 < runs[r]!.f) active.add(r);
    }
    if (active.size === 0) continue;
    const running = [...new Set([...active].map((r) => runs[r]!.i))].sort((a, b) => a - b);
    const caps = workers.map((k) => capacityAt(k, t0));
    const key = `${running.join(',')}|${caps.join(',')}`;
    if (key !== lastKey) {
      lastKey = key;
      const list: Need[] = [];
      const amounts: number[] = [];
      const capsKey = key.slice(key.indexOf('|') + 1);
      for (const i of running) {
        // (What an activity asks depends only on the capacities: computed once per capacity set.)
        const memoKey = `${i}|${capsKey}`;
        let a = asked.get(memoKey);
        if (a === undefined) {
          a = net.asks(needs[i]!, caps);
          asked.set(memoKey, a);
        }
        needs[i]!.forEach((nd, x) => {
          list.push(nd);
          amounts.push(a[x]!);
        });
      }
      lastResult = net.shortfall(list, amounts, caps, workers);
    }
    if (lastResult !== null) for (let t = t0; t < t1; t++) out.push({ ...lastResult, period: t });
  }
  return out;
}

/** Checks the group demands and collects every activity's needs on the workers; null when no group demand names a resource. */
function readNeeds(FN: string, instance: RcpspInstance, valid: readonly boolean[]): Needs | null {
  const acts = instance.activities;
  const resources = instance.resources ?? [];
  const resIndex = new Map(resources.map((r, k) => [r.id, k] as const));
  // Resources named by a group demand, and every activity's needs on them.
  const named = new Set<number>();
  acts.forEach((a, i) => {
    if (a.groupDemands === undefined) return;
    if (!Array.isArray(a.groupDemands)) throw new PmoError('INVALID_ARGUMENT', `${FN}: groupDemands of activity ${showJson(a.id)} must be an array`);
    a.groupDemands.forEach((g, x) => {
      if (typeof g !== 'object' || g === null || !Array.isArray(g.resources) || typeof g.units !== 'number' || !Number.isFinite(g.units))
        throw new PmoError('INVALID_ARGUMENT', `${FN}: activity ${showJson(a.id)}: groupDemands[${x}] needs finite units and a resources array`);
      for (const id of g.resources) {
        const k = resIndex.get(id);
        if (k === undefined) throw new PmoError('UNKNOWN_ID', `${FN}: activity ${showJson(a.id)}: groupDemands[${x}] names unknown resource ${showJson(id)}`);
        if (valid[i] && a.duration > 0 && g.units > 0) named.add(k);
      }
    });
  });
  if (named.size === 0) return null;
  const workers = [...named].sort((a, b) => a - b);
  const col = new Map(workers.map((k, w) => [k, w] as const));
  const needs: Need[][] = acts.map((a, i) => {
    const list: Need[] = [];
    if (!valid[i] || a.duration <= 0) return list;
    workers.forEach((k, w) => {
      const d = a.demands?.[k] ?? 0;
      if (d > 0) list.push({ act: i, label: `resource:${resources[k]!.id}`, units: d, cols: [w], group: false });
    });
    for (const g of a.groupDemands ?? []) {
      if (g.units > 0) list.push({ act: i, label: g.label ?? g.resources.join('|'), units: g.units, cols: g.resources.map((id) => col.get(resIndex.get(id)!)!), group: true });
    }
    return list;
  });
  const users = acts.map((_, i) => i).filter((i) => needs[i]!.length > 0);
  return users.length === 0 ? null : { workers, needs, users };
}

/**
 * The needs of `list` merged by their workers: one need per distinct set of workers (in the order
 * of first appearance), asking the sum of its members' amounts; `nodeOf[x]`: the merged need of
 * need x.
 */
function mergeNeeds(list: readonly Need[], amounts: readonly number[]): { nodes: { list: Need[]; amounts: number[] }; nodeOf: Int32Array } {
  const byWorkers = new Map<string, number>();
  const merged: Need[] = [];
  const sums: number[] = [];
  const nodeOf = new Int32Array(list.length);
  list.forEach((nd, x) => {
    const key = [...nd.cols].sort((a, b) => a - b).join(',');
    let k = byWorkers.get(key);
    if (k === undefined) {
      k = merged.length;
      byWorkers.set(key, k);
      merged.push(nd);
      sums.push(0);
    }
    sums[k]! += amounts[x]!;
    nodeOf[x] = k;
  });
  return { nodes: { list: merged, amounts: sums }, nodeOf };
}

/** A run `[s, f)` of periods of activity i. */
interface Run {
  readonly i: number;
  readonly s: number;
  readonly f: number;
}

/**
 * The events, ascending: starts and finishes of the runs, and the periods where a worker's profile
 * changes. Periods are whole: an activity runs in period t when start <= t < start + duration,
 * i.e. up to the ceiling of its finish.
 */
function eventTimes(runs: readonly Run[], workers: readonly number[], instance: RcpspInstance): number[] {
  const resources = instance.resources ?? [];
  let tMin = Infinity;
  let tMax = -Infinity;
  const cuts = new Set<number>();
  for (const { s, f } of runs) {
    tMin = Math.min(tMin, s);
    tMax = Math.max(tMax, f);
    cuts.add(s);
    cuts.add(f);
  }
  for (const k of workers) {
    const prof = resources[k]!.profile;
    if (prof === undefined) continue;
    const from = Math.max(1, tMin);
    const to = Math.min(prof.length, tMax);
    if (0 > tMin && 0 < tMax) cuts.add(0);
    if (prof.length > tMin && prof.length < tMax) cuts.add(prof.length);
    for (let t = from; t < to; t++) if (prof[t] !== prof[t - 1]) cuts.add(t);
  }
  return [...cuts].sort((a, b) => a - b);
}

/**
 * The flow network of a period: source 0, needs 1..D, workers D+1..D+W, sink D+W+1, as a dense
 * matrix in one buffer reused by every network (its residuals are read before the next one is
 * built).
 */
class FlowNetwork {
  private buf = new Float64Array(0);
  private views = new Map<number, Float64Array[]>();

  constructor(private readonly W: number) {}

  /** The maximum flow of needs `list` asking `amounts` from workers of capacities `caps`, and the residual matrix. */
  route(list: readonly Need[], amounts: readonly number[], caps: readonly number[]): { flow: number; cap: Float64Array[] } {
    const W = this.W;
    const D = list.length;
    const N = D + W + 2;
    if (this.buf.length < N * N) {
      this.buf = new Float64Array(Math.max(N * N, 2 * this.buf.length));
      this.views = new Map();
    } else this.buf.fill(0, 0, N * N);
    let cap = this.views.get(N);
    if (cap === undefined) {
      const b = this.buf;
      cap = Array.from({ length: N }, (_, u) => b.subarray(u * N, (u + 1) * N));
      this.views.set(N, cap);
    }
    list.forEach((nd, x) => {
      cap[0]![1 + x] = amounts[x]!;
      for (const w of nd.cols) cap[1 + x]![1 + D + w] = Infinity;
    });
    for (let w = 0; w < W; w++) cap[1 + D + w]![N - 1] = caps[w]!;
    return { flow: maxFlow(cap, 0, N - 1), cap };
  }

  /**
   * What each need of one activity asks under capacities `caps`: dedicated demands in full, each
   * group demand its units or the most its resources can still give the activity alone.
   */
  asks(list: readonly Need[], caps: readonly number[]): number[] {
    const amounts = list.map((nd) => (nd.group ? 0 : nd.units));
    let before = this.route(list, amounts, caps).flow;
    list.forEach((nd, x) => {
      if (!nd.group) return;
      amounts[x] = nd.units;
      const after = this.route(list, amounts, caps).flow;
      amounts[x] = Math.min(nd.units, Math.max(0, after - before));
      before += amounts[x]!;
    });
    return amounts;
  }

  /**
   * The shortfall of needs `list` asking `amounts` from `workers` of capacities `caps`: the needs
   * and workers of the source side of a minimum cut; null when a flow meets every need.
   */
  shortfall(list: readonly Need[], amounts: readonly number[], caps: readonly number[], workers: readonly number[]): Omit<AssignmentShortfall, 'period'> | null {
    const total = amounts.reduce((s, v) => s + v, 0);
    // Needs on the same workers are one node of the network, asking their sum: the same maximum
    // flow and the same minimum cut (needs with the same workers and something to ask are on the
    // same side of the smallest one), on a network as large as the distinct worker sets rather than
    // the needs (thousands of tasks running at once made a matrix of gigabytes).
    const { nodes, nodeOf } = mergeNeeds(list, amounts);
    const { flow, cap } = this.route(nodes.list, nodes.amounts, caps);
    if (!(total - flow > 1e-9 * Math.max(1, total))) return null;
    // The source side of a minimum cut: needs and workers still reachable from the source.
    const D = nodes.list.length;
    const N = D + this.W + 2;
    const seen = new Uint8Array(N);
    seen[0] = 1;
    const queue = [0];
    for (let h = 0; h < queue.length; h++) {
      const u = queue[h]!;
      for (let v = 0; v < N; v++) {
        if (!seen[v] && cap[u]![v]! > 1e-12) {
          seen[v] = 1;
          queue.push(v);
        }
      }
    }
    const xs = list.map((_, x) => x).filter((x) => seen[1 + nodeOf[x]!] && amounts[x]! > 0);
    const ws = workers.map((_, w) => w).filter((w) => seen[1 + D + w]);
    const demand = xs.reduce((s, x) => s + amounts[x]!, 0);
    const capacity = ws.reduce((s, w) => s + caps[w]!, 0);
    return {
      needs: xs.map((x) => ({ act: list[x]!.act, label: list[x]!.label, amount: amounts[x]! })),
      resources: ws.map((w) => workers[w]!),
      demand,
      capacity,
      amount: total - flow,
    };
  }
}
