/**
 * The state of a CSV import while the portfolio is assembled: the entities made so far, where
 * each came from, and the problems found; and {@link CsvRowReader}, which reads the cells of one
 * row. Private to pmo-kit/io.
 */
import type { CsvColumn } from '../csvColumns.js';
import { CSV_COLUMNS } from '../csvColumns.js';
import type { CsvSheet } from './csvSheets.js';
import { SourceMap, type CsvSource, type LocatedIssue } from './csvSources.js';
import type { CsvRow } from './csvTable.js';
import type { CsvDateFormat, Read } from './csvValues.js';

/** A JSON object being built (a portfolio entity). */
export type Json = Record<string, unknown>;

/** The options of an import, with their defaults. */
export interface CsvImportOptions {
  readonly projectId: string | undefined;
  readonly startDate: string | undefined;
  readonly dateFormat: CsvDateFormat;
  readonly unknownColumns: 'extensions' | 'ignore' | 'error';
}

/** A task being built, with the cells read in a second pass (once every task of its project is known). */
export interface TaskDraft {
  readonly input: Json;
  readonly row: CsvRowReader;
  readonly path: readonly (string | number)[];
  /** Hours per day of the task's calendar (for `h` durations and lags into it). */
  readonly hoursPerDay: number;
  /** The Duration cell was empty: fine for a summary (0), an issue otherwise. */
  readonly durationMissing: boolean;
  /** The Milestone cell was empty: a task of zero duration that is not a summary is a milestone. */
  readonly milestoneMissing: boolean;
}

/** A project being built. */
export interface ProjectDraft {
  readonly input: Json & { tasks: Json[]; dependencies: Json[] };
  readonly index: number;
  readonly tasks: TaskDraft[];
  readonly taskById: Map<string, TaskDraft>;
  /** Task rows read so far (a task without an id gets its position: MS Project's ID). */
  rows: number;
  /** The earliest `Start` of its tasks, which starts the project when nothing else does. */
  earliestStart: string | undefined;
  /** Where a missing start is reported: the projects row, else the first task row. */
  startSource: CsvSource | undefined;
}

/** The import in progress. */
export class CsvBuild {
  readonly issues: LocatedIssue[] = [];
  readonly sources = new SourceMap();
  readonly calendars: Json[] = [];
  readonly hoursPerDay = new Map<string, number>();
  readonly resources: Json[] = [];
  readonly resourceIds = new Set<string>();
  /** Resource ids by name, for names that belong to one resource only. */
  readonly resourceByName = new Map<string, string | null>();
  readonly pools = new Map<string, Json & { resourceIds: string[] }>();
  readonly programs = new Map<string, Json & { projectIds: string[] }>();
  readonly projects: ProjectDraft[] = [];
  readonly projectById = new Map<string, ProjectDraft>();
  /** Projects by name, for names that belong to one project only. */
  readonly projectByName = new Map<string, ProjectDraft | null>();
  readonly crossDependencies: Json[] = [];
  readonly risks: Json[] = [];
  /** The project of rows that name none, once known (`undefined`: such a row is an issue). */
  defaultProjectId: string | undefined;

  constructor(
    readonly fn: string,
    readonly options: CsvImportOptions,
  ) {}

  /** The default calendar: the first one given (or made for holidays). */
  get defaultCalendarId(): string | undefined {
    return this.calendars[0]?.id as string | undefined;
  }

  /** Hours per working day of a calendar (8 when unknown). */
  hoursOf(calendarId: string | undefined): number {
    return this.hoursPerDay.get(calendarId ?? this.defaultCalendarId ?? '') ?? 8;
  }
}

/** The cells of one row, read by column key, with problems recorded where they are. */
export class CsvRowReader {
  /** The path in the portfolio of the entity the row makes (for issues about its cells). */
  path: readonly (string | number)[] = [];

  constructor(
    readonly build: CsvBuild,
    readonly sheet: CsvSheet,
    readonly row: CsvRow,
  ) {}

  /** The 1-based line the row starts on. */
  get line(): number {
    return this.row.line;
  }

  /** Whether the file has the column. */
  has(key: string): boolean {
    return this.sheet.columns.has(key);
  }

  /** The header of a column as written in the file (its template name when the file lacks it). */
  header(key: string): string {
    const i = this.sheet.columns.get(key);
    if (i !== undefined) return this.sheet.table.headers[i]!;
    return CSV_COLUMNS[this.sheet.kind].find((c: CsvColumn) => c.key === key)?.name ?? key;
  }

  /** The trimmed text of a cell, or `undefined` when the file has no such column or the cell is empty. */
  text(key: string): string | undefined {
    const i = this.sheet.columns.get(key);
    if (i === undefined) return undefined;
    const v = this.row.cells[i]!.trim();
    return v === '' ? undefined : v;
  }

  /** A cell read by `reader`; an unreadable one is an issue (`invalid_format`) and reads as `undefined`. */
  read<T>(key: string, reader: (text: string) => Read<T>): T | undefined {
    const t = this.text(key);
    if (t === undefined) return undefined;
    const r = reader(t);
    if (r.error !== undefined) {
      this.issue(key, 'invalid_format', r.error);
      return undefined;
    }
    return r.value;
  }

  /** A cell that must not be empty: its text, or an issue (`missing_value`). */
  required(key: string, why: string): string | undefined {
    const t = this.text(key);
    if (t === undefined) this.issue(key, 'missing_value', `${JSON.stringify(this.header(key))} is empty: ${why}`);
    return t;
  }

  /** Records a problem at this row (and column, when `key` names one the file has). */
  issue(key: string | undefined, code: string, message: string): void {
    this.build.issues.push({
      file: this.sheet.name,
      fileIndex: this.sheet.index,
      line: this.row.line,
      ...(key === undefined || !this.has(key) ? {} : { column: this.header(key) }),
      code,
      path: this.path,
      message,
    });
  }

  /** Where the row's entity came from: its fields mapped to the headers of the column keys given (those the file has). */
  source(fields: Readonly<Record<string, string | undefined>> = {}, columnKey?: string): CsvSource {
    const headers: Record<string, string> = {};
    for (const [field, key] of Object.entries(fields)) if (key !== undefined && this.has(key)) headers[field] = this.header(key);
    return {
      file: this.sheet.name,
      fileIndex: this.sheet.index,
      line: this.row.line,
      ...(columnKey === undefined || !this.has(columnKey) ? {} : { column: this.header(columnKey) }),
      fields: headers,
    };
  }

  /**
   * `{ extensions: { csv: { Header: text } } }` with the non-empty cells of the columns that name
   * no column of the kind (and `extra`), or `{}`; per the `unknownColumns` option.
   */
  extensions(extra: Readonly<Record<string, string | undefined>> = {}): { extensions?: Json } {
    if (this.build.options.unknownColumns === 'ignore' && Object.keys(extra).length === 0) return {};
    const csv: Json = Object.create(null) as Json;
    let any = false;
    if (this.build.options.unknownColumns !== 'ignore')
      for (const i of this.sheet.unknown) {
        const v = this.row.cells[i]!.trim();
        if (v !== '') [csv[this.sheet.table.headers[i]!], any] = [v, true];
      }
    for (const [k, v] of Object.entries(extra)) if (v !== undefined) [csv[k], any] = [v, true];
    return any ? { extensions: { csv } } : {};
  }
}

/** Adds `key: value` to an object being built when the value is defined. */
export function put(target: Json, key: string, value: unknown): void {
  if (value !== undefined) target[key] = value;
}
