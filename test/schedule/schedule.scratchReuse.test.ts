/**
 * The engine reuses one scratch buffer from call to call on large networks (src/schedule/internal/
 * arena.ts, `pooledArena`). A result must never share memory with it: every result stays what it
 * was after later calls, even calls that fail, and its task objects built on first read (after
 * those calls) are those of a result computed alone.
 */
import { describe, expect, it } from 'vitest';
import type { Project } from '../../src/model/project.js';
import type { DependencyType } from '../../src/model/task.js';
import { schedule, scheduleColumns } from '../../src/schedule/index.js';
import { CycleError } from '../../src/errors.js';
import { lcg } from './randomPortfolio.js';

const TYPES: DependencyType[] = ['FS', 'SS', 'FF', 'SF'];

/** A random network large enough for the engine's scratch arena (about 18 MB of scratch). */
function network(seed: number, n = 70_000, cycle = false): Project {
  const rnd = lcg(seed);
  const tasks = Array.from({ length: n }, (_, i) => ({ id: `t${i}`, name: `Task ${i}`, duration: rnd(10) === 0 ? 0 : 1 + rnd(15), milestone: false, demands: [] }));
  const dependencies = [];
  for (let e = 0; e < 3 * n; e++) {
    const j = 1 + rnd(n - 1);
    const i = Math.max(0, j - 1 - rnd(50));
    dependencies.push({ from: `t${i}`, to: `t${j}`, type: TYPES[rnd(4)]!, lag: rnd(3) === 0 ? rnd(5) - 2 : 0 });
  }
  if (cycle) dependencies.push({ from: dependencies[0]!.to, to: dependencies[0]!.from, type: 'FS' as const, lag: 0 });
  return { id: `p${seed}`, name: 'Scratch', start: '2026-01-05', tasks, dependencies };
}

/** Every column of a schedule as text (typed arrays by their bytes): quick to compare on 70,000 tasks. */
function snapshot(columns: object): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(columns))
    out[k] = ArrayBuffer.isView(v) ? Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString('base64') : JSON.stringify(v);
  return out;
}

describe('schedule() results and the reused scratch buffer', () => {
  it('a result is unchanged by later calls on other networks, failing ones included', () => {
    const a = network(1);
    const first = schedule(a); // its tasks are not read yet: built from its columns later
    const firstColumns = scheduleColumns(first);
    const copy = snapshot(firstColumns);
    const other = schedule(network(2));
    expect(() => schedule(network(3, 70_000, true))).toThrow(CycleError);
    const alone = schedule(structuredClone(a));
    expect(snapshot(scheduleColumns(first))).toEqual(copy);
    // JSON: the same objects, compared much faster than deeply on 70,000 tasks.
    expect(JSON.stringify(first)).toBe(JSON.stringify(alone));
    expect(JSON.stringify(other.tasks)).not.toBe(JSON.stringify(alone.tasks));
  });
});
