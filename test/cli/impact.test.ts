/** `pmo impact`: what one task's slip moves. */
import { describe, expect, it } from 'vitest';
import { chainPortfolio, tmpFile } from './fixtures.js';
import { runCli } from './run.js';

const CHAIN = tmpFile('chain.json', chainPortfolio());

describe('pmo impact', () => {
  it('--json: a two-day slip of p1/a moves b and c and misses p2’s deadline (hand-checked)', () => {
    const r = runCli(['impact', CHAIN, '--project', 'p1', '--task', 'a', '--days', '2', '--json']);
    expect([r.code, r.stderr]).toEqual([0, '']);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ projectId: 'p1', taskId: 'a', key: 'p1/a', days: 2, mode: 'finish', finishShift: 2, oldFinish: '2026-01-14', newFinish: '2026-01-16' });
    expect(out.tasks.map((t: { key: string; newStart: string; newFinish: string }) => [t.key, t.newStart, t.newFinish])).toEqual([
      ['p1/a', '2026-01-05', '2026-01-13'],
      ['p2/b', '2026-01-14', '2026-01-16'],
      ['p3/c', '2026-01-14', '2026-01-15'],
    ]);
    expect(out.missed).toEqual([{ kind: 'project-deadline', projectId: 'p2', name: 'Two', targetDate: '2026-01-14', forecastDate: '2026-01-16', daysLate: 2, previouslyLate: 0 }]);
  });

  it('prints the summary and tables; --mode start moves the whole task', () => {
    const r = runCli(['impact', CHAIN, '--project', 'p3', '--task', 'c', '--days', '1', '--mode', 'start']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('p3/c slips 1 working day (starts later)');
    expect(r.stdout).toContain('portfolio finish 2026-01-14 -> 2026-01-14 (0 working days)');
    expect(r.stdout).toMatch(/Dates made late \(0\):\n {2}none/);
  });

  it('--fail-on missed,finish exits 1 when the slip makes a date late or moves the finish', () => {
    const late = runCli(['impact', CHAIN, '--project', 'p1', '--task', 'a', '--days', '2', '--fail-on', 'missed,finish']);
    expect(late.code).toBe(1);
    expect(late.stderr).toBe('pmo impact: --fail-on missed: 1 date made late\npmo impact: --fail-on finish: the portfolio finish moves 2 working days, to 2026-01-16\n');
    expect(runCli(['impact', CHAIN, '--project', 'p3', '--task', 'c', '--days', '1', '--fail-on', 'missed,finish']).code).toBe(0);
  });

  it('an unknown project or task exits 2 naming it', () => {
    expect(runCli(['impact', CHAIN, '--project', 'p9', '--task', 'a', '--days', '1'])).toMatchObject({ code: 2, stderr: expect.stringContaining(`${CHAIN} has no project "p9"; its projects: "p1", "p2", "p3"`) });
    expect(runCli(['impact', CHAIN, '--project', 'p1', '--task', 'zz', '--days', '1'])).toMatchObject({ code: 2, stderr: expect.stringContaining('unknown task "zz" in project "p1"') });
  });
});
