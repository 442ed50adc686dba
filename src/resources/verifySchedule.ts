import { PmoError } from '../errors.js';
import type { DependencyType } from '../model/task.js';
import type { RcpspGroupDemand, RcpspInstance, ScheduleViolation } from './types.js';

const FN = 'verifySchedule';

/**
 * Checks a schedule of an {@link RcpspInstance} against every rule of the instance and returns
 * each violation: a start that is not an integer, a precedence not respected (any link type with
 * its lag), a start before a release date (the activity's or its project's), a finish after a
 * deadline, for each resource and each period, a total demand above the capacity of that period
 * (with the activities that cause it), and, for each period, group demands that no assignment of
 * the resources' capacity can meet ({@link RcpspGroupDemand}: solved exactly as a max-flow per
 * period, reporting the set of demands that cannot all be met, with their activities and the
 * resources able to meet them).
 *
 * Written independently of the schedulers (no shared code with {@link solveRcpsp}): use it to
 * check their results or any schedule from elsewhere. Demands and capacities are compared with a
 * relative tolerance of 1e-9, so fractional units such as 0.3 + 0.7 <= 1 pass.
 *
 * Complexity: O(m + K n log n + V) for m precedences, K resources, n activities and V violations,
 * plus, with group demands, one max-flow (Edmonds–Karp on the running demands and their
 * resources) per period in which the running activities or the capacities change.
 *
 * @param instance - the instance (never mutated)
 * @param starts - start period of each activity, in the order of `instance.activities`
 * @returns the violations (empty when the schedule is feasible): precedences in link order,
 *   then releases and deadlines in activity order, then capacities by resource and period, then
 *   assignments by period
 * @throws {@link PmoError} `INVALID_ARGUMENT` when `starts` is not an array as long as the
 *   activities, or when the instance is malformed (e.g. a link to an unknown activity: code
 *   `UNKNOWN_ID`)
 * @example
 * ```ts
 * const inst = {
 *   activities: [{ id: 'a', duration: 2, demands: [1] }, { id: 'b', duration: 2, demands: [1] }],
 *   resources: [{ id: 'crane', capacity: 1 }],
 *   precedences: [],
 * };
 * verifySchedule(inst, [0, 2]); // []
 * verifySchedule(inst, [0, 1]); // [{ kind: 'capacity', resource: 'crane', period: 1, demand: 2, capacity: 1, amount: 1, activities: ['a', 'b'] }]
 *
 * // Skills over people: x needs 2 of {ann, bob}, y 1 of {bob}: together they need 3 of 2.
 * const team = {
 *   activities: [
 *     { id: 'x', duration: 1, groupDemands: [{ units: 2, resources: ['ann', 'bob'], label: 'dev' }] },
 *     { id: 'y', duration: 1, groupDemands: [{ units: 1, resources: ['bob'], label: 'qa' }] },
 *   ],
 *   resources: [{ id: 'ann', capacity: 1 }, { id: 'bob', capacity: 1 }],
 * };
 * verifySchedule(team, [0, 0]); // [{ kind: 'assignment', period: 0, groups: ['dev', 'qa'], activities: ['x', 'y'], resources: ['ann', 'bob'], demand: 3, capacity: 2, amount: 1 }]
 * ```
 */
