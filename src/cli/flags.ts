/**
 * The options several commands share (`--format`, `--json`, `--lang`, `--project`, leveling,
 * `--fail-on`) and the parsers of option values (choices, integers, numbers, dates). Every bad
 * value exits 2 with `pmo <command>: --<option> must be …, got "<value>"`.
 */
import { dayNumber } from '../internal/dates.js';
import type { Lang } from '../org/types.js';
import type { RcpspObjective } from '../resources/rcpspTypes.js';
import type { CommandContext, FlagSpec } from './command.js';
import { CliExit } from './io.js';

/** `--json`. */
export const JSON_FLAG: FlagSpec = { type: 'boolean', description: 'print one JSON object instead of text (fields: docs/cli.md)' };
/** `--lang en|zh`. */
export const LANG_FLAG: FlagSpec = { type: 'string', value: 'en|zh', description: 'language of the text: en (default) or zh' };
/** `--project ID`. */
export const PROJECT_FLAG: FlagSpec = { type: 'string', value: 'ID', description: 'the project to work on, by id' };

/** The values of `--format`. */
export const FORMAT_CHOICES = ['auto', 'portfolio', 'mspdi', 'psplib', 'rcmp'] as const;
/** A value of `--format`. */
export type FormatChoice = (typeof FORMAT_CHOICES)[number];
/** `--format auto|portfolio|mspdi|psplib|rcmp`. */
export const FORMAT_FLAG: FlagSpec = {
  type: 'string',
  value: 'F',
  description: 'input format: auto (default: told from the content), portfolio (pmo-kit JSON), mspdi (MS Project XML), psplib (.sm) or rcmp (MPLIB)',
};
/** `--start DATE`, the calendar day of period 0 of a PSPLIB or MPLIB instance. */
export const START_FLAG: FlagSpec = { type: 'string', value: 'DATE', description: 'PSPLIB and MPLIB files: the date of period 0 (default 1970-01-01; every day works)' };

/** The options of leveling (`pmo level`, and `--leveled` elsewhere). */
export const LEVELING_FLAGS: Readonly<Record<string, FlagSpec>> = {
  schedules: { type: 'string', value: 'N', description: 'leveling: complete schedules to generate (default 5000)' },
  seed: { type: 'string', value: 'S', description: 'leveling: seed of the search, an integer (default 1); the same seed gives the same result' },
  objective: { type: 'string', value: 'makespan|delay', description: 'leveling: finish the portfolio early (makespan, default) or the least average project delay (delay)' },
};

