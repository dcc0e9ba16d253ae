/**
 * The request context of the recording fake: every action is recorded (for the request size) and applied at once to
 * the in-memory book; loads are snapshots taken in order and readable only after `sync()`, as in Office.js. The first
 * failing action fails the whole request at `sync()` and the actions after it are not run (Excel stops there too).
 * Request size = UTF-8 bytes of the JSON of the recorded actions; response size = the JSON of the loaded values.
 */
import { FakeBook, FakeOfficeError } from './fake-model';

export const PAYLOAD_LIMIT = 5 * 1024 * 1024;

const encoder = new TextEncoder();
// API objects in a response (collection items) weigh as empty objects: their loaded values are counted on their own.
const bytesOf = (v: unknown) =>
  encoder.encode(JSON.stringify(v, (_k, x: unknown) => (x instanceof FakeProxy ? {} : x)) ?? '').length;

export interface SyncRecord {
  request: number;
  response: number;
  actions: number;
  failed?: string;
}

export class FakeContext {
  private queue: Array<{ p: string; a: string; v?: unknown }> = [];
  private pending: Array<{ target: FakeProxy; prop: string; value: unknown }> = [];
  private failure: Error | null = null;
  readonly syncs: SyncRecord[] = [];
  /** Set by fake-excel.ts: the workbook proxy. */
  workbook!: unknown;
  /** Set by fake-excel.ts: `context.application`. */
  application!: unknown;

  constructor(readonly book: FakeBook) {}

  get failed(): boolean {
    return this.failure !== null;
  }

  record(path: string, action: string, args?: unknown): void {
    this.queue.push(args === undefined ? { p: path, a: action } : { p: path, a: action, v: args });
    this.book.actionLog.push(`${path} ${action}`);
  }

  fail(e: unknown): void {
    if (!this.failure) this.failure = e instanceof Error ? e : new FakeOfficeError('GeneralException', String(e));
  }

  stage(target: FakeProxy, prop: string, value: unknown): void {
    this.pending.push({ target, prop, value });
  }

  async sync(): Promise<void> {
    const request = bytesOf(this.queue);
    const response = bytesOf(this.pending.map((p) => p.value));
    const rec: SyncRecord = { request, response, actions: this.queue.length };
    let error = this.failure;
    if (!error && this.book.editMode && this.queue.length) {
      error = new FakeOfficeError(
        'InvalidOperationInCellEditMode',
        'The operation is not supported while Excel is in cell-edit mode.',
      );
    }
    if (!error && request > PAYLOAD_LIMIT)
      error = new FakeOfficeError(
        'RequestPayloadSizeLimitExceeded',
        'The request payload size has exceeded the limit.',
      );
    if (!error && response > PAYLOAD_LIMIT)
      error = new FakeOfficeError(
        'ResponsePayloadSizeLimitExceeded',
        'The response payload size has exceeded the limit.',
      );
    this.queue = [];
    const staged = this.pending;
    this.pending = [];
    this.failure = null;
    if (error) rec.failed = (error as { code?: string }).code ?? error.message;
    this.syncs.push(rec);
    this.book.syncLog.push({
      request: rec.request,
      response: rec.response,
      ...(rec.failed ? { failed: rec.failed } : {}),
    });
    await Promise.resolve();
    if (error) throw error;
    for (const s of staged) s.target.commit(s.prop, s.value);
  }
}

/** Base of every fake API object: a path (for the request record), loaded values, guarded actions. */
export class FakeProxy {
  private readonly loaded = new Map<string, unknown>();

  constructor(
    readonly ctx: FakeContext,
    readonly path: string,
  ) {}

  commit(prop: string, value: unknown): void {
    this.loaded.set(prop, value);
  }

  /** A loaded value; throws like Office.js when it was not loaded and synced. */
  protected got<T>(prop: string): T {
    if (!this.loaded.has(prop)) {
      throw new FakeOfficeError(
        'PropertyNotLoaded',
        `The property '${prop}' is not available. Call load and context.sync() first.`,
      );
    }
    return this.loaded.get(prop) as T;
  }

  /** Runs a recorded action now unless the request already failed; a throw fails the request. */
  protected act(action: string, args: unknown, fn: () => void, api = '1.1'): void {
    runAction(this.ctx, this.path, action, args, fn, api);
  }

  /** Value of a property at this point of the request. */
  protected snapshot(prop: string): unknown {
    throw new FakeOfficeError('InvalidArgument', `Cannot load '${prop}' on ${this.path}`);
  }

  load(props?: string | string[]): this {
    const list = (Array.isArray(props) ? props : String(props ?? '').split(',')).map((p) => p.trim()).filter(Boolean);
    this.ctx.record(this.path, 'load', list);
    if (this.ctx.failed) return this;
    try {
      for (const p of list) {
        const slash = p.indexOf('/');
        if (slash > 0) this.nav(p.slice(0, slash)).load(p.slice(slash + 1));
        else this.ctx.stage(this, p, this.snapshot(p));
      }
    } catch (e) {
      this.ctx.fail(e);
    }
    return this;
  }

  /** The child object behind a navigation property (the same object each time). */
  protected nav(name: string): FakeProxy {
    throw new FakeOfficeError('InvalidArgument', `No navigation property '${name}' on ${this.path}`);
  }
}

/** Records an action and runs it unless the request already failed (a throw fails the request). */
export function runAction(
  ctx: FakeContext,
  path: string,
  action: string,
  args: unknown,
  fn: () => void,
  api = '1.1',
): void {
  ctx.record(path, action, args);
  if (ctx.failed) return;
  try {
    if (!ctx.book.supports(api)) throw new FakeOfficeError('ApiNotFound', `${action} needs ExcelApi ${api}`);
    fn();
  } catch (e) {
    ctx.fail(e);
  }
}

/** A plain object whose properties are write-only recorded actions (nested format objects, rules, alerts). */
export function setters<T extends Record<string, (v: never) => void>>(
  ctx: FakeContext,
  path: string,
  handlers: T,
  api = '1.1',
): Record<keyof T, unknown> {
  const o = {} as Record<keyof T, unknown>;
  for (const key of Object.keys(handlers) as Array<keyof T & string>) {
    Object.defineProperty(o, key, {
      enumerable: true,
      set: (v: never) => runAction(ctx, path, `set ${key}`, v, () => handlers[key](v), api),
      get: () => {
        throw new FakeOfficeError('PropertyNotLoaded', `${path}.${key} is write-only in the fake`);
      },
    });
  }
  return o;
}
