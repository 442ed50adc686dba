/** The scratch arenas of the schedule engine: plain, and pooled (one spare buffer reused across calls). */
import { describe, expect, it } from 'vitest';
import { arena, pooledArena } from '../../../src/schedule/internal/arena.js';

const BIG = 1 << 24; // the smallest arena that is not plain allocation

describe('pooledArena', () => {
  it('reuses the released buffer, and hands out views zero-filled as new arrays are', () => {
    const a = pooledArena(BIG);
    const x = a.f64(1000);
    const y = a.i32(1000);
    const z = a.u8(1001);
    x.fill(1.5);
    y.fill(-7);
    z.fill(255);
    a.release();
    const b = pooledArena(BIG);
    const x2 = b.f64(1000);
    const y2 = b.i32(1000);
    const z2 = b.u8(1001);
    expect(x2.buffer).toBe(x.buffer); // the same memory, taken again
    expect(x2.every((v) => v === 0)).toBe(true);
    expect(y2.every((v) => v === 0)).toBe(true);
    expect(z2.every((v) => v === 0)).toBe(true);
    b.release();
  });

  it('never gives one buffer to two arenas alive at once', () => {
    const a = pooledArena(BIG);
    a.release();
    const b = pooledArena(BIG); // takes the spare
    const c = pooledArena(BIG); // no spare left: a buffer of its own
    expect(b.i32(4).buffer).not.toBe(c.i32(4).buffer);
    b.release();
    c.release();
  });

  it('does not reuse a spare that is too small, and keeps the larger of two released buffers', () => {
    const small = pooledArena(BIG);
    const sv = small.u8(8);
    small.release();
    const large = pooledArena(2 * BIG); // the spare is too small: a new buffer
    const lv = large.u8(8);
    expect(lv.buffer).not.toBe(sv.buffer);
    large.release();
    const again = pooledArena(BIG);
    expect(again.u8(8).buffer).toBe(lv.buffer);
    again.release();
  });

  it('releasing twice hands the buffer back once', () => {
    const a = pooledArena(BIG);
    const v = a.u8(8);
    a.release();
    a.release();
    const b = pooledArena(BIG);
    const c = pooledArena(BIG);
    expect(b.u8(8).buffer).toBe(v.buffer);
    expect(c.u8(8).buffer).not.toBe(v.buffer);
  });

  it('allocates plainly below the arena size and past the end of the buffer, like arena()', () => {
    const small = pooledArena(1000);
    expect(small.f64(10).buffer.byteLength).toBe(80);
    small.release();
    for (const A of [arena(BIG), pooledArena(BIG)]) {
      const inside = A.u8(BIG - 8);
      const past = A.u8(100);
      expect(inside.buffer.byteLength).toBe(BIG);
      expect(past.buffer.byteLength).toBe(100);
    }
  });
});
