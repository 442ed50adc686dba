import { PmoError } from '../errors.js';
import { isStringLengthError, MAX_STRING_LENGTH, tooLongError } from '../internal/stringLimit.js';
import { parsePortfolio, parseProject } from '../model/parse.js';
import type { Portfolio } from '../model/portfolio.js';
import type { Project } from '../model/project.js';
import { blobsOf } from './internal/mspdiWriteBlobs.js';
import { planWrite } from './internal/mspdiWritePlan.js';
import { WRITE_FN as FN } from './internal/mspdiWriteValues.js';
import { buildDocument } from './internal/mspdiWriteXml.js';

/** Options of {@link writeMspdi}. */
export interface WriteMspdiOptions {
  /** The project to write when a portfolio holds several (required then). */
  readonly projectId?: string;
  /**
   * `MinutesPerDay`: how MS Project shows a day of duration. Default: the project calendar's
   * `hoursPerDay` × 60, rounded; 480 without a calendar. Durations and lags are written in minutes
   * of the task's own calendar day (its `hoursPerDay` × 60), which MS Project schedules on, so a
   * task of N days works N days of its calendar in MS Project too.
   */
  readonly minutesPerDay?: number;
  /**
   * Which calendars and resources of the portfolio to write: `'used'` (default) those the project
   * uses (its calendar, its tasks' calendars, the resources its tasks demand by id or that have a
   * skill its tasks demand, and their calendars), or `'all'` of them (a shared resource pool).
   */
  readonly include?: 'used' | 'all';
}

/** Normalizes the input to a validated portfolio and the project to write. */
function select(input: Portfolio | Project, options: WriteMspdiOptions): { pf: Portfolio; project: Project } {
  if (typeof input !== 'object' || input === null) throw new PmoError('INVALID_ARGUMENT', `${FN}: expected a portfolio or a project`);
  let pf: Portfolio;
  if (Array.isArray((input as { projects?: unknown }).projects)) pf = parsePortfolio(input);
  else {
    const project = parseProject(input);
    pf = {
      id: project.id,
      name: project.name,
      calendars: [],
      resources: [],
      pools: [],
      programs: [],
      projects: [project],
      crossDependencies: [],
      risks: [],
      statusReports: [],
      baselines: [],
    };
    const cal = project.calendarId ?? project.tasks.find((t) => t.calendarId !== undefined)?.calendarId;
    if (cal !== undefined)
      throw new PmoError('INVALID_ARGUMENT', `${FN}: project ${JSON.stringify(project.id)} refers to calendar ${JSON.stringify(cal)}; pass the portfolio that holds it`);
    const res = project.tasks.flatMap((t) => t.demands).find((d) => d.resourceId !== undefined)?.resourceId;
    if (res !== undefined)
      throw new PmoError('INVALID_ARGUMENT', `${FN}: project ${JSON.stringify(project.id)} refers to resource ${JSON.stringify(res)}; pass the portfolio that holds it`);
  }
  let project: Project | undefined;
  if (options.projectId !== undefined) {
    project = pf.projects.find((p) => p.id === options.projectId);
    if (project === undefined)
      throw new PmoError('UNKNOWN_ID', `${FN}: no project ${JSON.stringify(options.projectId)}; the portfolio has ${pf.projects.map((p) => JSON.stringify(p.id)).join(', ') || 'none'}`);
  } else if (pf.projects.length === 1) project = pf.projects[0]!;
  else
    throw new PmoError(
      'INVALID_ARGUMENT',
      `${FN}: the portfolio has ${pf.projects.length} projects; choose one with the projectId option (${pf.projects.map((p) => JSON.stringify(p.id)).join(', ')})`,
    );
  return { pf, project };
}

/**
 * Fewest characters a task (resp. a link) adds to the document: a task with a one-digit id and
 * no name writes about 400, a link about 215 (measured); the bound keeps a margin below both.
 */
const MIN_TASK_CHARS = 300;
const MIN_LINK_CHARS = 150;

