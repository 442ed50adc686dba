import type { Portfolio } from '../model/portfolio.js';
import type { CsvFile, ReadCsvOptions } from './csvTypes.js';
import { importCsv } from './internal/csvImport.js';

/**
 * Reads CSV files — a spreadsheet or PM tool export of tasks, dependencies, resources and
 * assignments, risks, and optionally projects, calendars and holidays — into a validated
 * portfolio.
 *
 * Each file's kind is told from its header (a `Duration` column makes a tasks file, `From` and
 * `To` a dependencies file, …) unless {@link CsvFile.kind} names it. Columns are matched by name
 * with the aliases PM tools export (`Task Name`, `Max Units`, `% Complete`), ignoring case and
 * punctuation; {@link CSV_COLUMNS} lists them. Rules, exactly (docs/file-formats.md):
 * - **Projects**: a row's `Project` cell, else the default project (`projectId`; else the one
 *   project of a projects file; else `"project"` when no row names one). A project starts on its
 *   `Start` in a projects file, else on the earliest `Start` of its tasks, else on `startDate`.
 * - **Ids**: a task without an `Id` gets its position in its project (1, 2, …, as MS Project's
 *   ID, which `Predecessors` name); a resource its name; a risk `R<n>`.
 * - **Durations** in working days: `5`, `5d`, `40h` (hours of the task calendar's day, 8 by
 *   default), `2w` (5 days), `1mo` (20 days). **Dates** `YYYY-MM-DD` (or `dateFormat`).
 * - **Predecessors** as MS Project writes them: `3`, `3FS+2d`, `5SS-1`, `2FF+50%`, and `p1/3` for a
 *   task of another project (a cross-project dependency). A task's `Start` becomes a
 *   start-no-earlier-than constraint, as MS Project makes one when a start is typed in.
 * - Any delimiter of `,` `;` tab (told from the header), a byte order mark, any line ending,
 *   quoted values with delimiters and line breaks; empty lines and rows are skipped. In a
 *   semicolon-delimited file numbers take a decimal comma (`2,5d`).
 * - Columns a kind does not list are kept in each entity's `extensions.csv` (option `unknownColumns`).
 *
 * Complexity: O(total size of the files), plus validation, O(size of the portfolio).
 *
 * @param files - the files, each `{ name, text, kind? }`; never modified
 * @param options - see {@link ReadCsvOptions}
 * @returns a new, validated Portfolio
 * @throws {@link PmoError} with code `PARSE` for files that cannot be read — malformed CSV (an
 *   unclosed quote, a row with more values than the header), a header whose kind cannot be
 *   told, a missing required column, a file over `maxBytes` — one line per file, naming the
 *   file, the line and the column; {@link CsvImportError} (code `VALIDATION`) listing every value
 *   that cannot be read and every issue of the assembled portfolio, each at its file, line and
 *   column; `INVALID_ARGUMENT` for bad arguments
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs';
 * const read = (name: string) => ({ name, text: readFileSync(`examples/data/csv/${name}`, 'utf8') });
 * const portfolio = readCsv([read('projects.csv'), read('tasks.csv'), read('resources.csv'), read('risks.csv')]);
 * portfolio.projects.map((p) => p.id); // ['crm', 'dw', 'portal']
 * ```
 */
export function readCsv(files: readonly CsvFile[], options: ReadCsvOptions = {}): Portfolio {
  return importCsv('readCsv', files, options).portfolio;
}
