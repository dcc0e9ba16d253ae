#!/usr/bin/env node
// The CLI entry: the TypeScript sources are compiled to lib/ by `npm ci` ("prepare": scripts/prepare-cli.cjs, which
// also works with `npm ci --omit=dev`), or by `npm run build:cli`.
try {
  require.resolve('../lib/cli/main.js');
} catch {
  process.stderr.write(
    'chiso chưa được biên dịch: chạy "npm ci" (hoặc "npm ci --omit=dev") / chiso is not built: run "npm ci" (or "npm ci --omit=dev")\n',
  );
  process.exit(2);
}
require('../lib/cli/main.js');
