/** The style sheet of the HTML report: readable on screen, printable on A4. Private to pmo-kit/viz. */
export const REPORT_CSS = `
:root { --ink: #1f1f1f; --muted: #595959; --line: #d9d9d9; --accent: #2166ac; --good: #1b7837; --warning: #b35806; --bad: #b2182b; --neutral: #8c8c8c; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; color: var(--ink); background: #fff; font: 15px/1.5 system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Helvetica Neue', Arial, 'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', sans-serif; }
header.cover, nav.toc, main, footer { max-width: 1080px; margin: 0 auto; padding: 0 24px; }
header.cover { padding-top: 28px; padding-bottom: 14px; border-bottom: 3px solid var(--accent); }
.kicker { margin: 0; color: var(--accent); font-size: 13px; font-weight: 600; letter-spacing: .08em; text-transform: uppercase; }
h1 { margin: 4px 0 6px; font-size: 28px; line-height: 1.25; }
.subtitle { margin: 0; color: var(--muted); }
nav.toc { margin-top: 18px; }
nav.toc h2 { font-size: 15px; border: 0; margin: 0 0 4px; }
nav.toc ol { margin: 0; padding-left: 22px; columns: 2; column-gap: 32px; }
nav.toc a { color: var(--accent); text-decoration: none; }
section { margin: 30px 0; }
h2 { margin: 0 0 10px; padding-bottom: 4px; border-bottom: 1px solid var(--line); font-size: 21px; }
p.lead { margin: 8px 0 14px; padding: 8px 12px; border-left: 4px solid var(--accent); background: #f3f6fa; font-size: 15.5px; }
ul { padding-left: 22px; }
li { margin: 3px 0; }
table { width: 100%; margin: 12px 0 16px; border-collapse: collapse; font-size: 13.5px; }
caption { padding: 2px 0 6px; text-align: left; font-weight: 600; }
th, td { padding: 5px 8px; border-bottom: 1px solid var(--line); text-align: left; vertical-align: top; }
th { background: #f0f0f0; font-weight: 600; }
.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.date { white-space: nowrap; font-variant-numeric: tabular-nums; }
tbody tr:nth-child(even) { background: #fafafa; }
figure.chart { margin: 14px 0; padding: 10px; border: 1px solid var(--line); border-radius: 6px; background: #fff; }
figure.chart svg { display: block; max-width: 100%; height: auto; margin: 0 auto; }
figcaption { margin-top: 6px; color: var(--muted); font-size: 13px; }
.charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(420px, 1fr)); gap: 14px; }
.charts figure.chart { margin: 0; }
.figures { display: grid; grid-template-columns: repeat(auto-fill, minmax(230px, 1fr)); gap: 12px; margin: 12px 0 18px; }
.figure { padding: 10px 12px; border: 1px solid var(--line); border-left: 6px solid var(--neutral); border-radius: 6px; }
.figure .label { color: var(--muted); font-size: 13px; }
.figure .value { font-size: 22px; font-weight: 700; line-height: 1.3; }
.figure .note { color: var(--muted); font-size: 12.5px; }
.figure .status { font-size: 12px; font-weight: 700; text-transform: uppercase; letter-spacing: .04em; }
.tone-good { border-left-color: var(--good); } .tone-good .status { color: var(--good); }
.tone-warning { border-left-color: var(--warning); } .tone-warning .status { color: var(--warning); }
.tone-bad { border-left-color: var(--bad); } .tone-bad .status { color: var(--bad); }
.tone-neutral .status { color: var(--muted); }
footer { margin-top: 36px; padding-top: 12px; padding-bottom: 40px; border-top: 1px solid var(--line); color: var(--muted); font-size: 13.5px; }
footer h2 { font-size: 16px; border: 0; color: var(--ink); }
@page { size: A4; margin: 14mm 12mm; }
@media print {
  body { font-size: 10.5pt; }
  header.cover, nav.toc, main, footer { max-width: none; padding: 0; }
  nav.toc { break-after: page; }
  h2 { break-after: avoid; }
  section { break-before: auto; }
  figure.chart, table, .figure, p.lead { break-inside: avoid; }
  figure.chart { border: 0; padding: 0; }
  .charts { grid-template-columns: 1fr 1fr; }
  tbody tr:nth-child(even) { background: none; }
  a { color: inherit; text-decoration: none; }
}
`.trim();
