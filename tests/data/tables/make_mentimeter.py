#!/usr/bin/env python3
"""Writes mentimeter.xlsx, a Mentimeter-style export (title block above the
header, one row per participant, one column per open question), as Excel
writes it: shared strings, numbers as numbers, empty cells left out.
Not part of the build; run it by hand when the fixture should change."""
import zipfile
from xml.sax.saxutils import escape

rows = [
    ["Buurtavond Kattenbroek — resultaten"],
    ["Geëxporteerd op 21-04-2026 21:47"],
    [],
    ["Deelnemer", "Tijdstip", "Aantal jaren in de wijk",
     "Wat heeft u nodig om uw buren beter te leren kennen?", "Welk woord past bij uw wijk?"],
    ["Deelnemer 1", "21:05", 12, "Een reden om aan te bellen.\nIk wil niet opdringerig zijn.", "rustig"],
    ["Deelnemer 2", "21:06", 2.5, "buurtbbq!!", None],
    ["Deelnemer 3", "21:06", 30, None, "vergrijsd"],
    ["Deelnemer 4", "21:08", 0.5, "Taal. Mijn Nederlands is nog niet goed & ik schaam me.", "groen"],
]

strings, index = [], {}
def shared(s):
    if s not in index:
        index[s] = len(strings)
        strings.append(s)
    return index[s]

def col(n):
    out = ""
    while n:
        n, r = divmod(n - 1, 26)
        out = chr(65 + r) + out
    return out

sheet_rows = []
for r, row in enumerate(rows, 1):
    cells = []
    for c, v in enumerate(row, 1):
        ref = f"{col(c)}{r}"
        if v is None:
            continue
        if isinstance(v, str):
            cells.append(f'<c r="{ref}" t="s"><v>{shared(v)}</v></c>')
        else:
            cells.append(f'<c r="{ref}"><v>{v}</v></c>')
    sheet_rows.append(f'<row r="{r}">{"".join(cells)}</row>')

files = {
    "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
    "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    "xl/workbook.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Resultaten" sheetId="1" r:id="rId1"/></sheets></workbook>',
    "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>',
    "xl/worksheets/sheet1.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' + "".join(sheet_rows) + '</sheetData></worksheet>',
    "xl/sharedStrings.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="%d" uniqueCount="%d">' % (len(strings), len(strings)) + "".join(f'<si><t xml:space="preserve">{escape(s)}</t></si>' for s in strings) + '</sst>',
}
with zipfile.ZipFile("mentimeter.xlsx", "w", zipfile.ZIP_DEFLATED) as z:
    for name, text in files.items():
        info = zipfile.ZipInfo(name, date_time=(2026, 4, 21, 21, 47, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(info, text)
