/**
 * Private: the positions of a portfolio schedule's leaf tasks on their own calendars, when tasks
 * work on calendars with other working days than the reference calendar, so that link floats
 * are measured as the engine measures tightness: on the successor's calendar.
 *
 * The engine places each task at a position `x` on its own calendar (working days of that
 * calendar, a fraction being a part of a day) and tests a link `u -> v` of type XY and lag L by
 * `Y(v) - (W_v(X(u)) + L)`, X(u) being u's start or finish instant and `W_v` the working time of
 * v's calendar (see `multiCalendar.ts`). A `ScheduledTask` gives the dates and the reference
 * offsets; the position is recovered from them: its whole part from the date, its fraction from
 * the reference offset when the reference calendar works that day (else from the finish). A task
 * with driving predecessors sits exactly where a driving link puts it (the engine's own test), so
 * its position is taken from that link: a driving link's float is then exactly 0.
 *
 * When a task's start and finish both fall on days the reference calendar does not work and it
 * has no driving predecessor, the schedule does not carry the fraction of its position; it is
 * then placed as the engine's forward pass places it: at its floor (project start, SNET, FNET,
 * MSO, MFO), or at its cap (SNLT, FNLT, MSO, MFO) when its links or its floor push it beyond.
 * Limit: an ALAP task in that case is taken as a whole-day finish when a finish constraint
 * (FNET, FNLT, MFO, or an FNLT of a summary above it) falls on its finish day, else a whole-day
 * start.
 */
import type { Calendar } from '../../../model/calendar.js';
import { compileWith, type WorkingCalendar } from '../../../calendar/workingCalendar.js';
import { STANDARD_CALENDAR } from '../../../calendar/standardCalendar.js';
import { dayNumber, isoFromDayNumber } from '../../../internal/dates.js';
import { calendarIndex, finishInstant, multiCalendar, positionAt, startInstant, type MultiCalendar } from '../../internal/multiCalendar.js';
import { EPS, type Network } from './network.js';

/** Leaf positions on their own calendars (null from {@link calendarPositions}: one axis suffices). */
export interface Positions {
  readonly mc: MultiCalendar;
  /** Calendar index of each task (`mc.cals`, 0 = the reference calendar). */
  readonly calOf: Int32Array;
  /** Early start of each leaf on its own calendar (summaries: unused). */
  readonly x: Float64Array;
  /** Position of each task's project start on the task's calendar. */
  readonly start: Float64Array;
  /** 1 for a milestone dated on the day at its position (a start drives it), 0 otherwise. */
  readonly anchored: Uint8Array;
  /** Whether calendar index `c` works on the day number `day`. */
  works(c: number, day: number): boolean;
}

/**
 * The own-calendar positions of the leaves of `net`, or `null` when every leaf works on a
 * calendar with the reference calendar's working days (the offsets are then the positions).
 */
