import { pushAll } from '../../internal/bulk.js';
import { checkReport, chartFileNames } from './internal/blocks.js';
import { R } from './internal/words.js';
import type { PmoReportResult, ReportBlock, ReportMarkdownResult } from './types.js';

/** Text safe in a Markdown table cell or line: pipes escaped, line breaks as spaces. */
const cell = (s: string): string => s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

/** Text safe at the start of a Markdown line (no accidental heading, list or quote). */
const line = (s: string): string => s.replace(/\r?\n/g, ' ').replace(/^([#>*+-]|\d+\.)(\s)/, '\\$1$2');

function table(columns: readonly string[], rows: readonly (readonly string[])[], align: readonly ('left' | 'right')[] | undefined): string[] {
  return [
    `| ${columns.map(cell).join(' | ')} |`,
    `| ${columns.map((_, i) => (align?.[i] === 'right' ? '---:' : '---')).join(' | ')} |`,
    ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
  ];
}

/**
 * Renders a report as Markdown with its charts as separate SVG files: the page links each chart
 * as an image (`![caption](gantt.svg)`), so the folder reads on GitHub, in an editor's preview
 * or converted by pandoc. Tables are GitHub-flavored; key figures become a table with their
 * status in words. Chart file names come from the charts' names (file-safe, unique).
 * Deterministic. O(size of the report).
 *
 * @param report - a report from {@link pmoReport}; never mutated
 * @returns the Markdown text and the SVG files to write beside it
 * @throws {@link PmoError} `INVALID_ARGUMENT` for a malformed report
 * @example
 * ```ts
 * const { markdown, files } = reportMarkdown(pmoReport(portfolio));
 * writeFileSync('out/report.md', markdown);
 * for (const f of files) writeFileSync(`out/${f.name}`, f.content);
 * ```
 */
export function reportMarkdown(report: PmoReportResult): ReportMarkdownResult {
  const r = checkReport('reportMarkdown', report);
  const w = R[r.lang];
  const names = chartFileNames(r);
  const files: { name: string; content: string }[] = [];
  const out: string[] = [`# ${line(r.title)}`, '', `*${line(r.subtitle)}*`, ''];
  const block = (b: ReportBlock): string[] => {
    switch (b.kind) {
      case 'paragraph':
        return [line(b.text), ''];
      case 'list':
        return [...b.items.map((i) => `- ${i.replace(/\r?\n/g, ' ')}`), ''];
      case 'table':
        return [...(b.caption === undefined ? [] : [`**${line(b.caption)}**`, '']), ...table(b.columns, b.rows, b.align), ''];
      case 'figures':
        return [...table([w.figure, w.value, w.note, w.status], b.items.map((f) => [f.label, f.value, f.note ?? '', w.tones[f.tone]]), undefined), ''];
      case 'chart': {
        const name = names.get(b)!;
        files.push({ name, content: b.svg });
        return [`![${b.caption.replace(/[[\]]/g, '')}](${name})`, '', `*${line(b.caption)}*`, ''];
      }
    }
  };
  for (const s of r.sections) {
    out.push(`## ${line(s.title)}`, '');
    if (s.summary !== undefined) out.push(`> ${line(s.summary)}`, '');
    for (const b of s.blocks) pushAll(out, block(b));
  }
  out.push(`## ${w.about}`, '', w.aboutText, '');
  if (r.notCovered.length > 0) out.push(`${w.notCovered}:`, '', ...r.notCovered.map((n) => `- ${n}`), '');
  return { markdown: `${out.join('\n').trimEnd()}\n`, files };
}
