"""Hostile workbooks written by openpyxl (another program than chiso), built from the sample plan.

usage: /usr/bin/python3 openpyxl_fixtures.py PLAN.xlsx OUTDIR
Writes OUTDIR/<name>.xlsx (and .xlsm) for each fixture below and prints their names, one a line.
Deterministic: the same plan and script give the same workbooks' contents (zip timestamps aside).
"""
import io
import os
import random
import re
import shutil
import sys
import zipfile

import openpyxl
from openpyxl.chart import BarChart, Reference
from openpyxl.comments import Comment
from openpyxl.drawing.image import Image
from openpyxl.formatting.rule import CellIsRule, ColorScaleRule, FormulaRule
from openpyxl.styles import PatternFill
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.table import Table, TableStyleInfo
from PIL import Image as PILImage, ImageDraw

PLAN, OUT = sys.argv[1], sys.argv[2]
TASKS = 'Phụ lục 1'


def load():
    return openpyxl.load_workbook(PLAN)


def last_row(ws):
    return max(r for r in range(1, ws.max_row + 1) if any(c.value is not None for c in ws[r]))


def unmerge_below(ws, row):
    """Excel refuses a table over merged cells: an official unmerges the table's rows before Ctrl+T."""
    for rng in list(ws.merged_cells.ranges):
        if rng.max_row >= row:
            ws.unmerge_cells(str(rng))


def rewrite_zip(path, edit):
    """Rewrites a package part by part: edit(name, bytes) -> bytes or None (drop); edit(None, None) -> extra parts."""
    src = zipfile.ZipFile(path)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = edit(info.filename, src.read(info.filename))
            if data is not None:
                dst.writestr(info.filename, data)
        for name, data in (edit(None, None) or {}).items():
            dst.writestr(name, data)
    src.close()
    with open(path, 'wb') as f:
        f.write(buf.getvalue())


def counts_sheet(wb):
    """A small numeric sheet (tasks per lead agency) that charts draw from; the plan's own numbers are text."""
    ws = wb[TASKS]
    counts = {}
    for r in range(6, last_row(ws) + 1):
        lead = ws.cell(r, 4).value
        if isinstance(lead, str) and lead.strip():
            counts[lead.strip()] = counts.get(lead.strip(), 0) + 1
    data = wb.create_sheet('Số liệu')
    data.append(['Cơ quan chủ trì', 'Số nhiệm vụ'])
    for name, n in sorted(counts.items(), key=lambda kv: -kv[1])[:8]:
        data.append([name, n])
    return data


def png_bytes():
    img = PILImage.new('RGB', (120, 60), (31, 78, 120))
    ImageDraw.Draw(img).rectangle([10, 10, 110, 50], outline=(255, 199, 206), width=4)
    out = io.BytesIO()
    img.save(out, 'PNG')
    out.seek(0)
    return out


def table(path):
    wb = load()
    ws = wb[TASKS]
    unmerge_below(ws, 5)
    last = last_row(ws)
    for c in range(1, 7):
        # Table header cells must be text; body cells of a table column keep what they were.
        ws.cell(5, c).value = str(ws.cell(5, c).value)
    t = Table(displayName='KeHoach_PL1', ref=f'A5:F{last}')
    t.tableStyleInfo = TableStyleInfo(name='TableStyleMedium2', showRowStripes=True)
    ws.add_table(t)
    wb.save(path)


def comments_drawing(path):
    wb = load()
    ws = wb[TASKS]
    ws['B8'].comment = Comment('Cần xác nhận với Sở Nội vụ trước 15/7', 'Chuyên viên')
    ws['C9'].comment = Comment('Hạn có thể lùi sang Quý III', 'Trưởng phòng')
    wb['Phụ lục 2']['E7'].comment = Comment('Mục tiêu đã thống nhất', 'Chuyên viên')
    data = counts_sheet(wb)
    chart = BarChart()
    chart.title = 'Nhiệm vụ theo cơ quan chủ trì'
    chart.add_data(Reference(data, min_col=2, min_row=1, max_row=data.max_row), titles_from_data=True)
    chart.set_categories(Reference(data, min_col=1, min_row=2, max_row=data.max_row))
    ws.add_chart(chart, 'H5')
    ws.add_image(Image(png_bytes()), 'H22')
    wb['Phụ lục 2'].add_image(Image(png_bytes()), 'H3')
    wb.save(path)


def validation_cf(path):
    wb = load()
    ws = wb[TASKS]
    last = last_row(ws)
    dv = DataValidation(type='list', formula1='"Sở Nội vụ,Sở Tư pháp,Văn phòng UBND Thành phố"', allow_blank=True)
    dv.add(f'D6:D{last}')
    ws.add_data_validation(dv)
    whole = DataValidation(type='whole', operator='between', formula1='0', formula2='100')
    whole.add('G6:G200')
    ws.add_data_validation(whole)
    red = PatternFill(start_color='FFC7CE', end_color='FFC7CE', fill_type='solid')
    ws.conditional_formatting.add(f'C6:C{last}', FormulaRule(formula=['ISNUMBER(SEARCH("2025",C6))'], fill=red))
    p2 = wb['Phụ lục 2']
    p2.conditional_formatting.add('C6:E108', CellIsRule(operator='greaterThan', formula=['5'], fill=red))
    p2.conditional_formatting.add('G6:G108', ColorScaleRule(start_type='min', start_color='F8696B', end_type='max', end_color='63BE7B'))
    wb.save(path)


