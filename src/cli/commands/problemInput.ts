/** Reading the input of `pmo allocate`, `pmo select` and `pmo prioritize`: a problem file or a portfolio. */
import { formatPath, type ValidationIssue } from '../../errors.js';
import type { Portfolio } from '../../model/portfolio.js';
import { safeParsePortfolio } from '../../model/parse.js';
import type { SafeParseResult } from '../../model/validate.js';
import { CliExit, parseJsonInput, readInput, type CliIo } from '../io.js';

/** What `--format` accepts: auto, portfolio, or the command's own problem format. */
export type ProblemFormat = 'auto' | 'portfolio' | 'problem';

/** A problem file or a portfolio, validated. */
export type ProblemInput<T> = { readonly kind: 'portfolio'; readonly portfolio: Portfolio } | { readonly kind: 'problem'; readonly problem: T };

/**
 * Reads `file` as a portfolio or as the command's problem format (`auto`: a JSON object with an
 * `id`, a `name` and `projects` holding `tasks` is a portfolio). Invalid files exit 2 listing every
 * issue.
 */
export function readProblemInput<T>(
  io: CliIo,
  file: string,
  command: string,
  what: string,
  format: ProblemFormat,
  parse: (data: unknown) => SafeParseResult<T>,
): ProblemInput<T> {
  const name = file === '-' ? 'standard input' : file;
  const data = parseJsonInput(readInput(io, file, command), file, command);
  const o = typeof data === 'object' && data !== null && !Array.isArray(data) ? (data as Record<string, unknown>) : undefined;
  const looksLikePortfolio =
    o !== undefined &&
    typeof o.id === 'string' &&
    Array.isArray(o.projects) &&
    o.projects.every((p: unknown) => typeof p === 'object' && p !== null && Array.isArray((p as { tasks?: unknown }).tasks));
  if (format === 'portfolio' || (format === 'auto' && looksLikePortfolio)) {
    const r = safeParsePortfolio(data);
    if (!r.success) throw invalid(command, name, 'portfolio', r.error.issues);
    return { kind: 'portfolio', portfolio: r.data };
  }
  const r = parse(data);
  if (!r.success) throw invalid(command, name, what, r.error.issues);
  return { kind: 'problem', problem: r.data };
}

/** Every issue of an invalid file, as an exit 2. */
function invalid(command: string, name: string, what: string, issues: readonly ValidationIssue[]): CliExit {
  const lines = issues.map((i) => `  ${formatPath(i.path)}: ${i.message} [${i.code}]`);
  return new CliExit(2, [`pmo ${command}: ${name} is not a valid ${what}: ${issues.length} issue${issues.length === 1 ? '' : 's'}`, ...lines].join('\n'));
}

/** Reads `--format`: auto, portfolio or the command's problem format name. */
export function readFormat(command: string, value: string | undefined, problemName: string): ProblemFormat {
  if (value === undefined || value === 'auto') return 'auto';
  if (value === 'portfolio') return 'portfolio';
  if (value === problemName) return 'problem';
  throw new CliExit(2, `pmo ${command}: --format must be auto, portfolio or ${problemName}, got "${value}"`);
}

/** Reads `--time-limit` (seconds > 0). */
export function readTimeLimit(command: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!(Number.isFinite(n) && n > 0)) throw new CliExit(2, `pmo ${command}: --time-limit must be a positive number of seconds, got "${value}"`);
  return n;
}

/** A number for tables: up to 2 decimals, no trailing zeros. */
export const fmt = (x: number): string => (Number.isInteger(x) ? String(x) : x.toFixed(2).replace(/\.?0+$/, ''));

/** A money-like number with thousands separators (en-US) and up to 2 decimals. */
export const money = (x: number): string => x.toLocaleString('en-US', { maximumFractionDigits: 2 });
