/** Projects files -> projects and programs; the project a row belongs to; project starts. Private to pmo-kit/io. */
import { CsvRowReader, put, type CsvBuild, type Json, type ProjectDraft } from './csvBuild.js';
import type { CsvSheet } from './csvSheets.js';
import type { CsvSource } from './csvSources.js';
import { readDate, readNumber, readWord } from './csvValues.js';

/** Adds a project (from a projects row, or named by another row) and records where it came from. */
export function addProject(build: CsvBuild, input: Json & { id: string }, source: CsvSource, startSource: CsvSource | undefined): ProjectDraft {
  const draft: ProjectDraft = {
    input: { ...input, tasks: [], dependencies: [] },
    index: build.projects.length,
    tasks: [],
    taskById: new Map(),
    rows: 0,
    earliestStart: undefined,
    startSource,
  };
  build.projects.push(draft);
  if (!build.projectById.has(input.id)) build.projectById.set(input.id, draft);
  const name = input.name as string;
  build.projectByName.set(name, build.projectByName.has(name) ? null : draft);
  build.sources.set(['projects', draft.index], source);
  return draft;
}

/** Reads the projects files: one project per row; a `Program` names (and makes) a program. */
export function readProjects(build: CsvBuild, sheets: readonly CsvSheet[]): void {
  const date = (t: string) => readDate(t, build.options.dateFormat);
  for (const sheet of sheets)
    for (const row of sheet.table.rows) {
      const r = new CsvRowReader(build, sheet, row);
      r.path = ['projects', build.projects.length];
      const id = r.text('id') ?? r.text('name');
      if (id === undefined) {
        r.issue(r.has('id') ? 'id' : 'name', 'missing_value', 'a project needs an id (Project) or a Name');
        continue;
      }
      const input: Json & { id: string } = { id, name: r.text('name') ?? id };
      put(input, 'description', r.text('description'));
      put(input, 'start', r.read('start', date));
      put(input, 'deadline', r.read('deadline', date));
      put(input, 'calendarId', r.text('calendar'));
      put(input, 'priority', r.read('priority', (t) => readNumber(t, sheet.style)));
      put(input, 'budget', r.read('budget', (t) => readNumber(t, sheet.style)));
      put(input, 'expectedValue', r.read('expectedValue', (t) => readNumber(t, sheet.style)));
      const status = r.text('status');
      if (status !== undefined) input.status = readWord(status) === 'canceled' ? 'cancelled' : readWord(status);
      put(input, 'managerId', r.text('manager'));
      put(input, 'sponsorId', r.text('sponsor'));
      const programId = r.text('program');
      if (programId !== undefined) {
        input.programId = programId;
        let program = build.programs.get(programId);
        if (program === undefined) {
          program = { id: programId, name: programId, projectIds: [] };
          build.sources.set(['programs', build.programs.size], r.source({}, 'program'));
          build.programs.set(programId, program);
        }
        program.projectIds.push(id);
      }
      Object.assign(input, r.extensions());
      const fields = {
        id: r.text('id') === undefined ? 'name' : 'id',
        name: 'name',
        description: 'description',
        start: 'start',
        deadline: 'deadline',
        calendarId: 'calendar',
        priority: 'priority',
        budget: 'budget',
        expectedValue: 'expectedValue',
        status: 'status',
        managerId: 'manager',
        sponsorId: 'sponsor',
        programId: 'program',
      };
      addProject(build, input, r.source(fields), r.source({}, 'start'));
    }
}

/** The project a cell names: by id, else by the name of exactly one project. */
export function findProject(build: CsvBuild, text: string): ProjectDraft | undefined {
  return build.projectById.get(text) ?? build.projectByName.get(text) ?? undefined;
}

/**
 * The project a row belongs to: its `key` cell (`Project`: an id, or the name of one project),
 * else the default project. A task row
 * (`create`) makes a project no projects file lists; any other row names an existing one.
 * `undefined`, with an issue, when there is none.
 */
export function projectOf(r: CsvRowReader, key: string, create: boolean, named: string | undefined = r.text(key)): ProjectDraft | undefined {
  const build = r.build;
  const id = named ?? build.defaultProjectId;
  if (id === undefined) {
    r.issue(key, 'missing_value', `which project? the files name several projects: fill in ${JSON.stringify(r.header(key))}, or give the default project (option projectId, pmo import --project)`);
    return undefined;
  }
  const found = findProject(build, id);
  if (found !== undefined) return found;
  if (!create) {
    const known = build.projects.map((p) => JSON.stringify(p.input.id)).join(', ');
    r.issue(key, 'unknown_reference', `unknown project ${JSON.stringify(id)}; the projects are ${known === '' ? 'none' : known}`);
    return undefined;
  }
  const source = r.source({ id: key, name: key, start: 'start' }, named === undefined ? undefined : key);
  return addProject(build, { id, name: id }, source, r.source({}, 'start'));
}

/** Whether any row of these sheets names a project (in one of the given columns). */
export function namesProject(sheets: readonly CsvSheet[], keys: readonly string[]): boolean {
  return sheets.some((s) => keys.some((k) => {
    const i = s.columns.get(k);
    return i !== undefined && s.table.rows.some((row) => row.cells[i]!.trim() !== '');
  }));
}

/**
 * Gives each project without a start one: the earliest `Start` of its tasks, else the
 * `startDate` option; else an issue where the start belongs.
 */
export function settleStarts(build: CsvBuild): void {
  for (const p of build.projects) {
    if (p.input.start !== undefined) continue;
    const start = p.earliestStart ?? build.options.startDate;
    if (start !== undefined) {
      p.input.start = start;
      continue;
    }
    const s = p.startSource;
    build.issues.push({
      ...(s === undefined ? {} : { file: s.file, line: s.line, ...(s.column === undefined ? {} : { column: s.column }) }),
      fileIndex: s?.fileIndex ?? Number.MAX_SAFE_INTEGER,
      code: 'missing_value',
      path: ['projects', p.index, 'start'],
      message: `project ${JSON.stringify(p.input.id)} has no start: give it a Start in a projects file, a Start to one of its tasks, or the startDate option (pmo import --start)`,
    });
  }
}
