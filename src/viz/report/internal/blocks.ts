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
    if (o.summary !== undefined) checkString(fn, `${w}.summary`, o.summary);
    checkArray(fn, `${w}.blocks`, o.blocks).forEach((b, j) => {
      const at = `${w}.blocks[${j}]`;
      const x = checkObject(fn, at, b);
      const strings = (where: string, v: unknown): void => checkArray(fn, `${at}.${where}`, v).forEach((t, k) => checkString(fn, `${at}.${where}[${k}]`, t));
      if (!['paragraph', 'list', 'table', 'figures', 'chart'].includes(x.kind as string)) bad(fn, `${at}.kind`, 'must be paragraph, list, table, figures or chart', x.kind);
      if (x.kind === 'paragraph') checkString(fn, `${at}.text`, x.text);
      if (x.kind === 'list') strings('items', x.items);
      if (x.kind === 'table') {
        if (x.caption !== undefined) checkString(fn, `${at}.caption`, x.caption);
        strings('columns', x.columns);
        if (x.align !== undefined) checkArray(fn, `${at}.align`, x.align);
        checkArray(fn, `${at}.rows`, x.rows).forEach((r, k) => strings(`rows[${k}]`, r));
      }
      if (x.kind === 'figures')
        checkArray(fn, `${at}.items`, x.items).forEach((f, k) => {
          const o2 = checkObject(fn, `${at}.items[${k}]`, f);
          checkString(fn, `${at}.items[${k}].label`, o2.label);
          checkString(fn, `${at}.items[${k}].value`, o2.value);
          if (o2.note !== undefined) checkString(fn, `${at}.items[${k}].note`, o2.note);
          if (!['good', 'warning', 'bad', 'neutral'].includes(o2.tone as string)) bad(fn, `${at}.items[${k}].tone`, 'must be good, warning, bad or neutral', o2.tone);
        });
      if (x.kind === 'chart') {
        checkString(fn, `${at}.name`, x.name);
        checkString(fn, `${at}.caption`, x.caption);
        if (typeof x.svg !== 'string' || !x.svg.startsWith('<svg')) bad(fn, `${at}.svg`, 'must be an SVG document', x.svg);
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
