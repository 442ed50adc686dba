/**
 * Reading the file a command works on, in every format pmo-kit reads: a portfolio JSON file (or
 * one project), MS Project XML (MSPDI), a PSPLIB `.sm` or an MPLIB `.rcmp` file. One helper for
 * every command, so that each accepts each format it can meaningfully use.
 */
import { basename, extname } from 'node:path';
import { PmoError, formatPath, type ValidationIssue } from '../errors.js';
import { detectFormat, type FileFormat } from '../io/detectFormat.js';
import { psplibToPortfolio } from '../io/psplibToPortfolio.js';
import { rcmpToPortfolio } from '../io/rcmpToPortfolio.js';
import { readMspdi } from '../io/readMspdi.js';
import { readPsplib, type PsplibInstance } from '../io/readPsplib.js';
import { readRcmp, type RcmpInstance } from '../io/readRcmp.js';
import { safeParseOwnedPortfolio, safeParseOwnedProject } from '../model/parseOwned.js';
import type { Portfolio } from '../model/portfolio.js';
import type { Project } from '../model/project.js';
import type { CommandContext } from './command.js';
import type { FormatChoice } from './flags.js';
import { CliExit, displayName, parseJsonInput, readInput } from './io.js';

/** The content of an input file, read in its format. */
export type InputContent =
  | { readonly format: 'portfolio'; readonly portfolio: Portfolio; /** The file held one project, not a portfolio. */ readonly bareProject: boolean }
  | { readonly format: 'mspdi'; readonly portfolio: Portfolio }
  | { readonly format: 'psplib'; readonly instance: PsplibInstance }
  | { readonly format: 'rcmp'; readonly instance: RcmpInstance };

/** An input file, read. */
export interface InputFile {
  /** The path given (`-` for standard input). */
  readonly path: string;
  /** The name messages use (`standard input` for `-`). */
  readonly name: string;
  /** The file name without folder and extension (`stdin` for standard input): PSPLIB's project id. */
  readonly base: string;
  /** What it holds. */
  readonly content: InputContent;
}

/**
 * Runs `body`; a {@link PmoError} it throws (bad data, a cycle, an unknown id) exits 2 with
 * `pmo <command>: <file>: <message>`.
 */
export function inFile<T>(ctx: CommandContext, name: string, body: () => T): T {
  try {
    return body();
  } catch (err) {
    if (err instanceof PmoError) throw new CliExit(2, `pmo ${ctx.command}: ${name}: ${err.message}`);
    throw err;
  }
}

/** Exit 2 listing validation issues (the first 20), naming the file and what it should be. */
export function invalidInput(ctx: CommandContext, name: string, what: string, issues: readonly ValidationIssue[]): CliExit {
  const lines = issues.slice(0, 20).map((i) => `  ${formatPath(i.path)}: ${i.message} [${i.code}]`);
  if (issues.length > 20) lines.push(`  … and ${issues.length - 20} more (run "pmo validate" for all)`);
  return new CliExit(2, [`pmo ${ctx.command}: ${name} is not a valid ${what}: ${issues.length} issue${issues.length === 1 ? '' : 's'}`, ...lines].join('\n'));
}

/** A portfolio JSON file, or a project JSON file (an object with `tasks` and no `projects`), validated. */
function readPortfolioJson(ctx: CommandContext, text: string, path: string, name: string): InputContent {
  // The parsed input is this function's own: validation may keep parts of it instead of copies.
  const data = parseJsonInput(text, path, ctx.command);
  if (typeof data === 'object' && data !== null && !Array.isArray(data) && !('projects' in data) && 'tasks' in data) {
    const r = safeParseOwnedProject(data);
    if (!r.success) throw invalidInput(ctx, name, 'project', r.error.issues);
    const portfolio: Portfolio = {
      id: r.data.id,
      name: r.data.name,
      calendars: [],
      resources: [],
      pools: [],
      programs: [],
      projects: [r.data],
      crossDependencies: [],
      risks: [],
      statusReports: [],
      baselines: [],
    };
    return { format: 'portfolio', portfolio, bareProject: true };
  }
  const r = safeParseOwnedPortfolio(data);
  if (!r.success) throw invalidInput(ctx, name, 'portfolio', r.error.issues);
  return { format: 'portfolio', portfolio: r.data, bareProject: false };
}

