// The workbook flows (reader, validator, tracker, what-if: most of src/core) in a chunk of their own, fetched when
// the first flow runs, so the pane's first load carries only what it shows at start (issue 13: ≤ 250 KB gzip).
export type Flows = typeof import('./flows-chunk');

let loading: Promise<Flows> | null = null;

export function loadFlows(): Promise<Flows> {
  loading ??= import(/* webpackChunkName: "flows" */ './flows-chunk').catch((e: unknown) => {
    loading = null; // a failed fetch (offline before caching) may be retried
    throw e;
  });
  return loading;
}
