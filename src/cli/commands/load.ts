import type { LoadingPeriodUnit, LoadingSeries } from '../../resources/resourceLoadTypes.js';
import { overallocations } from '../../resources/overallocations.js';
import { resourceLoading } from '../../resources/resourceLoading.js';
import type { CommandContext, CommandSpec } from '../command.js';
import { FORMAT_FLAG, JSON_FLAG, START_FLAG, booleanFlag, failOnExit, failOnFlag, parseChoice, parseDate, parseFailOn, parseFormat } from '../flags.js';
import { table } from '../format.js';
import { inFile, inputPortfolio, readInputFile } from '../input.js';
import { printJson } from '../io.js';
import { LEVELED_FLAGS, chooseSchedule } from '../leveling.js';
import { renameKeys } from '../output/renameKeys.js';

/** The JSON names (docs/cli.md) of the library's period fields. */
const PERIOD_NAMES = { startDate: 'start', endDate: 'end' };

const FAIL_ON = { overallocation: 'a resource, skill or pool asked for more than it can give' };

/** `pmo load`: resource loading and over-allocations. */
export const loadCommand: CommandSpec = {
  name: 'load',
  summary: 'resource loading: demand against capacity per period, and every over-allocation (early or leveled schedule)',
  usage: '<file|-> [--by day|week|month] [--leveled [--schedules N] [--seed S] [--objective O]] [--format F] [--json] [--fail-on overallocation]',
  positionals: { min: 1, max: 1, what: 'file (or - for standard input)' },
  flags: {
    by: { type: 'string', value: 'day|week|month', description: 'period: working day, ISO week (default) or calendar month' },
    ...LEVELED_FLAGS,
    format: FORMAT_FLAG,
    start: START_FLAG,
    json: JSON_FLAG,
    'fail-on': failOnFlag(FAIL_ON),
  },
  examples: [
    { command: 'pmo load examples/data/sample-portfolio.json', description: 'weekly utilization of every resource and pool on the early schedule' },
    { command: 'pmo load examples/data/sample-portfolio.json --leveled --by month', description: 'the same after leveling, by month' },
    { command: 'pmo load portfolio.json --fail-on overallocation', description: 'a CI gate: exit 1 when someone is over-allocated' },
  ],
  notes: ['Text: utilization in % of capacity per period; * marks a period with an over-allocated day.'],
  run: runLoad,
};

function runLoad(ctx: CommandContext): number {
  const failOn = parseFailOn(ctx, Object.keys(FAIL_ON));
  const by = parseChoice<LoadingPeriodUnit>(ctx, 'by', ['day', 'week', 'month'], 'week');
  const start = parseDate(ctx, 'start');
  const input = readInputFile(ctx, ctx.positionals[0]!, parseFormat(ctx));
  const portfolio = inputPortfolio(ctx, input, { startDate: start });
  const chosen = chooseSchedule(ctx, input.name, portfolio);
  const { loading, over } = inFile(ctx, input.name, () => ({
    loading: resourceLoading(portfolio, chosen.schedule, { by }),
    over: overallocations(portfolio, chosen.schedule, { by }),
  }));
  if (booleanFlag(ctx, 'json')) {
    printJson(ctx.io, {
      schedule: chosen.kind,
      by: loading.by,
      calendarId: loading.calendarId,
      start: loading.startDate,
      periods: loading.periods.map((p) => renameKeys(p, PERIOD_NAMES)),
      resources: loading.resources,
      skills: loading.skills,
      pools: loading.pools,
      overallocations: over.map((o) => renameKeys(o, PERIOD_NAMES)),
      warnings: loading.warnings,
    });
  } else {
    const marked = new Set(over.map((o) => `${o.kind}\u0000${o.id}\u0000${o.period}`));
    const series: LoadingSeries[] = [...loading.resources, ...loading.pools];
    const cell = (s: LoadingSeries, i: number): string => {
      const u = s.utilization[i];
      const text = u === null || u === undefined ? (s.demand[i]! > 0 ? 'no cap' : '-') : String(Math.round(u * 100));
      return marked.has(`${s.kind}\u0000${s.id}\u0000${loading.periods[i]!.key}`) ? `${text}*` : text;
    };
    const out = [
      `${input.name}: resource loading by ${by} on the ${chosen.kind === 'early' ? 'early (unleveled)' : `leveled (${chosen.schedule.schedules} schedules, seed ${chosen.schedule.seed})`} schedule, calendar ${loading.calendarId}, from ${loading.startDate}`,
      '',
      `Utilization in % of capacity (${series.length === 0 ? 'no resources' : 'resources, then pools'}; * = over-allocated on some day):`,
      ...table(
        ['period', ...series.map((s) => (s.kind === 'pool' ? `[${s.id}]` : s.id))],
        loading.periods.map((p, i) => [p.key, ...series.map((s) => cell(s, i))]),
        { align: ['left', ...series.map(() => 'right' as const)] },
      ),
      '',
      `Over-allocations (${over.length}):`,
      ...(over.length === 0
        ? ['  none']
        : table(
            ['kind', 'id', 'period', 'days', 'peak', 'capacity', 'excess', 'tasks'],
            over.map((o) => [o.kind, o.id, o.period, String(o.days), String(o.peakDemand), String(o.capacity), String(o.excess), o.tasks.map((t) => t.key).join(', ')]),
            { align: ['left', 'left', 'left', 'right', 'right', 'right', 'right', 'left'] },
          )),
    ];
    for (const w of loading.warnings) ctx.io.err(`pmo load: ${input.name}: warning: ${w}\n`);
    ctx.io.out(`${out.join('\n')}\n`);
  }
  return failOnExit(ctx, failOn, { overallocation: over.length === 0 ? undefined : `${over.length} over-allocation${over.length === 1 ? '' : 's'}, e.g. ${over[0]!.id} in ${over[0]!.period}` });
}
