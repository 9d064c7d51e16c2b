"""The openpyxl book of the corpus (see make-corpus.mjs): an Excel table, hidden rows, booleans, datetimes.

Debian's openpyxl 3.0 has no rich text (3.1 added it); the exceljs book has rich text."""
import datetime
import json
import sys

from openpyxl import Workbook
from openpyxl.worksheet.table import Table, TableStyleInfo

source, target = sys.argv[1], sys.argv[2]
with open(source, encoding="utf-8") as f:
    data = json.load(f)
headers, rows, date_col = data["headers"], data["rows"], data["date"]

book = Workbook()
sheet = book.active
sheet.title = "Contacts"
sheet.append(headers)
for row in rows:
    values = []
    for i, value in enumerate(row):
        if value == "":
            values.append(None)
        elif i == date_col:
            values.append(datetime.datetime(1899, 12, 30) + datetime.timedelta(days=value))
        else:
            values.append(value)
    sheet.append(values)
for r in range(2, len(rows) + 2):
    sheet.cell(row=r, column=date_col + 1).number_format = "yyyy-mm-dd"
sheet.row_dimensions[4].hidden = True
sheet.row_dimensions[7].hidden = True
last = sheet.cell(row=len(rows) + 1, column=len(headers)).coordinate
table = Table(displayName="Contacts_Table", ref=f"A1:{last}")
table.tableStyleInfo = TableStyleInfo(name="TableStyleMedium9", showRowStripes=True)
sheet.add_table(table)
book.save(target)
