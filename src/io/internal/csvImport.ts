/**
 * A CSV import, start to end: the files read as sheets, the entities of each kind assembled in
 * order (calendars, holidays, resources, projects, tasks, dependencies, assignments, risks), the
 * portfolio validated, and every problem reported at the file, line and column it came from.
 * Private to pmo-kit/io.
 */
import { PmoError } from '../../errors.js';
import { isIsoDate } from '../../internal/dates.js';
import { isObject } from '../../internal/guards.js';
import { readOptions } from '../../internal/options.js';
import { show } from '../../internal/show.js';
import { safeParsePortfolio } from '../../model/parse.js';
import type { PortfolioInput } from '../../model/portfolio.js';
import type { CsvKind } from '../csvColumns.js';
import { CsvImportError } from '../csvImportError.js';
import type { CsvFile, CsvFileSummary, ReadCsvDetailsResult, ReadCsvOptions } from '../csvTypes.js';
import { readAssignments } from './csvAssignments.js';
import { CsvBuild, type CsvImportOptions, type Json } from './csvBuild.js';
import { readCalendars, readHolidays } from './csvCalendars.js';
import { readDependencies, readPredecessors } from './csvLinks.js';
import { namesProject, readProjects, settleStarts } from './csvProjects.js';
import { readResources } from './csvResources.js';
import { readRisks } from './csvRisks.js';
import { readSheets, type CsvSheet } from './csvSheets.js';
import { sortIssues, type LocatedIssue } from './csvSources.js';
import { readTasks, settleTasks } from './csvTasks.js';

/** Default largest file: 64 MiB. */
const MAX_BYTES = 64 * 1024 * 1024;
/** Largest row: 1 MiB (more is an unclosed quote, not data). */
const MAX_ROW_BYTES = 1024 * 1024;
/** Most columns of a file. */
const MAX_COLUMNS = 1000;

/** Reads and checks the options (INVALID_ARGUMENT for a bad one). */
function resolveOptions(fn: string, options: unknown): ReadCsvOptions & CsvImportOptions & { maxBytes: number } {
  const o = readOptions(fn, options) as ReadCsvOptions;
  const fail = (name: string, what: string, value: unknown): never => {
    throw new PmoError('INVALID_ARGUMENT', `${fn}: options.${name} must be ${what}, got ${show(value)}`);
  };
  const oneOf = <T extends string>(name: string, value: unknown, choices: readonly T[], fallback: T): T =>
    value === undefined ? fallback : (choices as readonly unknown[]).includes(value) ? (value as T) : fail(name, choices.map((c) => JSON.stringify(c)).join(', '), value);
  for (const name of ['projectId', 'portfolioId', 'portfolioName'] as const) {
    const v = o[name];
    if (v !== undefined && (typeof v !== 'string' || v === '')) fail(name, 'a non-empty string', v);
  }
  if (o.startDate !== undefined && (typeof o.startDate !== 'string' || !isIsoDate(o.startDate))) fail('startDate', 'a date as YYYY-MM-DD that exists', o.startDate);
  if (o.maxBytes !== undefined && (typeof o.maxBytes !== 'number' || !(o.maxBytes > 0))) fail('maxBytes', 'a positive number', o.maxBytes);
  return {
    ...o,
    projectId: o.projectId,
    startDate: o.startDate,
    dateFormat: oneOf('dateFormat', o.dateFormat, ['iso', 'mdy', 'dmy'], 'iso'),
    unknownColumns: oneOf('unknownColumns', o.unknownColumns, ['extensions', 'ignore', 'error'], 'extensions'),
    delimiter: o.delimiter === undefined ? undefined : oneOf('delimiter', o.delimiter, [',', ';', '\t'], ','),
    maxBytes: o.maxBytes ?? MAX_BYTES,
  } as ReadCsvOptions & CsvImportOptions & { maxBytes: number };
}

/** How each sheet was read. */
function summaries(sheets: readonly CsvSheet[]): CsvFileSummary[] {
  return sheets.map((s) => ({
    name: s.name,
    kind: s.kind,
    delimiter: s.table.delimiter,
    rows: s.table.rows.length,
    columns: [...s.columns].sort((a, b) => a[1] - b[1]).map(([key, i]) => ({ header: s.table.headers[i]!, key })),
    unknownColumns: s.unknown.map((i) => s.table.headers[i]!),
  }));
}

