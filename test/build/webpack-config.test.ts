// The webpack configuration as data: production is the default, CHISO_URL replaces the dev URL in the
// manifest, the dev certificates are only asked for when serving.
import * as fs from 'fs';
import * as path from 'path';

type Config = {
  mode: string;
  entry: Record<string, string>;
  devServer?: unknown;
  plugins: Array<{
    constructor: { name: string };
    patterns?: Array<{ from: string; transform?: (c: Buffer) => string | Buffer }>;
    userOptions?: { filename?: string; inject?: unknown; chisoPage?: string };
  }>;
};
type ConfigFn = (env?: Record<string, unknown>, argv?: Record<string, unknown>) => Promise<Config>;

const MANIFEST = fs.readFileSync(path.join(__dirname, '..', '..', 'manifest.xml'));

async function loadConfig(url: string | undefined, argv: Record<string, unknown>): Promise<Config> {
  const saved = process.env.CHISO_URL;
  if (url === undefined) delete process.env.CHISO_URL;
  else process.env.CHISO_URL = url;
  try {
    let fn!: ConfigFn;
    jest.isolateModules(() => {
      fn = require('../../webpack.config.js') as ConfigFn;
    });
    return await fn({}, argv);
  } finally {
    if (saved === undefined) delete process.env.CHISO_URL;
    else process.env.CHISO_URL = saved;
  }
}

function builtManifest(config: Config): string {
  const copy = config.plugins.find((p) => p.constructor.name === 'CopyPlugin');
  const pattern = copy?.patterns?.find((p) => p.from === 'manifest.xml');
  if (!pattern?.transform) throw new Error('no manifest.xml copy pattern with a transform');
  return pattern.transform(MANIFEST).toString();
}

describe('webpack.config.js', () => {
  it('defaults to production and builds the functions and taskpane entries', async () => {
    const config = await loadConfig(undefined, {});
    expect(config.mode).toBe('production');
    expect(Object.keys(config.entry).sort()).toEqual(['functions', 'taskpane']);
    expect(config.devServer).toBeUndefined();
  });

  it("writes the browser page's address from CHISO_URL into taskpane.html (the old-webview fallback names it)", async () => {
    const config = await loadConfig('https://chiso.example.vn/addin', { mode: 'production' });
    const html = config.plugins.find((p) => p.constructor.name === 'HtmlWebpackPlugin');
    expect(html?.userOptions).toMatchObject({
      filename: 'taskpane.html',
      inject: false,
      chisoPage: 'https://chiso.example.vn/addin/taskpane.html',
    });
    expect(config.plugins.map((p) => p.constructor.name)).toContain('ServiceWorkerPlugin');
    // A development build is never cached by a service worker.
    const dev = await loadConfig(undefined, { mode: 'development' });
    expect(dev.plugins.map((p) => p.constructor.name)).not.toContain('ServiceWorkerPlugin');
  });

  it('puts CHISO_URL into every URL of the production manifest', async () => {
    const text = builtManifest(await loadConfig('https://chiso.example.vn/addin', { mode: 'production' }));
    expect(text).not.toContain('https://localhost:3000/');
    expect(text).toContain(
      '<bt:Url id="Functions.Script.Url" DefaultValue="https://chiso.example.vn/addin/functions.js"/>',
    );
    expect(text.split('https://chiso.example.vn/addin/').length - 1).toBe(
      MANIFEST.toString().split('https://localhost:3000/').length - 1,
    );
  });

  it('keeps https://localhost:3000 in development', async () => {
    const text = builtManifest(await loadConfig('https://chiso.example.vn/', { mode: 'development' }));
    expect(text).toBe(MANIFEST.toString());
  });

  it('refuses a production URL that is not https', async () => {
    await expect(loadConfig('http://chiso.example.vn/', { mode: 'production' })).rejects.toThrow(/https/);
  });
});
