#!/usr/bin/env python3
"""Writes enquete.ods, a small survey export as LibreOffice Calc saves it:
content.xml with repeated empty columns and rows (the million empty rows at
the end of a sheet), a comment on a cell, runs of spaces (text:s), a line
break inside an answer, a number shown with a Dutch decimal comma, and a
second sheet that is not read.
Not part of the build; run it by hand when the fixture should change."""
import zipfile

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:dc="http://purl.org/dc/elements/1.1/"')

def text_cell(p):
    return f'<table:table-cell office:value-type="string"><text:p>{p}</text:p></table:table-cell>'

def number_cell(value, shown):
    return f'<table:table-cell office:value-type="float" office:value="{value}"><text:p>{shown}</text:p></table:table-cell>'

EMPTY_TAIL = '<table:table-cell table:number-columns-repeated="1019"/>'

rows = [
    [text_cell("Respondent"), text_cell("Wijk"), text_cell("Cijfer"),
     text_cell("Wat zou u aan het plein veranderen?")],
    [text_cell("A-01"), text_cell("Noord"), number_cell("7.5", "7,5"),
     text_cell("Meer bankjes in de schaduw.<text:line-break/>En een watertappunt.")],
    [text_cell("A-02"),
     '<table:table-cell office:value-type="string"><office:annotation><dc:creator>Teller</dc:creator>'
     '<text:p>nagevraagd</text:p></office:annotation><text:p>Zuid</text:p></table:table-cell>',
     number_cell("6", "6"), '<table:table-cell/>'],
    [text_cell("A-03"), text_cell("Noord"), number_cell("8", "8"),
     text_cell("Niets,<text:s/>het is goed zo.<text:s text:c=\"2\"/>Echt.")],
]

body = ""
for row in rows:
    body += "<table:table-row>" + "".join(row) + EMPTY_TAIL + "</table:table-row>"
body += ('<table:table-row table:number-rows-repeated="1048572">'
         '<table:table-cell table:number-columns-repeated="1024"/></table:table-row>')

content = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    f'<office:document-content {NS} office:version="1.3"><office:body><office:spreadsheet>'
    '<table:table table:name="Antwoorden"><table:table-column table:number-columns-repeated="1024"/>'
    + body + '</table:table>'
    '<table:table table:name="Toelichting"><table:table-row>' + text_cell("Niet lezen") +
    '</table:table-row></table:table>'
    '</office:spreadsheet></office:body></office:document-content>')

manifest = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
    '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
    '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
    '</manifest:manifest>')

with zipfile.ZipFile("enquete.ods", "w") as z:
    def add(name, data, method):
        info = zipfile.ZipInfo(name, date_time=(2026, 5, 4, 10, 0, 0))
        info.compress_type = method
        z.writestr(info, data)
    add("mimetype", "application/vnd.oasis.opendocument.spreadsheet", zipfile.ZIP_STORED)
    add("content.xml", content, zipfile.ZIP_DEFLATED)
    add("META-INF/manifest.xml", manifest, zipfile.ZIP_DEFLATED)
