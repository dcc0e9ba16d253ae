"""What an official does to a workbook in another program (openpyxl), for the three-surface harness: types values
into cells, deletes a sheet, or brings in another plan's sheet (values, number formats, merges); saves over FILE.

usage: /usr/bin/python3 edit_workbook.py FILE OPS_JSON
OPS_JSON: [{"op": "set", "sheet": S, "cell": "A1", "value": V | {"date": "YYYY-MM-DD"}},
           {"op": "delete", "sheet": S},
           {"op": "copy", "file": F, "sheet": S}]
"""
import datetime
import json
import sys

import openpyxl

path, ops = sys.argv[1], json.loads(sys.argv[2])
wb = openpyxl.load_workbook(path, keep_vba=path.endswith('.xlsm'))
for op in ops:
    if op['op'] == 'set':
        cell = wb[op['sheet']][op['cell']]
        value = op['value']
        if isinstance(value, dict):
            cell.value = datetime.datetime.strptime(value['date'], '%Y-%m-%d')
            cell.number_format = 'dd/mm/yyyy'
        else:
            cell.value = value
    elif op['op'] == 'delete':
        del wb[op['sheet']]
    elif op['op'] == 'copy':
        src = openpyxl.load_workbook(op['file'])[op['sheet']]
        ws = wb.create_sheet(op['sheet'])
        for row in src.iter_rows():
            for c in row:
                if c.value is None:
                    continue
                d = ws.cell(row=c.row, column=c.column, value=c.value)
                d.number_format = c.number_format
        for m in src.merged_cells.ranges:
            ws.merge_cells(str(m))
    else:
        raise SystemExit(f"unknown op {op['op']}")
wb.save(path)
