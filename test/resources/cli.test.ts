import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../cli/run.js';
import { present, ROOT, SHARED_DATA } from '../helpers.js';

const SAMPLE = `${ROOT}examples/data/sample-portfolio.json`;
const J30 = `${SHARED_DATA}psplib/j30/j301_1.sm`;
const MPLIB = `${SHARED_DATA}mplib/MPLIB1_Set1_0.rcmp`;

/** The exact keys of the `pmo level --json` contract. */
function checkContract(out: unknown, schedules: number): { starts: Record<string, number>; projects: { id: string }[]; makespan: number; lowerBound: number } {
  const o = out as Record<string, unknown>;
  expect(Object.keys(o).sort()).toEqual(['lowerBound', 'makespan', 'projects', 'schedules', 'starts']);
  expect(typeof o.makespan).toBe('number');
  expect(typeof o.lowerBound).toBe('number');
  expect(o.schedules as number).toBeGreaterThanOrEqual(1);
  expect(o.schedules as number).toBeLessThanOrEqual(schedules);
  for (const v of Object.values(o.starts as object)) expect(Number.isInteger(v)).toBe(true);
  for (const p of o.projects as Record<string, unknown>[]) {
    expect(Object.keys(p).sort()).toEqual(['criticalPathDuration', 'delay', 'finish', 'id', 'release']);
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
    expect(o.projects).toEqual([{ id: '1', release: 0, finish: 43, criticalPathDuration: 38, delay: 5 }]);
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
    expect(runCli(['level', SAMPLE, '--schedules', 'many']).stderr).toMatch(/--schedules must be an integer/);
    expect(runCli(['level', SAMPLE, '--seed', '1.5']).stderr).toMatch(/--seed must be an integer/);
    expect(runCli(['level', SAMPLE, '--objective', 'cost']).stderr).toMatch(/--objective must be makespan or delay/);
    expect(runCli(['level', SAMPLE, '--format', 'xlsx']).stderr).toMatch(/--format must be auto, portfolio, psplib, rcmp/);
    expect(runCli(['level']).code).toBe(2);
  });
  it('is listed in the help', () => {
    expect(runCli(['help']).stdout).toMatch(/pmo level <file\|-> \[--format auto\|portfolio\|psplib\|rcmp\]/);
  });
});
