#!/usr/bin/env node
// The CLI entry: the TypeScript sources are compiled to lib/ by `npm run build:cli` (run by `npm ci` via "prepare").
try {
  require.resolve('../lib/cli/main.js');
} catch {
  process.stderr.write('chiso chưa được biên dịch: chạy "npm run build:cli" / chiso is not built: run "npm run build:cli"\n');
  process.exit(2);
}
require('../lib/cli/main.js');
