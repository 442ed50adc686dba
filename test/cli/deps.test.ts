/** `pmo deps`: critical cross-project dependencies, single points of failure, project ranking. */
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';
import { chainPortfolio, tmpFile } from './fixtures.js';
import { runCli } from './run.js';

const CHAIN = tmpFile('chain.json', chainPortfolio());
const SAMPLE = `${ROOT}examples/data/sample-portfolio.json`;

describe('pmo deps', () => {
  it('--json: the three analyses of one early schedule (hand-checked on the chain)', () => {
    const r = runCli(['deps', CHAIN, '--json']);
    expect([r.code, r.stderr]).toEqual([0, '']);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(['portfolioId', 'calendarId', 'start', 'finish', 'criticalDependencies', 'singlePointsOfFailure', 'projectDependencyRanking']);
    expect(out).toMatchObject({ portfolioId: 'chain', calendarId: 'std', start: '2026-01-05', finish: '2026-01-14' });
    // a (Mon 5 - Fri 9) drives b (12 - 14, the last to finish) and c (12 - 13, one day of float).
    expect(out.criticalDependencies.map((d: { from: string; to: string; float: number; driving: boolean; critical: boolean }) => [d.to, d.float, d.driving, d.critical])).toEqual([
      ['b', 0, true, true],
      ['c', 0, true, false],
    ]);
    expect(out.singlePointsOfFailure.tasks).toEqual([
      { projectId: 'p1', taskId: 'a', key: 'p1/a', name: 'Base', critical: true, totalFloat: 0, delayedProjects: [{ projectId: 'p2', days: 1 }, { projectId: 'p3', days: 1 }] },
    ]);
    expect(out.projectDependencyRanking.map((p: { projectId: string; fanOut: number }) => [p.projectId, p.fanOut])).toEqual([['p1', 2], ['p2', 0], ['p3', 0]]);
  });

  it('prints the tables', () => {
    const r = runCli(['deps', CHAIN]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^1 {2}p1\/a -> p2\/b \(FS\) +0 {2}yes {6}yes {7}p2$/m);
    expect(r.stdout).toMatch(/^task {5}p1\/a +Base +p2 \+1, p3 \+1$/m);
    expect(runCli(['deps', SAMPLE]).stdout).toContain('dp/dp-m-api -> portal/portal-int (FS)');
  });

  it('--max-float, --min-projects and --days pass to the analyses', () => {
    const out = JSON.parse(runCli(['deps', CHAIN, '--json', '--min-projects', '3', '--days', '2', '--max-float', '-1']).stdout);
    expect(out.criticalDependencies).toEqual([]);
    expect(out.singlePointsOfFailure).toMatchObject({ days: 2, minProjects: 3, tasks: [], projects: [] });
  });

  it('--fail-on critical,spof exits 1 naming what was found; 0 when nothing is', () => {
    const r = runCli(['deps', CHAIN, '--fail-on', 'critical,spof']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('pmo deps: --fail-on critical: 1 cross-project dependency on a critical path\npmo deps: --fail-on spof: 2 single points of failure\n');
    expect(r.stdout).toContain('Single points of failure');
    expect(runCli(['deps', SAMPLE, '--fail-on', 'spof']).code).toBe(0);
    expect(runCli(['deps', CHAIN, '--fail-on', 'spof', '--min-projects', '3']).code).toBe(0);
  });

  it('a cycle exits 2 naming the file', () => {
    const cyclic = chainPortfolio();
    cyclic.crossDependencies!.push({ fromProject: 'p2', from: 'b', toProject: 'p1', to: 'a' });
    const file = tmpFile('cyclic.json', cyclic);
    const r = runCli(['deps', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`^pmo deps: ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}.*dependency cycle across projects: "p1/a" -> "p2/b" -> "p1/a"`, 's'));
  });
});
