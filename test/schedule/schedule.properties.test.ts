import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateAtWorkingDayOffset, STANDARD_CALENDAR } from '../../src/calendar/index.js';
import { schedule } from '../../src/schedule/index.js';
import type { Project } from '../../src/model/project.js';
import { netArb, id, permute } from './randomNetworks.js';

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
