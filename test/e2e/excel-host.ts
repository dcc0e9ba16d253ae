/** Builds the Excel test host (host/excel-host.ts + H7's fake) for the browser, and the script a page gets for office.js. */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { readWorkbookGrids } from '../../src/adapters/xlsx/read';

let built: Promise<string> | null = null;

/** Bundles the host once per test file (webpack, development mode, a temp directory); resolves to its code. */
export function hostBundle(): Promise<string> {
  built ??= new Promise((resolve, reject) => {
    const webpack = require('webpack') as typeof import('webpack');
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'chiso-host-'));
    webpack(
      {
        mode: 'development',
        devtool: false,
        target: 'web',
        entry: path.join(__dirname, 'host', 'excel-host.ts'),
        output: { path: out, filename: 'host.js' },
        resolve: { extensions: ['.ts', '.js'] },
        module: {
          rules: [
            {
              test: /\.ts$/,
              exclude: /node_modules/,
              use: { loader: 'ts-loader', options: { transpileOnly: true, compilerOptions: { module: 'esnext' } } },
            },
          ],
        },
      },
      (err, stats) => {
        if (err || !stats || stats.hasErrors()) {
          reject(err ?? new Error(stats?.toString({ all: false, errors: true }) ?? 'webpack failed'));
          return;
        }
        resolve(fs.readFileSync(path.join(out, 'host.js'), 'utf8'));
        fs.rmSync(out, { recursive: true, force: true });
      },
    );
  });
  return built;
}

/** The office.js stand-in for a page: the workbook's Grids, then the host. */
export async function hostScript(fixture: string, displayLanguage = 'vi-VN'): Promise<string> {
  const grids = await readWorkbookGrids(fixture);
  const data = JSON.stringify({ grids, displayLanguage }).replace(/</g, '\\u003c');
  return `window.__CHISO_BOOK__ = ${data};\n${await hostBundle()}`;
}
