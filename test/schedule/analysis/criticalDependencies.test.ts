import { describe, expect, it } from 'vitest';
import { schedulePortfolio } from '../../../src/schedule/index.js';
import { criticalDependencies } from '../../../src/schedule/analysis/index.js';
import { c, fourTypes, portfolio, project } from './build.js';

const brief = (d: ReturnType<typeof criticalDependencies>[number]) => [d.index, d.type, d.lag, d.float, d.driving, d.critical, d.downstreamProjects] as const;

describe('criticalDependencies', () => {
  it('rates every link type with its lag: float, driving, critical, downstream; ranked', () => {
    // See fourTypes(): P/a [0,5), P/b [5,8); Q/fs [6,8), Q/ss [5,9), Q/ff [8,11), Q/sf [10,12); R/r [11,12).
    expect(criticalDependencies(fourTypes()).map(brief)).toEqual([
      [0, 'FS', 1, 0, true, true, ['Q', 'R']], //  ES(fs) 6 - (EF(a) 5 + 1)
      [4, 'FS', 0, 0, true, true, ['R']], //       ES(r) 11 - (EF(ff) 11 + 0)
      [1, 'SS', -1, 1, false, false, ['Q']], //    ES(ss) 5 - (ES(b) 5 - 1)
      [2, 'FF', 4, 2, false, false, ['Q', 'R']], // EF(ff) 11 - (EF(a) 5 + 4)
      [3, 'SF', 2, 5, false, false, ['Q']], //     EF(sf) 12 - (ES(b) 5 + 2)
    ]);
  });

  it('reports ids, names and notes, and agrees with the engine on driving predecessors and critical paths', () => {
    const pf = fourTypes();
    const s = schedulePortfolio(pf);
    const [first] = criticalDependencies(pf, { schedule: s });
    expect(first).toEqual({
      index: 0,
      fromProject: 'P',
      from: 'a',
      fromName: 'Task a',
      toProject: 'Q',
      to: 'fs',
      toName: 'Task fs',
      type: 'FS',
      lag: 1,
      float: 0,
      driving: true,
      critical: true,
      downstreamProjects: ['Q', 'R'],
    });
    const byKey = new Map(s.tasks.map((t) => [t.key, t]));
    for (const d of criticalDependencies(pf, { schedule: s })) {
      const from = `${d.fromProject}/${d.from}`;
      const to = `${d.toProject}/${d.to}`;
      expect(byKey.get(to)!.drivingPredecessors.includes(from)).toBe(d.driving);
      const onPath = s.criticalPaths.some((path) => path.some((k, i) => k === from && path[i + 1] === to));
      expect(onPath).toBe(d.critical);
    }
    const noted = portfolio([project('A', [['a', 1]]), project('B', [['b', 1]])], []);
    noted.crossDependencies.push({ fromProject: 'A', from: 'a', toProject: 'B', to: 'b', type: 'FS', lag: 0, note: 'why' });
    expect(criticalDependencies(noted)[0]!.note).toBe('why');
  });

  it('filters by maxFloat and accepts a precomputed schedule', () => {
    const pf = fourTypes();
    expect(criticalDependencies(pf, { maxFloat: 0 }).map((d) => d.index)).toEqual([0, 4]);
    expect(criticalDependencies(pf, { maxFloat: 2 }).map((d) => d.index)).toEqual([0, 4, 1, 2]);
    expect(criticalDependencies(pf, { schedule: schedulePortfolio(pf) })).toEqual(criticalDependencies(pf));
  });

  it('takes the least float over the leaf tasks of a summary end', () => {
    // S groups s1 [0,2) and s2 [0,4); T/t(1) waits for the whole summary, T/u(2) starts 1 day after s1;
    // V/v(1) [0,1) must finish 1 day before every leaf of S finishes.
    const pf = portfolio(
      [project('S', [['S', 0], ['s1', 2, { parentId: 'S' }], ['s2', 4, { parentId: 'S' }]]), project('T', [['t', 1], ['u', 2]]), project('V', [['v', 1]])],
      [
        ['S', 'S', 'T', 't', 'FS'], //     ES(t) 4 - max(EF(s1) 2, EF(s2) 4) = 0, through s2
        ['S', 's1', 'T', 'u', 'SS', 1], // ES(u) 1 - (ES(s1) 0 + 1) = 0
        ['V', 'v', 'S', 'S', 'FF', 1], //  min(EF(s1) 2, EF(s2) 4) - (EF(v) 1 + 1) = 0, through s1
      ],
    );
    const s = schedulePortfolio(pf);
    expect(s.tasks.find((t) => t.key === 'T/t')!.earlyStart).toBe(4);
    expect(criticalDependencies(pf).map((d) => [d.index, d.float, d.driving, d.critical, d.downstreamProjects])).toEqual([
      [2, 0, true, false, ['S', 'T']], // v and s1 have 2 days of float; reaches T through s1 and s2
      [0, 0, true, true, ['T']], //        s2 -> t is critical
      [1, 0, true, false, ['T']],
    ]);
  });

  it('gives a negative float when a constraint holds the successor earlier than the link asks', () => {
    // B/b is capped by FNLT 2026-01-07 (finish by offset 3, so start by 1) but A/a finishes at 3.
    const pf = portfolio([project('A', [['a', 3]]), project('B', [['b', 2, c('FNLT', '2026-01-07')]])], [['A', 'a', 'B', 'b']]);
    expect(criticalDependencies(pf).map((d) => [d.float, d.driving])).toEqual([[-2, true]]);
  });

  it('returns [] for a portfolio without cross-project dependencies', () => {
    expect(criticalDependencies(portfolio([project('A', [['a', 1]])]))).toEqual([]);
  });
});
