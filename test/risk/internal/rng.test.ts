/** The seeded generator: the reference xoshiro128**, pinned streams, independence and uniformity. */
import { describe, expect, it } from 'vitest';
import { PmoError } from '../../../src/errors.js';
import { Rng, fmix32 } from '../../../src/risk/internal/rng.js';
import { pearson } from '../../../src/risk/internal/stats.js';

describe('Rng', () => {
  it('is xoshiro128**: the outputs of the authors’ C code from the state (1, 2, 3, 4)', () => {
    // Printed by the reference implementation (xoshiro128starstar.c) compiled with gcc.
    const r = new Rng(0).setState(1, 2, 3, 4);
    expect(Array.from({ length: 10 }, () => r.u32())).toEqual([11520, 0, 5927040, 70819200, 2031721883, 1637235492, 1287239034, 3734860849, 3729100597, 4258142804]);
    const s = new Rng(0).setState(0x9e3779b9 | 0, 0xdeadbeef | 0, 0x01234567, 0xfedcba98 | 0);
    for (let i = 0; i < 1000; i++) s.u32();
    expect(Array.from({ length: 5 }, () => s.u32())).toEqual([568656337, 2414004550, 3241127498, 1750682006, 314511163]);
  });

  it('gives the pinned numbers for a seed and stream on every machine', () => {
    const r = new Rng(1);
    expect([r.u32(), r.u32(), r.u32(), r.u32()]).toEqual([1693419975, 740481257, 1847429429, 2483570633]);
    r.stream(9999);
    expect([r.u32(), r.u32()]).toEqual([3321188839, 1417091545]);
    expect(r.uniform()).toBe(0.6381378074911656);
    const q = new Rng(-7, 3).stream(123456);
    expect([q.u32(), q.u32()]).toEqual([518276838, 1538069968]);
  });

  it('restarts a stream identically whatever was drawn before (results do not depend on worker count)', () => {
    const a = new Rng(5);
    const first = Array.from({ length: 8 }, (_, i) => a.stream(i).uniform());
    const b = new Rng(5);
    const backwards: number[] = [];
    for (let i = 7; i >= 0; i--) {
      b.stream(i);
      backwards[i] = b.uniform();
      for (let j = 0; j < i * 13; j++) b.u32(); // a worker that drew more in between
    }
    expect(backwards).toEqual(first);
  });

  it('gives different streams to different seeds, domains and indices', () => {
    const starts = new Set<string>();
    for (const seed of [0, 1, -1, 2 ** 32, 2 ** 32 + 1, Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER])
      for (const domain of [0, 1, 0xffffffff])
        for (const index of [0, 1, 2, 0xffffffff]) {
          const r = new Rng(seed, domain).stream(index);
          starts.add(`${r.u32()},${r.u32()},${r.u32()},${r.u32()}`);
        }
    expect(starts.size).toBe(7 * 3 * 4);
  });

  it('draws uniforms in the open interval (0, 1), evenly (chi-square over 100 bins)', () => {
    const r = new Rng(2024);
    const bins = new Array<number>(100).fill(0);
    const n = 200_000;
    let outside = 0;
    for (let i = 0; i < n; i++) {
      const u = r.uniform();
      if (!(u > 0 && u < 1)) outside++;
      bins[Math.floor(u * 100)]!++;
    }
    expect(outside).toBe(0);
    const e = n / 100;
    const chi2 = bins.reduce((s, c) => s + (c - e) ** 2 / e, 0);
    // 99 degrees of freedom: the 99.9th percentile is 148.2
    expect(chi2).toBeLessThan(148.2);
  });

  it('neighbouring streams are uncorrelated', () => {
    const r = new Rng(3);
    const x = new Float64Array(20_000);
    const y = new Float64Array(20_000);
    for (let i = 0; i < x.length; i++) {
      x[i] = r.stream(2 * i).uniform();
      y[i] = r.stream(2 * i + 1).uniform();
    }
    // 4 standard errors of a correlation of independent series: 4/sqrt(n) = 0.028
    expect(Math.abs(pearson(x, y))).toBeLessThan(0.028);
  });

  it('fmix32 is a bijection on a sample (no two inputs collide)', () => {
    const seen = new Set<number>();
    for (let i = 0; i < 100_000; i++) seen.add(fmix32(i * 40503));
    expect(seen.size).toBe(100_000);
  });

  it('rejects bad seeds, domains and stream indices with a PmoError', () => {
    expect(() => new Rng(1.5)).toThrow(PmoError);
    expect(() => new Rng(Number.NaN)).toThrow(/seed must be a safe integer/);
    expect(() => new Rng(2 ** 60)).toThrow(/seed must be a safe integer/);
    expect(() => new Rng(1, -1)).toThrow(/domain/);
    expect(() => new Rng(1).stream(-1)).toThrow(/stream index/);
    expect(() => new Rng(1).stream(2 ** 32)).toThrow(/stream index/);
  });
});
