/**
 * The work breakdown structure of a set of tasks, and the expansion of links on summary tasks to
 * their leaf tasks: the one WBS expansion of pmo-kit, shared on purpose by the schedule engine
 * (pmo-kit/schedule), its analyses' network and the leveling's portfolio instance
 * (pmo-kit/resources), so that all three see the same leaves below a summary and the same links.
 * Private to pmo-kit.
 *
 * Tasks are dense indices `0 … N - 1`; a task with a child is a *summary*, any other a *leaf*.
 * Leaves are numbered `0 … L - 1` in task order (the *leaf index*, e.g. the node of the CPM
 * kernel or the activity of the RCPSP instance). A link on a summary applies to every leaf below
 * it (MS Project's rule): `a -> b` becomes `leaves(a) × leaves(b)`, in preorder.
 */

/** The WBS of tasks `0 … N - 1` with at least one summary. Every array is indexed as its name says. */
export interface Wbs {
  /** Number of tasks. */
  readonly N: number;
  /** Number of leaves (`N` minus the summaries). */
  readonly L: number;
  /** Parent task of each task, -1 for a root (the array given to {@link wbsOf}). */
  readonly parent: Int32Array;
  /** 1 for each summary task, 0 for each leaf. */
  readonly isSummary: Uint8Array;
  /** Tasks in preorder: roots in task order, each followed by its subtree, children in task order. */
  readonly preSeq: Int32Array;
  /** Position of each task in `preSeq`. */
  readonly pre: Int32Array;
  /** Number of tasks in the subtree of each task (itself included). */
  readonly size: Int32Array;
  /** Leaf index of each task (-1 for summaries). */
  readonly leafOf: Int32Array;
  /** Task of each leaf index. */
  readonly taskOfLeaf: Int32Array;
  /** Leaf indices in preorder. */
  readonly leafSeq: Int32Array;
  /**
   * Leaves below task g (itself for a leaf) are `leafSeq[leafLo[g]] … leafSeq[leafHi[g] - 1]`, in
   * preorder.
   */
  readonly leafLo: Int32Array;
  readonly leafHi: Int32Array;
}

/**
 * A cycle of WBS parents, as the closed chain `[g, parent(g), …, g]` from the first task (in task
 * order) whose walk up the parents meets a task of its own walk; `null` when the parents form a
 * forest. Each task is walked once (colouring). O(N).
 *
 * @example
 * parentCycle(Int32Array.of(-1, 2, 1)); // [1, 2, 1]
 */
export function parentCycle(parent: Int32Array): number[] | null {
  const N = parent.length;
  const colour = new Uint8Array(N); // 1 on the current walk, 2 done
  for (let g0 = 0; g0 < N; g0++) {
    let g = g0;
    while (g !== -1 && colour[g] === 0) {
      colour[g] = 1;
      g = parent[g]!;
    }
    if (g !== -1 && colour[g] === 1) {
      const chain: number[] = [];
      let c = g;
      do {
        chain.push(c);
        c = parent[c]!;
      } while (c !== g);
      chain.push(g);
      return chain;
    }
    for (g = g0; g !== -1 && colour[g] === 1; g = parent[g]!) colour[g] = 2;
  }
  return null;
}

/**
 * The WBS of tasks `0 … N - 1` from each task's parent (-1 for a root): summaries, preorder,
 * subtree sizes, leaf indices and the leaves below each task; `null` when no task has a parent
 * (every task is a leaf: the leaf index is the task index, and links need no expansion).
 *
 * Key rules: the parents must form a forest (check with {@link parentCycle} first; a cycle throws
 * an internal `Error`). Preorder visits the roots in task order and children in task order, so
 * the leaves below a summary are contiguous in `leafSeq`. Iterative; O(N) time and memory.
 *
 * @example
 * // 0 is the summary of 1 and 2
 * const w = wbsOf(Int32Array.of(-1, 0, 0))!;
 * [w.L, w.leafOf[1], w.leafLo[0], w.leafHi[0]]; // [2, 0, 0, 2]
 */
