import { formatPath, type ValidationIssue } from '../../errors.js';
import { detectFormat } from '../../io/detectFormat.js';
import { safeParsePortfolio, safeParseProject, safeParseRiskRegister } from '../../model/parse.js';
import { analyzeRisks } from '../../risk/analyzeRisks.js';
import type { GroupExposure, RatedRisk, AnalyzeRisksResult, RiskExposure, RiskSource } from '../../risk/types.js';
import { pushAll } from '../../internal/bulk.js';
import type { CommandContext, CommandSpec } from '../command.js';
import { JSON_FLAG, booleanFlag, failOnExit, failOnFlag, parseDate, parseFailOn, parseInteger, parseNumber } from '../flags.js';
import { table } from '../format.js';
import { inFile } from '../input.js';
import { CliExit, displayName, parseJsonInput, printJson, readInput } from '../io.js';
import { heatMapReport } from '../output/riskHeatMap.js';

const FAIL_ON = {
  high: 'an active risk rated high',
  overdue: 'a response action past its due date (needs --today)',
  stale: 'an active risk not reviewed within --review-days (needs --today)',
  response: 'an active risk without a response',
};

/** `pmo risks`: the analysis of a portfolio's risks or of a risk register. */
export const risksCommand: CommandSpec = {
  name: 'risks',
  summary: 'risk register analysis: ratings, exposure, heat map, overdue and missing responses',
  usage: '<file|-> [--today D] [--review-days N] [--top N] [--json] [--fail-on high,overdue,stale,response]',
  positionals: { min: 1, max: 1, what: 'file (or - for standard input)' },
  flags: {
    today: { type: 'string', value: 'D', description: 'the day the register is looked at (YYYY-MM-DD): checks overdue actions and reviews (default: not checked)' },
    'review-days': { type: 'string', value: 'N', description: 'a risk not reviewed for more than N calendar days is stale (default 30)' },
    top: { type: 'string', value: 'N', description: 'how many threats and opportunities to list (default 10)' },
    json: JSON_FLAG,
    'fail-on': failOnFlag(FAIL_ON),
  },
  examples: [
    { command: 'pmo risks examples/data/sample-portfolio.json --today 2026-04-30', description: 'the sample’s risks at its status date' },
    { command: 'pmo risks register.json --json', description: 'a risk register, as JSON' },
    { command: 'pmo risks portfolio.json --today 2026-06-01 --fail-on overdue,stale', description: 'a gate: exit 1 while responses are overdue or risks unreviewed' },
  ],
  notes: [
    'Reads a portfolio JSON file (its risks; costs are rated against the projects’ budgets) or a risk register JSON file ({ projectId?, risks }).',
    'The matrix is the default 5×5 (docs/risk.md); only open and monitoring risks count in the exposure and on the heat map.',
  ],
  run: runRisks,
};

/** Exit 2 listing every validation issue. */
function invalid(ctx: CommandContext, name: string, what: string, issues: readonly ValidationIssue[]): CliExit {
  const lines = issues.map((i) => `  ${formatPath(i.path)}: ${i.message} [${i.code}]`);
  return new CliExit(2, [`pmo ${ctx.command}: ${name} is not a valid ${what}: ${issues.length} issue${issues.length === 1 ? '' : 's'}`, ...lines].join('\n'));
}

interface RiskInput {
  readonly name: string;
  readonly kind: 'portfolio' | 'project' | 'risk register';
  readonly title: string | undefined;
  readonly currency: string | undefined;
  readonly source: RiskSource;
}

function readRisks(ctx: CommandContext, path: string): RiskInput {
  const name = displayName(path);
  const text = readInput(ctx.io, path, ctx.command);
  const format = detectFormat(text);
  if (format !== undefined && format !== 'portfolio')
    throw new CliExit(2, `pmo ${ctx.command}: ${name} is a${format === 'mspdi' ? 'n MS Project XML (MSPDI)' : format === 'psplib' ? ' PSPLIB' : 'n MPLIB'} file, which holds no risks; this command reads portfolio and risk register JSON files`);
  const data = parseJsonInput(text, path, ctx.command);
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    throw new CliExit(2, `pmo ${ctx.command}: ${name} is not a portfolio or a risk register: expected a JSON object`);
  if ('projects' in data || !('risks' in data)) {
    if (!('projects' in data) && 'tasks' in data) {
      const r = safeParseProject(data);
      if (!r.success) throw invalid(ctx, name, 'project', r.error.issues);
      return { name, kind: 'project', title: r.data.name, currency: undefined, source: { risks: [] } };
    }
    const r = safeParsePortfolio(data);
    if (!r.success) throw invalid(ctx, name, 'portfolio', r.error.issues);
    return { name, kind: 'portfolio', title: r.data.name, currency: r.data.currency, source: r.data };
  }
  const r = safeParseRiskRegister(data);
  if (!r.success) throw invalid(ctx, name, 'risk register', r.error.issues);
  return { name, kind: 'risk register', title: r.data.id, currency: undefined, source: r.data };
}

