/**
 * Ids interned once at validation: the links of a validated project, resolved to task positions
 * by `parsePortfolio` / `parseProject`, kept for the schedule engine. Private to pmo-kit.
 *
 * Validation looks up both endpoints of every link anyway; the schedule engine used to hash them
 * all again (on 3,000,000 links, about half a second). Validation now remembers what it resolved,
 * in a WeakMap keyed by the validated project's `tasks` array (the cache lives as long as the
 * project does). The engine trusts it only after a check that proves it still holds, cheap
 * because it compares pointers: the project has as many tasks and links as then, task i's id is
 * the string validation saw at position i (`===`), and each link's `from` and `to` are the strings
 * it resolved (`===`). A task id that changed, a task added, a link edited: the check fails there
 * and the engine reads the rest the ordinary way. A stale answer is impossible: the positions are
 * only used for a link whose endpoint strings equal, character for character, the ids of the tasks
 * at those positions.
 */

/** What validation resolved in one project. */
export interface ResolvedLinks {
  /** The id of each task, in task order (distinct: validation refuses duplicates). */
  readonly ids: readonly string[];
  /** Each link's `from` and `to` as validation read them. */
  readonly fromIds: readonly string[];
  readonly toIds: readonly string[];
  /** The positions of the tasks they name, in `ids`. */
  readonly from: Int32Array;
  readonly to: Int32Array;
}

const BY_TASKS = new WeakMap<object, ResolvedLinks>();

/** Remembers what validation resolved for a validated project (keyed by its `tasks` array). */
export function rememberResolvedLinks(project: { readonly tasks?: unknown }, links: ResolvedLinks): void {
  const tasks = project.tasks;
  if (typeof tasks === 'object' && tasks !== null) BY_TASKS.set(tasks, links);
}

/**
 * What validation resolved for this project, when its number of tasks and links has not changed
 * since; `undefined` otherwise. The caller still checks every id and endpoint (see the module
 * comment) before using a position.
 */
export function resolvedLinksOf(tasks: readonly unknown[], dependencies: readonly unknown[] | undefined): ResolvedLinks | undefined {
  const r = BY_TASKS.get(tasks);
  if (r === undefined || r.ids.length !== tasks.length || r.fromIds.length !== (dependencies?.length ?? 0)) return undefined;
  return r;
}
