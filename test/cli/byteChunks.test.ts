/** JSON written as bytes (the `tasks` of `pmo cpm --json`, issue 17): the bytes of `JSON.stringify` as UTF-8. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ByteChunks, NUMBER_ROOM, isStringLists, jsonStringRoom, putBytes, putJsonString, putNumber, putStringLists } from '../../src/cli/output/byteChunks.js';

/** What `put` writes into a fresh buffer of `room` bytes (filled with 0xff first), as a Buffer. */
function put(room: number, write: (b: Buffer, p: number) => number): Buffer {
  const b = Buffer.alloc(room + 3, 0xff);
  const end = write(b, 3); // not at 0
  expect(end).toBeLessThanOrEqual(b.length);
  return b.subarray(3, end);
}

describe('putNumber', () => {
  it('writes JSON.stringify(x) (fast-check, seeded, with the edges of 32-bit integers)', () => {
    const edge = fc.constantFrom(0, -0, 1, -1, 9, 10, 99, 100, 2 ** 31 - 1, -(2 ** 31), 2 ** 31, -(2 ** 31) - 1, 2 ** 53, NaN, Infinity, -Infinity, 0.1, -1e-7, 1e21, 5e-324, -2.2250738585072014e-308);
    fc.assert(
      fc.property(fc.oneof(edge, fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), fc.integer(), fc.double()), (x) => {
        expect(put(NUMBER_ROOM, (b, p) => putNumber(b, p, x)).toString('latin1')).toBe(JSON.stringify(x));
      }),
      { seed: 17, numRuns: 3000 },
    );
  });
});

describe('putJsonString', () => {
  it('writes JSON.stringify(s) as UTF-8: ASCII byte by byte, unicode, escapes and lone surrogates through qs (fast-check, seeded)', () => {
    const odd = fc.constantFrom('', 'a', 'sp ace', '\u007f', 'é', '日本', '🚀', '\ud800', 'x\udc00', 'q"x', 'x\\y', 'n\u0000', 'l\u2028s', 'tab\t', 'a/b%2F');
    fc.assert(
      fc.property(fc.oneof(odd, fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), fc.string()), (s) => {
        expect(put(jsonStringRoom(s.length), (b, p) => putJsonString(b, p, s)).equals(Buffer.from(JSON.stringify(s), 'utf8'))).toBe(true);
      }),
      { seed: 17, numRuns: 3000 },
    );
  });

  it('needs no more than jsonStringRoom: six bytes a code unit for control characters', () => {
    const s = '\u0001'.repeat(10);
    expect(put(jsonStringRoom(s.length), (b, p) => putJsonString(b, p, s)).toString('latin1')).toBe(JSON.stringify(s));
  });
});

describe('ByteChunks', () => {
  it('hands on the bytes in order, in chunks of at least its size, growing for a write longer than its buffer', () => {
    const chunks: Buffer[] = [];
    const out = new ByteChunks((b, n) => chunks.push(Buffer.from(b.subarray(0, n))), 10);
    const texts = ['abc', 'x'.repeat(5000), 'de', 'y'.repeat(20), 'z'];
    let p = 0;
    for (const t of texts) {
      p = out.flushIfFull(p);
      p = out.room(p, t.length);
      p = putBytes(out.buffer, p, Buffer.from(t, 'latin1'));
    }
    out.end(p);
    expect(Buffer.concat(chunks).toString('latin1')).toBe(texts.join(''));
    for (const c of chunks.slice(0, -1)) expect(c.length).toBeGreaterThanOrEqual(3);
    expect(chunks.length).toBeGreaterThan(2);
  });

  it('hands on nothing when nothing was written', () => {
    const chunks: number[] = [];
    new ByteChunks((_, n) => chunks.push(n)).end(0);
    expect(chunks).toEqual([]);
  });
});

describe('putStringLists', () => {
  /** The lists written at `depth` through chunks of `size` bytes, as UTF-8 text. */
  function written(lists: string[][], depth: number, size: number): string {
    const chunks: Buffer[] = [];
    const out = new ByteChunks((b, n) => chunks.push(Buffer.from(b.subarray(0, n))), size);
    out.end(putStringLists(out, 0, lists, depth));
    return Buffer.concat(chunks).toString('utf8');
  }

  it('writes lists of strings as JSON.stringify indents them at that depth, in chunks of any size (fast-check, seeded)', () => {
    const odd = fc.constantFrom('', 'a', 'é', '🚀', '\ud800', 'q"x', 'x\\y', 'n\u0000', 'p/t1');
    fc.assert(
      fc.property(fc.array(fc.array(fc.oneof(odd, fc.string()), { maxLength: 6 }), { maxLength: 5 }), fc.integer({ min: 0, max: 3 }), fc.constantFrom(1, 7, 1 << 16), (lists, depth, size) => {
        const expected = JSON.stringify(lists, null, 2).replaceAll('\n', `\n${'  '.repeat(depth)}`);
        expect(isStringLists(lists)).toBe(true);
        expect(written(lists, depth, size)).toBe(expected);
      }),
      { seed: 17, numRuns: 500 },
    );
  });

  it('isStringLists refuses anything else (then the generic writer runs)', () => {
    for (const v of [null, 'a', [['a'], 'b'], [[1]], [['a', undefined]], [new Array(2)], { length: 0 }, [Object.assign(['a'], { toJSON: () => 1 })]]) expect(isStringLists(v)).toBe(false);
  });
});
