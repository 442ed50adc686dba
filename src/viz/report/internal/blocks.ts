/** Checks of a report given to a renderer, and the chart file names. Private to pmo-kit/viz. */
import { bad, checkArray, checkObject, checkString } from '../../internal/check.js';
import type { PmoReportResult } from '../types.js';

/** Checks the fields of a report that a renderer reads (a report from {@link pmoReport}, or built by hand). */
export function checkReport(fn: string, report: unknown): PmoReportResult {
  const r = checkObject(fn, 'report', report);
  if (r.lang !== 'en' && r.lang !== 'zh') bad(fn, 'report.lang', 'must be "en" or "zh"', r.lang);
  checkString(fn, 'report.title', r.title);
  checkString(fn, 'report.subtitle', r.subtitle);
  checkArray(fn, 'report.notCovered', r.notCovered).forEach((s, i) => checkString(fn, `report.notCovered[${i}]`, s));
  checkArray(fn, 'report.sections', r.sections).forEach((s, i) => {
    const w = `report.sections[${i}]`;
    const o = checkObject(fn, w, s);
    checkString(fn, `${w}.id`, o.id);
    checkString(fn, `${w}.title`, o.title);
    checkArray(fn, `${w}.blocks`, o.blocks).forEach((b, j) => {
      const x = checkObject(fn, `${w}.blocks[${j}]`, b);
      if (!['paragraph', 'list', 'table', 'figures', 'chart'].includes(x.kind as string)) bad(fn, `${w}.blocks[${j}].kind`, 'must be paragraph, list, table, figures or chart', x.kind);
      if (x.kind === 'chart') {
        checkString(fn, `${w}.blocks[${j}].name`, x.name);
        if (typeof x.svg !== 'string' || !x.svg.startsWith('<svg')) bad(fn, `${w}.blocks[${j}].svg`, 'must be an SVG document', x.svg);
      }
    });
  });
  return report as PmoReportResult;
}

/** A file-safe name: lower-case letters, digits and dashes. */
function slug(s: string): string {
  const out = s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return out === '' ? 'chart' : out;
}

/** The file name of each chart of the report, in order: its name made file-safe, numbered when taken. */
export function chartFileNames(report: PmoReportResult): Map<object, string> {
  const taken = new Set<string>();
  const out = new Map<object, string>();
  for (const s of report.sections)
    for (const b of s.blocks) {
      if (b.kind !== 'chart') continue;
      const base = slug(b.name);
      let name = base;
      for (let k = 2; taken.has(name); k++) name = `${base}-${k}`;
      taken.add(name);
      out.set(b, `${name}.svg`);
    }
  return out;
}
