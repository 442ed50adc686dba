/**
 * Working calendars of a compiled `Problem` (RCPSP with calendars, after Franck, Neumann &
 * Schwindt 2001 and Kreter, Rieck & Zimmermann 2016). Private.
 *
 * Each calendar c is tabulated on the time axis `[lo, hi]` = `[-H, H]` of the solver (H, the
 * problem's horizon, reaches every break after 0 and every one before 0 that a result can depend
 * on; see compileProblem): `cum(c, t)`, its *position* of t,
 * counted from period 0 (its working periods in `[0, t)` for t >= 0, minus those in `[t, 0)` for
 * t < 0), and `nth(c, k)`, its k-th working period (`nth(c, cum(c, t)) = t` on a working period
 * t). Every period before `lo` and from the last break on works, so both extend linearly past the
 * table. In that index space an activity is contiguous: on calendar c, started at a working
 * period S at position `x = cum(c, S)`, it works at `nth(c, x) … nth(c, x + p - 1)`.
 * Calendar index -1 stands for "every period works" (both functions are the identity).
 *
 * A link u -> v of type bits `ty` (1: from u's finish, 2: to v's finish) and lag L asks
 * `cum(v, S_v) + (ty & 2 ? p_v : 0) >= cum(v, X_u) + L`, X_u being u's start or its finish instant
 * `nth(u, cum(u, S_u) + p_u - 1) + 1` (for p_u = 0: the end of the working period before its
 * start). {@link linkBound} is the earliest start of v it allows, a non-decreasing function of
 * S_u; {@link linkLatest} its exact inverse (the latest S_u whose bound is at most S_v).
 */
/**
 * What the calendar functions read of a problem (a `Problem` fits): the durations, the calendar of
 * each activity (null: every period works) and the tables.
 */
export interface CalProblem {
  readonly p: Int32Array;
  readonly calOf: Int32Array | null;
  readonly cal: CalendarTable | null;
}

/** The calendars of a problem, tabulated on `[lo, hi]`. */
export interface CalendarTable {
  /** Calendar ids. */
  readonly ids: readonly string[];
  /** First period of the tables (<= 0, at most every break's start). */
  readonly lo: number;
  /** Last period of the tables (>= 0). */
  readonly hi: number;
  /** Entries per calendar (hi - lo + 1). */
  readonly N: number;
  /** `cum[c * N + t - lo]` for t in [lo, hi]. */
  readonly cum: Int32Array;
  /** `nth[c * N + k - lo]` for k in [bot[c], top[c]) (positions of the periods in [lo, hi)). */
  readonly nth: Int32Array;
  /** `cum(c, lo)` (<= 0). */
  readonly bot: Int32Array;
  /** `cum(c, hi)` (>= 0). */
  readonly top: Int32Array;
  /** Every break's start and end, ascending, without repeats. */
  readonly points: Int32Array;
}

/**
 * Tabulates calendars given by their sorted, disjoint breaks `[from, to)` on `[lo, hi]` (lo <= 0
 * <= hi, every break ending by hi; what comes before lo is left out: every period before lo works).
 * O(calendars × (hi - lo) + breaks).
 */
export function tabulate(ids: readonly string[], breaks: readonly (readonly (readonly [number, number])[])[], lo: number, hi: number): CalendarTable {
  const C = ids.length;
  const N = hi - lo + 1;
  const cum = new Int32Array(C * N);
  const nth = new Int32Array(C * N);
  const bot = new Int32Array(C);
  const top = new Int32Array(C);
  for (let c = 0; c < C; c++) {
    const o = c * N;
    const bs = breaks[c]!;
    // Positions counted from lo first (w), then shifted so that period 0 is at position 0.
    let b = 0;
    let w = 0;
    let zero = 0;
    for (let t = lo; t <= hi; t++) {
      if (t === 0) zero = w;
      cum[o + t - lo] = w;
      while (b < bs.length && bs[b]![1] <= t) b++;
      const works = b >= bs.length || t < bs[b]![0];
      if (works && t < hi) {
        nth[o + w] = t;
        w++;
      }
    }
    for (let x = o; x < o + N; x++) cum[x] = cum[x]! - zero;
    bot[c] = -zero;
    top[c] = w - zero;
  }
  const points = Int32Array.from(new Set(breaks.flatMap((bs) => bs.flatMap((b) => [b[0], b[1]])))).sort();
  return { ids, lo, hi, N, cum, nth, bot, top, points };
}

