import { esc } from '../internal/svg.js';
import { checkReport } from './internal/blocks.js';
import { REPORT_CSS } from './internal/css.js';
import { R } from './internal/words.js';
import type { PmoReportResult, ReportBlock, ReportSection } from './types.js';

/** A date (`YYYY-MM-DD`, possibly with a note), kept on one line. */
const DATE = /^\d{4}-\d{2}-\d{2}\b/;

/** A table as HTML, numeric columns right-aligned, dates on one line. */
function table(b: Extract<ReportBlock, { kind: 'table' }>): string {
  const cls = (i: number): string => (b.align?.[i] === 'right' ? ' class="num"' : '');
  const head = `<thead><tr>${b.columns.map((c, i) => `<th scope="col"${cls(i)}>${esc(c)}</th>`).join('')}</tr></thead>`;
  const td = (c: string, i: number): string => (b.align?.[i] !== 'right' && DATE.test(c) ? `<td class="date">${esc(c)}</td>` : `<td${cls(i)}>${esc(c)}</td>`);
  const body = `<tbody>${b.rows.map((r) => `<tr>${r.map(td).join('')}</tr>`).join('')}</tbody>`;
  return `<table>${b.caption === undefined ? '' : `<caption>${esc(b.caption)}</caption>`}${head}${body}</table>`;
}

/** The blocks of a section; charts that are not wide share a grid row. */
function blocks(list: readonly ReportBlock[], lang: PmoReportResult['lang']): string {
  const out: string[] = [];
  let row: string[] = [];
  const flush = (): void => {
    if (row.length > 0) out.push(`<div class="charts">${row.join('')}</div>`);
    row = [];
  };
  for (const b of list) {
    if (b.kind === 'chart') {
      const fig = `<figure class="chart">${b.svg}<figcaption>${esc(b.caption)}</figcaption></figure>`;
      if (b.wide) {
        flush();
        out.push(fig);
      } else row.push(fig);
      continue;
    }
    flush();
    switch (b.kind) {
      case 'paragraph':
        out.push(`<p>${esc(b.text)}</p>`);
        break;
      case 'list':
        out.push(`<ul>${b.items.map((i) => `<li>${esc(i)}</li>`).join('')}</ul>`);
        break;
      case 'table':
        out.push(table(b));
        break;
      case 'figures':
        out.push(
          `<div class="figures">${b.items
            .map((f) => {
              const status = R[lang].tones[f.tone];
              return `<div class="figure tone-${f.tone}"><div class="label">${esc(f.label)}</div><div class="value">${esc(f.value)}</div>${f.note === undefined ? '' : `<div class="note">${esc(f.note)}</div>`}${status === '' ? '' : `<div class="status">${esc(status)}</div>`}</div>`;
            })
            .join('')}</div>`,
        );
        break;
    }
  }
  flush();
  return out.join('\n');
}

function section(s: ReportSection, lang: PmoReportResult['lang']): string {
  return `<section id="${esc(s.id)}">\n<h2>${esc(s.title)}</h2>\n${s.summary === undefined ? '' : `<p class="lead">${esc(s.summary)}</p>\n`}${blocks(s.blocks, lang)}\n</section>`;
}

/**
 * Renders a report as one self-contained HTML page: the charts inline as SVG, the style sheet
 * inline, no script and no link to anything outside the page (it opens offline, prints on A4,
 * and can be sent as one file). A cover with the title and status date, the contents, each
 * section with its summary, tables and charts, and what the report does not cover. Key figures
 * carry their status in words as well as in color. Deterministic. O(size of the report).
 *
 * @param report - a report from {@link pmoReport}; never mutated
 * @returns the HTML document
 * @throws {@link PmoError} `INVALID_ARGUMENT` for a malformed report
 * @example
 * ```ts
 * writeFileSync('pmo-report/report.html', reportHtml(pmoReport(portfolio)));
 * ```
 */
export function reportHtml(report: PmoReportResult): string {
  const r = checkReport('reportHtml', report);
  const w = R[r.lang];
  const toc = r.sections.map((s) => `<li><a href="#${esc(s.id)}">${esc(s.title)}</a></li>`).join('');
  const notCovered = r.notCovered.length === 0 ? '' : `<p>${esc(w.notCovered)}:</p><ul>${r.notCovered.map((n) => `<li>${esc(n)}</li>`).join('')}</ul>`;
  return [
    '<!DOCTYPE html>',
    `<html lang="${r.lang === 'zh' ? 'zh-CN' : 'en'}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="pmo-kit">',
    `<title>${esc(`${r.title} – ${w.kicker}`)}</title>`,
    `<style>\n${REPORT_CSS}\n</style>`,
    '</head>',
    '<body>',
    `<header class="cover"><p class="kicker">${esc(w.kicker)}</p><h1>${esc(r.title)}</h1><p class="subtitle">${esc(r.subtitle)}</p></header>`,
    `<nav class="toc" aria-label="${esc(w.contents)}"><h2>${esc(w.contents)}</h2><ol>${toc}</ol></nav>`,
    '<main>',
    ...r.sections.map((s) => section(s, r.lang)),
    '</main>',
    `<footer><h2>${esc(w.about)}</h2><p>${esc(w.aboutText)}</p>${notCovered}</footer>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
