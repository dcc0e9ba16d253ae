/**
 * The province's consolidated report from 20 ward trackers (the roll-up tests' units, typed as officials would):
 * its per-unit table — in `--json` and in the Word draft as python-docx reads it — equals `chiso rollup --json` on
 * the window's last day; the units with most overdue tasks and the tasks late in many units follow from it.
 */
import { execFileSync } from 'child_process';
import { existsSync, mkdirSync } from 'fs';
import * as path from 'path';
import type { ReportJson } from '../../src/core/report';
import type { RollupJson } from '../../src/core/rollup';
import { runChiso } from '../support/cli';
import { fixturePlan, ROOT, tempDir } from '../core/tracker/helpers';
import { makeUnits } from '../core/rollup/units';

const N = 20;
const END = '2025-09-14';
const PY = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';
const ART = path.join(ROOT, 'artifacts', 'report-rollup');

let report: ReportJson;
let rollup: RollupJson;
let docx: string;

beforeAll(async () => {
  const dir = tempDir('chiso-report-rollup-');
  const inputs = path.join(dir, 'don-vi');
  const scratch = path.join(dir, 'scratch');
  mkdirSync(inputs);
  mkdirSync(scratch);
  await makeUnits(inputs, scratch, fixturePlan(), N);
  mkdirSync(ART, { recursive: true });
  docx = path.join(ART, 'bao-cao-tong-hop-q3.docx');
  const r = await runChiso([
    'report',
    inputs,
    '--period',
    'q3',
    '--year',
    '2025',
    '--unit',
    'Sở Nội vụ',
    '-o',
    docx,
    '--json',
  ]);
  expect(r.code).toBe(0);
  report = JSON.parse(r.out) as ReportJson;
  const g = await runChiso(['rollup', inputs, '--today', END, '--json']);
  expect(g.code).toBe(0);
  rollup = JSON.parse(g.out) as RollupJson;
}, 600000);

it('reads the 20 units, and its per-unit table equals chiso rollup --json on the window’s last day', () => {
  expect(report.units).toHaveLength(N);
  expect(report.period.to).toBe(END);
  expect(report.perUnit).toEqual(rollup.units);
  expect(report.text).toContain(
    `Tổng hợp từ bảng theo dõi của ${N} đơn vị; tổng số nhiệm vụ theo dõi: ${rollup.units.reduce((a, u) => a + u.tasks, 0)}.`,
  );
});

it('the Word draft’s per-unit table, read back with python-docx, equals the roll-up', () => {
  const script = `
import docx, json, sys
d = docx.Document(sys.argv[1])
for t in d.tables:
    rows = [[c.text for c in r.cells] for r in t.rows]
    if rows and rows[0][:2] == ["STT", "Đơn vị"] and "Số nhiệm vụ" in rows[0]:
        print(json.dumps(rows)); break`;
  const rows = JSON.parse(execFileSync(PY, ['-c', script, docx], { encoding: 'utf8' })) as string[][];
  expect(rows[0]).toEqual([
    'STT',
    'Đơn vị',
    'Số nhiệm vụ',
    'Hoàn thành',
    'Quá hạn',
    'Sắp đến hạn',
    'Tạm dừng',
    'Chưa có hạn cố định',
  ]);
  expect(rows.slice(1)).toEqual(
    rollup.units.map((u, i) => [i + 1, u.unit, u.tasks, u.done, u.overdue, u.dueSoon, u.paused, u.noDate].map(String)),
  );
});

it('the units with most overdue tasks and the tasks late in many units follow the roll-up', () => {
  const most = rollup.units
    .map((u, i) => ({ unit: u.unit, overdue: u.overdue, i }))
    .filter((u) => u.overdue > 0)
    .sort((a, b) => b.overdue - a.overdue || a.i - b.i)
    .slice(0, 5)
    .map(({ unit, overdue }) => ({ unit, overdue }));
  expect(most.length).toBeGreaterThan(0);
  expect(report.mostOverdue).toEqual(most);
  const many = rollup.tasks
    .map((t, i) => ({ t, i }))
    .filter(({ t }) => t.overdue >= 2)
    .sort((a, b) => b.t.overdue - a.t.overdue || a.i - b.i)
    .slice(0, 5);
  expect(many.length).toBeGreaterThan(0);
  expect(report.lateInMany.map((t) => [t.key, t.overdue, t.lateUnits])).toEqual(
    many.map(({ t }) => [t.key, t.overdue, t.lateUnits]),
  );
  const line = report.text.find((t) => t.startsWith('Đơn vị có nhiều nhiệm vụ quá hạn nhất: '))!;
  expect(line).toBe(
    `Đơn vị có nhiều nhiệm vụ quá hạn nhất: ${most.map((u) => `${u.unit} (${u.overdue})`).join('; ')}.`,
  );
});
