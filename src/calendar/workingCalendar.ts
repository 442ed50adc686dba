import { PmoError } from '../errors.js';
import type { Calendar } from '../model/calendar.js';
import { dayNumber, isoFromDayNumber } from '../internal/dates.js';
import { q, show } from '../internal/show.js';

/**
 * A {@link Calendar} compiled for fast arithmetic on working days. Create one with
 * {@link compileCalendar}; every calendar function also accepts the plain `Calendar` and compiles
 * it (once per calendar object) itself.
 *
 * Inside, a calendar is a weekly pattern plus a sorted list of dated overrides (holidays and
 * exceptions, merged into disjoint ranges), with the running count of working days at each
 * override. Counting the working days before a date and finding the n-th working day are then
 * O(log k) for k overrides, with no loop over days: a calendar is never walked day by day, so
 * no conversion can loop forever.
 *
 * All arithmetic is on UTC day numbers (days since 1970-01-01), so results never depend on the
 * machine's time zone.
 *
 * @example
 * ```ts
 * const cal = compileCalendar({ id: 'std', workingDays: [1, 2, 3, 4, 5], holidays: ['2026-12-25'], exceptions: [], hoursPerDay: 8 });
 * addWorkingDays(cal, '2026-12-24', 1); // '2026-12-28'
 * ```
 */
export class WorkingCalendar {
  /** Id of the source calendar. */
  readonly id: string;
  /** The calendar this was compiled from. */
  readonly source: Calendar;
  /** Number of working weekdays in the weekly pattern (0 to 7). */
  readonly workingDaysPerWeek: number;

  /** Working flag per position `d mod 7` (position 0 is a Thursday, like day number 0). */
  private readonly mask: Uint8Array;
  /** `prefix[r]`: working positions among 0 … r-1. */
  private readonly prefix: Int32Array;
  /** `pos[r]`: the position of the r-th working day of the week (0-based). */
  private readonly pos: Int32Array;
  /** Overrides: first day, day after the last, working flag. Sorted and disjoint. */
  private readonly ovStart: Int32Array;
  private readonly ovEnd: Int32Array;
  private readonly ovWorking: Uint8Array;
  /** Working days before the override's first day, and before the day after its last. */
  private readonly ovFs: Float64Array;
  private readonly ovFe: Float64Array;
  /** `ovCum[i]`: difference between the true and the weekly count, summed over overrides before i. */
  private readonly ovCum: Float64Array;

  /**
   * @internal Use {@link compileCalendar}.
   * @param source - the calendar
   * @param weekdays - working ISO weekdays (1 = Monday … 7 = Sunday)
   * @param overrides - sorted, disjoint ranges `[start, end)` of day numbers with a working flag
   */
  constructor(source: Calendar, weekdays: ReadonlySet<number>, overrides: readonly (readonly [number, number, boolean])[]) {
    this.id = source.id;
    this.source = source;
    this.mask = new Uint8Array(7);
    for (let r = 0; r < 7; r++) this.mask[r] = weekdays.has(((r + 3) % 7) + 1) ? 1 : 0;
    this.prefix = new Int32Array(8);
    const pos: number[] = [];
    for (let r = 0; r < 7; r++) {
      this.prefix[r + 1] = this.prefix[r]! + this.mask[r]!;
      if (this.mask[r] === 1) pos.push(r);
    }
    this.pos = Int32Array.from(pos);
    this.workingDaysPerWeek = pos.length;
    const k = overrides.length;
    this.ovStart = new Int32Array(k);
    this.ovEnd = new Int32Array(k);
    this.ovWorking = new Uint8Array(k);
    this.ovFs = new Float64Array(k);
    this.ovFe = new Float64Array(k);
    this.ovCum = new Float64Array(k + 1);
    for (let i = 0; i < k; i++) {
      const [s, e, working] = overrides[i]!;
      this.ovStart[i] = s;
      this.ovEnd[i] = e;
      this.ovWorking[i] = working ? 1 : 0;
      const weekly = this.weekCount(e) - this.weekCount(s);
      const actual = working ? e - s : 0;
      this.ovFs[i] = this.weekCount(s) + this.ovCum[i]!;
      this.ovFe[i] = this.ovFs[i]! + actual;
      this.ovCum[i + 1] = this.ovCum[i]! + actual - weekly;
    }
  }

  /** Weekly-pattern working days in `[0, d)` (negative for d < 0). */
  private weekCount(d: number): number {
    const w = Math.floor(d / 7);
    return w * this.workingDaysPerWeek + this.prefix[d - 7 * w]!;
  }

