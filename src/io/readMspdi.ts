import type { Portfolio } from '../model/portfolio.js';
import type { ReadMspdiOptions } from './mspdiTypes.js';
import { readMspdiDocument } from './internal/mspdiRead.js';

/**
 * Reads a Microsoft Project XML (MSPDI) document into a validated portfolio holding its one
 * project.
 *
 * Mapping (the full table is docs/mspdi.md): task ids are the task `UID`s as strings (or the ids
 * {@link writeMspdi} stored); durations and lags are working days of the task's calendar
 * (`Duration` minutes and `LinkLag` tenths of minutes over the working minutes of a day of that
 * calendar, which MS Project schedules minutes on; fractions are kept); the WBS comes from
 * `OutlineLevel` (summary tasks become parents); constraints and deadlines (their date-times as
 * working-time instants: a start at the end of a working day is the next day's start, a finish
 * at the start of one the previous day's end), task calendars, milestones, percent complete and
 * actuals, manually scheduled tasks (`Manual`, as `manualStart`), split tasks (over their whole
 * span), resources (work resources, `MaxUnits` as capacity) and assignments (demands) are read;
 * calendars are flattened (base calendars inherited, recurring exceptions expanded, both exception
 * forms read). What the day model cannot hold exactly (resource-driven dates, times within a
 * working day, days of uneven length, …) is listed per task in the warnings of
 * {@link readMspdiDetails}.
 *
 * **Elapsed durations** (`DurationFormat` em, eh, ed, ew, emo, estimated or not), which MS
 * Project schedules round the clock whatever the calendars, put the task on
 * {@link MSPDI_ELAPSED_CALENDAR} (id `"mspdi-elapsed"`: seven working days a week, no holidays,
 * 24 hours a day), added to the portfolio's calendars; the duration is in elapsed days of
 * 24 hours (an elapsed hour is 1/24). The schedule engine then counts the task's duration, the
 * lags of its incoming links and its floats in elapsed days, as MS Project does. An elapsed lag
 * (`LagFormat` elapsed) to an elapsed task is exact; to another task it is read as as many
 * working days, and a working-time lag to an elapsed task as as many elapsed days (the model
 * counts a lag on one calendar, the successor's), both with a warning. Dates are exact at the
 * granularity of days, where an elapsed day runs from one day boundary to the next: an elapsed
 * task MS Project starts at the end of a working day (17:00) starts at the next day boundary. The project summary task (UID 0) and null
 * tasks are skipped. Cross-project links are left out. Use {@link readMspdiDetails} for MS
 * Project's computed dates, the flags a plain CPM cannot reproduce, and the warnings.
 *
 * Security: a document with a DOCTYPE (hence any entity declaration, internal or external) is
 * refused before parsing, so no entity is expanded and no file or URL is ever read.
 *
 * Complexity: O(n log n) in the size of the document.
 *
 * @param xml - the document text; never modified
 * @param options - see {@link ReadMspdiOptions}
 * @returns a new, validated Portfolio with one project
 * @throws {@link PmoError} with code `PARSE` for malformed XML, a DOCTYPE/ENTITY declaration, a
 *   document that is not MSPDI, a bad value (the message names the element and the task UID), or
 *   data that does not form a valid portfolio
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs';
 * const portfolio = readMspdi(readFileSync('plan.xml', 'utf8'));
 * const project = portfolio.projects[0]!;
 * console.log(project.tasks.length, project.dependencies.length);
 * ```
 */
export function readMspdi(xml: string, options: ReadMspdiOptions = {}): Portfolio {
  return readMspdiDocument('readMspdi', xml, options).portfolio;
}

/** @deprecated Use {@link ReadMspdiOptions}: the former name. */
export type MspdiReadOptions = ReadMspdiOptions;
