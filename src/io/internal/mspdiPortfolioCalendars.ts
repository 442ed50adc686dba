/**
 * The portfolio's calendars from an MSPDI document's resolved calendars: their ids (the UIDs, or
 * those a writer stored), the calendars a writer made up left out, the elapsed calendar added
 * when a task needs it, and the working time of each calendar for durations and date-times.
 * Private to pmo-kit/io.
 */
import type { Calendar } from '../../model/calendar.js';
import type { MspdiProperties } from '../mspdiTypes.js';
import { MSPDI_ELAPSED_CALENDAR } from '../mspdiElapsedCalendar.js';
import { isElapsedCalendar } from './elapsed.js';
import type { ProjectBlob } from './mspdiBlob.js';
import { PROJECT_WHERE, type ReadStep } from './mspdiDocument.js';
import { applyPatch, type Reader } from './mspdi.js';
import { readRawCalendars, resolveCalendars, standardDayTimes } from './mspdiCalendars.js';
import type { DayTimes } from './mspdiTime.js';
import type { XmlNode } from './xml.js';

type Obj = Record<string, unknown>;

/** The portfolio's calendars, and how the reader finds a calendar by UID. */
export interface PortfolioCalendars {
  /** The portfolio's calendars (not yet validated). */
  readonly calendars: Obj[];
  /** The id of the project calendar, if the document names a known one. */
  readonly projectCalendarId: string | undefined;
  /**
   * The id of the calendar with this UID; undefined for none (-1), a made-up calendar, or an
   * unknown UID (warned of, naming `where` and `taskUid`).
   */
  readonly calendarOf: (uid: number | undefined, where: string, taskUid?: number) => string | undefined;
  /** The working time of the calendar with this UID (made-up calendars too). */
  readonly timesOf: (uid: number | undefined) => DayTimes | undefined;
  /** The working time of the project calendar (a standard day of `MinutesPerDay` without one). */
  readonly projectTimes: DayTimes;
}

/** Reads the calendars of `project` into the portfolio's (see the file comment); `anyElapsed`: whether a task is elapsed. */
export function portfolioCalendars(
  step: ReadStep,
  project: XmlNode,
  properties: MspdiProperties,
  projectBlob: ProjectBlob | undefined,
  anyElapsed: boolean,
): PortfolioCalendars {
  const r: Reader = step.r;
  const { warn } = step;
  const resolved = resolveCalendars(readRawCalendars(r, project, warn), properties.minutesPerDay, warn);
  const synthetic = new Set(Array.isArray(projectBlob?.syntheticCalendars) ? projectBlob.syntheticCalendars : []);
  const calendars: Obj[] = [];
  const calendarIdByUid = new Map<number, string>();
  for (const c of resolved) {
    if (synthetic.has(c.uid)) continue;
    const cal: Obj = {
      id: String(c.uid),
      ...(c.name !== undefined ? { name: c.name } : {}),
      workingDays: c.workingDays,
      holidays: c.holidays,
      exceptions: c.exceptions,
      hoursPerDay: c.hoursPerDay,
    };
    const patch = projectBlob?.calendars?.[String(c.uid)];
    if (patch !== undefined) applyPatch(cal, patch);
    calendarIdByUid.set(c.uid, String(cal.id));
    calendars.push(cal);
  }
  const calendarOf = (uid: number | undefined, where: string, taskUid?: number): string | undefined => {
    if (uid === undefined || uid === -1 || synthetic.has(uid)) return undefined;
    const id = calendarIdByUid.get(uid);
    if (id === undefined) warn('unknown-calendar', `${where} names an unknown calendar UID ${uid}; ignored`, taskUid);
    return id;
  };
  const projectCalendarId = calendarOf(properties.calendarUid, PROJECT_WHERE);
  // Elapsed tasks work on the elapsed calendar: the document's (named so by a writer) or one added.
  const elapsedIndex = projectBlob?.elapsedCalendarIndex;
  if (anyElapsed || typeof elapsedIndex === 'number') {
    const existing = calendars.find((c) => c.id === MSPDI_ELAPSED_CALENDAR.id);
    if (existing === undefined) {
      const at = typeof elapsedIndex === 'number' && elapsedIndex >= 0 && elapsedIndex <= calendars.length ? elapsedIndex : calendars.length;
      calendars.splice(at, 0, { ...MSPDI_ELAPSED_CALENDAR, workingDays: [...MSPDI_ELAPSED_CALENDAR.workingDays], holidays: [], exceptions: [] });
    } else if (!isElapsedCalendar(existing as unknown as Calendar) && anyElapsed)
      r.fail(
        PROJECT_WHERE,
        `the calendar named ${JSON.stringify(MSPDI_ELAPSED_CALENDAR.id)} is not round-the-clock time, but that id is reserved for the elapsed-duration tasks`,
      );
  }
  // Working time of each calendar (those a writer made up too), for durations and date-times.
  const timesByUid = new Map<number, DayTimes>(resolved.map((c) => [c.uid, c]));
  const timesOf = (uid: number | undefined): DayTimes | undefined => (uid === undefined || uid === -1 ? undefined : timesByUid.get(uid));
  const projectTimes = timesOf(properties.calendarUid) ?? standardDayTimes(properties.minutesPerDay);
  return { calendars, projectCalendarId, calendarOf, timesOf, projectTimes };
}
