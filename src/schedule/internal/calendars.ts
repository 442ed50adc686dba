// Private: resolving the calendar a schedule runs on.
import { PmoError } from '../../errors.js';
import type { Calendar } from '../../model/calendar.js';
import { compileWith, type WorkingCalendar } from '../../calendar/workingCalendar.js';
import { STANDARD_CALENDAR } from '../../calendar/standardCalendar.js';
import { show } from '../../internal/show.js';

/** Indexes calendars by id (a Map: ids such as `__proto__` are safe). */
export function calendarIndex(fn: string, calendars: unknown): Map<string, Calendar> {
  const map = new Map<string, Calendar>();
  if (calendars === undefined) return map;
  if (!Array.isArray(calendars)) throw new PmoError('INVALID_ARGUMENT', `${fn}: calendars must be an array, got ${show(calendars)}`);
  for (const c of calendars as unknown[]) {
    if (typeof c === 'object' && c !== null && typeof (c as Calendar).id === 'string' && !map.has((c as Calendar).id)) map.set((c as Calendar).id, c as Calendar);
  }
  return map;
}

/** Compiles the calendar with the given id, or the standard calendar for `undefined`. */
export function resolveCalendar(fn: string, id: string | undefined, byId: Map<string, Calendar>, owner: string): WorkingCalendar {
  if (id === undefined) return compileWith(fn, STANDARD_CALENDAR);
  const cal = byId.get(id);
  if (cal === undefined) {
    if (id === STANDARD_CALENDAR.id) return compileWith(fn, STANDARD_CALENDAR);
    throw new PmoError('UNKNOWN_ID', `${fn}: ${owner} names unknown calendar ${show(id)}`);
  }
  return compileWith(fn, cal);
}

/** A resolver of the calendars tasks name: compiled on first use, `undefined` for an unknown id. */
export function taskCalendars(fn: string, byId: Map<string, Calendar>): (id: string) => WorkingCalendar | undefined {
  return (id) => {
    const cal = byId.get(id);
    if (cal !== undefined) return compileWith(fn, cal);
    return id === STANDARD_CALENDAR.id ? compileWith(fn, STANDARD_CALENDAR) : undefined;
  };
}
