/** Runs the CLI in-process with captured output. */
import { readFileSync } from 'node:fs';
import { main } from '../../src/cli/main.js';

/** Result of a CLI run. */
export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `pmo <argv>`; `stdin` is what `-` reads. */
export function runCli(argv: readonly string[], stdin = ''): CliRun {
  let stdout = '';
  let stderr = '';
  const code = main(argv, {
    out: (t) => {
      stdout += t;
    },
    err: (t) => {
      stderr += t;
    },
    readText: (path) => (path === '-' ? stdin : readFileSync(path, 'utf8')),
  });
  return { code, stdout, stderr };
}
