/** Command-line parsing with `node:util` `parseArgs` and clear messages. */
import { parseArgs } from 'node:util';
import type { CommandSpec } from './command.js';
import { CliExit } from './io.js';

/** `--help` and `-h`, added to every command. */
export const HELP_FLAG = { type: 'boolean', short: 'h', description: 'print this help and exit' } as const;

/** Whether the arguments ask for help (`--help` or `-h` before a `--`). */
export function wantsHelp(argv: readonly string[]): boolean {
  for (const a of argv) {
    if (a === '--') return false;
    if (a === '--help' || a === '-h') return true;
  }
  return false;
}

/**
 * Joins a string option and a value that starts with a dash and a digit (`--days -3` becomes
 * `--days=-3`), so that the option's own check names the bad number instead of `parseArgs`
 * calling the value ambiguous.
 */
function joinNegativeValues(spec: CommandSpec, argv: readonly string[]): string[] {
  const takesValue = new Set<string>();
  for (const [name, f] of Object.entries(spec.flags)) {
    if (f.type !== 'string') continue;
    takesValue.add(`--${name}`);
    if (f.short !== undefined) takesValue.add(`-${f.short}`);
  }
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') {
      out.push(...argv.slice(i));
      break;
    }
    const next = argv[i + 1];
    if (takesValue.has(a) && next !== undefined && /^-[\d.]/.test(next)) {
      out.push(`${a}=${next}`);
      i++;
    } else out.push(a);
  }
  return out;
}

/** Turns a `parseArgs` error into a message that names the option and the way out. */
function usageMessage(command: string, err: unknown): string {
  const text = err instanceof Error ? err.message : String(err);
  const code = err instanceof Error && 'code' in err ? String(err.code) : '';
  const option = /(?:option|Option) '([^' ]+)/.exec(text)?.[1];
  const more = `run "pmo ${command} --help" for its options`;
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option !== undefined) return `pmo ${command}: unknown option "${option}"; ${more}`;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option !== undefined) {
    if (/does not take an argument/.test(text)) return `pmo ${command}: ${option} takes no value; ${more}`;
    return `pmo ${command}: ${option} needs a value; ${more}`;
  }
  return `pmo ${command}: ${text.split('\n')[0]}; ${more}`;
}

/**
 * Parses a command's arguments against its spec. Unknown options, missing values and a wrong
 * number of positional arguments exit 2 with a message naming the problem.
 */
export function parseCommandArgs(spec: CommandSpec, argv: readonly string[]): { positionals: string[]; values: Record<string, string | boolean | undefined> } {
  const options: Record<string, { type: 'string' | 'boolean'; short?: string }> = {};
  for (const [name, f] of Object.entries(spec.flags)) options[name] = f.short === undefined ? { type: f.type } : { type: f.type, short: f.short };
  let parsed: { positionals: string[]; values: Record<string, string | boolean | undefined> };
  try {
    parsed = parseArgs({ args: joinNegativeValues(spec, argv), options, allowPositionals: true, strict: true }) as typeof parsed;
  } catch (err) {
    throw new CliExit(2, usageMessage(spec.name, err));
  }
  const { min, max, what } = spec.positionals;
  const n = parsed.positionals.length;
  if (n < min || n > max) {
    const expected = min === max ? `${min === 1 ? 'one' : min} ${what}` : max === 1 ? `at most one ${what}` : `${min} to ${max} ${what}`;
    throw new CliExit(2, `pmo ${spec.name}: expected ${max === 0 ? 'no arguments' : expected}, got ${n === 0 ? 'none' : parsed.positionals.map((p) => JSON.stringify(p)).join(', ')}; usage: pmo ${spec.name} ${spec.usage}`);
  }
  return parsed;
}
