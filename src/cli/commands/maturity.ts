import type { MaturityAssessment } from '../../model/maturity.js';
import type { Organization } from '../../model/organization.js';
import { safeParsePortfolio } from '../../model/parse.js';
import { safeParseMaturityAssessment } from '../../model/parse-scoring.js';
import { assessMaturity } from '../../org/assessMaturity.js';
import type { CommandContext, CommandSpec } from '../command.js';
import { JSON_FLAG, LANG_FLAG, booleanFlag, parseInteger, parseLang } from '../flags.js';
import { inFile, invalidInput } from '../input.js';
import { CliExit, displayName, parseJsonInput, printJson, readInput } from '../io.js';
import { maturityLines } from '../output/maturityText.js';

/** `pmo maturity`: the PMO's maturity per function and per perspective, and the next capabilities. */
export const maturityCommand: CommandSpec = {
  name: 'maturity',
  summary: 'PMO maturity: per needed PMO function (Maturity Cube) and per P3M3 perspective, the gaps to a target, and the next capabilities with the analyses that support them',
  usage: '<answers.json|-> [--target 1-5] [--lang en|zh] [--json]',
  positionals: { min: 1, max: 1, what: 'assessment file (or a portfolio with a maturityAssessment; - for standard input)' },
  flags: {
    target: { type: 'string', value: '1-5', description: 'the maturity level aimed at (default: the assessment’s, else 3)' },
    lang: LANG_FLAG,
    json: JSON_FLAG,
  },
  examples: [
    { command: 'pmo maturity examples/data/sample-portfolio.json', description: 'the sample PMO’s assessment (its maturityAssessment), ordered by its organization' },
    { command: 'pmo maturity answers.json --target 4 --lang zh', description: 'an assessment file, aiming at level 4, in Chinese' },
  ],
  notes: [
    'The file is a maturity assessment (pmo schema maturityAssessment), or a portfolio whose',
    'maturityAssessment is assessed against its organization. Method and sources: docs/scoring.md.',
  ],
  run: runMaturity,
};

function runMaturity(ctx: CommandContext): number {
  const lang = parseLang(ctx);
  const target = parseInteger(ctx, 'target', undefined, { min: 1, max: 5 });
  const path = ctx.positionals[0]!;
  const name = displayName(path);
  const data = parseJsonInput(readInput(ctx.io, path, ctx.command), path, ctx.command);
  let assessment: MaturityAssessment;
  let organization: Organization | undefined;
  if (typeof data === 'object' && data !== null && !Array.isArray(data) && 'projects' in data) {
    const r = safeParsePortfolio(data);
    if (!r.success) throw invalidInput(ctx, name, 'portfolio', r.error.issues);
    if (r.data.maturityAssessment === undefined) throw new CliExit(2, `pmo maturity: ${name} is a portfolio without a maturityAssessment`);
    assessment = r.data.maturityAssessment;
    organization = r.data.organization;
  } else {
    const r = safeParseMaturityAssessment(data);
    if (!r.success) throw invalidInput(ctx, name, 'maturity assessment', r.error.issues);
    assessment = r.data;
  }
  const result = inFile(ctx, name, () =>
    assessMaturity(assessment, { ...(organization !== undefined ? { organization } : {}), ...(target !== undefined ? { target: target as 1 | 2 | 3 | 4 | 5 } : {}) }),
  );
  if (booleanFlag(ctx, 'json')) {
    printJson(ctx.io, result);
    return 0;
  }
  const when = [assessment.id, assessment.date].filter((x) => x !== undefined).join(', ');
  const title = lang === 'zh' ? `${name}:PMO成熟度评估${when === '' ? '' : `(${when})`},目标等级 ${result.target}` : `${name}: PMO maturity assessment${when === '' ? '' : ` (${when})`}, target level ${result.target}`;
  ctx.io.out(`${[title, '', ...maturityLines(result, lang, { details: true })].join('\n')}\n`);
  return 0;
}
