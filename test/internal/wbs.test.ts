// The one WBS expansion of pmo-kit (src/internal/wbs.ts), shared by the schedule, its analyses and leveling.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expandLinks, isAncestor, leafLists, leafTasks, parentCycle, summaryToOwnSubtask, wbsOf } from '../../src/internal/wbs.js';
import { levelResources } from '../../src/resources/index.js';
import { schedulePortfolio } from '../../src/schedule/index.js';
import { portfolio, project } from '../schedule/build.js';

/** A random forest on n tasks, listed in any order: task i's parent is a task earlier in a hidden order. */
const forestArb = fc.integer({ min: 1, max: 30 }).chain((n) =>
  fc
    .tuple(
      fc.shuffledSubarray(
        Array.from({ length: n }, (_, i) => i),
        { minLength: n, maxLength: n },
      ),
      fc.array(fc.option(fc.nat(), { nil: null, freq: 2 }), { minLength: n, maxLength: n }),
    )
    .map(([hidden, picks]) => {
      const parent = new Int32Array(n).fill(-1);
      for (let i = 1; i < n; i++) if (picks[i] !== null) parent[hidden[i]!] = hidden[picks[i]! % i]!;
      return parent;
    }),
);

/** Leaves below g by the definition: tasks without children whose parent chain reaches g. */
function leavesByWalking(parent: Int32Array, g: number): number[] {
  const hasChild = new Set(Array.from(parent).filter((p) => p >= 0));
  const out: number[] = [];
  for (let x = 0; x < parent.length; x++) {
    if (hasChild.has(x)) continue;
    for (let a = x; a >= 0; a = parent[a]!) if (a === g) out.push(x);
  }
  return out;
}

describe('wbsOf', () => {
  it('is null without parents', () => {
    expect(wbsOf(Int32Array.of(-1, -1, -1))).toBeNull();
  });

  it('numbers the leaves in task order and lists the leaves below each task in preorder', () => {
    // 0 (summary) > 3 (summary) > 1; 0 > 2; task order differs from preorder (0, 2, 3, 1).
    const w = wbsOf(Int32Array.of(-1, 3, 0, 0))!;
    expect(Array.from(w.isSummary)).toEqual([1, 0, 0, 1]);
    expect([w.N, w.L]).toEqual([4, 2]);
    expect(Array.from(w.leafOf)).toEqual([-1, 0, 1, -1]);
    expect(Array.from(w.taskOfLeaf)).toEqual([1, 2]);
    expect(Array.from(w.preSeq)).toEqual([0, 2, 3, 1]);
    expect(Array.from(w.leafSeq)).toEqual([1, 0]); // leaf 1 (task 2) first in preorder
    expect(Array.from(w.leafSeq.subarray(w.leafLo[0]!, w.leafHi[0]!))).toEqual([1, 0]);
    expect(Array.from(w.leafSeq.subarray(w.leafLo[3]!, w.leafHi[3]!))).toEqual([0]);
    expect(leafLists(w)).toEqual([[0, 1], [], [], [0]]);
    expect([isAncestor(w, 0, 1), isAncestor(w, 3, 2), isAncestor(w, 1, 1)]).toEqual([true, false, true]);
  });

  it('throws on a cycle of parents, which parentCycle names', () => {
    const cyclic = Int32Array.of(-1, 2, 3, 1);
    expect(parentCycle(cyclic)).toEqual([1, 2, 3, 1]);
    expect(parentCycle(Int32Array.of(0))).toEqual([0, 0]);
    expect(() => wbsOf(cyclic)).toThrow(/cycle/);
  });

  it('finds the leaves below every task, as walking up the parents does (random forests)', () => {
    fc.assert(
      fc.property(forestArb, (parent) => {
        expect(parentCycle(parent)).toBeNull();
        const w = wbsOf(parent);
        const lists = w === null ? null : leafLists(w);
        for (let g = 0; g < parent.length; g++) {
          const expected = leavesByWalking(parent, g);
          if (w === null) {
            expect(expected).toEqual([g]);
            continue;
          }
          const below = Array.from(w.leafSeq.subarray(w.leafLo[g]!, w.leafHi[g]!), (k) => w.taskOfLeaf[k]!);
          expect([...below].sort((a, b) => a - b)).toEqual(expected);
          expect(lists![g]!.map((k) => w.taskOfLeaf[k]!)).toEqual(w.isSummary[g] === 1 ? expected : []);
        }
      }),
      { seed: 5, numRuns: 300 },
    );
  });
});

describe('expandLinks', () => {
  it('applies a link on a summary to every leaf below it, in link order, then preorder', () => {
    // 0 > {1, 2}; 3 > {4}; 5 alone. Links 0 -> 3 (FF, lag 2), 5 -> 0 (SS).
    const w = wbsOf(Int32Array.of(-1, 0, 0, -1, 3, -1))!;
    const x = expandLinks(w, 2, Int32Array.of(0, 5), Int32Array.of(3, 0), Uint8Array.of(2, 1), Float64Array.of(2, 0));
    const tasks = leafTasks(w);
    expect(Array.from(tasks)).toEqual([1, 2, 4, 5]);
    expect(x.m).toBe(4);
    // Leaf indices: task 1 -> 0, 2 -> 1, 4 -> 2, 5 -> 3.
    expect(Array.from(x.from)).toEqual([0, 1, 3, 3]);
    expect(Array.from(x.to)).toEqual([2, 2, 0, 1]);
    expect(Array.from(x.type)).toEqual([2, 2, 1, 1]);
    expect(Array.from(x.lag)).toEqual([2, 2, 0, 0]);
    expect(Array.from(x.inherited)).toEqual([1, 1, 0, 0]);
    const byTask = expandLinks(w, 2, Int32Array.of(0, 5), Int32Array.of(3, 0), Uint8Array.of(2, 1), Float64Array.of(2, 0), tasks);
    expect(Array.from(byTask.from)).toEqual([1, 2, 5, 5]);
    expect(Array.from(byTask.to)).toEqual([4, 4, 1, 2]);
  });

  it('finds a link between a summary and its own subtask', () => {
    const w = wbsOf(Int32Array.of(-1, 0, 1, -1))!;
    expect(summaryToOwnSubtask(w, 2, Int32Array.of(3, 2), Int32Array.of(1, 0))).toEqual([1, 0, 2]);
    expect(summaryToOwnSubtask(w, 1, Int32Array.of(3), Int32Array.of(0))).toBeNull();
  });
});

describe('consumers of the WBS', () => {
  it('levelResources with a given schedule rejects a cycle of WBS parents (it used to loop forever)', () => {
    const ok = portfolio([project([['a', 2], ['b', 1, { parentId: 'a' }], ['c', 1]])]);
    const given = schedulePortfolio(ok);
    const cyclic = portfolio([project([['a', 2, { parentId: 'b' }], ['b', 1, { parentId: 'a' }], ['c', 1]])]);
    expect(() => levelResources(cyclic, { schedule: given })).toThrow(/levelResources: the WBS parent chain of task "a" in project "p" forms a cycle/);
  });
});
