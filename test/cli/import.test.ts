/** `pmo import`: CSV files into a portfolio JSON file. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { readCsvDetails } from '../../src/io/index.js';
import { safeParsePortfolio } from '../../src/model/parse.js';
import { CSV_DIR, portfolioExample } from '../io/csvShared.js';
import { tmpFile } from './fixtures.js';
import { runCli } from './run.js';

const EXAMPLE = ['calendars', 'dependencies', 'holidays', 'projects', 'resources', 'risks', 'tasks'].map((k) => join(CSV_DIR, `${k}.csv`));
const MSP = join(CSV_DIR, 'ms-project/website.csv');

describe('pmo import', () => {
  it('prints the portfolio JSON on standard output and a summary on standard error', () => {
    const r = runCli(['import', ...EXAMPLE]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse(JSON.stringify(readCsvDetails(portfolioExample()).input)));
    expect(safeParsePortfolio(JSON.parse(r.stdout)).success).toBe(true);
    expect(r.stderr).toContain(`pmo import: ${join(CSV_DIR, 'tasks.csv')}: tasks, 15 rows; not columns of a tasks file, kept in extensions.csv: "Notes"\n`);
    expect(r.stderr).toContain(`pmo import: ${join(CSV_DIR, 'holidays.csv')}: holidays, 3 rows\n`);
    expect(r.stderr).toMatch(/pmo import: portfolio "portfolio": 3 projects, 15 tasks, 16 dependencies \(3 across projects\), 6 resources, 4 risks, 1 calendar\n$/);
  });

  it('-o writes the file, which pmo cpm then schedules', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'pmo-import-')), 'portfolio.json');
    const r = runCli(['import', ...EXAMPLE, '-o', out, '--id', 'q2']);
    expect([r.code, r.stdout]).toEqual([0, '']);
    expect(r.stderr).toContain(`3 projects, 15 tasks`);
    expect(r.stderr).toContain(`; written to ${out}\n`);
    const cpm = runCli(['cpm', out, '--json']);
    expect(cpm.code).toBe(0);
    const json = JSON.parse(cpm.stdout) as { finish: string; start: string };
    expect([json.start, json.finish]).toEqual(['2026-03-02', '2026-05-07']);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toMatchObject({ id: 'q2', name: 'q2' });
  });

  it('KIND=FILE, --project, --start and --date-format', () => {
    const file = tmpFile('export.csv', 'Task Name;Duration;Start\nA;2,5;\nB;1;1/12/2026\n');
    const r = runCli(['import', `tasks=${file}`, '--project', 'pilot', '--start', '2026-01-05', '--date-format', 'mdy']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      id: 'pilot',
      name: 'pilot',
      projects: [
        {
          id: 'pilot',
          name: 'pilot',
          start: '2026-01-12',
          tasks: [
            { id: '1', name: 'A', duration: 2.5 },
            { id: '2', name: 'B', duration: 1, constraint: { type: 'SNET', date: '2026-01-12' } },
          ],
        },
      ],
    });
    expect(r.stderr).toContain('tasks, 2 rows, semicolon-delimited');
  });

  it('warns about a file that is not UTF-8 (Excel\'s ANSI CSV)', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'pmo-import-')), 'ansi.csv');
    writeFileSync(file, Buffer.from('Name,Duration\nM\xfcller review,1\n', 'latin1'));
    const r = runCli(['import', file, '--start', '2026-01-05']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`pmo import: warning: ${file} is not all UTF-8 (its bad bytes read as \uFFFD); from Excel, save it as "CSV UTF-8"\n`);
  });

  it('reads standard input once', () => {
    expect(runCli(['import', '-', '--start', '2026-01-05'], 'Name,Duration\na,1\n')).toMatchObject({ code: 0, stderr: expect.stringContaining('pmo import: standard input: tasks, 1 row\n') });
    expect(runCli(['import', '-', 'tasks=-'], '')).toMatchObject({ code: 2, stderr: 'pmo import: standard input (-) can be read once only\n' });
  });

  it('--json: the files, the counts, and the portfolio when there is no -o', () => {
    const r = runCli(['import', MSP, '--date-format', 'mdy', '--project', 'website', '--json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(json).toMatchObject({
      valid: true,
      output: null,
      portfolioId: 'website',
      counts: { projects: 1, tasks: 9, dependencies: 8, crossDependencies: 0, resources: 0, risks: 0, calendars: 0 },
      files: [{ file: MSP, kind: 'tasks', delimiter: ',', rows: 9, unknownColumns: ['Finish'] }],
      issues: [],
      portfolio: { id: 'website' },
    });
    expect(r.stderr).toBe('');
  });

  it('invalid data exits 2 listing every issue at its file, line and column (also with --json)', () => {
    const file = tmpFile('tasks.csv', 'Id,Name,Duration,Predecessors\n1,A,5d,\n2,B,ten,1\n3,C,-1,9\n');
    const r = runCli(['import', file, '--start', '2026-01-05']);
    expect(r).toMatchObject({
      code: 2,
      stdout: '',
      stderr: [
        'pmo import: the CSV files do not make a valid portfolio: 3 issues',
        `  ${file} line 3, column "Duration": expected a duration such as 5, 5d, 40h or 2w, got "ten" [invalid_format]`,
        `  ${file} line 4, column "Duration": duration must not be negative (got -1) (in project "project", task "3") [negative_duration]`,
        `  ${file} line 4, column "Predecessors": dependency refers to unknown task "9" in project "project" [unknown_reference]`,
        '',
      ].join('\n'),
    });
    const j = runCli(['import', file, '--start', '2026-01-05', '--json']);
    expect(j.code).toBe(2);
    expect(JSON.parse(j.stdout)).toMatchObject({
      valid: false,
      output: null,
      files: [file],
      issues: [
        { file, line: 3, column: 'Duration', code: 'invalid_format', path: ['projects', 0, 'tasks', 1], at: 'projects[0].tasks[1]' },
        { file, line: 4, column: 'Duration', code: 'negative_duration', path: ['projects', 0, 'tasks', 2, 'duration'] },
        { file, line: 4, column: 'Predecessors', code: 'unknown_reference', path: ['projects', 0, 'dependencies', 1, 'from'] },
      ],
    });
  });

  it('malformed CSV exits 2 naming the file, the line and the column', () => {
    const file = tmpFile('bad.csv', 'Name,Duration\n12" pipe,1\n');
    expect(runCli(['import', file])).toMatchObject({
      code: 2,
      stdout: '',
      stderr: `pmo import: readCsvDetails: ${file} line 2, column 1 ("Name"): a quote (") inside a value that does not start with one; quote the whole value and double its quotes ("12"" pipe")\n`,
    });
    expect(runCli(['import', file, '--json']).stdout).toContain('"code": "PARSE"');
  });

  it('usage errors exit 2', () => {
    expect(runCli(['import'])).toMatchObject({ code: 2, stderr: expect.stringContaining('pmo import: expected 1 to 1000 CSV files') });
    expect(runCli(['import', 'nope.csv'])).toMatchObject({ code: 2, stderr: 'pmo import: cannot read nope.csv: no such file\n' });
    expect(runCli(['import', ...EXAMPLE, '--date-format', 'ymd'])).toMatchObject({ code: 2, stderr: 'pmo import: --date-format must be iso, mdy or dmy, got "ymd"\n' });
    expect(runCli(['import', ...EXAMPLE, '--start', '2026-13-01']).code).toBe(2);
    const notADir = tmpFile('plain-file.txt', 'a file, not a folder');
    expect(runCli(['import', ...EXAMPLE, '-o', join(notADir, 'x.json')])).toMatchObject({ code: 2, stderr: expect.stringMatching(/^pmo import: cannot write .*x\.json: (ENOTDIR|EEXIST)/) });
  });

  it('a runner that writes no files refuses -o', () => {
    let err = '';
    const code = main(['import', ...EXAMPLE, '-o', 'x.json'], { out: () => {}, err: (t) => (err += t), readText: (p) => readFileSync(p, 'utf8') });
    expect(code).toBe(2);
    expect(err).toBe('pmo import: cannot write x.json: this runner writes no files; leave out -o to print to standard output\n');
  });
});
