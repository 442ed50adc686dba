/** Checks of the compiled schedule tests (plan and forecast). */
import { expect } from 'vitest';
import type { CompiledSchedule, ScheduledTask } from '../../src/schedule/index.js';

/** Runs `net` with `d` and checks every value against `tasks` (a schedule of the same input with those durations, or its forecast). */
export function expectSame(net: CompiledSchedule, d: Float64Array, tasks: readonly ScheduledTask[], duration: number, projects?: readonly { finish: number }[]): void {
  const N = net.taskCount;
  const out = {
    earlyStart: new Float64Array(N),
    earlyFinish: new Float64Array(N),
    lateStart: new Float64Array(N),
    lateFinish: new Float64Array(N),
    totalFloat: new Float64Array(N),
    critical: new Uint8Array(N),
    projectFinish: new Float64Array(net.projectIds.length),
  };
  const finish = net.run(d, out);
  expect(finish).toBe(duration);
  expect(tasks).toHaveLength(N);
  tasks.forEach((t, g) => {
    const got = { es: out.earlyStart[g], ef: out.earlyFinish[g], ls: out.lateStart[g], lf: out.lateFinish[g], tf: out.totalFloat[g], cr: out.critical[g] === 1 };
    expect(got, net.taskKeys[g]).toEqual({ es: t.earlyStart, ef: t.earlyFinish, ls: t.lateStart, lf: t.lateFinish, tf: t.totalFloat, cr: t.critical });
  });
  if (projects !== undefined) projects.forEach((p, i) => expect(out.projectFinish[i]).toBe(p.finish));
}
