"""What an official does to chiso's output in another program: adds a sheet with numbers, a chart of them and a
defined name (openpyxl), and optionally a second chart on one of chiso's sheets; saves over the file.

usage: /usr/bin/python3 official_edit.py FILE SHEET NAME [CHISO_SHEET]
"""
import sys

import openpyxl
from openpyxl.chart import LineChart, Reference
from openpyxl.workbook.defined_name import DefinedName

path, sheet, name = sys.argv[1], sys.argv[2], sys.argv[3]
on = sys.argv[4] if len(sys.argv) > 4 else None
wb = openpyxl.load_workbook(path, keep_vba=path.endswith('.xlsm'))
ws = wb.create_sheet(sheet)
ws.append(['Tháng', 'Số nhiệm vụ hoàn thành'])
for month, done in [(7, 3), (8, 5), (9, 9), (10, 12)]:
    ws.append([f'Tháng {month}', done])
chart = LineChart()
chart.title = 'Tiến độ theo tháng'
chart.add_data(Reference(ws, min_col=2, min_row=1, max_row=5), titles_from_data=True)
chart.set_categories(Reference(ws, min_col=1, min_row=2, max_row=5))
ws.add_chart(chart, 'D2')
if on:
    beside = LineChart()
    beside.title = 'Tiến độ (bên cạnh bảng tổng hợp)'
    beside.add_data(Reference(ws, min_col=2, min_row=1, max_row=5), titles_from_data=True)
    wb[on].add_chart(beside, 'M3')
wb.defined_names.append(DefinedName(name, attr_text=f"'{sheet}'!$B$2:$B$5"))
ws.print_area = 'A1:J20'
wb.save(path)
