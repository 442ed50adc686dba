/** Helpers for the CSV import tests: the example files, and files made in a test. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CsvKind } from '../../src/io/csvColumns.js';
import type { CsvFile } from '../../src/io/csvTypes.js';
import { ROOT } from '../helpers.js';

/** The folder of the example CSV files. */
export const CSV_DIR = join(ROOT, 'examples', 'data', 'csv');

/** An example file, read. */
export function example(name: string): CsvFile {
  return { name, text: readFileSync(join(CSV_DIR, name), 'utf8') };
}

/** The multi-project example: every file of the folder (the MS Project export is in a subfolder). */
export function portfolioExample(): CsvFile[] {
  return readdirSync(CSV_DIR)
    .filter((f) => f.endsWith('.csv'))
    .sort()
    .map(example);
}

/** A file made of lines joined by `\n`. */
export function csv(name: string, lines: readonly string[], kind?: CsvKind): CsvFile {
  return { name, text: `${lines.join('\n')}\n`, ...(kind === undefined ? {} : { kind }) };
}
