/**
 * Writing a zip with fflate's streaming `Zip` (public API): every entry is handed over already compressed, as a
 * `ZipInputFile` with its own CRC, size and method, so a part copied from the source keeps its compressed bytes and
 * its method (stored stays stored), and a new part is deflated once, when it is set. No Node modules.
 */
import { Deflate, Zip, ZipPassThrough, deflateSync, type ZipInputFile } from 'fflate';

/**
 * A raw-deflate function (RFC 1951, no zlib header), e.g. Node's `(d) => zlib.deflateRawSync(d)`. With `stream`, a
 * part written in pieces (a big sheet) is deflated piece by piece, so its whole text is never in memory; without it,
 * the pieces' bytes are gathered and deflated at the end.
 */
export type DeflateRaw = ((data: Uint8Array) => Uint8Array) & { stream?: () => DeflatePiece };

/** Deflates the next piece of one stream (`final`: the last piece); returns the compressed bytes ready so far. */
export type DeflatePiece = (piece: Uint8Array, final: boolean) => Uint8Array[];

/** An entry ready to be written: its compressed bytes and what the zip headers say about them. */
export interface PackedEntry {
  name: string;
  /** 0 stored, 8 deflated (any method is written as given). */
  compression: number;
  crc: number;
  /** Uncompressed size. */
  size: number;
  data: Uint8Array;
  /** Bits 1–2 of the general-purpose flag (deflate options), kept when an entry is copied. */
  flag?: number;
  mtime?: Date;
  comment?: string;
}

/** fflate's deflater at Office's usual level (the browser's; the CLI passes Node's zlib). */
export const fflateDeflate: DeflateRaw = Object.assign((data: Uint8Array) => deflateSync(data, { level: 6 }), {
  stream: (): DeflatePiece => {
    const out: Uint8Array[] = [];
    const d = new Deflate({ level: 6 }, (chunk) => out.push(chunk));
    return (piece, final) => {
      d.push(piece, final);
      return out.splice(0);
    };
  },
});

const encoder = new TextEncoder();

/**
 * fflate's documented way to compress with another deflater: a ZipPassThrough subclass whose process() compresses;
 * push() keeps the CRC and size of the source bytes.
 */
class Deflating extends ZipPassThrough {
  private readonly pending: Uint8Array[] = [];

  constructor(
    filename: string,
    private readonly deflate: DeflateRaw,
  ) {
    super(filename);
    this.compression = 8;
  }

  override process(chunk: Uint8Array, final: boolean): void {
    this.pending.push(chunk);
    if (!final) return;
    const whole = this.pending.length === 1 ? this.pending[0] : concat(this.pending);
    this.pending.length = 0;
    this.ondata(null, this.deflate(whole) as Uint8Array<ArrayBuffer>, true);
  }
}

/** fflate's way to compress as it comes: each piece pushed is deflated at once, in one deflate stream. */
class StreamDeflating extends ZipPassThrough {
  constructor(
    filename: string,
    private readonly next: DeflatePiece,
  ) {
    super(filename);
    this.compression = 8;
  }

  override process(chunk: Uint8Array, final: boolean): void {
    for (const out of this.next(chunk, final)) this.ondata(null, out as Uint8Array<ArrayBuffer>, false);
  }
}

/**
 * Bytes of UTF-8 gathered before they are deflated. The text is encoded straight into one reused buffer
 * (`encodeInto`): no piece is ever one big string, which V8 would put in its large-object space, freed only by a
 * full collection (the 180 MB sheet of 100,000 tasks made the heap grow by hundreds of MB before one came).
 */
const PIECE_BYTES = 1 << 20;

/**
 * A new entry whose text `fill` writes in pieces (in order), deflated as it comes: the whole text is never one
 * string. A text shorter than one piece is deflated in one go, exactly as `packEntry` does.
 */
export function packPieces(
  name: string,
  fill: (write: (text: string) => void) => void,
  deflate: DeflateRaw = fflateDeflate,
): PackedEntry {
  const buf = new Uint8Array(PIECE_BYTES);
  let used = 0;
  let stream: StreamDeflating | null = null;
  const gathered: Uint8Array[] = [];
  const packed: Uint8Array[] = [];
  // Deflaters and the CRC consume a piece at once (fflate's Deflate copies it, zlib's is synchronous): the buffer
  // is reused; only the gathered pieces of a deflater without `stream` are copies.
  const push = (bytes: Uint8Array, final: boolean) => {
    if (!deflate.stream) {
      gathered.push(bytes.slice());
      return;
    }
    if (!stream) {
      stream = new StreamDeflating(name, deflate.stream());
      stream.ondata = (err, chunk) => {
        if (err) throw new Error(`${name}: ${err.message}`);
        if (chunk.length) packed.push(chunk);
      };
    }
    stream.push(bytes, final);
  };
  const flush = () => {
    if (used) push(buf.subarray(0, used), false);
    used = 0;
  };
  fill((text) => {
    // UTF-8 takes at most 3 bytes per UTF-16 unit.
    if (used + text.length * 3 > buf.length) flush();
    if (text.length * 3 > buf.length) push(encoder.encode(text), false);
    else used += encoder.encodeInto(text, buf.subarray(used)).written;
  });
  if (!stream && !gathered.length) return packEntry(name, buf.slice(0, used), deflate);
  if (!deflate.stream) {
    flush();
    return packEntry(name, concat(gathered), deflate);
  }
  push(buf.subarray(0, used), true);
  const file = stream!;
  return { name, compression: 8, crc: file.crc, size: file.size, data: concat(packed) };
}

/** A new entry deflated now (the text or bytes can be dropped at once: only the compressed bytes are kept). */
export function packEntry(name: string, data: string | Uint8Array, deflate: DeflateRaw = fflateDeflate): PackedEntry {
  const file = new Deflating(name, deflate);
  let packed: Uint8Array | null = null;
  file.ondata = (err, chunk, final) => {
    if (err) throw new Error(`${name}: ${err.message}`);
    if (final) packed = chunk;
  };
  file.push(typeof data === 'string' ? encoder.encode(data) : data, true);
  if (!packed) throw new Error(`${name}: not deflated`);
  return { name, compression: 8, crc: file.crc, size: file.size, data: packed };
}

/** The zip of these entries, in this order. */
export function writeZip(entries: Iterable<PackedEntry>): Uint8Array {
  const parts: Uint8Array[] = [];
  const failures: Error[] = [];
  const zip = new Zip((err, chunk) => {
    if (err) failures.push(new Error(err.message));
    else parts.push(chunk);
  });
  for (const e of entries) {
    const file: ZipInputFile = {
      filename: e.name,
      compression: e.compression,
      crc: e.crc,
      size: e.size,
      flag: e.flag,
      mtime: e.mtime,
      comment: e.comment,
    };
    zip.add(file);
    // fflate types its chunks as ArrayBuffer-backed; ours are (never a SharedArrayBuffer).
    file.ondata!(null, e.data as Uint8Array<ArrayBuffer>, true);
  }
  zip.end();
  if (failures.length) throw failures[0];
  return concat(parts);
}

function concat(parts: Uint8Array[]): Uint8Array {
  let n = 0;
  for (const p of parts) n += p.length;
  const out = new Uint8Array(n);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
