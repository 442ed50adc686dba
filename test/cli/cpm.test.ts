import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { minimalPortfolio } from '../fixtures/portfolios.js';
import { runCli } from './run.js';
import { present, ROOT } from '../helpers.js';

const SAMPLE = join(ROOT, 'examples/data/sample-portfolio.json');
const DATA = fileURLToPath(new URL('../../../shared/data/', import.meta.url));
const MSPDI = join(DATA, 'mspdi/task-links-project2007-mspdi.xml');
const PSPLIB = join(DATA, 'psplib/j30/j301_1.sm');
const TASK_KEYS = [
  'id',
  'projectId',
  'name',
  'duration',
  'earlyStart',
  'earlyFinish',
  'lateStart',
  'lateFinish',
  'earlyStartDate',
  'earlyFinishDate',
  'lateStartDate',
  'lateFinishDate',
  'totalFloat',
  'freeFloat',
  'critical',
];
/** Fields added after the first contract: always after the original ones. */
const TASK_KEYS_ADDED = ['key', 'summary', 'milestone', 'nearCritical', 'drivingPredecessors'];
const TOP_KEYS = ['duration', 'start', 'finish', 'criticalPaths', 'tasks'];
const TOP_KEYS_ADDED = ['calendarId', 'criticalPathsTruncated', 'warnings'];
/** With progress (a task with actuals, or a status date), docs/progress.md. */
const TASK_KEYS_PROGRESS = ['progress', 'percentComplete', 'remainingDuration', 'baselineStartDate', 'baselineFinishDate', 'startVariance', 'finishVariance'];
const TOP_KEYS_PROGRESS = ['statusDate', 'projects'];

/** The contract: the original keys first, in their order, then the added ones (the progress ones with progress). */
function checkKeys(out: Record<string, unknown>, progress = false): void {
  expect(Object.keys(out)).toEqual([...TOP_KEYS, ...TOP_KEYS_ADDED, ...(progress ? TOP_KEYS_PROGRESS : [])]);
  for (const t of out.tasks as object[]) expect(Object.keys(t)).toEqual([...TASK_KEYS, ...TASK_KEYS_ADDED, ...(progress ? TASK_KEYS_PROGRESS : [])]);
}

function tmpFile(name: string, content: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'pmo-cpm-'));
  const file = join(dir, name);
  writeFileSync(file, content);
  return file;
}

function json(args: string[], stdin?: string) {
  const r = runCli(['cpm', ...args, '--json'], stdin);
  expect(r.stderr.replace(/^.*warning.*\n/gm, '')).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout);
}

