import type { AllocationProblem } from '../../model/allocation.js';
import { safeParseAllocationProblem } from '../../model/parse-optimization.js';
import { allocateResources } from '../../portfolio/allocateResources.js';
import type { AllocateResourcesResult } from '../../portfolio/allocationTypes.js';
import { pushAll } from '../../internal/bulk.js';
import type { CommandContext, CommandSpec } from '../command.js';
import { JSON_FLAG, booleanFlag, parseDate, stringFlag } from '../flags.js';
import { table } from '../format.js';
import { CliExit, printJson, type CliIo } from '../io.js';
import { fmt, money, readFormat, readProblemInput, readTimeLimit, type ProblemFormat } from './problemInput.js';

/** Options of `pmo allocate`. */
export interface AllocateCommandOptions {
  readonly format: ProblemFormat;
  readonly from: string | undefined;
  readonly to: string | undefined;
  readonly timeLimit: number | undefined;
  readonly json: boolean;
}

/**
 * `pmo allocate <file|-> [--from DATE --to DATE] [--format auto|portfolio|allocation]
 * [--time-limit S] [--json]`: skill-based allocation of an allocation problem file or of a
 * portfolio's shared people to its projects in a window. `--json` prints the
 * {@link AllocateResourcesResult}. Exit 0 on success, 2 on a bad file or usage.
 */
export async function runAllocate(io: CliIo, file: string, options: AllocateCommandOptions): Promise<number> {
  const input = readProblemInput<AllocationProblem>(io, file, 'allocate', 'allocation problem', options.format, safeParseAllocationProblem);
  if ((options.from === undefined) !== (options.to === undefined)) throw new CliExit(2, 'pmo allocate: give both --from and --to, or neither');
  if (input.kind === 'problem' && options.from !== undefined) throw new CliExit(2, 'pmo allocate: --from and --to apply to portfolios only');
  const result = await allocateResources(input.kind === 'portfolio' ? input.portfolio : input.problem, {
    ...(options.from !== undefined && options.to !== undefined ? { from: options.from, to: options.to } : {}),
    ...(options.timeLimit !== undefined ? { timeLimit: options.timeLimit } : {}),
  });
  if (options.json) printJson(io, result);
  else io.out(`${allocationReport(result).join('\n')}\n`);
  return 0;
}

/** The readable plan: header, assignments, unmet demand, utilization, shadow prices. */
export function allocationReport(r: AllocateResourcesResult): string[] {
  const out: string[] = [];
  if (r.window !== undefined) out.push(`Planning window ${r.window.from} – ${r.window.to} (hours valued by ${r.value === 'priority' ? 'project priority' : 'expected value'})`);
  const proof = r.optimal ? 'proven optimal' : `not proven optimal: bound ${money(r.bound ?? NaN)}, gap at most ${fmt((r.gap ?? NaN) * 100)} %`;
  out.push(`Objective ${money(r.objective)} (${proof}; ${r.method === 'mip' ? 'MIP, HiGHS' : 'transportation problem, network simplex'})`);
  out.push('', 'Assignments');
  if (r.assignments.length === 0) out.push('  none');
  else
    pushAll(
      out,
      table(
        ['person', 'project', 'skill', 'demand', 'hours'],
        r.assignments.map((a) => [a.personId, a.projectId, a.skill, a.demandId, fmt(a.hours)]),
        { align: ['left', 'left', 'left', 'left', 'right'] },
      ),
    );
  out.push('', 'Unmet demand');
  if (r.unmet.length === 0) out.push('  none');
  else {
    pushAll(
      out,
      table(
        ['project', 'skill', 'demand', 'hours', 'reason'],
        r.unmet.map((u) => [u.projectId, u.skill, u.demandId, fmt(u.hours), u.reason]),
        { align: ['left', 'left', 'left', 'right', 'left'] },
      ),
    );
    const bySkill = new Map<string, number>();
    for (const u of r.unmet) bySkill.set(u.skill, (bySkill.get(u.skill) ?? 0) + u.hours);
    out.push(`  per skill: ${[...bySkill].map(([s, h]) => `${s} ${fmt(h)} h`).join(', ')}`);
  }
  out.push('', 'Utilization');
  pushAll(
    out,
    table(
      ['person', 'used', ...(r.committed !== undefined ? ['booked by name (h)'] : [])],
      Object.entries(r.utilization).map(([id, u]) => [id, `${fmt(u * 100)} %`, ...(r.committed !== undefined ? [fmt(r.committed[id] ?? 0)] : [])]),
      { align: ['left', 'right', 'right'] },
    ),
  );
  if (r.shadowPrices !== undefined) {
    out.push('', 'Value of one more hour per skill (shadow price)');
    const prices = Object.entries(r.shadowPrices).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    if (prices.length === 0) out.push('  no demand');
    else pushAll(out, table(['skill', 'per hour'], prices.map(([s, v]) => [s, money(v)]), { align: ['left', 'right'] }));
    out.push(`Bottleneck skill: ${r.bottleneck ?? 'none (every skill has spare qualified hours)'}`);
  }
  return out;
}

/** `pmo allocate`: who works on which demand, exactly (a transportation problem, or a MIP with limits). */
export const allocateCommand: CommandSpec = {
  name: 'allocate',
  summary: 'skill-based allocation of people to demands: provably optimal hours, unmet demand and the bottleneck skill',
  usage: '<file|-> [--from DATE --to DATE] [--format auto|portfolio|allocation] [--time-limit S] [--json]',
  positionals: { min: 1, max: 1, what: 'file (or - for standard input)' },
  flags: {
    from: { type: 'string', value: 'DATE', description: 'portfolios: first day of the window (default: the day after the latest status report)' },
    to: { type: 'string', value: 'DATE', description: 'portfolios: last day of the window (default: three months after --from)' },
    format: { type: 'string', value: 'F', description: 'auto (default), portfolio, or allocation (an allocation problem file)' },
    'time-limit': { type: 'string', value: 'S', description: 'seconds the MIP solver may spend when limits make it a MIP (default 10)' },
    json: JSON_FLAG,
  },
  examples: [
    { command: 'pmo allocate examples/data/sample-portfolio.json', description: "the sample's shared pool over the three months after its status date" },
    { command: 'pmo allocate problem.json --json', description: 'an allocation problem file (people, demands, options), as JSON' },
  ],
  notes: ['Without --json it prints the plan, the unmet demand and the marginal value of each skill. See docs/portfolio.md.'],
  run: (ctx: CommandContext) =>
    runAllocate(ctx.io, ctx.positionals[0]!, {
      format: readFormat('allocate', stringFlag(ctx, 'format'), 'allocation'),
      from: parseDate(ctx, 'from'),
      to: parseDate(ctx, 'to'),
      timeLimit: readTimeLimit('allocate', stringFlag(ctx, 'time-limit')),
      json: booleanFlag(ctx, 'json'),
    }),
};
