/**
 * MSPDI calendars to pmo-kit calendars, base-calendar inheritance flattened. Private to
 * pmo-kit/io.
 *
 * Per calendar: the weekly pattern (`WeekDays/WeekDay` with `DayType` 1..7 = Sunday..Saturday),
 * dated exceptions in both forms — `<Exceptions>` (Project 2007 and later, recurring ones
 * expanded) and dated `WeekDay` entries (`DayType` 0 with `TimePeriod`, Project 2003; MS Project
 * 2007+ writes both, so a dated entry only counts for days no `<Exception>` covers) — and
 * `<WorkWeeks>` (date ranges with their own weekly pattern, kept as exceptions on the days where
 * they differ from the regular pattern).
 *
 * Inheritance: a derived calendar (`BaseCalendarUID`) takes each weekday it does not define from
 * its base; dated rules (exceptions, work weeks) of the derived calendar win over the base's on
 * the same days, and every dated rule wins over any weekly pattern.
 */
import { dayNumber, isoFromDayNumber, isoWeekday } from '../../internal/dates.js';
import type { CalendarException } from '../../model/calendar.js';
import { child, items, Reader, value, workingIntervals } from './mspdi.js';
import { defaultTimes, minutesOf, type DayTimes, type Interval } from './mspdiTime.js';
import { expandRecurrence, MAX_OCCURRENCES } from './recurrence.js';
import type { XmlNode } from './xml.js';

/** A dated rule over an inclusive range of day numbers. */
interface DatedRule {
  from: number;
  to: number;
  working: boolean;
  name?: string | undefined;
  /** Working periods of each day of the rule, when written. */
  times?: Interval[] | undefined;
  /** A work week's periods per ISO weekday (undefined: the day does not work in that week). */
  weekTimes?: ReadonlyMap<number, Interval[] | undefined> | undefined;
}

interface DayPattern {
  working: boolean;
  minutes: number | undefined;
  /** Working periods, when written. */
  times: Interval[] | undefined;
}

/** One `<Calendar>` as written, before inheritance. */
export interface RawCalendar {
  readonly uid: number;
  readonly name: string | undefined;
  readonly isBase: boolean;
  readonly baseUid: number | undefined;
  /** ISO weekday (1 = Monday) -> pattern, only the days the element defines. */
  readonly weekdays: Map<number, DayPattern>;
  /** Own dated rules in precedence order. */
  readonly dated: DatedRule[];
  /** Work weeks: ranges with their own weekly pattern. */
  readonly workWeeks: { from: number; to: number; name: string | undefined; days: Map<number, boolean>; times: Map<number, Interval[] | undefined> }[];
}

/** A flattened calendar in pmo-kit's terms (before ids are mapped), with its working times. */
export interface ResolvedCalendar extends DayTimes {
  readonly uid: number;
  readonly name: string | undefined;
  readonly isBase: boolean;
  readonly baseUid: number | undefined;
  readonly workingDays: number[];
  readonly holidays: string[];
  readonly exceptions: CalendarException[];
  readonly hoursPerDay: number;
}

/** Sunday-first MSPDI day type (1..7) to ISO weekday (1 = Monday … 7 = Sunday). */
export const isoFromDayType = (dayType: number): number => (dayType === 1 ? 7 : dayType - 1);
/** ISO weekday to MSPDI day type. */
export const dayTypeFromIso = (iso: number): number => (iso === 7 ? 1 : iso + 1);

const MAX_RANGE_DAYS = 400_000;