export function calendarPositions(fn: string, net: Network): Positions | null {
  const { portfolio, schedule, tasks } = net;
  const resolve = calendarResolver(fn, portfolio);
  const ref = resolve(schedule.calendarId);
  // Calendars with the same working days share an index, as in the engine.
  const { cals, idx } = calendarIndex(ref);
  const calOf = new Int32Array(net.n);
  const startDayOf = new Float64Array(net.n);
  let other = false;
  portfolio.projects.forEach((proj, p) => {
    const projectCal = proj.calendarId ?? portfolio.defaultCalendarId;
    const startDay = dayNumber(proj.start) ?? 0;
    proj.tasks.forEach((t, i) => {
      const g = net.projBase[p]! + i;
      calOf[g] = idx(resolve(t.calendarId ?? projectCal));
      startDayOf[g] = startDay;
      if (calOf[g] !== 0 && net.isLeaf[g] === 1) other = true;
    });
  });
  if (!other) return null;

  let originDay = Infinity;
  for (const proj of portfolio.projects) originDay = Math.min(originDay, dayNumber(proj.start) ?? Infinity);
  const mc = multiCalendar(fn, cals, calOf, originDay);
  const { origin } = mc;
  const O = origin[0]!;
  const start = new Float64Array(net.n);
  for (let g = 0; g < net.n; g++) start[g] = cals[calOf[g]!]!.dayIndex(startDayOf[g]!) - origin[calOf[g]!]!;
  const works = (c: number, day: number): boolean => cals[c]!.isWorkingDayNumber(day);

  // Estimates from the dates and the reference offsets.
  const x = new Float64Array(net.n);
  /** Floor and cap of the leaves placed by them alone (NaN: placed otherwise). */
  const floorAt = new Float64Array(net.n).fill(NaN);
  const capAt = new Float64Array(net.n).fill(NaN);
  const frac = (v: number): number => Math.min(Math.max(v, 0), 1);
  for (let g = 0; g < net.n; g++) {
    if (net.isLeaf[g] === 0) continue;
    const t = tasks[g]!;
    const c = calOf[g]!;
    if (c === 0) {
      x[g] = t.earlyStart;
      continue;
    }
    const cal = cals[c]!;
    const D = dayNumber(t.earlyStartDate)!;
    const d = net.dur[g]!;
    if (d > 0) {
      const F = dayNumber(t.earlyFinishDate)!;
      if (works(0, D)) x[g] = cal.dayIndex(D) - origin[c]! + frac(t.earlyStart - (ref.dayIndex(D) - O));
      else if (works(0, F)) x[g] = cal.dayIndex(F) - origin[c]! + frac(t.earlyFinish - (ref.dayIndex(F) - O)) - d;
      else if (t.drivingPredecessors.length === 0 && !alap(net, g)) {
        // Neither day works on the reference calendar. Without a driving predecessor the engine
        // leaves the task at its floor, or at its cap when lower than its floor or its links
        // (settled below, in topological order).
        [floorAt[g], capAt[g]] = resting(net, g, cal, origin[c]!, start[g]!);
        x[g] = Math.min(floorAt[g]!, capAt[g]!);
      } else {
        // Neither day works on the reference calendar. Without a driving predecessor (handled
        // below) a task starts at its project's start or a start constraint (a whole day) or
        // finishes at a finish constraint (a whole day).
        const startWhole = cal.dayIndex(D) - origin[c]!;
        const finishWhole = cal.dayIndex(F + 1) - origin[c]! - d;
        x[g] = finishConstraintOn(fn, net, g, cal, F) && Math.floor(finishWhole + EPS) === startWhole ? finishWhole : startWhole;
      }
    } else {
      // A milestone's date is the day at its position (start-driven) or the day before it.
      const atStart = cal.dayIndex(D) - origin[c]!;
      if (works(0, D) && Math.abs(t.earlyStart - (ref.dayIndex(D + 1) - O)) <= EPS) x[g] = atStart + 1;
      else if (works(0, D)) x[g] = atStart + frac(t.earlyStart - (ref.dayIndex(D) - O));
      else if (t.drivingPredecessors.length === 0 && !alap(net, g)) {
        [floorAt[g], capAt[g]] = resting(net, g, cal, origin[c]!, start[g]!);
        x[g] = Math.min(floorAt[g]!, capAt[g]!);
      }
      // Neither: at its project's start or a start constraint (the day at it), else by a link
      // (see below) or a finish constraint (the day before it).
      else x[g] = (atStart > start[g]! + EPS && t.drivingPredecessors.length > 0) || finishConstraintOn(fn, net, g, cal, D) ? atStart + 1 : atStart;
    }
  }
  const anchored = new Uint8Array(net.n);
  const pos: Positions = { mc, calOf, x, start, anchored, works };
  // Tasks with driving predecessors: exactly where the driving link closest to the estimate puts them.
  const driving = new Set<string>();
  const byPred = new Map<number, number>();
  const { order, inOff, inSrc, inTyp, inLag } = net;
  for (let i = 0; i < order.length; i++) {
    const v = order[i]!;
    const preds = tasks[v]!.drivingPredecessors;
    if (!Number.isNaN(floorAt[v]!)) {
      // No link drives it: at its cap when a link (or its floor) pushes it beyond, else at its floor.
      let push = floorAt[v]!;
      for (let s = inOff[v]!; s < inOff[v + 1]!; s++) push = Math.max(push, bound(pos, net.dur, inSrc[s]!, v, inTyp[s]!, inLag[s]!, x[inSrc[s]!]!, net.dur[inSrc[s]!]!));
      x[v] = Math.min(capAt[v]!, push);
      continue;
    }
    if (preds.length === 0) continue;
    driving.clear();
    for (const k of preds) driving.add(k);
    // Of several links from one driving predecessor, the tight one puts v furthest (the others
    // are not honoured beyond v's cap): per predecessor, the largest bound within the cap.
    byPred.clear();
    for (let s = inOff[v]!; s < inOff[v + 1]!; s++) {
      const u = inSrc[s]!;
      if (!driving.has(tasks[u]!.key)) continue;
      const b = bound(pos, net.dur, u, v, inTyp[s]!, inLag[s]!, x[u]!, net.dur[u]!);
      if (!(byPred.get(u)! >= b)) byPred.set(u, b);
    }
    const cap = byPred.size > 1 || inOff[v + 1]! - inOff[v]! > 1 ? resting(net, v, cals[calOf[v]!]!, origin[calOf[v]!]!, start[v]!)[1] : Infinity;
    let best = NaN;
    for (const bu of byPred.values()) {
      const b = Math.min(cap, bu);
      if (Number.isNaN(best) || Math.abs(b - x[v]!) < Math.abs(best - x[v]!)) best = b;
    }
    // Only a bound the dates agree with (a wrong estimate upstream must not spread).
    const agrees = net.dur[v]! > 0 ? Math.floor(best + EPS) === Math.floor(x[v]! + EPS) : Math.abs(best - x[v]!) <= 1 + EPS;
    if (!Number.isNaN(best) && agrees) x[v] = best;
  }
  for (let g = 0; g < net.n; g++) {
    if (net.isLeaf[g] === 0 || net.dur[g]! > 0) continue;
    const c = calOf[g]!;
    anchored[g] = isoFromDayNumber(cals[c]!.dayAtIndexOrThrow(fn, Math.floor(x[g]! + EPS) + origin[c]!, originDay)) === tasks[g]!.earlyStartDate ? 1 : 0;
  }
  return pos;
}

