import { parseArgs } from 'node:util';
import { PmoError } from '../errors.js';
import { allocateCommand } from './commands/allocate.js';
import { CPM_FORMATS, cpmCommand } from './commands/cpm.js';
import { demoCommand } from './commands/demo.js';
import { LEVEL_FORMATS, levelCommand, parseObjectiveOption, parseSchedulesOption, parseSeedOption } from './commands/level.js';
import { orgCommand } from './commands/org.js';
import { prioritizeCommand } from './commands/prioritize.js';
import { readFormat, readTimeLimit } from './commands/problemInput.js';
import { schemaCommand } from './commands/schema.js';
import { parseBudgetOption, parseFrontierOption, selectCommand } from './commands/select.js';
import { validateCommand } from './commands/validate.js';
import { CliExit, type CliIo } from './io.js';
import { VERSION } from './version.js';

const HELP = `pmo ${VERSION}: what a Project Management Office knows and does, from the command line

Usage:
  pmo demo [--lang en|zh]                 summary of the embedded sample portfolio
  pmo validate <file|-> [--json]          validate a portfolio JSON file (exit 0 valid, 2 invalid)
  pmo schema <model>                      print the JSON Schema of a model (portfolio, project, …)
  pmo cpm <file|-> [--format auto|portfolio|mspdi|psplib] [--project ID] [--json]
                                          critical path schedule of a portfolio JSON, an MS Project
                                          XML or a PSPLIB file (several projects and no --project:
                                          scheduled together, paths as projectId/taskId keys)
  pmo level <file|-> [--format auto|portfolio|psplib|rcmp] [--schedules N] [--seed S]
            [--objective makespan|delay] [--json]
                                          resource leveling (RCPSP) of a portfolio JSON, a PSPLIB
                                          .sm or an MPLIB .rcmp file (defaults: 5000 schedules,
                                          seed 1, makespan)
  pmo allocate <file|-> [--from DATE --to DATE] [--format auto|portfolio|allocation]
            [--time-limit S] [--json]
                                          skill-based allocation of people to demands (an
                                          allocation file, or a portfolio's pool in a window;
                                          default: the three months after the status date)
  pmo select <file|-> [--frontier MIN:MAX:STEP] [--budget N]
            [--format auto|portfolio|selection] [--time-limit S] [--json]
                                          exact project selection (a selection file, or a
                                          portfolio's proposed/approved projects with --budget)
  pmo prioritize <file|-> [--format auto|portfolio|prioritization] [--json]
                                          weighted scoring / AHP ranking of projects
  pmo org [structure] [--pmo-type T] [--lang en|zh] [--json]
                                          what a PMO does in an organization structure
  pmo help | --help                       this text
  pmo --version                           the version

Exit codes: 0 success, 1 internal error, 2 bad input or usage.
`;

/** Parses a command's options; unknown options exit 2. */
function options<T extends Record<string, { type: 'string' | 'boolean'; short?: string }>>(args: readonly string[], spec: T) {
  try {
    return parseArgs({ args: [...args], options: spec, allowPositionals: true, strict: true });
  } catch (err) {
    throw new CliExit(2, `pmo: ${err instanceof Error ? err.message : String(err)}\nRun "pmo help" for usage.`);
  }
}

function lang(value: string | undefined): 'en' | 'zh' {
  if (value === undefined || value === 'en' || value === 'zh') return value ?? 'en';
  throw new CliExit(2, `pmo: --lang must be en or zh, got "${value}"`);
}

function onePositional(positionals: readonly string[], what: string, command: string): string {
  if (positionals.length !== 1) throw new CliExit(2, `pmo ${command}: expected one ${what}, got ${positionals.length}`);
  return positionals[0]!;
}

