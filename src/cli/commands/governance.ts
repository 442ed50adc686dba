import { checkGovernance } from '../../performance/checkGovernance.js';
import type { GovernanceSeverity } from '../../performance/governanceTypes.js';
import type { CommandContext, CommandSpec } from '../command.js';
import { FORMAT_FLAG, JSON_FLAG, LANG_FLAG, booleanFlag, parseChoice, parseDate, parseFormat, parseLang, stringFlag } from '../flags.js';
import { inFile, inputPortfolio, readInputFile } from '../input.js';
import { printJson } from '../io.js';
import { governanceLines } from '../output/governanceText.js';

const RANK: Readonly<Record<GovernanceSeverity, number>> = { info: 0, warning: 1, error: 2 };

/** `pmo governance`: the PMO's governance rules checked on a portfolio; a CI gate with `--fail-on`. */
export const governanceCommand: CommandSpec = {
  name: 'governance',
  summary: 'governance compliance: baselines, sponsors, managers, risk reviews, status reports, resourced critical tasks, authority, dependency owners (severity by PMO type)',
  usage: '<file|-> [--status-date YYYY-MM-DD] [--disable RULE,…] [--format F] [--lang en|zh] [--json] [--fail-on error|warning]',
  positionals: { min: 1, max: 1, what: 'file (or - for standard input)' },
  flags: {
    'status-date': { type: 'string', value: 'YYYY-MM-DD', description: 'status date of the time-based rules (default: the latest status report or actual date in the file)' },
    disable: { type: 'string', value: 'RULE,…', description: 'rules to switch off, comma-separated (ids: docs/scoring.md)' },
    format: FORMAT_FLAG,
    lang: LANG_FLAG,
    json: JSON_FLAG,
    'fail-on': { type: 'string', value: 'error|warning', description: 'exit 1 when a finding reaches this severity (warning: warnings and errors)' },
  },
  examples: [
    { command: 'pmo governance examples/data/sample-portfolio.json', description: 'the findings of the sample (a controlling PMO: warnings)' },
    { command: 'pmo governance portfolio.json --fail-on error', description: 'a CI gate: exit 1 on any error (a directive PMO’s findings)' },
    { command: 'pmo governance portfolio.json --disable risk-review,cross-dependency-owners --json', description: 'two rules off, JSON out' },
  ],
  notes: ['Severity follows the PMO type: supportive info, controlling warning, directive error (no PMO: info).'],
  run: runGovernance,
};

function runGovernance(ctx: CommandContext): number {
  const lang = parseLang(ctx);
  const failOn = stringFlag(ctx, 'fail-on') === undefined ? undefined : parseChoice<GovernanceSeverity>(ctx, 'fail-on', ['error', 'warning'], 'error');
  const statusDate = parseDate(ctx, 'status-date');
  const disable = stringFlag(ctx, 'disable')?.split(',').map((s) => s.trim()).filter((s) => s !== '');
  const input = readInputFile(ctx, ctx.positionals[0]!, parseFormat(ctx), ['portfolio', 'mspdi']);
  const portfolio = inputPortfolio(ctx, input);
  const r = inFile(ctx, input.name, () =>
    checkGovernance(portfolio, { ...(statusDate !== undefined ? { statusDate } : {}), ...(disable !== undefined ? { disable } : {}) }),
  );
  if (booleanFlag(ctx, 'json')) printJson(ctx.io, r);
  else {
    const title = lang === 'zh' ? `${input.name}:治理合规检查` : `${input.name}: governance check`;
    ctx.io.out(`${[title, ...governanceLines(r, lang)].join('\n')}\n`);
  }
  if (failOn === undefined) return 0;
  const hits = r.findings.filter((f) => RANK[f.severity] >= RANK[failOn]);
  if (hits.length === 0) return 0;
  ctx.io.err(`pmo governance: --fail-on ${failOn}: ${hits.length} finding${hits.length === 1 ? '' : 's'} of severity ${failOn}${failOn === 'warning' ? ' or error' : ''}, e.g. ${hits[0]!.ruleId} at ${hits[0]!.at}\n`);
  return 1;
}
