import type { CsvFile, ReadCsvDetailsOptions, ReadCsvDetailsResult } from './csvTypes.js';
import { importCsv } from './internal/csvImport.js';

/**
 * Reads CSV files as {@link readCsv} does, and tells how: the kind, delimiter, rows and matched
 * columns of each file, the columns it did not know, and the portfolio as JSON with only what
 * the files gave (what `pmo import` writes).
 *
 * Complexity: as {@link readCsv}.
 *
 * @param files - the files, each `{ name, text, kind? }`; never modified
 * @param options - see {@link ReadCsvDetailsOptions}
 * @returns the validated portfolio, its JSON input and a summary of each file
 * @throws as {@link readCsv}
 * @example
 * ```ts
 * const { files, input } = readCsvDetails([{ name: 'plan.csv', text: 'Task Name,Duration,Start,Finish\nDesign,5d,2026-01-05,2026-01-09\n' }]);
 * files[0]!.kind;           // 'tasks'
 * files[0]!.unknownColumns; // ['Finish'] (kept in extensions.csv)
 * JSON.stringify(input);    // what `pmo import plan.csv` writes
 * ```
 */
export function readCsvDetails(files: readonly CsvFile[], options: ReadCsvDetailsOptions = {}): ReadCsvDetailsResult {
  return importCsv('readCsvDetails', files, options);
}
