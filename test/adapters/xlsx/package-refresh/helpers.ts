/** Helpers for the faithful-file tests: run `chiso track`, and check an output against the package it came from. */
import * as path from 'path';
import {
  closureOf,
  comparePackages,
  readPackage,
  sheetsOf,
  xmlProblems,
  type Package,
} from '../../../support/package-compare';
import { runChiso } from '../../../support/cli';
import { libreOfficeErrors, openpyxlRoundTrip } from '../../../support/second-readers';

export const TODAY = '2025-09-30';
export const CHISO_SHEETS = [
  'Tổng hợp',
  'Theo dõi Phụ lục 1',
  'Theo dõi Phụ lục 2',
  'Theo dõi Phụ lục 3',
  'Theo dõi Phụ lục 4',
  'Vấn đề',
  'Dữ liệu PAPI',
];

/** `chiso track ARGS… --today` in-process; stderr joined (empty on success). */
export async function track(args: string[]): Promise<{ code: number; err: string }> {
  const { code, err } = await runChiso(['track', ...args, '--today', TODAY], TODAY);
  return { code, err };
}

/** Everything the issue asks of one written output, against the package it was written from. */
export async function expectFaithful(
  from: string,
  out: string,
  dir: string,
  opts: Parameters<typeof comparePackages>[2] = {},
): Promise<void> {
  const a = await readPackage(from);
  const b = await readPackage(out);
  expect(comparePackages(a, b, opts)).toEqual([]);
  expect(xmlProblems(b)).toEqual([]);
  const names = sheetsOf(b).map((s) => s.name);
  for (const s of CHISO_SHEETS) expect(names).toContain(s);
  const lo = libreOfficeErrors(out, path.join(dir, `lo-${path.basename(out)}`), CHISO_SHEETS);
  expect(lo).toEqual(Object.fromEntries(CHISO_SHEETS.map((s) => [s, []])));
  const seen = openpyxlRoundTrip(out, path.join(dir, `openpyxl-${path.basename(out)}`));
  expect(seen.first.sheets.map((s) => s.name)).toEqual(names);
  expect(seen.second.sheets.map((s) => s.name)).toEqual(names);
}

/** The parts of chiso's sheets in a package (the sheets and what their relationships reach). */
export function chisoParts(pkg: Package): (part: string) => boolean {
  const mine = new Set(CHISO_SHEETS.concat('_chiso'));
  const parts = closureOf(
    pkg,
    sheetsOf(pkg)
      .filter((s) => mine.has(s.name))
      .map((s) => s.part),
  );
  return (p) => parts.has(p);
}
