/**
 * The OOXML package as the reader sees it: a zip read from its central directory (nothing inflated up front), parts found by name
 * whatever their case, relationship targets resolved (absolute "/xl/…" and relative "worksheets/…"), and one part at a
 * time streamed into a SAX parser with its size checked — declared sizes from the zip directory before inflating,
 * actual bytes while inflating — so a zip bomb is "too large", never an out-of-memory crash. No Node modules.
 */
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import type { Bilingual } from '../../../core/text';
import { WorkbookReadError } from '../errors';
import { PartIndex, partName } from '../package/part-names';
import { relsPartFor, resolveTarget } from '../package/rels';
import { ZipReader, type ZipEntry } from '../../zip/read';
import { xmlEncoding } from '../../zip/xml-part';

/** Largest part the reader inflates (bytes of XML): a 10,000-task plan is ~10 MB; a 1,000,000-row sheet ~300 MB. */
export const MAX_PART_BYTES = 256 * 1024 * 1024;

const MISSING: Bilingual = { vi: 'không có trong tệp', en: 'missing from the file' };

/** Inflated bytes parsed between two turns of the event loop (the browser's page stays responsive). */
const YIELD_EVERY = 8 * 1024 * 1024;

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
    private readonly zip: ZipReader,
    readonly name: string,
    /** Largest part inflated, in bytes (MAX_PART_BYTES unless a test lowers it). */
    readonly maxPartBytes: number,
  ) {
    this.index = new PartIndex(zip.entries().flatMap((e) => (e.dir ? [] : [e.name])));
  }

  /** Opens zip bytes; a zip that cannot be opened is damaged. */
  static open(bytes: Uint8Array, name: string, maxPartBytes = MAX_PART_BYTES): Promise<Package> {
    return Promise.resolve().then(() => {
      try {
        return new Package(ZipReader.open(bytes), name, maxPartBytes);
      } catch (e) {
        throw new WorkbookReadError('CORRUPT', name, e, { vi: 'tệp nén zip hỏng', en: 'the zip container is broken' });
      }
    });
  }

  /** The stored name of a part ("/xl/Workbook.xml" → "xl/workbook.xml" when that is how the zip spells it). */
  find(part: string): string | null {
    const p = partName(part);
    // The exact spelling first: a zip may hold two names that differ only in case (then the index keeps the last).
    const exact = this.zip.get(p);
    if (exact && !exact.dir) return p;
    return this.index.find(p);
  }

  /** Uncompressed size the zip directory declares for a part (undefined when the part is absent). */
  declaredSize(part: string): number | undefined {
    return this.zip.get(part)?.size;
  }

  /** A small part as text (e.g. "mimetype"); null when absent or above `max` bytes. */
  smallText(part: string, max = 4096): Promise<string | null> {
    const p = this.find(part);
    const entry = p ? this.zip.get(p) : undefined;
    if (!entry || entry.size > max) return Promise.resolve(null);
    try {
      return Promise.resolve(new TextDecoder('utf-8').decode(this.zip.inflate(entry)));
    } catch {
      return Promise.resolve(null);
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
    parser.on('doctype', (doctype) => {
      if (failure === null && /<!ENTITY/.test(doctype))
        failure = new WorkbookReadError('ENTITY', this.name, undefined, {
          vi: `phần ${part.slice(part.lastIndexOf('/') + 1)}`,
          en: part,
        });
    });
    if (handlers.open) {
      const open = handlers.open;
      parser.on(
        'opentag',
        byHandler((tag: SaxesTagPlain) => {
          const attrs: Record<string, string> = {};
          // for…in, not Object.entries: no array per attribute (every cell of a sheet is a tag).
          const given = tag.attributes;
          for (const k in given) attrs[local(k)] = given[k];
          open(local(tag.name), attrs);
        }),
      );
    }
    if (handlers.close) {
      const close = handlers.close;
      parser.on(
        'closetag',
        byHandler((tag: SaxesTagPlain) => close(local(tag.name))),
      );
    }
    if (handlers.text) {
      parser.on('text', byHandler(handlers.text));
      parser.on('cdata', byHandler(handlers.text));
    }
    const entry = this.zip.get(part);
    if (!entry) throw new WorkbookReadError('CORRUPT', this.name, undefined, partDetail(part, MISSING));
    await this.feed(part, entry, parser, () => failure);
  }

  /** Inflates a part into the parser a slice at a time, counting the real bytes against the limit. */
  private async feed(part: string, entry: ZipEntry, parser: SaxesParser, failure: () => unknown): Promise<void> {
    let seen = 0;
    let sinceYield = 0;
    let decoder: TextDecoder | null = null;
    const chunks = this.zip.chunks(entry);
    for (;;) {
      let next: IteratorResult<Uint8Array>;
      try {
        next = chunks.next();
      } catch (e) {
        throw new WorkbookReadError(
          'CORRUPT',
          this.name,
          e,
          partDetail(part, { vi: 'không giải nén được', en: 'cannot be inflated' }),
        );
      }
      if (next.done) break;
      const chunk = next.value;
      seen += chunk.length;
      if (seen > this.maxPartBytes) throw this.tooLarge(part);
      // UTF-8 unless the part starts with a UTF-16 byte-order mark; the decoder drops the mark.
      decoder ??= new TextDecoder(xmlEncoding(chunk));
      try {
        parser.write(decoder.decode(chunk, { stream: true }));
      } catch (e) {
        // A handler that stops the read (a sheet over its cell cap) is heard as it said, not as damaged XML.
        if (e instanceof HandlerStop) throw e.stop;
        throw this.xmlError(part, e);
      }
      if (failure() !== null) throw this.xmlError(part, failure());
      sinceYield += chunk.length;
      if (sinceYield > YIELD_EVERY) {
        sinceYield = 0;
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
    }
    try {
      if (decoder) parser.write(decoder.decode());
      parser.close();
    } catch (e) {
      if (e instanceof HandlerStop) throw e.stop;
      throw this.xmlError(part, e);
    }
    if (failure() !== null) throw this.xmlError(part, failure());
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

/** What a parse handler threw, carried through the parser so it is not taken for an XML error. */
class HandlerStop extends Error {
  constructor(readonly stop: unknown) {
    super('stopped by a parse handler');
  }
}

/** A parse handler whose own errors (a caller stopping the read) pass through as they are. */
function byHandler<A extends unknown[]>(fn: (...args: A) => void): (...args: A) => void {
  return (...args: A) => {
    try {
      fn(...args);
    } catch (e) {
      throw new HandlerStop(e);
    }
  };
}
