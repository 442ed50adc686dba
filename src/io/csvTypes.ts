/** The inputs, options and result of {@link readCsv} and {@link readCsvDetails}. */
import type { Portfolio, PortfolioInput } from '../model/portfolio.js';
import type { CsvKind } from './csvColumns.js';

/** One CSV file to import. */
export interface CsvFile {
  /** A name for messages, usually the file name (`tasks.csv`). */
  readonly name: string;
  /** The file's content (UTF-8 text; a byte order mark is dropped). */
  readonly text: string;
  /** What one row is. Default: told from the header (docs/file-formats.md, "How a file's kind is told"). */
  readonly kind?: CsvKind;
}

/** Options of {@link readCsv}. */
export interface ReadCsvOptions {
  /**
   * The project of rows that name none (no `Project` column, or an empty cell). Default: the one
   * project of the projects file when it has exactly one; else, when no row names a project,
   * `"project"`; else a row without a project is an issue.
   */
  readonly projectId?: string;
  /**
   * The start (`YYYY-MM-DD`) of projects whose start is given neither in the projects file nor
   * by a `Start` of one of their tasks (which starts the project on its earliest task start).
   * Default: none, so such a project is an issue.
   */
  readonly startDate?: string;
  /** Id of the portfolio. Default: the id of its only project, else `"portfolio"`. */
  readonly portfolioId?: string;
  /** Name of the portfolio. Default: its id. */
  readonly portfolioName?: string;
  /**
   * How dates are written besides ISO `YYYY-MM-DD` (always read): `'iso'` (default) reads only
   * ISO, `'mdy'` also month/day/year (`1/5/2026`, MS Project's US default `Mon 1/5/26`), `'dmy'`
   * day/month/year (`5/1/2026`, `5.1.2026`).
   */
  readonly dateFormat?: 'iso' | 'mdy' | 'dmy';
  /**
   * The field delimiter of every file. Default: told from each file's header (comma, semicolon
   * or tab), or an Excel `sep=` first line. A semicolon-delimited file takes a decimal comma.
   */
  readonly delimiter?: ',' | ';' | '\t';
  /**
   * What to do with the cells of columns that are not listed for the file's kind: `'extensions'`
   * (default) keeps the non-empty ones in the entity's `extensions.csv` under their header;
   * `'ignore'` drops them; `'error'` refuses the file (a `PARSE` error naming each such column).
   */
  readonly unknownColumns?: 'extensions' | 'ignore' | 'error';
  /** Largest file, in UTF-8 bytes; a larger one is refused (`PARSE`). Default 64 MiB. */
  readonly maxBytes?: number;
}

/** Options of {@link readCsvDetails}: those of {@link readCsv}. */
export interface ReadCsvDetailsOptions extends ReadCsvOptions {}

/** How one file was read. */
export interface CsvFileSummary {
  /** The file's name. */
  readonly name: string;
  /** What its rows are. */
  readonly kind: CsvKind;
  /** Its field delimiter. */
  readonly delimiter: ',' | ';' | '\t';
  /** Its data rows (empty ones not counted). */
  readonly rows: number;
  /** The headers read as columns, each with the column's key (`{ header: 'Task Name', key: 'name' }`). */
  readonly columns: readonly { readonly header: string; readonly key: string }[];
  /** The headers that name no column of its kind (kept in `extensions.csv` or dropped, per `unknownColumns`). */
  readonly unknownColumns: readonly string[];
}

/** What {@link readCsvDetails} returns. */
export interface ReadCsvDetailsResult {
  /** The validated portfolio (as {@link readCsv} returns it). */
  readonly portfolio: Portfolio;
  /**
   * The portfolio as JSON with only what the files gave (no defaults filled in): what
   * `pmo import` writes. `parsePortfolio(input)` gives `portfolio`.
   */
  readonly input: PortfolioInput;
  /** How each file was read, in the order given. */
  readonly files: readonly CsvFileSummary[];
}
