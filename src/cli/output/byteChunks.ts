/**
 * JSON text written as UTF-8 bytes into one reused buffer and handed on in chunks: the `tasks` of
 * a large `pmo cpm --json` answer without a string per task (issue 17). The `put*` helpers write at
 * a position and return the next one; the caller makes room first ({@link ByteChunks.room}).
 */
import { JSON_CHUNK_SIZE } from './jsonChunks.js';
import { num, qs } from './cpmJsonText.js';

/**
 * Where bytes go: `bytes[0, length)` must be written (or copied) before it returns, as the buffer
 * is reused for the next chunk.
 */
export type EmitBytes = (bytes: Uint8Array, length: number) => void;

/**
 * A reused buffer of bytes handed to `emit` in chunks of about `size` bytes, in order, each ending
 * between two whole writes (never inside a character). The writer keeps its position itself and
 * hands it to {@link ByteChunks.room} and {@link ByteChunks.end}.
 *
 * @example
 * ```ts
 * const out = new ByteChunks((b, n) => process.stdout.write(b.subarray(0, n)));
 * let p = out.room(0, 2);
 * p = putJsonString(out.buffer, p, 'a');
 * out.end(p);
 * ```
 */
export class ByteChunks {
  /** The buffer to write into, from position 0; replaced by a larger one when a write needs it. */
  buffer: Buffer;

  constructor(
    private readonly emit: EmitBytes,
    private readonly size = JSON_CHUNK_SIZE,
  ) {
    this.buffer = Buffer.allocUnsafe(size + 4096);
  }

  /**
   * Makes room for `need` bytes at `p`, the position reached: when they do not fit, hands on the
   * bytes before `p` (and grows the buffer if `need` exceeds it). Returns the position to write at
   * (`p` or 0); read {@link ByteChunks.buffer} again after it.
   */
  room(p: number, need: number): number {
    if (p + need <= this.buffer.length) return p;
    if (p > 0) this.emit(this.buffer, p);
    if (need > this.buffer.length) this.buffer = Buffer.allocUnsafe(need + this.size);
    return 0;
  }

  /** Hands on the bytes before `p` once there are at least the chunk size of them; returns the position to write at. */
  flushIfFull(p: number): number {
    if (p < this.size) return p;
    this.emit(this.buffer, p);
    return 0;
  }

  /** Hands on the bytes before `p`, the last. */
  end(p: number): void {
    if (p > 0) this.emit(this.buffer, p);
  }
}

/** The bytes of an ASCII text (each code unit below 0x80), for {@link putBytes}. */
export function asciiBytes(text: string): Uint8Array {
  return Buffer.from(text, 'latin1');
}

/**
 * Copies `bytes` to `b` at `p`; returns the next position. A byte loop for a few bytes, `set`
 * beyond (a loop costs about 1.5 ns a byte, `set` about 16 ns a call: even at 12 bytes).
 */
export function putBytes(b: Uint8Array, p: number, bytes: Uint8Array): number {
  const n = bytes.length;
  if (n > 12) {
    b.set(bytes, p);
    return p + n;
  }
  for (let k = 0; k < n; k++) b[p++] = bytes[k]!;
  return p;
}

/** The bytes {@link putJsonString} may write for a string of `length` code units: `\uXXXX` for each, and the quotes. */
export const jsonStringRoom = (length: number): number => 6 * length + 2;

/**
 * Writes `s` as a JSON string (quoted), as `JSON.stringify(s)` in UTF-8: byte by byte when every
 * code unit is printable ASCII and needs no escape (the common case), else through the string
 * `qs(s)` encoded as UTF-8. Needs {@link jsonStringRoom} bytes. O(length).
 */
export function putJsonString(b: Buffer, p: number, s: string): number {
  const start = p;
  b[p++] = 0x22;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 || c > 0x7f || c === 0x22 || c === 0x5c) return start + b.write(qs(s), start, 'utf8');
    b[p++] = c;
  }
  b[p++] = 0x22;
  return p;
}

/** The most bytes {@link putNumber} writes: `String(x)` of a double is at most 24 characters (`-1.2345678901234567e-308`). */
export const NUMBER_ROOM = 25;

/**
 * Writes a number as JSON, as `JSON.stringify(x)` does: an integer of 32 bits digit by digit
 * (`-0` as `0`), any other number as `num(x)` (`String(x)`, `null` when not finite). Needs
 * {@link NUMBER_ROOM} bytes.
 */