/** The portfolio as JSON: only the parts the files gave. */
function assemble(build: CsvBuild, o: ReadCsvOptions): PortfolioInput {
  // Tasks and dependencies last, after the project's own fields (its start is settled last).
  const projects: Json[] = build.projects.map(({ input: { tasks, dependencies, ...fields } }) => ({ ...fields, tasks, ...(dependencies.length > 0 ? { dependencies } : {}) }));
  const id = o.portfolioId ?? (projects.length === 1 ? (projects[0]!.id as string) : 'portfolio');
  const input: Json = { id, name: o.portfolioName ?? id };
  if (build.calendars.length > 0) Object.assign(input, { calendars: build.calendars, defaultCalendarId: build.defaultCalendarId });
  if (build.resources.length > 0) input.resources = build.resources;
  if (build.pools.size > 0) input.pools = [...build.pools.values()];
  if (build.programs.size > 0) input.programs = [...build.programs.values()];
  input.projects = projects;
  if (build.crossDependencies.length > 0) input.crossDependencies = build.crossDependencies;
  if (build.risks.length > 0) input.risks = build.risks;
  return input as unknown as PortfolioInput;
}

/**
 * Reads CSV files into a validated portfolio (see `readCsv`).
 *
 * @throws PmoError `INVALID_ARGUMENT` for bad arguments, `PARSE` for files that cannot be read,
 *   {@link CsvImportError} for data that does not make a valid portfolio
 */
export function importCsv(fn: string, files: unknown, options: unknown): ReadCsvDetailsResult {
  const o = resolveOptions(fn, options);
  if (!Array.isArray(files)) throw new PmoError('INVALID_ARGUMENT', `${fn}: expected an array of files ({ name, text, kind? }), got ${show(files)}`);
  if (files.length === 0) throw new PmoError('INVALID_ARGUMENT', `${fn}: no files given`);
  files.forEach((f, i) => {
    if (!isObject(f)) throw new PmoError('INVALID_ARGUMENT', `${fn}: files[${i}] must be an object { name, text, kind? }, got ${show(f)}`);
  });
  const sheets = readSheets(fn, files as CsvFile[], { maxBytes: o.maxBytes, maxRowBytes: MAX_ROW_BYTES, maxColumns: MAX_COLUMNS }, o.delimiter, o.unknownColumns);
  const of = (kind: CsvKind) => sheets.filter((s) => s.kind === kind);
  const build = new CsvBuild(fn, o);
  readCalendars(build, of('calendars'));
  readHolidays(build, of('holidays'));
  readResources(build, of('resources'));
  readProjects(build, of('projects'));
  const listed = build.projects.length;
  const named = namesProject(of('tasks'), ['project']) || namesProject(of('dependencies'), ['project', 'fromProject', 'toProject']) || namesProject(of('assignments'), ['project']);
  build.defaultProjectId = o.projectId ?? (listed === 1 ? (build.projects[0]!.input.id as string) : listed === 0 && !named ? 'project' : undefined);
  readTasks(build, of('tasks'));
  settleTasks(build);
  readPredecessors(build);
  readDependencies(build, of('dependencies'));
  readAssignments(build, of('assignments'));
  readRisks(build, of('risks'));
  settleStarts(build);

  const input = assemble(build, o);
  const result = safeParsePortfolio(input);
  const issues: LocatedIssue[] = [...build.issues];
  if (!result.success) {
    // A value already reported where it was read (at its cell, or at its path) is not reported again by validation.
    const cell = (i: LocatedIssue) => `${i.fileIndex}\u0000${i.line ?? ''}\u0000${i.column ?? ''}`;
    const path = (i: { readonly path: readonly (string | number)[] }) => i.path.join('\u0000');
    const cells = new Set(build.issues.filter((i) => i.column !== undefined).map(cell));
    const paths = new Set(build.issues.map(path));
    for (const issue of result.error.issues) {
      const located = build.sources.locate(issue);
      if (!paths.has(path(issue)) && (located.column === undefined || !cells.has(cell(located)))) issues.push(located);
    }
  }
  if (issues.length > 0 || !result.success) throw new CsvImportError(fn, sortIssues(issues));
  return { portfolio: result.data, input, files: summaries(sheets) };
}
