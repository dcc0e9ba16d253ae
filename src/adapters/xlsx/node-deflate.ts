/** Node's zlib deflates chiso's new parts in the CLI (faster than a JavaScript deflater on large sheets). */
import * as zlib from 'zlib';
import type { DeflateRaw } from '../zip/write';

const { Z_FINISH, Z_SYNC_FLUSH } = zlib.constants;

export const nodePrecompress: DeflateRaw = Object.assign(
  (data: Uint8Array) => zlib.deflateRawSync(data, { level: 6 }),
  {
    // Each piece is deflated on its own and ended by a sync flush (a byte boundary, no final block), the last one
    // by a finish: deflate streams so ended may be concatenated (RFC 1951 blocks; fflate's Deflate.flush says the
    // same), so the pieces make one valid stream without a synchronous streaming API in zlib's public surface.
    stream: () => (piece: Uint8Array, final: boolean) => [
      zlib.deflateRawSync(piece, { level: 6, finishFlush: final ? Z_FINISH : Z_SYNC_FLUSH }),
    ],
  },
);
