import type { Portfolio } from '../model/portfolio.js';
import { readMspdiDocument } from './internal/mspdiRead.js';

/** Options of {@link readMspdi} and {@link readMspdiDetails}. */
export interface MspdiReadOptions {
  /**
   * Id of the project. Default: the id `writeMspdi` stored, else the document's `<Name>` (often
   * its file name), else `"mspdi"`.
   */
  readonly projectId?: string;
  /** Id of the portfolio around the project. Default: the one `writeMspdi` stored, else the project id. */
  readonly portfolioId?: string;
  /**
   * What to do with values pmo-kit can only approximate — elapsed durations and lags (read as
   * 1 elapsed day = 1 working day) and percent lags (read as that share of the predecessor's
   * duration): `'warn'` (default) converts them and lists them in
   * {@link MspdiDocument.warnings}; `'error'` throws a `PARSE` error instead.
   */
  readonly approximations?: 'warn' | 'error';
}

/**
 * Reads a Microsoft Project XML (MSPDI) document into a validated portfolio holding its one
 * project.
 *
 * Mapping: task ids are the task `UID`s as strings (or the ids {@link writeMspdi} stored);
 * durations and lags are working days (`Duration` minutes and `LinkLag` tenths of minutes divided
 * by the project's `MinutesPerDay`, default 480; fractions are kept); the WBS comes from
 * `OutlineLevel` (summary tasks become parents); constraints, task calendars, milestones,
 * deadlines, percent complete and actuals, resources (work resources, `MaxUnits` as capacity) and
 * assignments (demands) are read; calendars are flattened (base calendars inherited, recurring
 * exceptions expanded, both exception forms read). The project summary task (UID 0) and null
 * tasks are skipped. Cross-project links are left out. Use {@link readMspdiDetails} for MS
 * Project's computed dates, the flags a plain CPM cannot reproduce, and the warnings.
 *
 * Security: a document with a DOCTYPE (hence any entity declaration, internal or external) is
 * refused before parsing, so no entity is expanded and no file or URL is ever read.
 *
 * Complexity: O(n log n) in the size of the document.
 *
 * @param xml - the document text; never modified
 * @param options - see {@link MspdiReadOptions}
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
export function readMspdi(xml: string, options: MspdiReadOptions = {}): Portfolio {
  return readMspdiDocument('readMspdi', xml, options).portfolio;
}