/** Reads the calendars of a document. */
export function readRawCalendars(r: Reader, project: XmlNode, warn: (code: string, message: string) => void): RawCalendar[] {
  const out: RawCalendar[] = [];
  const seen = new Set<number>();
  for (const cal of items(child(project, 'Calendars'), 'Calendar')) {
    const uid = r.int(cal, 'UID', 'a <Calendar>');
    if (uid === undefined) {
      warn('calendar-without-uid', 'a <Calendar> without <UID> was skipped');
      continue;
    }
    const where = `calendar UID ${uid}`;
    if (seen.has(uid)) {
      warn('duplicate-calendar', `${where} appears twice; the second was skipped`);
      continue;
    }
    seen.add(uid);
    const baseUid = r.int(cal, 'BaseCalendarUID', where);
    const raw: RawCalendar = {
      uid,
      name: value(cal, 'Name') === undefined ? undefined : (cal.Name as string),
      isBase: r.bool(cal, 'IsBaseCalendar', where) ?? baseUid === undefined,
      baseUid: baseUid === undefined || baseUid < 0 ? undefined : baseUid,
      weekdays: new Map(),
      dated: [],
      workWeeks: [],
    };
    const fromDays: DatedRule[] = [];
    for (const wd of items(child(cal, 'WeekDays'), 'WeekDay')) {
      const dayType = r.int(wd, 'DayType', where);
      const times = workingIntervals(r, wd, where);
      const minutes = times === undefined ? undefined : minutesOf(times);
      const working = r.bool(wd, 'DayWorking', where) ?? minutes !== undefined;
      if (dayType === undefined) continue;
      if (dayType >= 1 && dayType <= 7) raw.weekdays.set(isoFromDayType(dayType), { working, minutes, times });
      else if (dayType === 0) {
        const range = readRange(r, child(wd, 'TimePeriod'), where);
        if (range) fromDays.push({ ...range, working, times });
      } else r.fail(where, `<DayType> must be 0..7, got ${dayType}`);
    }
    for (const ex of items(child(cal, 'Exceptions'), 'Exception')) {
      const range = readRange(r, child(ex, 'TimePeriod'), where);
      if (!range) continue; // MS Project ignores exceptions without dates
      const name = value(ex, 'Name') === undefined ? undefined : (ex.Name as string);
      const times = workingIntervals(r, ex, where);
      const working = r.bool(ex, 'DayWorking', where) ?? times !== undefined;
      const type = r.int(ex, 'Type', where);
      const period = r.int(ex, 'Period', where);
      if (type === undefined || ((type === 1 || type === 7) && (period ?? 1) === 1)) {
        raw.dated.push({ ...range, working, name, times });
        continue;
      }
      const days = expandRecurrence({
        type,
        from: range.from,
        to: range.to,
        occurrences: r.int(ex, 'Occurrences', where),
        period,
        daysOfWeek: r.int(ex, 'DaysOfWeek', where),
        monthDay: r.int(ex, 'MonthDay', where),
        monthItem: r.int(ex, 'MonthItem', where),
        monthPosition: r.int(ex, 'MonthPosition', where),
        month: r.int(ex, 'Month', where),
      });
      if (typeof days === 'string') {
        warn(
          'unsupported-recurrence',
          `${where}: recurring exception ${JSON.stringify(name ?? '')} could not be expanded (${days}); its dated WeekDay entries are used if present`,
        );
        continue;
      }
      for (const d of days) raw.dated.push({ from: d, to: d, working, name, times });
    }
    // Dated WeekDay entries count only where no <Exception> already decides.
    const covered = raw.dated.map((d) => [d.from, d.to] as const);
    for (const rule of fromDays) for (const piece of subtract(rule, covered)) raw.dated.push(piece);
    for (const ww of items(child(cal, 'WorkWeeks'), 'WorkWeek')) {
      const range = readRange(r, child(ww, 'TimePeriod'), where);
      if (!range) continue;
      const days = new Map<number, boolean>();
      const times = new Map<number, Interval[] | undefined>();
      for (const wd of items(child(ww, 'WeekDays'), 'WeekDay')) {
        const dayType = r.int(wd, 'DayType', where);
        if (dayType === undefined || dayType < 1 || dayType > 7) continue;
        const t = workingIntervals(r, wd, where);
        days.set(isoFromDayType(dayType), r.bool(wd, 'DayWorking', where) ?? t !== undefined);
        times.set(isoFromDayType(dayType), t);
      }
      for (let iso = 1; iso <= 7; iso++) if (!days.has(iso)) days.set(iso, false);
      raw.workWeeks.push({ ...range, name: value(ww, 'Name') === undefined ? undefined : (ww.Name as string), days, times });
    }
    out.push(raw);
  }
  return out;
}

