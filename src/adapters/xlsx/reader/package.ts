/**
 * The OOXML package as the reader sees it: a zip opened with JSZip (nothing inflated up front), parts found by name
 * whatever their case, relationship targets resolved (absolute "/xl/…" and relative "worksheets/…"), and one part at a
 * time streamed into a SAX parser with its size checked — declared sizes from the zip directory before inflating,
 * actual bytes while inflating — so a zip bomb is "too large", never an out-of-memory crash. No Node modules.
 */
import JSZip from 'jszip';
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import type { Bilingual } from '../../../core/text';
import { WorkbookReadError } from '../errors';
import { PartIndex, partName } from '../package/part-names';
import { relsPartFor, resolveTarget } from '../package/rels';

/** Largest part the reader inflates (bytes of XML): a 10,000-task plan is ~10 MB; a 1,000,000-row sheet ~300 MB. */
export const MAX_PART_BYTES = 256 * 1024 * 1024;

/** JSZip keeps each entry's central-directory sizes in `_data` (a CompressedObject); not in its typings. */
interface ZipEntryInternals {
  _data?: { uncompressedSize?: number };
  internalStream(type: 'uint8array'): ZipStream;
}
interface ZipStream {
  on(evt: 'data', cb: (chunk: Uint8Array) => void): ZipStream;
  on(evt: 'error', cb: (e: unknown) => void): ZipStream;
  on(evt: 'end', cb: () => void): ZipStream;
  pause(): ZipStream;
  resume(): ZipStream;
}

export interface XmlHandlers {
  open?: (name: string, attrs: Record<string, string>) => void;
  close?: (name: string) => void;
  text?: (text: string) => void;
}

/** The local name of a tag or attribute ("x:c" → "c"): SpreadsheetML may come with any prefix. */
export function local(name: string): string {
  const i = name.indexOf(':');
  return i < 0 ? name : name.slice(i + 1);
}

/** The detail of a failure in a part: Vietnamese names the part's file only (no "/" before the " / " separator). */
export function partDetail(part: string, what: Bilingual): Bilingual {
  return { vi: `phần ${part.slice(part.lastIndexOf('/') + 1)}: ${what.vi}`, en: `${part}: ${what.en}` };
}

export class Package {
  private readonly index: PartIndex;

  private constructor(
    private readonly zip: JSZip,
    readonly name: string,
    /** Largest part inflated, in bytes (MAX_PART_BYTES unless a test lowers it). */
    readonly maxPartBytes: number,
  ) {
    this.index = new PartIndex(Object.keys(zip.files).filter((p) => !zip.files[p].dir));
  }

  /** Opens zip bytes; a zip that cannot be opened is damaged. */
  static async open(bytes: Uint8Array, name: string, maxPartBytes = MAX_PART_BYTES): Promise<Package> {
    try {
      return new Package(await JSZip.loadAsync(bytes, { checkCRC32: false }), name, maxPartBytes);
    } catch (e) {
      throw new WorkbookReadError('CORRUPT', name, e, { vi: 'tệp nén zip hỏng', en: 'the zip container is broken' });
    }
  }

  /** The stored name of a part ("/xl/Workbook.xml" → "xl/workbook.xml" when that is how the zip spells it). */
  find(part: string): string | null {
    const p = partName(part);
    // The exact spelling first: a zip may hold two names that differ only in case (then the index keeps the last).
    if (this.zip.files[p] && !this.zip.files[p].dir) return p;
    return this.index.find(p);
  }

  /** Uncompressed size the zip directory declares for a part (undefined when JSZip does not say). */
  declaredSize(part: string): number | undefined {
    const f = this.zip.files[part] as unknown as ZipEntryInternals | undefined;
    const n = f?._data?.uncompressedSize;
    // JSZip reads the 32-bit field as signed: 0xFFFFFFF0 comes back as -16.
    return typeof n === 'number' && Number.isFinite(n) ? (n < 0 ? n + 2 ** 32 : n) : undefined;
  }

  /** A small part as text (e.g. "mimetype"); null when absent or above `max` bytes. */
  async smallText(part: string, max = 4096): Promise<string | null> {
    const p = this.find(part);
    if (!p || (this.declaredSize(p) ?? 0) > max) return null;
    try {
      return await this.zip.files[p].async('string');
    } catch {
      return null;
    }
  }

