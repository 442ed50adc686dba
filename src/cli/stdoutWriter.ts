/** Standard output written synchronously and in order, for the `pmo` entry point. */
import { writeSync } from 'node:fs';
import { CliExit } from './io.js';

/** Characters encoded and written at a time: a long text is written in slices of this size. */
export const SLICE = 1 << 16;

/** A writer of text to a file descriptor; see {@link syncWriter}. */
export interface SyncWriter {
  /** Writes `text` (UTF-8) before returning; does nothing once the reader has gone away (EPIPE). */
  readonly write: (text: string) => void;
  /** Writes `bytes[0, length)` as they are, in order with the texts, before returning (the caller may then reuse them); nothing once the reader has gone away. */
  readonly writeBytes: (bytes: Uint8Array, length: number) => void;
}

/**
 * A writer that writes each text to `fd` synchronously, in order, whole: a long text in slices
 * through one reused buffer (no copy of the whole text), a full non-blocking pipe (EAGAIN) waited
 * on, so that the process never holds more output than one slice however fast it produces it. A
 * reader that closes early (`pmo cpm big.json --json | head`, EPIPE: Node ignores SIGPIPE) is not
 * an error: the rest is dropped and the command ends as it would have. Any other write error exits
 * 2 naming it.
 *
 * @example
 * ```ts
 * const out = syncWriter(1);
 * out.write('{');
 * out.writeBytes(Buffer.from('}\n'), 2);
 * ```
 */
export function syncWriter(fd: number): SyncWriter {
  let closed = false;
  let buffer = Buffer.allocUnsafe(3 * SLICE);
  const pause = new Int32Array(new SharedArrayBuffer(4));
  const writeBytes = (bytes: Uint8Array, n: number): void => {
    let done = 0;
    while (done < n && !closed) {
      try {
        done += writeSync(fd, bytes, done, n - done);
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        if (code === 'EAGAIN') Atomics.wait(pause, 0, 0, 1); // the pipe is full: wait for the reader
        else if (code === 'EPIPE') closed = true;
        else throw new CliExit(2, `pmo: cannot write to standard output: ${err instanceof Error ? err.message : String(err)}`);
      }
    }
  };
  const write = (text: string): void => {
    for (let at = 0; at < text.length && !closed; ) {
      let end = Math.min(text.length, at + SLICE);
      // never split a surrogate pair between two slices
      if (end < text.length && (text.charCodeAt(end - 1) & 0xfc00) === 0xd800) end--;
      const slice = at === 0 && end === text.length ? text : text.slice(at, end);
      if (buffer.length < 3 * slice.length) buffer = Buffer.allocUnsafe(3 * slice.length);
      writeBytes(buffer, buffer.write(slice, 0, 'utf8'));
      at = end;
    }
  };
  return { write, writeBytes };
}
