import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run.js';
import { present, ROOT, SHARED_DATA } from '../helpers.js';
import { tmpFile } from './fixtures.js';

const SAMPLE = `${ROOT}examples/data/sample-portfolio.json`;
const J30 = `${SHARED_DATA}psplib/j30/j301_1.sm`;
const MPLIB = `${SHARED_DATA}mplib/MPLIB1_Set1_0.rcmp`;

const TOP_KEYS = ['makespan', 'lowerBound', 'schedules', 'starts', 'projects'];
const TOP_KEYS_ADDED = ['calendarId', 'start', 'finish', 'criticalPathLength', 'averageDelay', 'lateness', 'seed', 'objective', 'tasks', 'warnings'];
const PROJECT_KEYS = ['id', 'release', 'finish', 'criticalPathDuration', 'delay'];
const PROJECT_KEYS_ADDED = ['name', 'startDate', 'finishDate', 'deadline', 'late'];
const TASK_KEYS = ['key', 'projectId', 'id', 'name', 'summary', 'milestone', 'duration', 'start', 'finish', 'startDate', 'finishDate', 'earlyStart', 'shift'];

/** The keys of the `pmo level --json` contract: the original ones first, in order, then the added ones. */
function checkContract(out: unknown, schedules: number): { starts: Record<string, number>; projects: { id: string }[]; makespan: number; lowerBound: number } {
  const o = out as Record<string, unknown>;
  expect(Object.keys(o)).toEqual([...TOP_KEYS, ...TOP_KEYS_ADDED]);
  for (const t of o.tasks as object[]) expect(Object.keys(t)).toEqual(TASK_KEYS);
  expect((o.tasks as { key: string; start: number }[]).map((t) => [t.key, t.start])).toEqual(Object.entries(o.starts as object));
  expect(typeof o.makespan).toBe('number');
  expect(typeof o.lowerBound).toBe('number');
  expect(o.schedules as number).toBeGreaterThanOrEqual(1);
  expect(o.schedules as number).toBeLessThanOrEqual(schedules);
  for (const v of Object.values(o.starts as object)) expect(Number.isInteger(v)).toBe(true);
  for (const p of o.projects as Record<string, unknown>[]) {
    expect(Object.keys(p)).toEqual([...PROJECT_KEYS, ...PROJECT_KEYS_ADDED]);
    expect(p.delay).toBe((p.finish as number) - (p.release as number) - (p.criticalPathDuration as number));
  }
  return o as never;
}