/** Position of period t on calendar c (-1: t itself). */
export function cumAt(T: CalendarTable, c: number, t: number): number {
  if (c < 0) return t;
  if (t >= T.hi) return T.top[c]! + (t - T.hi);
  if (t <= T.lo) return T.bot[c]! + (t - T.lo);
  return T.cum[c * T.N + t - T.lo]!;
}

/** The k-th working period of calendar c (-1: k itself). */
export function nthAt(T: CalendarTable, c: number, k: number): number {
  if (c < 0) return k;
  if (k >= T.top[c]!) return T.hi + (k - T.top[c]!);
  const b = T.bot[c]!;
  if (k < b) return T.lo + (k - b);
  return T.nth[c * T.N + k - b]!;
}

/** The first working period of calendar c at or after t. */
export function nextWork(T: CalendarTable, c: number, t: number): number {
  return c < 0 ? t : nthAt(T, c, cumAt(T, c, t));
}

/** The last working period of calendar c at or before t. */
export function prevWork(T: CalendarTable, c: number, t: number): number {
  return c < 0 ? t : nthAt(T, c, cumAt(T, c, t + 1) - 1);
}

/** Whether calendar c works in period t. */
export function works(T: CalendarTable, c: number, t: number): boolean {
  return c < 0 || cumAt(T, c, t + 1) > cumAt(T, c, t);
}

/**
 * Finish (exclusive) of activity j started at S: one past its last working period; for p = 0 on a
 * calendar, one past the last working period before S (the same position: a milestone on a
 * Monday after a weekend finishes at the end of Friday, as in `schedule()`).
 */
export function finishOf(pr: CalProblem, j: number, S: number): number {
  const p = pr.p[j]!;
  const c = pr.calOf === null ? -1 : pr.calOf[j]!;
  if (c < 0) return S + p;
  const T = pr.cal!;
  return nthAt(T, c, cumAt(T, c, S) + p - 1) + 1;
}

/** The earliest start of v that a link u -> v (type bits `ty`, lag) allows when u starts at `Su`. */
export function linkBound(pr: CalProblem, u: number, v: number, ty: number, lag: number, Su: number): number {
  const T = pr.cal!;
  const cv = pr.calOf![v]!;
  const X = ty & 1 ? finishOf(pr, u, Su) : Su;
  const y = cumAt(T, cv, X) + lag - (ty & 2 ? pr.p[v]! : 0);
  return nthAt(T, cv, y);
}

/** The latest start of u whose {@link linkBound} on v is at most `Sv` (on a working period of u). */
export function linkLatest(pr: CalProblem, u: number, v: number, ty: number, lag: number, Sv: number): number {
  const T = pr.cal!;
  const cu = pr.calOf![u]!;
  const cv = pr.calOf![v]!;
  // cum(v, X_u) <= y  <=>  X_u <= nth(v, y).
  const Z = nthAt(T, cv, cumAt(T, cv, Sv) + (ty & 2 ? pr.p[v]! : 0) - lag);
  if ((ty & 1) === 0) return prevWork(T, cu, Z);
  // nth(u, x + p - 1) + 1 <= Z  <=>  x <= cum(u, Z) - p.
  return nthAt(T, cu, cumAt(T, cu, Z) - pr.p[u]!);
}

/** The latest start of activity j that finishes by T (exclusive), on a working period of its calendar. */
export function latestStartBy(pr: CalProblem, j: number, Tf: number): number {
  const T = pr.cal!;
  // nth(x + p - 1) + 1 <= Tf  <=>  x <= cum(Tf) - p (for p = 0 too).
  return nthAt(T, pr.calOf![j]!, cumAt(T, pr.calOf![j]!, Tf) - pr.p[j]!);
}
