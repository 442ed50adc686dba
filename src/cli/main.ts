import { commandHelp, mainHelp } from './help.js';
import { CliExit, type CliIo } from './io.js';
import { COMMANDS } from './registry.js';
import { failure, runCommand } from './runSpec.js';
import { VERSION } from './version.js';

/**
 * Runs the `pmo` command line with the given arguments (without `node` and the script path).
 * Returns the exit code: 0 success; 1 a `--fail-on` condition found, or an internal error; 2 bad
 * usage or invalid input. Output goes through `io`; nothing else is touched. Commands that wait on
 * something (`allocate` and `select` may run the MIP solver) return a promise of the exit code.
 *
 * @example
 * ```ts
 * const code = main(['cpm', 'plan.json', '--json'], { out: (t) => process.stdout.write(t), err: (t) => process.stderr.write(t), readText, writeText });
 * ```
 */
export function main(argv: readonly string[], io: CliIo): number | Promise<number> {
  const [name, ...rest] = argv;
  try {
    if (name === undefined) {
      io.err(mainHelp(COMMANDS));
      return 2;
    }
    if (name === '--help' || name === '-h') {
      io.out(mainHelp(COMMANDS));
      return 0;
    }
    if (name === '--version' || name === '-v') {
      io.out(`${VERSION}\n`);
      return 0;
    }
    if (name === 'help') {
      const topic = rest[0];
      if (topic === undefined) {
        io.out(mainHelp(COMMANDS));
        return 0;
      }
      const spec = COMMANDS.find((c) => c.name === topic);
      if (spec === undefined) throw new CliExit(2, `pmo help: unknown command "${topic}"; run "pmo --help" for the commands`);
      io.out(commandHelp(spec));
      return 0;
    }
    const spec = COMMANDS.find((c) => c.name === name);
    if (spec === undefined) throw new CliExit(2, `pmo: unknown command "${name}"; run "pmo --help" for the commands`);
    return runCommand(spec, rest, io);
  } catch (err) {
    return failure(err, name, io);
  }
}