/**
 * Writes one project as a Microsoft Project XML (MSPDI) document, with its calendars, the
 * resources its tasks demand, and their assignments.
 *
 * Mapping: a task id that is a positive integer becomes the task `UID`; other ids get free UIDs
 * and are kept in the task custom field Text1 (alias "pmo-kit id"); resources likewise (resource
 * Text1). Durations and lags are written in minutes of the task calendar's day (see
 * {@link WriteMspdiOptions.minutesPerDay}); the WBS as outline levels in depth-first order;
 * constraints, deadlines and dates at the day boundaries of the task's calendar (a start date at
 * its first working minute, a finish date at its last), milestones, task calendars, percent
 * complete, actuals and manual starts (`Manual`) natively;
 * tasks on {@link MSPDI_ELAPSED_CALENDAR} as elapsed durations (`DurationFormat` 8, elapsed days
 * of 24 hours) with elapsed lags on their incoming links (`LagFormat` 8), as {@link readMspdi}
 * reads them;
 * calendars as base calendars (weekdays, exceptions and holidays in both the `<Exceptions>` and
 * the dated `WeekDay` form); each resource calendar as a derived calendar, as MS Project expects.
 * Whatever MSPDI cannot express exactly (estimates, budgets, skill demands, ids of calendars,
 * the project's programs and pools, fractions the file rounds, the original task order, …) is
 * stored as JSON in the custom field Text2 (alias "pmo-kit data") of the task, the resource, or
 * the project summary task (UID 0), spread over as many custom text fields (Text2, Text3, …) as
 * it needs: MS Project keeps at most 255 characters in a text field when it saves, so every text
 * the writer puts in the file fits (names longer than that are cut, the exact name going to the
 * pmo-kit data). So {@link readMspdi} gives back the same project, and the same calendars and
 * resources, also after a save in MS Project. Cross-project dependencies, risks, status reports
 * and baselines are not written.
 *
 * Complexity: O(n log n) in the size of the project.
 *
 * @param input - a portfolio (write the project named by `options.projectId`, or its only one) or
 *   a project without calendar and resource references; validated first, never mutated
 * @param options - see {@link WriteMspdiOptions}
 * @returns the MSPDI document (UTF-8 XML text)
 * @throws {@link PmoValidationError} (code `VALIDATION`) when the input is not a valid portfolio
 *   or project
 * @throws {@link PmoError} with code `INVALID_ARGUMENT` when a portfolio has several projects and
 *   no `projectId` is given, a bare project refers to calendars or resources, `minutesPerDay` is
 *   not a positive integer, an id holds a character XML cannot represent, or the pmo-kit data of
 *   one task, resource or the project needs more than MS Project's 30 text fields, or the document
 *   would be longer than the longest string JavaScript holds (2^29 − 24 characters: refused before
 *   it is built when its tasks and links alone need more); `UNKNOWN_ID` for an unknown `projectId`
 * @example
 * ```ts
 * import { writeFileSync } from 'node:fs';
 * writeFileSync('plan.xml', writeMspdi(portfolio, { projectId: 'p1' }));
 * const again = readMspdi(readFileSync('plan.xml', 'utf8')).projects[0]; // deep-equals the project
 * ```
 */
export function writeMspdi(input: Portfolio | Project, options: WriteMspdiOptions = {}): string {
  const { pf, project } = select(input, options);
  // Refuse at once a project whose document cannot fit in one string, rather than after building most of it.
  const least = MIN_TASK_CHARS * project.tasks.length + MIN_LINK_CHARS * project.dependencies.length;
  if (least > MAX_STRING_LENGTH) throw tooLongError(FN, `the MSPDI document of ${project.tasks.length.toLocaleString('en-US')} tasks and ${project.dependencies.length.toLocaleString('en-US')} links`, least, true);
  try {
    const plan = planWrite(pf, project, options.include, options.minutesPerDay);
    // The plain document is read back; the pmo-kit data keep what it does not reproduce.
    return buildDocument(plan, blobsOf(plan));
  } catch (err) {
    if (isStringLengthError(err)) throw tooLongError(FN, 'the MSPDI document', null, false, err);
    throw err;
  }
}

/** @deprecated Use {@link WriteMspdiOptions}: the former name. */
export type MspdiWriteOptions = WriteMspdiOptions;
