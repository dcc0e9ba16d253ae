import { PAR_2024 } from '../../../src/core/frameworks';
import { assess, completionScore, criterionOfTask, projectedGroup } from '../../../src/core/assess/model';
import { leaves, setFromFramework } from '../../../src/core/assess/sets';
import { proposedEvidence } from '../../../src/core/assess/tasks';
import {
  EMPTY_ENTRY,
  type AssessTask,
  type CriteriaSet,
  type CriterionEntry,
  type Evidence,
} from '../../../src/core/assess/types';

const crit = (
  id: string,
  max: number,
  over: Partial<CriteriaSet['criteria'][number]> = {},
): CriteriaSet['criteria'][number] => ({
  id,
  title: `Tiêu chí ${id}`,
  max,
  parent: id.includes('.') ? id.slice(0, id.lastIndexOf('.')) : null,
  children: [],
  depth: id.split('.').length,
  scoring: 'self',
  scoringKnown: true,
  lastResult: null,
  target: null,
  ...over,
});

/** A small set: field 1 (1.1 by completion rate, max 2; 1.2 self, max 4), field 2 (2.1 survey, max 4). */
const SMALL: CriteriaSet = {
  id: 'test',
  name: 'test',
  criteria: [
    crit('1', 6, { children: ['1.1', '1.2'], target: 6 }),
    crit('1.1', 2, { scoring: 'ratio' }),
    crit('1.2', 4, { target: 4 }),
    crit('2', 4, { children: ['2.1'], target: 3 }),
    crit('2.1', 4, { scoring: 'survey', lastResult: 3 }),
  ],
};

const ev = (over: Partial<Evidence>): Evidence => ({
  key: '',
  criterion: '1.2',
  number: '12/KH-UBND',
  date: '2025-03-01',
  dateText: '',
  issuer: 'UBND',
  title: 'Kế hoạch',
  section: '',
  file: '',
  fileExists: null,
  ...over,
});
const task = (key: string, done: boolean | null, over: Partial<AssessTask> = {}): AssessTask => ({
  key,
  task: `Nhiệm vụ ${key}`,
  output: '',
  evidence: '',
  criterion: '',
  part: '',
  done,
  ...over,
});
const tasks = (done: number, total: number) => Array.from({ length: total }, (_, i) => task(`A.I.${i + 1}`, i < done));
const entries = (m: Record<string, Partial<CriterionEntry>>) =>
  new Map(Object.entries(m).map(([k, v]) => [k, { ...EMPTY_ENTRY, ...v }]));

function codes(input: Partial<Parameters<typeof assess>[0]>, set: CriteriaSet = SMALL) {
  const r = assess({ set, entries: new Map(), evidence: [], tasks: null, year: 2025, ...input });
  return r.problems.map((p) => `${p.code}@${p.at.on === 'criterion' ? p.at.id : `ev${p.at.index}`}:${p.at.col}`);
}

