"""Writes the spreadsheet inputs of the corpus (contacts.xlsx, .xls, .ods, far-cell.xlsx).

Run from this folder: `pip install openpyxl xlwt odfpy && python3 make_sheets.py`. The files
are committed; this script says how they were made. Two sheets: `Contacts` (first) and
`Later`. In `Contacts`, a phone as text, a phone as a number cell, a phone a spreadsheet
rounded to 9.18E+11, an empty row, and a date cell.
"""
import datetime

CONTACTS = [
    ["name", "phone", "email", "joined"],
    ["Ana", "+91 98765 43210", "ana@example.com", datetime.date(2024, 4, 1)],
    ["Ben", 919876543211, "ben@example.com", "2024-04-02"],
    ["Cy", 918000000000, "cy@example.com", ""],
    [None, None, None, None],
    ["Eve", "+1 415 555 2671", "eve@example.com", ""],
]
LATER = [
    ["name", "phone"],
    ["Zed", "+91 98765 43299"],
]


def xlsx():
    import openpyxl

    book = openpyxl.Workbook()
    for title, rows, sheet in (("Contacts", CONTACTS, book.active), ("Later", LATER, None)):
        sheet = sheet or book.create_sheet()
        sheet.title = title
        for r, row in enumerate(rows, start=1):
            for c, v in enumerate(row, start=1):
                if v is not None:
                    sheet.cell(row=r, column=c, value=v)
    book.save("import/contacts.xlsx")


def far_cell():
    """A header, a row, and one stray cell at XFD1048576: 2 KB on disk, and a grid of 17
    billion cells to a reader that is not sparse."""
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Contacts"
    sheet.append(["name", "phone"])
    sheet.append(["Ana", "+91 98765 43210"])
    sheet.cell(row=1048576, column=16384, value="stray")
    book.save("import/far-cell.xlsx")


def xls():
    import xlwt

    book = xlwt.Workbook()
    dates = xlwt.easyxf(num_format_str="yyyy-mm-dd")
    for title, rows in (("Contacts", CONTACTS), ("Later", LATER)):
        sheet = book.add_sheet(title)
        for r, row in enumerate(rows):
            for c, v in enumerate(row):
                if isinstance(v, datetime.date):
                    sheet.write(r, c, v, dates)
                elif v is not None:
                    sheet.write(r, c, v)
    book.save("import/contacts.xls")


def ods():
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableCell, TableRow
    from odf.text import P

    doc = OpenDocumentSpreadsheet()
    for title, rows in (("Contacts", CONTACTS), ("Later", LATER)):
        table = Table(name=title)
        for row in rows:
            tr = TableRow()
            for v in row:
                if v is None or v == "":
                    cell = TableCell()
                elif isinstance(v, datetime.date):
                    cell = TableCell(valuetype="date", datevalue=v.isoformat())
                    cell.addElement(P(text=v.isoformat()))
                elif isinstance(v, (int, float)):
                    cell = TableCell(valuetype="float", value=str(v))
                    cell.addElement(P(text=str(v)))
                else:
                    cell = TableCell(valuetype="string")
                    cell.addElement(P(text=v))
                tr.addElement(cell)
            table.addElement(tr)
        doc.spreadsheet.addElement(table)
    doc.save("import/contacts.ods")


xlsx()
far_cell()
xls()
ods()
