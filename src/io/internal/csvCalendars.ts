/** Calendars and holidays files -> the portfolio's calendars. Private to pmo-kit/io. */
import { CsvRowReader, put, type CsvBuild, type Json } from './csvBuild.js';
import type { CsvSheet } from './csvSheets.js';
import { readBoolean, readDate, readNumber, readWorkingDays } from './csvValues.js';

/** The calendar made for a holidays file when no calendars file is given: Monday to Friday, 8 hours. */
export const STANDARD_CALENDAR_ID = 'standard';

/** Reads the calendars files: one calendar per row. */
export function readCalendars(build: CsvBuild, sheets: readonly CsvSheet[]): void {
  for (const sheet of sheets)
    for (const row of sheet.table.rows) {
      const r = new CsvRowReader(build, sheet, row);
      const id = r.text('id') ?? r.text('name');
      const index = build.calendars.length;
      r.path = ['calendars', index];
      if (id === undefined) {
        r.issue(r.has('id') ? 'id' : 'name', 'missing_value', 'a calendar needs an id (Calendar) or a Name');
        continue;
      }
      const calendar: Json = { id };
      put(calendar, 'name', r.text('name'));
      if (r.required('workingDays', 'list the working weekdays, e.g. Mon-Fri (or "none")') !== undefined) put(calendar, 'workingDays', r.read('workingDays', readWorkingDays));
      const hours = r.read('hoursPerDay', (t) => readNumber(t, sheet.style));
      put(calendar, 'hoursPerDay', hours);
      Object.assign(calendar, r.extensions());
      build.calendars.push(calendar);
      if (!build.hoursPerDay.has(id) && hours !== undefined && hours > 0) build.hoursPerDay.set(id, hours);
      build.sources.set(r.path, r.source({ id: r.text('id') === undefined ? 'name' : 'id', name: 'name', workingDays: 'workingDays', hoursPerDay: 'hoursPerDay' }));
    }
}

/**
 * Reads the holidays files: each row an exception of a calendar (its `Calendar`, else the
 * default calendar), non-working unless `Working` says yes. Without any calendar, a Monday to
 * Friday calendar `standard` is made to hold them.
 */
export function readHolidays(build: CsvBuild, sheets: readonly CsvSheet[]): void {
  const byId = new Map<string, { calendar: Json; index: number }>();
  build.calendars.forEach((calendar, index) => {
    if (!byId.has(calendar.id as string)) byId.set(calendar.id as string, { calendar, index });
  });
  for (const sheet of sheets)
    for (const row of sheet.table.rows) {
      const r = new CsvRowReader(build, sheet, row);
      if (build.calendars.length === 0) {
        const standard = { id: STANDARD_CALENDAR_ID, workingDays: [1, 2, 3, 4, 5] };
        build.calendars.push(standard);
        byId.set(STANDARD_CALENDAR_ID, { calendar: standard, index: 0 });
        build.sources.set(['calendars', 0], r.source({}, 'calendar'));
      }
      const calendarId = r.text('calendar') ?? build.defaultCalendarId!;
      const target = byId.get(calendarId);
      if (target === undefined) {
        r.issue('calendar', 'unknown_reference', `unknown calendar ${JSON.stringify(calendarId)}; the calendars are ${[...byId.keys()].map((k) => JSON.stringify(k)).join(', ')}`);
        continue;
      }
      const exceptions = ((target.calendar.exceptions as Json[] | undefined) ??= []);
      r.path = ['calendars', target.index, 'exceptions', exceptions.length];
      const exception: Json = {};
      if (r.required('date', 'give the day of the holiday') !== undefined) put(exception, 'date', r.read('date', (t) => readDate(t, build.options.dateFormat)));
      put(exception, 'until', r.read('until', (t) => readDate(t, build.options.dateFormat)));
      exception.working = r.read('working', readBoolean) ?? false;
      put(exception, 'name', r.text('name'));
      Object.assign(exception, r.extensions());
      exceptions.push(exception);
      build.sources.set(r.path, r.source({ date: 'date', until: 'until', working: 'working', name: 'name' }, 'date'));
    }
}
