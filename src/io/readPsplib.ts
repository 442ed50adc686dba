import { PmoError } from '../errors.js';
import { failAt, nonNegativeInt, type Token } from './internal/text.js';

/** One job of a PSPLIB instance (single mode). */
export interface PsplibActivity {
  /** The job number, 1-based (1 is the dummy source, `jobs` the dummy sink). */
  readonly id: number;
  /** Duration in periods. */
  readonly duration: number;
  /** Demand per renewable resource, in the order of `resources.renewable`. */
  readonly demands: readonly number[];
  /** Demand per nonrenewable resource, in the order of `resources.nonrenewable` (usually none). */
  readonly nonrenewableDemands: readonly number[];
  /** Job numbers of the successors (finish-to-start, no lag). */
  readonly successors: readonly number[];
}

/** A single-mode PSPLIB (`.sm`) instance of the resource-constrained project scheduling problem. */
export interface PsplibInstance {
  /** The name given in the options (usually the file name). */
  readonly name?: string;
  /** Number of jobs, including the dummy source and sink. */
  readonly jobs: number;
  /** The horizon: an upper bound of the makespan (the sum of the durations). */
  readonly horizon: number;
  /** Release date of the project, a period (`rel.date`). */
  readonly release: number;
  /** Due date of the project, a period (`duedate`). */
  readonly due: number;
  /** Tardiness cost per period (`tardcost`). */
  readonly tardinessCost: number;
  /** `MPM-Time`: the critical-path length without resource constraints. */
  readonly mpmTime: number;
  /** Capacity (availability per period) of each renewable and nonrenewable resource. */
  readonly resources: { readonly renewable: readonly number[]; readonly nonrenewable: readonly number[] };
  /** The jobs, ordered by job number. */
  readonly activities: readonly PsplibActivity[];
}

/** Options of {@link readPsplib}. */
export interface ReadPsplibOptions {
  /** A name for the instance (e.g. the file name), used in error messages and kept as `name`. */
  readonly name?: string;
}

const FN = 'readPsplib';

/**
 * Reads a single-mode PSPLIB instance (the `.sm` format of Kolisch & Sprecher: header, `PROJECT
 * INFORMATION` with `MPM-Time`, `PRECEDENCE RELATIONS`, `REQUESTS/DURATIONS`,
 * `RESOURCEAVAILABILITIES`).
 *
 * Checks: the number of jobs agrees in every section, each job is listed once in each, its
 * successor count matches its successors, successors exist and are not the job itself, and each
 * job has one demand per resource. Demands above the capacity are accepted (not checked).
 *
 * Complexity: O(size of the text).
 *
 * @param text - the file's content; never modified
 * @param options - see {@link ReadPsplibOptions}
 * @returns a new PsplibInstance with jobs ordered by number
 * @throws {@link PmoError} with code `PARSE` naming the line for a malformed file, and for a
 *   multi-mode instance (`.mm`), which this reader does not support
 * @example
 * ```ts
 * const inst = readPsplib(readFileSync('j301_1.sm', 'utf8'), { name: 'j301_1.sm' });
 * console.log(inst.jobs, inst.mpmTime, inst.resources.renewable); // 32 38 [12, 13, 4, 12]
 * ```
 */
