import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateAtWorkingDayOffset, STANDARD_CALENDAR } from '../../src/calendar/index.js';
import { cpm, cpmArrays, schedule, schedulePortfolio } from '../../src/schedule/index.js';
import type { CpmNetwork, CpmResult } from '../../src/schedule/index.js';
import type { DependencyType } from '../../src/model/task.js';
import type { Project } from '../../src/model/project.js';

const TYPES: DependencyType[] = ['FS', 'SS', 'FF', 'SF'];

interface Net {
  readonly durations: number[];
  readonly links: { from: number; to: number; type: DependencyType; lag: number }[];
}

/** Random acyclic networks: links go up a random ranking, with every type and lags (halves included). */
const netArb: fc.Arbitrary<Net> = fc.integer({ min: 1, max: 18 }).chain((n) =>
  fc
    .record({
      durations: fc.array(fc.integer({ min: 0, max: 12 }).map((x) => x / 2), { minLength: n, maxLength: n }),
      rank: fc.shuffledSubarray(
        Array.from({ length: n }, (_, i) => i),
        { minLength: n, maxLength: n },
      ),
      raw: fc.array(
        fc.record({
          a: fc.integer({ min: 0, max: n - 1 }),
          b: fc.integer({ min: 0, max: n - 1 }),
          type: fc.constantFrom(...TYPES),
          lag: fc.integer({ min: -8, max: 8 }).map((x) => x / 2),
        }),
        { maxLength: 3 * n },
      ),
    })
    .map(({ durations, rank, raw }) => {
      const pos = new Array<number>(n);
      rank.forEach((node, i) => (pos[node] = i));
      const links = raw
        .filter((l) => l.a !== l.b)
        .map((l) => (pos[l.a]! < pos[l.b]! ? { from: l.a, to: l.b, type: l.type, lag: l.lag } : { from: l.b, to: l.a, type: l.type, lag: l.lag }));
      return { durations, links };
    }),
);

const id = (i: number): string => `t${i}`;
const toNetwork = (net: Net): CpmNetwork => ({
  tasks: net.durations.map((duration, i) => ({ id: id(i), duration })),
  links: net.links.map((l) => ({ from: id(l.from), to: id(l.to), type: l.type, lag: l.lag })),
});

/** Weight of a link as a constraint on starts: ES[to] >= ES[from] + w. */
const weight = (net: Net, l: Net['links'][number]): number =>
  l.lag + (l.type === 'FS' || l.type === 'FF' ? net.durations[l.from]! : 0) - (l.type === 'FF' || l.type === 'SF' ? net.durations[l.to]! : 0);

/** Naive reference: relax every link until nothing changes (Bellman-Ford on a DAG). */
function reference(net: Net) {
  const n = net.durations.length;
  const es = new Array<number>(n).fill(0);
  for (let round = 0; round <= n; round++)
    for (const l of net.links) es[l.to] = Math.max(es[l.to]!, es[l.from]! + weight(net, l));
  const finish = Math.max(0, ...es.map((x, i) => x + net.durations[i]!));
  const ls = net.durations.map((d) => finish - d);
  for (let round = 0; round <= n; round++)
    for (const l of net.links) ls[l.from] = Math.min(ls[l.from]!, ls[l.to]! - weight(net, l));
  return { es, ls, finish };
}

/** Whether a link holds between two schedules of starts (early or late). */
function holds(net: Net, l: Net['links'][number], start: (i: number) => number): boolean {
  const d = net.durations;
  const sf = start(l.from);
  const st = start(l.to);
  switch (l.type) {
    case 'FS':
      return st >= sf + d[l.from]! + l.lag;
    case 'SS':
      return st >= sf + l.lag;
    case 'FF':
      return st + d[l.to]! >= sf + d[l.from]! + l.lag;
    case 'SF':
      return st + d[l.to]! >= sf + l.lag;
  }
}