function runRisks(ctx: CommandContext): number {
  const failOn = parseFailOn(ctx, Object.keys(FAIL_ON));
  const today = parseDate(ctx, 'today');
  const reviewWithinDays = parseNumber(ctx, 'review-days', 30, 0);
  const top = parseInteger(ctx, 'top', 10, { min: 0 });
  const input = readRisks(ctx, ctx.positionals[0]!);
  const analysis = inFile(ctx, input.name, () => analyzeRisks(input.source, { reviewWithinDays, top, ...(today === undefined ? {} : { today }) }));
  if (booleanFlag(ctx, 'json')) printJson(ctx.io, { file: input.name, input: input.kind, ...(input.currency === undefined ? {} : { currency: input.currency }), ...analysis });
  else ctx.io.out(`${report(input, analysis).join('\n')}\n`);
  const count = (code: string) => analysis.findings.filter((f) => f.code === code).length;
  const high = analysis.risks.filter((r) => r.active && r.current.rating === 'high').length;
  const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  return failOnExit(ctx, failOn, {
    high: high === 0 ? undefined : plural(high, 'active risk rated high', 'active risks rated high'),
    overdue: count('overdue_action') === 0 ? undefined : plural(count('overdue_action'), 'overdue action', 'overdue actions'),
    stale: count('not_reviewed') === 0 ? undefined : plural(count('not_reviewed'), 'risk not reviewed', 'risks not reviewed'),
    response: count('missing_response') === 0 ? undefined : plural(count('missing_response'), 'risk without a response', 'risks without a response'),
  });
}

/** The text report. */
function report(input: RiskInput, a: AnalyzeRisksResult): string[] {
  const money = (n: number) => `${Math.round(n).toLocaleString('en-US')}${input.currency === undefined ? '' : ` ${input.currency}`}`;
  const num = (n: number) => String(Math.round(n * 10) / 10);
  const s = a.statusCounts;
  const total = a.risks.length;
  const threats = a.risks.filter((r) => r.kind === 'threat').length;
  const out = [
    `${input.name}: ${input.kind}${input.title === undefined ? '' : ` "${input.title}"`}, ${total} risk${total === 1 ? '' : 's'} (${threats} threats, ${total - threats} opportunities): ` +
      `${s.open} open, ${s.monitoring} monitoring, ${s.occurred} occurred, ${s.closed} closed${a.today === null ? '' : `; as of ${a.today}`}`,
  ];
  const byId = new Map(a.risks.map((r) => [r.id, r]));
  const ranked = (title: string, ids: readonly string[]) => {
    out.push('', `${title} (${ids.length}):`);
    if (ids.length === 0) return void out.push('  none');
    const rows = ids.map((id) => row(byId.get(id)!));
    pushAll(out, table(['#', 'id', 'probability', 'impact', 'score', 'rating', 'EMV', 'expected days', 'project', 'owner'], rows, { align: ['right', 'left', 'right', 'left', 'right', 'left', 'right', 'right', 'left', 'left'] }));
  };
  const row = (r: RatedRisk) => [
    String(r.rank),
    r.id,
    String(r.current.probability),
    r.current.impactBand === null ? '-' : `${a.matrix.impactBands[r.current.impactBand]!} (${r.current.impactBy.join(', ')})`,
    r.current.score === null ? '-' : String(r.current.score),
    r.current.rating ?? 'unrated',
    money(r.emv),
    num(r.expectedDays),
    r.projectId ?? '-',
    r.owner,
  ];
  ranked('Top threats, by rank', a.top.threats);
  ranked('Top opportunities, by rank', a.top.opportunities);

  out.push('', 'Exposure of the active risks (EMV = probability × cost; expected days = probability × days):');
  const cols = ['risks', 'high', 'medium', 'low', 'threat EMV', 'opportunity EMV', 'net EMV', 'threat days'];
  const cells = (e: RiskExposure) => [String(e.risks), String(e.high), String(e.medium), String(e.low), money(e.threatEmv), money(e.opportunityEmv), money(e.netEmv), num(e.threatDays)];
  const align = ['left', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'right'] as const;
  const group = (title: string, none: string, groups: readonly GroupExposure[], withTotal: boolean) => {
    pushAll(out, table([title, ...cols], [...groups.map((g) => [g.key ?? none, ...cells(g)]), ...(withTotal ? [['total', ...cells(a.exposure.portfolio)]] : [])], { align: [...align] }));
  };
  group('project', '(portfolio)', a.exposure.byProject, true);
  out.push('');
  group('category', '(none)', a.exposure.byCategory, false);
  out.push('');
  group('owner', '(none)', a.exposure.byOwner, false);

  out.push('', 'Heat map of the active risks (rows: probability, highest first; columns: impact):', ...heatMapReport(a.heatMap));

  out.push('', `Findings (${a.findings.length}):`);
  if (a.findings.length === 0) out.push('  none');
  for (const f of a.findings) out.push(`  ${f.riskId}: ${f.message} [${f.code}]`);
  if (a.today === null) out.push('Without --today, overdue actions and reviews are not checked.');
  return out;
}
