#!/usr/bin/env node
import { runCli } from './cli';
import { processIo } from './io';

// A reader that stops early (`chiso … | head`) closes the pipe: what is left to print is dropped, quietly, and the
// command still finishes its work (its files are written whole). Any other output error is still an error.
for (const stream of [process.stdout, process.stderr])
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE' && e.code !== 'ERR_STREAM_DESTROYED') throw e;
  });

runCli(process.argv.slice(2), processIo).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`Lỗi không mong đợi / Unexpected error: ${String(e)}\n`);
    process.exitCode = 2;
  },
);
