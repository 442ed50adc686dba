/**
 * The horizon of the leveling instance: a bound L (in periods) of any serial schedule's makespan,
 * which the capacity profiles cover, so that every period the solver can reach follows the
 * resources' calendars (past it they would default to full capacity); on a union axis, the
 * breaks of the task calendars up to it (and back before the start as far as a milestone's finish
 * can matter). Private.
 */
import { PmoError } from '../../errors.js';
import type { WorkingCalendar } from '../../calendar/workingCalendar.js';
import { isoFromDayNumber } from '../../internal/dates.js';
import type { RcpspPrecedence } from '../rcpspTypes.js';
import type { Axis } from './dayAxis.js';

/** Largest horizon (a bound of any serial schedule, in periods) for which a finer grid is used, and the furthest back (in days) the calendars are written before the start. */
export const MAX_PERIODS = 200_000;
/** Longest horizon of the capacity profiles, in periods (the solver's bound on its times). */
export const MAX_AXIS_PERIODS = 0x3ffffff;
/** Most periods × resources of the capacity profiles (the solver's bound on its time axis). */
const MAX_AXIS_CELLS = Math.floor(0x7fffffff / 8);

/** What {@link levelingHorizon} reads. */
export interface HorizonInput {
  readonly axis: Axis;
  /** Periods per working day. */
  readonly ppd: number;
  /** Number of resources. */
  readonly R: number;
  /** Key, duration, release and deadline of each activity, and its project's deadline (periods). */
  readonly keys: readonly string[];
  readonly dur: Int32Array;
  readonly release: Int32Array;
  readonly deadline: Float64Array;
  readonly projectDeadline: Float64Array;
  readonly projectOf: readonly number[];
  /** Whether the axis is a union of calendars (task calendars with other working days than the axis calendar). */
  readonly union: boolean;
  /** Calendar of each activity on a union axis; all null otherwise. */
  readonly cals: readonly (WorkingCalendar | null)[];
  readonly precedences: readonly RcpspPrecedence[];
  /** Names activity i in messages. */
  readonly name: (i: number) => string;
}

/** The horizon, the day of each of its periods, and the breaks of each task calendar. */
export interface LevelingHorizon {
  readonly L: number;
  /** Day number of each period of [0, L). */
  readonly days: Int32Array;
  /** Breaks `[from, to)` in periods of each task calendar (union axis only). */
  readonly calBreaks: ReadonlyMap<WorkingCalendar, [number, number][]>;
}

/**
 * Computes the horizon. O(n + m), plus on a union axis the calendars' working days up to it.
 * @throws PmoError `INVALID_ARGUMENT` when the time axis is too long to level (more than 2^26 - 1
 *   periods or 2^28 periods × resources) or a milestone's calendar would have to be written back
 *   more than {@link MAX_PERIODS} days before the start
 */
export function levelingHorizon(fn: string, x: HorizonInput): LevelingHorizon {
  const { release, dur, ppd, R } = x;
  const n = dur.length;
  let maxRelease = 0;
  for (let i = 0; i < n; i++) if (release[i]! > maxRelease) maxRelease = release[i]!;
  let L = maxRelease + 1;
  for (let i = 0; i < n; i++) L += dur[i]!;
  for (const e of x.precedences) L += Math.max(0, e.lag ?? 0);
  const calBreaks = new Map<WorkingCalendar, [number, number][]>();
  if (x.union) {
    const actIndex = new Map(x.keys.map((k, i) => [k, i] as const));
    L = unionHorizon(x, actIndex, maxRelease);
    // (Past the solver's limits the error below is thrown.)
    const back = writeBackDays(fn, x, actIndex);
    if (L <= MAX_AXIS_PERIODS && L * Math.max(R, 1) <= MAX_AXIS_CELLS)
      for (const c of new Set(x.cals) as Set<WorkingCalendar>) {
        const bs: [number, number][] = [];
        for (let u = back > 0 ? -back : 0; u * ppd < L; u++) {
          if (c.isWorkingDayNumber(x.axis.dayAt(u))) continue;
          const last = bs[bs.length - 1];
          if (last !== undefined && last[1] === u * ppd) last[1] += ppd;
          else bs.push([u * ppd, (u + 1) * ppd]);
        }
        calBreaks.set(c, bs);
      }
  }
  // The solver's own time axis: times up to 2^26 - 1, at most 2^31 / 8 cells (periods × resources).
  if (L > MAX_AXIS_PERIODS || L * Math.max(R, 1) > MAX_AXIS_CELLS)
    throw new PmoError(
      'INVALID_ARGUMENT',
      `${fn}: the time axis is too long to level (${L} periods of ${ppd === 1 ? 'a working day' : `1/${ppd} working day`} for ${R} resource${R === 1 ? '' : 's'}; at most ${MAX_AXIS_PERIODS} periods and ${MAX_AXIS_CELLS} periods × resources): reduce durations, lags or start dates`,
    );
  const days = new Int32Array(L);
  for (let t = 0; t < L; t++) days[t] = x.axis.dayAt(Math.floor(t / ppd));
  return { L, days, calBreaks };
}

