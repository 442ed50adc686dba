/** The CLI's view of the outside world, injectable for tests. */
import { ChunkWriter, writeJson } from './output/jsonChunks.js';

export interface CliIo {
  /** Writes to standard output, in order; a long answer (`--json`) comes in several chunks. */
  readonly out: (text: string) => void;
  /**
   * Writes `bytes[0, length)` (UTF-8) to standard output, in order with `out`, before returning (the
   * caller reuses the bytes): an optional faster path for long answers (`pmo cpm --json`); without
   * it they are decoded and go to `out`.
   */
  readonly outBytes?: (bytes: Uint8Array, length: number) => void;
  /** Writes to standard error. */
  readonly err: (text: string) => void;
  /** Reads a file as UTF-8 (or standard input for `-`). */
  readonly readText: (path: string) => string;
  /** Writes a file as UTF-8, creating its folders (commands with `-o`, and the reports); absent where the CLI may not write files. */
  readonly writeText?: (path: string, text: string) => void;
  /** Whether standard error is a terminal: long runs (`pmo simulate`) show their progress there only then. Default false. */
  readonly errIsTerminal?: boolean;
}

/**
 * An error that ends the command with the given exit code and message (no stack trace): 2 for
 * usage errors and invalid input, 1 for what a `--fail-on` asks to fail on.
 *
 * @example
 * ```ts
 * throw new CliExit(2, 'pmo cpm: --format must be auto, portfolio, mspdi, psplib or rcmp, got "xlsx"');
 * ```
 */
export class CliExit extends Error {
  constructor(
    readonly exitCode: number,
    message: string,
  ) {
    super(message);
    this.name = 'CliExit';
  }
}

/** How messages name a file given on the command line: `standard input` for `-`. */
export function displayName(path: string): string {
  return path === '-' ? 'standard input' : path;
}

/** Reads a file given on the command line; unreadable files exit 2 naming the command and the file. */
export function readInput(io: CliIo, path: string, command: string): string {
  try {
    return io.readText(path);
  } catch (err) {
    const reason = err instanceof Error && 'code' in err && err.code === 'ENOENT' ? 'no such file' : err instanceof Error ? err.message : String(err);
    throw new CliExit(2, `pmo ${command}: cannot read ${displayName(path)}: ${reason}`);
  }
}

/** Writes a file given with `-o`; a file that cannot be written exits 2 naming the command and the file. */
export function writeOutput(io: CliIo, path: string, text: string, command: string): void {
  if (io.writeText === undefined) throw new CliExit(2, `pmo ${command}: cannot write ${path}: this runner writes no files; leave out -o to print to standard output`);
  try {
    io.writeText(path, text);
  } catch (err) {
    throw new CliExit(2, `pmo ${command}: cannot write ${path}: ${err instanceof Error ? err.message : String(err)}`);
  }
}

/** Parses JSON text; invalid JSON exits 2 naming the command and the file. */
export function parseJsonInput(text: string, path: string, command: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (err) {
    throw new CliExit(2, `pmo ${command}: ${displayName(path)} is not valid JSON: ${err instanceof Error ? err.message : String(err)}`);
  }
}

/**
 * Prints a value as the `--json` output: indented by two spaces, one trailing newline, byte for
 * byte `JSON.stringify(value, null, 2)` and a newline, but handed to `io.out` in chunks (see
 * `writeJson`), so that an answer of any length is printed (beyond the longest string V8 holds,
 * about 512 MiB, too) and none is held whole in memory.
 */
export function printJson(io: CliIo, value: unknown): void {
  const w = new ChunkWriter((chunk) => io.out(chunk));
  writeJson(w, value);
  w.end();
}
