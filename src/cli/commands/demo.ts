import { parsePortfolio } from '../../model/parse.js';
import type { Lang } from '../../org/types.js';
import { earnedValueAnalysis } from '../../performance/earnedValueAnalysis.js';
import { resourceLoading } from '../../resources/resourceLoading.js';
import { simulateRisk } from '../../risk/simulateRisk.js';
import { schedulePortfolio } from '../../schedule/schedulePortfolio.js';
import { pmoReport } from '../../viz/report/pmoReport.js';
import type { CommandContext, CommandSpec } from '../command.js';
import { printAnalyses, printOrganization } from '../demo/organization.js';
import { printEarnedValue, printRisks, printScoring } from '../demo/performance.js';
import { printResources } from '../demo/resources.js';
import { printProjects, printSchedule } from '../demo/schedule.js';
import { demoWriter } from '../demo/text.js';
import { LANG_FLAG, booleanFlag, parseLang, stringFlag } from '../flags.js';
import { CliExit } from '../io.js';
import { forecastLines } from '../output/forecastLines.js';
import { demoSimulationLines } from '../output/simulationLines.js';
import { simulationChartInputs } from '../output/simulationCharts.js';
import { readSample } from '../sample.js';
import { DEFAULT_REPORT_DIR, writeReport } from './report.js';

/** `--report DIR` (default `pmo-report`) or `--no-report` (`null`); both at once exit 2. */
function readReportDir(ctx: CommandContext): string | null {
  const dir = stringFlag(ctx, 'report');
  if (booleanFlag(ctx, 'no-report')) {
    if (dir !== undefined) throw new CliExit(2, 'pmo demo: give --report DIR or --no-report, not both');
    return null;
  }
  if (dir === '') throw new CliExit(2, 'pmo demo: --report must name a folder, got ""');
  return dir ?? DEFAULT_REPORT_DIR;
}

/** `pmo demo [--lang en|zh] [--report DIR | --no-report]`: a readable summary of the embedded sample portfolio, and its report. */
export const demoCommand: CommandSpec = {
  name: 'demo',
  summary: 'a tour of the embedded sample portfolio: organization, PMO, schedule, critical dependencies, leveling, earned value, risks and Monte Carlo, health, KPIs, governance, maturity; and its HTML report',
  usage: '[--lang en|zh] [--report DIR | --no-report]',
  positionals: { min: 0, max: 0, what: 'arguments' },
  flags: {
    lang: LANG_FLAG,
    report: { type: 'string', value: 'DIR', description: `write the HTML report of the sample into DIR/report.html (default ${DEFAULT_REPORT_DIR})` },
    'no-report': { type: 'boolean', description: 'print the tour only; write no report' },
  },
  examples: [
    { command: 'pmo demo', description: 'the tour in English, and pmo-report/report.html' },
    { command: 'pmo demo --lang zh --report /tmp/pmo', description: 'the tour and the report in Chinese, the report in /tmp/pmo' },
    { command: 'pmo demo --no-report', description: 'the tour alone' },
  ],
  notes: [
    'The sample is examples/data/sample-portfolio.json; leveling uses 1000 schedules and seed 1.',
    'After the tour the demo writes the PMO report of the sample (as pmo report does) and prints its path.',
  ],
  run: (ctx: CommandContext): number => runDemo(ctx, parseLang(ctx), readReportDir(ctx)),
};

/**
 * The tour: one section after another (src/cli/demo/), each printing what the library computed.
 * Each analysis runs once and is shared by the sections after it and by the report.
 */
function runDemo(ctx: CommandContext, lang: Lang, reportDir: string | null): number {
  const w = demoWriter(lang);
  const portfolio = parsePortfolio(readSample(ctx.io, 'demo'));
  w.out.push(w.t('title'), `${portfolio.name} (${portfolio.id})`);
  printOrganization(w, portfolio);
  printProjects(w, portfolio);

  // The schedule engine and the integration analyses compute; the demo only prints.
  const schedule = schedulePortfolio(portfolio, { progress: 'plan' });
  printSchedule(w, portfolio, schedule);
  const { leveled, over, allocation } = printResources(w, portfolio, schedule);
  // One earned value analysis for the tour: the earned value table, the health scores and the KPIs.
  const earnedValue = earnedValueAnalysis(portfolio);
  printEarnedValue(w, portfolio, earnedValue);
  w.out.push(...forecastLines(portfolio, earnedValue.statusDate, lang, schedule));
  const risks = printRisks(w, portfolio);
  // Monte Carlo: P50/P80 finish against the plan and the top drivers (few iterations: the tour stays fast).
  const simulation = simulateRisk(portfolio, { iterations: 2000, schedule });
  w.out.push(...demoSimulationLines(simulation, lang, portfolio.currency));
  const loading = resourceLoading(portfolio, schedule, { by: 'week' });
  const { health, kpis, governance, maturity } = printScoring(w, portfolio, { earnedValue, overallocations: over.before, risks, loading });
  printAnalyses(w, portfolio);
  ctx.io.out(`${w.out.join('\n')}\n`);

  // The report of the same analyses (nothing is computed twice), after the summary.
  if (reportDir !== null) {
    const pmo = pmoReport(portfolio, {
      lang,
      schedule,
      leveled,
      overallocations: over,
      loading: { before: loading },
      allocation,
      earnedValue,
      risks,
      health,
      kpis,
      governance,
      ...(maturity === undefined ? {} : { maturity }),
      ...simulationChartInputs(simulation),
    });
    const written = writeReport(ctx.io, 'demo', reportDir, 'html', pmo);
    ctx.io.out(`\n${w.t('reportWritten')}: ${written.files[0]!}\n`);
  }
  return 0;
}
