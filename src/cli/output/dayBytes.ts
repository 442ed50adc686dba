/**
 * The dates of a schedule's day numbers as the bytes `pmo cpm --json` writes, each made once and
 * kept packed in one array: no object per day (a `Buffer` per day and date field was about 66,000
 * small objects on a 200,000-task schedule over 16,600 distinct days, a young-generation
 * collection of its own).
 */
import { qs } from './cpmJsonText.js';

/**
 * The JSON text of day numbers as UTF-8 bytes, made once per distinct day and packed in one
 * growing array; a day is looked up by a table over the days to come (dense) or a map (sparse).
 * Memory O(distinct days × their length); {@link DayBytes.slot} O(1) amortized, {@link DayBytes.put}
 * O(length).
 *
 * @example
 * ```ts
 * const days = new DayBytes(dayText((d) => isoFromDayNumber(d), false), 20458, 20470, 4096);
 * const k = days.slot(20458); // '"2026-01-05"'
 * const b = new Uint8Array(days.length(k));
 * days.put(b, 0, k);
 * ```
 */
export class DayBytes {
  /** The bytes of every day made so far, one after the other. */
  private bytes = new Uint8Array(4096);
  private used = 0;
  /** Where each made day's bytes start in `bytes`, and how many there are, by slot. */
  private start = new Int32Array(256);
  private size = new Int32Array(256);
  private slots = 0;
  /** The slot of each day: `dense[day - lo] - 1` (0: not made), else `sparse`. */
  private readonly dense: Int32Array | null;
  private readonly sparse = new Map<number, number>();

  /**
   * @param text - the JSON text of a day (`"2026-01-05"`, or `null` for period-based input)
   * @param lo - the lowest day to come, and `hi` the highest: days are slotted by a table over
   *   `lo … hi` when it is at most `dense` long, else by a map
   */
  constructor(
    private readonly text: (day: number) => string,
    private readonly lo: number,
    hi: number,
    dense: number,
  ) {
    this.dense = hi >= lo && hi - lo < dense ? new Int32Array(hi - lo + 1) : null;
  }

  /** The slot of `day`, its bytes made on first use: for {@link DayBytes.length} and {@link DayBytes.put}. O(1) amortized. */
  slot(day: number): number {
    const d = this.dense;
    if (d !== null) {
      const k = d[day - this.lo]!;
      return k !== 0 ? k - 1 : (d[day - this.lo] = this.make(day) + 1) - 1;
    }
    const k = this.sparse.get(day);
    if (k !== undefined) return k;
    const made = this.make(day);
    this.sparse.set(day, made);
    return made;
  }

  /** The number of bytes of a slot. */
  length(slot: number): number {
    return this.size[slot]!;
  }

  /** Writes the bytes of a slot to `b` at `p`; returns the next position. */
  put(b: Uint8Array, p: number, slot: number): number {
    const src = this.bytes;
    for (let k = this.start[slot]!, end = k + this.size[slot]!; k < end; k++) b[p++] = src[k]!;
    return p;
  }

  private make(day: number): number {
    const bytes = Buffer.from(this.text(day), 'utf8');
    if (this.used + bytes.length > this.bytes.length) this.bytes = grow(this.bytes, this.used + bytes.length);
    this.bytes.set(bytes, this.used);
    const k = this.slots++;
    if (k === this.start.length) {
      this.start = grow(this.start, k + 1);
      this.size = grow(this.size, k + 1);
    }
    this.start[k] = this.used;
    this.size[k] = bytes.length;
    this.used += bytes.length;
    return k;
  }
}

/** A copy of `a` at least `need` long (twice as long, or more). */
function grow<T extends Uint8Array | Int32Array>(a: T, need: number): T {
  const b = new (a.constructor as new (n: number) => T)(Math.max(need, 2 * a.length));
  b.set(a);
  return b;
}

/**
 * The JSON text {@link DayBytes} takes: the quoted date of a day (`dateOf`), or `null` for
 * period-based input (which has no dates).
 *
 * @example
 * ```ts
 * dayText(() => '2026-01-05', false)(0); // '"2026-01-05"'
 * ```
 */
export const dayText = (dateOf: (day: number) => string, periods: boolean): ((day: number) => string) => (periods ? () => 'null' : (day) => qs(dateOf(day)));
