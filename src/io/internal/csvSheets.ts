/**
 * The CSV files as sheets: each parsed, its kind told, its headers matched to the columns of its
 * kind. Every problem of syntax or header, in every file, is gathered into one `PARSE` error.
 * Private to pmo-kit/io.
 */
import { PmoError } from '../../errors.js';
import { closestName } from '../../internal/closestName.js';
import { pushAll } from '../../internal/bulk.js';
import { CSV_COLUMNS, CSV_KINDS, type CsvKind } from '../csvColumns.js';
import type { CsvFile } from '../csvTypes.js';
import { columnOf, knownHeaderCount, recognizeKind } from './csvHeader.js';
import { parseCsvTable, type CsvDelimiter, type CsvLimits, type CsvTable } from './csvTable.js';
import type { NumberStyle } from './csvValues.js';

/** A file read as a table of one kind, its columns located. */
export interface CsvSheet {
  readonly name: string;
  /** Position among the files given. */
  readonly index: number;
  readonly kind: CsvKind;
  readonly table: CsvTable;
  readonly style: NumberStyle;
  /** Index of each column present, by key. */
  readonly columns: ReadonlyMap<string, number>;
  /** Indices of the columns that name no column of the kind (unnamed ones excluded). */
  readonly unknown: readonly number[];
}

/** What a header must have to be recognised, per kind, for messages (docs/file-formats.md says the same). */
const SIGNATURES: Readonly<Record<CsvKind, string>> = {
  dependencies: 'From and To',
  tasks: 'Duration',
  assignments: 'Task and Resource (or Skill)',
  risks: 'Probability',
  calendars: 'Working Days',
  holidays: 'Date',
  resources: 'Capacity, Skills, Cost per Hour or Resource Name',
  projects: 'Start or Project',
};

/** Headers of a kind a misspelled one may have meant. */
function suggestion(kind: CsvKind, header: string): string {
  const names = CSV_COLUMNS[kind].flatMap((c) => [c.name, ...c.aliases]);
  const near = closestName(header, names);
  return near === undefined ? '' : `; did you mean ${JSON.stringify(near)}?`;
}

/** The problems of a sheet's header, as lines of a PARSE message. */
function headerProblems(name: string, kind: CsvKind, table: CsvTable, columns: ReadonlyMap<string, number>, unknown: readonly number[], unknownColumns: string): string[] {
  const at = `${name} line ${table.headerLine}`;
  const problems: string[] = [];
  for (const c of CSV_COLUMNS[kind])
    if (c.required && !columns.has(c.key))
      problems.push(`${at}: a ${kind} file needs a ${JSON.stringify(c.name)} column${c.aliases.length > 0 ? ` (or ${c.aliases.map((a) => JSON.stringify(a)).join(', ')})` : ''}`);
  const need = (keys: readonly string[], what: string): void => {
    if (!keys.some((k) => columns.has(k))) problems.push(`${at}: a ${kind} file needs ${what}`);
  };
  if (kind === 'projects' || kind === 'resources') need(['id', 'name'], `an ${kind === 'projects' ? '"Project"' : '"Id"'} or a "Name" column`);
  if (kind === 'calendars') need(['id', 'name'], 'a "Calendar" or a "Name" column');
  if (kind === 'assignments') need(['resource', 'skill'], 'a "Resource" or a "Skill" column');
  if (unknownColumns === 'error')
    for (const i of unknown) problems.push(`${at}, column ${i + 1} (${JSON.stringify(table.headers[i])}): not a column of a ${kind} file${suggestion(kind, table.headers[i]!)}`);
  return problems;
}

/**
 * Reads every file as a sheet. Throws one PARSE error listing the problem of each file that
 * cannot be read: malformed CSV, an unknown kind, a missing required column, a column given
 * twice, an unknown column under `unknownColumns: 'error'`.
 */
export function readSheets(fn: string, files: readonly CsvFile[], limits: CsvLimits, delimiter: CsvDelimiter | undefined, unknownColumns: string): CsvSheet[] {
  const problems: string[] = [];
  const sheets: CsvSheet[] = [];
  files.forEach((file, index) => {
    const name = typeof file.name === 'string' && file.name !== '' ? file.name : `file ${index + 1}`;
    const explicit = file.kind;
    if (explicit !== undefined && !(CSV_KINDS as readonly unknown[]).includes(explicit)) {
      problems.push(`${name}: unknown kind ${JSON.stringify(explicit)}; expected one of ${CSV_KINDS.join(', ')}`);
      return;
    }
    let table: CsvTable;
    try {
      table = parseCsvTable(fn, name, file.text, limits, (h) => knownHeaderCount(h, explicit), delimiter);
    } catch (err) {
      if (err instanceof PmoError) {
        problems.push(err.message.replace(`${fn}: `, ''));
        return;
      }
      throw err;
    }
    const kind = explicit ?? recognizeKind(table.headers);
    if (kind === undefined) {
      const list = CSV_KINDS.map((k) => `${k} (${SIGNATURES[k]})`).join(', ');
      problems.push(
        `${name} line ${table.headerLine}: cannot tell what the file holds from its header (${table.headers.map((h) => JSON.stringify(h)).join(', ')}); ` +
          `a file is recognised by these columns: ${list}; or give its kind (pmo import KIND=FILE)`,
      );
      return;
    }
    const columns = new Map<string, number>();
    const unknown: number[] = [];
    table.headers.forEach((header, i) => {
      if (header === '') return;
      const c = columnOf(kind, header);
      if (c === undefined) unknown.push(i);
      else if (columns.has(c.key)) {
        const first = columns.get(c.key)!;
        problems.push(
          `${name} line ${table.headerLine}: columns ${first + 1} (${JSON.stringify(table.headers[first])}) and ${i + 1} (${JSON.stringify(header)}) both give the ${c.name} of a ${kind.replace(/s$/, '').replace(/ie$/, 'y')} row; remove or rename one`,
        );
      } else columns.set(c.key, i);
    });
    const before = problems.length;
    pushAll(problems, headerProblems(name, kind, table, columns, unknown, unknownColumns));
    if (problems.length === before) sheets.push({ name, index, kind, table, style: { decimalComma: table.delimiter === ';' }, columns, unknown });
  });
  if (problems.length === 1) throw new PmoError('PARSE', `${fn}: ${problems[0]!}`);
  if (problems.length > 1) throw new PmoError('PARSE', `${fn}: ${problems.length} problems in the CSV files:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  return sheets;
}
