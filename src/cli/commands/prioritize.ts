import type { PrioritizationProblem } from '../../model/prioritization.js';
import { safeParsePrioritizationProblem } from '../../model/parse-optimization.js';
import type { PrioritizeProjectsResult } from '../../portfolio/prioritizationTypes.js';
import { prioritizeProjects } from '../../portfolio/prioritizeProjects.js';
import { pushAll } from '../../internal/bulk.js';
import type { CommandContext, CommandSpec } from '../command.js';
import { JSON_FLAG, booleanFlag, parseDate, stringFlag } from '../flags.js';
import { table } from '../format.js';
import { printJson, type CliIo } from '../io.js';
import { fmt, money, readFormat, readProblemInput, type ProblemFormat } from './problemInput.js';

/** Options of `pmo prioritize`. */
export interface PrioritizeCommandOptions {
  readonly format: ProblemFormat;
  readonly json: boolean;
}

/**
 * `pmo prioritize <file|-> [--format auto|portfolio|prioritization] [--json]`: weighted scoring
 * (or AHP) ranking of a prioritization problem file or of a portfolio's projects. `--json` prints
 * the {@link PrioritizeProjectsResult}. Exit 0 on success, 2 on a bad file or usage.
 */
export function runPrioritize(io: CliIo, file: string, options: PrioritizeCommandOptions): number {
  const input = readProblemInput<PrioritizationProblem>(io, file, 'prioritize', 'prioritization problem', options.format, safeParsePrioritizationProblem);
  const result = prioritizeProjects(input.kind === 'portfolio' ? input.portfolio : input.problem);
  if (options.json) printJson(io, result);
  else io.out(`${prioritizationReport(result).join('\n')}\n`);
  return 0;
}

/** The readable ranking: weights, consistency, ranking with contributions, financial measures. */
export function prioritizationReport(r: PrioritizeProjectsResult): string[] {
  const ids = Object.keys(r.weights);
  const pct = (x: number) => `${fmt(x * 100)} %`;
  const out = [`Criteria weights (${r.method === 'ahp' ? 'AHP, principal eigenvector' : 'given, normalized'}): ${ids.map((id) => `${id} ${pct(r.weights[id]!)}`).join(', ')}`];
  if (r.ahp !== undefined)
    out.push(
      `Consistency: lambda max ${r.ahp.lambdaMax.toFixed(3)}, CI ${r.ahp.consistencyIndex.toFixed(3)}, RI ${r.ahp.randomIndex}, CR ${r.ahp.consistencyRatio.toFixed(3)} (${r.ahp.consistent ? 'consistent' : 'INCONSISTENT: CR above 0.1, review the comparisons'})`,
    );
  const finance = r.ranking.some((p) => p.npv !== undefined || p.irr !== undefined);
  out.push('');
  pushAll(
    out,
    table(
      ['rank', 'project', 'score', ...ids, ...(finance ? ['NPV', 'IRR', 'payback'] : [])],
      r.ranking.map((p) => [
        String(p.rank),
        p.projectId,
        p.score.toFixed(3),
        ...ids.map((id) => p.contributions[id]!.toFixed(3)),
        ...(finance
          ? [p.npv !== undefined ? money(p.npv) : '', p.irr === undefined ? '' : p.irr === null ? '-' : pct(p.irr), p.discountedPayback === undefined ? '' : p.discountedPayback === null ? 'never' : fmt(p.discountedPayback)]
          : []),
      ]),
      { align: ['right', 'left', 'right', ...ids.map(() => 'right' as const), 'right', 'right', 'right'] },
    ),
  );
  out.push(
    '',
    'Score = Σ weight × normalized value (1 = best project on the criterion); the criterion columns are the contributions.',
  );
  if (r.unservedObjectives !== undefined) out.push(`Strategic objectives no project serves: ${r.unservedObjectives.join(', ') || 'none'}`);
  return out;
}

/** `pmo prioritize`: projects ranked by weighted criteria or AHP, with each criterion's contribution. */
export const prioritizeCommand: CommandSpec = {
  name: 'prioritize',
  summary: 'rank projects: weighted scoring or AHP weights (with the consistency ratio), strategic alignment, NPV and IRR',
  usage: '<file|-> [--format auto|portfolio|prioritization] [--json]',
  positionals: { min: 1, max: 1, what: 'file (or - for standard input)' },
  flags: {
    format: { type: 'string', value: 'F', description: 'auto (default), portfolio, or prioritization (a prioritization problem file)' },
    json: JSON_FLAG,
  },
  examples: [
    { command: 'pmo prioritize examples/data/sample-portfolio.json', description: "the sample's projects ranked by alignment and financial value" },
    { command: 'pmo prioritize criteria.json --json', description: 'a prioritization problem file, as JSON' },
  ],
  notes: ['See docs/portfolio.md for the criteria, AHP and the financial measures.'],
  run: (ctx: CommandContext) =>
    runPrioritize(ctx.io, ctx.positionals[0]!, {
      format: readFormat('prioritize', stringFlag(ctx, 'format'), 'prioritization'),
      json: booleanFlag(ctx, 'json'),
    }),
};