describe('pmo level', () => {
  it('levels the sample portfolio (--json: task keys, working-day offsets)', () => {
    const r = runCli(['level', SAMPLE, '--json', '--schedules', '300', '--seed', '4']);
    expect(r.code).toBe(0);
    const o = checkContract(JSON.parse(r.stdout), 300);
    expect(o.starts['wms/wms-req']).toBe(0);
    expect(o.projects.map((p) => p.id)).toEqual(['wms', 'dp', 'portal', 'tel']);
    expect(o.makespan).toBeGreaterThanOrEqual(o.lowerBound);
    expect(runCli(['level', SAMPLE, '--json', '--schedules', '300', '--seed', '4']).stdout).toBe(r.stdout);
  });
  it('--json has the leveled dates: of the portfolio, of each project and of each task', () => {
    const o = JSON.parse(runCli(['level', SAMPLE, '--json', '--schedules', '100']).stdout);
    expect(o).toMatchObject({ calendarId: 'de-standard', start: '2026-01-12', seed: 1, objective: 'makespan' });
    expect(o.finish).toMatch(/^2026-\d\d-\d\d$/);
    const wms = o.projects.find((p: { id: string }) => p.id === 'wms');
    expect(wms).toMatchObject({ name: 'Warehouse Management System upgrade', startDate: '2026-01-12' });
    expect(wms.finishDate >= wms.startDate).toBe(true);
    const req = o.tasks.find((t: { key: string }) => t.key === 'wms/wms-req');
    expect(req).toMatchObject({ projectId: 'wms', id: 'wms-req', start: 0, startDate: '2026-01-12', earlyStart: 0, shift: 0 });
    for (const t of o.tasks) expect(t.startDate <= t.finishDate || t.milestone).toBe(true);
    expect(o.tasks.reduce((m: string, t: { finishDate: string }) => (t.finishDate > m ? t.finishDate : m), '')).toBe(o.finish);
  });
  it('--fail-on late exits 1 when leveling misses a deadline', () => {
    const r = runCli(['level', SAMPLE, '--schedules', '50', '--fail-on', 'late', '--json']);
    const o = JSON.parse(r.stdout);
    expect(r.code).toBe(o.lateness > 0 ? 1 : 0);
    expect(o.lateness).toBeGreaterThan(0); // the sample's deadlines are tight
    expect(r.stderr).toContain(`pmo level: --fail-on late: deadlines missed by ${o.lateness}`);
  });
  it('prints a readable summary with over-allocations before and after', () => {
    const r = runCli(['level', SAMPLE, '--schedules', '200']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/leveled with 200 schedules \(seed 1, objective makespan\)/);
    expect(r.stdout).toMatch(/over-allocated working days per resource:/);
    expect(r.stdout).toMatch(/r-mia\s+\d+\s+0/);
  });
  it('says when the offsets count the days of several task calendars (union axis)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pmo-level-'));
    const path = join(dir, 'cal.json');
    const portfolio = (taskCal: string) => ({
      id: 'u',
      name: 'Union',
      defaultCalendarId: 'std',
      calendars: [
        { id: 'std', workingDays: [1, 2, 3, 4, 5] },
        { id: 'six', workingDays: [1, 2, 3, 4, 5, 6] },
      ],
      resources: [{ id: 'ann', name: 'Ann', capacity: 1 }],
      projects: [{ id: 'p', name: 'P', start: '2026-03-02', tasks: [{ id: 'a', name: 'A', duration: 8, calendarId: taskCal, demands: [{ resourceId: 'ann', units: 1 }] }] }],
    });
    writeFileSync(path, JSON.stringify(portfolio('six')));
    const r = runCli(['level', path, '--schedules', '20']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('tasks leveled on calendar std and the task calendars (offsets count the days any of them works)');
    expect(r.stdout).toMatch(/finish 2026-03-10 \(unleveled 2026-03-10\); 8 days \(working days of any task calendar\) from 2026-03-02/);
    writeFileSync(path, JSON.stringify(portfolio('std')));
    expect(runCli(['level', path, '--schedules', '20']).stdout).toMatch(/; 8 working days from 2026-03-02/);
  });
  it.skipIf(!present(J30))('levels a PSPLIB file: job numbers as ids, defaults 5000 schedules and seed 1', () => {
    const r = runCli(['level', J30, '--json']);
    expect(r.code).toBe(0);
    const o = checkContract(JSON.parse(r.stdout), 5000);
    expect(Object.keys(o.starts)).toEqual(Array.from({ length: 32 }, (_, i) => String(i + 1)));
    expect(o.makespan).toBe(43);
    expect(o.lowerBound).toBeGreaterThanOrEqual(38);
    expect(o.projects).toEqual([{ id: '1', release: 0, finish: 43, criticalPathDuration: 38, delay: 5, name: 'j301_1', startDate: null, finishDate: null, deadline: null, late: false }]);
    const { tasks, start, finish, calendarId } = o as unknown as { tasks: { key: string; id: string; name: string; finish: number; startDate: null }[]; start: null; finish: null; calendarId: null };
    expect([start, finish, calendarId]).toEqual([null, null, null]);
    expect(tasks[1]).toMatchObject({ key: '2', id: '2', name: 'job 2', startDate: null });
    expect(Math.max(...tasks.map((t) => t.finish))).toBe(43);
  });
  it.skipIf(!present(MPLIB))('levels an MPLIB file: project:activity ids, --objective delay, --format rcmp', () => {
    const r = runCli(['level', MPLIB, '--format', 'rcmp', '--objective', 'delay', '--schedules', '100', '--json']);
    expect(r.code).toBe(0);
    const o = checkContract(JSON.parse(r.stdout), 100);
    expect(Object.keys(o.starts)).toHaveLength(372);
    expect(o.starts['1:1']).toBe(0);
    expect(Object.keys(o.starts)).toContain('6:62');
    expect(o.projects.map((p) => p.id)).toEqual(['1', '2', '3', '4', '5', '6']);
  });
  it('exits 2 naming the file for bad files, and for bad options', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pmo-level-'));
    const garbage = join(dir, 'garbage.sm');
    writeFileSync(garbage, 'PRECEDENCE RELATIONS\nREQUESTS/DURATIONS\nnonsense\n');
    let r = runCli(['level', garbage]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(garbage);
    const unknown = join(dir, 'what.txt');
    writeFileSync(unknown, 'hello');
    r = runCli(['level', unknown]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/cannot tell the format of .*what\.txt/);
    r = runCli(['level', join(dir, 'missing.json')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/missing\.json/);
    const invalid = join(dir, 'bad.json');
    writeFileSync(invalid, '{"id": "x"}');
    r = runCli(['level', invalid]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/bad\.json is not a valid portfolio/);
    expect(runCli(['level', SAMPLE, '--schedules', '0']).code).toBe(2);
    expect(runCli(['level', SAMPLE, '--schedules', 'many']).stderr).toMatch(/--schedules must be a positive integer up to 1000000000, got "many"/);
    expect(runCli(['level', SAMPLE, '--seed', '1.5']).stderr).toMatch(/--seed must be an integer, got "1.5"/);
    expect(runCli(['level', SAMPLE, '--objective', 'cost']).stderr).toMatch(/--objective must be makespan or delay/);
    expect(runCli(['level', SAMPLE, '--format', 'xlsx']).stderr).toMatch(/--format must be auto, portfolio, mspdi, psplib or rcmp/);
    expect(runCli(['level']).code).toBe(2);
  });
  it('is listed in the help', () => {
    expect(runCli(['help']).stdout).toMatch(/^ {2}level {2,}resource leveling/m);
  });
});

