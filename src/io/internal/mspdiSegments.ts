/**
 * The working parts of a task from its assignments' timephased work (split tasks). Private to
 * pmo-kit/io.
 */
import { isoDurationMinutes } from './duration.js';
import { type Reader, value } from './mspdi.js';
import type { MspdiSegment } from '../mspdiTypes.js';
import type { XmlNode } from './xml.js';

/** Merges time intervals that overlap or touch (ISO local date-times compare as strings). */
export function mergeSegments(list: MspdiSegment[]): MspdiSegment[] {
  const sorted = [...list].sort((a, b) => (a.startDate < b.startDate ? -1 : a.startDate > b.startDate ? 1 : 0));
  const out: { startDate: string; finishDate: string }[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last !== undefined && s.startDate <= last.finishDate) {
      if (s.finishDate > last.finishDate) last.finishDate = s.finishDate;
    } else out.push({ ...s });
  }
  return out;
}

/** Working parts of one assignment's timephased work of one type. */
export function segmentsOf(r: Reader, entries: readonly XmlNode[], where: string): MspdiSegment[] {
  const rows = entries
    .map((e) => {
      const v = value(e, 'Value');
      const minutes = v === undefined ? undefined : isoDurationMinutes(v);
      return {
        start: r.dateTime(e, 'Start', where),
        finish: r.dateTime(e, 'Finish', where),
        minutes: typeof minutes === 'number' ? minutes : undefined,
      };
    })
    .filter((e): e is { start: string; finish: string; minutes: number | undefined } => e.start !== undefined && e.finish !== undefined)
    .sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  const out: MspdiSegment[] = [];
  let cur: { startDate: string; finishDate: string } | undefined;
  for (const row of rows) {
    if (row.minutes === undefined) continue; // non-working time
    if (row.minutes > 0) {
      if (cur === undefined) cur = { startDate: row.start, finishDate: row.finish };
      else if (row.finish > cur.finishDate) cur.finishDate = row.finish;
    } else if (cur !== undefined) {
      out.push(cur);
      cur = undefined;
    }
  }
  if (cur !== undefined) out.push(cur);
  return out;
}