/** `a, b or c`. */
export function orList(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]!}`;
}

function bad(ctx: CommandContext, name: string, what: string, value: string): never {
  throw new CliExit(2, `pmo ${ctx.command}: --${name} must be ${what}, got ${JSON.stringify(value)}`);
}

/** The value of a required string option; exit 2 when it is missing. */
export function requiredFlag(ctx: CommandContext, name: string, value: string): string {
  const v = stringFlag(ctx, name);
  if (v === undefined) throw new CliExit(2, `pmo ${ctx.command}: --${name} ${value} is required; run "pmo ${ctx.command} --help" for its options`);
  return v;
}

/** The value of a string option, or `undefined` when it is not given. */
export function stringFlag(ctx: CommandContext, name: string): string | undefined {
  const v = ctx.values[name];
  return typeof v === 'string' ? v : undefined;
}

/** Whether a boolean option is given. */
export function booleanFlag(ctx: CommandContext, name: string): boolean {
  return ctx.values[name] === true;
}

/** The value of an option that takes one of `choices`; `fallback` when it is not given. */
export function parseChoice<T extends string>(ctx: CommandContext, name: string, choices: readonly T[], fallback: T): T {
  const v = stringFlag(ctx, name);
  if (v === undefined) return fallback;
  if ((choices as readonly string[]).includes(v)) return v as T;
  return bad(ctx, name, orList(choices), v);
}

/** `--lang`: `en` (default) or `zh`. */
export function parseLang(ctx: CommandContext): Lang {
  return parseChoice<Lang>(ctx, 'lang', ['en', 'zh'], 'en');
}

/** `--format`: one of {@link FORMAT_CHOICES}, default `auto`. */
export function parseFormat(ctx: CommandContext): FormatChoice {
  return parseChoice(ctx, 'format', FORMAT_CHOICES, 'auto');
}

/** Bounds and default of an integer option. */
export interface IntegerRange {
  /** Least value allowed. Default: none. */
  readonly min?: number;
  /** Largest value allowed. Default: `Number.MAX_SAFE_INTEGER`. */
  readonly max?: number;
}

/** What an integer option must be, in words (`a positive integer`, `an integer from 0 to 10`). */
function integerWords(min: number | undefined, max: number | undefined): string {
  const upTo = max === undefined ? '' : ` up to ${max}`;
  if (min === 1) return `a positive integer${upTo}`;
  if (min === 0) return `an integer >= 0${upTo}`;
  if (min === undefined) return max === undefined ? 'an integer' : `an integer <= ${max}`;
  return `an integer from ${min}${max === undefined ? '' : ` to ${max}`}`;
}

/** An integer option (decimal digits, an optional sign); `fallback` when it is not given. */
export function parseInteger(ctx: CommandContext, name: string, fallback: number, range?: IntegerRange): number;
export function parseInteger(ctx: CommandContext, name: string, fallback: undefined, range?: IntegerRange): number | undefined;
export function parseInteger(ctx: CommandContext, name: string, fallback: number | undefined, range: IntegerRange = {}): number | undefined {
  const v = stringFlag(ctx, name);
  if (v === undefined) return fallback;
  const n = Number(v);
  const { min, max } = range;
  if (!/^[+-]?\d+$/.test(v.trim()) || !Number.isSafeInteger(n) || (min !== undefined && n < min) || (max !== undefined && n > max))
    return bad(ctx, name, integerWords(min, max), v);
  return n;
}

/** A number option (finite, at least `min` when given); `fallback` when it is not given. */
export function parseNumber(ctx: CommandContext, name: string, fallback: number, min?: number): number;
export function parseNumber(ctx: CommandContext, name: string, fallback: undefined, min?: number): number | undefined;
export function parseNumber(ctx: CommandContext, name: string, fallback: number | undefined, min?: number): number | undefined {
  const v = stringFlag(ctx, name);
  if (v === undefined) return fallback;
  const n = Number(v);
  if (v.trim() === '' || !Number.isFinite(n) || (min !== undefined && n < min)) return bad(ctx, name, min === undefined ? 'a number' : `a number >= ${min}`, v);
  return n;
}

/** A date option (`YYYY-MM-DD`, a day that exists); `undefined` when it is not given. */
export function parseDate(ctx: CommandContext, name: string): string | undefined {
  const v = stringFlag(ctx, name);
  if (v === undefined) return undefined;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) return bad(ctx, name, 'a date as YYYY-MM-DD', v);
  if (dayNumber(v) === undefined) return bad(ctx, name, 'a date that exists', v);
  return v;
}

/** The leveling options read from {@link LEVELING_FLAGS}. */
export interface LevelingFlags {
  readonly schedules: number;
  readonly seed: number;
  readonly objective: RcpspObjective;
}

/** Reads `--schedules` (default 5000), `--seed` (default 1) and `--objective` (default makespan). */
export function parseLevelingFlags(ctx: CommandContext): LevelingFlags {
  return {
    schedules: parseInteger(ctx, 'schedules', 5000, { min: 1, max: 1_000_000_000 }),
    seed: parseInteger(ctx, 'seed', 1),
    objective: parseChoice<RcpspObjective>(ctx, 'objective', ['makespan', 'delay'], 'makespan'),
  };
}

/** `--fail-on` with its conditions (name: what it fails on). */
export function failOnFlag(conditions: Readonly<Record<string, string>>): FlagSpec {
  const list = Object.entries(conditions).map(([k, v]) => `${k} = ${v}`);
  const several = list.length > 1 ? ' (one or more, comma-separated)' : '';
  return { type: 'string', value: Object.keys(conditions).join(','), description: `exit 1 if the analysis finds${several}: ${list.join('; ')}` };
}

/** Reads `--fail-on` (a comma-separated list of `conditions`): the set asked for (empty when not given). */
export function parseFailOn(ctx: CommandContext, conditions: readonly string[]): ReadonlySet<string> {
  const v = stringFlag(ctx, 'fail-on');
  if (v === undefined) return new Set();
  const asked = v.split(',').map((s) => s.trim());
  for (const c of asked) if (!conditions.includes(c)) bad(ctx, 'fail-on', `a comma-separated list of ${orList(conditions)}`, v);
  return new Set(asked);
}

/**
 * The exit code after an analysis ran: 1 when one of the conditions asked for by `--fail-on` was
 * found (each named on standard error), else 0.
 *
 * @param found - for each condition found, a description of what was found
 */
export function failOnExit(ctx: CommandContext, failOn: ReadonlySet<string>, found: Readonly<Record<string, string | undefined>>): number {
  let code = 0;
  for (const c of failOn) {
    const what = found[c];
    if (what === undefined) continue;
    ctx.io.err(`pmo ${ctx.command}: --fail-on ${c}: ${what}\n`);
    code = 1;
  }
  return code;
}