  private tooLarge(part: string, cause?: unknown): WorkbookReadError {
    const mb = Math.round(this.maxPartBytes / 1048576);
    return new WorkbookReadError(
      'TOO_LARGE',
      this.name,
      cause,
      partDetail(part, {
        vi: `phần này vượt quá ${mb} MB khi giải nén`,
        en: `this part is over ${mb} MB uncompressed`,
      }),
    );
  }

  /**
   * Streams one part through a SAX parser. Unknown elements are simply not handled. A part that is not well-formed
   * XML or cannot be inflated is CORRUPT, one over MAX_PART_BYTES (declared or actual) TOO_LARGE; the error names it.
   * `limitCheck` lets the caller stop early (e.g. too many cells) by throwing its own WorkbookReadError.
   */
  async parse(part: string, handlers: XmlHandlers): Promise<void> {
    const declared = this.declaredSize(part);
    if (declared !== undefined && declared > this.maxPartBytes) throw this.tooLarge(part);
    const parser = new SaxesParser({ xmlns: false, position: false });
    let failure: unknown = null;
    parser.on('error', (e) => {
      if (failure === null) failure = e;
    });
    if (handlers.open) {
      const open = handlers.open;
      parser.on('opentag', (tag: SaxesTagPlain) => {
        const attrs: Record<string, string> = {};
        for (const [k, v] of Object.entries(tag.attributes)) attrs[local(k)] = v;
        open(local(tag.name), attrs);
      });
    }
    if (handlers.close) {
      const close = handlers.close;
      parser.on('closetag', (tag: SaxesTagPlain) => close(local(tag.name)));
    }
    if (handlers.text) {
      parser.on('text', handlers.text);
      parser.on('cdata', handlers.text);
    }
    const entry = this.zip.files[part] as unknown as ZipEntryInternals;
    await new Promise<void>((resolve, reject) => {
      let seen = 0;
      let decoder: TextDecoder | null = null;
      let done = false;
      const stop = (e: unknown): void => {
        if (done) return;
        done = true;
        stream.pause();
        reject(e instanceof Error ? e : new Error(String(e)));
      };
      const stream = entry.internalStream('uint8array');
      stream
        .on('data', (chunk) => {
          if (done) return;
          seen += chunk.length;
          if (seen > this.maxPartBytes) return stop(this.tooLarge(part));
          // UTF-8 unless the part starts with a UTF-16 byte order mark.
          decoder ??= new TextDecoder(
            chunk[0] === 0xff && chunk[1] === 0xfe
              ? 'utf-16le'
              : chunk[0] === 0xfe && chunk[1] === 0xff
                ? 'utf-16be'
                : 'utf-8',
          );
          try {
            parser.write(decoder.decode(chunk, { stream: true }));
          } catch (e) {
            return stop(e);
          }
          if (failure !== null) stop(this.xmlError(part, failure));
        })
        .on('error', (e) =>
          stop(
            new WorkbookReadError(
              'CORRUPT',
              this.name,
              e,
              partDetail(part, { vi: 'không giải nén được', en: 'cannot be inflated' }),
            ),
          ),
        )
        .on('end', () => {
          if (done) return;
          try {
            if (decoder) parser.write(decoder.decode());
            parser.close();
          } catch (e) {
            return stop(e instanceof WorkbookReadError ? e : this.xmlError(part, e));
          }
          if (failure !== null) return stop(this.xmlError(part, failure));
          done = true;
          resolve();
        })
        .resume();
    });
  }

  private xmlError(part: string, cause: unknown): WorkbookReadError {
    if (cause instanceof WorkbookReadError) return cause;
    return new WorkbookReadError(
      'CORRUPT',
      this.name,
      cause,
      partDetail(part, { vi: 'XML không hợp lệ', en: 'not well-formed XML' }),
    );
  }

  /** Relationships of a part: id → { target part (resolved; "" when external), type, raw target as written }. */
  async rels(part: string): Promise<Map<string, { target: string; type: string; raw: string }>> {
    const relsPart = this.find(relsPartFor(part));
    const out = new Map<string, { target: string; type: string; raw: string }>();
    if (!relsPart) return out;
    await this.parse(relsPart, {
      open: (name, a) => {
        if (name !== 'Relationship' || !a.Id || !a.Target) return;
        // External targets (URLs) keep only their raw form: they are never package parts.
        const external = /^external$/i.test(a.TargetMode ?? '');
        out.set(a.Id, { target: external ? '' : resolveTarget(part, a.Target), type: a.Type ?? '', raw: a.Target });
      },
    });
    return out;
  }
}