describe('pmo level: fractions of a working day', () => {
  // Three tasks of Ann (capacity 1) of 0.5, 0.5 and 1.5 days: 2.5 days in a row.
  it('--json prints fractional starts in working days', () => {
    const ann = [{ resourceId: 'ann', units: 1 }];
    const file = tmpFile('frac.json', {
      id: 'pf',
      name: 'Portfolio',
      resources: [{ id: 'ann', name: 'Ann', capacity: 1 }],
      projects: [
        {
          id: 'P',
          name: 'P',
          start: '2026-01-05',
          tasks: [
            { id: 'a', name: 'A', duration: 0.5, demands: ann },
            { id: 'b', name: 'B', duration: 0.5, demands: ann },
            { id: 'c', name: 'C', duration: 1.5, demands: ann },
            { id: 'd', name: 'D', duration: 1 },
            { id: 'm', name: 'M', duration: 0, milestone: true },
          ],
          dependencies: [
            { from: 'a', to: 'd', type: 'FS', lag: 0.25 },
            { from: 'c', to: 'm' },
          ],
        },
      ],
    });
    const out = runCli(['level', file, '--json', '--schedules', '300']);
    expect(out.code).toBe(0);
    const o = JSON.parse(out.stdout) as { makespan: number; starts: Record<string, number>; projects: { finish: number }[] };
    expect(Object.keys(o)).toEqual([...TOP_KEYS, ...TOP_KEYS_ADDED]);
    expect(o.makespan).toBe(2.5);
    expect(o.projects[0]!.finish).toBe(2.5);
    expect(Object.values(o.starts).some((s) => !Number.isInteger(s))).toBe(true);
    for (const s of Object.values(o.starts)) expect(Number.isInteger(s * 4)).toBe(true);
  });
});