/**
 * On task calendars a serial schedule waits through the gaps of each activity's own calendar.
 * Placed one by one, each activity starts no later than at its calendar's working periods after
 * every instant placed before it (B) plus its largest incoming lag, where the resources are free:
 * B grows by at most its calendar's widest window of (lag + max(duration, 1)) working periods,
 * whatever the order. The windows are taken over the horizon itself (a fixed point, by doubling).
 * At most `MAX_AXIS_PERIODS + 1`.
 */
function unionHorizon(x: HorizonInput, actIndex: ReadonlyMap<string, number>, maxRelease: number): number {
  const { dur, cals } = x;
  const n = dur.length;
  const lagIn = new Int32Array(n);
  for (const e of x.precedences) {
    const j = actIndex.get(e.to)!;
    if ((e.lag ?? 0) > lagIn[j]!) lagIn[j] = e.lag ?? 0;
  }
  const windows = calendarWindows([...new Set(cals)] as WorkingCalendar[], x.axis, x.ppd, MAX_AXIS_PERIODS);
  let upTo = maxRelease + 1;
  for (let i = 0; i < n; i++) upTo += lagIn[i]! + Math.max(dur[i]!, 1);
  let L: number;
  for (;;) {
    let need = maxRelease + 1;
    for (let i = 0; i < n && need <= MAX_AXIS_PERIODS; i++) need += windows(cals[i]!, lagIn[i]! + Math.max(dur[i]!, 1) - 1, upTo);
    if (need <= upTo || need > MAX_AXIS_PERIODS) {
      L = need;
      break;
    }
    upTo = Math.max(need, 2 * upTo);
  }
  return Math.min(L, MAX_AXIS_PERIODS + 1);
}

/**
 * How many axis days before the start the calendars go back: as far as a milestone's finish
 * instant can matter. A milestone finishes at the end of its calendar's last working day before
 * its start (before the start for one at the start). Written back to a day `lo` after that, the
 * instance sees it finish at lo instead, which changes nothing as long as: each FS/FF successor
 * (lag L >= 0) either does not work from the real instant to lo, or has worked more than L periods
 * from lo to the start (then the link asks nothing); and a deadline before the start is not
 * before lo (the milestone is late exactly when it is). (Nothing else reads a finish before the
 * start: a project whose activities all finish by its start is dated on its start.)
 */
