/**
 * The report as an administrative document (Decree 30/2020, form of a "Báo cáo"): the issuer and national motto
 * header, "Số: …/BC-…", place and date line, title, "Kính gửi:", the body (I. results with the figures in sentences
 * and a table; II. shortcomings with the overdue tasks and the reasons typed in the notes; III. next period's tasks;
 * IV. proposals left to the official), "Nơi nhận:", the signature block with blanks, and the appendix of every task
 * in the window. Pure words and tables: the Word adapter lays them out.
 */
import { formatVnDate, formatVnNumber } from '../text';
import { INDEX_NAME } from '../tracker/score-model';
import type { ReportFacts, ScoreFacts } from './facts';
import { periodTitle } from './period';
import { NO_REASON, going, reportTables, type ReportTable } from './tables';

export type Block =
  | { kind: 'heading'; text: string }
  | { kind: 'para'; text: string; italic?: boolean }
  | { kind: 'table'; table: ReportTable };

export interface ReportDoc {
  /** Left header: the issuer (upper case, bold) and the number. */
  issuer: string;
  number: string;
  /** Right header: the motto, then the place and date line. */
  dateLine: string;
  title: string;
  subtitle: string;
  recipient: string;
  body: Block[];
  recipients: string[];
  signer: string[];
  appendix: { title: string; note: string; table: ReportTable };
}

export interface ReportDocOptions {
  /** The reporting body ("UBND phường Ba Đình"); the tracker's unit when not given. */
  unit?: string;
  /** "Kính gửi": the Sở Nội vụ by default. */
  to?: string;
}

const BLANK = '…………';
const n = (x: number) => String(x);
const sc = (x: number | null) => (x === null ? BLANK : formatVnNumber(Math.round(x * 10000) / 10000));

function scoreSentence(s: ScoreFacts, several: boolean): string {
  const who = several ? ` (${s.unit})` : '';
  const base = `Chỉ số ${INDEX_NAME[s.index]}${who}: mục tiêu ${sc(s.target)} điểm, ước đạt ${sc(s.estimate)} điểm`;
  if (s.target === null || s.estimate === null) return `${base}.`;
  const d = Math.round((s.estimate - s.target) * 10000) / 10000;
  if (d < 0) return `${base}, thấp hơn mục tiêu ${sc(-d)} điểm.`;
  return d > 0 ? `${base}, cao hơn mục tiêu ${sc(d)} điểm.` : `${base}, bằng mục tiêu.`;
}

function resultParas(f: ReportFacts): string[] {
  const w = f.window;
  const end = formatVnDate(w.to);
  const due = f.dueInWindow;
  const done = due.filter((t) => t.bucket === 'done');
  const onTime = done.filter((t) => t.late === false).length;
  const late = done.filter((t) => t.late === true).length;
  const out: string[] = [];
  if (f.rollup)
    out.push(
      `Tổng hợp từ bảng theo dõi của ${n(f.units.length)} đơn vị; tổng số nhiệm vụ theo dõi: ${n(f.total.total)}.`,
    );
  else out.push(`Tổng số nhiệm vụ theo dõi: ${n(f.total.total)}.`);
  out.push(
    `Trong kỳ (từ ngày ${formatVnDate(w.from)} đến ngày ${end}) có ${n(due.length)} nhiệm vụ đến hạn: ` +
      `đã hoàn thành ${n(done.length)} (đúng hạn ${n(onTime)}, sau hạn ${n(late)}, chưa ghi ngày hoàn thành ` +
      `${n(done.length - onTime - late)}), quá hạn chưa hoàn thành ${n(due.filter((t) => t.bucket === 'overdue').length)}, ` +
      `tạm dừng ${n(due.filter((t) => t.bucket === 'paused').length)}, ` +
      `đến hạn ngày cuối kỳ chưa hoàn thành ${n(due.filter((t) => t.bucket === 'dueSoon' || t.bucket === 'onTrack' || t.bucket === 'notUpdated').length)}.`,
  );
  out.push(`Số nhiệm vụ có ngày hoàn thành trong kỳ: ${n(f.completedInWindow.length)}.`);
  const b = f.total.buckets;
  out.push(
    `Tính đến ngày ${end}: đã hoàn thành ${n(b.done)}, quá hạn ${n(b.overdue)}, đang thực hiện ${n(going(f.total))} ` +
      `(trong đó sắp đến hạn ${n(b.dueSoon)}, trong hạn ${n(b.onTrack)}, chưa cập nhật ${n(b.notUpdated)}), ` +
      `tạm dừng ${n(b.paused)}, không có hạn cố định ${n(b.noDate)}.`,
  );
  for (const r of f.byIndex)
    out.push(
      `${r.name}: ${n(r.total)} nhiệm vụ, đến hạn trong kỳ ${n(r.due)}, đã hoàn thành ${n(r.buckets.done)}, quá hạn ${n(r.buckets.overdue)}.`,
    );
  for (const s of f.scores) out.push(scoreSentence(s, !!f.rollup));
  if (f.rollup && f.mostOverdue.length)
    out.push(
      `Đơn vị có nhiều nhiệm vụ quá hạn nhất: ${f.mostOverdue.map((u) => `${u.unit} (${n(u.overdue)})`).join('; ')}.`,
    );
  return out;
}

