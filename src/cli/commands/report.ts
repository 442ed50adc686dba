import { join } from 'node:path';
import { PmoError } from '../../errors.js';
import type { Portfolio } from '../../model/portfolio.js';
import { levelResources } from '../../resources/levelResources.js';
import type { LevelResourcesResult } from '../../resources/leveledScheduleTypes.js';
import { simulateRisk } from '../../risk/simulateRisk.js';
import type { SimulateRiskResult } from '../../risk/simulationTypes.js';
import { schedulePortfolio } from '../../schedule/schedulePortfolio.js';
import type { SchedulePortfolioResult } from '../../schedule/types.js';
import { pmoReport } from '../../viz/report/pmoReport.js';
import { reportHtml } from '../../viz/report/reportHtml.js';
import { reportMarkdown } from '../../viz/report/reportMarkdown.js';
import type { PmoReportOptions, PmoReportResult } from '../../viz/report/types.js';
import type { CommandContext, CommandSpec } from '../command.js';
import { JSON_FLAG, LANG_FLAG, LEVELING_FLAGS, booleanFlag, parseChoice, parseInteger, parseLang, parseLevelingFlags, stringFlag } from '../flags.js';
import { inFile, inputPortfolio, readInputFile, type InputFile } from '../input.js';
import { simulationChartInputs } from '../output/simulationCharts.js';
import { CliExit, printJson, writeOutput, type CliIo } from '../io.js';

/** The folder a report is written to when no `-o` is given. */
export const DEFAULT_REPORT_DIR = 'pmo-report';

/** What was written. */
export interface WrittenReport {
  readonly format: 'html' | 'md';
  readonly dir: string;
  /** The paths written, the page first. */
  readonly files: readonly string[];
  readonly report: PmoReportResult;
}

/**
 * Writes a report into `dir`: `report.html` (one self-contained page), or `report.md` and one
 * SVG file per chart. Shared by `pmo report` and `pmo demo`.
 */
export function writeReport(io: CliIo, command: string, dir: string, format: 'html' | 'md', report: PmoReportResult): WrittenReport {
  const files: string[] = [];
  const write = (name: string, text: string): void => {
    const path = join(dir, name);
    writeOutput(io, path, text, command);
    files.push(path);
  };
  if (format === 'html') write('report.html', reportHtml(report));
  else {
    const md = reportMarkdown(report);
    write('report.md', md.markdown);
    for (const f of md.files) write(f.name, f.content);
  }
  return { format, dir, files, report };
}

/** The `--json` output of a written report. */
export function writtenJson(w: WrittenReport): unknown {
  return {
    format: w.format,
    dir: w.dir,
    files: w.files,
    statusDate: w.report.statusDate,
    sections: w.report.sections.map((s) => s.id),
    charts: w.report.sections.flatMap((s) => s.blocks.filter((b) => b.kind === 'chart')).length,
    notCovered: w.report.notCovered,
  };
}

/** Iterations of the report's Monte Carlo simulation: as many as the demo's, enough for P50/P80 and the drivers. */
const REPORT_ITERATIONS = 2000;

/**
 * The Monte Carlo simulation of the report, on the report's schedule; a portfolio the simulation
 * refuses (a risk on a summary task, for instance) is reported on standard error and its charts are
 * listed as not covered.
 */
function simulationFor(ctx: CommandContext, name: string, portfolio: Portfolio, schedule: SchedulePortfolioResult, iterations: number, seed: number): SimulateRiskResult | undefined {
  try {
    return simulateRisk(portfolio, { iterations, seed, schedule });
  } catch (err) {
    if (!(err instanceof PmoError)) throw err;
    ctx.io.err(`pmo report: ${name}: warning: Monte Carlo: ${err.message}\n`);
    return undefined;
  }
}

/** Whether a simulation can say more than the plan: a three-point estimate, or a risk that moves dates. */
function hasUncertainty(portfolio: Portfolio): boolean {
  return (
    portfolio.projects.some((p) => p.tasks.some((t) => t.estimate !== undefined)) ||
    portfolio.risks.some((r) => r.status !== 'closed' && r.probability > 0 && (r.impact.days ?? 0) !== 0 && (r.taskIds?.length ?? 0) > 0)
  );
}

