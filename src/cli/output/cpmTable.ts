/** The text of `pmo cpm`: a heading, the task table, the critical paths. */
import { maxOf } from '../../internal/bulk.js';
import type { CpmJson } from './cpmJson.js';

/** What the table shows. */
export interface CpmTableInput {
  /** What was scheduled, e.g. `portfolio "Sample" (4 projects, calendar std)`. */
  readonly title: string;
  /** `working days` or `periods`. */
  readonly unit: string;
  /** Several projects: a project column. */
  readonly portfolio: boolean;
  readonly result: CpmJson;
}

const fmt = (x: number): string => (Number.isInteger(x) ? String(x) : x.toFixed(2).replace(/\.?0+$/, ''));

/** The readable table of `pmo cpm`. */
export function cpmTable(run: CpmTableInput): string {
  const r = run.result;
  const dated = r.start !== null;
  const head = [
    ...(run.portfolio ? ['project'] : []),
    'id',
    'name',
    'dur',
    'ES',
    'EF',
    'LS',
    'LF',
    'TF',
    'FF',
    'crit',
    ...(dated ? ['early start', 'early finish', 'late start', 'late finish'] : []),
  ];
  const numeric = new Set(['dur', 'ES', 'EF', 'LS', 'LF', 'TF', 'FF']);
  const rows = r.tasks.map((t) => [
    ...(run.portfolio ? [t.projectId] : []),
    t.id,
    t.name.length > 40 ? `${t.name.slice(0, 39)}…` : t.name,
    fmt(t.duration),
    fmt(t.earlyStart),
    fmt(t.earlyFinish),
    fmt(t.lateStart),
    fmt(t.lateFinish),
    fmt(t.totalFloat),
    fmt(t.freeFloat),
    t.critical ? '*' : '',
    ...(dated ? [t.earlyStartDate ?? '', t.earlyFinishDate ?? '', t.lateStartDate ?? '', t.lateFinishDate ?? ''] : []),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, maxOf(rows, (row) => row[i]!.length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => (numeric.has(head[i]!) ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  const out = [
    `${run.title}: ${dated ? `start ${r.start}, finish ${r.finish}, ` : ''}duration ${fmt(r.duration)} ${run.unit}`,
    '',
    line(head),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map(line),
    '',
    `Critical path${r.criticalPaths.length === 1 ? '' : 's'} (${r.criticalPaths.length}${r.criticalPathsTruncated ? ', more not listed' : ''}):`,
    ...r.criticalPaths.map((p) => `  ${p.join(' -> ')}`),
    '',
    `Offsets and floats in ${run.unit} from the start; EF and LF are exclusive ends; * = critical.`,
    ...forecastLines(r),
  ];
  return `${out.join('\n')}\n`;
}

/** With progress: each project's forecast finish against its baseline (docs/progress.md). */
function forecastLines(r: CpmJson): string[] {
  if (r.statusDate === undefined) return [];
  const sign = (v: number): string => (v > 0 ? `+${fmt(v)}` : fmt(v));
  return [
    '',
    `Forecast from the actuals${r.statusDate === null ? '' : `, status date ${r.statusDate}`}:`,
    ...(r.projects ?? []).map(
      (p) =>
        `  ${p.id}: finish ${p.finishDate}` +
        (p.baselineFinishDate === null ? ' (no baseline)' : `, baseline ${p.baselineFinishDate} (${sign(p.finishVariance!)} working days)`),
    ),
  ];
}