export function verifySchedule(instance: RcpspInstance, starts: readonly number[]): ScheduleViolation[] {
  if (typeof instance !== 'object' || instance === null || !Array.isArray(instance.activities))
    throw new PmoError('INVALID_ARGUMENT', `${FN}: expected an instance with an activities array`);
  const acts = instance.activities;
  const n = acts.length;
  if (!Array.isArray(starts) || starts.length !== n)
    throw new PmoError('INVALID_ARGUMENT', `${FN}: expected one start per activity (${n}), got ${Array.isArray(starts) ? `${starts.length}` : typeof starts}`);
  const out: ScheduleViolation[] = [];
  const index = new Map<string, number>();
  acts.forEach((a, i) => {
    if (typeof a !== 'object' || a === null || typeof a.id !== 'string') throw new PmoError('INVALID_ARGUMENT', `${FN}: activities[${i}] needs a string id`);
    if (typeof a.duration !== 'number' || !Number.isFinite(a.duration) || a.duration < 0)
      throw new PmoError('INVALID_ARGUMENT', `${FN}: activity ${JSON.stringify(a.id)} needs a finite duration >= 0`);
    index.set(a.id, i);
  });
  const valid: boolean[] = starts.map((s, i) => {
    const ok = typeof s === 'number' && Number.isInteger(s);
    if (!ok) out.push({ kind: 'start', activity: acts[i]!.id, start: s });
    return ok;
  });

  // Precedences.
  for (const [e, link] of (instance.precedences ?? []).entries()) {
    const u = index.get(link.from);
    const v = index.get(link.to);
    if (u === undefined || v === undefined)
      throw new PmoError('UNKNOWN_ID', `${FN}: precedences[${e}] names unknown activity ${JSON.stringify(u === undefined ? link.from : link.to)}`);
    if (!valid[u] || !valid[v]) continue;
    const type: DependencyType = link.type ?? 'FS';
    const lag = link.lag ?? 0;
    const su = starts[u]!;
    const sv = starts[v]!;
    const fu = su + acts[u]!.duration;
    const fv = sv + acts[v]!.duration;
    // The rule as stated per type, on starts and finishes (not through a shared distance formula).
    let slack: number;
    if (type === 'FS') slack = sv - (fu + lag);
    else if (type === 'SS') slack = sv - (su + lag);
    else if (type === 'FF') slack = fv - (fu + lag);
    else if (type === 'SF') slack = fv - (su + lag);
    else throw new PmoError('INVALID_ARGUMENT', `${FN}: precedences[${e}] has unknown type ${JSON.stringify(type)}`);
    if (slack < 0) out.push({ kind: 'precedence', from: link.from, to: link.to, type, lag, required: sv - slack, start: sv, amount: -slack });
  }

  // Releases and deadlines.
  const projectRelease = new Map<string, number>();
  for (const p of instance.projects ?? []) projectRelease.set(p.id, p.release ?? 0);
  acts.forEach((a, i) => {
    if (!valid[i]) return;
    const s = starts[i]!;
    const release = Math.max(a.release ?? 0, a.project !== undefined ? (projectRelease.get(a.project) ?? 0) : 0);
    if (s < release) out.push({ kind: 'release', activity: a.id, release, start: s, amount: release - s });
    if (a.deadline !== undefined && s + a.duration > a.deadline)
      out.push({ kind: 'deadline', activity: a.id, deadline: a.deadline, finish: s + a.duration, amount: s + a.duration - a.deadline });
  });

  // Capacities: sweep the start and finish events of each resource.
  (instance.resources ?? []).forEach((res, k) => {
    const users: number[] = [];
    for (let i = 0; i < n; i++) {
      const d = acts[i]!.demands?.[k] ?? 0;
      if (valid[i] && d > 0 && acts[i]!.duration > 0) users.push(i);
    }
    if (users.length === 0) return;
    const times = [...new Set(users.flatMap((i) => [starts[i]!, starts[i]! + acts[i]!.duration]))].sort((a, b) => a - b);
    const capacityAt = (t: number): number => (res.profile !== undefined && t >= 0 && t < res.profile.length ? res.profile[t]! : res.capacity);
    const byStart = [...users].sort((a, b) => starts[a]! - starts[b]!);
    const active = new Set<number>();
    let next = 0;
    for (let x = 0; x + 1 < times.length; x++) {
      const t0 = times[x]!;
      const t1 = times[x + 1]!;
      for (const i of active) if (starts[i]! + acts[i]!.duration <= t0) active.delete(i);
      while (next < byStart.length && starts[byStart[next]!]! <= t0) active.add(byStart[next++]!);
      if (active.size === 0) continue;
      let demand = 0;
      for (const i of active) demand += acts[i]!.demands![k]!;
      for (let t = t0; t < t1; t++) {
        const capacity = capacityAt(t);
        if (demand > capacity + 1e-9 * Math.max(1, capacity)) {
          const who = [...active].sort((a, b) => a - b).map((i) => acts[i]!.id);
          out.push({ kind: 'capacity', resource: res.id, period: t, demand, capacity, amount: demand - capacity, activities: who });
        }
      }
    }
  });
  checkAssignments(instance, starts, valid, out);
  return out;
}

