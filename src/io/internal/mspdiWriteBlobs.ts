/**
 * The writer's self-check: it reads the plain document back and keeps, as "pmo-kit data", what
 * the document does not reproduce. Private to pmo-kit/io.
 */
import type { ProjectBlob } from './mspdiBlob.js';
import { deepEqual, diffFields, type Patch } from './mspdi.js';
import { readMspdiRaw } from './mspdiRead.js';
import { buildDocument, type WriteBlobs } from './mspdiWriteXml.js';
import type { WritePlan } from './mspdiWritePlan.js';
import { WRITE_FN } from './mspdiWriteValues.js';

type Obj = Record<string, unknown>;

/** The portfolio read back from the plain document (no pmo-kit data) and what it needs to name the calendars. */
function readBack(plan: WritePlan): { back: Obj; namePatches: Record<string, Patch>; synth: number[] } {
  const { calendars, calUid, syntheticUid, resourceCalUid, elapsedCalendarIndex } = plan;
  const namePatches: Record<string, Patch> = {};
  for (const c of calendars) if (String(calUid.get(c.id)) !== c.id) namePatches[String(calUid.get(c.id))] = { set: { id: c.id } };
  const synth = [...(syntheticUid !== undefined ? [syntheticUid] : []), ...resourceCalUid.values()];
  const preset = {
    calendars: namePatches,
    ...(synth.length > 0 ? { syntheticCalendars: synth } : {}),
    ...(elapsedCalendarIndex !== undefined ? { elapsedCalendarIndex } : {}),
  };
  const back = readMspdiRaw(WRITE_FN, buildDocument(plan, {}), {}, false, preset).portfolio;
  return { back, namePatches, synth };
}

/** Per task and per resource, the fields the plain document does not give back (tasks also their original position when reordered). */
function entityBlobs(plan: WritePlan, back: Obj, backProject: Obj): Pick<WriteBlobs, 'tasks' | 'resources'> {
  const { ordered, reordered, indexOf, resources } = plan;
  const backTasks = backProject.tasks as Obj[];
  const taskBlobs = new Map<string, unknown>();
  ordered.forEach(({ task }, i) => {
    const patch: Patch & { index?: number } = diffFields(task, backTasks[i] ?? {}) ?? {};
    if (reordered) patch.index = indexOf.get(task.id)!;
    if (Object.keys(patch).length > 0) taskBlobs.set(task.id, patch);
  });
  const backResources = back.resources as Obj[];
  const resourceBlobs = new Map<string, unknown>();
  resources.forEach((r, i) => {
    const patch = diffFields(r, backResources[i] ?? {});
    if (patch !== undefined) resourceBlobs.set(r.id, patch);
  });
  return { tasks: taskBlobs, resources: resourceBlobs };
}

/** The project's data: its fields, calendars, dependencies and their order, as the plain document does not give them back. */
function projectBlobOf(plan: WritePlan, back: Obj, backProject: Obj, namePatches: Record<string, Patch>, synth: number[]): ProjectBlob {
  const { project, calendars, calUid, elapsedCalendarIndex, order } = plan;
  const blob: ProjectBlob = {};
  const { tasks: _tasks, dependencies: _deps, ...projectFields } = project;
  const { tasks: _bt, dependencies: _bd, ...backFields } = backProject;
  const projectPatch = diffFields(projectFields, backFields);
  if (projectPatch !== undefined) blob.project = projectPatch;
  const backCalendars = new Map((back.calendars as Obj[]).map((c) => [c.id as string, c]));
  for (const c of calendars) {
    const uid = String(calUid.get(c.id));
    const patch = diffFields(c, backCalendars.get(c.id) ?? {});
    const set = { ...namePatches[uid]?.set, ...patch?.set };
    if (Object.keys(set).length > 0 || patch?.unset !== undefined)
      (blob.calendars ??= {})[uid] = { ...(Object.keys(set).length > 0 ? { set } : {}), ...(patch?.unset ? { unset: patch.unset } : {}) };
  }
  if (synth.length > 0) blob.syntheticCalendars = synth;
  if (elapsedCalendarIndex !== undefined) blob.elapsedCalendarIndex = elapsedCalendarIndex;
  const backDeps = backProject.dependencies as Obj[];
  project.dependencies.forEach((d, k) => {
    const j = order[k]!;
    if (!deepEqual(d, backDeps[j])) (blob.dependencies ??= {})[String(j)] = d;
  });
  if (order.some((j, k) => j !== k)) blob.order = [...order];
  return blob;
}

/** The portfolio's fields, and the programs and pools that concern the project, into `blob`. */
function addPortfolio(plan: WritePlan, back: Obj, blob: ProjectBlob): void {
  const { pf, project, calendarIds, resources, all } = plan;
  const portfolioFields = {
    id: pf.id,
    name: pf.name,
    description: pf.description,
    currency: pf.currency,
    defaultCalendarId: pf.defaultCalendarId !== undefined && calendarIds.has(pf.defaultCalendarId) ? pf.defaultCalendarId : undefined,
  };
  const portfolioPatch = diffFields(portfolioFields, back, Object.keys(portfolioFields));
  if (portfolioPatch !== undefined) blob.portfolio = portfolioPatch;
  const programs = pf.programs
    .filter((p) => p.id === project.programId || p.projectIds.includes(project.id))
    .map((p) => ({ ...p, projectIds: p.projectIds.filter((id) => id === project.id) }));
  if (programs.length > 0) blob.programs = programs;
  const written = new Set(resources.map((r) => r.id));
  const poolIds = new Set(resources.map((r) => r.poolId).filter((p) => p !== undefined));
  const pools = pf.pools
    .filter((p) => all || poolIds.has(p.id) || p.resourceIds.some((id) => written.has(id)))
    .map((p) => ({ ...p, resourceIds: p.resourceIds.filter((id) => written.has(id)) }));
  if (pools.length > 0) blob.pools = pools;
}

/** The pmo-kit data the document must carry so that readMspdi gives back exactly the plan's project. */
export function blobsOf(plan: WritePlan): WriteBlobs {
  const { back, namePatches, synth } = readBack(plan);
  const backProject = (back.projects as Obj[])[0]!;
  const blobs = entityBlobs(plan, back, backProject);
  const blob = projectBlobOf(plan, back, backProject, namePatches, synth);
  addPortfolio(plan, back, blob);
  return { ...blobs, ...(Object.keys(blob).length > 0 ? { project: blob } : {}) };
}
