/** "Did you mean" suggestions for misspelled names. Private to pmo-kit. */

const normalize = (s: string): string => s.toLowerCase().replace(/[-_\s]/g, '');

/**
 * Optimal string alignment distance (Levenshtein plus adjacent transpositions) between `a` and
 * `b`, or `limit + 1` as soon as it must exceed `limit`. O(|a| · |b|) time, O(|b|) memory.
 */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev2 = new Int32Array(b.length + 1);
  let prev = Int32Array.from({ length: b.length + 1 }, (_, j) => j);
  let cur = new Int32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
      cur[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > limit) return limit + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return Math.min(prev[b.length]!, limit + 1);
}

/**
 * The candidate a misspelled `name` most likely meant, or `undefined` when none is close: equal
 * ignoring case, `-`, `_` and spaces (`Parent_ID` -> `parentId`), else the nearest by
 * {@link editDistance} within about a third of the length (at least 1). Ties go to the earlier
 * candidate. O(k · |name|²) for k candidates: call it on actual misspellings, not on every name.
 *
 * @example
 * ```ts
 * closestName('dependancies', ['tasks', 'dependencies']); // 'dependencies'
 * ```
 */
export function closestName(name: string, candidates: readonly string[]): string | undefined {
  const n = normalize(name);
  for (const c of candidates) if (normalize(c) === n) return c;
  let best: string | undefined;
  let bestD = Infinity;
  for (const c of candidates) {
    const m = normalize(c);
    const limit = Math.max(1, Math.floor(Math.max(n.length, m.length) / 3));
    const d = editDistance(n, m, limit);
    if (d <= limit && d < bestD) {
      best = c;
      bestD = d;
    }
  }
  return best;
}