function writeBackDays(fn: string, x: HorizonInput, actIndex: ReadonlyMap<string, number>): number {
  const { dur, cals, axis, ppd } = x;
  const n = dur.length;
  const day0 = axis.dayAt(0);
  let target = Infinity;
  let targetTask = -1;
  const outFinish: { v: number; lag: number }[][] = Array.from({ length: n }, () => []);
  for (const e of x.precedences) {
    const type = e.type ?? 'FS';
    const u = actIndex.get(e.from)!;
    if (dur[u] === 0 && (type === 'FS' || type === 'FF') && (e.lag ?? 0) >= 0) outFinish[u]!.push({ v: actIndex.get(e.to)!, lag: e.lag ?? 0 });
  }
  const lastBefore = (c: WorkingCalendar): number | undefined => c.dayAtIndex(c.dayIndex(day0) - 1);
  for (let i = 0; i < n; i++) {
    if (dur[i] !== 0) continue;
    // (Without a working day before the start, its finish instant is after it.)
    const last = lastBefore(cals[i]!);
    if (last === undefined) continue;
    let need = Infinity;
    for (const { v, lag } of outFinish[i]!) {
      const cv = cals[v]!;
      const first = cv.dayAtIndex(cv.dayIndex(last + 1));
      if (first === undefined || first >= day0) continue;
      need = Math.min(need, Math.max(first, cv.dayAtIndex(cv.dayIndex(day0) - (Math.floor(lag / ppd) + 1)) ?? -Infinity));
    }
    const dl = Math.min(x.deadline[i]!, x.projectDeadline[x.projectOf[i]!]!);
    if (dl < 0) need = Math.min(need, axis.dayAt(Math.floor(dl / ppd)));
    const t = Math.max(last, need);
    if (t < target) {
      target = t;
      targetTask = i;
    }
  }
  if (!(target < day0)) return 0;
  if (day0 - target > MAX_PERIODS)
    throw new PmoError(
      'INVALID_ARGUMENT',
      `${fn}: milestone ${x.name(targetTask)} finishes, or its links or deadline count, from ${isoFromDayNumber(target)}, more than ${MAX_PERIODS} days before the start ${axis.dateAt(0)}: leveling cannot write its calendars back that far (give them a working day closer to the start)`,
    );
  return -axis.indexOf(target);
}

/**
 * Widest window of m + 1 consecutive working periods of a calendar on the axis (from its period
 * before the window to its last): `max over k of nth(c, k + m) - nth(c, k - 1)` over the windows
 * whose period before starts before `R` (k >= 0; the period before 0 counts as working). Infinity
 * when the calendar has too few working days within `cap` periods. Working days are scanned once
 * per calendar; O(ppd × working days up to R) per distinct (calendar, m), memoized.
 */
function calendarWindows(cals: readonly WorkingCalendar[], axis: Axis, ppd: number, cap: number): (c: WorkingCalendar, m: number, R: number) => number {
  const days = new Map<WorkingCalendar, number[]>();
  const scanned = new Map<WorkingCalendar, number>();
  const memo = new Map<WorkingCalendar, Map<number, [number, number]>>();
  for (const c of cals) {
    days.set(c, []);
    scanned.set(c, 0);
    memo.set(c, new Map());
  }
  const maxDay = Math.ceil(cap / ppd) + 1;
  // Axis indexes of the working days of c, at least `count` of them or up to `maxDay`.
  const ensure = (c: WorkingCalendar, count: number): number[] => {
    const d = days.get(c)!;
    let u = scanned.get(c)!;
    while (d.length < count && u < maxDay) {
      if (c.isWorkingDayNumber(axis.dayAt(u))) d.push(u);
      u++;
    }
    scanned.set(c, u);
    return d;
  };
  return (c, m, R) => {
    const known = memo.get(c)!.get(m);
    if (known !== undefined && known[0] >= R) return known[1];
    const a = Math.floor(m / ppd) + 1;
    let best = 0;
    for (let i = 0; ; i++) {
      const d = ensure(c, i + a + 1);
      if (d.length < i + a + 1) {
        best = Infinity;
        break;
      }
      const first = i === 0 ? -1 : d[i - 1]! * ppd + ppd - 1;
      if (first >= R) break;
      for (let s = 0; s < ppd; s++) {
        const before = s === 0 ? first : d[i]! * ppd + s - 1;
        const w = i + Math.floor((s + m) / ppd);
        const span = d[w]! * ppd + ((s + m) % ppd) - before;
        if (span > best) best = span;
      }
    }
    memo.get(c)!.set(m, [R, best]);
    return best;
  };
}