/**
 * Reads the file at `path` (`-`: standard input) in `format` (`auto`: told from the content),
 * accepting only the formats in `accepted`. Exits 2 naming the file when it cannot be read, its
 * format cannot be told or is not accepted, or its content is invalid.
 */
export function readInputFile(ctx: CommandContext, path: string, format: FormatChoice, accepted: readonly FileFormat[] = ['portfolio', 'mspdi', 'psplib', 'rcmp']): InputFile {
  const name = displayName(path);
  const text = readInput(ctx.io, path, ctx.command);
  const kind = format === 'auto' ? detectFormat(text) : format;
  const base = path === '-' ? 'stdin' : basename(path, extname(path));
  const described: Record<FileFormat, string> = {
    portfolio: 'a portfolio JSON',
    mspdi: 'an MS Project XML (MSPDI)',
    psplib: 'a PSPLIB .sm',
    rcmp: 'an MPLIB .rcmp',
  };
  if (kind === undefined || !accepted.includes(kind)) {
    const expected = accepted.map((f) => described[f]);
    const list = expected.length === 1 ? expected[0]! : `${expected.slice(0, -1).join(', ')} or ${expected[expected.length - 1]!}`;
    if (kind === undefined)
      throw new CliExit(2, `pmo ${ctx.command}: cannot tell the format of ${name}: expected ${list} file; use --format ${accepted.join('|')}`);
    throw new CliExit(2, `pmo ${ctx.command}: ${name} is ${described[kind]} file; this command reads ${list} files`);
  }
  const content = inFile<InputContent>(ctx, name, () => {
    switch (kind) {
      case 'portfolio':
        return readPortfolioJson(ctx, text, path, name);
      case 'mspdi':
        return { format: 'mspdi', portfolio: readMspdi(text) };
      // The instance is named by its file name (its project's or portfolio's name); messages add the path.
      case 'psplib':
        return { format: 'psplib', instance: readPsplib(text, { name: path === '-' ? name : basename(path) }) };
      case 'rcmp':
        return { format: 'rcmp', instance: readRcmp(text, { name: path === '-' ? name : basename(path) }) };
    }
  });
  return { path, name, base, content };
}

/** Whether the input counts time in periods (PSPLIB, MPLIB) rather than in dated working days. */
export function isPeriodBased(input: InputFile): boolean {
  return input.content.format === 'psplib' || input.content.format === 'rcmp';
}

/** Options of {@link inputPortfolio}. */
export interface InputPortfolioOptions {
  /** PSPLIB and MPLIB: the date of period 0 (default 1970-01-01). */
  readonly startDate?: string | undefined;
  /** PSPLIB: leave out the due date (the project deadline), as `pmo cpm` schedules the instance. */
  readonly withoutDueDate?: boolean;
}

/**
 * The input as a portfolio: as read for a portfolio or MSPDI file; for a PSPLIB file one project
 * whose id is the file's base name (see `psplibToPortfolio`), for an MPLIB file one project per
 * project of the instance (see `rcmpToPortfolio`), on a calendar where every day works. A
 * `startDate` (`--start`) given for a dated file exits 2 (it would be ignored).
 */
export function inputPortfolio(ctx: CommandContext, input: InputFile, options: InputPortfolioOptions = {}): Portfolio {
  const c = input.content;
  if (options.startDate !== undefined && !isPeriodBased(input))
    throw new CliExit(2, `pmo ${ctx.command}: --start applies only to PSPLIB and MPLIB files; ${input.name} has dates of its own`);
  const start = options.startDate === undefined ? {} : { startDate: options.startDate };
  return inFile(ctx, input.name, () => {
    switch (c.format) {
      case 'portfolio':
      case 'mspdi':
        return c.portfolio;
      case 'psplib':
        return psplibToPortfolio(c.instance, { projectId: input.base, ...start, ...(options.withoutDueDate === true ? { withDeadline: false } : {}) });
      case 'rcmp':
        return rcmpToPortfolio(c.instance, { portfolioId: input.base, ...start });
    }
  });
}

/** The project with the given id, or exit 2 listing the file's projects. */
export function findProject(ctx: CommandContext, input: InputFile, portfolio: Portfolio, id: string): Project {
  const project = portfolio.projects.find((p) => p.id === id);
  if (project !== undefined) return project;
  throw new CliExit(2, `pmo ${ctx.command}: ${input.name} has no project ${JSON.stringify(id)}; its projects: ${portfolio.projects.map((p) => JSON.stringify(p.id)).join(', ') || 'none'}`);
}
