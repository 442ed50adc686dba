/**
 * Every command reads every format it can meaningfully schedule, through one reader: portfolio
 * JSON (or one project), MS Project XML, PSPLIB and MPLIB; `--format` names any of them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { minimalPortfolio } from '../fixtures/portfolios.js';
import { ROOT, SHARED_DATA } from '../helpers.js';
import { tmpFile } from './fixtures.js';
import { runCli } from './run.js';

const SAMPLE = `${ROOT}examples/data/sample-portfolio.json`;
const MSPDI = `${SHARED_DATA}mspdi/mspdirelations.xml`;
const PSPLIB = `${SHARED_DATA}psplib/j30/j301_1.sm`;
const MPLIB = `${SHARED_DATA}mplib/MPLIB1_Set1_0.rcmp`;
const HAVE = existsSync(MSPDI) && existsSync(PSPLIB) && existsSync(MPLIB);
if (!HAVE) console.warn(`formats.test: ${SHARED_DATA} is missing; the MSPDI, PSPLIB and MPLIB cases are skipped`);

function ok(args: string[], stdin?: string): string {
  const r = runCli(args, stdin);
  expect([args.join(' '), r.code, r.stderr.replace(/^.*warning.*\n/gm, '')]).toEqual([args.join(' '), 0, '']);
  return r.stdout;
}

describe.skipIf(!HAVE)('every format on every scheduling command', () => {
  // Before: `pmo level file.xml --format mspdi` said --format must be auto, portfolio, psplib, rcmp.
  it('pmo level --format mspdi', () => {
    const out = JSON.parse(ok(['level', MSPDI, '--format', 'mspdi', '--json', '--schedules', '20']));
    expect(out.projects[0]).toMatchObject({ id: 'mspdirelations.xml', startDate: '2006-09-21' });
    expect(JSON.parse(ok(['level', MSPDI, '--json', '--schedules', '20']))).toEqual(out);
  });

  // Before: `pmo cpm x.rcmp` could not tell the format, and --format rcmp was rejected.
  it('pmo cpm reads MPLIB: all projects together in periods, or one with --project', () => {
    const out = JSON.parse(ok(['cpm', MPLIB, '--json']));
    expect([out.start, out.finish, out.calendarId]).toEqual([null, null, null]);
    expect(new Set(out.tasks.map((t: { projectId: string }) => t.projectId))).toEqual(new Set(['1', '2', '3', '4', '5', '6']));
    expect(out.tasks.every((t: { earlyStartDate: unknown }) => t.earlyStartDate === null)).toBe(true);
    for (const path of out.criticalPaths) for (const key of path) expect(key).toMatch(/^\d+\/\d+$/);
    expect(JSON.parse(ok(['cpm', MPLIB, '--json', '--format', 'rcmp']))).toEqual(out);
    const one = JSON.parse(ok(['cpm', MPLIB, '--project', '2', '--json']));
    expect(new Set(one.tasks.map((t: { projectId: string }) => t.projectId))).toEqual(new Set(['2']));
    expect(ok(['cpm', MPLIB])).toMatch(/^MPLIB instance MPLIB1_Set1_0 \(6 projects\): duration \d+ periods/);
  });

  it.each([
    ['deps', []],
    ['load', ['--by', 'month']],
    ['export', ['--to', 'dot']],
    ['export', ['--to', 'mermaid', '--chart', 'flowchart']],
  ])('pmo %s reads MSPDI, PSPLIB and MPLIB', (command, extra) => {
    for (const file of [MSPDI, PSPLIB, MPLIB]) JSON.parse(ok([command, file, ...extra, '--json']));
  });

  it('pmo impact and pmo export --to mermaid|mspdi read MSPDI, PSPLIB and MPLIB', () => {
    expect(JSON.parse(ok(['impact', MPLIB, '--project', '1', '--task', '2', '--days', '3', '--json']))).toMatchObject({ key: '1/2', days: 3 });
    expect(JSON.parse(ok(['impact', PSPLIB, '--project', 'j301_1', '--task', '2', '--days', '1', '--json']))).toMatchObject({ key: 'j301_1/2' });
    expect(JSON.parse(ok(['impact', MSPDI, '--project', 'mspdirelations.xml', '--task', '2', '--days', '1', '--json']))).toMatchObject({ key: 'mspdirelations.xml/2', oldFinish: '2006-09-25' });
    expect(ok(['export', PSPLIB, '--to', 'mermaid'])).toMatch(/^gantt\n {2}title j301_1\.sm\n/);
    expect(ok(['export', MPLIB, '--to', 'mspdi', '--project', '3'])).toContain('<Project xmlns="http://schemas.microsoft.com/project">');
    expect(ok(['export', MSPDI, '--to', 'mspdi'])).toContain('<Name>mspdirelations.xml</Name>');
  });

  it('--start dates period 0 of a PSPLIB or MPLIB instance', () => {
    const out = JSON.parse(ok(['deps', PSPLIB, '--start', '2026-03-02', '--json']));
    expect(out.start).toBe('2026-03-02');
    expect(JSON.parse(ok(['deps', PSPLIB, '--json'])).start).toBe('1970-01-01');
    expect(runCli(['load', SAMPLE, '--start', '2026-03-02'])).toMatchObject({ code: 2, stderr: `pmo load: --start applies only to PSPLIB and MPLIB files; ${SAMPLE} has dates of its own\n` });
  });
});

describe('portfolio JSON: a whole portfolio or one project, from a file or standard input', () => {
  it('pmo level, deps, load and export read a single project', () => {
    const { calendarId: _, tasks, ...rest } = minimalPortfolio().projects[0]!;
    const project = JSON.stringify({ ...rest, tasks: tasks.map(({ demands: _d, ...t }) => t) }); // no portfolio: no calendars, no resources
    expect(JSON.parse(ok(['level', '-', '--json', '--schedules', '10'], project)).projects.map((p: { id: string }) => p.id)).toEqual(['p1']);
    expect(JSON.parse(ok(['deps', '-', '--json'], project)).criticalDependencies).toEqual([]);
    expect(JSON.parse(ok(['load', '-', '--json'], project)).resources).toEqual([]);
    expect(ok(['export', '-', '--to', 'mermaid'], project)).toMatch(/^gantt\n {2}title One\n/);
  });

  it('a project naming what only a portfolio holds exits 2 naming the file and the problem', () => {
    const r = runCli(['level', '-'], JSON.stringify(minimalPortfolio().projects[0]));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^pmo level: standard input: schedulePortfolio: .*unknown calendar "std"/);
  });

  it('a format named with --format that does not fit exits 2 naming the file', () => {
    const r = runCli(['cpm', SAMPLE, '--format', 'mspdi']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`^pmo cpm: ${SAMPLE.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: readMspdi: `));
    const text = tmpFile('notes.txt', 'hello');
    expect(runCli(['deps', text])).toMatchObject({ code: 2, stderr: expect.stringContaining(`pmo deps: cannot tell the format of ${text}: expected a portfolio JSON, an MS Project XML (MSPDI), a PSPLIB .sm or an MPLIB .rcmp file`) });
    expect(runCli(['load', '-'], '{not json')).toMatchObject({ code: 2, stderr: expect.stringContaining('pmo load: standard input is not valid JSON') });
    expect(runCli(['deps', `${ROOT}nope.json`])).toMatchObject({ code: 2, stderr: `pmo deps: cannot read ${ROOT}nope.json: no such file\n` });
    expect(readFileSync(SAMPLE, 'utf8').length).toBeGreaterThan(0);
  });
});
