import * as fs from 'fs';
import * as path from 'path';
import {
  ISSUE_CODES,
  ISSUES,
  isIssueCode,
  issueMessage,
  makeIssue,
  UnknownIssueCodeError,
  type IssueCode,
  type IssueParams,
} from '../../../src/core/issues';

const VIETNAMESE_LETTERS = /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/i;

/** Parameters of every kind the messages use, with ASCII text so the English message can be checked for leaks. */
const SAMPLE = {
  label: '2.4',
  title: 'Title',
  row: 20,
  role: 'result',
  year: 2024,
  value: 9.45,
  dp: 2,
  sum: 9.53,
  diff: 0.08,
  max: 1.5,
  target: 7,
  result: 7.1232,
  targetYear: 2025,
  resultYear: 2024,
  prev: '8.4',
  missing: '8.5',
  firstRow: 12,
  parent: 'I',
  expected: 8.8,
  text: 'abc',
  date: '31/11/2025',
  month: 11,
  days: 30,
  op: '>',
  number: '92,00',
  lead: 'Lead',
  sipas: 88,
  sipasSheet: 'Sheet',
  sipasCell: 'E6',
  rule: 'sums',
  detail: 'TypeError: x',
  column: 'Max',
  count: 3,
  labels: '1.1, 1.2',
  task: 'A.I.3',
};

/** Where an item is (TableView.describe), for messages that name one. */
const ITEM = { label: '1', row: 7, title: 'Tiêu chí' };

