/** The help texts, generated from the command specs. */
import { HELP_FLAG } from './args.js';
import type { CommandSpec, FlagSpec } from './command.js';
import { VERSION } from './version.js';

const EXIT_CODES = 'Exit codes: 0 success; 1 a --fail-on condition was found (or an internal error); 2 bad usage or invalid input.';

/** `pmo --help`: every command with its summary. */
export function mainHelp(commands: readonly CommandSpec[]): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  const lines = [
    `pmo ${VERSION}: what a Project Management Office knows and does, from the command line`,
    '',
    'Usage: pmo <command> [arguments] [options]',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Run "pmo <command> --help" for a command’s options and examples; "pmo --version" for the version.',
    'Files: "-" reads standard input; --format auto tells JSON, MS Project XML, PSPLIB and MPLIB apart.',
    EXIT_CODES,
    'Documentation: docs/cli.md',
  ];
  return `${lines.join('\n')}\n`;
}

/** `pmo <command> --help`: its usage, options and examples. */
export function commandHelp(spec: CommandSpec): string {
  const flags: [string, FlagSpec][] = [...Object.entries(spec.flags), ['help', HELP_FLAG]];
  const names = flags.map(([name, f]) => `${f.short === undefined ? '    ' : `-${f.short}, `}--${name}${f.value === undefined ? '' : ` ${f.value}`}`);
  const width = Math.max(...names.map((n) => n.length));
  const lines = [
    `pmo ${spec.name}: ${spec.summary}`,
    '',
    'Usage:',
    `  pmo ${spec.name} ${spec.usage}`.trimEnd(),
    '',
    'Options:',
    ...flags.map(([, f], i) => `  ${names[i]!.padEnd(width)}  ${f.description}`),
    '',
    'Examples:',
    ...spec.examples.flatMap((e) => [`  ${e.command}`, `      ${e.description}`]),
    ...(spec.notes === undefined ? [] : ['', ...spec.notes]),
    '',
    EXIT_CODES,
  ];
  return `${lines.join('\n')}\n`;
}
