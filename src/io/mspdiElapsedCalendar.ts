import type { Calendar } from '../model/calendar.js';

/**
 * The calendar {@link readMspdi} puts elapsed-duration tasks on, under the reserved id
 * `"mspdi-elapsed"`: every day of the week works, no holidays, 24 hours a day. MS Project
 * schedules an elapsed duration (`ed`, `ew`, `emo`, `eh`, `em`) round the clock, ignoring every
 * calendar; on this calendar one working day is one elapsed day of 24 hours, so an elapsed task's
 * duration, lags and floats are counted in elapsed days, as MS Project counts them.
 *
 * {@link readMspdi} adds it to the portfolio's calendars (last, unless the document says
 * otherwise) when the document has an elapsed task, and {@link writeMspdi} writes the tasks on
 * it back as elapsed durations (`DurationFormat` 8, elapsed days) and their incoming lags as
 * elapsed lags (`LagFormat` 8). A portfolio calendar with this id is treated as elapsed time only
 * when it has exactly these working days, holidays, exceptions and hours (its name is free).
 *
 * @example
 * ```ts
 * const portfolio = readMspdi(xml);
 * const curing = portfolio.projects[0]!.tasks.find((t) => t.calendarId === MSPDI_ELAPSED_CALENDAR.id);
 * // curing?.duration counts elapsed days (3 for a '3ed' task)
 * ```
 */
export const MSPDI_ELAPSED_CALENDAR: Calendar = Object.freeze({
  id: 'mspdi-elapsed',
  name: 'Elapsed time (24 hours, 7 days)',
  workingDays: Object.freeze([1, 2, 3, 4, 5, 6, 7]) as number[],
  holidays: Object.freeze([]) as unknown as string[],
  exceptions: Object.freeze([]) as unknown as Calendar['exceptions'],
  hoursPerDay: 24,
});
