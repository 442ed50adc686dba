/**
 * The input-size limit of the `pmo` commands: a file whose reading, validation and answer would
 * not fit in Node's heap is refused before it is read, with a message naming the limit and how to
 * raise it, instead of Node's own `JavaScript heap out of memory` crash.
 */
import { statSync } from 'node:fs';
import { getHeapStatistics } from 'node:v8';

/**
 * Heap per byte of input allowed for: `pmo cpm --json` (streamed answer) runs a dense 20 MB file
 * (100,000 tasks, 300,000 links, short ids) in a heap limit of about 190 MB and a 65 MB one in
 * about 450 MB (7 to 9.5 times the file; docs/guarantees.md, "Limits"); 12 leaves a margin.
 */
export const HEAP_PER_INPUT_BYTE = 12;

const MB = 1024 * 1024;

/**
 * Why a file of `bytes` bytes is refused with a heap of `heapLimit` bytes, or null when it fits
 * (`bytes × HEAP_PER_INPUT_BYTE <= heapLimit`). O(1).
 *
 * @example
 * ```ts
 * tooLarge(600 * 2 ** 20, 4 * 2 ** 30); // 'the file is 600 MB; … at most 341 MB …'
 * ```
 */
export function tooLarge(bytes: number, heapLimit: number): string | null {
  if (bytes * HEAP_PER_INPUT_BYTE <= heapLimit) return null;
  const limit = Math.floor(heapLimit / HEAP_PER_INPUT_BYTE / MB);
  const raise = Math.ceil((bytes * HEAP_PER_INPUT_BYTE) / MB / 1024) * 1024;
  return (
    `the file is ${Math.round(bytes / MB)} MB; with Node's heap limit of ${Math.round(heapLimit / MB)} MB pmo reads files of at most ${limit} MB ` +
    `(it needs about ${HEAP_PER_INPUT_BYTE} times a file's size); raise the limit with NODE_OPTIONS=--max-old-space-size=${raise}`
  );
}

/**
 * Throws an `Error` (reported by the command as `cannot read FILE: …`, exit 2) when the file at
 * `path` is too large for this process's heap ({@link tooLarge}). Standard input (`-`) and paths
 * that cannot be stat'ed are left to the reader.
 */
export function checkInputSize(path: string): void {
  if (path === '-') return;
  let bytes: number;
  try {
    bytes = statSync(path).size;
  } catch {
    return;
  }
  const reason = tooLarge(bytes, getHeapStatistics().heap_size_limit);
  if (reason !== null) throw new Error(reason);
}
