import { PmoError } from '../errors.js';
import { justify } from './internal/justify.js';
import { compileProblem } from './internal/compileProblem.js';
import { ruleKeys } from './internal/priority.js';
import { Rng } from './internal/rng.js';
import { readOptions } from '../internal/options.js';
import { readChoice, readSeed, show } from './internal/options.js';
import { evaluate, Workspace } from './internal/sgs.js';
import { toSolution } from './internal/solution.js';
import type { SolveRcpspOptions } from './solveRcpsp.js';
import type { GenerateScheduleResult, PriorityRule, RcpspInstance, SgsScheme } from './rcpspTypes.js';

/** Options of {@link generateSchedule}; `seed` as in {@link SolveRcpspOptions} (it seeds the `'random'` rule). */
export interface GenerateScheduleOptions extends Pick<SolveRcpspOptions, 'seed'> {
  /** Schedule generation scheme. Default `'serial'`. */
  readonly scheme?: SgsScheme;
  /** Priority rule (see {@link PriorityRule}). Default `'LFT'`. Ignored when `priorities` or `activityList` is given. */
  readonly rule?: PriorityRule;
  /**
   * Random-key decoding: one priority value per activity, in the order of
   * `instance.activities`; among the eligible activities the smallest value goes first.
   */
  readonly priorities?: readonly number[];
  /**
   * Activity-list decoding: every activity id once; the scheme takes the activities in this
   * order (a list that puts a successor first is read as priorities: its position is its key).
   */
  readonly activityList?: readonly string[];
  /**
   * Apply one forward-backward improvement (a backward and a forward serial pass) to the
   * schedule and keep the better one. Default `false`.
   */
  readonly justify?: boolean;
}

/**
 * Builds one schedule with a schedule generation scheme and a priority rule (or a given
 * random-key vector or activity list), optionally improved by one forward-backward pass.
 *
 * - The **serial** scheme takes one activity at a time (the eligible one with the best
 *   priority) and starts it at the earliest period where its precedences, release date and every
 *   resource allow it for its whole duration: it yields active schedules.
 * - The **parallel** scheme advances in time: at each decision time (a finish, an earliest start
 *   or a capacity increase) it starts the eligible activities that fit, by priority: it yields
 *   non-delay schedules.
 *
 * Deterministic. Complexity: serial O(n K p̄ + m + n log n); parallel O(n² + n K p̄ + m).
 *
 * @param instance - the instance (never mutated); see {@link RcpspInstance}
 * @param options - scheme, rule or decoding input, seed and improvement; see {@link GenerateScheduleOptions}
 * @returns the schedule, with `schedules` = 1 (3 with `justify`)
 * @throws {@link CycleError} (code `CYCLE`) when the precedences form a cycle
 * @throws {@link PmoError} `INVALID_ARGUMENT` for a malformed instance or options (a priority
 *   vector of the wrong length, an activity list that is not a permutation of the ids);
 *   `UNKNOWN_ID` for a precedence or list entry naming an unknown activity
 * @example
 * ```ts
 * const instance = {
 *   activities: [{ id: 'a', duration: 2, demands: [1] }, { id: 'b', duration: 1, demands: [1] }],
 *   resources: [{ id: 'r', capacity: 1 }],
 * };
 * generateSchedule(instance, { scheme: 'parallel', rule: 'GRPW' }).starts; // [0, 2]
 * generateSchedule(instance, { activityList: ['b', 'a'] }).starts;         // [1, 0]
 * ```
 */
export function generateSchedule(instance: RcpspInstance, options?: GenerateScheduleOptions): GenerateScheduleResult {
  const fn = 'generateSchedule';
  const o = readOptions(fn, options);
  const scheme = readChoice<SgsScheme>(fn, 'scheme', o.scheme, ['serial', 'parallel'], 'serial');
  const rule = readChoice<PriorityRule>(fn, 'rule', o.rule, ['LFT', 'LST', 'MinSlack', 'GRPW', 'random'], 'LFT');
  const seed = readSeed(fn, o.seed);
  if (o.justify !== undefined && typeof o.justify !== 'boolean') throw new PmoError('INVALID_ARGUMENT', `${fn}: options.justify must be a boolean, got ${show(o.justify)}`);
  const pr = compileProblem(fn, instance);
  const n = pr.n;
  let key: Float64Array;
  let minSlack = false;
  if (o.priorities !== undefined) {
    const pv = o.priorities as unknown;
    if (!Array.isArray(pv) || pv.length !== n || !pv.every((v) => typeof v === 'number' && Number.isFinite(v)))
      throw new PmoError('INVALID_ARGUMENT', `${fn}: options.priorities must hold ${n} finite numbers, one per activity`);
    key = Float64Array.from(pv as number[]);
  } else if (o.activityList !== undefined) {
    const list = o.activityList as unknown;
    if (!Array.isArray(list) || list.length !== n)
      throw new PmoError('INVALID_ARGUMENT', `${fn}: options.activityList must list each of the ${n} activity ids once`);
    const index = new Map(pr.ids.map((id, i) => [id, i] as const));
    key = new Float64Array(n).fill(-1);
    list.forEach((id: unknown, x) => {
      const i = typeof id === 'string' ? index.get(id) : undefined;
      if (i === undefined) throw new PmoError('UNKNOWN_ID', `${fn}: options.activityList[${x}] is not an activity id: ${show(id)}`);
      if (key[i] !== -1) throw new PmoError('INVALID_ARGUMENT', `${fn}: options.activityList lists ${show(id)} twice`);
      key[i] = x;
    });
  } else {
    key = ruleKeys(pr, rule, rule === 'random' ? new Rng(seed) : null);
    minSlack = rule === 'MinSlack';
  }
  const ws = new Workspace(pr);
  let S = new Int32Array(n);
  const list = new Int32Array(n);
  const T = scheme === 'serial' ? ws.serialByKey(key, minSlack, S, list) : ws.parallel(key, S, list);
  if (o.justify === true && n > 0) {
    const S2 = new Int32Array(n);
    const buf = { key: new Int32Array(n), R: new Int32Array(n), listB: new Int32Array(n), listC: new Int32Array(n) };
    justify(pr, ws, list, S, T, buf, S2);
    const pf = new Int32Array(pr.nProj);
    const a = evaluate(pr, S, pf, { makespan: 0, delaySum: 0, lateness: 0 });
    const b = evaluate(pr, S2, pf, { makespan: 0, delaySum: 0, lateness: 0 });
    if (b.lateness < a.lateness || (b.lateness === a.lateness && b.makespan <= a.makespan)) S = S2;
  }
  return toSolution(pr, S, ws.count);
}
