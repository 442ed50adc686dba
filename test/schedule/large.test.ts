import { describe, expect, it } from 'vitest';
import { cpm, cpmArrays, schedule } from '../../src/schedule/index.js';
import type { Project } from '../../src/model/project.js';

// Not timed: these check that nothing recurses (a chain of a million tasks would overflow any
// recursive pass) and that the results are right at that size.
const N = 1_000_000;

describe('a chain of 1,000,000 tasks', () => {
  it('cpm', () => {
    const tasks = Array.from({ length: N }, (_, i) => ({ id: `t${i}`, duration: 1 }));
    const links = Array.from({ length: N - 1 }, (_, i) => ({ from: `t${i}`, to: `t${i + 1}` }));
    const r = cpm({ tasks, links });
    expect(r.duration).toBe(N);
    expect(r.tasks[N - 1]!.earlyStart).toBe(N - 1);
    expect(r.tasks.every((t) => t.critical)).toBe(true);
    expect(r.criticalPaths).toHaveLength(1);
    expect(r.criticalPaths[0]).toHaveLength(N);
  });

  it('cpmArrays, with the chain given backwards and mixed link types', () => {
    const from = new Int32Array(N - 1);
    const to = new Int32Array(N - 1);
    const type = new Uint8Array(N - 1);
    for (let i = 0; i < N - 1; i++) {
      from[i] = N - 1 - i; // node k+1 precedes node k
      to[i] = N - 2 - i;
      type[i] = i % 4;
    }
    const r = cpmArrays({ duration: new Float64Array(N).fill(2), from, to, type });
    expect(r.order[0]).toBe(N - 1);
    expect(r.order[N - 1]).toBe(0);
    // Every link with lag 0 between equal durations: FS advances by 2, SS/FF/SF by 0 or -2 (clamped).
    expect(r.duration).toBeGreaterThan(0);
    expect(Array.from(r.totalFloat.subarray(0, 10)).every((x) => x >= 0)).toBe(true);
  });

  it('schedule, with dates', () => {
    const project: Project = {
      id: 'big',
      name: 'Big',
      start: '2026-01-05',
      tasks: Array.from({ length: N }, (_, i) => ({ id: `t${i}`, name: `Task ${i}`, duration: 1, milestone: false, demands: [] })),
      dependencies: Array.from({ length: N - 1 }, (_, i) => ({ from: `t${i}`, to: `t${i + 1}`, type: 'FS' as const, lag: 0 })),
    };
    const s = schedule(project, { maxCriticalPaths: 1 });
    expect(s.duration).toBe(N);
    // 1,000,000 working days of a Monday-Friday week: 200,000 weeks, the last day a Friday.
    expect(s.finishDate).toBe('5859-01-28');
    expect(s.tasks[N - 1]!.earlyStartDate).toBe('5859-01-28');
    expect(s.tasks[N - 1]!.drivingPredecessors).toEqual([`t${N - 2}`]);
    expect(s.criticalPaths[0]).toHaveLength(N);
  });
});
