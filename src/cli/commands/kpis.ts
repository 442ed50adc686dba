import { earnedValueAnalysis } from '../../performance/earnedValueAnalysis.js';
import { portfolioKpis } from '../../performance/portfolioKpis.js';
import { overallocations } from '../../resources/overallocations.js';
import { resourceLoading } from '../../resources/resourceLoading.js';
import { analyzeRisks } from '../../risk/analyzeRisks.js';
import { schedulePortfolio } from '../../schedule/schedulePortfolio.js';
import type { CommandContext, CommandSpec } from '../command.js';
import { FORMAT_FLAG, JSON_FLAG, LANG_FLAG, booleanFlag, parseDate, parseFormat, parseLang } from '../flags.js';
import { inFile, inputPortfolio, readInputFile } from '../input.js';
import { printJson } from '../io.js';
import { kpiLines } from '../output/kpiText.js';
import { threatExposure } from '../riskExposure.js';

/** `pmo kpis`: the portfolio KPIs with their definitions and breakdowns. */
export const kpisCommand: CommandSpec = {
  name: 'kpis',
  summary: 'portfolio KPIs: on-time delivery, budget variance distribution, schedule slip, utilization, benefits realized, health ratings; by unit, program and PMO type',
  usage: '<file|-> [--status-date YYYY-MM-DD] [--format F] [--lang en|zh] [--json]',
  positionals: { min: 1, max: 1, what: 'file (or - for standard input)' },
  flags: {
    'status-date': { type: 'string', value: 'YYYY-MM-DD', description: 'status date (default: the latest status report or actual date in the file)' },
    format: FORMAT_FLAG,
    lang: LANG_FLAG,
    json: JSON_FLAG,
  },
  examples: [
    { command: 'pmo kpis examples/data/sample-portfolio.json', description: 'the KPIs of the sample, with the breakdowns and the definitions' },
    { command: 'pmo kpis examples/data/sample-portfolio.json --lang zh', description: 'the same in Chinese' },
  ],
  notes: ['Utilization is measured on the portfolio’s early schedule. Definitions: docs/scoring.md.'],
  run: runKpis,
};

function runKpis(ctx: CommandContext): number {
  const lang = parseLang(ctx);
  const statusDate = parseDate(ctx, 'status-date');
  const input = readInputFile(ctx, ctx.positionals[0]!, parseFormat(ctx), ['portfolio', 'mspdi']);
  const portfolio = inputPortfolio(ctx, input);
  const r = inFile(ctx, input.name, () => {
    const plan = schedulePortfolio(portfolio, { progress: 'plan' });
    // One earned value analysis, for the health ratings and the KPIs.
    const earnedValue = earnedValueAnalysis(portfolio, statusDate !== undefined ? { statusDate } : {});
    return portfolioKpis(portfolio, {
      earnedValue,
      resourceLoading: resourceLoading(portfolio, plan, { by: 'week' }),
      overallocations: overallocations(portfolio, plan, { by: 'day' }),
      riskExposure: threatExposure(analyzeRisks(portfolio)),
    });
  });
  if (booleanFlag(ctx, 'json')) {
    printJson(ctx.io, r);
    return 0;
  }
  const title = lang === 'zh' ? `${input.name}:状态日期 ${r.statusDate} 的项目组合关键绩效指标` : `${input.name}: portfolio KPIs at the status date ${r.statusDate}`;
  ctx.io.out(`${[title, '', ...kpiLines(r, lang, { definitions: true })].join('\n')}\n`);
  return 0;
}
