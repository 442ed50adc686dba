/**
 * Where each part of an imported portfolio came from (file, line, column), so that an issue of
 * the assembled portfolio, found at a path such as `projects[0].tasks[3].duration`, is reported
 * at the cell it came from. Private to pmo-kit/io.
 */
import type { CsvIssue } from '../csvImportError.js';

/** The row an entity came from, and the header of the column each of its fields came from. */
export interface CsvSource {
  readonly file: string;
  /** The file's position among the files given (to order issues). */
  readonly fileIndex: number;
  readonly line: number;
  /** The column of a field not listed in `fields` (for entities read from one cell, such as a predecessor). */
  readonly column?: string;
  /** Header of the column each field of the entity came from (`{ duration: 'Duration' }`). */
  readonly fields?: Readonly<Record<string, string>>;
}

/** An issue with the position of its file, for ordering. */
export interface LocatedIssue extends CsvIssue {
  readonly fileIndex: number;
}

const keyOf = (path: readonly (string | number)[]): string => path.join('\u0000');

/** Sources by path in the portfolio. */
export class SourceMap {
  private readonly byPath = new Map<string, CsvSource>();

  /** Records that the entity at `path` came from `source`. */
  set(path: readonly (string | number)[], source: CsvSource): void {
    this.byPath.set(keyOf(path), source);
  }

  /**
   * The issue at `path` located in the files: at the entity of the longest recorded prefix of the
   * path, in the column of the field that follows it.
   */
  locate(issue: CsvIssue): LocatedIssue {
    for (let n = issue.path.length; n >= 0; n--) {
      const source = this.byPath.get(keyOf(issue.path.slice(0, n)));
      if (source === undefined) continue;
      const field = issue.path[n];
      const column = (typeof field === 'string' ? source.fields?.[field] : undefined) ?? source.column;
      return { ...issue, file: source.file, fileIndex: source.fileIndex, line: source.line, ...(column === undefined ? {} : { column }) };
    }
    return { ...issue, fileIndex: Number.MAX_SAFE_INTEGER };
  }
}

/** Orders issues by file, then line (issues from no file last); stable. */
export function sortIssues(issues: readonly LocatedIssue[]): CsvIssue[] {
  return [...issues]
    .map((issue, i) => ({ issue, i }))
    .sort((a, b) => a.issue.fileIndex - b.issue.fileIndex || (a.issue.line ?? 0) - (b.issue.line ?? 0) || a.i - b.i)
    .map(({ issue: { fileIndex: _fileIndex, ...rest } }) => rest);
}
