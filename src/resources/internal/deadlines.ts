/** Deadline modes of the resource schedulers and the hard-deadline check. Private. */
import { DeadlineError, PmoError, type MissedDeadline } from '../../errors.js';
import { show } from '../../internal/show.js';
import type { DeadlineMode } from '../rcpspTypes.js';
import { finishOf } from './calendarTable.js';
import { NO_DEADLINE, type Problem } from './problem.js';

/** Reads `options.deadlines`: a mode, or `true` (`'soft'`) / `false` (`'ignore'`). */
export function readDeadlines(fn: string, value: unknown): DeadlineMode {
  if (value === undefined || value === true) return 'soft';
  if (value === false) return 'ignore';
  if (value === 'soft' || value === 'hard' || value === 'ignore') return value;
  throw new PmoError('INVALID_ARGUMENT', `${fn}: options.deadlines must be "soft", "hard" or "ignore" (or true / false), got ${show(value)}`);
}

/** How to name activities and times in the message. */
export interface DeadlineWording {
  /** Periods per unit of the reported offsets (1 for periods; periods per working day). */
  readonly unit: number;
  /** The activity, e.g. `activity "a"`. */
  name(i: number): string;
  /** What sets its deadline ('' when unknown). */
  source(i: number): string;
  /** An exclusive finish in periods, for people (a period number or the last working day). */
  when(finish: number): string;
}

/**
 * Throws a {@link DeadlineError} when some deadline is not met: with `S` null, only the deadlines
 * no schedule can meet (earliest finish on the critical path past the deadline); with starts `S`,
 * every deadline `S` misses, each flagged provable or not. Returns when there is none. O(n).
 */
export function checkDeadlines(fn: string, pr: Problem, S: Int32Array | null, schedules: number, w: DeadlineWording): void {
  const { n, p, es, deadline } = pr;
  const missed: MissedDeadline[] = [];
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    const dl = deadline[i]!;
    if (dl === NO_DEADLINE) continue;
    const ef = pr.cal === null ? es[i]! + p[i]! : finishOf(pr, i, es[i]!);
    const f = S === null ? ef : pr.cal === null ? S[i]! + p[i]! : finishOf(pr, i, S[i]!);
    if (f <= dl) continue;
    const provable = ef > dl;
    if (S === null && !provable) continue;
    const src = w.source(i);
    missed.push({ id: pr.ids[i]!, source: src, deadline: dl / w.unit, earliestFinish: ef / w.unit, finish: f / w.unit, provable });
    lines.push(
      provable
        ? `${w.name(i)} must finish by ${w.when(dl)}${src === '' ? '' : ` (${src})`} but cannot finish before ${w.when(ef)}, even without resource limits (provably infeasible)`
        : `${w.name(i)} must finish by ${w.when(dl)}${src === '' ? '' : ` (${src})`}; the best schedule found within ${schedules} schedules finishes it by ${w.when(f)} (not proven infeasible: more schedules or another seed may meet it)`,
    );
  }
  if (missed.length === 0) return;
  const shown = lines.slice(0, 10);
  if (lines.length > 10) shown.push(`… and ${lines.length - 10} more`);
  const provable = missed.filter((m) => m.provable).length;
  const head =
    S === null
      ? `${fn}: ${provable} hard deadline${provable === 1 ? '' : 's'} cannot be met by any schedule`
      : `${fn}: ${missed.length} hard deadline${missed.length === 1 ? ' is' : 's are'} not met (${provable} provably infeasible, ${missed.length - provable} not met within the budget)`;
  throw new DeadlineError(`${head}:\n${shown.map((l) => `  - ${l}`).join('\n')}\nUse deadlines: 'soft' for the best schedule with its lateness.`, missed);
}
