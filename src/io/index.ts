/**
 * Files in and out: Microsoft Project XML (MSPDI) reader and writer, CSV import (spreadsheet and
 * PM tool exports), PSPLIB `.sm` and MPLIB `.rcmp` benchmark readers with their conversions to an
 * RCPSP instance and to a portfolio, and diagram exports (Mermaid flowchart and Gantt chart,
 * Graphviz DOT).
 *
 * @module io
 */
export { readMspdi, type MspdiReadOptions } from './readMspdi.js';
export { readMspdiDetails, type ReadMspdiDetailsOptions } from './readMspdiDetails.js';
export type {
  ReadMspdiOptions,
  MspdiDocument,
  MspdiLinkDetails,
  MspdiProperties,
  MspdiSegment,
  MspdiTaskDetails,
  MspdiTaskType,
  MspdiWarning,
} from './mspdiTypes.js';
export { writeMspdi, type WriteMspdiOptions, type MspdiWriteOptions } from './writeMspdi.js';
export { MSPDI_ELAPSED_CALENDAR } from './mspdiElapsedCalendar.js';
export { readPsplib, type PsplibActivity, type PsplibInstance, type ReadPsplibOptions, type PsplibReadOptions } from './readPsplib.js';
export { psplibToPortfolio, type PsplibToPortfolioOptions } from './psplibToPortfolio.js';
export { psplibToRcpsp } from './psplibToRcpsp.js';
export { readRcmp, type RcmpActivity, type RcmpInstance, type RcmpProject, type ReadRcmpOptions, type RcmpReadOptions } from './readRcmp.js';
export { rcmpToPortfolio, type RcmpToPortfolioOptions } from './rcmpToPortfolio.js';
export { rcmpToRcpsp } from './rcmpToRcpsp.js';
export { detectFormat, type FileFormat } from './detectFormat.js';
export { readCsv } from './readCsv.js';
export { readCsvDetails } from './readCsvDetails.js';
export { CSV_COLUMNS, CSV_KINDS, type CsvColumn, type CsvKind } from './csvColumns.js';
export { CsvImportError, csvIssueLocation, type CsvIssue } from './csvImportError.js';
export type { CsvFile, CsvFileSummary, ReadCsvDetailsOptions, ReadCsvDetailsResult, ReadCsvOptions } from './csvTypes.js';
export type { DatedSchedule, DatedTask, ScheduleLike, ScheduledTaskLike, TaskLabel } from './types.js';
export { toMermaidFlowchart, type ToMermaidFlowchartOptions, type MermaidFlowchartOptions } from './toMermaidFlowchart.js';
export { toMermaidGantt, type ToMermaidGanttOptions, type MermaidGanttOptions } from './toMermaidGantt.js';
export { toDot, type ToDotOptions, type DotOptions } from './toDot.js';