/** Whether leaf g has an ALAP constraint (placed by its late dates, not by its floor). */
function alap(net: Network, g: number): boolean {
  const p = net.projOf[g]!;
  return net.portfolio.projects[p]!.tasks[g - net.projBase[p]!]!.constraint?.type === 'ALAP';
}

/**
 * The floor and the cap of leaf g's early start on its calendar `cal`, between which the
 * engine's forward pass places it when no link drives it: the floor from its project's start,
 * SNET, FNET, MSO, MFO and SNET of WBS summaries above it, the cap from SNLT, FNLT, MSO, MFO and
 * FNLT of summaries, each date moved to the task's working days as the engine moves it (the
 * engine's `constraints.ts`).
 */
function resting(net: Network, g: number, cal: WorkingCalendar, origin: number, projectStart: number): [number, number] {
  const d = net.dur[g]!;
  let floor = projectStart;
  let cap = Infinity;
  const p = net.projOf[g]!;
  const tasks = net.portfolio.projects[p]!.tasks;
  const manual = tasks[g - net.projBase[p]!]!.manualStart;
  if (manual !== undefined) {
    // A manually scheduled task sits at its start, whatever its constraints and its summaries'.
    const at = cal.dayIndex(dayNumber(manual)!) - origin;
    return [at, at];
  }
  for (let a = g; a >= 0; a = net.parent[a]!) {
    const c = tasks[a - net.projBase[p]!]!.constraint;
    if (c?.date === undefined) continue;
    const day = dayNumber(c.date)!;
    // A start constraint at the start of its day's working time, a finish one at its end.
    const startAt = cal.dayIndex(day) - origin;
    const finishAt = cal.dayIndex(day + 1) - origin - d;
    const own = a === g;
    switch (c.type) {
      case 'SNET':
        floor = Math.max(floor, startAt);
        break;
      case 'FNET':
        if (own) floor = Math.max(floor, finishAt);
        break;
      case 'SNLT':
        if (own) cap = Math.min(cap, startAt);
        break;
      case 'FNLT':
        cap = Math.min(cap, finishAt);
        break;
      case 'MSO':
        if (own) [floor, cap] = [Math.max(floor, startAt), Math.min(cap, startAt)];
        break;
      case 'MFO':
        if (own) [floor, cap] = [Math.max(floor, finishAt), Math.min(cap, finishAt)];
        break;
      default:
        break;
    }
  }
  return [floor, cap];
}