  /** Index of the last override starting at or before `d`, or -1. */
  private overrideAtOrBefore(d: number): number {
    let lo = 0;
    let hi = this.ovStart.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.ovStart[mid]! <= d) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  }

  /**
   * @internal Number of working days in `[0, d)` for a day number `d` (negative for days before
   * 1970-01-01). `dayIndex(b) - dayIndex(a)` counts the working days in `[a, b)`. O(log k).
   */
  dayIndex(d: number): number {
    const i = this.overrideAtOrBefore(d - 1);
    if (i < 0) return this.weekCount(d);
    if (d < this.ovEnd[i]!) return this.ovFs[i]! + (this.ovWorking[i] === 1 ? d - this.ovStart[i]! : 0);
    return this.weekCount(d) + this.ovCum[i + 1]!;
  }

  /**
   * @internal The working day whose {@link WorkingCalendar.dayIndex} is `c` (the working day with
   * exactly `c` working days before it since 1970-01-01), or `undefined` when the calendar has no
   * such day (a calendar whose working days are all exceptions). `c` must be an integer. O(log k).
   */
  dayAtIndex(c: number): number | undefined {
    let lo = 0;
    let hi = this.ovFe.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.ovFe[mid]! > c) hi = mid;
      else lo = mid + 1;
    }
    if (lo < this.ovFe.length && this.ovFs[lo]! <= c) return this.ovStart[lo]! + (c - this.ovFs[lo]!);
    const perWeek = this.workingDaysPerWeek;
    if (perWeek === 0) return undefined;
    const cw = c - this.ovCum[lo]!;
    const w = Math.floor(cw / perWeek);
    return 7 * w + this.pos[cw - w * perWeek]!;
  }

  /**
   * @internal Whether `other` has exactly the same working days (same weekly pattern, same
   * effective overrides), whatever its id. O(k).
   */
  sameWorkingDays(other: WorkingCalendar): boolean {
    if (other === this) return true;
    const eq = (a: ArrayLike<number>, b: ArrayLike<number>): boolean => {
      if (a.length !== b.length) return false;
      for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
      return true;
    };
    return eq(this.mask, other.mask) && eq(this.ovStart, other.ovStart) && eq(this.ovEnd, other.ovEnd) && eq(this.ovWorking, other.ovWorking);
  }

  /** @internal Whether day number `d` is a working day. O(log k). */
  isWorkingDayNumber(d: number): boolean {
    const i = this.overrideAtOrBefore(d);
    if (i >= 0 && d < this.ovEnd[i]!) return this.ovWorking[i] === 1;
    return this.mask[d - 7 * Math.floor(d / 7)] === 1;
  }

  /**
   * @internal The working day `dayAtIndex(c)`, or a `PmoError` naming the calendar and the
   * function when there is none.
   */
  dayAtIndexOrThrow(fn: string, c: number, near: number): number {
    const d = this.dayAtIndex(c);
    if (d === undefined) {
      const side = c >= this.dayIndex(near) ? 'on or after' : 'before';
      throw new PmoError(
        'INVALID_ARGUMENT',
        `${fn}: calendar ${q(this.id)} has no working day ${side} ${isoFromDayNumber(near)} (its weekly pattern has no working days and its working exceptions run out)`,
      );
    }
    return d;
  }
}

const compiled = new WeakMap<object, WorkingCalendar>();

/** Parses an ISO date for a calendar function, or throws `INVALID_ARGUMENT` naming the function. */
export function parseDateArg(fn: string, what: string, value: unknown): number {
  const d = typeof value === 'string' ? dayNumber(value) : undefined;
  if (d === undefined) throw new PmoError('INVALID_ARGUMENT', `${fn}: ${what} must be an existing day as YYYY-MM-DD, got ${show(value)}`);
  return d;
}

/** Checks an integer count of working days. */
export function integerArg(fn: string, what: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isInteger(value))
    throw new PmoError('INVALID_ARGUMENT', `${fn}: ${what} must be an integer number of working days, got ${show(value)}`);
  return value;
}

/**
 * Compiles (and caches per calendar object) a plain calendar. Exceptions win over holidays;
 * among overlapping exceptions the later one in the list wins.
 */