/** Every code that the validation rules can emit, read from their source (makeIssue('CODE' / code: 'CODE'). */
function codesUsedInRules(): string[] {
  const dir = path.resolve(__dirname, '../../../src/core/validate');
  const found = new Set<string>();
  for (const f of fs.readdirSync(dir)) {
    if (!f.endsWith('.ts')) continue;
    const src = fs.readFileSync(path.join(dir, f), 'utf8');
    for (const m of src.matchAll(/makeIssue\(\s*'([A-Z_]+)'/g)) found.add(m[1]);
    for (const m of src.matchAll(/code: '([A-Z_]+)'/g)) found.add(m[1]);
    for (const m of src.matchAll(/\? '([A-Z_]+)' : '([A-Z_]+)'/g)) {
      found.add(m[1]);
      found.add(m[2]);
    }
  }
  return [...found].sort();
}

describe('issue catalogue', () => {
  test('the rules use only catalogue codes, and use most of them', () => {
    const used = codesUsedInRules();
    expect(used.length).toBeGreaterThanOrEqual(15);
    for (const code of used) expect({ code, known: isIssueCode(code) }).toEqual({ code, known: true });
    for (const code of [
      'SUM_MISMATCH',
      'TOTAL_MISMATCH',
      'ABOVE_MAX',
      'TARGET_BELOW_RESULT',
      'NUMBER_GAP',
      'NUMBER_REPEAT',
      'NUMBER_ORDER',
      'MISSING_LEAD',
      'MISSING_DEADLINE',
      'MISSING_OUTPUT',
      'INVALID_DATE',
      'UNKNOWN_DEADLINE',
      'NOT_A_NUMBER',
      'DUPLICATE_TASK',
      'SIPAS_MISMATCH',
    ])
      expect(used).toContain(code);
  });

  test.each(ISSUE_CODES)('%s has a severity, titles and both messages', (code) => {
    const def = ISSUES[code];
    expect(['error', 'warning', 'info']).toContain(def.severity);
    expect(def.title.vi.normalize('NFC')).toBe(def.title.vi);
    expect(def.title.vi).toMatch(VIETNAMESE_LETTERS);
    expect(def.title.en).toMatch(/^[\x20-\x7e]+$/);
    const vi = issueMessage(code, SAMPLE, 'vi');
    const en = issueMessage(code, SAMPLE, 'en');
    expect(vi.length).toBeGreaterThan(10);
    expect(en.length).toBeGreaterThan(10);
    expect(vi.normalize('NFC')).toBe(vi);
    expect(vi).toMatch(VIETNAMESE_LETTERS);
    // Quoted words are cell text the user types ("Thường xuyên"); the English wording itself has none.
    expect(en.replace(/"[^"]*"/g, '')).not.toMatch(VIETNAMESE_LETTERS);
    expect(vi).not.toBe(en);
    expect(vi).not.toMatch(/undefined|NaN|\[object/);
    expect(en).not.toMatch(/undefined|NaN|\[object/);
  });

  test('messages survive missing parameters', () => {
    // The types ask for every parameter; at run time a message must still not break when one is absent.
    const none = {} as IssueParams<IssueCode>;
    for (const code of ISSUE_CODES) {
      expect(() => issueMessage(code, none, 'vi')).not.toThrow();
      expect(issueMessage(code, none, 'en')).not.toMatch(/undefined|NaN/);
    }
  });

  test('parameters are typed per code: a missing, misspelt or foreign parameter does not compile', () => {
    // The @ts-expect-error lines are assertions too: `npm run typecheck` fails when one of them compiles.
    const item = { label: '2.4', row: 20, title: 'Tác động' };
    const wrong = [
      // @ts-expect-error ABOVE_MAX needs `max`
      () => makeIssue('ABOVE_MAX', 'S', 'D20', { ...item, role: 'result', value: 9 }),
      // @ts-expect-error `firstRow`, misspelt
      () => makeIssue('NUMBER_REPEAT', 'S', 'A20', { label: '1', firstrow: 4 }),
      // @ts-expect-error the parameters of another code
      () => makeIssue('UNKNOWN_DEADLINE', 'S', 'F20', { rule: 'sums', detail: 'x' }),
      // @ts-expect-error a part is 'missing' or 'damaged'
      () => makeIssue('SHEET_UNREADABLE', 'S', 'A1', { sheet: 'S', part: 'xl/x.xml', reason: 'lost' }),
      // @ts-expect-error a number where the message needs one
      () => issueMessage('NEGATIVE_VALUE', { ...item, role: 'max', value: '-1' }, 'vi'),
    ];
    expect(wrong).toHaveLength(5);
    // What the misspelt call would print: the row it should name is lost; spelt right, it is there.
    expect(wrong[1]()).toMatchObject({ message: { vi: expect.stringContaining('dòng  cho') } });
    expect(makeIssue('NUMBER_REPEAT', 'S', 'A20', { label: '1', firstRow: 4 }).message.vi).toContain('dòng 4 cho');
  });

  test('severities follow the documented policy', () => {
    for (const c of [
      'SUM_MISMATCH',
      'TOTAL_MISMATCH',
      'ABOVE_MAX',
      'NEGATIVE_VALUE',
      'INVALID_DATE',
      'NOT_A_NUMBER',
    ] as const) {
      expect(ISSUES[c].severity).toBe('error');
    }
    for (const c of [
      'TARGET_BELOW_RESULT',
      'NUMBER_GAP',
      'NUMBER_REPEAT',
      'NUMBER_ORDER',
      'NUMBER_PREFIX',
      'MISSING_LEAD',
      'MISSING_DEADLINE',
      'MISSING_OUTPUT',
      'UNKNOWN_DEADLINE',
      'THRESHOLD_TEXT',
      'DUPLICATE_TASK',
      'SIPAS_MISMATCH',
    ] as const) {
      expect(ISSUES[c].severity).toBe('warning');
    }
  });

  test('numbers and dates in Vietnamese format, English format in English', () => {
    // SAMPLE's sum: the 2024 result 9,45 (two decimals printed), its parts' sum 9,53, a difference of 0,08.
    const i = makeIssue('SUM_MISMATCH', 'Phụ lục 2', 'D16', { ...SAMPLE, label: '2', title: 'CẢI CÁCH THỂ CHẾ' });
    expect(i).toMatchObject({ code: 'SUM_MISMATCH', severity: 'error', sheet: 'Phụ lục 2', cell: 'D16' });
    expect(i.message.vi).toContain('9,45');
    expect(i.message.vi).toContain('9,53');
    expect(i.message.vi).toContain('0,08');
    expect(i.message.vi).toContain('Kết quả năm 2024');
    expect(i.message.en).toContain('9.45');
    expect(i.message.en).toContain('2024 result');
    const d = makeIssue('INVALID_DATE', 'Phụ lục', 'F6', {
      text: 'Hoàn thành Trước ngày 31/11/2025',
      date: '31/11/2025',
      month: 11,
      days: 30,
    });
    expect(d.message.vi).toContain('31/11/2025');
    expect(d.message.vi).toContain('30 ngày');
    const big = issueMessage('ABOVE_MAX', { ...ITEM, value: 1234.5, max: 1000, role: 'target' }, 'vi');
    expect(big).toContain('1.234,5');
  });

  test('printed decimals are kept when the rule gives them (11,30 stays 11,30)', () => {
    expect(
      issueMessage('SUM_MISMATCH', { ...ITEM, value: 11.3, dp: 2, sum: 11.33, diff: 0.03, role: 'target' }, 'vi'),
    ).toContain('11,30');
    expect(
      issueMessage('SUM_MISMATCH', { ...ITEM, value: 11.3, sum: 11.33, diff: 0.03, role: 'target' }, 'vi'),
    ).toContain('11,3 ');
  });

  test('an unknown code is API misuse: a named error', () => {
    expect(() => issueMessage('NO_SUCH_CODE' as IssueCode, {} as never, 'vi')).toThrow(UnknownIssueCodeError);
    expect(() => makeIssue('NO_SUCH_CODE' as never, 'S', 'A1', {} as never)).toThrow(UnknownIssueCodeError);
    expect(isIssueCode('toString')).toBe(false);
  });
});
