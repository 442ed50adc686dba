import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IdIndex } from '../../../src/schedule/internal/idIndex.js';

describe('IdIndex (internal id table of the CPM)', () => {
  it('agrees with a Map on any strings (property)', () => {
    const idArb = fc.oneof(fc.string({ minLength: 1, maxLength: 14 }), fc.string({ unit: 'binary', minLength: 1, maxLength: 30 }), fc.constantFrom('__proto__', 'constructor', 'toString', 'a', 'a\u0000', '\u0000'));
    fc.assert(
      fc.property(fc.array(idArb, { maxLength: 60 }), fc.array(idArb, { maxLength: 60 }), (ids, probes) => {
        const index = new IdIndex(ids, ids.length);
        const map = new Map<string, number>();
        ids.forEach((id, i) => {
          const dup = index.add(i);
          expect(dup).toBe(map.has(id) ? map.get(id) : -1);
          if (!map.has(id)) map.set(id, i);
        });
        for (const p of [...probes, ...ids]) expect(index.get(p)).toBe(map.get(p) ?? -1);
      }),
      { numRuns: 500 },
    );
  });

  it('addRange adds in batches and stops at the first id already present, as add does (property)', () => {
    const idArb = fc.oneof(fc.constantFrom('a', 'b', 'abcdefghijk', 'abcdefghijl'), fc.integer({ min: 0, max: 2000 }).map((i) => `t${i}`));
    fc.assert(
      fc.property(fc.array(idArb, { maxLength: 900 }), fc.integer({ min: 0, max: 5 }), (ids, lo0) => {
        const lo = Math.min(lo0, ids.length);
        const a = new IdIndex(ids, ids.length);
        const b = new IdIndex(ids, ids.length);
        let firstDup = -1;
        for (let i = lo; i < ids.length && firstDup < 0; i++) if (a.add(i) >= 0) firstDup = i;
        expect(b.addRange(lo, ids.length)).toBe(firstDup);
        const upTo = firstDup < 0 ? ids.length : firstDup;
        for (let i = lo; i < upTo; i++) expect(b.get(ids[i]!)).toBe(i);
      }),
      { numRuns: 200 },
    );
  });

  it('tells apart ids that share their first ten code units', () => {
    const ids = ['abcdefghij', 'abcdefghijX', 'abcdefghijY', 'abcdefghi', 'abcdefghij\u0000'];
    const index = new IdIndex(ids, ids.length);
    ids.forEach((_, i) => expect(index.add(i)).toBe(-1));
    ids.forEach((id, i) => expect(index.get(id)).toBe(i));
    expect(index.get('abcdefghijZ')).toBe(-1);
    expect(index.get('')).toBe(-1);
  });
});
