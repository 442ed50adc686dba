import type { Portfolio } from '../../model/portfolio.js';
import { show } from '../../internal/show.js';
import { axisOf } from './internal/axis.js';
import { readOptions } from '../../internal/options.js';
import { baselineSchedule } from '../baselineSchedule.js';
import { checkPortfolio, invalid, readDays, readMode } from './internal/baseline.js';
import { buildNetwork, EPS, projectReach, tidy } from './internal/network.js';
import { calendarPositions } from './internal/positions.js';
import { Propagator, startCaps, type SlipSource } from './internal/propagate.js';
import { finishAt, finishDay, finishOf, instantShift, shiftFrame, type Placement } from './internal/shifts.js';
import type { ProjectDelay, ProjectSinglePointOfFailure, SinglePointsOfFailureResult, SinglePointsOfFailureOptions, TaskSinglePointOfFailure } from './types.js';

/**
 * The single points of failure of a portfolio: the tasks, and the projects, whose slip of `days`
 * working days delays the finish of at least `minProjects` *other* projects.
 *
 * Key rules (every detail: docs/scheduling.md):
 * - A task slips as in {@link impactOfDelay} (`mode`); a project slips as a whole. Only leaf
 *   tasks are tried.
 * - Each slip is propagated forward through the early schedule with link floats (a successor
 *   moves by `max(0, incoming delay - link float)`, capped by its own SNLT, FNLT, MSO or MFO),
 *   visiting only the tasks that move. This equals rescheduling with {@link impactOfDelay},
 *   except for ALAP tasks, which a rescheduling may also move.
 * - Delays count working days of each delayed project's calendar.
 *
 * Worst case O(V · (V + E') log V) for V tasks and E' links after summary expansion; in practice
 * each slip costs only the part of the network it moves. The input is never mutated.
 *
 * @param portfolio - the portfolio (e.g. from {@link parsePortfolio})
 * @param options - `minProjects` (default `2`), `days` (default `1`), `mode` (default
 *   `'finish'`), a precomputed `schedule`, and the options of {@link schedulePortfolio}; see
 *   {@link SinglePointsOfFailureOptions}
 * @returns the tasks and the projects found, each with the other projects it delays and by how
 *   much, ranked by the number of projects delayed, then total delay, then portfolio order
 * @throws {@link PmoError} `INVALID_ARGUMENT` when `minProjects` is not an integer >= 0, `days`
 *   not a finite number >= 0, `mode` unknown, or `options.schedule` of another portfolio; the
 *   errors of {@link schedulePortfolio} (e.g. {@link CycleError}) under this function's name
 * @example
 * ```ts
 * const spof = singlePointsOfFailure(portfolio, { minProjects: 2, days: 5 });
 * for (const t of spof.tasks)
 *   console.log(t.key, t.delayedProjects.map((d) => `${d.projectId} +${d.days}d`).join(', '));
 * ```
 */