/**
 * Whether a finish constraint of leaf g (FNET, FNLT, MFO, or an FNLT of a WBS summary above it)
 * falls, moved to a working day of calendar `cal` as the engine moves it, on day `day`.
 */
function finishConstraintOn(fn: string, net: Network, g: number, cal: WorkingCalendar, day: number): boolean {
  const on = (type: string | undefined, date: string | undefined): boolean => {
    if (date === undefined || (type !== 'FNET' && type !== 'FNLT' && type !== 'MFO')) return false;
    const d = dayNumber(date)!;
    return cal.dayAtIndexOrThrow(fn, cal.dayIndex(d + 1) - 1, d) === day;
  };
  const task = (k: number) => net.portfolio.projects[net.projOf[k]!]!.tasks[k - net.projBase[net.projOf[k]!]!]!;
  if (task(g).manualStart !== undefined) return false;
  if (on(task(g).constraint?.type, task(g).constraint?.date)) return true;
  for (let a = net.parent[g]!; a >= 0; a = net.parent[a]!) {
    const c = task(a).constraint;
    if (c?.type === 'FNLT' && on(c.type, c.date)) return true;
  }
  return false;
}

/**
 * The early start that link `u -> v` (type code `t`, lag `lag`) puts on v, on v's calendar, when
 * u starts at `xu` with duration `du` (the engine's forward-pass bound).
 */
export function bound(pos: Positions, dur: Float64Array, u: number, v: number, t: number, lag: number, xu: number, du: number): number {
  const toFinish = (t & 2) !== 0;
  const fromFinish = (t & 1) === 0;
  const p = carry(pos, pos.calOf[u]!, pos.calOf[v]!, fromFinish ? xu + du : xu, fromFinish) + lag;
  return toFinish ? p - dur[v]! : p;
}

/**
 * The earliest position on calendar `b` of a start or finish not before the start (`fromFinish`
 * false) or finish at position `at` of calendar `a` (the engine's transfer: `W_b` of that instant;
 * non-decreasing in `at`).
 */
export function carry(pos: Positions, a: number, b: number, at: number, fromFinish: boolean): number {
  if (a === b) return at;
  const { mc } = pos;
  return positionAt(mc, b, fromFinish ? finishInstant(mc, a, at) : startInstant(mc, a, at));
}

/** Float of link `u -> v` in the early schedule, in working days of v's calendar. */
export function linkFloat(pos: Positions, dur: Float64Array, u: number, v: number, t: number, lag: number): number {
  return pos.x[v]! - bound(pos, dur, u, v, t, lag, pos.x[u]!, dur[u]!);
}

/**
 * Compiles the portfolio's calendars by id on first use (the first calendar of an id wins, as in
 * the engine); an unknown or missing id gives the standard calendar.
 */
export function calendarResolver(fn: string, portfolio: { readonly calendars?: readonly Calendar[] }): (id: string | undefined) => WorkingCalendar {
  const byId = new Map<string, Calendar>();
  for (const c of portfolio.calendars ?? []) if (!byId.has(c.id)) byId.set(c.id, c);
  const compiled = new Map<string, WorkingCalendar>();
  return (id) => {
    const key = id ?? STANDARD_CALENDAR.id;
    let w = compiled.get(key);
    if (w === undefined) {
      w = compileWith(fn, byId.get(key) ?? STANDARD_CALENDAR);
      compiled.set(key, w);
    }
    return w;
  };
}