describe('self-assessment totals (hand-worked)', () => {
  test('ratio, self and survey criteria project to 8,3 of 10 = 83 %, group B; an appraisal lowers it below B', () => {
    // 9 of 10 tasks done: PAR.RATIO(9; 10; 2) = 1,8. 1.2 self-scored 3,5. 2.1 (survey) counts last year's 3.
    const base = {
      set: SMALL,
      entries: entries({ '1.2': { selfScore: 3.5, explanation: 'x' } }),
      evidence: [ev({})],
      tasks: tasks(9, 10),
      year: 2025,
    };
    const r = assess(base);
    expect(r.ratio).toEqual({ done: 9, planned: 10, score: 1.8 });
    expect(r.fields.map((f) => [f.id, f.self, f.projected, f.gap])).toEqual([
      ['1', 5.3, 5.3, 0.7],
      ['2', 0, 3, 0],
    ]);
    expect(r.total).toEqual({ max: 10, self: 5.3, projected: 8.3, target: 9, percent: 83, group: 'B' });
    const lowered = assess({
      ...base,
      entries: entries({ '1.2': { selfScore: 3.5, appraised1: 3, explanation: 'x' } }),
    });
    expect(lowered.total.projected).toBe(7.8);
    expect(lowered.total.group).toBe('Dưới B');
  });

  test('below 80 % of tasks done, the completion-rate criterion scores 0', () => {
    expect(completionScore(tasks(7, 10), 2)).toEqual({ done: 7, planned: 10, score: 0 });
    expect(completionScore(tasks(8, 10), 2)).toEqual({ done: 8, planned: 10, score: 1.6 });
    expect(completionScore(null, 2)).toBeNull();
    // Tasks read from a plan without a tracker: nothing is known to be done, so no score (not 0).
    expect(completionScore([task('A.I.1', null), task('A.I.2', true)], 2)).toBeNull();
  });

  test('groups: A from 90 %, B from 80 %', () => {
    expect([90, 89.99, 80, 79.99].map(projectedGroup)).toEqual(['A', 'B', 'B', 'Dưới B']);
  });

  test('PAR INDEX 2024: maxima add up to 100; every self-scored leaf at its maximum projects 71 (29 by survey)', () => {
    const set = setFromFramework(PAR_2024);
    expect(leaves(set).reduce((a, c) => a + (c.max ?? 0), 0)).toBeCloseTo(100, 9);
    const full = new Map(
      leaves(set)
        .filter((c) => c.scoring !== 'survey')
        .map((c) => [c.id, { ...EMPTY_ENTRY, selfScore: c.max, explanation: 'có' }]),
    );
    const r = assess({ set, entries: full, evidence: [], tasks: null, year: 2025 });
    expect(r.total.max).toBe(100);
    expect(r.total.projected).toBe(71);
    expect(r.total.group).toBe('Dưới B');
    expect(set.criteria.find((c) => c.id === '1.1')?.scoring).toBe('ratio');
    expect(set.criteria.find((c) => c.id === '8.1')?.scoring).toBe('survey');
  });
});

