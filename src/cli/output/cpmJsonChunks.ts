/** `pmo cpm --json` written straight from the schedule, in chunks. */
import type { ScheduledTask } from '../../schedule/types.js';
import { projectProgress, type CpmJsonOptions, type CpmRunResult } from './cpmJson.js';
import { ByteChunks, asciiBytes, isStringLists, putBytes, putStringLists, type EmitBytes } from './byteChunks.js';
import { writeTaskColumns } from './cpmJsonColumns.js';
import { F, P, num, qs } from './cpmJsonText.js';
import { ChunkWriter, writeJsonAt } from './jsonChunks.js';
import { unbuiltColumns } from './unbuiltColumns.js';

/** The text between the critical paths and the tasks. */
const TASKS_FIELD = asciiBytes(',\n  "tasks": ');

/** A string, or any value, as JSON (`null` for `null`). */
const q = (value: unknown): string => JSON.stringify(value) as string;

/** A quoted date, remembered: a schedule's tasks share few dates. */
function dateQuoter(): (d: string) => string {
  const seen = new Map<string, string>();
  return (d) => {
    let quoted = seen.get(d);
    if (quoted === undefined) {
      quoted = qs(d);
      if (seen.size < 100_000) seen.set(d, quoted);
    }
    return quoted;
  };
}

/** An optional field of a task: left out when undefined, as JSON.stringify does. */
const opt = (name: string, value: unknown): string => (value === undefined ? '' : `,${F}"${name}": ${q(value)}`);

/** One task of the `tasks` array (depth 2), without the separator before it. */
function taskText(t: ScheduledTask, name: string, date: (d: string) => string): string {
  const preds = t.drivingPredecessors;
  let driving = '[]';
  if (preds.length > 0) {
    driving = `[${P}${qs(preds[0]!)}`;
    for (let i = 1; i < preds.length; i++) driving += `,${P}${qs(preds[i]!)}`;
    driving += `${F}]`;
  }
  let text =
    `{${F}"id": ${qs(t.id)},${F}"projectId": ${qs(t.projectId)},${F}"name": ${qs(name)},${F}"duration": ${num(t.duration)},` +
    `${F}"earlyStart": ${num(t.earlyStart)},${F}"earlyFinish": ${num(t.earlyFinish)},${F}"lateStart": ${num(t.lateStart)},${F}"lateFinish": ${num(t.lateFinish)},` +
    `${F}"earlyStartDate": ${date(t.earlyStartDate)},${F}"earlyFinishDate": ${date(t.earlyFinishDate)},${F}"lateStartDate": ${date(t.lateStartDate)},${F}"lateFinishDate": ${date(t.lateFinishDate)},` +
    `${F}"totalFloat": ${num(t.totalFloat)},${F}"freeFloat": ${num(t.freeFloat)},${F}"critical": ${t.critical},` +
    `${F}"key": ${qs(t.key)},${F}"summary": ${t.summary},${F}"milestone": ${t.milestone},${F}"nearCritical": ${t.nearCritical},${F}"drivingPredecessors": ${driving}`;
  if (t.progress !== undefined)
    text +=
      opt('progress', t.progress) +
      opt('percentComplete', t.percentComplete) +
      opt('remainingDuration', t.remainingDuration) +
      opt('baselineStartDate', t.baselineStartDate ?? null) +
      opt('baselineFinishDate', t.baselineFinishDate ?? null) +
      opt('startVariance', t.startVariance ?? null) +
      opt('finishVariance', t.finishVariance ?? null);
  return `${text}\n    }`;
}

/** The `tasks` array (depth 1) from the task objects: a result with progress, or whose tasks were built or copied. */
function writeTaskObjects(w: ChunkWriter, tasks: readonly ScheduledTask[], options: CpmJsonOptions, date: (d: string) => string): void {
  if (tasks.length === 0) {
    w.write('[]');
    return;
  }
  const taskName = options.taskName;
  for (let i = 0; i < tasks.length; i++) {
    const t = tasks[i]!;
    w.write(`${i === 0 ? '[' : ','}\n    ${taskText(t, taskName === undefined ? t.name : taskName(t), date)}`);
  }
  w.write('\n  ]');
}

/**
 * Writes the `pmo cpm --json` answer of a schedule to `emit` in chunks, in order: byte for byte
 * `JSON.stringify(cpmJson(s, options), null, 2)` and a newline (the contract of docs/cli.md), but
 * written straight from the schedule, without the answer's objects or one string of the whole
 * answer (which V8 cannot hold beyond about 512 MiB: a million tasks). The one place that reads
 * the schedule for the JSON answer. A result of `schedule`/`schedulePortfolio` whose tasks have
 * not been built is written from its columns (`scheduleColumns`, cpmJsonColumns.ts) and never
 * reads `s.tasks` (at 1M tasks, building them took 0.7–1.7 s and hundreds of MB); any other
 * result (progress fields, tasks built or copied) from its task objects (see unbuiltColumns.ts).
 * The columns are written as UTF-8 bytes: handed to `emitBytes` when given (no string made of
 * them), else decoded and handed to `emit` as text; the rest of the answer goes to `emit`, in
 * order with the bytes. O(size of the output); memory O(chunk + one task + distinct dates).
 *
 * @param emitBytes - an optional faster way to the same output: takes `bytes[0, length)`, UTF-8, before it returns
 * @example
 * ```ts
 * cpmJsonChunks(schedule(project), { periods: false }, (chunk) => process.stdout.write(chunk));
 * ```
 */
export function cpmJsonChunks(s: CpmRunResult, options: CpmJsonOptions, emit: (chunk: string) => void, emitBytes?: EmitBytes): void {
  const w = new ChunkWriter(emit);
  const quoted = dateQuoter();
  const date = options.periods ? (): string => 'null' : quoted;
  w.write(`{\n  "duration": ${num(s.duration)},\n  "start": ${date(s.startDate)},\n  "finish": ${date(s.finishDate)},\n  "criticalPaths": `);
  const columns = unbuiltColumns(s);
  if (columns !== undefined) {
    w.end(); // what is gathered goes first
    const out = new ByteChunks(emitBytes ?? ((bytes, length) => emit(Buffer.from(bytes.buffer, bytes.byteOffset, length).toString('utf8'))));
    // The critical paths (lists of ids, as the engine gives them) and the tasks as bytes too.
    const paths = s.criticalPaths;
    let p = 0;
    if (isStringLists(paths)) p = putStringLists(out, p, paths, 1);
    else {
      out.end(p);
      writeJsonAt(w, paths, 1, 'criticalPaths');
      w.end();
    }
    p = out.room(p, TASKS_FIELD.length);
    p = putBytes(out.buffer, p, TASKS_FIELD);
    out.end(writeTaskColumns(out, p, columns, !('portfolioId' in s), options));
  } else {
    writeJsonAt(w, s.criticalPaths, 1, 'criticalPaths');
    w.write(',\n  "tasks": ');
    writeTaskObjects(w, s.tasks, options, date);
  }
  w.write(`,\n  "calendarId": ${options.periods ? 'null' : q(s.calendarId)},\n  "criticalPathsTruncated": ${q(s.criticalPathsTruncated)},\n  "warnings": `);
  writeJsonAt(w, s.warnings, 1, 'warnings');
  if (s.statusDate !== undefined) {
    w.write(`,\n  "statusDate": ${q(s.statusDate)},\n  "projects": `);
    writeJsonAt(w, (s.projects ?? []).map(projectProgress), 1, 'projects');
  }
  w.write('\n}\n');
  w.end();
}
