/**
 * Private: how far a slip moves a task, a project or the portfolio, each on its own calendar.
 *
 * A leaf task's start and finish are positions on its own calendar (see `positions.ts`): its
 * shifts are the moves of those positions, in working days of that calendar. A WBS summary's start
 * is the earliest start instant of its leaves and its finish the latest finish instant; a
 * project's finish is the latest finish instant of its leaves (not before its start), as the
 * engine dates it; the portfolio's is the latest of its projects'. Such an instant moves, in
 * working days of the summary's calendar (its `calendarId`, else its project's), of the
 * project's calendar, or of the schedule's (reference) calendar for the portfolio: `W_c(t1) -
 * W_c(t0)`. When that calendar does not work on the new finish date (the old start date for a
 * start; a task on another calendar sets it), it is measured on the calendar of the first leaf,
 * in portfolio order, at that instant, which works that day: so a finish (or a summary's start)
 * whose date moves later gives a positive shift.
 *
 * A milestone whose position does not move but whose date does (a start now drives it, so the
 * engine dates it on the working day at its position instead of the one before) moves by the
 * working days of its calendar between the two dates.
 *
 * When every task and project works on calendars with the reference calendar's working days,
 * every shift is the difference of the schedule's offsets, as computed before this module.
 */
import { dayNumber } from '../../../internal/dates.js';
import { calendarIndex, finishInstant, multiCalendar, positionAt, startInstant, type MultiCalendar } from '../../internal/multiCalendar.js';
import { calendarResolver } from './positions.js';
import { EPS, type Network } from './network.js';

/** The calendars shifts are measured on. */
export interface ShiftFrame {
  readonly mc: MultiCalendar;
  /** Every task and project works on the reference calendar's working days (`cals[0]`). */
  readonly single: boolean;
  /** Own calendar of each task (summaries included), an index of `mc.cals`. */
  readonly calOf: Int32Array;
  /** Calendar of each project. */
  readonly projCal: Int32Array;
  /** Instant of each project's start: the beginning of its calendar's first working day on or after it. */
  readonly projFloor: Float64Array;
  /** Instant of the schedule's start (the reference calendar's first working day). */
  readonly floor: number;
}

/** The calendars of the tasks and projects of `net`, with the origin used by `positions.ts`. */
export function shiftFrame(fn: string, net: Network): ShiftFrame {
  const { portfolio, schedule } = net;
  const resolve = calendarResolver(fn, portfolio);
  // Calendars with the same working days share an index, as in the engine.
  const { cals, idx } = calendarIndex(resolve(schedule.calendarId));
  const P = net.projectCount;
  const calOf = new Int32Array(net.n);
  const projCal = new Int32Array(P);
  const startDay = new Float64Array(P);
  let originDay = Infinity;
  portfolio.projects.forEach((proj, p) => {
    const projectCal = proj.calendarId ?? portfolio.defaultCalendarId;
    projCal[p] = idx(resolve(projectCal));
    startDay[p] = dayNumber(proj.start) ?? 0;
    originDay = Math.min(originDay, startDay[p]!);
    proj.tasks.forEach((t, i) => {
      calOf[net.projBase[p]! + i] = idx(resolve(t.calendarId ?? projectCal));
    });
  });
  if (!Number.isFinite(originDay)) originDay = dayNumber(schedule.startDate) ?? 0;
  const mc = multiCalendar(fn, cals, calOf, originDay);
  const first = (c: number, day: number): number => cals[c]!.dayAtIndexOrThrow(fn, cals[c]!.dayIndex(day), day);
  const projFloor = new Float64Array(P);
  for (let p = 0; p < P; p++) projFloor[p] = first(projCal[p]!, startDay[p]!);
  return { mc, single: cals.length === 1, calOf, projCal, projFloor, floor: first(0, originDay) };
}

/**
 * Working days that a start or finish moves, from instant `t0` on day `day0` (its date) to `t1`
 * on `day1`, on calendar `c`; when `c` does not work on the day that counts (the new date of a
 * finish, the old date of a start), on the calendar of the task that sets the instant then
 * (`atNew()` at `t1` for a finish, `atOld()` at `t0` for a start), which works that day: on it a
 * later instant counts later. When no working time passes but the date moves (the end of one
 * working day becomes the beginning of the next, as for a milestone that a start now drives), the
 * working days after the old date up to the new one, of that calendar, else of the calendar of
 * the task at `t1` (which works on the new date).
 */
export function instantShift(
  frame: ShiftFrame,
  c: number,
  t0: number,
  t1: number,
  day0: number,
  day1: number,
  finish: boolean,
  atOld: () => number,
  atNew: () => number,
): number {
  if (Math.abs(t1 - t0) <= EPS && day0 === day1) return 0;
  const { mc } = frame;
  const on = mc.cals[c]!.isWorkingDayNumber(finish ? day1 : day0) ? c : finish ? atNew() : atOld();
  const shift = positionAt(mc, on, t1) - positionAt(mc, on, t0);
  if (Math.abs(shift) > EPS || day0 === day1) return shift;
  const days = daysBetween(frame, on, day0, day1);
  return days !== 0 ? days : daysBetween(frame, atNew(), day0, day1);
}

/** The day a finish instant `t` ends (the engine's finish date; `floor` when nothing is worked after it). */
export function finishDay(t: number, floor: number): number {
  return t > floor + EPS ? Math.ceil(t - EPS) - 1 : floor;
}

/** Where the leaves of a schedule are: their start position and duration on their own calendars. */
export interface Placement {
  /** Early start of each leaf on its own calendar (`frame.calOf`). */
  readonly x: Float64Array;
  /** Duration of each leaf. */
  readonly d: Float64Array;
}

/** The instant of the finish of leaf g at position `f` of its calendar (the end of its last working day). */
export function finishOf(frame: ShiftFrame, g: number, f: number): number {
  return finishInstant(frame.mc, frame.calOf[g]!, f);
}

/** The instant of the finish of leaf g (a milestone's at its position, whatever its date). */
export function finishAt(frame: ShiftFrame, at: Placement, g: number): number {
  return finishOf(frame, g, at.x[g]! + at.d[g]!);
}

/** The instant of the start of leaf g (a milestone's as its date says: `startDated`). */
export function startAt(frame: ShiftFrame, at: Placement, g: number, startDated: boolean): number {
  const c = frame.calOf[g]!;
  return at.d[g]! > 0 || startDated ? startInstant(frame.mc, c, at.x[g]!) : finishInstant(frame.mc, c, at.x[g]!);
}

/**
 * Working days of calendar `c` from the day `d0` to the day `d1`: those after `d0` up to `d1`
 * included (negative when `d1` is before `d0`); at least 1 when `d1` is later and `c` works on it.
 */
export function daysBetween(frame: ShiftFrame, c: number, d0: number, d1: number): number {
  const cal = frame.mc.cals[c]!;
  return cal.dayIndex(d1 + 1) - cal.dayIndex(d0 + 1);
}
