import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { checkDist } from '../../scripts/check-dist';
import { IDS, PAGE, edit, makeDist, metadata } from './dist-fixture';

// The command as `npm run check-dist` runs it: compiled by `npm run build:cli`.
const SCRIPT = path.join(__dirname, '..', '..', 'lib', 'scripts', 'check-dist.js');

const dirs: string[] = [];
function dist(): string {
  const d = makeDist();
  dirs.push(d);
  return d;
}
afterAll(() => {
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

/** checkDist on a dist broken by `breakIt` reports a problem matching `expected` (and the good dist reports none). */
function expectProblem(breakIt: (dir: string) => void, expected: RegExp): void {
  const d = dist();
  breakIt(d);
  const problems = checkDist(d);
  expect(problems.join('\n')).toMatch(expected);
}

const manifest = (d: string, change: (t: string) => string) => edit(d, 'manifest.xml', change);

describe('check-dist', () => {
  it('passes the hand-made dist built around the real manifest.xml and icons', () => {
    expect(checkDist(dist())).toEqual([]);
  });

  it('passes when the manifest points at another https host (a production URL)', () => {
    const d = dist();
    manifest(d, (t) => t.split('https://localhost:3000/').join('https://chiso.example.vn/addin/'));
    edit(d, 'taskpane.html', (t) => t.split('https://localhost:3000/').join('https://chiso.example.vn/addin/'));
    expect(checkDist(d)).toEqual([]);
  });

  it('fails on a missing dist directory', () => {
    expect(checkDist(path.join(dist(), 'nope')).join('\n')).toMatch(/does not exist/);
  });

  describe('manifest', () => {
    it('fails on XML that is not well-formed', () => {
      expectProblem((d) => manifest(d, (t) => t.replace('</Permissions>', '')), /not well-formed XML.*does not match/);
      expectProblem(
        (d) => manifest(d, (t) => t.replace('<ProviderName>chiso', '<ProviderName>chiso & co')),
        /not well-formed XML/,
      );
    });

    it('fails when a resid is not defined', () => {
      expectProblem(
        (d) =>
          manifest(d, (t) => t.replace('<Label resid="Chiso.Group.Label"/>', '<Label resid="Chiso.Group.Lable"/>')),
        /resid "Chiso.Group.Lable" is not defined/,
      );
    });

    it('fails when a resid names a resource of the wrong kind', () => {
      expectProblem(
        (d) =>
          manifest(d, (t) =>
            t.replace('<Label resid="Chiso.Group.Label"/>', '<Label resid="Chiso.OpenPane.Tooltip"/>'),
          ),
        /should name a ShortStrings resource, not LongStrings/,
      );
    });

    it('fails on a resid longer than 32 characters', () => {
      const long = 'Chiso.Group.Label.ThatIsFarTooLong'; // 34
      expectProblem(
        (d) => manifest(d, (t) => t.split('"Chiso.Group.Label"').join(`"${long}"`)),
        /longer than 32 characters/,
      );
    });

    it('fails on a ShortString over 125 and a LongString over 250 characters, also in an override', () => {
      expectProblem(
        (d) => manifest(d, (t) => t.replace('Value="Mở chiso"', `Value="${'Mở '.repeat(42)}"`)),
        /ShortStrings "Chiso.OpenPane.Label" is 126 characters, more than 125/,
      );
      expectProblem(
        (d) => manifest(d, (t) => t.replace('DefaultValue="Open the chiso pane:', `DefaultValue="${'x'.repeat(200)}`)),
        /LongStrings "Chiso.OpenPane.Tooltip" is \d+ characters, more than 250/,
      );
    });

    it('fails on a <Namespace> element', () => {
      expectProblem(
        (d) => manifest(d, (t) => t.replace('</Metadata>', '</Metadata>\n<Namespace resid="Chiso.Group.Label"/>')),
        /<Namespace> must not be declared/,
      );
    });

    it('fails when the script, metadata, page or icon URLs name files that are not in dist/', () => {
      expectProblem(
        (d) => manifest(d, (t) => t.replace('/functions.js"', '/function.js"')),
        /Urls resource "Functions.Script.Url" .*function\.js does not exist/,
      );
      expectProblem(
        (d) => fs.rmSync(path.join(d, 'assets', 'icon-16.png')),
        /Images resource "Icon.16x16" .*icon-16\.png does not exist/,
      );
      expectProblem(
        (d) => fs.rmSync(path.join(d, 'assets', 'icon-64.png')),
        /<HighResolutionIconUrl> .*does not exist/,
      );
      expectProblem(
        (d) => manifest(d, (t) => t.replace('/functions-vi.json"', '/functions-vn.json"')),
        /functions-vn\.json does not exist/,
      );
      expectProblem((d) => fs.rmSync(path.join(d, 'taskpane.html')), /default page .*taskpane\.html does not exist/);
      expectProblem(
        (d) =>
          manifest(d, (t) =>
            t.replace(
              '<bt:Url id="Functions.Script.Url" DefaultValue="https://localhost:3000/',
              '<bt:Url id="Functions.Script.Url" DefaultValue="http://localhost:3000/',
            ),
          ),
        /not https/,
      );
    });

    it('fails without the vi-VN metadata override', () => {
      expectProblem(
        (d) => manifest(d, (t) => t.replace(/<bt:Override Locale="vi-VN" Value="[^"]*functions-vi\.json"\/>/, '')),
        /Override Locale="vi-VN"/,
      );
    });

    it('fails without the shared runtime', () => {
      expectProblem(
        (d) => manifest(d, (t) => t.replace('lifetime="long"', 'lifetime="short"')),
        /Runtime lifetime="long"/,
      );
    });

    it('fails on a base requirement Excel 2016 lacks (SharedRuntime, a newer ExcelApi, Methods)', () => {
      const base = '<Set Name="ExcelApi" MinVersion="1.1"/>';
      expectProblem(
        (d) => manifest(d, (t) => t.replace(base, `${base}<Set Name="SharedRuntime" MinVersion="1.1"/>`)),
        /base <Requirements> asks for SharedRuntime 1\.1, which Excel 2016 lacks/,
      );
      expectProblem(
        (d) => manifest(d, (t) => t.replace(base, '<Set Name="ExcelApi" MinVersion="1.4"/>')),
        /ExcelApi 1\.4, which Excel 2016 lacks/,
      );
      expectProblem(
        (d) => manifest(d, (t) => t.replace(base, `${base}<Set Name="CustomFunctionsRuntime"/>`)),
        /CustomFunctionsRuntime 1\.1, which Excel 2016 lacks/,
      );
      expectProblem(
        (d) =>
          manifest(d, (t) =>
            t.replace(
              /<\/Sets>\s*<\/Requirements>/,
              '</Sets><Methods><Method Name="Document.getFileAsync"/></Methods></Requirements>',
            ),
          ),
        /must not ask for <Methods>/,
      );
    });

    it('fails when VersionOverrides declares the shared runtime or custom functions without asking for their sets', () => {
      expectProblem(
        (d) => manifest(d, (t) => t.replace('<bt:Set Name="SharedRuntime" MinVersion="1.1"/>', '')),
        /VersionOverrides><Requirements> must ask for SharedRuntime 1\.1/,
      );
      expectProblem(
        (d) => manifest(d, (t) => t.replace('<bt:Set Name="CustomFunctionsRuntime" MinVersion="1.1"/>', '')),
        /must ask for CustomFunctionsRuntime 1\.1/,
      );
    });
  });

  describe('page and bundles', () => {
    it('fails when the page does not load office.js, functions.js and taskpane.js in that order', () => {
      expectProblem(
        (d) =>
          edit(d, 'taskpane.html', (t) =>
            t.replace('https://appsforoffice.microsoft.com/lib/1/hosted/office.js', 'https://cdn.example/office.js'),
          ),
        /must load office\.js from/,
      );
      expectProblem(
        (d) =>
          edit(d, 'taskpane.html', () =>
            PAGE.replace('["functions.js","taskpane.js"]', '["taskpane.js","functions.js"]'),
          ),
        /office\.js, then functions\.js, then taskpane\.js/,
      );
      expectProblem((d) => fs.rmSync(path.join(d, 'taskpane.js')), /loads taskpane\.js, which is not in dist/);
    });

    it('fails on a static bundle <script src> (Internet Explorer would run it) and on an inline script that is not ES5', () => {
      expectProblem(
        (d) => edit(d, 'taskpane.html', (t) => t.replace('</body>', '<script src="taskpane.js"></script></body>')),
        /has <script src> tags \(taskpane\.js\)/,
      );
      expectProblem(
        (d) => edit(d, 'taskpane.html', (t) => t.replace('var boot =', 'const boot =')),
        /inline script is not plain ES5/,
      );
      expectProblem(
        (d) => edit(d, 'taskpane.html', (t) => t.replace('window.b = boot;', 'window.b = () => boot;')),
        /not plain ES5/,
      );
    });

    it("fails when the fallback's link is not the add-in's page (two different CHISO_URLs) or is missing", () => {
      expectProblem(
        (d) => manifest(d, (t) => t.split('https://localhost:3000/').join('https://chiso.example.vn/')),
        /fallback link https:\/\/localhost:3000\/taskpane\.html is not the add-in's page/,
      );
      expectProblem(
        (d) => edit(d, 'taskpane.html', (t) => t.replace(' id="chiso-open"', '')),
        /no <a id="chiso-open">/,
      );
    });

    it('fails when a file the page or the web app manifest names is missing', () => {
      expectProblem(
        (d) => fs.rmSync(path.join(d, 'assets', 'icon-32.png')),
        /taskpane\.html names assets\/icon-32\.png, which is not in dist/,
      );
      expectProblem(
        (d) => fs.rmSync(path.join(d, 'assets', 'icon-512.png')),
        /names the icon icon-512\.png, which is not in dist/,
      );
      expectProblem(
        (d) => edit(d, 'taskpane.html', (t) => t.replace(/<link rel="manifest"[^>]*>/, '')),
        /no <link rel="manifest">/,
      );
    });

    it("fails when the service worker's list differs from the build", () => {
      expectProblem(
        (d) => fs.writeFileSync(path.join(d, 'assets', 'new.png'), 'x'),
        /sw\.js does not cache assets\/new\.png/,
      );
      expectProblem(
        (d) => fs.rmSync(path.join(d, 'functions.json')),
        /sw\.js caches functions\.json, which is not in dist/,
      );
      expectProblem((d) => fs.rmSync(path.join(d, 'sw.js')), /sw\.js is missing/);
    });

    it('fails when React ends up in functions.js', () => {
      expectProblem(
        (d) => edit(d, 'functions.js', (t) => `${t}\nvar e = Symbol.for("react.element");`),
        /functions\.js contains React/,
      );
    });
  });

  describe('function metadata', () => {
    it('fails when functions.json or functions-vi.json is missing or not JSON', () => {
      expectProblem((d) => fs.rmSync(path.join(d, 'functions.json')), /functions\.json is missing/);
      expectProblem((d) => fs.rmSync(path.join(d, 'functions-vi.json')), /functions-vi\.json is missing/);
      expectProblem((d) => edit(d, 'functions-vi.json', (t) => t.slice(0, -2)), /functions-vi\.json is not valid JSON/);
    });

    it('fails when the ids are not exactly the catalogue', () => {
      expectProblem(
        (d) => fs.writeFileSync(path.join(d, 'functions.json'), metadata(IDS.slice(1), 'en')),
        /functions\.json ids are .*expected exactly/,
      );
      expectProblem(
        (d) => fs.writeFileSync(path.join(d, 'functions-vi.json'), metadata([...IDS, 'PAR.EXTRA'], 'vi')),
        /functions-vi\.json ids are .*PAR\.EXTRA/,
      );
    });

    it('fails when the two files disagree on a function', () => {
      expectProblem(
        (d) =>
          edit(d, 'functions-vi.json', (t) =>
            t.replace('"parameters":[{"name":"value","description":"giá trị","type":"number"}]', '"parameters":[]'),
          ),
        /PAR\.SCORE: functions\.json has 1 parameters, functions-vi\.json 0/,
      );
    });
  });

  it('as a command: exit 0 on the good dist, exit 1 with the list of problems on a broken one', () => {
    const good = spawnSync(process.execPath, [SCRIPT, dist()], { encoding: 'utf8' });
    expect(good.status).toBe(0);
    expect(good.stdout).toMatch(/is good/);
    const d = dist();
    fs.rmSync(path.join(d, 'functions.json'));
    const bad = spawnSync(process.execPath, [SCRIPT, d], { encoding: 'utf8' });
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/functions\.json is missing/);
  });
});
