import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateAtWorkingDayOffset, STANDARD_CALENDAR } from '../../src/calendar/index.js';
import { cpm, cpmArrays, schedule } from '../../src/schedule/index.js';
import type { Project } from '../../src/model/project.js';
import { type Net, netArb, id, toNetwork, weight, reference, holds, permute, byIdOf } from './randomNetworks.js';

describe('CPM properties on random networks (all link types, lags, leads, milestones)', () => {
  it('equals a naive fixed-point reference', () => {
    fc.assert(
      fc.property(netArb, (net) => {
        const r = cpm(toNetwork(net));
        const ref = reference(net);
        expect(r.duration).toBe(ref.finish);
        r.tasks.forEach((t, i) => {
          expect(t.earlyStart).toBe(ref.es[i]);
          expect(t.lateStart).toBe(ref.ls[i]);
          expect(t.earlyFinish).toBe(t.earlyStart + net.durations[i]!);
          expect(t.lateFinish).toBe(t.lateStart + net.durations[i]!);
        });
      }),
      { numRuns: 400 },
    );
  });

  it('scales: halving every duration and lag halves every time and float', () => {
    // Integral networks, and the same halved (exact in binary; often fractional): times, floats,
    // critical flags and critical paths must agree, whatever the tolerances do on fractions.
    fc.assert(
      fc.property(netArb, (net) => {
        const whole: Net = { durations: net.durations.map((d) => 2 * d), links: net.links.map((l) => ({ ...l, lag: 2 * l.lag })) };
        const half: Net = { durations: whole.durations.map((d) => d / 2 + 0.5), links: whole.links.map((l) => ({ ...l, lag: l.lag / 2 })) };
        const twice: Net = { durations: whole.durations.map((d) => d + 1), links: whole.links };
        const a = cpm(toNetwork(twice));
        const b = cpm(toNetwork(half));
        expect(b.duration * 2).toBe(a.duration);
        b.tasks.forEach((t, i) => {
          const u = a.tasks[i]!;
          expect([t.earlyStart, t.lateStart, t.totalFloat, t.freeFloat].map((x) => x * 2)).toEqual([u.earlyStart, u.lateStart, u.totalFloat, u.freeFloat]);
          expect(t.critical).toBe(u.critical);
        });
        expect(b.criticalPaths).toEqual(a.criticalPaths);
      }),
      { numRuns: 300 },
    );
  });

  it('respects every link in the early and in the late schedule; floats are ordered', () => {
    fc.assert(
      fc.property(netArb, (net) => {
        const r = cpm(toNetwork(net));
        for (const l of net.links) {
          expect(holds(net, l, (i) => r.tasks[i]!.earlyStart)).toBe(true);
          expect(holds(net, l, (i) => r.tasks[i]!.lateStart)).toBe(true);
        }
        for (const t of r.tasks) {
          expect(t.earlyStart).toBeGreaterThanOrEqual(0);
          expect(t.lateFinish).toBeLessThanOrEqual(r.duration);
          expect(t.totalFloat).toBe(t.lateStart - t.earlyStart);
          expect(t.totalFloat).toBeGreaterThanOrEqual(t.freeFloat);
          expect(t.freeFloat).toBeGreaterThanOrEqual(0);
          expect(t.critical).toBe(t.totalFloat <= 0);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('chains critical tasks by tight links from a start task to a finish task, the length of the project', () => {
    fc.assert(
      fc.property(netArb, (net) => {
        const r = cpm(toNetwork(net));
        const t = (key: string) => r.tasks[Number(key.slice(1))]!;
        expect(r.criticalPathsTruncated).toBe(false);
        expect(r.criticalPaths.length).toBeGreaterThan(0);
        const onPaths = new Set<string>();
        for (const path of r.criticalPaths) {
          expect(t(path[0]!).earlyStart).toBe(0);
          expect(t(path[path.length - 1]!).earlyFinish).toBe(r.duration);
          for (const key of path) {
            expect(t(key).critical).toBe(true);
            onPaths.add(key);
          }
          for (let i = 1; i < path.length; i++) {
            const from = Number(path[i - 1]!.slice(1));
            const to = Number(path[i]!.slice(1));
            const tight = net.links.some((l) => l.from === from && l.to === to && r.tasks[to]!.earlyStart === r.tasks[from]!.earlyStart + weight(net, l));
            expect(tight).toBe(true);
          }
        }
        // Every critical task lies on an enumerated critical path.
        expect([...onPaths].sort()).toEqual(r.tasks.filter((x) => x.critical).map((x) => x.id).sort());
      }),
      { numRuns: 400 },
    );
  });

  it('does not depend on the order of tasks and links', () => {
    fc.assert(
      fc.property(netArb, fc.integer(), fc.integer(), (net, s1, s2) => {
        const network = toNetwork(net);
        const a = cpm(network);
        const b = cpm({ tasks: permute(network.tasks, s1), links: permute(network.links, s2) });
        expect(b.duration).toBe(a.duration);
        expect(b.criticalPaths).toEqual(a.criticalPaths);
        const bm = byIdOf(b);
        for (const t of a.tasks) expect(bm.get(t.id)).toEqual(t);
      }),
      { numRuns: 300 },
    );
  });

  it('agrees across cpm, cpmArrays and schedule (with dates on the standard calendar)', () => {
    const CODE = { FS: 0, SS: 1, FF: 2, SF: 3 } as const;
    fc.assert(
      fc.property(netArb, (net) => {
        const r = cpm(toNetwork(net));
        const arr = cpmArrays({
          duration: Float64Array.from(net.durations),
          from: Int32Array.from(net.links.map((l) => l.from)),
          to: Int32Array.from(net.links.map((l) => l.to)),
          type: Uint8Array.from(net.links.map((l) => CODE[l.type])),
          lag: Float64Array.from(net.links.map((l) => l.lag)),
        });
        const project: Project = {
          id: 'p',
          name: 'p',
          start: '2026-01-05',
          tasks: net.durations.map((duration, i) => ({ id: id(i), name: id(i), duration, milestone: false, demands: [] })),
          dependencies: net.links.map((l) => ({ from: id(l.from), to: id(l.to), type: l.type, lag: l.lag })),
        };
        const s = schedule(project);
        expect(arr.duration).toBe(r.duration);
        expect(s.duration).toBe(r.duration);
        expect(s.criticalPaths).toEqual(r.criticalPaths);
        r.tasks.forEach((t, i) => {
          expect([arr.earlyStart[i], arr.lateStart[i], arr.totalFloat[i], arr.freeFloat[i], arr.critical[i] === 1]).toEqual([
            t.earlyStart,
            t.lateStart,
            t.totalFloat,
            t.freeFloat,
            t.critical,
          ]);
          const st = s.tasks[i]!;
          expect([st.earlyStart, st.earlyFinish, st.lateStart, st.lateFinish, st.totalFloat, st.freeFloat, st.critical]).toEqual([
            t.earlyStart,
            t.earlyFinish,
            t.lateStart,
            t.lateFinish,
            t.totalFloat,
            t.freeFloat,
            t.critical,
          ]);
          if (t.duration > 0) {
            expect(st.earlyStartDate).toBe(dateAtWorkingDayOffset(STANDARD_CALENDAR, '2026-01-05', Math.floor(t.earlyStart)));
            expect(st.earlyFinishDate).toBe(dateAtWorkingDayOffset(STANDARD_CALENDAR, '2026-01-05', Math.ceil(t.earlyFinish) - 1));
            expect(st.lateStartDate).toBe(dateAtWorkingDayOffset(STANDARD_CALENDAR, '2026-01-05', Math.floor(t.lateStart)));
          } else expect(st.earlyFinishDate).toBe(st.earlyStartDate);
          expect(st.earlyStartDate <= st.earlyFinishDate).toBe(true);
          expect(st.earlyStartDate <= st.lateStartDate).toBe(true);
        });
      }),
      { numRuns: 300 },
    );
  });
});
