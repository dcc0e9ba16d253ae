"""A plan workbook officials might keep, made with openpyxl from the sample plan: a comment, a data validation and a
conditional format on the plan, a sheet with an Excel table, a bar chart and an image, a defined name, a hidden and
a very hidden sheet, and a marker text (CTRLMARK) the test replaces by control characters.
usage: make-rich.py SRC.xlsx OUT.xlsx IMAGE.png"""
import sys
import openpyxl
from openpyxl.chart import BarChart, Reference
from openpyxl.comments import Comment
from openpyxl.drawing.image import Image
from openpyxl.formatting.rule import CellIsRule
from openpyxl.styles import PatternFill
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.table import Table
from PIL import Image as PilImage

src, out, png = sys.argv[1:4]
wb = openpyxl.load_workbook(src)
plan = wb['Phụ lục 1']
for row in plan.iter_rows(min_row=1, max_row=plan.max_row):
    cell = row[1]
    if isinstance(cell.value, str) and cell.value.startswith('Tham mưu UBND Thành phố tổ chức Hội nghị tổng kết'):
        cell.value = cell.value + ' CTRLMARK'
        cell.comment = Comment('Ghi chú của cán bộ', 'Lan')
        break
dv = DataValidation(type='list', formula1='"Có,Không"', allow_blank=True)
plan.add_data_validation(dv)
dv.add('H8:H12')
plan.conditional_formatting.add('H8:H12', CellIsRule(operator='equal', formula=['"Có"'], fill=PatternFill('solid', fgColor='C6EFCE')))

data = wb.create_sheet('Số liệu')
data.append(['Năm', 'Điểm'])
for year, score in [(2021, 80.1), (2022, 82.5), (2023, 85.0), (2024, 87.2)]:
    data.append([year, score])
data.add_table(Table(displayName='BangDiem', ref='A1:B5'))
chart = BarChart()
chart.title = 'Điểm PAR INDEX'
chart.add_data(Reference(data, min_col=2, min_row=1, max_row=5), titles_from_data=True)
chart.set_categories(Reference(data, min_col=1, min_row=2, max_row=5))
data.add_chart(chart, 'D2')
PilImage.new('RGB', (40, 20), (200, 30, 30)).save(png)
data.add_image(Image(png), 'D20')

wb.create_sheet('Ẩn')['A1'] = 'trang ẩn'
wb['Ẩn'].sheet_state = 'hidden'
wb.create_sheet('Rất ẩn')['A1'] = 'trang rất ẩn'
wb['Rất ẩn'].sheet_state = 'veryHidden'
wb.defined_names.append(DefinedName('DiemCacNam', attr_text="'Số liệu'!$A$1:$B$5"))
wb.save(out)
