/**
 * Checks beyond shape: duplicate ids, references to unknown ids, self-dependencies, WBS cycles.
 * They read the raw input defensively (anything of the wrong type is skipped: the shape checks
 * report it), so that every issue of a file is reported in one pass even when its shape is
 * partly wrong. Private to pmo-kit.
 */
import { isIsoDate } from '../internal/dates.js';
import { checkCalendarWorks } from './calendarWorks.js';
import { checkNetwork, type LinkEnds } from './network.js';
import { checkTaskProgress, projectStatusDate } from './semantic-progress.js';
import { checkLessons, checkMaturityAssessment } from './semantic-scoring.js';
import { arr, IssueSink, isObj, q, str, type Obj, type Path } from './raw.js';

export { IssueSink };

/** Dependency type codes, for numeric duplicate keys. */
const typeCode = (type: string): number | undefined => (type === 'FS' ? 0 : type === 'SS' ? 1 : type === 'FF' ? 2 : type === 'SF' ? 3 : undefined);

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

/**
 * Like {@link indexIds} (same issues, in the same order) but maps each id to the position of its
 * first item: one map instead of two, for the largest collection (a project's tasks). `first[i]`
 * is set to 1 for each position that holds the first item of its id; `ids[i]` to the id at i.
 * One map operation an item: the ids are set from the last item to the first, so that each ends
 * at its first position (the map's order is not the items'); duplicates (the map smaller than the
 * ids) are then found in item order.
 */
function indexPositions(sink: IssueSink, items: readonly unknown[], base: Path, kind: string, scope: string, first: Uint8Array, ids: string[]): Map<string, number> {
  const pos = new Map<string, number>();
  let count = 0;
  for (let i = items.length - 1; i >= 0; i--) {
    const item = items[i];
    if (!isObj(item)) continue;
    const id = str(item, 'id');
    if (id === undefined) continue;
    ids[i] = id;
    pos.set(id, i);
    count++;
  }
  const distinct = pos.size === count;
  for (let i = 0; i < items.length; i++) {
    const id = ids[i];
    if (id === undefined) continue;
    const at = distinct ? i : pos.get(id)!;
    if (at === i) first[i] = 1;
    else sink.add('duplicate_id', [...base, i, 'id'], `duplicate ${kind} id ${q(id)}${scope} (first at index ${at})`);
  }
  return pos;
}

/**
 * {@link checkParentCycles} on positions: the same issues, with typed arrays instead of maps.
 * `first` marks the first item of each id ({@link indexPositions}); only parents are looked up.
 */
function checkTaskParentCycles(sink: IssueSink, items: readonly unknown[], pos: ReadonlyMap<string, number>, first: Uint8Array, base: Path, kind: string): void {
  const n = items.length;
  const parent = new Int32Array(n).fill(-1);
  let any = false;
  for (let i = 0; i < n; i++) {
    if (first[i] === 0) continue;
    const p = str(items[i] as Obj, 'parentId');
    const k = p === undefined ? undefined : pos.get(p);
    if (k !== undefined) {
      parent[i] = k;
      any = true;
    }
  }
  if (!any) return; // no task has a parent: no chain, no cycle
  const state = new Uint8Array(n); // 1 on the current walk, 2 done
  const walk: number[] = [];
  for (let start = 0; start < n; start++) {
    if (first[start] === 0 || state[start] !== 0) continue;
    walk.length = 0;
    let cur = start;
    while (cur >= 0 && state[cur] === 0) {
      state[cur] = 1;
      walk.push(cur);
      cur = parent[cur]!;
    }
    if (cur >= 0 && state[cur] === 1) {
      const idOf = (k: number): string => str(items[k] as Obj, 'id')!;
      const cycle = walk.slice(walk.indexOf(cur)).map(idOf);
      sink.add('cycle', [...base, cur, 'parentId'], `${kind} parent chain forms a cycle: ${[...cycle, idOf(cur)].map(q).join(' -> ')}`);
    }
    for (const k of walk) state[k] = 2;
  }
}

