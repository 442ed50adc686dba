import type { Portfolio } from '../../model/portfolio.js';
import { PmoError } from '../../errors.js';
import { simulateRisk } from '../../risk/simulateRisk.js';
import { simulateRiskParallel, type SimulateRiskParallelOptions } from '../../risk/node/simulateRiskParallel.js';
import type { DurationDistribution, SimulateRiskResult } from '../../risk/simulationTypes.js';
import type { CommandContext, CommandSpec } from '../command.js';
import { JSON_FLAG, PROJECT_FLAG, booleanFlag, parseChoice, parseDate, parseInteger, parseNumber, stringFlag } from '../flags.js';
import { findProject, inFile, readInputFile } from '../input.js';
import { CliExit, printJson } from '../io.js';
import { simulationLines } from '../output/simulationLines.js';

const DISTRIBUTIONS: readonly DurationDistribution[] = ['pert', 'triangular', 'uniform', 'normal', 'lognormal'];

/** `pmo simulate`: Monte Carlo schedule and cost risk analysis. */
export const simulateCommand: CommandSpec = {
  name: 'simulate',
  summary: 'Monte Carlo schedule and cost risk: P10/P50/P80/P90 finish, criticality and sensitivity of every task, contingency',
  usage: '<file|-> [--format auto|portfolio|mspdi] [--project ID] [--iterations N] [--seed S] [--distribution pert|triangular|uniform|normal|lognormal] [--date D] [--confidence C] [--milestone ID] [--progress plan|forecast] [--status-date D] [--workers N] [--json]',
  positionals: { min: 1, max: 1, what: 'file (or - for standard input)' },
  flags: {
    format: { type: 'string', value: 'F', description: 'input format: auto (default: told from the content), portfolio (pmo-kit JSON) or mspdi (MS Project XML)' },
    project: { ...PROJECT_FLAG, description: 'simulate this project alone, with its own risks (default: a single project alone, several projects together)' },
    iterations: { type: 'string', value: 'N', description: 'number of iterations (default 10000)' },
    seed: { type: 'string', value: 'S', description: 'seed of the random streams, an integer (default 1): the same seed gives the same result' },
    distribution: { type: 'string', value: 'D', description: 'distribution of the durations with a three-point estimate: pert (default), triangular, uniform, normal or lognormal' },
    date: { type: 'string', value: 'D', description: 'also report the probability of finishing on or before this day (YYYY-MM-DD)' },
    confidence: { type: 'string', value: 'C', description: 'confidence of the contingency, in (0, 1) (default 0.8)' },
    milestone: { type: 'string', value: 'ID', description: 'simulate the finish of this task (projectId/taskId in a portfolio) instead of the whole schedule' },
    progress: {
      type: 'string',
      value: 'P',
      description: 'plan (default without --status-date): simulate the plan, progress ignored; forecast (default with it): simulate the work left after the status date (docs/risk.md)',
    },
    'status-date': { type: 'string', value: 'D', description: 'status date of the forecast, YYYY-MM-DD (default: each project\'s statusDate)' },
    top: { type: 'string', value: 'N', description: 'how many drivers the text lists (default 10)' },
    workers: { type: 'string', value: 'N', description: 'share the iterations between N worker threads (default 1); the result is the same for any N' },
    json: JSON_FLAG,
  },
  examples: [
    { command: 'pmo simulate examples/data/sample-portfolio.json', description: 'the sample portfolio, 10,000 iterations, seed 1, PERT durations and its risk events' },
    { command: 'pmo simulate examples/data/sample-portfolio.json --project tel --date 2026-12-18', description: 'one project alone, and its probability of finishing by a date' },
    { command: 'pmo simulate plan.xml --iterations 50000 --distribution triangular --json', description: 'an MS Project file, as JSON (other tools parse it)' },
    { command: 'pmo simulate examples/data/sample-portfolio.json --status-date 2026-04-30', description: 'the work left after a status date: actual dates kept, remaining work drawn' },
  ],
  notes: [
    'Tasks with an estimate { optimistic, mostLikely, pessimistic } draw their duration; the others keep it.',
    'Risks that are not closed occur with their probability: a threat adds impact.days to its tasks and',
    'impact.cost to the cost, an opportunity subtracts them. Durations and percentiles are in working days',
    'from the schedule start. Task ids of a portfolio are projectId/taskId, as in pmo cpm.',
    'The --json fields are a contract: see docs/cli.md. Progress shows on standard error when it is a terminal.',
  ],
  run: runSimulate,
};

