/**
 * Deflating new parts with a faster deflater than JSZip's own (Node's zlib in the CLI): the part is compressed when
 * it is set and handed to JSZip as an already-compressed entry, which JSZip writes as is (the same path that keeps
 * untouched parts' bytes). The XML string can then be dropped at once, so memory holds compressed bytes only.
 * Uses JSZip's own CompressedObject, DEFLATE descriptor and CRC-32 (internal modules of the installed jszip 3, which
 * need Node's streams): import this module from Node code only (the CLI), never from the browser's file mode — it is
 * not re-exported by package/index.ts for that reason.
 */
/* eslint-disable @typescript-eslint/no-require-imports */
const CompressedObject = require('jszip/lib/compressedObject') as new (
  compressedSize: number,
  size: number,
  crc: number,
  compression: unknown,
  data: Uint8Array,
) => object;
const compressions = require('jszip/lib/compressions') as { DEFLATE: unknown };
const crc32 = require('jszip/lib/crc32') as (data: Uint8Array) => number;
/* eslint-enable @typescript-eslint/no-require-imports */

/** A raw-deflate function (RFC 1951, no zlib header), e.g. `(d) => zlib.deflateRawSync(d)`. */
export type DeflateRaw = (data: Uint8Array) => Uint8Array;

const encoder = new TextEncoder();

/** A `PackageOptions.precompress`: each part set becomes a JSZip entry already deflated by `deflate`. */
export function precompressor(deflate: DeflateRaw): (data: string | Uint8Array) => object {
  return (data) => {
    const bytes = typeof data === 'string' ? encoder.encode(data) : data;
    const packed = deflate(bytes);
    return new CompressedObject(packed.length, bytes.length, crc32(bytes) >>> 0, compressions.DEFLATE, packed);
  };
}
