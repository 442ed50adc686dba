/** `pmo load`: resource loading and over-allocations, early or leveled. */
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';
import { chainPortfolio, tmpFile } from './fixtures.js';
import { runCli } from './run.js';

const CHAIN = tmpFile('chain.json', chainPortfolio());
const SAMPLE = `${ROOT}examples/data/sample-portfolio.json`;

describe('pmo load', () => {
  it('--json: Ana is asked for 2 on Mon 12 and Tue 13 January (hand-checked), by week by default', () => {
    const r = runCli(['load', CHAIN, '--json']);
    expect([r.code, r.stderr]).toEqual([0, '']);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(['schedule', 'by', 'calendarId', 'start', 'periods', 'resources', 'skills', 'pools', 'overallocations', 'warnings']);
    expect(out).toMatchObject({ schedule: 'early', by: 'week', calendarId: 'std', start: '2026-01-05' });
    expect(out.periods.map((p: { key: string }) => p.key)).toEqual(['2026-W02', '2026-W03']);
    // W03 ends with the last finish, Wed 14: 3 working days of capacity, 3 + 2 days of demand.
    expect(out.resources[0]).toMatchObject({ id: 'ana', capacity: [5, 3], demand: [0, 5] });
    expect(out.overallocations).toEqual([
      {
        kind: 'resource',
        id: 'ana',
        name: 'Ana',
        period: '2026-W03',
        start: '2026-01-12',
        end: '2026-01-14',
        days: 2,
        peakDemand: 2,
        capacity: 1,
        excess: 2,
        tasks: [
          { projectId: 'p2', taskId: 'b', key: 'p2/b', units: 1 },
          { projectId: 'p3', taskId: 'c', key: 'p3/c', units: 1 },
        ],
        projects: ['p2', 'p3'],
      },
    ]);
    expect(JSON.parse(runCli(['load', CHAIN, '--json', '--by', 'day']).stdout).periods).toHaveLength(8);
  });

  it('--leveled reads the leveled schedule: nothing over-allocated', () => {
    const out = JSON.parse(runCli(['load', CHAIN, '--json', '--leveled', '--schedules', '30']).stdout);
    expect(out.schedule).toBe('leveled');
    expect(out.overallocations).toEqual([]);
    expect(out.resources[0].demand).toEqual([0, 5]);
  });

  it('prints utilization per period with over-allocated periods marked', () => {
    const r = runCli(['load', CHAIN]);
    expect(r.stdout).toMatch(/^period +ana$/m);
    expect(r.stdout).toMatch(/^2026-W03 {2}167\*$/m);
    expect(r.stdout).toMatch(/^resource {2}ana {2}2026-W03 +2 +2 +1 +2 {2}p2\/b, p3\/c$/m);
    expect(runCli(['load', SAMPLE, '--by', 'month']).stdout).toMatch(/^2026-03 /m);
  });

  it('--fail-on overallocation: 1 on the early schedule, 0 once leveled', () => {
    const r = runCli(['load', CHAIN, '--fail-on', 'overallocation']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('pmo load: --fail-on overallocation: 1 over-allocation, e.g. ana in 2026-W03\n');
    expect(runCli(['load', CHAIN, '--fail-on', 'overallocation', '--leveled', '--schedules', '30']).code).toBe(0);
  });
});
