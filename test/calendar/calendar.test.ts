import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  compileCalendar,
  dateAtWorkingDayOffset,
  isWorkingDay,
  nextWorkingDay,
  previousWorkingDay,
  STANDARD_CALENDAR,
  WorkingCalendar,
  workingDayOffset,
  workingDaysBetween,
} from '../../src/calendar/index.js';
import { PmoError } from '../../src/errors.js';
import type { Calendar } from '../../src/model/calendar.js';
import { parseCalendar } from '../../src/model/parse.js';
import { dayNumber, isoFromDayNumber, isoWeekday } from '../../src/internal/dates.js';
import { clone, deepFreeze } from '../helpers.js';

const cal = (c: Partial<Calendar> & { id: string }): Calendar =>
  ({ workingDays: [1, 2, 3, 4, 5], holidays: [], exceptions: [], hoursPerDay: 8, ...c }) as Calendar;

/** Day-by-day reference: weekly pattern, then holidays, then exceptions in order (later wins). */
function bruteWorking(c: Calendar, d: number): boolean {
  const iso = isoFromDayNumber(d);
  let w = c.workingDays.map((x) => (x === 0 ? 7 : x)).includes(isoWeekday(d));
  if (c.holidays.includes(iso)) w = false;
  for (const e of c.exceptions) if (iso >= e.date && iso <= (e.until ?? e.date)) w = e.working;
  return w;
}

function expectPmoError(f: () => unknown, code: string, pattern: RegExp): void {
  try {
    f();
  } catch (err) {
    expect(err).toBeInstanceOf(PmoError);
    expect((err as PmoError).code).toBe(code);
    expect((err as PmoError).message).toMatch(pattern);
    return;
  }
  throw new Error('expected a PmoError');
}

