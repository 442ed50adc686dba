import { brand, formatPath, PmoError, PmoValidationError, type ValidationIssue } from '../errors.js';
import { show } from '../internal/show.js';

/**
 * A problem of a CSV import, where it is in the files: a cell that cannot be read, or an issue
 * of the assembled portfolio traced back to the row (and column) it came from.
 */
export interface CsvIssue extends ValidationIssue {
  /** The file (as named in {@link CsvFile.name}); absent when the issue comes from no file (an option). */
  readonly file?: string;
  /** The 1-based line the row starts on; absent for an issue about a whole file or no file. */
  readonly line?: number;
  /** The header of the column, as written in the file; absent when no one column is at fault. */
  readonly column?: string;
}

/**
 * Formats where a CSV issue is: `tasks.csv line 5, column "Duration"`, `tasks.csv`, or the
 * portfolio path when it comes from no file.
 *
 * @param issue - an issue of a {@link CsvImportError}
 * @returns the location, for a message
 * @throws {@link PmoError} `INVALID_ARGUMENT` when `issue` is not an issue (an object with a string file, a number line, a string column, or a path)
 * @example
 * ```ts
 * csvIssueLocation({ file: 'tasks.csv', line: 5, column: 'Duration', code: 'x', path: [], message: '' }); // 'tasks.csv line 5, column "Duration"'
 * ```
 */
export function csvIssueLocation(issue: CsvIssue): string {
  if (typeof issue !== 'object' || issue === null) throw new PmoError('INVALID_ARGUMENT', `csvIssueLocation: expected an issue of a CsvImportError, got ${show(issue)}`);
  if (issue.file === undefined) return formatPath(issue.path);
  if (typeof issue.file !== 'string' || (issue.line !== undefined && typeof issue.line !== 'number') || (issue.column !== undefined && typeof issue.column !== 'string'))
    throw new PmoError('INVALID_ARGUMENT', 'csvIssueLocation: file and column must be strings and line a number');
  const line = issue.line === undefined ? '' : ` line ${issue.line}`;
  const column = issue.column === undefined ? '' : `, column ${JSON.stringify(issue.column)}`;
  return `${issue.file}${line}${column}`;
}

/**
 * Thrown by {@link readCsv} when the files do not make a valid portfolio: carries every problem,
 * each named by file, line and column (`tasks.csv line 5, column "Duration": expected a duration
 * such as 5, 5d, 40h or 2w, got "five"`) besides its path in the portfolio. It is a
 * {@link PmoValidationError} (code `VALIDATION`), so code that handles validation errors handles
 * it too; its `issues` are {@link CsvIssue}s.
 *
 * @example
 * ```ts
 * try {
 *   readCsv(files);
 * } catch (err) {
 *   if (err instanceof CsvImportError) for (const issue of err.issues) console.log(err.formatIssue(issue));
 * }
 * ```
 */
export class CsvImportError extends PmoValidationError {
  /** Every problem found, ordered by file, then line. */
  declare readonly issues: readonly CsvIssue[];

  /**
   * @param fn - the public function that read the files (used in the message)
   * @param issues - every problem found (at least one)
   */
  constructor(fn: string, issues: readonly CsvIssue[]) {
    super(fn, 'CSV import', issues);
    this.name = 'CsvImportError';
    const head = `${fn}: the CSV files do not make a valid portfolio: ${issues.length} issue${issues.length === 1 ? '' : 's'}`;
    const lines = issues.slice(0, 50).map((i) => `  - ${this.formatIssue(i)}`);
    if (issues.length > 50) lines.push(`  … and ${issues.length - 50} more`);
    this.message = [head, ...lines].join('\n');
  }

  static {
    brand(this, 'CsvImportError');
  }

  /**
   * Formats one issue as `file line L, column "C": message [code]`.
   *
   * @param issue - an issue of this error
   * @returns one line of text
   * @example
   * ```ts
   * err.formatIssue(err.issues[0]!); // 'tasks.csv line 5, column "Duration": duration must not be negative (got -2) (in project "p1", task "3") [negative_duration]'
   * ```
   */
  override formatIssue(issue: CsvIssue): string {
    return `${csvIssueLocation(issue)}: ${issue.message} [${issue.code}]`;
  }
}
