import * as fs from 'fs';
import {
  PAPI_CUTOFFS,
  PAPI_GROUPS,
  PAPI_PUBLISHED,
  papiCutoffs,
  papiRows,
  papiYears,
} from '../../../src/core/frameworks';
import { PAPI_CSV } from '../../support/fixtures';

const CSV = PAPI_CSV;

function readCsv(file: string): Array<Record<string, string>> {
  const lines = fs.readFileSync(file, 'utf8').trim().split(/\r?\n/);
  const head = lines[0].split(',');
  return lines.slice(1).map((line) => {
    const cells = line.split(',');
    expect(cells).toHaveLength(head.length);
    return Object.fromEntries(head.map((h, i) => [h, cells[i]]));
  });
}

describe('published PAPI data', () => {
  it('equals data/papi-provincial.csv row for row', () => {
    const csv = readCsv(CSV).map((r) => ({
      province: r.province.normalize('NFC'),
      year: Number(r.year),
      total: Number(r.total),
      rank: Number(r.rank),
      group: r.group,
    }));
    expect(PAPI_PUBLISHED.map((r) => ({ ...r }))).toEqual(csv);
  });

  it('has 61 ranked provinces in 2023 and in 2024, ranks 1–61 by total', () => {
    expect(papiYears()).toEqual([2023, 2024]);
    for (const y of papiYears()) {
      const rows = papiRows(y);
      expect(rows).toHaveLength(61);
      expect(rows.map((r) => r.rank).sort((a, b) => a - b)).toEqual(Array.from({ length: 61 }, (_, i) => i + 1));
      for (const r of rows) expect(r.rank).toBe(1 + rows.filter((o) => o.total > r.total).length);
    }
  });

  it('has cut-offs equal to the lowest total of each group, groups in rank order', () => {
    for (const y of papiYears()) {
      const cut = papiCutoffs(y);
      expect(cut).toBeDefined();
      for (const g of PAPI_GROUPS) {
        const totals = papiRows(y)
          .filter((r) => r.group === g)
          .map((r) => r.total);
        expect(totals.length).toBeGreaterThanOrEqual(15);
        expect(cut?.[g]).toBe(Math.min(...totals));
      }
      const byRank = [...papiRows(y)].sort((a, b) => a.rank - b.rank).map((r) => PAPI_GROUPS.indexOf(r.group));
      expect([...byRank].sort((a, b) => a - b)).toEqual(byRank);
    }
    expect(Object.keys(PAPI_CUTOFFS).map(Number)).toEqual(papiYears());
  });

  it('has the cross-checks of the plans: Hà Nội 2023 15th Cao, 2024 29th Trung bình cao', () => {
    const hn = (y: number) => PAPI_PUBLISHED.find((r) => r.province === 'Hà Nội' && r.year === y);
    expect(hn(2023)).toMatchObject({ total: 43.9603, rank: 15, group: 'Cao' });
    expect(hn(2024)).toMatchObject({ total: 43.7747, rank: 29, group: 'Trung bình cao' });
  });
});
