/** cpm(): bad input, cycles, a million tasks, purity. Its properties are in cpm.properties.test.ts, PSPLIB in cpm.psplib.test.ts. */
import { describe, expect, it } from 'vitest';
import { CycleError } from '../../src/errors.js';
import { cpm } from '../../src/schedule/index.js';
import { clone, deepFreeze, expectPmo, thrown } from '../helpers.js';

// Not timed: a chain of a million tasks would overflow any recursive pass; the results must be right at that size.
const N = 1_000_000;

describe('cpm', () => {
  it('reports bad input as a PmoError naming the function, never a TypeError', () => {
    expectPmo(() => cpm(null as never), 'INVALID_ARGUMENT', /^cpm: expected a network object/);
    expectPmo(() => cpm({ tasks: [{ id: 'a', duration: 1 }] } as never), 'INVALID_ARGUMENT', /network.links must be an array/);
    expectPmo(() => cpm({ tasks: [{ id: 'a', duration: 1 }, { id: 'a', duration: 1 }], links: [] }), 'INVALID_ARGUMENT', /duplicate task id "a"/);
    expectPmo(() => cpm({ tasks: [{ id: 'a', duration: '1' as never }], links: [] }), 'INVALID_ARGUMENT', /task "a": duration must be/);
    expectPmo(() => cpm({ tasks: [{ id: 'a', duration: 1 }], links: [{ from: 'a', to: 'b' }] }), 'UNKNOWN_ID', /unknown task "b"/);
  });

  it('reports the first bad task in task order, duplicates included (ids are indexed in batches)', () => {
    const tasks = (): { id: unknown; duration: unknown }[] => Array.from({ length: 700 }, (_, i) => ({ id: `t${i}`, duration: 1 }));
    const run = (edit: (t: { id: unknown; duration: unknown }[]) => void) => {
      const t = tasks();
      edit(t);
      return [() => cpm({ tasks: t as never, links: [] })];
    };
    for (const f of run((t) => (t[600]!.id = 't3'))) expectPmo(f, 'INVALID_ARGUMENT', /duplicate task id "t3"/);
    for (const f of run((t) => ((t[600]!.id = 't3'), (t[650]!.id = 7)))) expectPmo(f, 'INVALID_ARGUMENT', /duplicate task id "t3"/);
    for (const f of run((t) => ((t[600]!.id = 't3'), (t[300]!.duration = -1)))) expectPmo(f, 'INVALID_ARGUMENT', /task "t300": duration must be/);
    for (const f of run((t) => ((t[600]!.id = 't3'), (t[500]!.id = '')))) expectPmo(f, 'INVALID_ARGUMENT', /tasks\[500\] needs a non-empty string id/);
    for (const f of run((t) => ((t[300]!.id = 't3'), (t[600]!.duration = -1)))) expectPmo(f, 'INVALID_ARGUMENT', /duplicate task id "t3"/);
  });

  it('finds cycles of a million tasks without overflowing the stack', () => {
    const n = 1_000_000;
    const tasks = Array.from({ length: n }, (_, i) => ({ id: `t${i}`, duration: 1 }));
    const links = Array.from({ length: n }, (_, i) => ({ from: `t${i}`, to: `t${(i + 1) % n}` }));
    const err = thrown(() => cpm({ tasks, links })) as CycleError;
    expect(err.cycle).toHaveLength(n + 1);
    expect(new Set(err.cycle).size).toBe(n);
  });

  it('schedules a chain of 1,000,000 tasks without recursion', () => {
    const tasks = Array.from({ length: N }, (_, i) => ({ id: `t${i}`, duration: 1 }));
    const links = Array.from({ length: N - 1 }, (_, i) => ({ from: `t${i}`, to: `t${i + 1}` }));
    const r = cpm({ tasks, links });
    expect(r.duration).toBe(N);
    expect(r.tasks[N - 1]!.earlyStart).toBe(N - 1);
    expect(r.tasks.every((t) => t.critical)).toBe(true);
    expect(r.criticalPaths).toHaveLength(1);
    expect(r.criticalPaths[0]).toHaveLength(N);
  });

  it('never mutates its inputs (deep-frozen)', () => {
    const net = deepFreeze({ tasks: [{ id: 'a', duration: 2 }, { id: 'b', duration: 1, earliestStart: 4 }], links: [{ from: 'a', to: 'b', type: 'SF' as const, lag: 1 }] });
    const net0 = clone(net);
    cpm(net);
    expect(net).toEqual(net0);
  });
});
