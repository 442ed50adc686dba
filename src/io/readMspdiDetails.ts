import type { MspdiDocument, ReadMspdiOptions } from './mspdiTypes.js';
import { readMspdiDocument } from './internal/mspdiRead.js';

/** Options of {@link readMspdiDetails}: those of {@link readMspdi}. */
export interface ReadMspdiDetailsOptions extends ReadMspdiOptions {}

/**
 * Reads a Microsoft Project XML (MSPDI) document like {@link readMspdi}, and also returns what
 * the pmo-kit model has no place for: per task MS Project's flags (summary, manual, active,
 * split parts, fixed units/duration/work, actuals) and the schedule MS Project stored (`Start`,
 * `Finish`, `EarlyStart`, `EarlyFinish`, `LateStart`, `LateFinish`, `TotalSlack`, `FreeSlack`,
 * `Critical`), the project settings, and the warnings. Use it to compare a computed schedule with
 * MS Project's.
 *
 * Complexity: O(n log n) in the size of the document.
 *
 * @param xml - the document text; never modified
 * @param options - see {@link ReadMspdiDetailsOptions}
 * @returns the portfolio, the project, per-task details keyed by task id, and the warnings
 * @throws {@link PmoError} with code `PARSE` as {@link readMspdi} does
 * @example
 * ```ts
 * const doc = readMspdiDetails(readFileSync('plan.xml', 'utf8'));
 * for (const [id, t] of doc.tasks) {
 *   if (!t.summary && !t.manual && !t.hasActuals) console.log(id, t.earlyStartDate, t.totalSlack, t.critical);
 * }
 * ```
 */
export function readMspdiDetails(xml: string, options: ReadMspdiDetailsOptions = {}): MspdiDocument {
  return readMspdiDocument('readMspdiDetails', xml, options);
}