export function wbsOf(parent: Int32Array): Wbs | null {
  const N = parent.length;
  const childCount = new Int32Array(N);
  let hasParent = false;
  for (let g = 0; g < N; g++)
    if (parent[g]! >= 0) {
      childCount[parent[g]!]!++;
      hasParent = true;
    }
  if (!hasParent) return null;
  const isSummary = new Uint8Array(N);
  let summaries = 0;
  for (let g = 0; g < N; g++)
    if (childCount[g]! > 0) {
      isSummary[g] = 1;
      summaries++;
    }
  const { preSeq, pre } = preorder(parent, childCount);
  const size = new Int32Array(N).fill(1);
  for (let i = N - 1; i >= 0; i--) {
    const g = preSeq[i]!;
    if (parent[g]! >= 0) size[parent[g]!]! += size[g]!;
  }
  const L = N - summaries;
  const leafOf = new Int32Array(N).fill(-1);
  const taskOfLeaf = new Int32Array(L);
  for (let g = 0, k = 0; g < N; g++)
    if (isSummary[g] === 0) {
      leafOf[g] = k;
      taskOfLeaf[k++] = g;
    }
  // Leaves before each preorder position; the leaves of g's subtree are those of its span.
  const leafPrefix = new Int32Array(N + 1);
  const leafSeq = new Int32Array(L);
  for (let i = 0, k = 0; i < N; i++) {
    const g = preSeq[i]!;
    leafPrefix[i + 1] = leafPrefix[i]! + (isSummary[g] === 0 ? 1 : 0);
    if (isSummary[g] === 0) leafSeq[k++] = leafOf[g]!;
  }
  const leafLo = new Int32Array(N);
  const leafHi = new Int32Array(N);
  for (let g = 0; g < N; g++) {
    leafLo[g] = leafPrefix[pre[g]!]!;
    leafHi[g] = leafPrefix[pre[g]! + size[g]!]!;
  }
  return { N, L, parent, isSummary, preSeq, pre, size, leafOf, taskOfLeaf, leafSeq, leafLo, leafHi };
}

/** Iterative preorder from the roots in task order, children in task order (CSR children). */
function preorder(parent: Int32Array, childCount: Int32Array): { preSeq: Int32Array; pre: Int32Array } {
  const N = parent.length;
  const cOff = new Int32Array(N + 1);
  for (let g = 0; g < N; g++) cOff[g + 1] = cOff[g]! + childCount[g]!;
  const fillAt = cOff.slice(0, N);
  const kids = new Int32Array(N);
  for (let g = 0; g < N; g++) if (parent[g]! >= 0) kids[fillAt[parent[g]!]!++] = g;
  const preSeq = new Int32Array(N);
  const pre = new Int32Array(N);
  const stack = new Int32Array(N);
  let len = 0;
  for (let r = 0; r < N; r++) {
    if (parent[r] !== -1) continue;
    let top = 0;
    stack[top++] = r;
    while (top > 0) {
      const g = stack[--top]!;
      pre[g] = len;
      preSeq[len++] = g;
      for (let s = cOff[g + 1]! - 1; s >= cOff[g]!; s--) stack[top++] = kids[s]!;
    }
  }
  if (len !== N) throw new Error('wbsOf: the WBS parents form a cycle (check parentCycle first)');
  return { preSeq, pre };
}

/** Whether task `a` is an ancestor of task `b` (or `b` itself). O(1). */
export function isAncestor(w: Wbs, a: number, b: number): boolean {
  return w.pre[a]! <= w.pre[b]! && w.pre[b]! < w.pre[a]! + w.size[a]!;
}

/**
 * The leaves below each task in leaf-index order (ascending), for consumers that list a summary's
 * leaves rather than walk them in preorder; an empty list for a leaf. O(N + Σ leaves log leaves).
 */
export function leafLists(w: Wbs): number[][] {
  const out: number[][] = new Array<number[]>(w.N);
  for (let g = 0; g < w.N; g++) {
    if (w.isSummary[g] === 0) {
      out[g] = [];
      continue;
    }
    const list = Array.from(w.leafSeq.subarray(w.leafLo[g]!, w.leafHi[g]!));
    list.sort((a, b) => a - b);
    out[g] = list;
  }
  return out;
}

