/**
 * The plan's tasks for the self-assessment: from a tracker read back by the roll-up's reader (done by the tracker's
 * rule), or from the plan alone (status unknown). The evidence list starts from each task's "Tài liệu kiểm chứng"
 * and "Kết quả/Sản phẩm", proposed under the task's criterion for the official to confirm.
 */
import type { Plan } from '../plan/types';
import type { UnitTask } from '../rollup/unit';
import { fold, isoDate } from '../text';
import { criterionOfTask } from './model';
import type { AssessTask, CriteriaSet, Evidence } from './types';

/** Tasks from a tracker read back (rows marked "Đã bỏ khỏi kế hoạch" are already left out by the reader). */
export function tasksFromTracker(units: readonly UnitTask[]): AssessTask[] {
  return units.map((u) => ({
    key: u.key,
    task: u.task,
    output: u.output,
    evidence: u.evidence,
    criterion: u.criterion,
    part: u.part,
    done: u.done,
  }));
}

/** Tasks from the plan's task tables (no tracker: nothing is known to be done). */
export function tasksFromPlan(plan: Plan): AssessTask[] {
  const out: AssessTask[] = [];
  for (const t of plan.tables) {
    if (t.kind !== 'tasks') continue;
    const byKey = new Map(t.rows.map((r) => [r.key, r]));
    for (const r of t.rows) {
      if (r.type !== 'item') continue;
      const sectionKey = r.path.length > 1 ? r.path[0] : '';
      const section = sectionKey ? byKey.get(sectionKey) : undefined;
      const str = (v: string | number | null | undefined) => (v === null || v === undefined ? '' : String(v));
      out.push({
        key: r.key,
        task: str(r.fields.task ?? r.fields.requirement ?? r.fields.criterion),
        output: str(r.fields.output),
        evidence: '',
        criterion: str(r.fields.criterion),
        part: section?.type === 'section' ? str(section.fields.task ?? section.fields.criterion) : '',
        done: null,
      });
    }
  }
  return out;
}

/**
 * A task of a PAR INDEX part: any part not named SIPAS or PAPI (a tracker's "Phần" may hold only the part's letter,
 * which says nothing: such tasks are proposed, for the official to confirm).
 */
export function isParTask(t: AssessTask): boolean {
  return !/\bsipas\b|\bpapi\b|hai long|quan tri va hanh chinh cong/.test(fold(t.part));
}

/** "123/KH-UBND", "45/2025/QĐ-UBND": the first number and symbol in a text. */
export function numberSymbolIn(text: string): string {
  return /\b\d+(?:\/\d{4})?\/[A-ZĐ][A-ZĐ0-9]*(?:-[A-ZĐ0-9]+)+\b/u.exec(text)?.[0] ?? '';
}

/** The first dd/mm/yyyy date in a text, as ISO. */
export function dateIn(text: string): string | null {
  const m = /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/.exec(text);
  return m ? isoDate(Number(m[3]), Number(m[2]), Number(m[1])) : null;
}

const URL_OR_PATH = /^(https?:\/\/\S+|[\w./\\ -]+\.(pdf|docx?|xlsx?|jpe?g|png|zip))$/i;

/**
 * Evidence rows proposed from the tasks: one per task "Tài liệu kiểm chứng" (key "<task>/KC") and per "Kết quả/Sản
 * phẩm" (key "<task>/SP"), under the task's criterion. Only PAR tasks whose criterion is known are proposed.
 */
export function proposedEvidence(set: CriteriaSet, tasks: readonly AssessTask[]): Evidence[] {
  const out: Evidence[] = [];
  for (const t of tasks) {
    if (!isParTask(t)) continue;
    const criterion = criterionOfTask(set, t);
    if (!criterion) continue;
    for (const [suffix, text] of [
      ['KC', t.evidence],
      ['SP', t.output],
    ] as const) {
      const s = text.trim();
      if (!s) continue;
      const file = URL_OR_PATH.test(s) ? s : '';
      out.push({
        key: `${t.key}/${suffix}`,
        criterion,
        number: numberSymbolIn(s),
        date: dateIn(s),
        dateText: '',
        issuer: '',
        title: file ? '' : s,
        section: '',
        file,
        fileExists: null,
        taskKey: t.key,
      });
    }
  }
  return out;
}
