"""Re-saves a workbook the way openpyxl does, for the foreign-workbooks corpus.

Usage: python3 openpyxl_variants.py SOURCE.xlsx OUTDIR STEM
Writes STEM-openpyxl.xlsx (plain re-save), STEM-openpyxl-commenti.xlsx (a note added on the first
cell of every sheet that has none) and STEM-openpyxl-1904.xlsx (the 1904 date system, dates kept).
"""
import os
import sys

import openpyxl
from openpyxl.comments import Comment
from openpyxl.utils.datetime import CALENDAR_MAC_1904


def main(source: str, outdir: str, stem: str) -> None:
    wb = openpyxl.load_workbook(source)
    wb.save(os.path.join(outdir, f"{stem}-openpyxl.xlsx"))

    wb = openpyxl.load_workbook(source)
    for ws in wb.worksheets:
        cell = ws.cell(row=1, column=1)
        if cell.comment is None:
            cell.comment = Comment("Nota aggiunta da un altro programma.", "Ufficio")
    wb.save(os.path.join(outdir, f"{stem}-openpyxl-commenti.xlsx"))

    wb = openpyxl.load_workbook(source)
    wb.epoch = CALENDAR_MAC_1904
    wb.save(os.path.join(outdir, f"{stem}-openpyxl-1904.xlsx"))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3])
