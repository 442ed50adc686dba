import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addWorkingDays, compileCalendar, dateAtWorkingDayOffset, WorkingCalendar } from '../../src/calendar/index.js';
import type { PmoError } from '../../src/errors.js';
import { parseCalendar } from '../../src/model/parse.js';
import { dayNumber, isoFromDayNumber } from '../../src/internal/dates.js';
import { clone, deepFreeze } from '../helpers.js';
import { bruteWorking, cal, expectPmoError } from './calendarHelpers.js';

describe('compileCalendar (WorkingCalendar)', () => {
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

  it('refuses a calendar without working days instead of looping', () => {
    expectPmoError(() => compileCalendar(cal({ id: 'never', workingDays: [] })), 'INVALID_ARGUMENT', /calendar "never" has no working days/);
  });

  it('reports malformed calendars as PmoError naming the field', () => {
    expectPmoError(() => compileCalendar({ id: 'w', workingDays: [8] } as never), 'INVALID_ARGUMENT', /calendar "w": working day 8/);
    expectPmoError(() => compileCalendar({ id: 'h', workingDays: [1], holidays: ['soon'] } as never), 'INVALID_ARGUMENT', /holidays\[0\]/);
    expectPmoError(
      () => compileCalendar({ id: 'e', workingDays: [1], exceptions: [{ date: '2026-01-05', until: '2026-01-01', working: true }] } as never),
      'INVALID_ARGUMENT',
      /exceptions\[0\] ends/,
    );
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