export function compileWith(fn: string, calendar: unknown): WorkingCalendar {
  if (calendar instanceof WorkingCalendar) return calendar;
  if (typeof calendar !== 'object' || calendar === null || Array.isArray(calendar))
    throw new PmoError('INVALID_ARGUMENT', `${fn}: expected a calendar object, got ${show(calendar)}`);
  const cached = compiled.get(calendar);
  if (cached !== undefined) return cached;
  const cal = calendar as Partial<Calendar>;
  if (typeof cal.id !== 'string' || cal.id === '') throw new PmoError('INVALID_ARGUMENT', `${fn}: a calendar needs a non-empty string id, got ${show(cal.id)}`);
  const where = `${fn}: calendar ${q(cal.id)}`;
  if (!Array.isArray(cal.workingDays)) throw new PmoError('INVALID_ARGUMENT', `${where}: workingDays must be an array of ISO weekdays (1 = Monday … 7 = Sunday)`);
  const weekdays = new Set<number>();
  for (const d of cal.workingDays as unknown[]) {
    if (typeof d !== 'number' || !Number.isInteger(d) || d < 0 || d > 7)
      throw new PmoError('INVALID_ARGUMENT', `${where}: working day ${show(d)} is not an ISO weekday (1 = Monday … 7 = Sunday)`);
    weekdays.add(d === 0 ? 7 : d);
  }
  // Ranges [start, end) with a priority: exceptions (later wins) over holidays.
  const ranges: { s: number; e: number; working: boolean; prio: number }[] = [];
  const holidays = cal.holidays === undefined ? [] : cal.holidays;
  if (!Array.isArray(holidays)) throw new PmoError('INVALID_ARGUMENT', `${where}: holidays must be an array of dates`);
  holidays.forEach((h, i) => {
    const d = parseDateArg(fn, `calendar ${q(cal.id!)}: holidays[${i}]`, h);
    ranges.push({ s: d, e: d + 1, working: false, prio: 0 });
  });
  const exceptions = cal.exceptions === undefined ? [] : cal.exceptions;
  if (!Array.isArray(exceptions)) throw new PmoError('INVALID_ARGUMENT', `${where}: exceptions must be an array`);
  exceptions.forEach((x: unknown, i) => {
    if (typeof x !== 'object' || x === null) throw new PmoError('INVALID_ARGUMENT', `${where}: exceptions[${i}] must be an object`);
    const ex = x as { date?: unknown; until?: unknown; working?: unknown };
    const s = parseDateArg(fn, `calendar ${q(cal.id!)}: exceptions[${i}].date`, ex.date);
    const e = ex.until === undefined ? s : parseDateArg(fn, `calendar ${q(cal.id!)}: exceptions[${i}].until`, ex.until);
    if (e < s) throw new PmoError('INVALID_ARGUMENT', `${where}: exceptions[${i}] ends (${String(ex.until)}) before it starts (${String(ex.date)})`);
    if (typeof ex.working !== 'boolean') throw new PmoError('INVALID_ARGUMENT', `${where}: exceptions[${i}].working must be true or false`);
    ranges.push({ s, e: e + 1, working: ex.working, prio: 1 + i });
  });
  const overrides = paint(ranges);
  if (weekdays.size === 0 && !overrides.some((o) => o[2]))
    throw new PmoError('INVALID_ARGUMENT', `${where} has no working days: no working weekday and no working exception`);
  const result = new WorkingCalendar(calendar as Calendar, weekdays, overrides);
  compiled.set(calendar, result);
  return result;
}

/**
 * Merges prioritized ranges into sorted disjoint `[start, end, working]` ranges, where each day
 * takes the status of the highest-priority range covering it. O(r log r) for r ranges.
 */
function paint(ranges: readonly { s: number; e: number; working: boolean; prio: number }[]): [number, number, boolean][] {
  if (ranges.length === 0) return [];
  const points = [...new Set(ranges.flatMap((r) => [r.s, r.e]))].sort((a, b) => a - b);
  const segs = points.length - 1;
  const status = new Int8Array(segs).fill(-1);
  const next = new Int32Array(segs + 1);
  for (let i = 0; i <= segs; i++) next[i] = i;
  const find = (i: number): number => {
    let root = i;
    while (next[root] !== root) root = next[root]!;
    while (next[i] !== root) {
      const up = next[i]!;
      next[i] = root;
      i = up;
    }
    return root;
  };
  const lowerBound = (x: number): number => {
    let lo = 0;
    let hi = points.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (points[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const byPriority = [...ranges].sort((a, b) => b.prio - a.prio);
  for (const r of byPriority) {
    const hi = lowerBound(r.e);
    for (let i = find(lowerBound(r.s)); i < hi; i = find(i + 1)) {
      status[i] = r.working ? 1 : 0;
      next[i] = i + 1;
    }
  }
  const out: [number, number, boolean][] = [];
  for (let i = 0; i < segs; i++) {
    if (status[i] === -1) continue;
    const working = status[i] === 1;
    const last = out[out.length - 1];
    if (last !== undefined && last[1] === points[i] && last[2] === working) last[1] = points[i + 1]!;
    else out.push([points[i]!, points[i + 1]!, working]);
  }
  return out;
}
