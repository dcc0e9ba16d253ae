/**
 * TCVN3 and VNI versions of the sample plan (every text cell converted, the fonts set to .VnTime / VNI-Times as
 * officials' old workbooks have them) read as the Unicode plan, with an info note per sheet and range.
 */
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { readWorkbookGrids } from '../../../src/adapters/xlsx/read';
import { runTrack } from '../../../src/cli/commands/track';
import { readTablesFlow } from '../../../src/core/app/flows';
import type { Grid } from '../../../src/core/grid';
import { unicodeToLegacy, type LegacyEncoding } from '../../../src/core/text';
import { editZip, esc } from './build';
import { planFile } from '../../support/fixtures';

const HANOI = planFile();

function unesc(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** TCVN3 has no code for a capital toned letter: such letters go in a run of the capitals-only font .VnTimeH. */
function needsCapsFont(ch: string): boolean {
  return ch !== ch.toLowerCase() && unicodeToLegacy(ch, 'tcvn3') === unicodeToLegacy(ch.toLowerCase(), 'tcvn3');
}

/** One <si> in TCVN3: plain text in the cell's .VnTime font, or runs switching to .VnTimeH for capital toned letters. */
function tcvn3Si(text: string): string {
  const runs: Array<{ caps: boolean; text: string }> = [];
  for (const ch of text) {
    const letter = ch.toLowerCase() !== ch.toUpperCase();
    const caps = letter ? needsCapsFont(ch) : (runs[runs.length - 1]?.caps ?? false);
    if (runs.length && runs[runs.length - 1].caps === caps) runs[runs.length - 1].text += ch;
    else runs.push({ caps, text: ch });
  }
  const t = (s: string): string => `<t xml:space="preserve">${esc(unicodeToLegacy(s, 'tcvn3'))}</t>`;
  if (runs.length === 1 && !runs[0].caps) return `<si>${t(runs[0].text)}</si>`;
  return `<si>${runs.map((r) => `<r><rPr><rFont val="${r.caps ? '.VnTimeH' : '.VnTime'}"/></rPr>${t(r.text)}</r>`).join('')}</si>`;
}

function vniSi(text: string): string {
  return `<si><t xml:space="preserve">${esc(unicodeToLegacy(text, 'vni'))}</t></si>`;
}

/** The sample plan with every shared string re-typed in a legacy encoding; fonts set to `font` (or left alone). */
async function legacyPlan(encoding: LegacyEncoding, font: string | null): Promise<Buffer> {
  const si = encoding === 'tcvn3' ? tcvn3Si : vniSi;
  const edits: Parameters<typeof editZip>[1] = {
    'xl/sharedStrings.xml': (xml) => {
      const out = xml.replace(/<si><t(?: xml:space="preserve")?>([^<]*)<\/t><\/si>/g, (_m, t: string) => si(unesc(t)));
      expect(out).not.toMatch(/<si><t>[^<]*[ăđơưạ-ỹ]/); // every string was converted
      expect(out).toContain(encoding === 'tcvn3' ? 'KÕ ho¹ch' : 'Keá hoaïch'); // "Kế hoạch" as the old fonts store it
      return out;
    },
  };
  if (font)
    edits['xl/styles.xml'] = (xml) =>
      xml.replace(/(<fonts[\s\S]*?<\/fonts>)/, (f) => f.replace(/<name val="[^"]*"\/>/g, `<name val="${font}"/>`));
  return editZip(fs.readFileSync(HANOI), edits);
}

function tablesOf(grids: Grid[]): unknown {
  return readTablesFlow(grids).plan.tables.map((t) => ({
    sheet: t.sheet,
    kind: t.kind,
    title: t.title,
    rows: t.rows.map((r) => ({ type: r.type, label: r.label, fields: r.fields, due: r.due })),
  }));
}

describe('legacy Vietnamese workbooks', () => {
  let expected: unknown;
  beforeAll(async () => {
    expected = tablesOf(await readWorkbookGrids(HANOI));
  });

  it.each([
    ['tcvn3', '.VnTime'],
    ['vni', 'VNI-Times'],
  ] as const)('%s (font %s) reads as the Unicode plan, with an info note per sheet', async (encoding, font) => {
    const bytes = await legacyPlan(encoding, font);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chiso-legacy-'));
    const file = path.join(dir, `${encoding}.xlsx`);
    fs.writeFileSync(file, bytes);
    const before = createHash('sha256').update(bytes).digest('hex');
    const grids = await readWorkbookGrids(file);
    expect(createHash('sha256').update(fs.readFileSync(file)).digest('hex')).toBe(before);
    expect(tablesOf(grids)).toEqual(expected);
    const { issues } = readTablesFlow(grids);
    const notes = issues.filter((i) => i.code === 'LEGACY_TEXT');
    expect(notes.map((n) => n.sheet)).toEqual(['Phụ lục 1', 'Phụ lục 2', 'Phụ lục 3', 'Phụ lục 4']);
    for (const n of notes) {
      expect(n.severity).toBe('info');
      expect(n.message.vi).toMatch(
        new RegExp(`^Vùng A\\d+:[A-Z]+\\d+: \\d+ ô gõ bằng bảng mã ${encoding === 'vni' ? 'VNI' : 'TCVN3'}`),
      );
      expect(n.message.en).toContain('the source file is unchanged');
    }
  });

  it.each(['tcvn3', 'vni'] as const)(
    '%s typed in a Unicode font (values pasted) is still found by its characters',
    async (encoding) => {
      const grids = await readWorkbookGrids(await legacyPlan(encoding, null));
      expect(tablesOf(grids)).toEqual(expected);
    },
  );

  it('leaves Unicode workbooks alone (no conversion, no note): both plans and a tracker chiso wrote', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chiso-unicode-'));
    const tracker = path.join(dir, 'theo-doi.xlsx');
    await runTrack({ input: HANOI, output: tracker, today: '2025-12-20', fixedToday: true });
    for (const file of [HANOI, HANOI.replace('hanoi-2025-phu-luc', 'dienban-2025-phan-cong'), tracker]) {
      const grids = await readWorkbookGrids(file);
      expect({ file: path.basename(file), notes: grids.flatMap((g) => g.notes ?? []) }).toEqual({
        file: path.basename(file),
        notes: [],
      });
    }
  });
});
