/** Reporting periods tiling a range of calendar days. Private to pmo-kit. */
import type { WorkingCalendar } from '../../calendar/workingCalendar.js';
import { dayNumber, isoFromDayNumber, isoWeekday } from '../../internal/dates.js';
import { isoWeekLabel, monthLabel } from '../../internal/periods.js';

/** A period: its label and its first and last calendar day (day numbers), contiguous with its neighbours. */
export interface DayTile {
  readonly key: string;
  readonly first: number;
  readonly last: number;
}

/** The last day of the month of day `d`. */
function monthEnd(d: number): number {
  const iso = isoFromDayNumber(d);
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7));
  const next = m === 12 ? `${String(y + 1).padStart(4, '0')}-01-01` : `${iso.slice(0, 4)}-${String(m + 1).padStart(2, '0')}-01`;
  return dayNumber(next)! - 1;
}

/**
 * Periods covering [first, last]: ISO weeks (Monday to Sunday), calendar months, or working days
 * of `cal` (each day period also holds the non-working days before it; the last one runs to `last`).
 * O(number of periods × log k).
 */
export function tiles(by: 'day' | 'week' | 'month', first: number, last: number, cal: WorkingCalendar): DayTile[] {
  const out: DayTile[] = [];
  let d = first;
  while (d <= last) {
    let end: number;
    let key: string;
    if (by === 'week') {
      end = Math.min(last, d + (7 - isoWeekday(d)));
      key = isoWeekLabel(d);
    } else if (by === 'month') {
      end = Math.min(last, monthEnd(d));
      key = monthLabel(d);
    } else {
      const w = cal.dayAtIndex(cal.dayIndex(d));
      end = w === undefined || w > last ? last : w;
      key = isoFromDayNumber(end);
      if (w === undefined || w > last) {
        // Trailing non-working days join the previous period when there is one.
        const prev = out[out.length - 1];
        if (prev !== undefined) {
          out[out.length - 1] = { key: prev.key, first: prev.first, last };
          break;
        }
      }
    }
    out.push({ key, first: d, last: end });
    d = end + 1;
  }
  return out;
}
