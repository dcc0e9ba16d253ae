"""A second reader: openpyxl opens the workbook, saves it, opens the copy; prints what both saw as JSON.

usage: /usr/bin/python3 openpyxl_roundtrip.py FILE COPY
Exit non-zero (with openpyxl's error on stderr) when either cannot be read or written.
"""
import hashlib
import json
import sys

import openpyxl


def seen(path):
    wb = openpyxl.load_workbook(path, keep_vba=path.endswith('.xlsm'))
    sheets = []
    for ws in wb.worksheets:
        cells = [(c.coordinate, str(c.value)) for row in ws.iter_rows() for c in row if c.value is not None]
        merges = sorted(str(m) for m in ws.merged_cells.ranges)
        digest = hashlib.sha256(json.dumps([cells, merges], ensure_ascii=False).encode()).hexdigest()[:16]
        sheets.append({'name': ws.title, 'state': ws.sheet_state, 'values': len(cells), 'digest': digest, 'charts': len(ws._charts), 'images': len(ws._images)})
    names = sorted(d.name for d in wb.defined_names.definedName)
    return wb, {'sheets': sheets, 'names': names}


src, copy = sys.argv[1], sys.argv[2]
wb, first = seen(src)
wb.save(copy)
_, second = seen(copy)
print(json.dumps({'first': first, 'second': second}, ensure_ascii=False))
