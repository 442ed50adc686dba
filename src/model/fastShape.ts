/**
 * A fast path of the shape check for the bulk of a large portfolio or project: its tasks and
 * dependencies. zod checks each element of a 600,000-link network through its generic machinery;
 * the commonest elements (a task with only id, name, duration, milestone, parentId, calendarId
 * and an empty demands list; a dependency with only from, to, type and lag) are checked here by
 * hand and built as zod would build them (same keys, same order, same defaults). Any other
 * element goes through its zod schema alone; the rest of the input through the model's zod
 * schema with those arrays emptied. When anything fails, the caller runs zod on the whole input,
 * so that the issues and their messages are exactly zod's. Private to pmo-kit.
 */
import type { z } from 'zod';
import { DEPENDENCY_TYPES } from './task-constants.js';
import { DependencySchema, TaskSchema } from './task.js';

type Obj = Record<string, unknown>;
type Fast = (v: Obj) => Obj | undefined;

const isPlain = (v: unknown): v is Obj => typeof v === 'object' && v !== null && Object.getPrototypeOf(v) === Object.prototype;
const isId = (v: unknown): v is string => typeof v === 'string' && v.length > 0;
const TYPES: ReadonlySet<unknown> = new Set(DEPENDENCY_TYPES);

/** The number of own enumerable string keys (and any enumerable inherited one, which makes the element slow). */
function keyCount(o: Obj): number {
  let n = 0;
  for (const _ in o) n++;
  return n;
}

/** A task of the common form, as TaskSchema outputs it; undefined otherwise. */
function fastTask(o: Obj): Obj | undefined {
  const { id, name, duration, milestone, parentId, calendarId, demands } = o;
  if (!isId(id) || typeof name !== 'string' || typeof duration !== 'number' || !Number.isFinite(duration) || duration < 0) return undefined;
  let n = 3;
  if (milestone !== undefined) {
    if (typeof milestone !== 'boolean') return undefined;
    n++;
  }
  if (parentId !== undefined) {
    if (!isId(parentId)) return undefined;
    n++;
  }
  if (calendarId !== undefined) {
    if (!isId(calendarId)) return undefined;
    n++;
  }
  if (demands !== undefined) {
    if (!Array.isArray(demands) || demands.length !== 0) return undefined;
    n++;
  }
  if (keyCount(o) !== n) return undefined;
  // Each object made whole by one literal (its fields in place, no property added afterwards).
  const m = milestone ?? false;
  if (parentId === undefined)
    return calendarId === undefined ? { id, name, duration, milestone: m, demands: [] } : { id, name, duration, milestone: m, calendarId, demands: [] };
  return calendarId === undefined ? { id, name, duration, milestone: m, parentId, demands: [] } : { id, name, duration, milestone: m, parentId, calendarId, demands: [] };
}

/** The keys of a dependency as DependencySchema outputs them, in order. */
const DEPENDENCY_KEYS: readonly string[] = ['from', 'to', 'type', 'lag'];

/**
 * A dependency of the common form, as DependencySchema outputs it; undefined otherwise. `owned`
 * (the caller owns the input, see {@link fastShape}): a dependency that is already that output
 * (exactly `from`, `to`, `type` and `lag`, in that order) is returned itself, not copied.
 */
function dependencyOf(o: Obj, owned: boolean): Obj | undefined {
  const { from, to, type, lag } = o;
  if (!isId(from) || !isId(to)) return undefined;
  let n = 2;
  if (type !== undefined) {
    if (!TYPES.has(type)) return undefined;
    n++;
  }
  if (lag !== undefined) {
    if (typeof lag !== 'number' || !Number.isFinite(lag)) return undefined;
    n++;
  }
  // The keys: as many as checked above, and whether they are the output's, in its order.
  let k = 0;
  let same = true;
  for (const key in o) if (key !== DEPENDENCY_KEYS[k++]) same = false;
  if (k !== n) return undefined;
  if (owned && same && n === 4) return o;
  return { from, to, type: type ?? 'FS', lag: lag ?? 0 };
}

