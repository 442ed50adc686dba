/**
 * Loops in place of spreading an array into call arguments. `Math.max(...xs)`, `Math.min(...xs)`
 * and `a.push(...xs)` pass every element as an argument on the stack, which overflows
 * (`RangeError: Maximum call stack size exceeded`) once an array reaches about 100,000 elements:
 * wherever the array grows with the user's data (tasks, links, risks, periods, rows, warnings),
 * use these instead. Private to pmo-kit.
 */

/**
 * The largest of `values` (or of `value(item)` over `items`), by `Math.max` one at a time: the same
 * result as `Math.max(...values)` at any length, with the same rules (a NaN makes it NaN, +0 beats
 * −0, no values gives −Infinity). O(n), no intermediate array, no recursion.
 *
 * @example
 * maxOf([3, 9, 4]); // 9
 * maxOf([{ d: 2 }, { d: 5 }], (t) => t.d); // 5
 * Math.max(1, maxOf([])); // 1
 */
export function maxOf(values: ArrayLike<number>): number;
export function maxOf<T>(items: ArrayLike<T>, value: (item: T, index: number) => number): number;
export function maxOf<T>(items: ArrayLike<T>, value?: (item: T, index: number) => number): number {
  let m = -Infinity;
  for (let i = 0; i < items.length; i++) m = Math.max(m, value === undefined ? (items[i] as number) : value(items[i]!, i));
  return m;
}

/**
 * The least of `values` (or of `value(item)` over `items`), by `Math.min` one at a time: the same
 * result as `Math.min(...values)` at any length (a NaN makes it NaN, −0 beats +0, no values gives
 * Infinity). O(n), no intermediate array, no recursion.
 *
 * @example
 * minOf([3, 9, 4]); // 3
 * minOf([{ d: 2 }, { d: 5 }], (t) => t.d); // 2
 */
export function minOf(values: ArrayLike<number>): number;
export function minOf<T>(items: ArrayLike<T>, value: (item: T, index: number) => number): number;
export function minOf<T>(items: ArrayLike<T>, value?: (item: T, index: number) => number): number {
  let m = Infinity;
  for (let i = 0; i < items.length; i++) m = Math.min(m, value === undefined ? (items[i] as number) : value(items[i]!, i));
  return m;
}

/**
 * Appends every item of `items` to `target`, in order, like `target.push(...items)` but one at a
 * time, so that no length overflows the stack. Returns `target`. O(n) amortized.
 *
 * @example
 * const out = ['a'];
 * pushAll(out, ['b', 'c']); // out is ['a', 'b', 'c']
 */
export function pushAll<T>(target: T[], items: Iterable<T>): T[] {
  for (const x of items) target.push(x);
  return target;
}
