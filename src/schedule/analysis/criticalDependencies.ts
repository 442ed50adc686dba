import type { Portfolio } from '../../model/portfolio.js';
import type { DependencyType } from '../../model/task.js';
import { show } from '../../internal/show.js';
import { readOptions } from '../../internal/options.js';
import { baselineSchedule } from '../baselineSchedule.js';
import { checkPortfolio, invalid } from './internal/baseline.js';
import { bitsToProjects, buildNetwork, EPS, projectReach, tidy, TYPE_CODE, type Network } from './internal/network.js';
import { calendarPositions, carry, linkFloat, type Positions } from './internal/positions.js';
import type { CriticalDependenciesOptions, CriticalDependency } from './types.js';

/**
 * The cross-project dependencies of a portfolio rated by how much they drive their successor
 * project's dates: each with its link float, whether it is driving, whether it lies on the
 * portfolio's critical path, and the projects a slip can reach through it; ranked.
 *
 * Key rules (every detail: docs/scheduling.md):
 * - Link float, on the early schedule of {@link schedulePortfolio}: how far the predecessor can
 *   slip before the link moves its successor (FS: `ES(to) - (EF(from) + lag)`, and so on), in
 *   working days of the successor's calendar, as the engine tests a link. A link on a WBS summary
 *   applies to each leaf task below it; its float is the least over those pairs.
 * - Driving: float `<= 0` (exactly when the engine lists the predecessor among the successor's
 *   `drivingPredecessors`); critical: driving between two critical tasks.
 * - Ranking: driving links first, then float ascending, then more downstream projects, then
 *   input order.
 *
 * O(V + E' + X·L + (V + E')·⌈P/32⌉) for V tasks, E' links after summary expansion, X
 * cross-project dependencies with at most L leaf tasks at an end, and P projects (more with
 * several calendars: docs/scheduling.md); the input is never mutated.
 *
 * @param portfolio - the portfolio (e.g. from {@link parsePortfolio})
 * @param options - `maxFloat` (keep links with at most this float; default all), a precomputed
 *   `schedule`, and the options of {@link schedulePortfolio}; see {@link CriticalDependenciesOptions}
 * @returns the cross-project dependencies, ranked; `[]` when the portfolio has none
 * @throws {@link PmoError} `INVALID_ARGUMENT` for a malformed portfolio or option, or an
 *   `options.schedule` of another portfolio; `UNKNOWN_ID` for a dependency on an unknown project
 *   or task; the errors of {@link schedulePortfolio} (e.g. {@link CycleError}) under this
 *   function's name
 * @example
 * ```ts
 * const schedule = schedulePortfolio(portfolio);
 * for (const d of criticalDependencies(portfolio, { schedule }))
 *   console.log(`${d.fromProject}/${d.from} -> ${d.toProject}/${d.to}`, d.float, d.driving ? 'driving' : '');
 * // dp/dp-m-api -> portal/portal-int 0 driving
 * // wms/wms-golive -> tel/tel-int 3
 * ```
 */
