/**
 * One CSV file as a table of text cells with the line each row starts on, parsed by `csv-parse`
 * (RFC 4180 quoting, any line ending, a byte order mark), with the delimiter told from the header
 * and every malformed input refused with a `PARSE` error naming the file, the line and the
 * column. Private to pmo-kit/io.
 */
import { parse } from 'csv-parse/sync';
import { PmoError } from '../../errors.js';

/** The field delimiters read: comma, semicolon (European spreadsheets) and tab. */
export type CsvDelimiter = ',' | ';' | '\t';

/** One data row: its cells (as many as the header has; missing trailing ones are `''`) and the line it starts on. */
export interface CsvRow {
  readonly line: number;
  readonly cells: readonly string[];
}

/** A parsed file. */
export interface CsvTable {
  readonly delimiter: CsvDelimiter;
  /** The header cells, trimmed. */
  readonly headers: readonly string[];
  /** The line of the header (2 after an Excel `sep=` line, else the first non-empty line). */
  readonly headerLine: number;
  /** The data rows, without empty lines and rows whose cells are all empty. */
  readonly rows: readonly CsvRow[];
}

/** Limits of {@link parseCsvTable}. */
export interface CsvLimits {
  /** Largest file, in UTF-8 bytes. */
  readonly maxBytes: number;
  /** Largest row, in bytes (an unclosed quote makes the rest of the file one row). */
  readonly maxRowBytes: number;
  /** Most columns. */
  readonly maxColumns: number;
}

/** Throws `PARSE`: `<fn>: <file> line L, column C ("Header"): message`. */
export function csvFail(fn: string, file: string, line: number | undefined, column: string | undefined, message: string): never {
  const where = [file, line === undefined ? undefined : `line ${line}`].filter((x) => x !== undefined).join(' ');
  throw new PmoError('PARSE', `${fn}: ${where}${column === undefined ? '' : `, column ${column}`}: ${message}`);
}

/** How a column is named in messages: `3 ("Duration")`, or `3` when the header is not known. */
export function columnLabel(index: number, headers: readonly string[] | undefined): string {
  const h = headers?.[index];
  return h === undefined || h === '' ? String(index + 1) : `${index + 1} (${JSON.stringify(h)})`;
}

const CANDIDATES: readonly CsvDelimiter[] = [',', ';', '\t'];

/** The header line split by a delimiter (its first record), or `undefined` when it does not parse. */
function splitHeader(text: string, delimiter: CsvDelimiter): string[] | undefined {
  try {
    const records = parse(text.slice(0, 1 << 16), { delimiter, to: 1, skip_empty_lines: true, relax_column_count: true, trim: true, relax_quotes: true });
    return (records[0] ?? []).map((c) => c.trim());
  } catch {
    return undefined;
  }
}

/** The delimiter whose header names the most known columns; ties go to more fields, then to the comma. */
function chooseDelimiter(text: string, score: (headers: readonly string[]) => number): CsvDelimiter {
  let best: CsvDelimiter = ',';
  let bestScore = -1;
  let bestFields = 0;
  for (const d of CANDIDATES) {
    const headers = splitHeader(text, d);
    if (headers === undefined) continue;
    const s = score(headers);
    if (s > bestScore || (s === bestScore && headers.length > bestFields)) [best, bestScore, bestFields] = [d, s, headers.length];
  }
  return best;
}

/** The 1-based line of the first non-empty line after `line` (for the start of a record that failed). */
function nextContentLine(lines: readonly string[], line: number): number {
  let i = line; // index of the line after `line`
  while (i < lines.length && lines[i]!.trim() === '') i++;
  return i + 1;
}

interface CsvParseError {
  readonly code?: unknown;
  readonly lines?: unknown;
  readonly column?: unknown;
}