export function readPsplib(text: string, options: ReadPsplibOptions = {}): PsplibInstance {
  if (typeof text !== 'string') throw new PmoError('PARSE', `${FN}: expected the file content as a string, got ${text === null ? 'null' : typeof text}`);
  if (typeof options !== 'object' || options === null) throw new PmoError('INVALID_ARGUMENT', `${FN}: options must be an object, got ${options === null ? 'null' : typeof options}`);
  const name = typeof options.name === 'string' ? options.name : undefined;
  const fail = (line: number | undefined, message: string): never => failAt(FN, name, line, message);
  const lines = text.split(/\r\n|\r|\n/);
  const rowTokens = (i: number): Token[] =>
    (lines[i] ?? '')
      .split(/[ \t]+/)
      .filter((t) => t !== '')
      .map((t) => ({ text: t, line: i + 1 }));
  const int = (t: Token | undefined, what: string, line: number): number => nonNegativeInt(FN, name, t, what, line);
  const isRule = (l: string): boolean => /^\s*\*{5,}\s*$/.test(l) || /^\s*-{5,}\s*$/.test(l);
  const find = (re: RegExp, from = 0): number => {
    for (let i = from; i < lines.length; i++) if (re.test(lines[i]!)) return i;
    return -1;
  };
  const header = (re: RegExp, what: string): number => {
    const i = find(re);
    if (i === -1) fail(undefined, `not a PSPLIB .sm file: no "${what}" line`);
    const m = /:\s*(\S+)/.exec(lines[i]!);
    return int(m ? { text: m[1]!, line: i + 1 } : undefined, what, i + 1);
  };

  const projects = find(/^\s*projects\s*:/i) === -1 ? 1 : header(/^\s*projects\s*:/i, 'projects');
  if (projects !== 1) fail(find(/^\s*projects\s*:/i) + 1, `${projects} projects in one file are not supported`);
  const jobs = header(/^\s*jobs\b.*:/i, 'jobs (incl. supersource/sink )');
  const horizon = header(/^\s*horizon\s*:/i, 'horizon');
  const renewable = header(/^\s*-\s*renewable\s*:/i, '- renewable');
  const nonrenewable = header(/^\s*-\s*nonrenewable\s*:/i, '- nonrenewable');
  const doubly = find(/^\s*-\s*doubly constrained\s*:/i) === -1 ? 0 : header(/^\s*-\s*doubly constrained\s*:/i, '- doubly constrained');
  if (doubly > 0) fail(find(/doubly constrained/i) + 1, 'doubly constrained resources are not supported');
  if (jobs < 2) fail(find(/^\s*jobs\b/i) + 1, `an instance has at least 2 jobs (source and sink), got ${jobs}`);

  // PROJECT INFORMATION: pronr. #jobs rel.date duedate tardcost MPM-Time
  const info = find(/^\s*PROJECT INFORMATION/i);
  if (info === -1) fail(undefined, 'no "PROJECT INFORMATION" section');
  let infoRow = info + 1;
  while (infoRow < lines.length && !/^\s*\d/.test(lines[infoRow]!)) infoRow++;
  const infoTokens = rowTokens(infoRow);
  if (infoTokens.length < 6) fail(infoRow + 1, `expected "pronr. #jobs rel.date duedate tardcost MPM-Time", got ${JSON.stringify((lines[infoRow] ?? '').trim())}`);
  const [, nonDummy, rel, due, tard, mpm] = infoTokens.map((t) => int(t, 'a number', infoRow + 1));
  if (nonDummy !== undefined && nonDummy + 2 !== jobs)
    fail(infoRow + 1, `PROJECT INFORMATION lists ${nonDummy} jobs, but the header says ${jobs} including source and sink`);

  // PRECEDENCE RELATIONS: jobnr. #modes #successors successors...
  const prec = find(/^\s*PRECEDENCE RELATIONS/i);
  if (prec === -1) fail(undefined, 'no "PRECEDENCE RELATIONS" section');
  const successors = new Map<number, number[]>();
  let i = prec + 1;
  while (i < lines.length && !/^\s*\d/.test(lines[i]!) && !isRule(lines[i]!)) i++;
  for (; i < lines.length && !isRule(lines[i]!); i++) {
    const row = rowTokens(i);
    if (row.length === 0) continue;
    const job = int(row[0], 'a job number', i + 1);
    const modes = int(row[1], 'the number of modes', i + 1);
    const count = int(row[2], 'the number of successors', i + 1);
    if (modes !== 1) fail(i + 1, `job ${job} has ${modes} modes: multi-mode instances (.mm) are not supported, only single-mode .sm files`);
    if (job < 1 || job > jobs) fail(i + 1, `job ${job} is outside 1..${jobs}`);
    if (successors.has(job)) fail(i + 1, `job ${job} is listed twice in PRECEDENCE RELATIONS`);
    const list = row.slice(3).map((t) => int(t, 'a successor', i + 1));
    if (list.length !== count) fail(i + 1, `job ${job} announces ${count} successors but lists ${list.length}`);
    for (const s of list) {
      if (s < 1 || s > jobs) fail(i + 1, `job ${job} has successor ${s}, outside 1..${jobs}`);
      if (s === job) fail(i + 1, `job ${job} is its own successor`);
    }
    successors.set(job, list);
  }
  if (successors.size !== jobs) fail(i + 1, `PRECEDENCE RELATIONS lists ${successors.size} jobs, expected ${jobs}`);

  // REQUESTS/DURATIONS: jobnr. mode duration R1..Rk N1..Nm
  const req = find(/^\s*REQUESTS\/DURATIONS/i);
  if (req === -1) fail(undefined, 'no "REQUESTS/DURATIONS" section');
  const columns = renewable + nonrenewable;
  const requests = new Map<number, { duration: number; demands: number[] }>();
  i = req + 1;
  while (i < lines.length && !/^\s*\d/.test(lines[i]!)) {
    if (/^\s*\*{5,}/.test(lines[i]!)) break;
    i++;
  }
  for (; i < lines.length && !/^\s*\*{5,}/.test(lines[i]!); i++) {
    const row = rowTokens(i);
    if (row.length === 0) continue;
    if (row.length !== 3 + columns)
      fail(i + 1, `expected job, mode, duration and ${columns} demand(s), got ${row.length} field(s): a continuation line means a multi-mode instance, which is not supported`);
    const job = int(row[0], 'a job number', i + 1);
    const mode = int(row[1], 'a mode', i + 1);
    if (mode !== 1) fail(i + 1, `job ${job} has mode ${mode}: multi-mode instances are not supported`);
    if (!successors.has(job)) fail(i + 1, `job ${job} is not in PRECEDENCE RELATIONS`);
    if (requests.has(job)) fail(i + 1, `job ${job} is listed twice in REQUESTS/DURATIONS`);
    requests.set(job, {
      duration: int(row[2], 'a duration', i + 1),
      demands: row.slice(3).map((t) => int(t, 'a demand', i + 1)),
    });
  }
  if (requests.size !== jobs) fail(i + 1, `REQUESTS/DURATIONS lists ${requests.size} jobs, expected ${jobs}`);

  // RESOURCEAVAILABILITIES: a label row, then the capacities.
  const avail = find(/^\s*RESOURCEAVAILABILITIES/i);
  if (avail === -1) fail(undefined, 'no "RESOURCEAVAILABILITIES" section');
  let capRow = avail + 1;
  while (capRow < lines.length && !/^\s*\d/.test(lines[capRow]!)) capRow++;
  const caps = rowTokens(capRow).map((t) => int(t, 'a capacity', capRow + 1));
  if (caps.length !== columns) fail(capRow + 1, `expected ${columns} capacities, got ${caps.length}`);

  const activities: PsplibActivity[] = [];
  for (let job = 1; job <= jobs; job++) {
    const r = requests.get(job)!;
    activities.push({
      id: job,
      duration: r.duration,
      demands: r.demands.slice(0, renewable),
      nonrenewableDemands: r.demands.slice(renewable),
      successors: successors.get(job)!,
    });
  }
  return {
    ...(name !== undefined ? { name } : {}),
    jobs,
    horizon,
    release: rel ?? 0,
    due: due ?? 0,
    tardinessCost: tard ?? 0,
    mpmTime: mpm ?? 0,
    resources: { renewable: caps.slice(0, renewable), nonrenewable: caps.slice(renewable) },
    activities,
  };
}

/** @deprecated Use {@link ReadPsplibOptions}: the former name. */
export type PsplibReadOptions = ReadPsplibOptions;