function readRange(r: Reader, period: XmlNode | undefined, where: string): { from: number; to: number } | undefined {
  const fromDate = r.date(period, 'FromDate', where);
  const toDate = r.date(period, 'ToDate', where);
  if (fromDate === undefined && toDate === undefined) return undefined;
  const from = dayNumber((fromDate ?? toDate)!)!;
  const to = dayNumber((toDate ?? fromDate)!)!;
  if (to < from) r.fail(where, `a <TimePeriod> ends (${toDate}) before it starts (${fromDate})`);
  if (to - from > MAX_RANGE_DAYS) r.fail(where, `a <TimePeriod> spans more than ${MAX_RANGE_DAYS} days`);
  return { from, to };
}

/** The parts of `rule` outside every `[from, to]` of `covered`. */
function subtract(rule: DatedRule, covered: readonly (readonly [number, number])[]): DatedRule[] {
  let pieces: DatedRule[] = [rule];
  for (const [cf, ct] of covered) {
    const next: DatedRule[] = [];
    for (const p of pieces) {
      if (ct < p.from || cf > p.to) {
        next.push(p);
        continue;
      }
      if (cf > p.from) next.push({ ...p, to: cf - 1 });
      if (ct < p.to) next.push({ ...p, from: ct + 1 });
    }
    pieces = next;
    if (pieces.length === 0) break;
  }
  return pieces;
}

/**
 * Flattens every calendar's inheritance. `defaultMinutes` is the project's minutes per day (for
 * working days without times).
 */
