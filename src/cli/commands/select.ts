import type { SelectionProblem } from '../../model/selection.js';
import { safeParseSelectionProblem } from '../../model/parse-optimization.js';
import { efficientFrontier } from '../../portfolio/efficientFrontier.js';
import { selectProjects } from '../../portfolio/selectProjects.js';
import type { FrontierPoint, SelectProjectsResult } from '../../portfolio/selectionTypes.js';
import { pushAll } from '../../internal/bulk.js';
import type { CommandContext, CommandSpec } from '../command.js';
import { JSON_FLAG, booleanFlag, parseDate, stringFlag } from '../flags.js';
import { table } from '../format.js';
import { CliExit, printJson, type CliIo } from '../io.js';
import { fmt, money, readFormat, readProblemInput, readTimeLimit, type ProblemFormat } from './problemInput.js';

/** Options of `pmo select`. */
export interface SelectCommandOptions {
  readonly format: ProblemFormat;
  readonly frontier: { readonly min: number; readonly max: number; readonly step: number } | undefined;
  readonly budget: number | undefined;
  readonly timeLimit: number | undefined;
  readonly json: boolean;
}

/** Reads `--frontier MIN:MAX:STEP`. */
export function parseFrontierOption(value: string | undefined): SelectCommandOptions['frontier'] {
  if (value === undefined) return undefined;
  const parts = value.split(':').map(Number);
  if (parts.length !== 3 || parts.some((n) => !Number.isFinite(n) || n < 0) || !(parts[2]! > 0) || parts[1]! < parts[0]!)
    throw new CliExit(2, `pmo select: --frontier must be MIN:MAX:STEP with 0 <= MIN <= MAX and STEP > 0, got "${value}"`);
  return { min: parts[0]!, max: parts[1]!, step: parts[2]! };
}

/** Reads `--budget` (portfolios). */
export function parseBudgetOption(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!(Number.isFinite(n) && n >= 0)) throw new CliExit(2, `pmo select: --budget must be a number >= 0, got "${value}"`);
  return n;
}

/**
 * `pmo select <file|-> [--frontier MIN:MAX:STEP] [--budget N] [--format auto|portfolio|selection]
 * [--time-limit S] [--json]`: exact project selection of a selection problem file or of a
 * portfolio (its proposed and approved projects; `--budget` required), or the efficient frontier.
 * `--json` prints the {@link SelectProjectsResult}, or `{ "frontier": [points] }`. Exit 0 on success,
 * 2 on a bad file, usage or infeasible constraints.
 */
export async function runSelect(io: CliIo, file: string, options: SelectCommandOptions): Promise<number> {
  const input = readProblemInput<SelectionProblem>(io, file, 'select', 'selection problem', options.format, safeParseSelectionProblem);
  if (input.kind === 'problem' && options.budget !== undefined) throw new CliExit(2, 'pmo select: --budget applies to portfolios only (a selection file states its budget)');
  const data = input.kind === 'portfolio' ? input.portfolio : input.problem;
  const timeLimit = options.timeLimit !== undefined ? { timeLimit: options.timeLimit } : {};
  if (options.frontier !== undefined) {
    const points = await efficientFrontier(data, { ...options.frontier, ...timeLimit });
    if (options.json) printJson(io, { frontier: points });
    else io.out(`${frontierReport(points).join('\n')}\n`);
    return 0;
  }
  if (input.kind === 'portfolio' && options.budget === undefined) throw new CliExit(2, 'pmo select: a portfolio needs --budget N (or use --frontier MIN:MAX:STEP)');
  const result = await selectProjects(data, { ...(options.budget !== undefined ? { budget: options.budget } : {}), ...timeLimit });
  if (options.json) printJson(io, result);
  else io.out(`${selectionReport(result).join('\n')}\n`);
  return 0;
}

