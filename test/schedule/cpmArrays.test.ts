/** cpmArrays(): bad input, cycles, a million nodes, purity. */
import { describe, expect, it } from 'vitest';
import { CycleError, PmoError } from '../../src/errors.js';
import { cpmArrays } from '../../src/schedule/index.js';
import { expectPmo, thrown } from '../helpers.js';

// Not timed: a chain of a million tasks would overflow any recursive pass; the results must be right at that size.
const N = 1_000_000;

describe('cpmArrays', () => {
  it('reports bad input as a PmoError naming the function, never a TypeError; a cycle lists node indices', () => {
    expectPmo(() => cpmArrays({ duration: [1, 2], from: [0], to: [] }), 'INVALID_ARGUMENT', /^cpmArrays: to has 0 entries, expected 1/);
    expectPmo(() => cpmArrays({ duration: [1, 2], from: [0], to: [2] }), 'INVALID_ARGUMENT', /to\[0\] must be a node index in 0..1, got 2/);
    expectPmo(() => cpmArrays({ duration: [1, 2], from: [0], to: [1], type: [7] }), 'INVALID_ARGUMENT', /type\[0\] must be 0 \(FS\)/);
    expectPmo(() => cpmArrays({ duration: [-1] as never, from: [], to: [] }), 'INVALID_ARGUMENT', /duration\[0\]/);
    expectPmo(() => cpmArrays({ duration: 'abc' as never, from: [], to: [] }), 'INVALID_ARGUMENT', /duration must be an array/);
    const cyc = thrown(() => cpmArrays({ duration: [1, 1], from: [0, 1], to: [1, 0] })) as CycleError;
    expect(cyc.cycle).toHaveLength(3);
  });

  it('schedules a chain of 1,000,000 nodes given backwards, with mixed link types, without recursion', () => {
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

  it('never mutates its inputs (deep-frozen)', () => {
    const arrays = { duration: Float64Array.of(1, 2), from: Int32Array.of(0), to: Int32Array.of(1), lag: Float64Array.of(-1) };
    cpmArrays(arrays);
    expect(Array.from(arrays.duration)).toEqual([1, 2]);
    expect(Array.from(arrays.lag)).toEqual([-1]);
  });
});

describe('cpmArrays: hostile input found by the fuzz suite', () => {
  const deep = (depth: number): unknown => {
    let v: unknown = [];
    for (let i = 0; i < depth; i++) v = [v];
    return v;
  };
  it('cpmArrays: deeply nested arrays as a duration, an endpoint or an earliest start are a PmoError, not a stack overflow', () => {
    const base = () => ({ duration: [2, 3, 0], from: [0, 1], to: [1, 2], earliestStart: [0, 0, 0] });
    for (const key of ['duration', 'from', 'to', 'earliestStart'] as const) {
      const input = base();
      (input[key] as unknown[])[1] = deep(20_000);
      expect(() => cpmArrays(input as never), key).toThrow(PmoError);
    }
  });
});