const fastDependency: Fast = (o) => dependencyOf(o, false);
const ownedDependency: Fast = (o) => dependencyOf(o, true);

/**
 * The output of every element, or undefined when one is invalid. `owned` (see {@link fastShape}):
 * while `fast` returns the elements themselves, no array is made, and when it returns each of
 * them `items` itself is the output.
 */
function list(items: readonly unknown[], fast: Fast, schema: z.ZodType, owned: boolean): unknown[] | undefined {
  let out: unknown[] | undefined = owned ? undefined : new Array<unknown>(items.length);
  for (let i = 0; i < items.length; i++) {
    if (!(i in items)) return undefined;
    const item = items[i];
    const quick = isPlain(item) ? fast(item) : undefined;
    if (quick === item) {
      if (out !== undefined) out[i] = quick;
      continue;
    }
    if (out === undefined) {
      out = new Array<unknown>(items.length);
      for (let k = 0; k < i; k++) out[k] = items[k];
    }
    if (quick !== undefined) {
      out[i] = quick;
      continue;
    }
    const r = schema.safeParse(item);
    if (!r.success) return undefined;
    out[i] = r.data;
  }
  return out ?? (items as unknown[]);
}

interface Bulk {
  readonly tasks: unknown[] | undefined;
  readonly dependencies: unknown[] | undefined;
}

/** The project with its bulk arrays emptied, and their outputs; undefined when an element is invalid. */
function splitProject(p: unknown, owned: boolean): { readonly rest: unknown; readonly bulk: Bulk | undefined } | undefined {
  if (!isPlain(p)) return { rest: p, bulk: undefined };
  const tasks = Array.isArray(p.tasks) ? list(p.tasks, fastTask, TaskSchema, owned) : undefined;
  if (Array.isArray(p.tasks) && tasks === undefined) return undefined;
  const dependencies = Array.isArray(p.dependencies) ? list(p.dependencies, owned ? ownedDependency : fastDependency, DependencySchema, owned) : undefined;
  if (Array.isArray(p.dependencies) && dependencies === undefined) return undefined;
  if (tasks === undefined && dependencies === undefined) return { rest: p, bulk: undefined };
  const rest: Obj = { ...p };
  if (tasks !== undefined) rest.tasks = [];
  if (dependencies !== undefined) rest.dependencies = [];
  return { rest, bulk: { tasks, dependencies } };
}

function join(out: Obj, bulk: Bulk): void {
  if (bulk.tasks !== undefined) out.tasks = bulk.tasks;
  if (bulk.dependencies !== undefined) out.dependencies = bulk.dependencies;
}

/**
 * The shape check of a portfolio (`mode` 'portfolio') or a project, fast; `undefined` when the
 * input has an issue (run the zod schema for the issues) or is not worth it. `owned`: the caller
 * owns the input (e.g. it has just parsed it) and will not use it again, so the output may share
 * with it the dependencies that are already as DependencySchema outputs them (not copied).
 */
export function fastShape(schema: z.ZodType, mode: 'portfolio' | 'project', input: unknown, owned = false): { readonly data: unknown } | undefined {
  if (!isPlain(input)) return undefined;
  if (mode === 'project') {
    const split = splitProject(input, owned);
    if (split === undefined || split.bulk === undefined) return undefined;
    const r = schema.safeParse(split.rest);
    if (!r.success) return undefined;
    join(r.data as Obj, split.bulk);
    return { data: r.data };
  }
  const projects = input.projects;
  if (!Array.isArray(projects)) return undefined;
  const splits = [];
  for (let i = 0; i < projects.length; i++) {
    if (!(i in projects)) return undefined;
    const s = splitProject(projects[i], owned);
    if (s === undefined) return undefined;
    splits.push(s);
  }
  if (splits.every((s) => s.bulk === undefined)) return undefined;
  const r = schema.safeParse({ ...input, projects: splits.map((s) => s.rest) });
  if (!r.success) return undefined;
  const out = (r.data as { projects: Obj[] }).projects;
  splits.forEach((s, i) => {
    if (s.bulk !== undefined) join(out[i]!, s.bulk);
  });
  return { data: r.data };
}