/** Checks the demands of one task: resources and skills that exist, skills that the named resource has. */
function checkDemands(sink: IssueSink, demands: readonly unknown[], at: Path, towner: string, ctx: ProjectContext): void {
  demands.forEach((d, j) => {
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
}

/**
 * Checks a project's links: unknown tasks, self-dependencies and duplicates (same tasks and
 * type). Duplicates are found without a hash of every link: the links are grouped by their
 * predecessor (a counting sort, stable) and, within a group, a successor-and-type slot remembers
 * the first link that used it in this group. Issues are reported in link order. O(n + m).
 */
function checkLinks(sink: IssueSink, deps: readonly unknown[], pos: ReadonlyMap<string, number>, n: number, base: Path, where: string): ResolvedEnds {
  const m = deps.length;
  const ends: ResolvedEnds = { from: new Int32Array(m).fill(-1), to: new Int32Array(m).fill(-1), fromIds: new Array<string>(m), toIds: new Array<string>(m) };
  // The links whose ends are known tasks and whose type is known: C[i] their type code, -1 for the others.
  const A = ends.from;
  const B = ends.to;
  const C = new Int8Array(m).fill(-1);
  const found: [number, number, () => void][] = []; // link, order within the link, report
  let other: Map<string, number> | undefined; // links to unknown tasks or of unknown types, by a JSON key
  for (let i = 0; i < m; i++) {
    const d = deps[i];
    // The common link (an object, two distinct known ids, a known or non-string type) in a few
    // loads and the two lookups; anything else takes the general path below, which reports it.
    if (typeof d === 'object' && d !== null) {
      const from = (d as Obj).from;
      const to = (d as Obj).to;
      if (typeof from === 'string' && typeof to === 'string' && from !== to) {
        const a = pos.get(from);
        const b = pos.get(to);
        const t = (d as Obj).type;
        const code = typeof t !== 'string' || t === 'FS' ? 0 : t === 'SS' ? 1 : t === 'FF' ? 2 : t === 'SF' ? 3 : -1;
        if (a !== undefined && b !== undefined && code >= 0 && !Array.isArray(d)) {
          A[i] = a;
          B[i] = b;
          ends.fromIds[i] = from;
          ends.toIds[i] = to;
          C[i] = code;
          continue;
        }
      }
    }
    if (!isObj(d)) continue;
    const from = str(d, 'from');
    const to = str(d, 'to');
    const a = from === undefined ? undefined : pos.get(from);
    const b = to === undefined ? undefined : pos.get(to);
    if (a !== undefined && b !== undefined) {
      ends.from[i] = a;
      ends.to[i] = b;
      ends.fromIds[i] = from!;
      ends.toIds[i] = to!;
    }
    if (from !== undefined && a === undefined) found.push([i, 0, () => sink.add('unknown_reference', [...base, 'dependencies', i, 'from'], `dependency refers to unknown task ${q(from)}${where}`)]);
    if (to !== undefined && b === undefined) found.push([i, 1, () => sink.add('unknown_reference', [...base, 'dependencies', i, 'to'], `dependency refers to unknown task ${q(to)}${where}`)]);
    if (from !== undefined && from === to) found.push([i, 2, () => sink.add('self_dependency', [...base, 'dependencies', i], `task ${q(from)}${where} depends on itself`)]);
    if (from === undefined || to === undefined) continue;
    const type = typeof d.type === 'string' ? d.type : 'FS';
    const code = typeCode(type);
    if (a !== undefined && b !== undefined && code !== undefined) {
      C[i] = code;
      continue;
    }
    const key = JSON.stringify([from, to, type]);
    const first = (other ??= new Map()).get(key);
    if (first === undefined) other.set(key, i);
    else found.push([i, 3, () => sink.add('duplicate_dependency', [...base, 'dependencies', i], `duplicate ${type} dependency ${q(from)} -> ${q(to)}${where} (first at index ${first})`)]);
  }
  // Group the known links by predecessor, in link order.
  const start = new Int32Array(n + 1);
  for (let i = 0; i < m; i++) if (C[i]! >= 0) start[A[i]! + 1]!++;
  for (let k = 0; k < n; k++) start[k + 1]! += start[k]!;
  const order = new Int32Array(start[n]!);
  // Each grouped link's successor-and-type slot, in group order (read in order below, not gathered).
  const slots = new Int32Array(start[n]!);
  const fill = start.slice(0, n);
  for (let i = 0; i < m; i++)
    if (C[i]! >= 0) {
      const s = fill[A[i]!]!++;
      order[s] = i;
      slots[s] = B[i]! * 4 + C[i]!;
    }
  const stamp = new Int32Array(4 * n).fill(-1); // group (predecessor) that last used a successor-and-type slot
  const firstOf = new Int32Array(4 * n);
  for (let a = 0; a < n; a++)
    for (let s = start[a]!, end = start[a + 1]!; s < end; s++) {
      const i = order[s]!;
      const slot = slots[s]!;
      if (stamp[slot] !== a) {
        stamp[slot] = a;
        firstOf[slot] = i;
        continue;
      }
      const first = firstOf[slot]!;
      const d = deps[i] as Obj;
      const type = typeof d.type === 'string' ? d.type : 'FS';
      found.push([i, 3, () => sink.add('duplicate_dependency', [...base, 'dependencies', i], `duplicate ${type} dependency ${q(str(d, 'from')!)} -> ${q(str(d, 'to')!)}${where} (first at index ${first})`)]);
    }
  found.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  for (const [, , report] of found) report();
  return ends;
}

/** {@link LinkEnds} with the endpoint ids that resolved (at the links whose both ends did). */
interface ResolvedEnds extends LinkEnds {
  readonly fromIds: string[];
  readonly toIds: string[];
}

/** Whether both ends of every link name a known task. */
function allResolved(ends: LinkEnds): boolean {
  const { from, to } = ends;
  for (let i = 0; i < from.length; i++) if (from[i]! < 0 || to[i]! < 0) return false;
  return true;
}

/** Checks one project; returns its task index. */
export function checkProject(
  sink: IssueSink,
  project: unknown,
  base: Path,
  ctx: ProjectContext,
): { readonly tasks: Map<string, number>; readonly ends?: LinkEnds; readonly first?: Uint8Array } {
  if (!isObj(project)) return { tasks: new Map() };
  const pid = str(project, 'id');
  const where = pid !== undefined ? ` in project ${q(pid)}` : '';
  const owner = pid !== undefined ? `project ${q(pid)}` : 'project';
  checkRef(sink, project, 'calendarId', ctx.calendars, base, 'calendar', owner);
  checkRef(sink, project, 'programId', ctx.programs, base, 'program', owner);
  checkRef(sink, project, 'managerId', ctx.people, base, 'person', owner);
  checkRef(sink, project, 'sponsorId', ctx.people, base, 'person', owner);
  checkRef(sink, project, 'unitId', ctx.units, base, 'unit', owner);

  const taskItems = arr(project.tasks);
  // One index of the task ids (id -> position of its first task) serves every check below.
  const firstOfId = new Uint8Array(taskItems.length);
  const ids = new Array<string>(taskItems.length);
  const tasks = indexPositions(sink, taskItems, [...base, 'tasks'], 'task', where, firstOfId, ids);
  // Per task, the path and the owner's name are built only for an issue (a large project has
  // hundreds of thousands of tasks and almost never an issue).
  const calendars = ctx.calendars;
  const statusDate = projectStatusDate(project);
  for (let i = 0; i < taskItems.length; i++) {
    const t = taskItems[i];
    if (!isObj(t)) continue;
    const at = (): Path => [...base, 'tasks', i];
    const towner = (): string => `task ${q(str(t, 'id') ?? `#${i}`)}${where}`;
    const parent = str(t, 'parentId');
    if (parent !== undefined) {
      if (parent === str(t, 'id')) sink.add('self_reference', [...at(), 'parentId'], `${towner()} is its own parent`);
      else if (!tasks.has(parent)) sink.add('unknown_reference', [...at(), 'parentId'], `${towner()} refers to unknown task ${q(parent)}`);
    }
    if (calendars !== undefined) {
      const cal = str(t, 'calendarId');
      if (cal !== undefined && !calendars.has(cal)) sink.add('unknown_reference', [...at(), 'calendarId'], `${towner()} refers to unknown calendar ${q(cal)}`);
    }
    // Progress issues need an actual date (a percent complete alone is taken as it is).
    if (t.actualStart !== undefined || t.actualFinish !== undefined) checkTaskProgress(sink, t, at(), towner(), statusDate);
    const demands = t.demands;
    if (Array.isArray(demands) && demands.length > 0) checkDemands(sink, demands, at(), towner(), ctx);
  }
  checkTaskParentCycles(sink, taskItems, tasks, firstOfId, [...base, 'tasks'], `task${where}`);
  const ends = checkLinks(sink, arr(project.dependencies), tasks, taskItems.length, base, where);
  // What the links resolved to, for the schedule engine when the whole input validates (validate.ts).
  if (Array.isArray(project.tasks) && tasks.size === taskItems.length && allResolved(ends))
    sink.resolved.set(project, { ids, fromIds: ends.fromIds, toIds: ends.toIds, from: ends.from, to: ends.to });
  return { tasks, ends, first: firstOfId };
}

/** Checks a risk list against projects, their tasks and people. */
export function checkRisks(
  sink: IssueSink,
  risks: readonly unknown[],
  base: Path,
  ctx: {
    readonly projects?: ReadonlyMap<string, ReadonlyMap<string, unknown>>;
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
  const tasksByProject = new Map<string, Map<string, number>>();
  const endsOf = new Map<unknown, { readonly ends: LinkEnds; readonly index: Map<string, number>; readonly first: Uint8Array }>();
  projectItems.forEach((p, i) => {
    const { tasks, ends, first } = checkProject(sink, p, ['projects', i], ctx);
    if (ends !== undefined && first !== undefined) endsOf.set(p, { ends, index: tasks, first });
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

  const netProjects = projectItems.flatMap((p, i) => {
    if (!isObj(p)) return [];
    const known = endsOf.get(p);
    return [known === undefined ? { item: p, path: ['projects', i] } : { item: p, path: ['projects', i], ...known }];
  });
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
    if (!isObj(p)) continue;
    // An index loop: a project's tasks may be hundreds of thousands.
    const tasks = arr(p.tasks);
    for (let i = 0; i < tasks.length; i++) note(tasks[i]);
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
  const { tasks, ends, first } = checkProject(sink, input, [], {});
  if (isObj(input)) checkNetwork(sink, [ends === undefined || first === undefined ? { item: input, path: [] } : { item: input, path: [], ends, index: tasks, first }], [], 'project');
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
