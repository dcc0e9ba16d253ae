/**
 * Planned Office.js actions with their estimated request weight, run in order with `context.sync()` inserted only
 * when the next action would push the pending request over the budget.
 *
 * The rule: a request carries at most REQUEST_BUDGET (4 MiB) of estimated JSON, under Excel on the web's 5 MB
 * request limit with room for the envelope our estimate does not see. The estimate of an action is its arguments'
 * JSON size plus ACTION_BYTES per Office.js action (object paths and the action record). Values go in row blocks of
 * at most BLOCK_BYTES each, so a block never comes near the budget on its own. The number of syncs thus depends on the
 * bytes written, not on the rows as such: the whole write is one request up to 4 MiB (a 10,000-task tracker weighs
 * about 3 MB, see scripts/bench/office.ts), then one more request per further 4 MiB.
 */
export const REQUEST_LIMIT = 5 * 1024 * 1024;
export const REQUEST_BUDGET = 4 * 1024 * 1024;
export const ACTION_BYTES = 160;
export const BLOCK_BYTES = 512 * 1024;

export interface PlannedOp {
  bytes: number;
  run: () => void;
}

export class OpQueue {
  readonly ops: PlannedOp[] = [];

  /** Plans `actions` Office.js actions carrying `argBytes` of arguments. */
  add(actions: number, argBytes: number, run: () => void): void {
    this.ops.push({ bytes: actions * ACTION_BYTES + argBytes, run });
  }
}

export interface RunStats {
  syncs: number;
  /** Estimated bytes of each request sent. */
  requests: number[];
}

/**
 * Runs the planned actions, syncing when the budget would be exceeded and once at the end. `startRequest` is queued
 * first in every request (its weight is one action): what holds "until the next sync" must be asked again each time.
 */
export async function runOps(
  context: { sync(): Promise<unknown> },
  queue: OpQueue,
  budget = REQUEST_BUDGET,
  startRequest?: () => void,
): Promise<RunStats> {
  const requests: number[] = [];
  let pending = 0;
  for (const op of queue.ops) {
    if (pending > 0 && pending + op.bytes > budget) {
      // One sync per 4 MiB request, not per item: the loop batches by bytes (docs/decisions.md, Office.js adapter).
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
      requests.push(pending);
      pending = 0;
    }
    if (pending === 0 && startRequest) {
      startRequest();
      pending += ACTION_BYTES;
    }
    op.run();
    pending += op.bytes;
  }
  if (pending > 0) {
    await context.sync();
    requests.push(pending);
  }
  return { syncs: requests.length, requests };
}
