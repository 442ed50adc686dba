import { earnedValueAnalysis } from '../../performance/earnedValueAnalysis.js';
import type { EvPeriodUnit } from '../../performance/analysisTypes.js';
import type { CommandContext, CommandSpec } from '../command.js';
import { FORMAT_FLAG, JSON_FLAG, PROJECT_FLAG, booleanFlag, parseChoice, parseDate, parseFormat, stringFlag } from '../flags.js';
import { findProject, inFile, inputPortfolio, readInputFile } from '../input.js';
import { printJson } from '../io.js';
import { forecastTable, performanceTable, scheduleTable, seriesTable } from '../output/evmTables.js';

/** `pmo evm`: earned value and earned schedule of a portfolio or project at a status date. */
export const evmCommand: CommandSpec = {
  name: 'evm',
  summary: 'earned value and earned schedule: PV, EV, AC, SPI, CPI, EAC, TCPI, SPI(t) and the forecast finish, per project and for the portfolio',
  usage: '<file|-> [--project ID] [--status-date YYYY-MM-DD] [--by day|week|month] [--format F] [--json]',
  positionals: { min: 1, max: 1, what: 'file (or - for standard input)' },
  flags: {
    project: { ...PROJECT_FLAG, description: 'analyse this project alone (default: every project, and the portfolio total)' },
    'status-date': { type: 'string', value: 'YYYY-MM-DD', description: 'status date (default: the latest status report or actual date in the file)' },
    by: { type: 'string', value: 'day|week|month', description: 'periods of the S-curve: working day, ISO week or calendar month (default)' },
    format: FORMAT_FLAG,
    json: JSON_FLAG,
  },
  examples: [
    { command: 'pmo evm examples/data/sample-portfolio.json', description: 'every project of the sample at its latest status date, and the portfolio' },
    { command: 'pmo evm examples/data/sample-portfolio.json --project wms --by week', description: 'one project, its S-curve by ISO week' },
    { command: 'pmo evm portfolio.json --status-date 2026-03-31 --json', description: 'the whole analysis as JSON at an earlier status date' },
  ],
  notes: [
    'PV comes from the baseline (else the schedule without progress), EV from percent complete and',
    'each task\'s evRule, AC from actual costs; a project with no task progress uses its status',
    'reports. Rules and edge cases: docs/performance-control.md. JSON fields: docs/cli.md.',
  ],
  run: runEvm,
};

function runEvm(ctx: CommandContext): number {
  const by = parseChoice<EvPeriodUnit>(ctx, 'by', ['day', 'week', 'month'], 'month');
  const statusDate = parseDate(ctx, 'status-date');
  const input = readInputFile(ctx, ctx.positionals[0]!, parseFormat(ctx), ['portfolio', 'mspdi']);
  const portfolio = inputPortfolio(ctx, input);
  const projectId = stringFlag(ctx, 'project');
  if (projectId !== undefined) findProject(ctx, input, portfolio, projectId);
  const a = inFile(ctx, input.name, () =>
    earnedValueAnalysis(portfolio, { by, ...(statusDate !== undefined ? { statusDate } : {}), ...(projectId !== undefined ? { projectId } : {}) }),
  );
  for (const w of a.warnings) ctx.io.err(`pmo evm: ${input.name}: warning: ${w}\n`);
  for (const p of a.projects) for (const w of p.warnings) ctx.io.err(`pmo evm: ${input.name}: warning: project ${p.projectId}: ${w}\n`);
  if (booleanFlag(ctx, 'json')) {
    printJson(ctx.io, a);
    return 0;
  }
  const curveOf = a.portfolio !== null ? { title: `portfolio "${portfolio.name}"`, series: a.portfolio.series } : { title: `project ${a.projects[0]!.projectId}`, series: a.projects[0]!.series };
  const out = [
    `${input.name}: earned value at the status date ${a.statusDate}${a.currency !== null ? `, amounts in ${a.currency}` : ''}`,
    '',
    'Performance (cumulative at the data date):',
    ...performanceTable(a),
    '',
    'Forecasts (EAC by method; ETC, VAC of BAC/CPI; TCPI against BAC and EAC):',
    ...forecastTable(a),
    '',
    'Earned schedule (working days; forecast finish = plan start + IEAC(t) on the project calendar):',
    ...scheduleTable(a),
    '',
    `S-curve of ${curveOf.title} by ${by} (per period, then cumulative):`,
    ...seriesTable(a, curveOf.series),
  ];
  ctx.io.out(`${out.join('\n')}\n`);
  return 0;
}
