/**
 * Checks beyond shape: duplicate ids, references to unknown ids, self-dependencies, WBS cycles.
 * They read the raw input defensively (anything of the wrong type is skipped: the shape checks
 * report it), so that every issue of a file is reported in one pass even when its shape is
 * partly wrong. Private to pmo-kit.
 */
import { isIsoDate } from '../internal/dates.js';
import { checkCalendarWorks } from './calendarWorks.js';
import { checkNetwork } from './network.js';
import { checkTaskProgress, projectStatusDate } from './semantic-progress.js';
import { checkLessons, checkMaturityAssessment } from './semantic-scoring.js';
import { arr, IssueSink, isObj, q, str, type Obj, type Path } from './raw.js';

export { IssueSink };

/** Dependency type codes, for numeric duplicate keys. */
const TYPE_CODES = new Map([
  ['FS', 0],
  ['SS', 1],
  ['FF', 2],
  ['SF', 3],
]);

/** Index of a collection's ids; reports duplicates. */
export function indexIds(
  sink: IssueSink,
  items: readonly unknown[],
  base: Path,
  kind: string,
  scope = '',
): Map<string, Obj> {
  const byId = new Map<string, Obj>();
  const firstAt = new Map<string, number>();
  items.forEach((item, i) => {
    if (!isObj(item)) return;
    const id = str(item, 'id');
    if (id === undefined) return;
    const first = firstAt.get(id);
    if (first !== undefined) {
      sink.add('duplicate_id', [...base, i, 'id'], `duplicate ${kind} id ${q(id)}${scope} (first at index ${first})`);
      return;
    }
    firstAt.set(id, i);
    byId.set(id, item);
  });
  return byId;
}

/** Reports a reference `o[key]` to an id missing from `known` (not checked when `known` is undefined). */
export function checkRef(
  sink: IssueSink,
  o: Obj,
  key: string,
  known: ReadonlyMap<string, unknown> | undefined,
  path: Path,
  what: string,
  owner: string,
): void {
  if (known === undefined) return;
  const id = str(o, key);
  if (id !== undefined && !known.has(id)) sink.add('unknown_reference', [...path, key], `${owner} refers to unknown ${what} ${q(id)}`);
}

/** Reports a cycle in a parent relation (units' parentId, tasks' parentId). */
function checkParentCycles(sink: IssueSink, byId: ReadonlyMap<string, Obj>, indexOf: ReadonlyMap<string, number>, base: Path, kind: string): void {
  const state = new Map<string, 1 | 2>(); // 1 on the current walk, 2 done
  for (const start of byId.keys()) {
    if (state.has(start)) continue;
    const walk: string[] = [];
    let cur: string | undefined = start;
    while (cur !== undefined && !state.has(cur)) {
      state.set(cur, 1);
      walk.push(cur);
      const node = byId.get(cur);
      const parent: string | undefined = node ? str(node, 'parentId') : undefined;
      cur = parent !== undefined && byId.has(parent) ? parent : undefined;
    }
    if (cur !== undefined && state.get(cur) === 1) {
      const cycle = walk.slice(walk.indexOf(cur));
      sink.add(
        'cycle',
        [...base, indexOf.get(cur) ?? 0, 'parentId'],
        `${kind} parent chain forms a cycle: ${[...cycle, cur].map(q).join(' -> ')}`,
      );
    }
    for (const id of walk) state.set(id, 2);
  }
}

function positions(items: readonly unknown[]): Map<string, number> {
  const m = new Map<string, number>();
  items.forEach((item, i) => {
    if (isObj(item)) {
      const id = str(item, 'id');
      if (id !== undefined && !m.has(id)) m.set(id, i);
    }
  });
  return m;
}

/** Context of the organization needed by other checks. */
export interface OrgIndex {
  readonly people: ReadonlyMap<string, Obj> | undefined;
  readonly units: ReadonlyMap<string, Obj>;
}

