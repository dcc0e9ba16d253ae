/**
 * The bench's shared timing helpers (scripts/lib/bench-util.ts) and the "functions" section: one figure for each of
 * the 9 catalogue functions. Run here once on the TypeScript sources (the bench itself uses the compiled lib/).
 */
import * as path from 'path';
import { CATALOGUE } from '../../src/functions/catalogue';
import * as bench from '../../scripts/bench';
import * as section from '../../scripts/bench/functions';
import * as util from '../../scripts/lib/bench-util';

describe('scripts/lib/bench-util.ts', () => {
  it('median: the middle value, whatever the order', () => {
    expect(util.median([5, 1, 3])).toBe(3);
    expect(util.median([4, 1, 3, 2])).toBe(3);
    expect(util.median([])).toBeNaN();
    expect(util.round(1.23456, 2)).toBe(1.23);
  });

  it('timeRuns: warms up, times every run, returns the median and the last result (sync or async)', async () => {
    let calls = 0;
    const sync = await util.timeRuns(() => ++calls, 5, 2);
    expect(calls).toBe(7);
    expect(sync.last).toBe(7);
    expect(sync.times).toHaveLength(5);
    expect(sync.ms).toBe(util.median(sync.times));
    const slow = await util.timeRuns(() => new Promise((r) => setTimeout(() => r('ok'), 15)), 3, 0);
    expect(slow.last).toBe('ok');
    expect(slow.ms).toBeGreaterThanOrEqual(10);
  });

  it('scripts/bench/ holds only sections (helpers would be loaded as broken sections)', () => {
    const sections = bench.loadSections(path.resolve(__dirname, '../../scripts/bench'), []);
    expect(sections.filter((s) => s.error)).toEqual([]);
    expect(sections.map((s) => s.name)).toEqual(expect.arrayContaining(['functions', 'reader']));
  });
});

describe('bench section "functions"', () => {
  it('measures each of the 9 functions: ranges per call and per row, scalars per call over 10,000 inputs', async () => {
    const rows = await section.run({ runs: 1, catalogue: CATALOGUE });
    expect(section.name).toBe('functions');
    for (const r of rows) expect(Number.isFinite(r.value) && r.value > 0).toBe(true);
    const byId = (id: string) => rows.filter((r) => r.case.startsWith(`${id} `));
    expect(CATALOGUE).toHaveLength(9);
    for (const { id } of CATALOGUE) {
      const mine = byId(id);
      if (id === 'PAR.SCORE' || id === 'PAR.GAP') {
        expect(mine.map((r) => [r.case, r.unit])).toEqual([
          [`${id} 10,000 rows with ids`, 'ms/call'],
          [`${id} 10,000 rows with ids`, 'rows/s'],
        ]);
      } else {
        expect(mine.map((r) => [r.case, r.unit])).toEqual([[`${id} 10,000 calls`, 'µs/call']]);
        // Every call ran: values and errors add up to the 10,000 inputs.
        const [, values, errors] = /(\d+) values, (\d+) #VALUE!\/#N\/A/.exec(mine[0].note ?? '') ?? [];
        expect(Number(values) + Number(errors)).toBe(10000);
        expect(Number(values)).toBeGreaterThan(0);
      }
    }
  });
});