export function singlePointsOfFailure(portfolio: Portfolio, options?: SinglePointsOfFailureOptions): SinglePointsOfFailureResult {
  const fn = 'singlePointsOfFailure';
  checkPortfolio(fn, portfolio);
  const o = readOptions(fn, options);
  const minProjects = o['minProjects'] ?? 2;
  if (typeof minProjects !== 'number' || !Number.isInteger(minProjects) || minProjects < 0)
    invalid(fn, `options.minProjects must be an integer >= 0, got ${show(minProjects)}`);
  const days = readDays(fn, 'options.days', o['days'], 1);
  const mode = readMode(fn, o['mode']);
  const schedule = baselineSchedule(fn, portfolio, o);
  const net = buildNetwork(fn, portfolio, schedule);
  const P = net.projectCount;
  const { words, bits } = projectReach(net);
  const pos = days > 0 ? calendarPositions(fn, net) : null;
  const propagator = days > 0 ? new Propagator(net, startCaps(net, axisOf(fn, portfolio, schedule), pos), pos) : null;
  const finishOffset = schedule.projects.map((p) => p.finish);
  const newFinish = new Float64Array(P).fill(-Infinity);
  const seen: number[] = [];
  // Several calendars: each project's finish instant, measured on the project's calendar.
  const frame = shiftFrame(fn, net);
  const multi = !frame.single && propagator !== null;
  const at: Placement = { x: pos === null ? net.es : pos.x, d: net.dur };
  const finish0 = new Float64Array(multi ? net.n : 0);
  const finish1 = new Float64Array(multi ? net.n : 0);
  const projFinish0 = Float64Array.from(multi ? frame.projFloor : []);
  const movedIn = new Int32Array(multi ? net.n : 0);
  let run = 0;
  if (multi)
    for (let g = 0; g < net.n; g++) {
      if (net.isLeaf[g] === 0) continue;
      finish0[g] = finishAt(frame, at, g);
      if (finish0[g]! > projFinish0[net.projOf[g]!]!) projFinish0[net.projOf[g]!] = finish0[g]!;
    }
  /** Working days of project p's calendar its finish moves to `f1` (see `shifts.ts`). */
  const projectShift = (p: number, f1: number): number => {
    const c = frame.projCal[p]!;
    const floor = frame.projFloor[p]!;
    const last = (): number => {
      for (let k = net.projBase[p]!; k < net.projBase[p + 1]!; k++)
        if (net.isLeaf[k] === 1 && Math.abs((movedIn[k] === run ? finish1[k]! : finish0[k]!) - f1) <= EPS) return frame.calOf[k]!;
      return c;
    };
    return instantShift(frame, c, projFinish0[p]!, f1, finishDay(projFinish0[p]!, floor), finishDay(f1, floor), true, last, last);
  };
  const reachBits = new Uint32Array(words);

  /** How many projects other than `own` the leaves in `reachBits` reach. */
  const othersReached = (own: number): number => {
    let c = 0;
    for (let w = 0; w < words; w++) {
      let x = reachBits[w]!;
      if (w === own >>> 5) x &= ~(1 << (own & 31));
      while (x !== 0) {
        x &= x - 1;
        c++;
      }
    }
    return c;
  };
  /** Propagates and returns the other projects whose finish moves. */
  const delays = (sources: readonly SlipSource[], own: number): ProjectDelay[] => {
    propagator!.propagate(sources);
    run++;
    for (const k of propagator!.touched) {
      const p = net.projOf[k]!;
      let f: number;
      if (multi) {
        // Its new finish instant, from its finish position on its own calendar.
        f = finishOf(frame, k, at.x[k]! + at.d[k]! + propagator!.finishShift[k]!);
        finish1[k] = f;
        movedIn[k] = run;
      } else f = net.ef[k]! + propagator!.finishShift[k]!;
      if (newFinish[p] === -Infinity) seen.push(p);
      if (f > newFinish[p]!) newFinish[p] = f;
    }
    seen.sort((a, b) => a - b);
    const out: ProjectDelay[] = [];
    for (const p of seen) {
      const d = tidy(multi ? projectShift(p, Math.max(projFinish0[p]!, newFinish[p]!)) : newFinish[p]! - finishOffset[p]!);
      if (p !== own && d > EPS) out.push({ projectId: schedule.projects[p]!.id, days: d });
      newFinish[p] = -Infinity;
    }
    seen.length = 0;
    return out;
  };
  const enough = (list: readonly ProjectDelay[]): boolean => list.length >= minProjects;

  const tasks: TaskSinglePointOfFailure[] = [];
  for (let g = 0; g < net.n; g++) {
    if (net.isLeaf[g] === 0) continue;
    const own = net.projOf[g]!;
    reachBits.set(bits.subarray(g * words, (g + 1) * words));
    let delayed: ProjectDelay[] = [];
    if (propagator !== null && othersReached(own) >= Math.max(1, minProjects)) {
      const whole = mode === 'start' || net.dur[g] === 0;
      delayed = delays([{ task: g, start: whole ? days : 0, finish: days }], own);
    }
    if (!enough(delayed)) continue;
    const t = schedule.tasks[g]!;
    tasks.push({ projectId: t.projectId, taskId: t.id, key: t.key, name: t.name, critical: t.critical, totalFloat: t.totalFloat, delayedProjects: delayed });
  }

  const projects: ProjectSinglePointOfFailure[] = [];
  for (let p = 0; p < P; p++) {
    reachBits.fill(0);
    const sources: SlipSource[] = [];
    for (let g = net.projBase[p]!; g < net.projBase[p + 1]!; g++) {
      if (net.isLeaf[g] === 0) continue;
      sources.push({ task: g, start: days, finish: days });
      for (let w = 0; w < words; w++) reachBits[w]! |= bits[g * words + w]!;
    }
    let delayed: ProjectDelay[] = [];
    if (propagator !== null && othersReached(p) >= Math.max(1, minProjects)) delayed = delays(sources, p);
    if (!enough(delayed)) continue;
    const s = schedule.projects[p]!;
    projects.push({ projectId: s.id, name: s.name, delayedProjects: delayed });
  }

  const total = (list: readonly ProjectDelay[]): number => list.reduce((sum, d) => sum + d.days, 0);
  const byImpact = <T extends { delayedProjects: readonly ProjectDelay[] }>(list: T[]): T[] =>
    list
      .map((x, i) => ({ x, i, n: x.delayedProjects.length, t: total(x.delayedProjects) }))
      .sort((a, b) => b.n - a.n || b.t - a.t || a.i - b.i)
      .map((e) => e.x);
  return { days, minProjects, mode, tasks: byImpact(tasks), projects: byImpact(projects) };
}
