import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayNumber, isoFromDayNumber, isoWeekday } from '../../src/internal/dates.js';
import { isoWeekLabel, monthLabel } from '../../src/internal/periods.js';

/** ISO week by the definition (the week's Thursday decides the year), independent of date-fns. */
function reference(day: number): string {
  const thursday = day - isoWeekday(day) + 4;
  const year = Number(isoFromDayNumber(thursday).slice(0, 4));
  const jan1 = dayNumber(`${String(year).padStart(4, '0')}-01-01`)!;
  return `${year}-W${String(Math.floor((thursday - jan1) / 7) + 1).padStart(2, '0')}`;
}

describe('reporting periods', () => {
  it.each([
    ['2026-01-01', '2026-W01'],
    ['2027-01-01', '2026-W53'],
    ['2024-12-30', '2025-W01'],
    ['2021-01-03', '2020-W53'],
    ['2026-11-28', '2026-W48'],
  ])('%s is in ISO week %s', (date, week) => {
    expect(isoWeekLabel(dayNumber(date)!)).toBe(week);
  });

  it('agrees with the ISO 8601 definition on any day from 1900 to 2200 (property)', () => {
    const lo = dayNumber('1900-01-01')!;
    const hi = dayNumber('2200-12-31')!;
    fc.assert(fc.property(fc.integer({ min: lo, max: hi }), (d) => isoWeekLabel(d) === reference(d)), { numRuns: 2000 });
  });

  it('labels months as YYYY-MM', () => {
    expect(monthLabel(dayNumber('2026-02-28')!)).toBe('2026-02');
  });
});