CUSTOM = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" '
    'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
    '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="Số kế hoạch"><vt:lpwstr>326/KH-UBND</vt:lpwstr></property>'
    '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="3" name="Năm"><vt:i4>2025</vt:i4></property>'
    '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="4" name="Đã duyệt"><vt:bool>true</vt:bool></property>'
    '</Properties>'
)


def add_custom_props(path):
    def edit(name, data):
        if name is None:
            return {'docProps/custom.xml': CUSTOM}
        if name == '[Content_Types].xml':
            return data.replace(b'</Types>', b'<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/></Types>')
        if name == '_rels/.rels':
            return data.replace(b'</Relationships>', b'<Relationship Id="rIdCustom1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties" Target="docProps/custom.xml"/></Relationships>')
        return data

    rewrite_zip(path, edit)


def names_props(path):
    wb = load()
    ws = wb[TASKS]
    last = last_row(ws)
    wb.defined_names.append(DefinedName('DanhSachNhiemVu', attr_text=f"'{TASKS}'!$B$6:$B${last}"))
    wb.defined_names.append(DefinedName('NamKeHoach', attr_text='2025'))
    p2 = wb.sheetnames.index('Phụ lục 2')
    wb.defined_names.append(DefinedName('MucTieu', localSheetId=p2, attr_text="'Phụ lục 2'!$E$6:$E$108"))
    ws.print_area = f'A1:F{last}'
    ws.print_title_rows = '5:5'
    wb['Phụ lục 4'].print_area = 'A1:F42'
    hidden = wb.create_sheet('Ghi chú nội bộ')
    hidden['A1'] = 'Trang ẩn của cán bộ'
    hidden.sheet_state = 'hidden'
    very = wb.create_sheet('Tham số')
    very['A1'] = 'Trang rất ẩn'
    very['B1'] = 42
    very.sheet_state = 'veryHidden'
    wb.save(path)
    add_custom_props(path)


CONTROL = {'\u0001': '_x0001_', '\u0008': '_x0008_', '\u001f': '_x001F_', '\u000b': '_x000B_'}


def control_chars(path):
    """Plan text holding characters XML 1.0 forbids, stored the OOXML way (_xHHHH_), and a literal _x005F_x0000_."""
    wb = load()
    ws = wb[TASKS]
    marks = {}
    for i, (row, ch) in enumerate(zip((8, 9, 10, 11), CONTROL)):
        mark = f'@@CTRL{i}@@'
        marks[mark.encode()] = CONTROL[ch].encode()
        ws.cell(row, 2).value = f'{ws.cell(row, 2).value}{mark} (tiếp)'
    ws.cell(12, 6).value = f'{ws.cell(12, 6).value} _x005F_x0000_ giữ nguyên'
    wb.save(path)

    found = set()

    def edit(name, data):
        # openpyxl writes shared strings or inline strings depending on its version: escape wherever the text is.
        if name is not None and (name == 'xl/sharedStrings.xml' or name.startswith('xl/worksheets/sheet')):
            for mark, esc in marks.items():
                if mark in data:
                    found.add(mark)
                    data = data.replace(mark, esc)
        return data

    rewrite_zip(path, edit)
    assert found == set(marks), f'control-character marks not found: {set(marks) - found}'


def vba_bin():
    """A synthetic vbaProject.bin: a compound-file signature then fixed pseudo-random bytes (preservation is the point)."""
    rng = random.Random(20250930)
    return bytes.fromhex('D0CF11E0A1B11AE1') + bytes(rng.randrange(256) for _ in range(4096 - 8))


def macro(path):
    wb = load()
    wb.save(path)

    def edit(name, data):
        if name is None:
            return {'xl/vbaProject.bin': vba_bin()}
        if name == '[Content_Types].xml':
            data = data.replace(b'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml', b'application/vnd.ms-excel.sheet.macroEnabled.main+xml')
            return data.replace(b'<Default ', b'<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/><Default ', 1)
        if name == 'xl/_rels/workbook.xml.rels':
            return data.replace(b'</Relationships>', b'<Relationship Id="rIdVba1" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>')
        return data

    rewrite_zip(path, edit)


def absolute(path):
    """Every relationship target inside xl/ written as an absolute part name ("/xl/..."), as some tools do."""
    table(path)
    wb = openpyxl.load_workbook(path)
    ws = wb[TASKS]
    ws['B8'].comment = Comment('Ghi chú với tên phần tuyệt đối', 'Chuyên viên')
    ws.add_image(Image(png_bytes()), 'H5')
    wb.save(path)

    def edit(name, data):
        if name is None or not name.endswith('.rels') or name == '_rels/.rels':
            return data
        folder = os.path.dirname(name.replace('_rels/', '').removesuffix('.rels'))

        def to_absolute(m):
            if m.group(2).startswith('/') or 'TargetMode="External"' in m.group(0):
                return m.group(0)
            full = os.path.normpath(os.path.join(folder, m.group(2))).replace(os.sep, '/')
            return f'{m.group(1)}/{full}"{m.group(3)}'

        return re.sub(r'(Target=")([^"]*)"([^>]*)', to_absolute, data.decode()).encode()

    rewrite_zip(path, edit)


FIXTURES = {
    'table.xlsx': table,
    'comments-drawing.xlsx': comments_drawing,
    'validation-cf.xlsx': validation_cf,
    'names-props.xlsx': names_props,
    'control-chars.xlsx': control_chars,
    'macro.xlsm': macro,
    'absolute.xlsx': absolute,
}

if __name__ == '__main__':
    os.makedirs(OUT, exist_ok=True)
    for name, build in FIXTURES.items():
        build(os.path.join(OUT, name))
        print(name)
    shutil.rmtree(os.path.join(OUT, '__pycache__'), ignore_errors=True)
