/**
 * Writing a zip with fflate's streaming `Zip` (public API): every entry is handed over already compressed, as a
 * `ZipInputFile` with its own CRC, size and method, so a part copied from the source keeps its compressed bytes and
 * its method (stored stays stored), and a new part is deflated once, when it is set. No Node modules.
 */
import { Zip, ZipPassThrough, deflateSync, type ZipInputFile } from 'fflate';

/** A raw-deflate function (RFC 1951, no zlib header), e.g. Node's `(d) => zlib.deflateRawSync(d)`. */
export type DeflateRaw = (data: Uint8Array) => Uint8Array;

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
export const fflateDeflate: DeflateRaw = (data) => deflateSync(data, { level: 6 });

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
