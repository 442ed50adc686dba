/**
 * Fuzzing the CSV import: malformed CSV (the example files cut, with quotes, delimiters, line
 * breaks and junk inserted; arbitrary text; random tables of known columns and odd values) gives
 * a valid portfolio or a PmoError, never another error; a PARSE error names a file, and every
 * issue of a CsvImportError is located in a file.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PmoError } from '../../src/errors.js';
import { CSV_COLUMNS, CSV_KINDS, CsvImportError, readCsv, type CsvFile, type CsvKind } from '../../src/io/index.js';
import { schedulePortfolio } from '../../src/schedule/index.js';
import { portfolioExample } from './csvShared.js';

const EXAMPLE = portfolioExample();

/** Runs the import; fails the property on anything but a portfolio or a PmoError. */
function check(files: readonly CsvFile[]): void {
  let portfolio;
  try {
    portfolio = readCsv(files, { startDate: '2026-01-05' });
  } catch (err) {
    if (!(err instanceof PmoError)) throw err;
    if (err.code === 'PARSE') expect(files.some((f) => err.message.includes(f.name))).toBe(true);
    if (err instanceof CsvImportError) for (const issue of err.issues) expect(issue.file, err.formatIssue(issue)).toBeDefined();
    return;
  }
  try {
    schedulePortfolio(portfolio);
  } catch (err) {
    if (!(err instanceof PmoError)) throw err;
  }
}

const PIECES = ['"', '""', ',', ';', '\t', '\n', '\r\n', '\r', '\uFEFF', ' ', 'x', '5', '-3', '0', '%', '/', '[', ']', 'FS', 'SS+2d', '2026-02-30', '1/5/26', 'yes', 'crm/9', '__proto__', 'é漢'];

type Mutation = { kind: 'insert'; at: number; text: string } | { kind: 'delete'; at: number; length: number } | { kind: 'truncate'; at: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.constantFrom(...PIECES) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
);

function mutate(text: string, m: Mutation): string {
  const at = m.at % (text.length + 1);
  if (m.kind === 'insert') return text.slice(0, at) + m.text + text.slice(at);
  if (m.kind === 'delete') return text.slice(0, at) + text.slice(at + m.length);
  return text.slice(0, at);
}

describe('fuzzing malformed CSV: a valid result or a PmoError', () => {
  it('the example files with random cuts and insertions', () => {
    fc.assert(
      fc.property(fc.nat({ max: EXAMPLE.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 4 }), (index, mutations) => {
        const files = EXAMPLE.map((f, i) => (i === index ? { ...f, text: mutations.reduce(mutate, f.text) } : f));
        check(files);
      }),
      { numRuns: 250, seed: 16 },
    );
  });

  it('arbitrary text, with or without a kind', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.option(fc.constantFrom(...CSV_KINDS), { nil: undefined }), (text, kind) => {
        check([{ name: 'any.csv', text, ...(kind === undefined ? {} : { kind }) }]);
      }),
      { numRuns: 300, seed: 16 },
    );
  });

  const VALUES = ['', 'a', '1', '0', '-1', '2.5', '1,5', '50%', '5d', '40h', '2w', '1FS+2d', '2SS-1', 'x/y', 'yes', 'no', '2026-01-05', '2026-02-30', 'Mon-Fri', 'none', 'Ana[50%]', 'k:3', 'mitigate', 'exploit', 'open', '"q"', 'ALAP', 'SNET', '1e400'];
  it('random tables of known columns and odd values', () => {
    const table = fc.constantFrom<CsvKind>(...CSV_KINDS).chain((kind) =>
      fc
        .uniqueArray(fc.constantFrom(...CSV_COLUMNS[kind]), { minLength: 1, maxLength: 8, selector: (c) => c.key })
        .chain((columns) =>
          fc.tuple(fc.constant(kind), fc.constant(columns), fc.array(fc.array(fc.constantFrom(...VALUES), { minLength: columns.length, maxLength: columns.length }), { maxLength: 6 })),
        ),
    );
    fc.assert(
      fc.property(fc.array(table, { minLength: 1, maxLength: 4 }), fc.constantFrom(',', ';'), (tables, d) => {
        const quote = (v: string) => (/[",;\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
        const files = tables.map(([kind, columns, rows], i) => ({
          name: `${kind}-${i}.csv`,
          kind,
          text: [columns.map((c) => c.name), ...rows].map((r) => r.map(quote).join(d)).join('\n'),
        }));
        check(files);
      }),
      { numRuns: 400, seed: 16 },
    );
  });
});
