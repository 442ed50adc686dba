import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateAtWorkingDayOffset, STANDARD_CALENDAR } from '../../src/calendar/index.js';
import { schedulePortfolio } from '../../src/schedule/index.js';
import type { Project } from '../../src/model/project.js';
import { netArb, id, holds } from './randomNetworks.js';

describe('schedulePortfolio properties', () => {
  it('respects every link within and across projects, and every project start', () => {
    const arb = netArb.chain((net) =>
      fc.record({
        net: fc.constant(net),
        projectOf: fc.array(fc.integer({ min: 0, max: 2 }), { minLength: net.durations.length, maxLength: net.durations.length }),
        starts: fc.array(fc.integer({ min: 0, max: 15 }), { minLength: 3, maxLength: 3 }),
        lateFinish: fc.constantFrom('portfolio' as const, 'project' as const),
      }),
    );
    fc.assert(
      fc.property(arb, ({ net, projectOf, starts, lateFinish }) => {
        const pid = (i: number) => `p${projectOf[i]}`;
        const startOf = (p: number) => dateAtWorkingDayOffset(STANDARD_CALENDAR, '2026-01-05', starts[p]!);
        const projects: Project[] = [0, 1, 2].map((p) => ({
          id: `p${p}`,
          name: `P${p}`,
          start: startOf(p),
          tasks: net.durations.flatMap((duration, i) => (projectOf[i] === p ? [{ id: id(i), name: id(i), duration, milestone: false, demands: [] }] : [])),
          dependencies: net.links
            .filter((l) => projectOf[l.from] === p && projectOf[l.to] === p)
            .map((l) => ({ from: id(l.from), to: id(l.to), type: l.type, lag: l.lag })),
        }));
        const crossDependencies = net.links
          .filter((l) => projectOf[l.from] !== projectOf[l.to])
          .map((l) => ({ fromProject: pid(l.from), from: id(l.from), toProject: pid(l.to), to: id(l.to), type: l.type, lag: l.lag }));
        const s = schedulePortfolio(
          { id: 'pf', name: 'pf', calendars: [], resources: [], pools: [], programs: [], risks: [], statusReports: [], baselines: [], projects, crossDependencies },
          { lateFinish },
        );
        const origin = Math.min(...starts);
        const at = new Map(s.tasks.map((t) => [t.key, t]));
        const task = (i: number) => at.get(`${pid(i)}/${id(i)}`)!;
        for (let i = 0; i < net.durations.length; i++) {
          const t = task(i);
          expect(t.earlyStart).toBeGreaterThanOrEqual(starts[projectOf[i]!]! - origin);
          expect(t.totalFloat).toBeGreaterThanOrEqual(t.freeFloat);
          expect(t.freeFloat).toBeGreaterThanOrEqual(0);
          expect(t.lateFinish).toBeLessThanOrEqual(s.duration);
        }
        for (const l of net.links) {
          expect(holds(net, l, (i) => task(i).earlyStart)).toBe(true);
          expect(holds(net, l, (i) => task(i).lateStart)).toBe(true);
        }
        for (const p of s.projects) expect(p.start).toBe(starts[Number(p.id.slice(1))]! - origin);
      }),
      { numRuns: 300 },
    );
  });
});
