import { describe, expect, it } from 'vitest';
import { maxOf, minOf, pushAll } from '../../src/internal/bulk.js';

describe('maxOf and minOf', () => {
  it('give what Math.max and Math.min give on the same values, NaN, −0 and empty included', () => {
    const cases: number[][] = [[], [3], [3, 9, 4], [-1, Number.NaN, 5], [0, -0], [-0, 0], [-Infinity], [Infinity, 1]];
    for (const xs of cases) {
      expect(Object.is(maxOf(xs), Math.max(...xs))).toBe(true);
      expect(Object.is(minOf(xs), Math.min(...xs))).toBe(true);
    }
  });

  it('read through an accessor, with the index', () => {
    expect(maxOf([{ d: 2 }, { d: 5 }], (t) => t.d)).toBe(5);
    expect(minOf(['a', 'b', 'c'], (_, i) => 10 - i)).toBe(8);
  });

  it('take more values than a call takes arguments', () => {
    const xs = new Float64Array(500_000).map((_, i) => (i * 7919) % 500_000);
    expect(() => Math.max(...xs)).toThrow(RangeError);
    expect(maxOf(xs)).toBe(499_999);
    expect(minOf(xs)).toBe(0);
  });
});

describe('pushAll', () => {
  it('appends in order and returns the target, for any number of items', () => {
    const out = ['a'];
    expect(pushAll(out, ['b', 'c'])).toBe(out);
    expect(out).toEqual(['a', 'b', 'c']);
    const big = pushAll<number>([], new Array<number>(500_000).fill(1));
    expect(big.length).toBe(500_000);
  });
});
