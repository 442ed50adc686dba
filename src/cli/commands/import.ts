import { formatPath, PmoError } from '../../errors.js';
import { CSV_KINDS, type CsvKind } from '../../io/csvColumns.js';
import { CsvImportError, type CsvIssue } from '../../io/csvImportError.js';
import type { CsvFile, ReadCsvDetailsResult, ReadCsvOptions } from '../../io/csvTypes.js';
import { readCsvDetails } from '../../io/readCsvDetails.js';
import { isStringLengthError, MAX_STRING_LENGTH } from '../../internal/stringLimit.js';
import type { CommandContext, CommandSpec } from '../command.js';
import { JSON_FLAG, PROJECT_FLAG, booleanFlag, parseChoice, parseDate, stringFlag } from '../flags.js';
import { CliExit, displayName, printJson, readInput, writeOutput } from '../io.js';

/** `pmo import <csv files...>`: CSV files (a spreadsheet or PM tool export) into a portfolio JSON file. */
export const importCommand: CommandSpec = {
  name: 'import',
  summary: 'import CSV files (tasks, dependencies, resources, assignments, risks, projects, calendars) into a portfolio JSON file',
  usage: '<file|KIND=file|->... [-o FILE] [--project ID] [--start DATE] [--date-format iso|mdy|dmy] [--id ID] [--json]',
  positionals: { min: 1, max: 1000, what: 'CSV files (or KIND=FILE, or - for standard input)' },
  flags: {
    output: { type: 'string', short: 'o', value: 'FILE', description: 'write the portfolio JSON to FILE (default: standard output)' },
    project: { ...PROJECT_FLAG, description: 'the project of rows that name none (default: the one project of a projects file, else "project")' },
    start: { type: 'string', value: 'DATE', description: 'the start of projects that get none from a projects file or a task Start' },
    'date-format': { type: 'string', value: 'iso|mdy|dmy', description: 'dates besides YYYY-MM-DD: mdy (1/5/2026, MS Project US) or dmy (5/1/2026, 5.1.2026); default iso only' },
    id: { type: 'string', value: 'ID', description: 'the id (and name) of the portfolio (default: its only project, else "portfolio")' },
    json: { ...JSON_FLAG, description: 'print one JSON object: the files read, the counts, every issue, and the portfolio when there is no -o' },
  },
  examples: [
    { command: 'pmo import examples/data/csv/*.csv -o portfolio.json', description: 'the example CSV export: each file’s kind told from its header' },
    { command: 'pmo import tasks=export.csv --project pilot --start 2026-01-05 > pilot.json', description: 'one MS Project task export (ID, Task Name, Duration, Predecessors)' },
    { command: 'pmo import examples/data/csv/ms-project/website.csv --date-format mdy --project website --json', description: 'an MS Project export (Mon 1/5/26 dates); one JSON object, every issue at its file, line and column' },
  ],
  notes: [
    'A file’s kind is told from its header (Duration: tasks; From and To: dependencies; Probability: risks; …),',
    `or given as KIND=FILE, KIND one of ${CSV_KINDS.join(', ')}. Columns and value formats: docs/file-formats.md.`,
    'A summary goes to standard error. Invalid data exits 2 listing every issue as "file line N, column "C": message".',
  ],
  run: runImport,
};

const KIND_ARG = new RegExp(`^(${CSV_KINDS.join('|')})=(.+)$`);

/** The files named on the command line, read. */
function readFiles(ctx: CommandContext): CsvFile[] {
  if (ctx.positionals.filter((p) => p === '-' || p.endsWith('=-')).length > 1) throw new CliExit(2, 'pmo import: standard input (-) can be read once only');
  return ctx.positionals.map((arg) => {
    const m = KIND_ARG.exec(arg);
    const path = m === null ? arg : m[2]!;
    const text = readInput(ctx.io, path, 'import');
    if (text.includes('\uFFFD'))
      ctx.io.err(`pmo import: warning: ${displayName(path)} is not all UTF-8 (its bad bytes read as \uFFFD); from Excel, save it as "CSV UTF-8"\n`);
    return { name: displayName(path), text, ...(m === null ? {} : { kind: m[1] as CsvKind }) };
  });
}

/** An issue as `--json` prints it. */
function jsonIssue(issue: CsvIssue) {
  return { file: issue.file ?? null, line: issue.line ?? null, column: issue.column ?? null, code: issue.code, path: issue.path, at: formatPath(issue.path), message: issue.message };
}

