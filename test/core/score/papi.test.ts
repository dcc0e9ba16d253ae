import { isFail, papiGap, papiGroup, papiRank, parseGroupName, type Result } from '../../../src/core/score';
import { PAPI_CUTOFFS, papiRows } from '../../../src/core/frameworks';

const value = <T>(r: Result<T>): T => {
  if (isFail(r)) throw new Error(`unexpected failure: ${r.message.vi}`);
  return r.value;
};

describe('papiRank', () => {
  it('gives the published ranks of Hà Nội', () => {
    expect(value(papiRank(43.9603, 2023))).toBe(15);
    expect(value(papiRank(43.7747, 2024))).toBe(29);
  });

  it('gives every published province its published rank', () => {
    for (const y of [2023, 2024]) for (const r of papiRows(y)) expect(value(papiRank(r.total, y))).toBe(r.rank);
  });

  it('uses the latest year by default and ranks past the ends', () => {
    expect(value(papiRank(43.7747))).toBe(29);
    expect(value(papiRank(80, 2024))).toBe(1);
    expect(value(papiRank(10, 2024))).toBe(62);
  });

  it('ignores float noise of a total computed in Excel', () => {
    expect(value(papiRank(43.9603 - 1e-12, 2023))).toBe(15);
  });

  it('refuses a score outside 10–80 and answers #N/A for an unpublished year', () => {
    expect(papiRank(9.99, 2024)).toMatchObject({ error: 'value' });
    expect(papiRank(80.01, 2024)).toMatchObject({ error: 'value' });
    expect(papiRank(null, 2024)).toMatchObject({ error: 'value' });
    const r = papiRank(43, 2022);
    expect(r).toMatchObject({ error: 'na' });
    if (isFail(r)) expect(r.message.vi).toContain('2022');
  });
});

describe('papiGroup', () => {
  it('gives the published groups of Hà Nội', () => {
    expect(value(papiGroup(43.9603, 2023))).toBe('Cao');
    expect(value(papiGroup(43.7747, 2024))).toBe('Trung bình cao');
  });

  it('gives every published province its published group', () => {
    for (const y of [2023, 2024]) for (const r of papiRows(y)) expect(value(papiGroup(r.total, y))).toBe(r.group);
  });

  it('puts a cut-off in its group and just below it in the next', () => {
    const c = PAPI_CUTOFFS[2024];
    expect(value(papiGroup(c['Trung bình cao'], 2024))).toBe('Trung bình cao');
    expect(value(papiGroup(c['Trung bình cao'] - 0.0001, 2024))).toBe('Trung bình thấp');
    expect(value(papiGroup(11, 2024))).toBe('Thấp');
  });
});

describe('parseGroupName', () => {
  it.each([
    ['Cao', 'Cao'],
    ['CAO', 'Cao'],
    ['Trung bình cao', 'Trung bình cao'],
    ['trung binh cao', 'Trung bình cao'],
    ['TB cao', 'Trung bình cao'],
    ['TB. Cao', 'Trung bình cao'],
    ['Trung bình thấp', 'Trung bình thấp'],
    ['tb thap', 'Trung bình thấp'],
    ['Thấp', 'Thấp'],
    ['Nhóm 1', 'Cao'],
    ['nhom2', 'Trung bình cao'],
    ['Nhóm 3', 'Trung bình thấp'],
    ['NHÓM 4', 'Thấp'],
    ['Trung bi\u0300nh cao', 'Trung bình cao'],
  ])('%s → %s', (text, group) => {
    expect(parseGroupName(text)).toBe(group);
  });

  it('gives null for other text', () => {
    expect(parseGroupName('Nhóm 5')).toBeNull();
    expect(parseGroupName('rất cao')).toBeNull();
    expect(parseGroupName('')).toBeNull();
  });
});

describe('papiGap', () => {
  it('is target − score for a numeric target', () => {
    expect(value(papiGap(43.7747, 46.2))).toBe(2.4253);
    expect(value(papiGap(5.3923, '5,7'))).toBe(0.3077);
    expect(value(papiGap(7.1232, 7))).toBe(-0.1232);
  });

  it('uses the lowest published total of a group', () => {
    expect(value(papiGap(43.7747, 'Cao', 2024))).toBe(0.9632);
    expect(value(papiGap(43.7747, 'nhóm 1'))).toBe(0.9632);
    expect(value(papiGap(43.7747, 'Trung bình cao', 2023))).toBe(-1.3781);
  });

  it('refuses text that names no group, and answers #N/A for an unpublished year', () => {
    expect(papiGap(43, 'xuất sắc')).toMatchObject({ error: 'value' });
    expect(papiGap(43, 'Cao', 2019)).toMatchObject({ error: 'na' });
    expect(papiGap(null, 'Cao')).toMatchObject({ error: 'value' });
    expect(papiGap(43, null)).toMatchObject({ error: 'value' });
    expect(papiGap(5, 'Cao')).toMatchObject({ error: 'value' });
  });
});