describe('working calendars', () => {
  it('knows the weekly pattern, holidays and exceptions', () => {
    const c = cal({
      id: 'x',
      holidays: ['2026-12-25'],
      exceptions: [
        { date: '2026-12-26', working: true }, // a Saturday made working
        { date: '2026-12-28', until: '2026-12-31', working: false }, // closed between the years
      ],
    });
    expect(isWorkingDay(c, '2026-12-24')).toBe(true);
    expect(isWorkingDay(c, '2026-12-25')).toBe(false);
    expect(isWorkingDay(c, '2026-12-26')).toBe(true);
    expect(isWorkingDay(c, '2026-12-27')).toBe(false);
    expect(isWorkingDay(c, '2026-12-30')).toBe(false);
    expect(isWorkingDay(c, '2027-01-01')).toBe(true);
    expect(addWorkingDays(c, '2026-12-24', 1)).toBe('2026-12-26');
    expect(addWorkingDays(c, '2026-12-24', 2)).toBe('2027-01-01');
    expect(addWorkingDays(c, '2027-01-01', -2)).toBe('2026-12-24');
    expect(workingDaysBetween(c, '2026-12-24', '2027-01-02')).toBe(3);
  });

  it('lets exceptions win over holidays, and later exceptions over earlier ones', () => {
    const c = cal({
      id: 'x',
      holidays: ['2026-05-01'],
      exceptions: [
        { date: '2026-05-01', working: true },
        { date: '2026-05-04', until: '2026-05-08', working: false },
        { date: '2026-05-06', working: true },
      ],
    });
    expect(isWorkingDay(c, '2026-05-01')).toBe(true);
    expect(isWorkingDay(c, '2026-05-05')).toBe(false);
    expect(isWorkingDay(c, '2026-05-06')).toBe(true);
    expect(isWorkingDay(c, '2026-05-07')).toBe(false);
  });

  it('reads weekday 0 as Sunday', () => {
    const c = cal({ id: 'sun', workingDays: [0] });
    expect(isWorkingDay(c, '2026-01-04')).toBe(true); // a Sunday
    expect(isWorkingDay(c, '2026-01-05')).toBe(false);
    expect(addWorkingDays(c, '2026-01-04', 1)).toBe('2026-01-11');
  });

  it('defines addWorkingDays from non-working days like addBusinessDays', () => {
    const S = STANDARD_CALENDAR;
    expect(addWorkingDays(S, '2026-01-02', 0)).toBe('2026-01-02');
    expect(addWorkingDays(S, '2026-01-02', 1)).toBe('2026-01-05');
    expect(addWorkingDays(S, '2026-01-03', 0)).toBe('2026-01-05');
    expect(addWorkingDays(S, '2026-01-03', 1)).toBe('2026-01-05');
    expect(addWorkingDays(S, '2026-01-03', 2)).toBe('2026-01-06');
    expect(addWorkingDays(S, '2026-01-03', -1)).toBe('2026-01-02');
    expect(nextWorkingDay(S, '2026-01-02')).toBe('2026-01-05');
    expect(nextWorkingDay(S, '2026-01-03')).toBe('2026-01-05');
    expect(previousWorkingDay(S, '2026-01-05')).toBe('2026-01-02');
    expect(previousWorkingDay(S, '2026-01-04')).toBe('2026-01-02');
  });

  it('converts offsets and dates both ways around an origin', () => {
    const S = STANDARD_CALENDAR;
    expect(workingDayOffset(S, '2026-01-05', '2026-01-12')).toBe(5);
    expect(dateAtWorkingDayOffset(S, '2026-01-05', 5)).toBe('2026-01-12');
    expect(dateAtWorkingDayOffset(S, '2026-01-03', 0)).toBe('2026-01-05'); // Saturday origin
    expect(workingDayOffset(S, '2026-01-03', '2026-01-05')).toBe(0);
    expect(dateAtWorkingDayOffset(S, '2026-01-05', -1)).toBe('2026-01-02');
    expect(workingDayOffset(S, '2026-01-05', '2026-01-02')).toBe(-1);
  });

  it('works far from 1970, before and after', () => {
    const S = STANDARD_CALENDAR;
    expect(addWorkingDays(S, '0001-01-01', 1)).toBe('0001-01-02'); // 0001-01-01 was a Monday
    expect(addWorkingDays(S, '9999-12-30', 1)).toBe('9999-12-31');
    expect(workingDaysBetween(S, '1900-01-01', '2100-01-01')).toBe(52_179);
    expect(dateAtWorkingDayOffset(S, '1969-12-29', 3)).toBe('1970-01-01');
  });

  it('matches a day-by-day reference on random calendars (property)', () => {
    const date = fc.integer({ min: dayNumber('1969-06-01')!, max: dayNumber('1971-06-01')! });
    const calendarArb = fc.record({
      workingDays: fc.subarray([0, 1, 2, 3, 4, 5, 6, 7]),
      holidays: fc.array(date.map(isoFromDayNumber), { maxLength: 8 }),
      exceptions: fc.array(
        fc.record({ start: date, len: fc.integer({ min: 0, max: 40 }), working: fc.boolean() }).map((e) => ({
          date: isoFromDayNumber(e.start),
          until: isoFromDayNumber(e.start + e.len),
          working: e.working,
        })),
        { maxLength: 6 },
      ),
    });
    fc.assert(
      fc.property(calendarArb, date, (raw, probe) => {
        const c = cal({ id: 'rand', ...raw });
        let compiled: WorkingCalendar;
        try {
          compiled = compileCalendar(c);
        } catch (err) {
          // Only a calendar without any working day may be refused.
          expect((err as PmoError).code).toBe('INVALID_ARGUMENT');
          // (a working exception may be overridden by a later non-working one on every day it covers)
          const anyWorkingException = raw.exceptions.some((e) => {
            for (let d = dayNumber(e.date)!; d <= dayNumber(e.until)!; d++) if (bruteWorking(c, d)) return true;
            return false;
          });
          expect(raw.workingDays.length === 0 && !anyWorkingException).toBe(true);
          return;
        }
        const lo = probe - 30;
        let count = compiled.dayIndex(lo);
        for (let d = lo; d < probe + 30; d++) {
          const w = bruteWorking(c, d);
          expect(compiled.isWorkingDayNumber(d)).toBe(w);
          expect(compiled.dayIndex(d)).toBe(count);
          if (w) {
            expect(compiled.dayAtIndex(count)).toBe(d);
            const iso = isoFromDayNumber(d);
            expect(dateAtWorkingDayOffset(c, iso, 0)).toBe(iso);
            count++;
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('round-trips offsets and dates (property)', () => {
    const c = compileCalendar(cal({ id: 'hol', holidays: ['2026-04-03', '2026-04-06', '2026-05-01', '2026-12-25'] }));
    fc.assert(
      fc.property(fc.integer({ min: -3000, max: 3000 }), fc.integer({ min: -500, max: 500 }), (o, n) => {
        const origin = isoFromDayNumber(dayNumber('2026-01-01')! + o);
        const d = dateAtWorkingDayOffset(c, origin, n);
        expect(isWorkingDay(c, d)).toBe(true);
        expect(workingDayOffset(c, origin, d)).toBe(n);
        const first = addWorkingDays(c, origin, 0);
        expect(workingDaysBetween(c, first, d)).toBe(n);
        expect(addWorkingDays(c, first, n)).toBe(d);
      }),
    );
  });

  it('refuses a calendar without working days instead of looping', () => {
    expectPmoError(() => compileCalendar(cal({ id: 'never', workingDays: [] })), 'INVALID_ARGUMENT', /calendar "never" has no working days/);
    expectPmoError(() => addWorkingDays(cal({ id: 'never2', workingDays: [] }), '2026-01-01', 3), 'INVALID_ARGUMENT', /"never2"/);
    // Only exceptions are worked: conversions end with an error once they run out.
    const few = cal({ id: 'few', workingDays: [], exceptions: [{ date: '2026-03-02', until: '2026-03-04', working: true }] });
    expect(addWorkingDays(few, '2026-01-01', 1)).toBe('2026-03-02');
    expect(addWorkingDays(few, '2026-01-01', 3)).toBe('2026-03-04');
    expectPmoError(() => addWorkingDays(few, '2026-01-01', 4), 'INVALID_ARGUMENT', /calendar "few" has no working day/);
    expectPmoError(() => previousWorkingDay(few, '2026-03-02'), 'INVALID_ARGUMENT', /calendar "few" has no working day before/);
    expectPmoError(() => nextWorkingDay(few, '2026-03-04'), 'INVALID_ARGUMENT', /calendar "few"/);
  });

  it('reports bad arguments as PmoError naming the function', () => {
    const S = STANDARD_CALENDAR;
    expectPmoError(() => addWorkingDays(S, '2026-02-30', 1), 'INVALID_ARGUMENT', /^addWorkingDays: date must be an existing day/);
    expectPmoError(() => addWorkingDays(S, '2026-02-03', 1.5), 'INVALID_ARGUMENT', /^addWorkingDays: amount must be an integer/);
    expectPmoError(() => isWorkingDay(S, 20260203 as never), 'INVALID_ARGUMENT', /^isWorkingDay: date/);
    expectPmoError(() => isWorkingDay(null as never, '2026-02-03'), 'INVALID_ARGUMENT', /^isWorkingDay: expected a calendar/);
    expectPmoError(() => compileCalendar({ id: 'w', workingDays: [8] } as never), 'INVALID_ARGUMENT', /calendar "w": working day 8/);
    expectPmoError(() => compileCalendar({ id: 'h', workingDays: [1], holidays: ['soon'] } as never), 'INVALID_ARGUMENT', /holidays\[0\]/);
    expectPmoError(
      () => compileCalendar({ id: 'e', workingDays: [1], exceptions: [{ date: '2026-01-05', until: '2026-01-01', working: true }] } as never),
      'INVALID_ARGUMENT',
      /exceptions\[0\] ends/,
    );
    expectPmoError(() => workingDaysBetween(S, '2026-01-01', 'tomorrow'), 'INVALID_ARGUMENT', /^workingDaysBetween: end/);
    expectPmoError(() => dateAtWorkingDayOffset(S, '2026-01-01', Number.NaN), 'INVALID_ARGUMENT', /offset must be an integer/);
  });

  it('accepts parsed calendars, compiles once per object and never mutates its input', () => {
    const input = deepFreeze(
      parseCalendar({ id: 'p', workingDays: [5, 1, 2, 3, 4, 1], holidays: ['2026-01-01'], exceptions: [{ date: '2026-01-03', working: true }] }),
    );
    const before = clone(input);
    const a = compileCalendar(input);
    expect(compileCalendar(input)).toBe(a);
    expect(compileCalendar(a)).toBe(a);
    expect(a.id).toBe('p');
    expect(a.workingDaysPerWeek).toBe(5);
    expect(addWorkingDays(input, '2025-12-31', 1)).toBe('2026-01-02');
    expect(addWorkingDays(a, '2026-01-02', 1)).toBe('2026-01-03');
    expect(input).toEqual(before);
  });
});
