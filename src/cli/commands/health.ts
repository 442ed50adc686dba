import { healthScore } from '../../performance/healthScore.js';
import { overallocations } from '../../resources/overallocations.js';
import { analyzeRisks } from '../../risk/analyzeRisks.js';
import { schedulePortfolio } from '../../schedule/schedulePortfolio.js';
import type { CommandContext, CommandSpec } from '../command.js';
import { FORMAT_FLAG, JSON_FLAG, LANG_FLAG, booleanFlag, parseChoice, parseDate, parseFormat, parseLang } from '../flags.js';
import { inFile, inputPortfolio, readInputFile } from '../input.js';
import { printJson } from '../io.js';
import { driverLines, healthLines } from '../output/healthText.js';
import { threatExposure } from '../riskExposure.js';

/** `pmo health`: each active project's health score, rating and drivers, and the portfolio's. */
export const healthCommand: CommandSpec = {
  name: 'health',
  summary: 'project health: a 0–100 score and a green/amber/red rating per project from SPI(t), float, CPI, VAC, risk, over-allocation, scope and quality, with the drivers; the portfolio roll-up',
  usage: '<file|-> [--status-date YYYY-MM-DD] [--previous-date YYYY-MM-DD] [--roll-up budget|priority|equal] [--format F] [--lang en|zh] [--json]',
  positionals: { min: 1, max: 1, what: 'file (or - for standard input)' },
  flags: {
    'status-date': { type: 'string', value: 'YYYY-MM-DD', description: 'status date (default: the latest status report or actual date in the file)' },
    'previous-date': { type: 'string', value: 'YYYY-MM-DD', description: 'an earlier status date: the trend of each score since then, and the driver that moved it' },
    'roll-up': { type: 'string', value: 'budget|priority|equal', description: 'how the portfolio score weighs the projects (default budget)' },
    format: FORMAT_FLAG,
    lang: LANG_FLAG,
    json: JSON_FLAG,
  },
  examples: [
    { command: 'pmo health examples/data/sample-portfolio.json', description: 'each project’s score, rating and drivers at the latest status date' },
    { command: 'pmo health examples/data/sample-portfolio.json --previous-date 2026-03-31', description: 'with the trend since the March status date' },
    { command: 'pmo health portfolio.json --json', description: 'the scores as JSON (contract: docs/cli.md)' },
  ],
  notes: [
    'Over-allocation comes from the portfolio’s early schedule (by day); risk exposure from the risk',
    'analysis (expected cost of the active threats). Indicators, weights and thresholds: docs/scoring.md.',
  ],
  run: runHealth,
};

function runHealth(ctx: CommandContext): number {
  const lang = parseLang(ctx);
  const statusDate = parseDate(ctx, 'status-date');
  const previousStatusDate = parseDate(ctx, 'previous-date');
  const rollUp = parseChoice(ctx, 'roll-up', ['budget', 'priority', 'equal'] as const, 'budget');
  const input = readInputFile(ctx, ctx.positionals[0]!, parseFormat(ctx), ['portfolio', 'mspdi']);
  const portfolio = inputPortfolio(ctx, input);
  const h = inFile(ctx, input.name, () => {
    const over = overallocations(portfolio, schedulePortfolio(portfolio, { progress: 'plan' }), { by: 'day' });
    return healthScore(portfolio, {
      overallocations: over,
      riskExposure: threatExposure(analyzeRisks(portfolio)),
      rollUp,
      ...(statusDate !== undefined ? { statusDate } : {}),
      ...(previousStatusDate !== undefined ? { previousStatusDate } : {}),
    });
  });
  if (booleanFlag(ctx, 'json')) {
    printJson(ctx.io, h);
    return 0;
  }
  const title = lang === 'zh' ? `${input.name}:状态日期 ${h.statusDate} 的项目健康度` : `${input.name}: project health at the status date ${h.statusDate}`;
  ctx.io.out(`${[title, '', ...healthLines(h, lang), '', ...driverLines(h, lang)].join('\n')}\n`);
  return 0;
}