/** `pmo report`: the PMO report of a portfolio, as HTML or Markdown. */
export const reportCommand: CommandSpec = {
  name: 'report',
  summary: 'the PMO report of a portfolio: one self-contained HTML page (or Markdown and SVG charts) for executives',
  usage: '<file|-> [-o DIR] [--format html|md] [--lang en|zh] [--schedules N] [--seed S] [--objective O] [--iterations N] [--json]',
  positionals: { min: 1, max: 1, what: 'file (or - for standard input)' },
  flags: {
    output: { type: 'string', short: 'o', value: 'DIR', description: `folder to write into, created if missing (default ${DEFAULT_REPORT_DIR})` },
    format: { type: 'string', value: 'html|md', description: 'html (default): DIR/report.html, one self-contained page; md: DIR/report.md and one SVG file per chart' },
    lang: LANG_FLAG,
    ...LEVELING_FLAGS,
    iterations: { type: 'string', value: 'N', description: `Monte Carlo: iterations of the schedule risk simulation, seeded with --seed (default ${REPORT_ITERATIONS}); 0 leaves it out` },
    json: { type: 'boolean', description: 'print one JSON object: the files written, the sections, what is not covered' },
  },
  examples: [
    { command: 'pmo report examples/data/sample-portfolio.json', description: 'pmo-report/report.html for the sample portfolio' },
    { command: 'pmo report portfolio.json -o out --format md --lang zh', description: 'out/report.md in Chinese, with its charts as SVG files beside it' },
    { command: 'cat plan.xml | pmo report - -o status', description: 'an MS Project file from standard input' },
  ],
  notes: [
    'Reads a portfolio JSON or MS Project XML file. Sections: summary, organization and PMO, schedule',
    'and critical path (Gantt), cross-project dependencies (network), resource loading and leveling',
    '(histograms before and after), portfolio optimization, earned value (S-curves), risks and the',
    'Monte Carlo finish (histogram, tornado), health, KPIs, governance, maturity. The page needs',
    'no network access and prints on A4. See docs/viz.md.',
  ],
  run: runReport,
};

/** The input file, portfolio JSON or MSPDI, told apart by content (`--format` names the output here, so messages do not suggest it). */
function readInput(ctx: CommandContext): InputFile {
  try {
    return readInputFile(ctx, ctx.positionals[0]!, 'auto', ['portfolio', 'mspdi']);
  } catch (err) {
    if (err instanceof CliExit) throw new CliExit(err.exitCode, err.message.replace(/; use --format [a-z|]+$/, ''));
    throw err;
  }
}

function runReport(ctx: CommandContext): number {
  const format = parseChoice(ctx, 'format', ['html', 'md'] as const, 'html');
  const lang = parseLang(ctx);
  const leveling = parseLevelingFlags(ctx);
  const iterations = parseInteger(ctx, 'iterations', REPORT_ITERATIONS, { min: 0, max: 10_000_000 });
  const dir = stringFlag(ctx, 'output') ?? DEFAULT_REPORT_DIR;
  if (dir === '') throw new CliExit(2, 'pmo report: -o must name a folder, got ""');
  const input = readInput(ctx);
  const portfolio: Portfolio = inputPortfolio(ctx, input);
  const report = inFile(ctx, input.name, () => {
    const schedule: SchedulePortfolioResult = schedulePortfolio(portfolio, { progress: 'plan' });
    const options: PmoReportOptions = { lang, schedule };
    let leveled: LevelResourcesResult | undefined;
    if (portfolio.resources.length > 0) {
      try {
        leveled = levelResources(portfolio, { ...leveling, schedule });
        for (const w of leveled.warnings) ctx.io.err(`pmo report: ${input.name}: warning: leveling: ${w}\n`);
      } catch (err) {
        // The report lists the leveling under "not covered", with this message.
        if (!(err instanceof PmoError)) throw err;
        ctx.io.err(`pmo report: ${input.name}: warning: leveling: ${err.message}\n`);
      }
    }
    const simulation = iterations === 0 || !hasUncertainty(portfolio) ? undefined : simulationFor(ctx, input.name, portfolio, schedule, iterations, leveling.seed);
    return pmoReport(portfolio, { ...options, ...(leveled === undefined ? { leveling } : { leveled }), ...(simulation === undefined ? {} : simulationChartInputs(simulation)) });
  });
  const written = writeReport(ctx.io, 'report', dir, format, report);
  if (booleanFlag(ctx, 'json')) printJson(ctx.io, writtenJson(written));
  else {
    const charts = report.sections.flatMap((s) => s.blocks.filter((b) => b.kind === 'chart')).length;
    ctx.io.out(`${written.files[0]!}: ${report.sections.length} sections, ${charts} charts${format === 'md' ? ' (SVG files beside it)' : ' (inline)'}\n`);
  }
  return 0;
}
