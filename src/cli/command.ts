/** What a `pmo` command declares: the registry, the help and the argument parser read it. */
import type { CliIo } from './io.js';

/** One option of a command (for `node:util` `parseArgs`, plus what the help prints). */
export interface FlagSpec {
  /** `'string'` takes a value, `'boolean'` does not. */
  readonly type: 'string' | 'boolean';
  /** One-letter alias (`-o`). */
  readonly short?: string;
  /** Placeholder of the value in the help (`N`, `ID`, `day|week|month`). */
  readonly value?: string;
  /** One line for the help. */
  readonly description: string;
}

/** A command line shown in the help, with what it does. */
export interface CommandExample {
  /** The command line, starting with `pmo`. */
  readonly command: string;
  /** What it does. */
  readonly description: string;
}

/** What a command's `run` receives: the parsed arguments and the outside world. */
export interface CommandContext {
  /** Input and output. */
  readonly io: CliIo;
  /** The command's name (for messages: `pmo <name>: …`). */
  readonly command: string;
  /** Arguments that are not options, checked against {@link CommandSpec.positionals}. */
  readonly positionals: readonly string[];
  /** Option values by long name; booleans are `true` when given. */
  readonly values: Readonly<Record<string, string | boolean | undefined>>;
}

/**
 * A `pmo` command: its name, a one-line summary, its usage, options and examples for the help,
 * and the function that runs it. One file per command under `src/cli/commands/`; the registry
 * (`registry.ts`) lists them and the help is generated from it.
 */
export interface CommandSpec {
  /** The name typed after `pmo`. */
  readonly name: string;
  /** One line for `pmo --help`. */
  readonly summary: string;
  /** What follows `pmo <name>` in the usage line, e.g. `<file|-> [--json]`. */
  readonly usage: string;
  /** How many positional arguments it takes, and what they are (for messages). */
  readonly positionals: { readonly min: number; readonly max: number; readonly what: string };
  /** Options by long name (`--help`/`-h` is added to every command). */
  readonly flags: Readonly<Record<string, FlagSpec>>;
  /** At least one example. */
  readonly examples: readonly [CommandExample, ...CommandExample[]];
  /** Further lines for the command's help (output, exit codes); optional. */
  readonly notes?: readonly string[];
  /**
   * Runs the command; returns the exit code (0 ok, 1 a `--fail-on` finding, 2 bad input), or a
   * promise of it for commands that wait on something (the MIP solver, worker threads).
   */
  readonly run: (ctx: CommandContext) => number | Promise<number>;
}
