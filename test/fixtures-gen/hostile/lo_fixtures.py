"""Hostile workbooks written by LibreOffice Calc (through python3-uno), built from the sample plan.

usage: /usr/bin/python3 lo_fixtures.py PLAN.xlsx OUTDIR
Writes OUTDIR/pivot-chart.xlsx: the plan, a sheet with a pivot table (DataPilot: tasks counted per lead agency)
and a chart of it on the plan sheet. LibreOffice runs headless with a private profile and is ended by this script.
"""
import os
import subprocess
import sys
import tempfile
import time

import uno
from com.sun.star.awt import Rectangle
from com.sun.star.beans import PropertyValue

PLAN, OUT = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
PIVOT_SHEET = 'Bảng tổng hợp chéo'


def prop(name, value):
    p = PropertyValue()
    p.Name, p.Value = name, value
    return p


def connect(pipe, proc):
    resolver = uno.getComponentContext().ServiceManager.createInstanceWithContext('com.sun.star.bridge.UnoUrlResolver', uno.getComponentContext())
    for _ in range(120):
        if proc.poll() is not None:
            raise RuntimeError(f'soffice exited with {proc.returncode} before accepting connections')
        try:
            return resolver.resolve(f'uno:pipe,name={pipe};urp;StarOffice.ComponentContext')
        except Exception:  # NoConnectException until soffice listens
            time.sleep(0.5)
    raise RuntimeError('soffice did not accept a connection within 60 s')


def build(desktop, out):
    doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(PLAN), '_blank', 0, (prop('Hidden', True),))
    if doc is None:
        raise RuntimeError(f'LibreOffice could not open {PLAN}')
    sheets = doc.Sheets
    plan = sheets.getByName('Phụ lục 1')
    sheets.insertNewByName(PIVOT_SHEET, sheets.Count)
    dest = sheets.getByName(PIVOT_SHEET)
    pilots = dest.getDataPilotTables()
    desc = pilots.createDataPilotDescriptor()
    last = plan.createCursor()
    last.gotoEndOfUsedArea(False)
    end_row = last.RangeAddress.EndRow + 1
    desc.setSourceRange(plan.getCellRangeByName(f'A5:F{end_row}').RangeAddress)
    fields = desc.getDataPilotFields()
    lead = fields.getByIndex(3)  # "Cơ quan chủ trì"
    lead.Orientation = uno.Enum('com.sun.star.sheet.DataPilotFieldOrientation', 'ROW')
    task = fields.getByIndex(1)  # "Nhiệm vụ", counted
    task.Orientation = uno.Enum('com.sun.star.sheet.DataPilotFieldOrientation', 'DATA')
    task.Function = uno.Enum('com.sun.star.sheet.GeneralFunction', 'COUNT')
    pilots.insertNewByName('PivotNhiemVu', dest.getCellByPosition(0, 0).CellAddress, desc)
    result = pilots.getByName('PivotNhiemVu').OutputRange
    if result.EndRow - result.StartRow < 3:
        raise RuntimeError(f'the pivot table is empty ({result.StartRow}..{result.EndRow})')
    # The chart (tasks per lead agency, from the pivot's result) sits on the plan sheet, beside the table.
    chart_range = dest.getCellRangeByPosition(0, result.StartRow + 1, 1, min(result.EndRow - 1, result.StartRow + 9)).RangeAddress
    rect = Rectangle()
    rect.X, rect.Y, rect.Width, rect.Height = 22000, 3000, 14000, 9000
    plan.getCharts().addNewByName('BieuDoNhiemVu', rect, (chart_range,), False, True)
    doc.storeToURL(uno.systemPathToFileUrl(out), (prop('FilterName', 'Calc MS Excel 2007 XML'),))
    doc.close(True)


def main():
    os.makedirs(OUT, exist_ok=True)
    profile = tempfile.mkdtemp(prefix='lo-fixtures-')
    pipe = f'chiso_fixtures_{os.getpid()}'
    proc = subprocess.Popen(
        ['soffice', f'-env:UserInstallation=file://{profile}', '--headless', '--invisible', '--norestore', f'--accept=pipe,name={pipe};urp;'],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)
    try:
        ctx = connect(pipe, proc)
        desktop = ctx.ServiceManager.createInstanceWithContext('com.sun.star.frame.Desktop', ctx)
        build(desktop, os.path.join(OUT, 'pivot-chart.xlsx'))
        print('pivot-chart.xlsx')
        try:
            desktop.terminate()
        except Exception:  # the bridge closes as soffice ends
            pass
        proc.wait(timeout=60)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, 15)  # only the session this script started
            proc.wait(timeout=30)
        subprocess.run(['rm', '-rf', profile], check=False)


if __name__ == '__main__':
    main()