describe('pmo cpm', () => {
  it('prints the contract keys (the original ones first, in order) for a portfolio scheduled together', () => {
    const out = json([SAMPLE]);
    // The sample reports progress: the progress fields follow the others.
    checkKeys(out, true);
    expect(out.start).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(out.criticalPaths.length).toBeGreaterThan(0);
    // Several projects: paths name tasks by projectId/taskId.
    for (const p of out.criticalPaths) for (const k of p) expect(k).toMatch(/^[^/]+\/[^/]+$/);
    expect(new Set(out.tasks.map((t: { projectId: string }) => t.projectId)).size).toBeGreaterThan(1);
  });

  it('schedules one project with --project, naming tasks by id, on the portfolio calendars', () => {
    const file = tmpFile('pf.json', JSON.stringify(minimalPortfolio()));
    const out = json([file, '--project', 'p1']);
    expect(out.tasks.map((t: { id: string }) => t.id)).toEqual(['wbs', 'a', 'b', 'm']);
    expect(out).toMatchObject({ duration: 15, start: '2026-01-05', finish: '2026-01-23', criticalPaths: [['a', 'b']] });
    const whole = json([file]);
    expect(whole.criticalPaths).toEqual([['p2/a']]);
    expect(whole.tasks.find((t: { projectId: string; id: string }) => t.projectId === 'p2' && t.id === 'a')).toMatchObject({ earlyStart: 20, earlyStartDate: '2026-02-02' });
  });

  it('schedules a portfolio whose projects use different calendars, with the same contract', () => {
    const pf = minimalPortfolio();
    pf.calendars = [...(pf.calendars ?? []), { id: 'six', workingDays: [1, 2, 3, 4, 5, 6], holidays: [] }, { id: 'seven', workingDays: [1, 2, 3, 4, 5, 6, 7] }];
    pf.projects[1] = { ...pf.projects[1]!, start: '2026-01-05', calendarId: 'six', tasks: [{ id: 'a', name: 'Integrate', duration: 3 }, { id: 'c', name: 'Check', duration: 2, calendarId: 'seven' }], dependencies: [{ from: 'a', to: 'c' }] };
    pf.crossDependencies = [{ fromProject: 'p1', from: 'a', toProject: 'p2', to: 'a' }];
    const file = tmpFile('pf.json', JSON.stringify(pf));
    const r = runCli(['cpm', file, '--json']);
    expect([r.code, r.stderr]).toEqual([0, '']); // no calendar warnings any more
    const out = JSON.parse(r.stdout);
    checkKeys(out);
    const at = (p: string, id: string) => out.tasks.find((t: { projectId: string; id: string }) => t.projectId === p && t.id === id);
    // p1/a: Mon 5 - Fri 9. p2/a (Mon-Sat) starts Sat 10: Sat 10, Mon 12, Tue 13. p2/c (7 days): Wed 14, Thu 15.
    expect([at('p2', 'a').earlyStartDate, at('p2', 'a').earlyFinishDate]).toEqual(['2026-01-10', '2026-01-13']);
    expect([at('p2', 'c').earlyStartDate, at('p2', 'c').earlyFinishDate]).toEqual(['2026-01-14', '2026-01-15']);
    // Offsets on the portfolio calendar ("std"): p2/a spans [5, 7), p2/c [7, 9).
    expect([at('p2', 'a').earlyStart, at('p2', 'a').earlyFinish, at('p2', 'c').earlyStart, at('p2', 'c').earlyFinish]).toEqual([5, 7, 7, 9]);
  });

  it('added fields: key, summary, milestone, nearCritical, drivingPredecessors (ids alone, keys together)', () => {
    const file = tmpFile('pf.json', JSON.stringify(minimalPortfolio()));
    const alone = json([file, '--project', 'p1']);
    const at = (out: { tasks: { id: string; projectId: string }[] }, p: string, id: string) => out.tasks.find((t) => t.projectId === p && t.id === id);
    expect(at(alone, 'p1', 'wbs')).toMatchObject({ key: 'p1/wbs', summary: true, milestone: false, drivingPredecessors: [] });
    expect(at(alone, 'p1', 'b')).toMatchObject({ key: 'p1/b', summary: false, milestone: false, critical: true, nearCritical: false, drivingPredecessors: ['a'] });
    expect(at(alone, 'p1', 'm')).toMatchObject({ milestone: true, drivingPredecessors: ['b'] });
    expect(alone).toMatchObject({ calendarId: 'std', criticalPathsTruncated: false, warnings: [] });
    const together = json([file]);
    // p1 has 6 working days of float in the portfolio (p2 starts on 2 February): near-critical (<= 5)? no.
    expect(at(together, 'p1', 'b')).toMatchObject({ critical: false, nearCritical: false, totalFloat: 6, drivingPredecessors: ['p1/a'] });
    expect(at(together, 'p2', 'a')).toMatchObject({ key: 'p2/a', critical: true, drivingPredecessors: [] });
  });

  it('reads a single project JSON and standard input', () => {
    const project = minimalPortfolio().projects[1]!;
    const out = json(['-'], JSON.stringify(project));
    expect(out).toMatchObject({ duration: 3, start: '2026-02-02', finish: '2026-02-04', criticalPaths: [['a']] });
  });

  it.skipIf(!present(MSPDI))('reads MS Project XML (task ids are UIDs)', () => {
    const out = json([MSPDI]);
    expect(out.finish).toBe('2014-11-03');
    expect(out.criticalPaths).toEqual([['9', '10']]);
    expect(out.tasks.find((t: { id: string }) => t.id === '4')).toMatchObject({ earlyStartDate: '2014-10-21', totalFloat: 9 });
    expect(json([MSPDI, '--format', 'mspdi'])).toEqual(out);
  });

  it.skipIf(!present(PSPLIB))('reads PSPLIB (job numbers, periods, no dates)', () => {
    const out = json([PSPLIB]);
    expect(out.duration).toBe(38);
    expect([out.start, out.finish]).toEqual([null, null]);
    expect(out.tasks).toHaveLength(32);
    expect(out.tasks[1]).toMatchObject({ id: '2', projectId: 'j301_1', name: 'job 2', earlyStartDate: null, lateFinishDate: null });
    expect(out.tasks[0]).toMatchObject({ id: '1', key: 'j301_1/1', milestone: true, summary: false, drivingPredecessors: [] });
    expect(out.calendarId).toBeNull();
    // every job but the source is driven by a predecessor; near-critical: float 1 to 5
    for (const t of out.tasks.slice(1)) expect(t.drivingPredecessors.length).toBeGreaterThan(0);
    for (const t of out.tasks) expect(t.nearCritical).toBe(!t.critical && t.totalFloat <= 5);
    expect(out.criticalPaths[0][0]).toBe('1');
    const table = runCli(['cpm', PSPLIB]);
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/duration 38 periods/);
  });

  it('prints a readable table', () => {
    const r = runCli(['cpm', SAMPLE]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^portfolio ".*" \(\d+ projects, calendar [^)]+\): start \d{4}-\d{2}-\d{2}, finish \d{4}-\d{2}-\d{2}, duration \d+ working days\n/);
    expect(r.stdout).toMatch(/project +id +name +dur +ES +EF +LS +LF +TF +FF +crit +early start/);
    expect(r.stdout).toMatch(/Critical paths? \(\d+\):\n( {2}\S+\n)* {2}\S+ -> /);
    expect(r.stdout).toMatch(/Forecast from the actuals:\n {2}wms: finish \d{4}-\d{2}-\d{2}, baseline 2026-06-25 \(\+\d+ working days\)/);
  });

  it('exits 2 naming the file and what is wrong', () => {
    const cyclic = minimalPortfolio();
    cyclic.projects[0]!.dependencies!.push({ from: 'm', to: 'a' });
    const f1 = tmpFile('cyclic.json', JSON.stringify(cyclic));
    const r1 = runCli(['cpm', f1]);
    expect(r1.code).toBe(2);
    // (validation reports the cycle before the engine would)
    expect(r1.stderr).toContain(`pmo cpm: ${f1} is not a valid portfolio: 1 issue`);
    expect(r1.stderr).toContain('projects[0].dependencies[0]: dependency cycle in project "p1": "a" -> "b" -> "m" -> "a" [cycle]');

    const invalid = minimalPortfolio();
    invalid.projects[0]!.tasks[1]!.duration = -2;
    const f2 = tmpFile('invalid.json', JSON.stringify(invalid));
    const r2 = runCli(['cpm', f2]);
    expect(r2.code).toBe(2);
    expect(r2.stderr).toContain(`pmo cpm: ${f2} is not a valid portfolio: 1 issue`);
    expect(r2.stderr).toContain('projects[0].tasks[1].duration');

    const f3 = tmpFile('junk.txt', 'hello world');
    const r3 = runCli(['cpm', f3]);
    expect(r3.code).toBe(2);
    expect(r3.stderr).toContain(`cannot tell the format of ${f3}`);

    const f4 = tmpFile('bad.xml', '<Project xmlns="http://schemas.microsoft.com/project"><Tasks><Task><UID>x</UID></Task></Tasks>');
    const r4 = runCli(['cpm', f4]);
    expect(r4.code).toBe(2);
    expect(r4.stderr).toContain(`pmo cpm: ${f4}: `);

    const f5 = tmpFile('bad.sm', 'PRECEDENCE RELATIONS:\nREQUESTS/DURATIONS:\n');
    expect(runCli(['cpm', f5, '--format', 'psplib'])).toMatchObject({ code: 2, stderr: expect.stringContaining(`pmo cpm: ${f5}: `) });

    expect(runCli(['cpm', SAMPLE, '--project', 'nope'])).toMatchObject({ code: 2, stderr: expect.stringMatching(/has no project "nope"; its projects: "wms"/) });
    expect(runCli(['cpm', SAMPLE, '--format', 'xlsx'])).toMatchObject({ code: 2, stderr: expect.stringContaining('--format must be auto, portfolio, mspdi, psplib or rcmp, got "xlsx"') });
    expect(runCli(['cpm', join(ROOT, 'no-such-file.json')])).toMatchObject({ code: 2, stderr: expect.stringContaining('no such file') });
    expect(runCli(['cpm'])).toMatchObject({ code: 2 });
    expect(runCli(['cpm', '-', '--format', 'portfolio'], '{oops')).toMatchObject({ code: 2, stderr: expect.stringContaining('standard input is not valid JSON') });
  });

  it('is listed in the help, and has its own', () => {
    expect(runCli(['help']).stdout).toMatch(/^ {2}cpm {2,}critical path schedule/m);
    expect(runCli(['cpm', '--help']).stdout).toContain('pmo cpm <file|-> [--format F] [--project ID] [--status-date YYYY-MM-DD] [--json] [--fail-on late]');
  });
});
