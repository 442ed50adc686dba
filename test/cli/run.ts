/** Runs the CLI in-process with captured output. */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute } from 'node:path';
import { main } from '../../src/cli/main.js';

/** Result of a CLI run. */
export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  /**
   * The files the command wrote, by path. Relative paths are kept in memory (tests write nothing into
   * the repository) and read back by later reads of the same run; absolute paths (temporary folders)
   * are also written to disk, creating their folders as the CLI does.
   */
  readonly files: ReadonlyMap<string, string>;
}

/** Runs `pmo <argv>`; `stdin` is what `-` reads. For a command that answers with a promise, use {@link runCliAsync}. */
export function runCli(argv: readonly string[], stdin = ''): CliRun {
  const run = start(argv, stdin);
  if (typeof run.code !== 'number') throw new Error(`pmo ${argv[0]} is asynchronous: use runCliAsync`);
  return { code: run.code, stdout: run.stdout(), stderr: run.stderr(), files: run.files };
}

/** Runs `pmo <argv>` and waits for it, whether it answers at once or with a promise. */
export async function runCliAsync(argv: readonly string[], stdin = ''): Promise<CliRun> {
  const run = start(argv, stdin);
  const code = await run.code;
  return { code, stdout: run.stdout(), stderr: run.stderr(), files: run.files };
}

function start(argv: readonly string[], stdin: string) {
  let stdout = '';
  let stderr = '';
  const files = new Map<string, string>();
  const code = main(argv, {
    out: (t) => {
      stdout += t;
    },
    err: (t) => {
      stderr += t;
    },
    readText: (path) => (path === '-' ? stdin : (files.get(path) ?? readFileSync(path, 'utf8'))),
    writeText: (path, text) => {
      if (isAbsolute(path)) {
        mkdirSync(dirname(path), { recursive: true });
        writeFileSync(path, text);
      }
      files.set(path, text);
    },
  });
  return { code, stdout: () => stdout, stderr: () => stderr, files };
}
