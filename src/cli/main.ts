#!/usr/bin/env node
import { runCli } from './cli';
import { processIo } from './io';

runCli(process.argv.slice(2), processIo).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`Lỗi không mong đợi / Unexpected error: ${String(e)}\n`);
    process.exitCode = 2;
  },
);