export function criticalDependencies(portfolio: Portfolio, options?: CriticalDependenciesOptions): CriticalDependency[] {
  const fn = 'criticalDependencies';
  checkPortfolio(fn, portfolio);
  const o = readOptions(fn, options);
  const maxFloat = o['maxFloat'] ?? Infinity;
  if (typeof maxFloat !== 'number' || Number.isNaN(maxFloat)) invalid(fn, `options.maxFloat must be a number, got ${show(maxFloat)}`);
  const schedule = baselineSchedule(fn, portfolio, o);
  const cross = portfolio.crossDependencies ?? [];
  if (cross.length === 0) return [];
  const net = buildNetwork(fn, portfolio, schedule);
  const { es, dur, leafLo, leafHi, leafSeq, tasks } = net;
  const reach = projectReach(net);
  const acc = new Uint32Array(reach.words);
  const pos = calendarPositions(fn, net);
  const out: CriticalDependency[] = [];
  const record = (index: number, a: number, b: number, rawFloat: number, critical: boolean): void => {
    const d = cross[index]!;
    const lag = d.lag ?? 0;
    const float = tidy(rawFloat);
    if (float > maxFloat + EPS) return;
    const driving = float <= EPS;
    out.push({
      index,
      fromProject: d.fromProject,
      from: d.from,
      fromName: tasks[a]!.name,
      toProject: d.toProject,
      to: d.to,
      toName: tasks[b]!.name,
      type: (d.type ?? 'FS') as DependencyType,
      lag,
      ...(d.note !== undefined ? { note: d.note } : {}),
      float,
      driving,
      critical: driving && critical,
      downstreamProjects: bitsToProjects(acc, 0, reach.words).map((p) => schedule.projects[p]!.id),
    });
  };
  cross.forEach((d, index) => {
    const a = net.crossFrom[index]!;
    const b = net.crossTo[index]!;
    const t = TYPE_CODE.get(d.type ?? 'FS')!;
    const lag = d.lag ?? 0;
    if (pos !== null) {
      // Several calendars: on each successor leaf's calendar, as the engine tests a link.
      const { float, critical } = floatOnCalendars(net, pos, a, b, t, lag);
      for (let j = leafLo[b]!; j < leafHi[b]!; j++) {
        const base = leafSeq[j]! * reach.words;
        for (let w = 0; w < reach.words; w++) acc[w]! |= reach.bits[base + w]!;
      }
      record(index, a, b, float, critical);
      acc.fill(0);
      return;
    }
    // slack(u, v) = B(v) - A(u) - lag, A(u) = the end of u the link leaves from, B(v) = the end of v it reaches.
    const A = (u: number): number => es[u]! + ((t & 1) === 0 ? dur[u]! : 0);
    const B = (v: number): number => es[v]! + ((t & 2) !== 0 ? dur[v]! : 0);
    let maxA = -Infinity;
    const criticalA: number[] = [];
    for (let j = leafLo[a]!; j < leafHi[a]!; j++) {
      const u = leafSeq[j]!;
      const x = A(u);
      if (x > maxA) maxA = x;
      if (tasks[u]!.critical) criticalA.push(x);
    }
    let minB = Infinity;
    let critical = false;
    criticalA.sort((x, y) => x - y);
    for (let j = leafLo[b]!; j < leafHi[b]!; j++) {
      const v = leafSeq[j]!;
      const y = B(v);
      if (y < minB) minB = y;
      if (!critical && tasks[v]!.critical && criticalA.length > 0) {
        // Is some critical u tight with v: |y - lag - A(u)| <= EPS?
        const want = y - lag;
        let lo = 0;
        let hi = criticalA.length;
        while (lo < hi) {
          const mid = (lo + hi) >>> 1;
          if (criticalA[mid]! < want - EPS) lo = mid + 1;
          else hi = mid;
        }
        if (lo < criticalA.length && criticalA[lo]! <= want + EPS) critical = true;
      }
      const base = v * reach.words;
      for (let w = 0; w < reach.words; w++) acc[w]! |= reach.bits[base + w]!;
    }
    record(index, a, b, minB - maxA - lag, critical);
    acc.fill(0);
  });
  out.sort(
    (x, y) =>
      Number(y.driving) - Number(x.driving) ||
      x.float - y.float ||
      y.downstreamProjects.length - x.downstreamProjects.length ||
      x.index - y.index,
  );
  return out;
}

/**
 * Float and critical flag of a dependency `a -> b` (tasks, summaries expanded to leaves) when
 * tasks work on different calendars: the least over leaf pairs of the link float on the
 * successor's calendar. O((La + Lb) · K + Ca · Cb) for La, Lb leaves (Ca, Cb critical) and K
 * calendars.
 */
function floatOnCalendars(net: Network, pos: Positions, a: number, b: number, t: number, lag: number): { float: number; critical: boolean } {
  const { leafLo, leafHi, leafSeq, dur, tasks } = net;
  const fromFinish = (t & 1) === 0;
  const toFinish = (t & 2) !== 0;
  // The latest end (the one the link leaves from) of a's leaves on each calendar: carrying is monotone.
  const latest = new Map<number, number>();
  const criticalA: number[] = [];
  for (let j = leafLo[a]!; j < leafHi[a]!; j++) {
    const u = leafSeq[j]!;
    const c = pos.calOf[u]!;
    const at = fromFinish ? pos.x[u]! + dur[u]! : pos.x[u]!;
    if (!(at <= (latest.get(c) ?? -Infinity))) latest.set(c, at);
    if (tasks[u]!.critical) criticalA.push(u);
  }
  let float = Infinity;
  let critical = false;
  for (let j = leafLo[b]!; j < leafHi[b]!; j++) {
    const v = leafSeq[j]!;
    const cv = pos.calOf[v]!;
    let p = -Infinity;
    for (const [c, at] of latest) {
      const q = carry(pos, c, cv, at, fromFinish);
      if (q > p) p = q;
    }
    const y = toFinish ? pos.x[v]! + dur[v]! : pos.x[v]!;
    if (y - p - lag < float) float = y - p - lag;
    if (!critical && tasks[v]!.critical)
      for (const u of criticalA) if (Math.abs(linkFloat(pos, dur, u, v, t, lag)) <= EPS) critical = true;
  }
  return { float, critical };
}