/** The readable selection. */
export function selectionReport(r: SelectProjectsResult): string[] {
  const out = [
    `Selected ${r.selected.length} project${r.selected.length === 1 ? '' : 's'}: ${r.selected.join(', ') || 'none'}`,
    `Value ${money(r.value)}, cost ${money(r.cost)}${r.costByPeriod !== undefined ? ` (per period: ${r.costByPeriod.map(money).join(' / ')})` : ''} (${r.optimal ? 'proven optimal' : `not proven optimal: bound ${money(r.bound ?? NaN)}`})`,
  ];
  if (r.capacityUsed !== undefined) out.push(`Capacity used: ${Object.entries(r.capacityUsed).map(([k, v]) => `${k} ${fmt(v)}`).join(', ')}`);
  out.push('', 'Binding constraints (the value reachable without each)');
  if (r.binding.length === 0) out.push('  none');
  else
    pushAll(
      out,
      table(
        ['constraint', 'used', 'limit', 'value without', 'gain'],
        r.binding.map((b) => [b.constraint, b.used !== undefined ? money(b.used) : '', b.limit !== undefined ? money(b.limit) : '', `${money(b.valueWithout)}${b.proven ? '' : ' (at least)'}`, money(b.valueWithout - r.value)]),
        { align: ['left', 'right', 'right', 'right', 'right'] },
      ),
    );
  if (r.unservedObjectives !== undefined) out.push('', `Strategic objectives no selected project serves: ${r.unservedObjectives.join(', ') || 'none'}`);
  return out;
}

/** The readable frontier. */
export function frontierReport(points: readonly FrontierPoint[]): string[] {
  return [
    'Efficient frontier (best value per budget level)',
    ...table(
      ['budget', 'value', 'cost', 'selected'],
      points.map((p) => [money(p.budget), p.value === null ? 'infeasible' : `${money(p.value)}${p.optimal ? '' : ' (not proven)'}`, p.cost === null ? '' : money(p.cost), p.selected.join(' ')]),
      { align: ['right', 'right', 'right', 'left'] },
    ),
  ];
}

/** `pmo select`: the best subset of projects within budgets and capacities, proven optimal. */
export const selectCommand: CommandSpec = {
  name: 'select',
  summary: 'exact project selection within budgets and capacities (mandatory, requires, excludes), or the efficient frontier',
  usage: '<file|-> [--frontier MIN:MAX:STEP] [--budget N] [--format auto|portfolio|selection] [--time-limit S] [--json]',
  positionals: { min: 1, max: 1, what: 'file (or - for standard input)' },
  flags: {
    frontier: { type: 'string', value: 'MIN:MAX:STEP', description: 'the best value at each budget from MIN to MAX by STEP, with the selection at each' },
    budget: { type: 'string', value: 'N', description: "portfolios: the budget for the proposed and approved projects (a selection file states its own)" },
    format: { type: 'string', value: 'F', description: 'auto (default), portfolio, or selection (a selection problem file)' },
    'time-limit': { type: 'string', value: 'S', description: 'seconds the MIP solver may spend (default 10); beyond it the answer says optimal: false' },
    json: JSON_FLAG,
  },
  examples: [
    { command: 'pmo select candidates.json', description: 'a selection problem file: selected projects, value, cost and binding constraints' },
    { command: 'pmo select examples/data/sample-portfolio.json --budget 2000000', description: "the sample's candidate projects under a budget" },
    { command: 'pmo select candidates.json --frontier 0:1000000:100000 --json', description: 'the efficient frontier as JSON' },
  ],
  notes: ['See docs/portfolio.md for the file format and the formulation.'],
  run: (ctx: CommandContext) =>
    runSelect(ctx.io, ctx.positionals[0]!, {
      format: readFormat('select', stringFlag(ctx, 'format'), 'selection'),
      frontier: parseFrontierOption(stringFlag(ctx, 'frontier')),
      budget: parseBudgetOption(stringFlag(ctx, 'budget')),
      timeLimit: readTimeLimit('select', stringFlag(ctx, 'time-limit')),
      json: booleanFlag(ctx, 'json'),
    }),
};