export function putNumber(b: Uint8Array, p: number, x: number): number {
  if ((x | 0) === x) {
    let v = x | 0;
    if (v < 0) {
      if (v === -2147483648) return putText(b, p, '-2147483648');
      b[p++] = 0x2d;
      v = -v;
    }
    if (v < 10) {
      b[p] = 0x30 + v;
      return p + 1;
    }
    // The digits from the last, two at a time from a table of the pairs 00 … 99.
    const digits = v < 100 ? 2 : v < 1000 ? 3 : v < 10000 ? 4 : v < 100000 ? 5 : v < 1000000 ? 6 : v < 10000000 ? 7 : v < 100000000 ? 8 : v < 1000000000 ? 9 : 10;
    let k = p + digits;
    while (v >= 100) {
      const r = v % 100;
      v = (v - r) / 100;
      b[--k] = PAIRS[2 * r + 1]!;
      b[--k] = PAIRS[2 * r]!;
    }
    if (v >= 10) {
      b[--k] = PAIRS[2 * v + 1]!;
      b[--k] = PAIRS[2 * v]!;
    } else b[--k] = 0x30 + v;
    return p + digits;
  }
  return putText(b, p, num(x));
}

/** The ASCII digits of 00 … 99, two bytes each. */
const PAIRS = asciiBytes(Array.from({ length: 100 }, (_, k) => String(k).padStart(2, '0')).join(''));

/** Writes an ASCII text byte by byte. */
function putText(b: Uint8Array, p: number, s: string): number {
  for (let i = 0; i < s.length; i++) b[p++] = s.charCodeAt(i);
  return p;
}

/**
 * Whether `v` is an array of arrays of strings, as JSON.stringify writes them (no hole, no
 * `toJSON`): what {@link putStringLists} writes. O(size).
 */
export function isStringLists(v: unknown): v is readonly (readonly string[])[] {
  if (!Array.isArray(v) || typeof (v as { toJSON?: unknown }).toJSON === 'function') return false;
  for (let i = 0; i < v.length; i++) {
    const list: unknown = v[i];
    if (!Array.isArray(list) || typeof (list as { toJSON?: unknown }).toJSON === 'function') return false;
    for (let j = 0; j < list.length; j++) if (typeof list[j] !== 'string') return false;
  }
  return true;
}

/**
 * Writes an array of arrays of strings (the critical paths of `pmo cpm --json`) `depth` levels
 * deep, as `JSON.stringify(lists, null, 2)` indents it there, to `out` at `p`; returns the
 * position after it. No string is made (the ids are written by {@link putJsonString}). O(size).
 *
 * @example
 * ```ts
 * const out = new ByteChunks((b, n) => process.stdout.write(b.subarray(0, n)));
 * out.end(putStringLists(out, 0, [['a', 'b']], 1)); // '[\n    [\n      "a",\n      "b"\n    ]\n  ]'
 * ```
 */
export function putStringLists(out: ByteChunks, p: number, lists: readonly (readonly string[])[], depth: number): number {
  const EMPTY = asciiBytes('[]');
  if (lists.length === 0) {
    p = out.room(p, 2);
    return putBytes(out.buffer, p, EMPTY);
  }
  const outer = asciiBytes(`\n${'  '.repeat(depth + 1)}`);
  const inner = asciiBytes(`\n${'  '.repeat(depth + 2)}`);
  const close = asciiBytes(`\n${'  '.repeat(depth)}]`);
  const closeInner = asciiBytes(`\n${'  '.repeat(depth + 1)}]`);
  for (let i = 0; i < lists.length; i++) {
    const list = lists[i]!;
    p = out.room(p, 2 + outer.length + closeInner.length);
    let b = out.buffer;
    b[p++] = i === 0 ? 0x5b : 0x2c; // [ or ,
    p = putBytes(b, p, outer);
    if (list.length === 0) {
      p = putBytes(b, p, EMPTY);
      continue;
    }
    for (let j = 0; j < list.length; j++) {
      const s = list[j]!;
      p = out.flushIfFull(p);
      p = out.room(p, 2 + inner.length + jsonStringRoom(s.length) + closeInner.length);
      b = out.buffer;
      b[p++] = j === 0 ? 0x5b : 0x2c;
      p = putBytes(b, p, inner);
      p = putJsonString(b, p, s);
    }
    p = putBytes(b, p, closeInner);
  }
  p = out.room(p, close.length);
  return putBytes(out.buffer, p, close);
}
