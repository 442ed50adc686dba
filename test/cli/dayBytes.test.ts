/** The dates of `pmo cpm --json` packed once per day (src/cli/output/dayBytes.ts). */
import { describe, expect, it } from 'vitest';
import { DayBytes, dayText } from '../../src/cli/output/dayBytes.js';
import { isoFromDayNumber } from '../../src/internal/dates.js';

/** Writes the given days one after the other, as the writer does; returns the text. */
function written(days: DayBytes, list: readonly number[]): string {
  const slots = list.map((d) => days.slot(d));
  const b = new Uint8Array(slots.reduce((n, k) => n + days.length(k), 0));
  let p = 0;
  for (const k of slots) p = days.put(b, p, k);
  expect(p).toBe(b.length);
  return Buffer.from(b).toString('utf8');
}

const quoted = (list: readonly number[]): string => list.map((d) => JSON.stringify(isoFromDayNumber(d))).join('');

describe('DayBytes', () => {
  // Many distinct days (past the first 4096 bytes and 256 slots), repeated, in a scattered order.
  const list = Array.from({ length: 3000 }, (_, i) => 20000 + ((i * 7919) % 1500));

  it('writes each day as its quoted date, by a table over the days', () => {
    const days = new DayBytes(dayText(isoFromDayNumber, false), 20000, 21499, 10000);
    expect(written(days, list)).toBe(quoted(list));
    expect(days.slot(20005)).toBe(days.slot(20005));
  });

  it('writes the same by a map when the days are sparse', () => {
    const days = new DayBytes(dayText(isoFromDayNumber, false), 20000, 21499, 100);
    expect(written(days, list)).toBe(quoted(list));
    const far = [0, 2_900_000, 20000, 0];
    expect(written(new DayBytes(dayText(isoFromDayNumber, false), 0, 2_900_000, 100), far)).toBe(quoted(far));
  });

  it('writes null for period-based input', () => {
    expect(written(new DayBytes(dayText(isoFromDayNumber, true), 0, 9, 100), [0, 9, 0])).toBe('nullnullnull');
  });
});
