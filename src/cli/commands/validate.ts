import { formatPath, type ValidationIssue } from '../../errors.js';
import { safeParsePortfolio } from '../../model/parse.js';
import { parseJsonInput, readInput, type CliIo } from '../io.js';

/** `pmo validate <file|-> [--json]`: exit 0 when valid, 2 with every issue when not. */
export function validateCommand(io: CliIo, file: string, options: { readonly json: boolean }): number {
  const name = file === '-' ? '<stdin>' : file;
  const result = safeParsePortfolio(parseJsonInput(readInput(io, file), file));
  if (options.json) {
    const issues = result.success ? [] : result.error.issues.map(toJsonIssue);
    io.out(`${JSON.stringify({ file: name, valid: result.success, issues }, null, 2)}\n`);
    return result.success ? 0 : 2;
  }
  if (result.success) {
    const p = result.data;
    const tasks = p.projects.reduce((n, project) => n + project.tasks.length, 0);
    io.out(
      `${name}: valid portfolio "${p.name}": ${p.projects.length} projects, ${tasks} tasks, ` +
        `${p.resources.length} resources, ${p.crossDependencies.length} cross-project dependencies, ${p.risks.length} risks\n`,
    );
    return 0;
  }
  const issues = result.error.issues;
  io.err(`${name}: invalid portfolio: ${issues.length} issue${issues.length === 1 ? '' : 's'}\n`);
  for (const issue of issues) io.err(`  ${formatPath(issue.path)}: ${issue.message} [${issue.code}]\n`);
  return 2;
}

function toJsonIssue(issue: ValidationIssue) {
  return { code: issue.code, path: issue.path, at: formatPath(issue.path), message: issue.message };
}