/** The exit code and message of an error that ended a command. */
function failure(err: unknown, command: string | undefined, io: CliIo): number {
  if (err instanceof CliExit) {
    io.err(`${err.message}\n`);
    return err.exitCode;
  }
  if (err instanceof PmoError) {
    io.err(`pmo ${command}: ${err.message}\n`);
    return 2;
  }
  io.err(`pmo ${command}: internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  return 1;
}

/**
 * Runs the `pmo` command line with the given arguments (without `node` and the script path).
 * Returns the exit code: 0 success, 1 internal error, 2 bad input or usage; a promise of it for
 * the commands that may run the MIP solver (`allocate`, `select`).
 */
export function main(argv: readonly string[], io: CliIo): number | Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        io.out(HELP);
        return command === undefined ? 2 : 0;
      case '--version':
      case '-v':
        io.out(`${VERSION}\n`);
        return 0;
      case 'demo': {
        const { values } = options(rest, { lang: { type: 'string' } });
        return demoCommand(io, { lang: lang(values.lang) });
      }
      case 'validate': {
        const { values, positionals } = options(rest, { json: { type: 'boolean' } });
        return validateCommand(io, onePositional(positionals, 'file (or - for standard input)', 'validate'), { json: values.json === true });
      }
      case 'org': {
        const { values, positionals } = options(rest, { lang: { type: 'string' }, 'pmo-type': { type: 'string' }, json: { type: 'boolean' } });
        if (positionals.length > 1) throw new CliExit(2, `pmo org: expected at most one structure, got ${positionals.length}`);
        return orgCommand(io, positionals[0], { lang: lang(values.lang), pmoType: values['pmo-type'], json: values.json === true });
      }
      case 'cpm': {
        const { values, positionals } = options(rest, { format: { type: 'string' }, project: { type: 'string' }, json: { type: 'boolean' } });
        const format = values.format ?? 'auto';
        if (!(CPM_FORMATS as readonly string[]).includes(format))
          throw new CliExit(2, `pmo cpm: --format must be ${CPM_FORMATS.join(', ')}, got "${format}"`);
        return cpmCommand(io, onePositional(positionals, 'file (or - for standard input)', 'cpm'), {
          format: format as (typeof CPM_FORMATS)[number],
          project: values.project,
          json: values.json === true,
        });
      }
      case 'level': {
        const { values, positionals } = options(rest, {
          format: { type: 'string' },
          schedules: { type: 'string' },
          seed: { type: 'string' },
          objective: { type: 'string' },
          json: { type: 'boolean' },
        });
        const format = values.format ?? 'auto';
        if (!(LEVEL_FORMATS as readonly string[]).includes(format))
          throw new CliExit(2, `pmo level: --format must be ${LEVEL_FORMATS.join(', ')}, got "${format}"`);
        return levelCommand(io, onePositional(positionals, 'file (or - for standard input)', 'level'), {
          format: format as (typeof LEVEL_FORMATS)[number],
          schedules: parseSchedulesOption(values.schedules),
          seed: parseSeedOption(values.seed),
          objective: parseObjectiveOption(values.objective),
          json: values.json === true,
        });
      }
      case 'allocate': {
        const { values, positionals } = options(rest, {
          from: { type: 'string' },
          to: { type: 'string' },
          format: { type: 'string' },
          'time-limit': { type: 'string' },
          json: { type: 'boolean' },
        });
        return allocateCommand(io, onePositional(positionals, 'file (or - for standard input)', 'allocate'), {
          format: readFormat('allocate', values.format, 'allocation'),
          from: values.from,
          to: values.to,
          timeLimit: readTimeLimit('allocate', values['time-limit']),
          json: values.json === true,
        }).catch((err: unknown) => failure(err, command, io));
      }
      case 'select': {
        const { values, positionals } = options(rest, {
          frontier: { type: 'string' },
          budget: { type: 'string' },
          format: { type: 'string' },
          'time-limit': { type: 'string' },
          json: { type: 'boolean' },
        });
        return selectCommand(io, onePositional(positionals, 'file (or - for standard input)', 'select'), {
          format: readFormat('select', values.format, 'selection'),
          frontier: parseFrontierOption(values.frontier),
          budget: parseBudgetOption(values.budget),
          timeLimit: readTimeLimit('select', values['time-limit']),
          json: values.json === true,
        }).catch((err: unknown) => failure(err, command, io));
      }
      case 'prioritize': {
        const { values, positionals } = options(rest, { format: { type: 'string' }, json: { type: 'boolean' } });
        return prioritizeCommand(io, onePositional(positionals, 'file (or - for standard input)', 'prioritize'), {
          format: readFormat('prioritize', values.format, 'prioritization'),
          json: values.json === true,
        });
      }
      case 'schema': {
        const { positionals } = options(rest, {});
        return schemaCommand(io, onePositional(positionals, 'model name', 'schema'));
      }
      default:
        throw new CliExit(2, `pmo: unknown command "${command}"\nRun "pmo help" for usage.`);
    }
  } catch (err) {
    return failure(err, command, io);
  }
}
