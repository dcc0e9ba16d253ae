// Builds the add-in into dist/: taskpane.html (the shared-runtime page and the browser page: its plain-ES5 loader
// shows the fallback in old webviews, else loads office.js from the Office CDN when inside Office, then functions.js,
// then taskpane.js), functions.json (from the JSDoc of the functions entry, which
// scripts/functions-source.ts generates from the spec src/core/score/specs.ts into lib/generated/functions.ts), functions-vi.json (Vietnamese
// metadata, derived by scripts/functions-vi.ts), manifest.xml, assets/ and sw.js (the page's offline cache).
// The two build scripts it runs are TypeScript, compiled into lib/scripts/ by `npm run build:cli` (which
// `npm run build` and `npm ci` run first).
// `npm run build` = production; `npm run dev-server` = https://localhost:3000 with office-addin-dev-certs.
'use strict';
const fs = require('fs');
const path = require('path');
const webpack = require('webpack');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const CustomFunctionsMetadataPlugin = require('custom-functions-metadata-plugin');

const SCRIPTS = path.join(__dirname, 'lib', 'scripts');
/** A compiled build script (lib/scripts/…), or a clear error when lib/scripts/ has not been built. */
function buildScript(name) {
  const file = path.join(SCRIPTS, name);
  if (!fs.existsSync(file)) {
    throw new Error(
      `chiso: ${path.relative(__dirname, file)} chưa được biên dịch: chạy "npm run build:cli" / is missing: run "npm run build:cli"`,
    );
  }
  return file;
}
const { ServiceWorkerPlugin } = require(buildScript('sw-plugin.js'));

/** Where the production add-in is hosted: the ONE setting to change when deploying (or set CHISO_URL). */
const PRODUCTION_URL = process.env.CHISO_URL || 'https://localhost:3000/';
const DEV_URL = 'https://localhost:3000/';
const DEV_PORT = 3000;

const { writeFunctionsEntry } = require(buildScript('functions-source.js'));
const FUNCTIONS_VI = buildScript('functions-vi.js');

function baseUrl(url) {
  if (!/^https:\/\/[^/]+/.test(url)) throw new Error(`chiso: the add-in URL must start with https:// (got "${url}")`);
  return url.endsWith('/') ? url : `${url}/`;
}

/** After CustomFunctionsMetadataPlugin has emitted functions.json, emits functions-vi.json from it. */
class VietnameseMetadataPlugin {
  apply(compiler) {
    const name = 'VietnameseMetadataPlugin';
    compiler.hooks.thisCompilation.tap(name, (compilation) => {
      compilation.hooks.processAssets.tap({ name, stage: webpack.Compilation.PROCESS_ASSETS_STAGE_DERIVED }, () => {
        const fail = (msg) => compilation.errors.push(new webpack.WebpackError(`chiso: ${msg}`));
        const source = compilation.getAsset('functions.json');
        if (!source) return fail('functions.json was not generated, so functions-vi.json cannot be derived');
        if (!fs.existsSync(FUNCTIONS_VI))
          return fail(`${path.relative(__dirname, FUNCTIONS_VI)} is missing: run npm run build:cli`);
        delete require.cache[require.resolve(FUNCTIONS_VI)]; // watch mode: pick up edits
        const { deriveVi } = require(FUNCTIONS_VI);
        if (typeof deriveVi !== 'function')
          return fail(`${path.relative(__dirname, FUNCTIONS_VI)} does not export deriveVi(functionsJson)`);
        let vi;
        try {
          vi = deriveVi(JSON.parse(source.source.source().toString()));
        } catch (e) {
          return fail(`deriveVi failed: ${e && e.message}`);
        }
        const text = typeof vi === 'string' ? vi : JSON.stringify(vi, null, 2);
        compilation.emitAsset('functions-vi.json', new webpack.sources.RawSource(text));
        return undefined;
      });
    });
  }
}

// office-addin-dev-certs is not in the default install (it pulls native tooling): fetched on demand for `npm run dev-server`.
async function devCerts() {
  try {
    return await require('office-addin-dev-certs').getHttpsServerOptions();
  } catch {
    throw new Error(
      'npm run dev-server cần office-addin-dev-certs: chạy `npm i --no-save office-addin-dev-certs` / needs office-addin-dev-certs: run `npm i --no-save office-addin-dev-certs`',
    );
  }
}

module.exports = async (env = {}, argv = {}) => {
  const prod = (argv.mode || 'production') === 'production';
  const serving = Boolean(env.WEBPACK_SERVE || process.env.WEBPACK_SERVE);
  const url = baseUrl(prod ? PRODUCTION_URL : DEV_URL);
  // Written before every build from the spec (a watching dev-server picks up a spec edit on its next start).
  const FUNCTIONS_TS = writeFunctionsEntry();

  return {
    mode: prod ? 'production' : 'development',
    devtool: prod ? false : 'source-map',
    entry: {
      functions: FUNCTIONS_TS,
      taskpane: './src/taskpane/index.tsx',
    },
    output: {
      path: path.join(__dirname, 'dist'),
      filename: '[name].js',
      chunkFilename: 'chunks/[name].[contenthash:8].js',
      clean: true,
    },
    resolve: { extensions: ['.ts', '.tsx', '.js', '.json'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            // Type checking is `npm run typecheck`; ES modules let webpack split dynamic imports into chunks.
            options: { transpileOnly: true, compilerOptions: { module: 'esnext', sourceMap: !prod } },
          },
        },
      ],
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: 'functions.json', input: FUNCTIONS_TS }),
      new VietnameseMetadataPlugin(),
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['functions', 'taskpane'],
        chunksSortMode: 'manual',
        // The page's own loader adds the bundles (never in Internet Explorer / Edge Legacy): no <script> tags here.
        inject: false,
        // The browser page's address, named by the fallback shown in old Excel webviews.
        chisoPage: `${url}taskpane.html`,
        minify: false,
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets', to: 'assets', globOptions: { ignore: ['**/*.js'] } },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) => (url === DEV_URL ? content : content.toString().split(DEV_URL).join(url)),
          },
        ],
      }),
      // Production only: a development page is never cached (sw.js is then absent and the page skips it).
      ...(prod ? [new ServiceWorkerPlugin()] : []),
    ],
    performance: { hints: false }, // sizes are measured by `npm run bench` (scripts/bench/size.ts)
    devServer: serving
      ? {
          port: DEV_PORT,
          hot: false,
          headers: { 'Access-Control-Allow-Origin': '*' },
          server: { type: 'https', options: await devCerts() },
        }
      : undefined,
  };
};
