/** Helpers shared by the calendar tests. */
import { expect } from 'vitest';
import { PmoError } from '../../src/errors.js';
import type { Calendar } from '../../src/model/calendar.js';
import { isoFromDayNumber, isoWeekday } from '../../src/internal/dates.js';

/** A Monday–Friday calendar with the given fields replaced. */
export const cal = (c: Partial<Calendar> & { id: string }): Calendar =>
  ({ workingDays: [1, 2, 3, 4, 5], holidays: [], exceptions: [], hoursPerDay: 8, ...c }) as Calendar;

/** Day-by-day reference: weekly pattern, then holidays, then exceptions in order (later wins). */
export function bruteWorking(c: Calendar, d: number): boolean {
  const iso = isoFromDayNumber(d);
  let w = c.workingDays.map((x) => (x === 0 ? 7 : x)).includes(isoWeekday(d));
  if (c.holidays.includes(iso)) w = false;
  for (const e of c.exceptions) if (iso >= e.date && iso <= (e.until ?? e.date)) w = e.working;
  return w;
}

/** Asserts that `f` throws a PmoError with this code and a message matching `pattern`. */
export function expectPmoError(f: () => unknown, code: string, pattern: RegExp): void {
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

/** The calendar of the holiday tests: Christmas off, a Saturday worked, closed between the years. */
export const YEAR_END = cal({
  id: 'x',
  holidays: ['2026-12-25'],
  exceptions: [
    { date: '2026-12-26', working: true }, // a Saturday made working
    { date: '2026-12-28', until: '2026-12-31', working: false }, // closed between the years
  ],
});

/** A calendar without a weekly pattern, working only 2026-03-02 to 2026-03-04. */
export const FEW = cal({ id: 'few', workingDays: [], exceptions: [{ date: '2026-03-02', until: '2026-03-04', working: true }] });