export function resolveCalendars(
  raws: readonly RawCalendar[],
  defaultMinutes: number,
  warn: (code: string, message: string) => void,
): ResolvedCalendar[] {
  const byUid = new Map(raws.map((c) => [c.uid, c]));
  /** The chain from the calendar to its root base (cycles and unknown bases cut, with a warning). */
  const chain = (cal: RawCalendar): RawCalendar[] => {
    const out = [cal];
    const seen = new Set([cal.uid]);
    let cur = cal;
    while (cur.baseUid !== undefined) {
      const base = byUid.get(cur.baseUid);
      if (base === undefined) {
        warn('unknown-base-calendar', `calendar UID ${cur.uid} names an unknown base calendar UID ${cur.baseUid}; ignored`);
        break;
      }
      if (seen.has(base.uid)) {
        warn('base-calendar-cycle', `calendar UID ${cal.uid}: base calendars form a cycle at UID ${base.uid}; cut there`);
        break;
      }
      seen.add(base.uid);
      out.push(base);
      cur = base;
    }
    return out;
  };
  return raws.map((cal) => {
    const levels = chain(cal);
    const pattern = new Map<number, DayPattern>();
    for (let iso = 1; iso <= 7; iso++) {
      const found = levels.map((l) => l.weekdays.get(iso)).find((p) => p !== undefined);
      pattern.set(iso, found ?? { working: iso <= 5, minutes: iso <= 5 ? defaultMinutes : 0, times: undefined });
    }
    const workingDays = [...pattern].filter(([, p]) => p.working).map(([iso]) => iso);
    // Dated rules, most derived first; later ones only fill days not yet decided.
    const accepted: DatedRule[] = [];
    const covered: [number, number][] = [];
    const accept = (rule: DatedRule): void => {
      for (const piece of subtract(rule, covered)) {
        accepted.push(piece);
        covered.push([piece.from, piece.to]);
      }
    };
    for (const level of levels) {
      for (const rule of level.dated) accept(rule);
      for (const ww of level.workWeeks) {
        if (ww.to - ww.from > MAX_OCCURRENCES) {
          warn('work-week-too-long', `calendar UID ${level.uid}: a work week spans more than ${MAX_OCCURRENCES} days; ignored`);
          continue;
        }
        for (let d = ww.from; d <= ww.to; d++) {
          const working = ww.days.get(isoWeekday(d))!;
          if (working !== pattern.get(isoWeekday(d))!.working) accept({ from: d, to: d, working, name: ww.name });
        }
      }
    }
    accepted.sort((a, b) => a.from - b.from);
    // Working times by the same precedence (work weeks count on every day they cover).
    const timeRules: DatedRule[] = [];
    const timeCovered: [number, number][] = [];
    for (const level of levels) {
      const rules: DatedRule[] = [...level.dated, ...level.workWeeks.map((ww) => ({ from: ww.from, to: ww.to, working: true, weekTimes: ww.times }))];
      for (const rule of rules)
        for (const piece of subtract(rule, timeCovered)) {
          timeRules.push(piece);
          timeCovered.push([piece.from, piece.to]);
        }
    }
    timeRules.sort((a, b) => a.from - b.from);
    const hoursPerDay = typicalHours(pattern, defaultMinutes);
    // A working day without WorkingTimes gets MS Project's default periods.
    const fallback = defaultTimes(defaultMinutes);
    const timesOn = (day: number): readonly Interval[] => {
      const iso = isoWeekday(day);
      const p = pattern.get(iso)!;
      const flag = ruleAt(accepted, day);
      if (!(flag === undefined ? p.working : flag.working)) return [];
      const rule = ruleAt(timeRules, day);
      const own = rule === undefined ? undefined : rule.weekTimes !== undefined ? rule.weekTimes.get(iso) : rule.working ? rule.times : undefined;
      return own ?? (p.working ? p.times : undefined) ?? fallback;
    };
    const holidays: string[] = [];
    const exceptions: CalendarException[] = [];
    for (const rule of accepted) {
      if (!rule.working && rule.from === rule.to && (rule.name === undefined || rule.name === '')) {
        holidays.push(isoFromDayNumber(rule.from));
        continue;
      }
      exceptions.push({
        date: isoFromDayNumber(rule.from),
        ...(rule.to !== rule.from ? { until: isoFromDayNumber(rule.to) } : {}),
        working: rule.working,
        ...(rule.name !== undefined ? { name: rule.name } : {}),
      });
    }
    return {
      uid: cal.uid,
      name: cal.name,
      isBase: cal.isBase,
      baseUid: cal.baseUid,
      workingDays,
      holidays,
      exceptions,
      hoursPerDay,
      dayMinutes: hoursPerDay * 60,
      timesOn,
    };
  });
}

/** The rule of sorted, disjoint `rules` that covers day `day`. O(log n). */
function ruleAt(rules: readonly DatedRule[], day: number): DatedRule | undefined {
  let lo = 0;
  let hi = rules.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (rules[mid]!.to < day) lo = mid + 1;
    else hi = mid;
  }
  const r = rules[lo];
  return r !== undefined && r.from <= day ? r : undefined;
}

/**
 * The working times of a calendar the document does not define (the project's when it names none):
 * Monday to Friday, `minutes` a day (08:00 on).
 */
export function standardDayTimes(minutes: number): DayTimes {
  const times = defaultTimes(minutes);
  return { timesOn: (day) => (isoWeekday(day) <= 5 ? times : []), dayMinutes: minutes };
}

/** The most common length of a working day, in hours (ties: the longer). */
function typicalHours(pattern: ReadonlyMap<number, DayPattern>, defaultMinutes: number): number {
  const counts = new Map<number, number>();
  for (const p of pattern.values()) {
    if (!p.working) continue;
    const m = p.minutes ?? defaultMinutes;
    if (m > 0) counts.set(m, (counts.get(m) ?? 0) + 1);
  }
  let best = defaultMinutes;
  let bestCount = 0;
  for (const [m, c] of counts) if (c > bestCount || (c === bestCount && m > best)) [best, bestCount] = [m, c];
  return best / 60;
}