function permute<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let s = seed >>> 0 || 1;
  for (let i = out.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

const byIdOf = (r: CpmResult) => new Map(r.tasks.map((t) => [t.id, t]));

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

describe('schedule properties with WBS summaries and constraints', () => {
  const CONSTRAINTS = ['ASAP', 'ALAP', 'SNET', 'SNLT', 'FNET', 'FNLT', 'MSO', 'MFO'] as const;
  /** A random project: a random WBS over the tasks of a random network, random constraints. */
  const projectArb = netArb.chain((net) => {
    const n = net.durations.length;
    return fc
      .record({
        parents: fc.array(fc.option(fc.integer({ min: 0, max: n - 1 }), { freq: 3 }), { minLength: n, maxLength: n }),
        constraints: fc.array(
          fc.option(fc.record({ type: fc.constantFrom(...CONSTRAINTS), day: fc.integer({ min: 1, max: 30 }) }), { freq: 2 }),
          { minLength: n, maxLength: n },
        ),
      })
      .map(({ parents, constraints }): Project => {
        // Parents only point to lower indices (no WBS cycle); a task becomes a summary when named.
        const parentOf = parents.map((p, i) => (p !== null && p < i ? p : undefined));
        const summaries = new Set(parentOf.filter((p): p is number => p !== undefined));
        const isAncestor = (a: number, b: number): boolean => {
          for (let x = parentOf[b]; x !== undefined; x = parentOf[x]) if (x === a) return true;
          return false;
        };
        return {
          id: 'p',
          name: 'p',
          start: '2026-01-05',
          tasks: net.durations.map((duration, i) => {
            const c = constraints[i];
            const allowed = c && (!summaries.has(i) || c.type === 'ASAP' || c.type === 'SNET' || c.type === 'FNLT');
            return {
              id: id(i),
              name: id(i),
              duration,
              milestone: false,
              demands: [],
              ...(parentOf[i] !== undefined ? { parentId: id(parentOf[i]!) } : {}),
              ...(allowed
                ? { constraint: c.type === 'ASAP' || c.type === 'ALAP' ? { type: c.type } : { type: c.type, date: `2026-01-${String(c.day).padStart(2, '0')}` } }
                : {}),
            };
          }),
          dependencies: net.links
            .filter((l) => !isAncestor(l.from, l.to) && !isAncestor(l.to, l.from))
            .map((l) => ({ from: id(l.from), to: id(l.to), type: l.type, lag: l.lag })),
        };
      });
  });

  it('rolls summaries up from their leaves and does not depend on task or link order', () => {
    fc.assert(
      fc.property(projectArb, fc.integer(), (p, seed) => {
        let s;
        try {
          s = schedule(p);
        } catch (err) {
          // Summary links can close a cycle through the leaves; nothing else may fail.
          expect((err as { code?: string }).code).toBe('CYCLE');
          return;
        }
        const shuffled = schedule({ ...p, tasks: permute(p.tasks, seed), dependencies: permute(p.dependencies, seed + 1) });
        const m = new Map(shuffled.tasks.map((t) => [t.id, t]));
        expect(shuffled.duration).toBe(s.duration);
        expect(shuffled.criticalPaths).toEqual(s.criticalPaths);
        for (const t of s.tasks) {
          const { drivingPredecessors, ...rest } = t;
          const { drivingPredecessors: other, ...rest2 } = m.get(t.id)!;
          expect(rest2).toEqual(rest);
          expect([...other].sort()).toEqual([...drivingPredecessors].sort());
        }
        const children = new Map<string, string[]>();
        for (const t of p.tasks) if (t.parentId !== undefined) children.set(t.parentId, [...(children.get(t.parentId) ?? []), t.id]);
        const byId = new Map(s.tasks.map((t) => [t.id, t]));
        for (const [parent, kids] of children) {
          const sum = byId.get(parent)!;
          const ks = kids.map((k) => byId.get(k)!);
          expect(sum.summary).toBe(true);
          expect(sum.earlyStart).toBe(Math.min(...ks.map((k) => k.earlyStart)));
          expect(sum.earlyFinish).toBe(Math.max(...ks.map((k) => k.earlyFinish)));
          expect(sum.lateStart).toBe(Math.min(...ks.map((k) => k.lateStart)));
          expect(sum.totalFloat).toBe(Math.min(...ks.map((k) => k.totalFloat)));
          expect(sum.critical).toBe(ks.some((k) => k.critical));
          expect(sum.earlyStartDate).toBe(ks.map((k) => k.earlyStartDate).sort()[0]);
        }
        // Must-constraints pin and ALAP uses the float (unless a summary above caps the task too).
        const parentOf = new Map(p.tasks.map((t) => [t.id, t.parentId]));
        const constrainedAbove = (tid: string): boolean => {
          for (let x = parentOf.get(tid); x !== undefined; x = parentOf.get(x)) if (p.tasks.find((t) => t.id === x)!.constraint !== undefined) return true;
          return false;
        };
        for (const t of p.tasks) {
          const c = t.constraint;
          if (c === undefined || children.has(t.id) || constrainedAbove(t.id)) continue;
          const st = byId.get(t.id)!;
          if (c.type === 'MSO') expect([st.earlyStartDate, st.lateStartDate]).toEqual([dateAtWorkingDayOffset(STANDARD_CALENDAR, c.date!, 0), st.earlyStartDate]);
          if (c.type === 'MSO' || c.type === 'MFO') expect(st.totalFloat).toBe(0);
          if (c.type === 'ALAP') expect(st.totalFloat).toBeLessThanOrEqual(0);
        }
      }),
      { numRuns: 400 },
    );
  });
});

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
