/**
 * The periodic report (issue 20): from units' trackers read back as the roll-up reads them and a reporting window,
 * the report's facts, its tables (Word and .xlsx alike) and its administrative document. Pure.
 */
export {
  DEFAULT_CALENDAR,
  PERIOD_KINDS,
  PERIOD_NAME,
  currentPeriod,
  nextWindow,
  nextReportLine,
  periodTitle,
  periodWindow,
  type Calendar,
  type PeriodKind,
  type ReportWindow,
} from './period';
export { BUCKETS, BUCKET_LABEL, bucketAt, type Bucket } from './bucket';
export {
  reportFacts,
  isEmptyReport,
  NO_LEAD,
  NO_INDEX,
  type ReportFacts,
  type ReportTask,
  type CountRow,
  type ScoreFacts,
} from './facts';
export {
  reportTables,
  reportSheets,
  shownValue,
  windowTasks,
  NO_REASON,
  type ReportTable,
  type ReportValue,
} from './tables';
export { reportDoc, type ReportDoc, type Block, type ReportDocOptions } from './document';
export { reportJson, type ReportJson } from './json';
export { runReport, type ReportRun } from './run';
export {
  emptyReportText,
  reportFileName,
  reportFlow,
  windowLabel,
  type ReportFlowOptions,
  type ReportFlowResult,
} from './flow';
