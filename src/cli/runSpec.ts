/**
 * Runs one command given its spec: the part of `main` that the `pmo` binary also calls directly
 * after loading that command's module alone (commandModules.ts), so that a command does not load
 * every other command's engines.
 */
import { PmoError } from '../errors.js';
import { isStringLengthError, MAX_STRING_LENGTH } from '../internal/stringLimit.js';
import { parseCommandArgs, wantsHelp } from './args.js';
import type { CommandSpec } from './command.js';
import { commandHelp } from './help.js';
import { CliExit, type CliIo } from './io.js';

/** Runs one command: `--help` prints its help, else its arguments are parsed and it runs. */
function runOne(spec: CommandSpec, args: readonly string[], io: CliIo): number | Promise<number> {
  if (wantsHelp(args)) {
    io.out(commandHelp(spec));
    return 0;
  }
  const { positionals, values } = parseCommandArgs(spec, args);
  return spec.run({ io, command: spec.name, positionals, values });
}

/**
 * Runs the command `spec` with the arguments that follow its name: `--help` prints its help, else
 * its arguments are parsed and it runs. Returns the exit code (or a promise of it); an error ends
 * it with a message on `io.err` and exit 2 (bad input, a `PmoError`, or an output longer than the
 * longest string JavaScript holds) or 1 (an internal error).
 */
export function runCommand(spec: CommandSpec, args: readonly string[], io: CliIo): number | Promise<number> {
  try {
    const code = runOne(spec, args, io);
    return typeof code === 'number' ? code : code.catch((err: unknown) => failure(err, spec.name, io));
  } catch (err) {
    return failure(err, spec.name, io);
  }
}

/** The exit code and message of an error that ended a command. */
export function failure(err: unknown, name: string | undefined, io: CliIo): number {
  if (err instanceof CliExit) {
    io.err(`${err.message}\n`);
    return err.exitCode;
  }
  if (err instanceof PmoError) {
    io.err(`pmo ${name}: ${err.message}\n`);
    return 2;
  }
  if (isStringLengthError(err)) {
    // The last guard: the writers check their length themselves; anything else this long is too.
    io.err(`pmo ${name}: the output would be longer than the longest string JavaScript holds (${MAX_STRING_LENGTH.toLocaleString('en-US')} characters, 512 MiB): give it fewer tasks\n`);
    return 2;
  }
  io.err(`pmo ${name}: internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  return 1;
}