/** Checks an organization; returns its people and units for cross-checks. */
export function checkOrganization(sink: IssueSink, org: unknown, base: Path): OrgIndex {
  if (!isObj(org)) return { people: undefined, units: new Map() };
  const unitItems = arr(org.units);
  const peopleItems = arr(org.people);
  const units = indexIds(sink, unitItems, [...base, 'units'], 'unit');
  const people = indexIds(sink, peopleItems, [...base, 'people'], 'person');
  unitItems.forEach((u, i) => {
    if (!isObj(u)) return;
    const at = [...base, 'units', i];
    const id = str(u, 'id') ?? `#${i}`;
    if (str(u, 'parentId') !== undefined && str(u, 'parentId') === str(u, 'id'))
      sink.add('self_reference', [...at, 'parentId'], `unit ${q(id)} is its own parent`);
    else checkRef(sink, u, 'parentId', units, at, 'unit', `unit ${q(id)}`);
    checkRef(sink, u, 'managerId', people, at, 'person', `unit ${q(id)}`);
  });
  checkParentCycles(sink, units, positions(unitItems), [...base, 'units'], 'unit');
  peopleItems.forEach((p, i) => {
    if (!isObj(p)) return;
    checkRef(sink, p, 'unitId', units, [...base, 'people', i], 'unit', `person ${q(str(p, 'id') ?? `#${i}`)}`);
  });
  if (isObj(org.pmo)) {
    const pmo = org.pmo;
    const at = [...base, 'pmo'];
    checkRef(sink, pmo, 'leadId', people, at, 'person', 'the PMO');
    checkRef(sink, pmo, 'unitId', units, at, 'unit', 'the PMO');
    const lead = str(pmo, 'leadId');
    const leadPerson = lead !== undefined ? people.get(lead) : undefined;
    if (leadPerson && Array.isArray(leadPerson.roles) && !leadPerson.roles.includes('pmo-lead'))
      sink.add('inconsistent_value', [...at, 'leadId'], `PMO lead ${q(lead!)} does not have the role "pmo-lead"`);
  }
  return { people, units };
}

/** What a project check may cross-reference (absent maps are not checked). */
export interface ProjectContext {
  readonly calendars?: ReadonlyMap<string, unknown>;
  readonly resources?: ReadonlyMap<string, Obj>;
  readonly skills?: ReadonlyMap<string, number>;
  readonly programs?: ReadonlyMap<string, unknown>;
  readonly people?: ReadonlyMap<string, unknown> | undefined;
  readonly units?: ReadonlyMap<string, unknown> | undefined;
}

/** Checks one project; returns its task index. */
export function checkProject(sink: IssueSink, project: unknown, base: Path, ctx: ProjectContext): Map<string, Obj> {
  if (!isObj(project)) return new Map();
  const pid = str(project, 'id');
  const where = pid !== undefined ? ` in project ${q(pid)}` : '';
  const owner = pid !== undefined ? `project ${q(pid)}` : 'project';
  checkRef(sink, project, 'calendarId', ctx.calendars, base, 'calendar', owner);
  checkRef(sink, project, 'programId', ctx.programs, base, 'program', owner);
  checkRef(sink, project, 'managerId', ctx.people, base, 'person', owner);
  checkRef(sink, project, 'sponsorId', ctx.people, base, 'person', owner);
  checkRef(sink, project, 'unitId', ctx.units, base, 'unit', owner);

  const taskItems = arr(project.tasks);
  const tasks = indexIds(sink, taskItems, [...base, 'tasks'], 'task', where);
  const statusDate = projectStatusDate(project);
  taskItems.forEach((t, i) => {
    if (!isObj(t)) return;
    const at = [...base, 'tasks', i];
    const tid = str(t, 'id') ?? `#${i}`;
    const towner = `task ${q(tid)}${where}`;
    const parent = str(t, 'parentId');
    if (parent !== undefined && parent === str(t, 'id')) sink.add('self_reference', [...at, 'parentId'], `${towner} is its own parent`);
    else checkRef(sink, t, 'parentId', tasks, at, 'task', towner);
    checkRef(sink, t, 'calendarId', ctx.calendars, at, 'calendar', towner);
    checkTaskProgress(sink, t, at, towner, statusDate);
    arr(t.demands).forEach((d, j) => {
      if (!isObj(d)) return;
      const dat = [...at, 'demands', j];
      checkRef(sink, d, 'resourceId', ctx.resources, dat, 'resource', towner);
      const skill = str(d, 'skill');
      if (skill !== undefined && ctx.skills !== undefined) {
        const best = ctx.skills.get(skill);
        const min = typeof d.minLevel === 'number' ? d.minLevel : undefined;
        if (best === undefined) sink.add('unknown_reference', [...dat, 'skill'], `${towner} demands skill ${q(skill)}, which no resource has`);
        else if (min !== undefined && best < min)
          sink.add('unknown_reference', [...dat, 'minLevel'], `${towner} demands skill ${q(skill)} at level ${min}, but the best resource has ${best}`);
      }
      const rid = str(d, 'resourceId');
      if (skill !== undefined && rid !== undefined && ctx.resources?.has(rid)) {
        const skills = ctx.resources.get(rid)?.skills;
        if (!isObj(skills) || !Object.hasOwn(skills, skill))
          sink.add('inconsistent_value', [...dat, 'skill'], `${towner} demands skill ${q(skill)} of resource ${q(rid)}, who does not have it`);
      }
    });
  });
  const pos = positions(taskItems);
  checkParentCycles(sink, tasks, pos, [...base, 'tasks'], `task${where}`);

  // Duplicate links: keyed by task positions and type code as one number (no string building
  // on the hot path); links to unknown tasks or of unknown types by a JSON key.
  const n = taskItems.length;
  const numeric = n * n * 4 < Number.MAX_SAFE_INTEGER;
  const seen = new Map<number, number>();
  let seenOther: Map<string, number> | undefined;
  const deps = arr(project.dependencies);
  for (let i = 0; i < deps.length; i++) {
    const d = deps[i];
    if (!isObj(d)) continue;
    const from = str(d, 'from');
    const to = str(d, 'to');
    const a = from === undefined ? undefined : pos.get(from);
    const b = to === undefined ? undefined : pos.get(to);
    if (from !== undefined && a === undefined) sink.add('unknown_reference', [...base, 'dependencies', i, 'from'], `dependency refers to unknown task ${q(from)}${where}`);
    if (to !== undefined && b === undefined) sink.add('unknown_reference', [...base, 'dependencies', i, 'to'], `dependency refers to unknown task ${q(to)}${where}`);
    if (from !== undefined && from === to) sink.add('self_dependency', [...base, 'dependencies', i], `task ${q(from)}${where} depends on itself`);
    if (from === undefined || to === undefined) continue;
    const type = typeof d.type === 'string' ? d.type : 'FS';
    const code = TYPE_CODES.get(type);
    let first: number | undefined;
    if (numeric && a !== undefined && b !== undefined && code !== undefined) {
      const key = (a * n + b) * 4 + code;
      first = seen.get(key);
      if (first === undefined) seen.set(key, i);
    } else {
      const key = JSON.stringify([from, to, type]);
      first = (seenOther ??= new Map()).get(key);
      if (first === undefined) seenOther.set(key, i);
    }
    if (first !== undefined)
      sink.add('duplicate_dependency', [...base, 'dependencies', i], `duplicate ${type} dependency ${q(from)} -> ${q(to)}${where} (first at index ${first})`);
  }
  return tasks;
}

/** Checks a risk list against projects, their tasks and people. */
export function checkRisks(
  sink: IssueSink,
  risks: readonly unknown[],
  base: Path,
  ctx: {
    readonly projects?: ReadonlyMap<string, ReadonlyMap<string, Obj>>;
    readonly people?: ReadonlyMap<string, unknown> | undefined;
    readonly defaultProjectId?: string | undefined;
  },
): void {
  indexIds(sink, risks, base, 'risk');
  risks.forEach((r, i) => {
    if (!isObj(r)) return;
    const at = [...base, i];
    const owner = `risk ${q(str(r, 'id') ?? `#${i}`)}`;
    checkRef(sink, r, 'projectId', ctx.projects, at, 'project', owner);
    checkRef(sink, r, 'owner', ctx.people, at, 'person', owner);
    const actions = arr(r.actions);
    indexIds(sink, actions, [...at, 'actions'], 'action', ` in ${owner}`);
    actions.forEach((a, j) => {
      if (isObj(a)) checkRef(sink, a, 'owner', ctx.people, [...at, 'actions', j], 'person', `action #${j} of ${owner}`);
    });
    const identified = str(r, 'identifiedOn');
    const reviewed = str(r, 'lastReviewedOn');
    if (identified !== undefined && reviewed !== undefined && isIsoDate(identified) && isIsoDate(reviewed) && reviewed < identified)
      sink.add('inconsistent_value', [...at, 'lastReviewedOn'], `${owner} was last reviewed on ${reviewed}, before it was identified (${identified})`);
    if (ctx.projects === undefined) return;
    const pid = str(r, 'projectId') ?? ctx.defaultProjectId;
    const scope = pid !== undefined ? ctx.projects.get(pid) : undefined;
    arr(r.taskIds).forEach((t, j) => {
      if (typeof t !== 'string' || t === '') return;
      const known = scope !== undefined ? scope.has(t) : pid === undefined && [...ctx.projects!.values()].some((m) => m.has(t));
      if (!known && (scope !== undefined || pid === undefined))
        sink.add('unknown_reference', [...at, 'taskIds', j], `${owner} refers to unknown task ${q(t)}${pid !== undefined ? ` in project ${q(pid)}` : ''}`);
    });
  });
}

/** Checks a whole portfolio. */
export function checkPortfolio(sink: IssueSink, input: unknown): void {
  if (!isObj(input)) return;
  const org = isObj(input.organization) ? checkOrganization(sink, input.organization, ['organization']) : undefined;
  const people = org?.people;

  const calendars = indexIds(sink, arr(input.calendars), ['calendars'], 'calendar');
  const resourceItems = arr(input.resources);
  const resources = indexIds(sink, resourceItems, ['resources'], 'resource');
  const pools = indexIds(sink, arr(input.pools), ['pools'], 'pool');
  const programs = indexIds(sink, arr(input.programs), ['programs'], 'program');
  const projectItems = arr(input.projects);
  const projects = indexIds(sink, projectItems, ['projects'], 'project');
  checkRef(sink, input, 'defaultCalendarId', calendars, [], 'calendar', 'the portfolio');

  const skills = new Map<string, number>();
  resourceItems.forEach((r, i) => {
    if (!isObj(r)) return;
    const at = ['resources', i];
    const owner = `resource ${q(str(r, 'id') ?? `#${i}`)}`;
    checkRef(sink, r, 'calendarId', calendars, at, 'calendar', owner);
    checkRef(sink, r, 'poolId', pools, at, 'pool', owner);
    checkRef(sink, r, 'unitId', org?.units, at, 'unit', owner);
    checkRef(sink, r, 'personId', people, at, 'person', owner);
    if (isObj(r.skills))
      for (const [skill, level] of Object.entries(r.skills))
        if (typeof level === 'number') skills.set(skill, Math.max(level, skills.get(skill) ?? -Infinity));
  });
  if (org?.people !== undefined && isObj(input.organization))
    arr(input.organization.people).forEach((p, i) => {
      if (isObj(p)) checkRef(sink, p, 'resourceId', resources, ['organization', 'people', i], 'resource', `person ${q(str(p, 'id') ?? `#${i}`)}`);
    });
  arr(input.pools).forEach((p, i) => {
    if (!isObj(p)) return;
    const owner = `pool ${q(str(p, 'id') ?? `#${i}`)}`;
    checkRef(sink, p, 'managerId', people, ['pools', i], 'person', owner);
    arr(p.resourceIds).forEach((rid, j) => {
      if (typeof rid === 'string' && rid !== '' && !resources.has(rid))
        sink.add('unknown_reference', ['pools', i, 'resourceIds', j], `${owner} refers to unknown resource ${q(rid)}`);
    });
  });
  arr(input.programs).forEach((p, i) => {
    if (!isObj(p)) return;
    const owner = `program ${q(str(p, 'id') ?? `#${i}`)}`;
    checkRef(sink, p, 'managerId', people, ['programs', i], 'person', owner);
    checkRef(sink, p, 'sponsorId', people, ['programs', i], 'person', owner);
    arr(p.projectIds).forEach((pid, j) => {
      if (typeof pid === 'string' && pid !== '' && !projects.has(pid))
        sink.add('unknown_reference', ['programs', i, 'projectIds', j], `${owner} refers to unknown project ${q(pid)}`);
    });
  });

  const ctx: ProjectContext = { calendars, resources, skills, programs, people, units: org?.units };
  const tasksByProject = new Map<string, Map<string, Obj>>();
  projectItems.forEach((p, i) => {
    const tasks = checkProject(sink, p, ['projects', i], ctx);
    const pid = isObj(p) ? str(p, 'id') : undefined;
    if (pid !== undefined && !tasksByProject.has(pid)) tasksByProject.set(pid, tasks);
  });

  arr(input.crossDependencies).forEach((d, i) => {
    if (!isObj(d)) return;
    const at = ['crossDependencies', i];
    for (const [pk, tk] of [
      ['fromProject', 'from'],
      ['toProject', 'to'],
    ] as const) {
      const pid = str(d, pk);
      const tid = str(d, tk);
      if (pid === undefined) continue;
      const tasks = tasksByProject.get(pid);
      if (tasks === undefined) sink.add('unknown_reference', [...at, pk], `cross-project dependency refers to unknown project ${q(pid)}`);
      else if (tid !== undefined && !tasks.has(tid))
        sink.add('unknown_reference', [...at, tk], `cross-project dependency refers to unknown task ${q(tid)} in project ${q(pid)}`);
    }
    checkRef(sink, d, 'fromOwnerId', people, at, 'person', 'cross-project dependency');
    checkRef(sink, d, 'toOwnerId', people, at, 'person', 'cross-project dependency');
    if (str(d, 'fromProject') === str(d, 'toProject') && str(d, 'from') !== undefined && str(d, 'from') === str(d, 'to'))
      sink.add('self_dependency', at, `task ${q(str(d, 'from')!)} in project ${q(str(d, 'fromProject') ?? '')} depends on itself`);
  });

  const used = usedCalendars(input);
  arr(input.calendars).forEach((c, i) => {
    const id = isObj(c) ? str(c, 'id') : undefined;
    if (id !== undefined && used.has(id)) checkCalendarWorks(sink, c, ['calendars', i]);
  });

  const netProjects = projectItems.flatMap((p, i) => (isObj(p) ? [{ item: p, path: ['projects', i] }] : []));
  checkNetwork(sink, netProjects, arr(input.crossDependencies), 'portfolio');

  // contributions are cross-checked when the portfolio states its objectives (a project read
  // alone, e.g. from MS Project, keeps its contributions without them)
  const objectives = indexIds(sink, arr(input.objectives), ['objectives'], 'objective');
  if (Array.isArray(input.objectives))
    projectItems.forEach((p, i) => {
      if (isObj(p)) checkContributions(sink, p, ['projects', i], objectives, `project ${q(str(p, 'id') ?? `#${i}`)}`);
    });

  checkRisks(sink, arr(input.risks), ['risks'], { projects: tasksByProject, people });

  arr(input.statusReports).forEach((r, i) => {
    if (isObj(r)) checkRef(sink, r, 'projectId', projects, ['statusReports', i], 'project', `status report #${i}`);
  });
  indexIds(sink, arr(input.baselines), ['baselines'], 'baseline');
  arr(input.baselines).forEach((b, i) => {
    if (!isObj(b)) return;
    const owner = `baseline ${q(str(b, 'id') ?? `#${i}`)}`;
    checkRef(sink, b, 'projectId', projects, ['baselines', i], 'project', owner);
    const pid = str(b, 'projectId');
    const tasks = pid !== undefined ? tasksByProject.get(pid) : undefined;
    if (tasks === undefined) return;
    arr(b.tasks).forEach((t, j) => {
      if (isObj(t)) checkRef(sink, t, 'taskId', tasks, ['baselines', i, 'tasks', j], `task in project ${q(pid!)}`, owner);
    });
  });
  checkLessons(sink, arr(input.lessons), ['lessons'], projects, indexIds);
  checkMaturityAssessment(sink, input.maturityAssessment, ['maturityAssessment'], isObj(input.organization) ? input.organization : undefined);
}

/** Checks a standalone maturity assessment (no organization to compare its structure and PMO type with). */
export function checkStandaloneMaturityAssessment(sink: IssueSink, input: unknown): void {
  checkMaturityAssessment(sink, input, []);
}

/**
 * Ids of the calendars something schedules on: the default calendar and those named by projects,
 * tasks and resources. Only these are compiled by the engine, so only these must have a working day
 * (an unused calendar without one, as MS Project files may hold, is harmless).
 */
function usedCalendars(input: Obj): Set<string> {
  const used = new Set<string>();
  const note = (o: unknown): void => {
    const id = isObj(o) ? str(o, 'calendarId') : undefined;
    if (id !== undefined) used.add(id);
  };
  const dflt = str(input, 'defaultCalendarId');
  if (dflt !== undefined) used.add(dflt);
  for (const r of arr(input.resources)) note(r);
  for (const p of arr(input.projects)) {
    note(p);
    if (isObj(p)) for (const t of arr(p.tasks)) note(t);
  }
  return used;
}

/** Reports contributions of `o` to strategic objectives missing from `objectives`. */
export function checkContributions(sink: IssueSink, o: Obj, at: Path, objectives: ReadonlyMap<string, unknown>, owner: string): void {
  if (!isObj(o.contributions)) return;
  for (const key of Object.keys(o.contributions))
    if (key !== '' && !objectives.has(key)) sink.add('unknown_reference', [...at, 'contributions', key], `${owner} contributes to unknown objective ${q(key)}`);
}

/** Checks a standalone project (no portfolio context: resources, calendars and people are not checked). */
export function checkStandaloneProject(sink: IssueSink, input: unknown): void {
  checkProject(sink, input, [], {});
  if (isObj(input)) checkNetwork(sink, [{ item: input, path: [] }], [], 'project');
}

/** Checks a standalone risk register. */
export function checkRiskRegister(sink: IssueSink, input: unknown): void {
  if (!isObj(input)) return;
  checkRisks(sink, arr(input.risks), ['risks'], {});
}

/** Checks a standalone calendar: that it has a working day. */
export function checkStandaloneCalendar(sink: IssueSink, input: unknown): void {
  checkCalendarWorks(sink, input, []);
}

/** Checks a standalone organization. */
export function checkStandaloneOrganization(sink: IssueSink, input: unknown): void {
  checkOrganization(sink, input, []);
}

/** Collection keys and the kind of their elements, for issue context. */
const KINDS = new Map<string, string>([
  ['projects', 'project'],
  ['tasks', 'task'],
  ['resources', 'resource'],
  ['calendars', 'calendar'],
  ['risks', 'risk'],
  ['people', 'person'],
  ['units', 'unit'],
  ['pools', 'pool'],
  ['programs', 'program'],
  ['baselines', 'baseline'],
  ['objectives', 'objective'],
  ['lessons', 'lesson'],
  ['demands', 'demand'],
  ['criteria', 'criterion'],
  ['actions', 'action'],
]);

/**
 * Describes the entities that enclose `path` in `input`, e.g. `project "p1", task "t4"`, or
 * `undefined` when none has an id.
 */
export function describeContext(input: unknown, path: readonly (string | number)[]): string | undefined {
  const parts: string[] = [];
  let cur: unknown = input;
  for (let i = 0; i < path.length; i++) {
    const key = path[i]!;
    if (Array.isArray(cur) && typeof key === 'number') cur = cur[key];
    else if (isObj(cur) && typeof key === 'string' && Object.hasOwn(cur, key)) cur = cur[key];
    else break;
    const prev = path[i - 1];
    const kind = typeof key === 'number' && typeof prev === 'string' ? KINDS.get(prev) : undefined;
    if (kind !== undefined && isObj(cur)) {
      const id = str(cur, 'id');
      if (id !== undefined) parts.push(`${kind} ${q(id)}`);
    }
  }
  return parts.length > 0 ? parts.join(', ') : undefined;
}
