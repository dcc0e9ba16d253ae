// The Word writer of the periodic report (the `docx` package, src/adapters/docx/report.ts) in a chunk of its own,
// fetched when the first report is downloaded, so neither the pane's first load nor the flows carry it.
export type ReportDocx = typeof import('../adapters/docx/report');

let loading: Promise<ReportDocx> | null = null;

export function loadReportDocx(): Promise<ReportDocx> {
  loading ??= import(/* webpackChunkName: "report-docx" */ '../adapters/docx/report').catch((e: unknown) => {
    loading = null; // a failed fetch (offline before caching) may be retried
    throw e;
  });
  return loading;
}