/** The message of a `csv-parse` error, in words a spreadsheet user can act on. */
function describe(err: CsvParseError, text: string, lastLine: number, headers: readonly string[] | undefined, limits: CsvLimits): { line: number | undefined; column: string | undefined; message: string } {
  const line = typeof err.lines === 'number' ? err.lines : undefined;
  const column = typeof err.column === 'number' ? columnLabel(err.column, headers) : undefined;
  switch (err.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
    case 'CSV_MAX_RECORD_SIZE': {
      const start = nextContentLine(text.split('\n'), lastLine);
      const what = err.code === 'CSV_MAX_RECORD_SIZE' ? `a row longer than ${limits.maxRowBytes} bytes` : 'a quoted value that is never closed';
      return { line: start, column: undefined, message: `${what}: the row starting here runs to line ${line ?? '?'}; is a closing quote (") missing?` };
    }
    case 'INVALID_OPENING_QUOTE':
    case 'CSV_INVALID_OPENING_QUOTE':
      return { line, column, message: 'a quote (") inside a value that does not start with one; quote the whole value and double its quotes ("12"" pipe")' };
    case 'CSV_INVALID_CLOSING_QUOTE':
    case 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE':
      return { line, column, message: 'text after the closing quote of a value; inside a quoted value write a quote as two quotes ("")' };
    case 'CSV_RECORD_INCONSISTENT_FIELDS_LENGTH':
    case 'CSV_RECORD_INCONSISTENT_COLUMNS': {
      const got = typeof err.column === 'number' ? err.column : undefined;
      return {
        line,
        column: undefined,
        message: `the row has ${got ?? 'more'} values but the header has ${headers?.length ?? 'fewer'} columns; is a value holding the delimiter not in quotes?`,
      };
    }
    default:
      return { line, column, message: `malformed CSV (${typeof err.code === 'string' ? err.code : 'unknown error'})` };
  }
}

/**
 * Parses one CSV file. The delimiter is `delimiter` when given, else an Excel `sep=` first line,
 * else the one of `,` `;` tab that splits the header into the most columns `score` knows.
 *
 * Complexity: O(size of the text).
 *
 * @throws PmoError `PARSE` naming the file, the line and the column: not a string, too large,
 *   UTF-16 (NUL characters), too many columns, no header, a quote never closed, a stray quote, a row with more values
 *   than the header
 */
export function parseCsvTable(fn: string, file: string, text: unknown, limits: CsvLimits, score: (headers: readonly string[]) => number, delimiter?: CsvDelimiter): CsvTable {
  if (typeof text !== 'string') csvFail(fn, file, undefined, undefined, `expected the file content as a string, got ${text === null ? 'null' : typeof text}`);
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > limits.maxBytes) csvFail(fn, file, undefined, undefined, `the file has ${bytes} bytes, more than the limit of ${limits.maxBytes} (option maxBytes)`);
  if (text.slice(0, 4096).includes('\u0000'))
    csvFail(fn, file, 1, undefined, 'the file holds NUL characters: it looks like UTF-16 (Excel\'s "Unicode Text"); save it as "CSV UTF-8"');
  // One line ending, so that csv-parse counts lines right inside quoted values too.
  let body = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  let offset = 0;
  let sep = delimiter;
  const excel = /^sep=(.)[ \t]*(?:\n|$)/i.exec(body);
  if (excel !== null) {
    const d = excel[1]!;
    if (d !== ',' && d !== ';' && d !== '\t') csvFail(fn, file, 1, undefined, `the delimiter ${JSON.stringify(d)} of the "sep=" line is not supported: use a comma, a semicolon or a tab`);
    sep ??= d;
    body = body.slice(excel[0].length);
    offset = 1;
  }
  sep ??= chooseDelimiter(body, score);

  let headers: string[] | undefined;
  const ends: number[] = []; // the line each record ends on
  let records: string[][];
  try {
    records = parse(body, {
      delimiter: sep,
      skip_empty_lines: true,
      relax_column_count_less: true,
      trim: true,
      max_record_size: limits.maxRowBytes,
      on_record: (record: string[], context: { readonly lines: number }) => {
        headers ??= record;
        ends.push(context.lines);
        return record;
      },
    });
  } catch (err) {
    const e = describe(err as CsvParseError, body, ends[ends.length - 1] ?? 0, headers, limits);
    return csvFail(fn, file, e.line === undefined ? undefined : e.line + offset, e.column, e.message);
  }
  const head = records[0];
  if (head === undefined) csvFail(fn, file, undefined, undefined, 'the file is empty: expected a header row naming the columns');
  const names = head.map((h) => h.trim());
  const startLine = (i: number): number => {
    let breaks = 0;
    for (const cell of records[i]!) for (let j = cell.indexOf('\n'); j !== -1; j = cell.indexOf('\n', j + 1)) breaks++;
    return ends[i]! - breaks + offset;
  };
  if (names.length > limits.maxColumns) csvFail(fn, file, startLine(0), undefined, `the header has ${names.length} columns, more than the limit of ${limits.maxColumns}`);
  const rows: CsvRow[] = [];
  for (let i = 1; i < records.length; i++) {
    const cells = records[i]!;
    if (cells.every((c) => c.trim() === '')) continue;
    rows.push({ line: startLine(i), cells: cells.length < names.length ? [...cells, ...new Array<string>(names.length - cells.length).fill('')] : cells });
  }
  return { delimiter: sep, headers: names, headerLine: startLine(0), rows };
}
