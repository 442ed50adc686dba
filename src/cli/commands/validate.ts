import { formatPath, type ValidationIssue } from '../../errors.js';
import { safeParsePortfolio } from '../../model/parse.js';
import type { CommandContext, CommandSpec } from '../command.js';
import { JSON_FLAG, booleanFlag } from '../flags.js';
import { parseJsonInput, printJson, readInput } from '../io.js';

/** `pmo validate <file|-> [--json]`: exit 0 when valid, 2 with every issue when not. */
export const validateCommand: CommandSpec = {
  name: 'validate',
  summary: 'validate a portfolio JSON file: every issue with its path (exit 0 valid, 2 invalid)',
  usage: '<file|-> [--json]',
  positionals: { min: 1, max: 1, what: 'file (or - for standard input)' },
  flags: { json: JSON_FLAG },
  examples: [
    { command: 'pmo validate portfolio.json', description: 'a CI gate: exit 2 listing every issue' },
    { command: 'cat portfolio.json | pmo validate - --json', description: 'standard input; one JSON object with the issues' },
  ],
  run: runValidate,
};

function runValidate(ctx: CommandContext): number {
  const file = ctx.positionals[0]!;
  const name = file === '-' ? '<stdin>' : file;
  const result = safeParsePortfolio(parseJsonInput(readInput(ctx.io, file, 'validate'), file, 'validate'));
  if (booleanFlag(ctx, 'json')) {
    const issues = result.success ? [] : result.error.issues.map(toJsonIssue);
    printJson(ctx.io, { file: name, valid: result.success, issues });
    return result.success ? 0 : 2;
  }
  if (result.success) {
    const p = result.data;
    const tasks = p.projects.reduce((n, project) => n + project.tasks.length, 0);
    ctx.io.out(
      `${name}: valid portfolio "${p.name}": ${p.projects.length} projects, ${tasks} tasks, ` +
        `${p.resources.length} resources, ${p.crossDependencies.length} cross-project dependencies, ${p.risks.length} risks\n`,
    );
    return 0;
  }
  const issues = result.error.issues;
  ctx.io.err(`${name}: invalid portfolio: ${issues.length} issue${issues.length === 1 ? '' : 's'}\n`);
  for (const issue of issues) ctx.io.err(`  ${formatPath(issue.path)}: ${issue.message} [${issue.code}]\n`);
  return 2;
}

function toJsonIssue(issue: ValidationIssue) {
  return { code: issue.code, path: issue.path, at: formatPath(issue.path), message: issue.message };
}