function runSimulate(ctx: CommandContext): number | Promise<number> {
  const format = parseChoice(ctx, 'format', ['auto', 'portfolio', 'mspdi'] as const, 'auto');
  const iterations = parseInteger(ctx, 'iterations', 10000, { min: 1, max: 10_000_000 });
  const seed = parseInteger(ctx, 'seed', 1);
  const distribution = parseChoice(ctx, 'distribution', DISTRIBUTIONS, 'pert');
  const date = parseDate(ctx, 'date');
  const statusDate = parseDate(ctx, 'status-date');
  const progressMode = stringFlag(ctx, 'progress') === undefined ? undefined : parseChoice(ctx, 'progress', ['plan', 'forecast'] as const, 'plan');
  if (progressMode === 'plan' && statusDate !== undefined) throw new CliExit(2, 'pmo simulate: --status-date needs --progress forecast (the plan ignores progress)');
  const confidence = parseNumber(ctx, 'confidence', 0.8, 0);
  if (!(confidence > 0 && confidence < 1)) throw new CliExit(2, `pmo simulate: --confidence must be a number in (0, 1), got ${confidence}`);
  const top = parseInteger(ctx, 'top', 10, { min: 0 });
  const input = readInputFile(ctx, ctx.positionals[0]!, format, ['portfolio', 'mspdi']);
  const portfolio = (input.content as { portfolio: Portfolio }).portfolio;
  const projectId = stringFlag(ctx, 'project');
  if (projectId !== undefined) findProject(ctx, input, portfolio, projectId);
  const milestone = stringFlag(ctx, 'milestone');
  const workers = parseInteger(ctx, 'workers', 1, { min: 1, max: 256 });
  const progress = ctx.io.errIsTerminal === true ? progressBar(ctx) : undefined;
  const options: SimulateRiskParallelOptions = {
    iterations,
    seed,
    distribution,
    confidence,
    ...(projectId !== undefined ? { project: projectId } : {}),
    ...(milestone !== undefined ? { milestone } : {}),
    ...(date !== undefined ? { date } : {}),
    ...(progressMode !== undefined ? { progress: progressMode } : {}),
    ...(statusDate !== undefined ? { statusDate } : {}),
    ...(progress !== undefined ? { onProgress: progress.update } : {}),
  };
  const print = (result: SimulateRiskResult): number => {
    progress?.done();
    if (booleanFlag(ctx, 'json')) printJson(ctx.io, simulateJson(input.name, result));
    else ctx.io.out(`${[`${input.name}: ${targetLabel(result)}`, ...simulationLines(result, { top, ...(portfolio.currency !== undefined ? { currency: portfolio.currency } : {}) })].join('\n')}\n`);
    return 0;
  };
  if (workers === 1) return print(inFile(ctx, input.name, () => simulateRisk(portfolio, options)));
  return simulateRiskParallel(portfolio, { ...options, workers }).then(print, (err: unknown) => {
    if (err instanceof PmoError) throw new CliExit(2, `pmo simulate: ${input.name}: ${err.message}`);
    throw err;
  });
}

function targetLabel(r: SimulateRiskResult): string {
  const t = r.target;
  const what = t.kind === 'milestone' ? `finish of task ${t.id}` : t.kind === 'project' ? `project ${t.id}` : `portfolio ${t.id}`;
  const p = r.progress;
  if (p === null) return what;
  return `${what}, work left after ${p.statusDate ?? 'each project\'s status date'} (${p.complete} tasks complete, ${p.inProgress} in progress, ${p.notStarted} not started)`;
}

/** A progress line on standard error, rewritten in place; cleared when done. */
function progressBar(ctx: CommandContext): { update: (done: number, total: number) => void; done: () => void } {
  let shown = -1;
  return {
    update: (done, total) => {
      const pct = Math.floor((100 * done) / total);
      if (pct === shown) return;
      shown = pct;
      ctx.io.err(`\rpmo simulate: ${pct} % of ${total.toLocaleString('en-US')} iterations`);
    },
    done: () => {
      if (shown >= 0) ctx.io.err('\r\u001b[2K');
    },
  };
}

/**
 * The `--json` object. The first fields are the contract of issue 14 (exact, in this order):
 * iterations, seed, deterministicDuration, mean, stdDev, percentiles, criticality, sensitivity;
 * the others are added after them.
 */
export function simulateJson(file: string, r: SimulateRiskResult): Record<string, unknown> {
  const criticality: Record<string, number> = {};
  const sensitivity: Record<string, number> = {};
  for (const t of r.tasks) criticality[t.id] = t.criticality;
  for (const t of r.tasks) sensitivity[t.id] = t.sensitivity;
  return {
    iterations: r.iterations,
    seed: r.seed,
    deterministicDuration: r.deterministicDuration,
    mean: r.finish.mean,
    stdDev: r.finish.stdDev,
    percentiles: r.finish.percentiles,
    criticality,
    sensitivity,
    file,
    distribution: r.distribution,
    target: r.target,
    startDate: r.calendarStartDate,
    deterministicFinishDate: r.deterministicFinishDate,
    dates: r.finish.dates,
    min: r.finish.min,
    max: r.finish.max,
    histogram: r.finish.histogram,
    probabilityOfDate: r.probabilityOfDate,
    contingency: r.contingency,
    pert: r.pert,
    cost: r.cost,
    meanDuration: Object.fromEntries(r.tasks.map((t) => [t.id, t.meanDuration])),
    riskEvents: r.riskEvents,
    progress: r.progress,
  };
}