describe('self-assessment rules: each fires, and does not', () => {
  test('self-score above the maximum / below zero', () => {
    expect(codes({ entries: entries({ '1.2': { selfScore: 4.5, explanation: 'x' } }) })).toContain(
      'SELF_ABOVE_MAX@1.2:self',
    );
    expect(codes({ entries: entries({ '1.2': { selfScore: 4, explanation: 'x' } }) })).toEqual([]);
    expect(codes({ entries: entries({ '1.2': { selfScore: -1, explanation: 'x' } }) })).toEqual([
      'SELF_NEGATIVE@1.2:self',
    ]);
  });

  test('a self-score on a survey criterion', () => {
    expect(codes({ entries: entries({ '2.1': { selfScore: 3 } }) })).toEqual(['SELF_ON_SURVEY@2.1:self']);
    expect(codes({ entries: entries({ '2.1': { selfScore: null } }) })).toEqual([]);
  });

  test('a self-score above zero with no evidence and no explanation', () => {
    const e = entries({ '1.2': { selfScore: 4 } });
    expect(codes({ entries: e })).toEqual(['SELF_NO_EVIDENCE@1.2:explanation']);
    expect(codes({ entries: e, evidence: [ev({})] })).toEqual([]);
    expect(codes({ entries: entries({ '1.2': { selfScore: 4, explanation: 'Giải trình' } }) })).toEqual([]);
    // A row with only a title names no document: it is not evidence yet.
    expect(codes({ entries: e, evidence: [ev({ number: '', date: '2025-01-02' })] })).toContain(
      'SELF_NO_EVIDENCE@1.2:explanation',
    );
    // Zero points need no evidence (the target is what asks for an explanation there).
    expect(codes({ entries: entries({ '1.2': { selfScore: 0 } }) })).toEqual(['SELF_BELOW_TARGET@1.2:explanation']);
  });

  test('evidence without a number/symbol or date, or dated outside the assessed year', () => {
    expect(codes({ evidence: [ev({ number: '' })] })).toEqual(['EVIDENCE_NO_NUMBER@ev0:number']);
    expect(codes({ evidence: [ev({ date: null })] })).toEqual(['EVIDENCE_NO_DATE@ev0:date']);
    expect(codes({ evidence: [ev({ date: '2024-12-20' })] })).toEqual(['EVIDENCE_DATE_OUTSIDE_YEAR@ev0:date']);
    expect(codes({ evidence: [ev({})] })).toEqual([]);
  });

  test('evidence naming a document of a task the tracker shows as not done', () => {
    const t = [task('A.I.1', false, { output: 'Kế hoạch 12/KH-UBND' }), task('A.I.2', true, { output: '13/KH-UBND' })];
    expect(codes({ tasks: t, evidence: [ev({})] })).toEqual(['EVIDENCE_TASK_NOT_DONE@ev0:title']);
    expect(codes({ tasks: t, evidence: [ev({ number: '13/KH-UBND' })] })).toEqual([]);
    expect(codes({ tasks: t, evidence: [ev({ number: '99/BC-UBND', taskKey: 'A.I.1' })] })).toEqual([
      'EVIDENCE_TASK_NOT_DONE@ev0:title',
    ]);
    expect(codes({ tasks: t, evidence: [ev({ number: '99/BC-UBND', taskKey: 'A.I.2' })] })).toEqual([]);
  });

  test('a parent that is not the sum of its children (maxima, a parent self-score)', () => {
    const bad: CriteriaSet = { ...SMALL, criteria: SMALL.criteria.map((c) => (c.id === '1' ? { ...c, max: 6.5 } : c)) };
    expect(codes({}, bad)).toEqual(['ASSESS_SUM_MISMATCH@1:max']);
    const e = entries({ '1.2': { selfScore: 3, explanation: 'x' }, '1': { selfScore: 5 } });
    expect(codes({ entries: e, tasks: tasks(10, 10), evidence: [ev({}), ev({ criterion: '1.1' })] })).toEqual([]);
    expect(codes({ entries: entries({ '1.2': { selfScore: 3, explanation: 'x' }, '1': { selfScore: 4 } }) })).toEqual([
      'ASSESS_SUM_MISMATCH@1:self',
    ]);
  });

  test('a self-score below the target without an explanation', () => {
    expect(codes({ entries: entries({ '1.2': { selfScore: 3 } }), evidence: [ev({})] })).toEqual([
      'SELF_BELOW_TARGET@1.2:explanation',
    ]);
    expect(codes({ entries: entries({ '1.2': { selfScore: 3, explanation: 'Lý do' } }), evidence: [ev({})] })).toEqual(
      [],
    );
    expect(codes({ entries: entries({ '1.2': { selfScore: 4 } }), evidence: [ev({})] })).toEqual([]);
  });

  test('a criterion whose scoring the set does not give is taken as self-scored, and said so', () => {
    const unknown: CriteriaSet = {
      ...SMALL,
      criteria: SMALL.criteria.map((c) => (c.id === '1.2' ? { ...c, scoringKnown: false } : c)),
    };
    expect(codes({}, unknown)).toEqual(['SCORING_UNKNOWN@1.2:self']);
    expect(codes({ scoring: new Map([['1.2', 'self']]) }, unknown)).toEqual([]);
  });
});

describe('tasks to criteria and proposed evidence', () => {
  const set = setFromFramework(PAR_2024);
  test('by the criterion reference, by the title, else by the Roman group of a PAR part', () => {
    expect(criterionOfTask(set, task('I.1', null, { criterion: '1.3 Kiểm tra' }))).toBe('1.3');
    expect(criterionOfTask(set, task('X.1', null, { criterion: 'Kiểm tra CCHC của Thành phố' }))).toBe('1.3');
    expect(criterionOfTask(set, task('A.II.7', null))).toBe('2');
    expect(criterionOfTask(set, task('A.#3', null))).toBeNull();
  });
  test('the tracker’s evidence and products become rows, SIPAS/PAPI parts are left out', () => {
    const rows = proposedEvidence(set, [
      task('A.I.3', true, { evidence: 'Báo cáo 45/BC-UBND ngày 10/06/2025', output: 'Kế hoạch', part: 'CHỈ SỐ CCHC' }),
      task('B.I.1', true, { output: 'Khảo sát', part: 'CHỈ SỐ SIPAS' }),
    ]);
    expect(rows.map((r) => [r.key, r.criterion, r.number, r.date, r.title])).toEqual([
      ['A.I.3/KC', '1', '45/BC-UBND', '2025-06-10', 'Báo cáo 45/BC-UBND ngày 10/06/2025'],
      ['A.I.3/SP', '1', '', null, 'Kế hoạch'],
    ]);
  });
});