/** Maximum flow by shortest augmenting paths (Edmonds–Karp) on a dense capacity matrix; `cap` is consumed into residuals. */
function maxFlow(cap: Float64Array[], s: number, t: number): number {
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
 * Group demands: in every period, one assignment of the resources' capacity must meet the group
 * demands running in it and the dedicated demands on their resources (a max-flow per period).
 */
function checkAssignments(instance: RcpspInstance, starts: readonly number[], valid: readonly boolean[], out: ScheduleViolation[]): void {
  const acts = instance.activities;
  const resources = instance.resources ?? [];
  const resIndex = new Map(resources.map((r, k) => [r.id, k] as const));
  // Resources named by a group demand, and every activity's needs on them.
  const named = new Set<number>();
  acts.forEach((a, i) => {
    if (a.groupDemands === undefined) return;
    if (!Array.isArray(a.groupDemands)) throw new PmoError('INVALID_ARGUMENT', `${FN}: groupDemands of activity ${JSON.stringify(a.id)} must be an array`);
    a.groupDemands.forEach((g, x) => {
      if (typeof g !== 'object' || g === null || !Array.isArray(g.resources) || typeof g.units !== 'number' || !Number.isFinite(g.units))
        throw new PmoError('INVALID_ARGUMENT', `${FN}: activity ${JSON.stringify(a.id)}: groupDemands[${x}] needs finite units and a resources array`);
      for (const id of g.resources) {
        const k = resIndex.get(id);
        if (k === undefined) throw new PmoError('UNKNOWN_ID', `${FN}: activity ${JSON.stringify(a.id)}: groupDemands[${x}] names unknown resource ${JSON.stringify(id)}`);
        if (valid[i] && a.duration > 0 && g.units > 0) named.add(k);
      }
    });
  });
  if (named.size === 0) return;
  const workers = [...named].sort((a, b) => a - b);
  const col = new Map(workers.map((k, w) => [k, w] as const));
  interface Need {
    readonly act: number;
    readonly label: string;
    readonly units: number;
    readonly cols: readonly number[];
    readonly group: boolean;
  }
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
  if (users.length === 0) return;
  const W = workers.length;
  const capacityAt = (k: number, t: number): number => {
    const r = resources[k]!;
    return r.profile !== undefined && t >= 0 && t < r.profile.length ? r.profile[t]! : r.capacity;
  };
  // The flow network: source 0, needs 1..D, workers D+1..D+W, sink D+W+1.
  const route = (list: readonly Need[], amounts: readonly number[], caps: readonly number[]): { flow: number; cap: Float64Array[] } => {
    const D = list.length;
    const N = D + W + 2;
    const cap = Array.from({ length: N }, () => new Float64Array(N));
    list.forEach((nd, x) => {
      cap[0]![1 + x] = amounts[x]!;
      for (const w of nd.cols) cap[1 + x]![1 + D + w] = Infinity;
    });
    for (let w = 0; w < W; w++) cap[1 + D + w]![N - 1] = caps[w]!;
    return { flow: maxFlow(cap, 0, N - 1), cap };
  };
  // What each need of activity i asks under capacities `caps`: dedicated demands in full, each
  // group demand its units or the most its resources can still give the activity alone.
  const asks = (i: number, caps: readonly number[]): number[] => {
    const list = needs[i]!;
    const amounts = list.map((nd) => (nd.group ? 0 : nd.units));
    let before = route(list, amounts, caps).flow;
    list.forEach((nd, x) => {
      if (!nd.group) return;
      amounts[x] = nd.units;
      const after = route(list, amounts, caps).flow;
      amounts[x] = Math.min(nd.units, Math.max(0, after - before));
      before += amounts[x]!;
    });
    return amounts;
  };
  let tMin = Infinity;
  let tMax = -Infinity;
  for (const i of users) {
    tMin = Math.min(tMin, starts[i]!);
    tMax = Math.max(tMax, starts[i]! + acts[i]!.duration);
  }
  let lastKey = '';
  let lastResult: Omit<Extract<ScheduleViolation, { kind: 'assignment' }>, 'period'> | null = null;
  for (let t = tMin; t < tMax; t++) {
    const running = users.filter((i) => starts[i]! <= t && t < starts[i]! + acts[i]!.duration);
    if (running.length === 0) continue;
    const caps = workers.map((k) => capacityAt(k, t));
    const key = `${running.join(',')}|${caps.join(',')}`;
    if (key !== lastKey) {
      lastKey = key;
      lastResult = null;
      const list: Need[] = [];
      const amounts: number[] = [];
      for (const i of running) {
        const a = asks(i, caps);
        needs[i]!.forEach((nd, x) => {
          list.push(nd);
          amounts.push(a[x]!);
        });
      }
      const total = amounts.reduce((s, v) => s + v, 0);
      const { flow, cap } = route(list, amounts, caps);
      if (total - flow > 1e-9 * Math.max(1, total)) {
        // The source side of a minimum cut: needs and workers still reachable from the source.
        const D = list.length;
        const N = D + W + 2;
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
        const xs = list.map((_, x) => x).filter((x) => seen[1 + x] && amounts[x]! > 0);
        const ws = workers.map((_, w) => w).filter((w) => seen[1 + D + w]);
        const demand = xs.reduce((s, x) => s + amounts[x]!, 0);
        const capacity = ws.reduce((s, w) => s + caps[w]!, 0);
        lastResult = {
          kind: 'assignment',
          groups: [...new Set(xs.map((x) => list[x]!.label))],
          activities: [...new Set(xs.map((x) => list[x]!.act))].sort((a, b) => a - b).map((i) => acts[i]!.id),
          resources: ws.map((w) => resources[workers[w]!]!.id),
          demand,
          capacity,
          amount: total - flow,
        };
      }
    }
    if (lastResult !== null) out.push({ ...lastResult, period: t });
  }
}
