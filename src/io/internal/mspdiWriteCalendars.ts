/** How the MSPDI writer writes a calendar. Private to pmo-kit/io. */
import type { Calendar } from '../../model/calendar.js';
import { dayTypeFromIso } from './mspdiCalendars.js';
import { clock, dayTimes, name } from './mspdiWriteValues.js';

type Obj = Record<string, unknown>;

/** Working times of a working day of `cal`. */
function workingTimes(cal: Calendar): Obj {
  return { WorkingTime: dayTimes(cal).map(([f, t]) => ({ FromTime: clock(f), ToTime: clock(t) })) };
}

/**
 * A base calendar with UID `uid`: its weekdays, and its exceptions and holidays in both the
 * `<Exceptions>` form (Project 2007 on) and the dated `WeekDay` form (Project 2003).
 */
export function calendarXml(cal: Calendar, uid: number): Obj {
  const weekDays: Obj[] = [];
  for (let iso = 1; iso <= 7; iso++) {
    const working = cal.workingDays.includes(iso);
    weekDays.push({ DayType: dayTypeFromIso(iso), DayWorking: working ? 1 : 0, ...(working ? { WorkingTimes: workingTimes(cal) } : {}) });
  }
  const dated = [
    ...cal.exceptions.map((e) => ({ from: e.date, to: e.until ?? e.date, working: e.working, name: e.name })),
    ...cal.holidays.map((h) => ({ from: h, to: h, working: false, name: undefined as string | undefined })),
  ];
  const exceptions: Obj[] = [];
  for (const d of dated) {
    const period = { FromDate: `${d.from}T00:00:00`, ToDate: `${d.to}T23:59:00` };
    const times = d.working ? { WorkingTimes: workingTimes(cal) } : {};
    const days = Math.round((Date.parse(d.to) - Date.parse(d.from)) / 86_400_000) + 1;
    exceptions.push({
      EnteredByOccurrences: 0,
      TimePeriod: period,
      Occurrences: days,
      ...(d.name !== undefined ? { Name: name(d.name) } : {}),
      Type: 1,
      DayWorking: d.working ? 1 : 0,
      ...times,
    });
    // The Project 2003 form of the same exception.
    weekDays.push({ DayType: 0, DayWorking: d.working ? 1 : 0, TimePeriod: period, ...times });
  }
  return {
    UID: uid,
    ...(cal.name !== undefined ? { Name: name(cal.name) } : {}),
    IsBaseCalendar: 1,
    BaseCalendarUID: -1,
    WeekDays: { WeekDay: weekDays },
    ...(exceptions.length > 0 ? { Exceptions: { Exception: exceptions } } : {}),
  };
}
