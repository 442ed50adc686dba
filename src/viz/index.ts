/**
 * Charts of what a PMO looks at, as pure functions that return SVG strings: no DOM, no browser,
 * deterministic (the same input gives the same bytes, in any time zone) and accessible (a
 * `<title>`, a `<desc>`, `role="img"`, text labels, and colors backed by dash patterns and shapes
 * so that they survive a grayscale print), in English or Chinese. And the PMO report that puts
 * them together with tables, as one self-contained HTML page or Markdown with SVG files.
 *
 * @module viz
 */
export type { ChartOptions, ChartLink, HeatMapData, HeatMapDataCell, FinishDistribution, HistogramBin, Percentile, Sensitivity, MaturityAxis } from './types.js';
export { ganttChart, type GanttChartOptions, type GanttSchedule, type GanttTask } from './ganttChart.js';
export { networkChart, type NetworkChartOptions } from './networkChart.js';
export { resourceLoadChart, type ResourceLoadChartOptions } from './resourceLoadChart.js';
export { earnedValueChart, type EarnedValueChartOptions } from './earnedValueChart.js';
export { portfolioBubbleChart, type PortfolioBubble, type PortfolioBubbleChartOptions } from './portfolioBubbleChart.js';
export { riskHeatMap, type RiskHeatMapOptions } from './riskHeatMap.js';
export { finishHistogram, type FinishHistogramOptions } from './finishHistogram.js';
export { tornadoChart, type TornadoChartOptions } from './tornadoChart.js';
export { maturityRadar, type MaturityRadarOptions } from './maturityRadar.js';
export { pmoReport } from './report/pmoReport.js';
export { reportHtml } from './report/reportHtml.js';
export { reportMarkdown } from './report/reportMarkdown.js';
export type { PmoReportOptions, PmoReportResult, ReportSection, ReportBlock, ReportFigure, ReportMarkdownResult } from './report/types.js';
