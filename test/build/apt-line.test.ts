/**
 * The README's one apt line lists exactly the Debian packages `.ci/run` installs (the CI proves the README's set-up,
 * so the two must not drift), and neither asks for what the default install no longer needs (keytar's libsecret).
 */
import * as fs from 'fs';
import * as path from 'path';
import { ROOT } from '../support/fixtures';

function ciPackages(): string[] {
  const ci = fs.readFileSync(path.join(ROOT, '.ci/run'), 'utf8');
  const m = /^APT_PACKAGES=\(([^)]*)\)/m.exec(ci);
  if (!m) throw new Error('.ci/run has no APT_PACKAGES=(…)');
  return m[1].split(/\s+/).filter(Boolean);
}

function readmePackages(): string[][] {
  const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  return [...readme.matchAll(/apt-get install -y --no-install-recommends ([^\n`]+)/g)].map((m) =>
    m[1].trim().split(/\s+/),
  );
}

describe('the apt line', () => {
  it('appears once in the README and equals .ci/run APT_PACKAGES', () => {
    const lines = readmePackages();
    expect(lines).toHaveLength(1);
    expect([...lines[0]].sort()).toEqual([...ciPackages()].sort());
  });

  it('has what the tests use and nothing for keytar', () => {
    const pkgs = ciPackages();
    for (const p of ['chromium', 'libreoffice-calc', 'libreoffice-writer', 'poppler-utils']) expect(pkgs).toContain(p);
    expect(pkgs).not.toContain('libsecret-1-dev');
    expect(pkgs).not.toContain('pkg-config');
  });
});
