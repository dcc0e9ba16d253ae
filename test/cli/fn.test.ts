/** `chiso fn` in-process through runCli with a fake Io. */
import { runChiso } from '../support/cli';
import { parseFnArg } from '../../src/cli/commands/fn';

const run = (...argv: string[]) => runChiso(argv, '2025-06-20');

describe('chiso fn', () => {
  it('prints PAPI.RANK 43.9603 2023 → 15 and the other reference values', async () => {
    expect(await run('fn', 'PAPI.RANK', '43.9603', '2023')).toEqual({ code: 0, out: '15', err: '' });
    expect((await run('fn', 'PAPI.GROUP', '43.7747', '2024')).out).toBe('Trung bình cao');
    expect((await run('fn', 'PAR.SIPAS', '86.5')).out).toBe('8.65');
    expect((await run('fn', 'PAR.RATIO', '17', '20', '1.5')).out).toBe('1.275');
    expect((await run('fn', 'PAR.RATIO', '15', '20', '1.5')).out).toBe('0');
  });

  it('names a bad argument in Vietnamese first, its Excel name after it', async () => {
    const r = await run('fn', 'PAPI.RANK', 'abc', '2023');
    expect(r.code).toBe(1);
    expect(r.err).toContain('Đối số điểm (score): "abc" không phải là số.');
    expect(r.err).toContain('Argument score: "abc" is not a number.');
  });

  it('prints CCHC.DEADLINE as dd/mm/yyyy', async () => {
    expect(await run('fn', 'CCHC.DEADLINE', 'Quý II/2025')).toEqual({ code: 0, out: '30/06/2025', err: '' });
    expect((await run('fn', 'CCHC.DEADLINE', 'Trong năm', '2025')).out).toBe('31/12/2025');
  });

  it('takes ranges as JSON arrays and text numbers with a decimal comma', async () => {
    expect((await run('fn', 'PAR.SCORE', '[9.4,"1,50",0.5]', '["1","1,1",1.2]')).out).toBe('2');
    expect((await run('fn', 'PAR.SCORE', '[[1,2],[3,"4,5"]]')).out).toBe('10.5');
    expect((await run('fn', 'PAR.SIPAS', '86,50%')).out).toBe('8.65');
    expect((await run('fn', 'par.sipas', '1,5', '')).out).toBe('0.15');
  });

  it('evaluates CCHC.STATUS with an explicit today and booleans', async () => {
    expect((await run('fn', 'CCHC.STATUS', 'Quý II/2025', 'FALSE', '20/06/2025')).out).toBe('Sắp đến hạn');
    expect((await run('fn', 'CCHC.STATUS', 'Quý II/2025', 'TRUE', '20/06/2025')).out).toBe('Hoàn thành');
  });

  it('takes today from the CLI clock (Io.today) when it is omitted', async () => {
    // the fake Io says 2025-06-20
    expect((await run('fn', 'CCHC.STATUS', 'Quý II/2025')).out).toBe('Sắp đến hạn');
    expect((await run('fn', 'CCHC.STATUS', '19/06/2025', '')).out).toBe('Quá hạn');
    expect((await run('fn', 'CCHC.STATUS', '31/07/2025', '', '', '60')).out).toBe('Sắp đến hạn');
  });

  it('prints #VALUE! / #N/A with the message on stderr and exits 1', async () => {
    const v = await run('fn', 'PAR.RATIO', '1', '0', '1');
    expect(v.code).toBe(1);
    expect(v.out).toBe('');
    expect(v.err).toMatch(/^#VALUE! .*planned/);
    const na = await run('fn', 'CCHC.DEADLINE', 'Thường xuyên');
    expect(na.code).toBe(1);
    expect(na.err).toMatch(/^#N\/A .*Thường xuyên/);
  });

  it('exits 2 for an unknown function, listing the functions', async () => {
    const r = await run('fn', 'PAR.TOTAL', '1');
    expect(r.code).toBe(2);
    for (const id of ['PAR.SCORE', 'PAPI.RANK', 'CCHC.STATUS']) expect(r.err).toContain(id);
    expect((await run('fn')).code).toBe(2);
  });

  it('exits 2 for a wrong argument count or an unreadable JSON range', async () => {
    expect((await run('fn', 'PAPI.RANK')).code).toBe(2);
    expect((await run('fn', 'PAPI.RANK', '1', '2', '3')).code).toBe(2);
    const bad = await run('fn', 'PAR.SCORE', '[1,2');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('JSON');
  });

  it('documents the argument rules in chiso fn --help', async () => {
    const r = await run('fn', '--help');
    expect(r.code).toBe(0);
    expect(r.out).toContain('JSON');
    expect(r.out).toContain('"1,5"');
    for (const id of [
      'PAR.SCORE',
      'PAR.GAP',
      'PAR.RATIO',
      'PAR.SIPAS',
      'PAPI.GAP',
      'PAPI.RANK',
      'PAPI.GROUP',
      'CCHC.DEADLINE',
      'CCHC.STATUS',
    ])
      expect(r.out).toContain(id + '(');
    const one = await run('fn', 'PAPI.GAP', '--help');
    expect(one.out).toContain('PAPI.GAP(score, target, [year])');
  });
});

describe('parseFnArg', () => {
  it.each([
    ['15', 15],
    ['-2.5', -2.5],
    ['1e3', 1000],
    ['1,5', '1,5'],
    ['TRUE', true],
    ['false', false],
    ['', null],
    ['[1,"2",null]', [1, '2', null]],
    ['-', '-'],
    ['Quý II/2025', 'Quý II/2025'],
  ])('%p → %p', (text, value) => {
    expect(parseFnArg(text)).toEqual(value);
  });
});