/** What the portfolio holds, counted. */
function counts(result: ReadCsvDetailsResult) {
  const p = result.portfolio;
  const links = p.projects.reduce((n, project) => n + project.dependencies.length, 0);
  return {
    projects: p.projects.length,
    tasks: p.projects.reduce((n, project) => n + project.tasks.length, 0),
    dependencies: links + p.crossDependencies.length,
    crossDependencies: p.crossDependencies.length,
    resources: p.resources.length,
    risks: p.risks.length,
    calendars: p.calendars.length,
  };
}

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

function runImport(ctx: CommandContext): number {
  const dateFormat = parseChoice(ctx, 'date-format', ['iso', 'mdy', 'dmy'] as const, 'iso');
  const startDate = parseDate(ctx, 'start');
  const projectId = stringFlag(ctx, 'project');
  const portfolioId = stringFlag(ctx, 'id');
  const output = stringFlag(ctx, 'output');
  const json = booleanFlag(ctx, 'json');
  const files = readFiles(ctx);
  const options: ReadCsvOptions = {
    dateFormat,
    ...(startDate === undefined ? {} : { startDate }),
    ...(projectId === undefined ? {} : { projectId }),
    ...(portfolioId === undefined ? {} : { portfolioId }),
  };
  let result: ReadCsvDetailsResult;
  try {
    result = readCsvDetails(files, options);
  } catch (err) {
    if (!(err instanceof PmoError)) throw err;
    const issues: CsvIssue[] = err instanceof CsvImportError ? [...err.issues] : [{ code: err.code, path: [], message: err.message }];
    if (json) printJson(ctx.io, { valid: false, output: null, files: files.map((f) => f.name), issues: issues.map(jsonIssue) });
    if (err instanceof CsvImportError) {
      ctx.io.err(`pmo import: the CSV files do not make a valid portfolio: ${plural(issues.length, 'issue')}\n`);
      for (const issue of err.issues) ctx.io.err(`  ${err.formatIssue(issue)}\n`);
    } else ctx.io.err(`pmo import: ${err.message}\n`);
    return 2;
  }
  if (output !== undefined) writeOutput(ctx.io, output, jsonText(result.input), 'import');
  const c = counts(result);
  if (json) {
    printJson(ctx.io, {
      valid: true,
      output: output ?? null,
      portfolioId: result.portfolio.id,
      counts: c,
      files: result.files.map((f) => ({ file: f.name, kind: f.kind, delimiter: f.delimiter, rows: f.rows, columns: f.columns, unknownColumns: f.unknownColumns })),
      issues: [],
      ...(output === undefined ? { portfolio: result.input } : {}),
    });
    return 0;
  }
  for (const f of result.files) {
    const kept = f.unknownColumns.length === 0 ? '' : `; not columns of a ${f.kind} file, kept in extensions.csv: ${f.unknownColumns.map((h) => JSON.stringify(h)).join(', ')}`;
    ctx.io.err(`pmo import: ${f.name}: ${f.kind}, ${plural(f.rows, 'row')}${f.delimiter === ',' ? '' : f.delimiter === ';' ? ', semicolon-delimited' : ', tab-delimited'}${kept}\n`);
  }
  ctx.io.err(
    `pmo import: portfolio ${JSON.stringify(result.portfolio.id)}: ${plural(c.projects, 'project')}, ${plural(c.tasks, 'task')}, ` +
      `${plural(c.dependencies, 'dependency', 'dependencies')} (${c.crossDependencies} across projects), ${plural(c.resources, 'resource')}, ${plural(c.risks, 'risk')}, ` +
      `${plural(c.calendars, 'calendar')}${output === undefined ? '' : `; written to ${output}`}\n`,
  );
  if (output === undefined) printJson(ctx.io, result.input);
  return 0;
}

/** The portfolio as one JSON text for `-o`; one too long for a string exits 2 pointing to standard output, which is written in chunks. */
function jsonText(value: unknown): string {
  try {
    return `${JSON.stringify(value, null, 2)}\n`;
  } catch (err) {
    if (!isStringLengthError(err)) throw err;
    throw new CliExit(
      2,
      `pmo import: the portfolio's JSON would be longer than the longest string JavaScript holds (${MAX_STRING_LENGTH.toLocaleString('en-US')} characters, 512 MiB), so -o cannot write it: leave out -o and redirect standard output (pmo import FILE > portfolio.json), which is written in chunks`,
    );
  }
}
