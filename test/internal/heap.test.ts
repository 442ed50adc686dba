// The one binary heap of pmo-kit (src/internal/heap.ts).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MinHeap } from '../../src/internal/heap.js';

describe('MinHeap', () => {
  it('pops by least key, then least item, whatever the order of pushes and pops', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 40 }), fc.integer({ min: -5, max: 5 }).map((k) => k / 2), fc.boolean()), { maxLength: 200 }),
        (ops) => {
          const heap = MinHeap.withCapacity(ops.length);
          const model: [number, number][] = [];
          const least = (): [number, number] => model.reduce((a, b) => (b[1] < a[1] || (b[1] === a[1] && b[0] < a[0]) ? b : a));
          for (const [item, key, pop] of ops) {
            heap.push(item, key);
            model.push([item, key]);
            if (pop) {
              const want = least();
              model.splice(model.indexOf(want), 1);
              expect(heap.pop()).toBe(want[0]);
            }
            expect(heap.size).toBe(model.length);
          }
          const rest: number[] = [];
          while (heap.size > 0) rest.push(heap.pop());
          expect(rest).toEqual([...model].sort((a, b) => a[1] - b[1] || a[0] - b[0]).map((x) => x[0]));
        },
      ),
      { seed: 3, numRuns: 300 },
    );
  });

  it('orders integers pushed as their own keys, on caller-given arrays, and can be cleared', () => {
    const heap = new MinHeap(new Int32Array(8), new Float64Array(8));
    for (const x of [5, 1, 4, 1, 3]) heap.push(x, x);
    expect([heap.pop(), heap.pop(), heap.pop()]).toEqual([1, 1, 3]);
    heap.clear();
    expect(heap.size).toBe(0);
    heap.push(9, 0);
    expect(heap.pop()).toBe(9);
  });
});
