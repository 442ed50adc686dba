/**
 * The input-size limit of the `pmo` commands: a file whose reading, validation and answer would
 * not fit in Node's heap is refused before it is read, with a message naming the limit and how to
 * raise it, instead of Node's own `JavaScript heap out of memory` crash.
 */
import { readSync, statSync } from 'node:fs';
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
export function tooLarge(bytes: number, heapLimit: number, what = 'the file is'): string | null {
  if (bytes * HEAP_PER_INPUT_BYTE <= heapLimit) return null;
  const limit = Math.floor(heapLimit / HEAP_PER_INPUT_BYTE / MB);
  const raise = Math.ceil((bytes * HEAP_PER_INPUT_BYTE) / MB / 1024) * 1024;
  return (
    `${what} ${Math.round(bytes / MB)} MB; with Node's heap limit of ${Math.round(heapLimit / MB)} MB pmo reads files of at most ${limit} MB ` +
    `(it needs about ${HEAP_PER_INPUT_BYTE} times a file's size); raise the limit with NODE_OPTIONS=--max-old-space-size=${raise}`
  );
}

/**
 * Throws an `Error` (reported by the command as `cannot read FILE: …`, exit 2) when the file at
 * `path` is too large for this process's heap ({@link tooLarge}). Standard input (`-`) is measured
 * while it is read ({@link readStandardInput}); paths that cannot be stat'ed are left to the reader.
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

/** Bytes read from standard input at a time. */
const STDIN_CHUNK = 1 << 20;

/**
 * Reads all of file descriptor `fd` (standard input) as UTF-8, as `readFileSync(0, 'utf8')` does,
 * but counting the bytes as they come: once they are more than this process's heap allows
 * ({@link tooLarge}), stops reading and throws an `Error` (reported by the command as
 * `cannot read standard input: standard input is over N MB; …`, exit 2), so that a huge input
 * ends with the limit and how to raise it instead of Node's `JavaScript heap out of memory`.
 * A non-blocking descriptor with nothing to read yet (EAGAIN) is waited on. O(bytes read).
 *
 * @param heapLimit - the heap limit to measure against (default: this process's)
 * @example
 * ```ts
 * const text = readStandardInput(0);
 * ```
 */
export function readStandardInput(fd: number, heapLimit = getHeapStatistics().heap_size_limit): string {
  const chunks: Buffer[] = [];
  let total = 0;
  const pause = new Int32Array(new SharedArrayBuffer(4));
  const chunk = Buffer.allocUnsafe(STDIN_CHUNK);
  for (;;) {
    let n: number;
    try {
      n = readSync(fd, chunk, 0, STDIN_CHUNK, null);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'EAGAIN') {
        Atomics.wait(pause, 0, 0, 5); // nothing to read yet: wait for the writer
        continue;
      }
      if ((err as NodeJS.ErrnoException).code === 'EOF') break; // Windows: the end of a pipe
      throw err;
    }
    if (n === 0) break;
    total += n;
    const reason = tooLarge(total, heapLimit, 'standard input is over');
    if (reason !== null) throw new Error(reason);
    chunks.push(Buffer.from(chunk.subarray(0, n))); // a copy: the chunk is read into again
  }
  return Buffer.concat(chunks, total).toString('utf8');
}
