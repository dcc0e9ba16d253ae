import {
  Body1,
  Button,
  Caption1,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Select,
  Spinner,
  Subtitle2,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { TemplateKind } from '../../core/generate';
import type { WorkbookPort } from '../../core/app/port';
import type { SheetSpec } from '../../core/sheetspec';
import { loadDocxWriter, loadRollupXlsx } from '../../adapters/browser/load';
import { useGenerate, type GenerateMode, type GenerateModel } from '../useGenerate';

type Lang = 'vi' | 'en';

const STRINGS = {
  vi: {
    title: 'Tạo phụ lục',
    intro: 'Tạo bảng phụ lục trong một trang tính mới của sổ đang mở; các trang sẵn có không bị thay đổi.',
    mode: 'Tạo gì?',
    modes: {
      template: 'Phụ lục trống theo bộ tiêu chí',
      from: 'Phụ lục năm sau từ kế hoạch năm trước (sổ đang mở)',
      cascade: 'Bảng nhiệm vụ cho đơn vị cấp dưới (từ kế hoạch đang mở)',
    } as Record<GenerateMode, string>,
    kind: 'Loại phụ lục',
    kinds: {
      par: 'Chỉ số CCHC (PAR INDEX)',
      sipas: 'Chỉ số hài lòng (SIPAS)',
      papi: 'PAPI',
      tasks: 'Nhiệm vụ, giải pháp',
    } as Record<TemplateKind, string>,
    year: 'Năm kế hoạch',
    yearHintTemplate: 'Để trống: năm nay.',
    yearHintFrom: 'Để trống: năm của kế hoạch cũ + 1.',
    unit: 'Đơn vị (như ghi ở cột chủ trì/phối hợp)',
    unitHint: 'Ví dụ: "cấp xã" khớp "UBND cấp xã", "UBND các xã, phường", "Ủy ban nhân dân cấp xã".',
    name: 'Tên đơn vị trên tiêu đề (không bắt buộc)',
    run: 'Tạo phụ lục',
    running: 'Đang tạo…',
    introFile:
      'Tạo bảng phụ lục rồi tải về thành tệp Excel (.xlsx) hoặc văn bản Word (.docx); tệp đã chọn không bị thay đổi.',
    saveXlsx: 'Tải tệp Excel (.xlsx)',
    saveDocx: 'Tải văn bản Word (.docx)',
  },
  en: {
    title: 'Generate appendix',
    intro: 'Writes the appendix into a new sheet of the open workbook; existing sheets are left as they are.',
    mode: 'What to generate?',
    modes: {
      template: 'An empty appendix from the index framework',
      from: "Next year's appendix from last year's plan (the open workbook)",
      cascade: "A subordinate unit's task table (from the open plan)",
    } as Record<GenerateMode, string>,
    kind: 'Appendix kind',
    kinds: { par: 'PAR INDEX', sipas: 'SIPAS', papi: 'PAPI', tasks: 'Tasks and solutions' } as Record<
      TemplateKind,
      string
    >,
    year: 'Plan year',
    yearHintTemplate: 'Empty: this year.',
    yearHintFrom: "Empty: the old plan's year + 1.",
    unit: 'Unit (as written in the lead/coordinating columns)',
    unitHint: 'E.g. "cấp xã" matches "UBND cấp xã", "UBND các xã, phường", "Ủy ban nhân dân cấp xã".',
    name: 'Unit name for the titles (optional)',
    run: 'Generate',
    running: 'Generating…',
    introFile:
      'Generates the appendix to download as an Excel file (.xlsx) or a Word document (.docx); the picked file is not changed.',
    saveXlsx: 'Download the Excel file (.xlsx)',
    saveDocx: 'Download the Word document (.docx)',
  },
} as const;

const useStyles = makeStyles({
  box: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  flush: { margin: 0 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  row: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalS },
});

export interface GeneratePanelProps {
  port: WorkbookPort;
  lang: Lang;
  /** File mode: saves a download (what was generated has no workbook to live in but a file of its own). */
  save?: (name: string, bytes: Uint8Array) => void;
}

export type GeneratedFormat = 'xlsx' | 'docx';

/** What was generated as file bytes, with the writers the CLI uses for `-o …xlsx` and `-o …docx`. */
export async function generatedBytes(specs: SheetSpec[], format: GeneratedFormat): Promise<Uint8Array> {
  if (format === 'docx') return (await loadDocxWriter())(specs);
  return (await loadRollupXlsx()).specsToBytes(specs);
}

/** The "Tạo phụ lục" panel: state in useGenerate, rendering in GenerateView. */
export function GeneratePanel({ port, lang, save }: GeneratePanelProps) {
  const model = useGenerate(port, lang);
  const specs = model.outcome?.specs;
  const file = model.outcome?.file ?? 'phu-luc';
  const onDownload =
    save && specs
      ? async (format: GeneratedFormat) => save(`${file}.${format}`, await generatedBytes(specs, format))
      : undefined;
  return <GenerateView model={model} lang={lang} fileMode={save !== undefined} onDownload={onDownload} />;
}

/** Pure rendering of the panel for a model. */
export function GenerateView({
  model,
  lang,
  fileMode = false,
  onDownload,
}: {
  model: GenerateModel;
  lang: Lang;
  fileMode?: boolean;
  onDownload?: (format: GeneratedFormat) => Promise<void>;
}) {
  const styles = useStyles();
  const s = STRINGS[lang];
  const { request: req, update, busy, outcome } = model;
  const yearText = req.year === null ? '' : String(req.year);
  return (
    <section className={styles.box} aria-labelledby="chiso-generate-title" lang={lang}>
      <Subtitle2 as="h2" id="chiso-generate-title" block className={styles.flush}>
        {s.title}
      </Subtitle2>
      <Body1 as="p" block className={styles.flush}>
        {fileMode ? s.introFile : s.intro}
      </Body1>
      <Field label={s.mode}>
        <RadioGroup value={req.mode} disabled={busy} onChange={(_, d) => update({ mode: d.value as GenerateMode })}>
          {(Object.keys(s.modes) as GenerateMode[]).map((m) => (
            <Radio key={m} value={m} label={s.modes[m]} />
          ))}
        </RadioGroup>
      </Field>
      {req.mode === 'template' && (
        <Field label={s.kind}>
          <Select value={req.kind} disabled={busy} onChange={(_, d) => update({ kind: d.value as TemplateKind })}>
            {(Object.keys(s.kinds) as TemplateKind[]).map((k) => (
              <option key={k} value={k}>
                {s.kinds[k]}
              </option>
            ))}
          </Select>
        </Field>
      )}
      {req.mode !== 'cascade' && (
        <Field label={s.year} hint={req.mode === 'template' ? s.yearHintTemplate : s.yearHintFrom}>
          <Input
            type="number"
            value={yearText}
            disabled={busy}
            onChange={(_, d) => {
              const n = Number(d.value);
              update({ year: d.value.trim() === '' || !Number.isInteger(n) ? null : n });
            }}
          />
        </Field>
      )}
      {req.mode === 'cascade' && (
        <>
          <Field label={s.unit} hint={s.unitHint} required>
            <Input value={req.unit} disabled={busy} onChange={(_, d) => update({ unit: d.value })} />
          </Field>
          <Field label={s.name}>
            <Input value={req.name} disabled={busy} onChange={(_, d) => update({ name: d.value })} />
          </Field>
        </>
      )}
      <div>
        <Button appearance="primary" disabled={busy} onClick={() => void model.run()}>
          {busy ? s.running : s.run}
        </Button>
        {busy && <Spinner size="tiny" />}
      </div>
      {outcome && (
        <MessageBar intent={outcome.ok ? 'success' : 'warning'}>
          <MessageBarBody>
            {outcome.message}
            {outcome.details.length > 0 && (
              <ul className={styles.list}>
                {outcome.details.map((d) => (
                  <li key={d}>
                    <Caption1>{d}</Caption1>
                  </li>
                ))}
              </ul>
            )}
          </MessageBarBody>
        </MessageBar>
      )}
      {outcome?.ok && onDownload && (
        <div className={styles.row} data-generated-downloads>
          <Button appearance="primary" onClick={() => void onDownload('xlsx')}>
            {s.saveXlsx}
          </Button>
          <Button onClick={() => void onDownload('docx')}>{s.saveDocx}</Button>
        </div>
      )}
    </section>
  );
}