/**
 * The first of links `from[e] -> to[e]` (`e < m`) that joins a summary to a task of its own
 * subtree (in either direction), as `[e, summary, subtask]`; `null` when there is none. A link
 * between two leaves never does. O(m).
 */
export function summaryToOwnSubtask(w: Wbs, m: number, from: Int32Array, to: Int32Array): [number, number, number] | null {
  const { isSummary } = w;
  for (let e = 0; e < m; e++) {
    const a = from[e]!;
    const b = to[e]!;
    if (isSummary[a] === 0 && isSummary[b] === 0) continue;
    if (isAncestor(w, a, b)) return [e, a, b];
    if (isAncestor(w, b, a)) return [e, b, a];
  }
  return null;
}

/** Links between leaves after {@link expandLinks}. */
export interface ExpandedLinks {
  readonly m: number;
  readonly from: Int32Array;
  readonly to: Int32Array;
  readonly type: Uint8Array;
  readonly lag: Float64Array;
  /** 1 for a link its source only inherits from a summary above it (not its own), else 0. */
  readonly inherited: Uint8Array;
}

/**
 * Expands links on tasks to links on leaves: link e, `from[e] -> to[e]` (task indices, `e < m`),
 * becomes one link from each leaf below `from[e]` to each leaf below `to[e]` (a leaf is the only
 * leaf below itself), with its type code and lag, flagged `inherited` when `from[e]` is a summary.
 * Links come out in link order, then the source's leaves in preorder, then the target's.
 * Endpoints are written as `ids[i]` for the leaf at preorder position i: leaf indices by default
 * (`w.leafSeq`), task indices with `leafTasks(w)`.
 *
 * Key rules: the caller rejects links between a summary and its own subtask first (see
 * {@link summaryToOwnSubtask}); they would expand to self-links. O(m + expanded links).
 *
 * @example
 * // summary 0 over leaves 1, 2; leaf 3; link 0 -> 3 becomes leaf 0 -> leaf 2 and leaf 1 -> leaf 2
 * const w = wbsOf(Int32Array.of(-1, 0, 0, -1))!;
 * expandLinks(w, 1, Int32Array.of(0), Int32Array.of(3), Uint8Array.of(0), Float64Array.of(0)).to; // Int32Array [2, 2]
 */
export function expandLinks(
  w: Wbs,
  m: number,
  from: Int32Array,
  to: Int32Array,
  type: Uint8Array,
  lag: Float64Array,
  ids: Int32Array = w.leafSeq,
): ExpandedLinks {
  const { isSummary, leafLo, leafHi } = w;
  let count = 0;
  for (let e = 0; e < m; e++) count += (leafHi[from[e]!]! - leafLo[from[e]!]!) * (leafHi[to[e]!]! - leafLo[to[e]!]!);
  const xFrom = new Int32Array(count);
  const xTo = new Int32Array(count);
  const xType = new Uint8Array(count);
  const xLag = new Float64Array(count);
  const inherited = new Uint8Array(count);
  for (let e = 0, j = 0; e < m; e++) {
    const a = from[e]!;
    const b = to[e]!;
    const t = type[e]!;
    const l = lag[e]!;
    const inh = isSummary[a]!;
    for (let i = leafLo[a]!, iEnd = leafHi[a]!; i < iEnd; i++) {
      const u = ids[i]!;
      for (let k = leafLo[b]!, kEnd = leafHi[b]!; k < kEnd; k++, j++) {
        xFrom[j] = u;
        xTo[j] = ids[k]!;
        xType[j] = t;
        xLag[j] = l;
        inherited[j] = inh;
      }
    }
  }
  return { m: count, from: xFrom, to: xTo, type: xType, lag: xLag, inherited };
}

/** The task of the leaf at each preorder position (`taskOfLeaf[leafSeq[i]]`), for {@link expandLinks}. O(L). */
export function leafTasks(w: Wbs): Int32Array {
  const out = new Int32Array(w.L);
  for (let i = 0; i < w.L; i++) out[i] = w.taskOfLeaf[w.leafSeq[i]!]!;
  return out;
}
