/**
 * The sample portfolio `pmo demo` tours, read at run time from the installed package (the file
 * ships in the tarball: package.json `files` has `examples/data`, and its `exports` map has
 * `./examples/data/sample-portfolio.json`), so that no library code imports example data.
 */
import { createRequire } from 'node:module';
import { CliExit, parseJsonInput, type CliIo } from './io.js';

/** The sample as the package exports it. */
export const SAMPLE_SPECIFIER = 'pmo-kit/examples/data/sample-portfolio.json';

/**
 * The path of the sample: the package resolves its own name through its `exports` map, which
 * works from the built `dist/`, from an installed copy and from the sources (`tsx`).
 */
export function samplePath(): string {
  return createRequire(import.meta.url).resolve(SAMPLE_SPECIFIER);
}

/**
 * The sample portfolio's JSON (not yet validated).
 * @throws CliExit 1 (an installation problem, not the user's input) when it cannot be found, read or parsed
 */
export function readSample(io: CliIo, command: string): unknown {
  let path: string;
  let text: string;
  try {
    path = samplePath();
    text = io.readText(path);
  } catch (err) {
    throw new CliExit(1, `pmo ${command}: cannot read the sample portfolio (${SAMPLE_SPECIFIER}): ${err instanceof Error ? err.message : String(err)}`);
  }
  return parseJsonInput(text, path, command);
}