function shortcomingParas(f: ReportFacts): string[] {
  const out: string[] = [];
  if (!f.overdue.length) out.push(`Tính đến ngày ${formatVnDate(f.window.to)}, không có nhiệm vụ quá hạn.`);
  else {
    const noReason = f.overdue.filter((t) => !t.notes).length;
    out.push(
      `Tính đến ngày ${formatVnDate(f.window.to)} còn ${n(f.overdue.length)} nhiệm vụ quá hạn chưa hoàn thành ` +
        `(${n(noReason)} nhiệm vụ ${NO_REASON}), chi tiết tại bảng dưới đây.`,
    );
  }
  if (f.lateInMany.length)
    out.push(
      'Nhiệm vụ quá hạn ở nhiều đơn vị: ' +
        f.lateInMany.map((t) => `${t.task || t.key} (${n(t.overdue)} đơn vị)`).join('; ') +
        '.',
    );
  for (const s of f.scores.filter((x) => x.below.length))
    out.push(
      `Các tiêu chí ${INDEX_NAME[s.index]}${f.rollup ? ` (${s.unit})` : ''} ước đạt thấp hơn mục tiêu nhiều nhất: ` +
        s.below.map((l) => `${l.title || l.key} (mục tiêu ${sc(l.target)}, ước đạt ${sc(l.estimate)})`).join('; ') +
        '.',
    );
  return out;
}

/** The document of the report. */
export function reportDoc(f: ReportFacts, opts: ReportDocOptions = {}): ReportDoc {
  const t = reportTables(f);
  const unit = opts.unit?.trim() || (f.units.length === 1 ? f.units[0] : '');
  const period = periodTitle(f.window, formatVnDate);
  const indexes = [...new Set([...f.byIndex.map((r) => r.name), ...f.scores.map((s) => INDEX_NAME[s.index])])].filter(
    (x) => Object.values(INDEX_NAME).includes(x),
  );
  const plan = indexes.length ? `Kế hoạch cải thiện, nâng cao Chỉ số ${indexes.join(', ')}` : `Kế hoạch ${BLANK}`;
  const body: Block[] = [{ kind: 'heading', text: 'I. KẾT QUẢ THỰC HIỆN' }];
  body.push(...resultParas(f).map((text): Block => ({ kind: 'para', text })));
  body.push({ kind: 'table', table: t.counts });
  if (t.units) body.push({ kind: 'table', table: t.units });
  if (t.scores) body.push({ kind: 'table', table: t.scores });
  body.push({ kind: 'heading', text: 'II. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN' });
  body.push(...shortcomingParas(f).map((text): Block => ({ kind: 'para', text })));
  if (f.overdue.length) body.push({ kind: 'table', table: t.overdue });
  body.push({ kind: 'heading', text: 'III. NHIỆM VỤ TRỌNG TÂM KỲ TỚI' });
  const nextSpan = `Từ ngày ${formatVnDate(f.next.from)} đến ngày ${formatVnDate(f.next.to)}`;
  body.push({
    kind: 'para',
    text: f.dueNext.length
      ? `${nextSpan} có ${n(f.dueNext.length)} nhiệm vụ đến hạn chưa hoàn thành; tập trung chỉ đạo thực hiện đúng hạn ` +
        'các nhiệm vụ sau và khắc phục các nhiệm vụ quá hạn nêu tại Mục II.'
      : `${nextSpan} không có nhiệm vụ nào đến hạn chưa hoàn thành; tập trung khắc phục các nhiệm vụ quá hạn nêu tại Mục II.`,
  });
  if (f.dueNext.length) body.push({ kind: 'table', table: t.next });
  body.push({ kind: 'heading', text: 'IV. ĐỀ XUẤT, KIẾN NGHỊ' });
  body.push({ kind: 'para', text: `[Nội dung đề xuất, kiến nghị của đơn vị ${BLANK}]`, italic: true });
  body.push({
    kind: 'para',
    text: `Trên đây là báo cáo kết quả thực hiện ${plan} ${period} của ${unit || BLANK}./.`,
  });
  return {
    issuer: (unit || BLANK).toLocaleUpperCase('vi-VN'),
    number: `Số:        /BC-${BLANK}`,
    dateLine: `${BLANK}, ngày …… tháng …… năm ${f.window.due ? f.window.due.slice(0, 4) : f.window.to.slice(0, 4)}`,
    title: 'BÁO CÁO',
    subtitle: `Kết quả thực hiện ${plan} ${period}`,
    recipient: `Kính gửi: ${opts.to?.trim() || 'Sở Nội vụ'}.`,
    body,
    recipients: ['- Như trên;', `- ${BLANK};`, `- Lưu: VT, ${BLANK}.`],
    signer: ['QUYỀN HẠN, CHỨC VỤ CỦA NGƯỜI KÝ', '(Chữ ký, dấu)', '', '', 'Họ và tên'],
    appendix: {
      title: 'PHỤ LỤC',
      note:
        `Danh mục nhiệm vụ đến hạn hoặc hoàn thành trong kỳ (từ ngày ${formatVnDate(f.window.from)} đến ngày ` +
        `${formatVnDate(f.window.to)}); trạng thái tính đến ngày ${formatVnDate(f.window.to)}.`,
      table: t.appendix,
    },
  };
}
