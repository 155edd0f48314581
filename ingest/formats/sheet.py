"""Spreadsheets: a .csv file or an Excel .xlsx workbook becomes the same lines as any table of ours,
one row a line, "Header: cell; Header: cell" under the row's label, so a price list or a contact
sheet answers from the right row and column.

A sheet often holds more than one table: blocks of rows apart from each other by blank rows, each
with its header row, and above them a title in one cell ("Carriage charges 2038"), a heading. A
workbook's sheets are sections under their names; numbers read as the sheet shows them ("£12.50",
"15%", "3 March 2038"), not as stored (12.5, 0.15, a serial day)."""
from __future__ import annotations

import csv
import datetime as dt
import io
import re
from typing import Iterable

from chatbot.errors import BadInput

from .docx import check_zip
from .html import table_lines
from .structure import Built, TextBuilder, clean_line

MAX_TITLE_CHARS = 80  # a longer cell alone on its row is a note, not a title
MAX_CELLS = 2_000_000  # a sheet's cells read at most: past this, a workbook is refused, not half read
_DEFAULT_SHEET = re.compile(r"^(?:sheet|tabelle|feuil|hoja|foglio)\s*\d*$", re.IGNORECASE)
_CURRENCY = re.compile(r"[£$€¥]")
_DECIMALS = re.compile(r"0\.(0+)")


def _blocks(rows: Iterable[list[str]]) -> list[list[list[str]]]:
    """Runs of rows with something in them, blank rows between; empty columns at a block's right dropped."""
    blocks: list[list[list[str]]] = [[]]
    for row in rows:
        if any(row):
            blocks[-1].append(row)
        elif blocks[-1]:
            blocks.append([])
    out = []
    for block in filter(None, blocks):
        width = max(max((i + 1 for i, cell in enumerate(row) if cell), default=0) for row in block)
        out.append([row[:width] + [""] * (width - len(row)) for row in block])
    return out


def _write_block(builder: TextBuilder, block: list[list[str]], level: int) -> None:
    """A block's single-cell rows before its first row of several cells are its title (a heading) or
    notes; the first row of several cells is the header of the rows under it."""
    start = 0
    while start < len(block) and (text := _lone_cell(block[start])):
        if start == 0 and len(block) > 1 and _titles(text):
            builder.heading(text, level)
        else:
            builder.line(text)
        start += 1
    header, rows = (block[start], block[start + 1:]) if start < len(block) else ([], [])
    if header and not rows:
        builder.line("; ".join(cell for cell in header if cell))
    for line, label in table_lines(header, rows):
        builder.scoped(line, label)


def _write_sheet(builder: TextBuilder, rows: Iterable[list[str]], level: int) -> None:
    blocks = _blocks(rows)
    for k, block in enumerate(blocks):
        title = _lone_cell(block[0]) if len(block) == 1 and k + 1 < len(blocks) else None
        if title and _titles(title):
            builder.heading(title, level)  # a title with a blank row under it, over the table below
        else:
            _write_block(builder, block, level)


def _lone_cell(row: list[str]) -> str:
    """The row's one filled cell, or "" when it has none or several."""
    filled = [cell for cell in row if cell]
    return filled[0] if len(filled) == 1 else ""


def _titles(text: str) -> bool:
    return len(text) <= MAX_TITLE_CHARS and not text.endswith(".")


def csv_structure(text: str, name: str) -> Built:
    sample = text[:20_000]
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=",;\t|")
    except csv.Error:
        dialect = csv.excel
    builder = TextBuilder()
    try:
        rows = [[clean_line(cell) for cell in row] for row in csv.reader(io.StringIO(text), dialect)]
    except csv.Error as exc:
        raise BadInput(f"{name}: cannot be read as CSV ({exc})") from None
    _write_sheet(builder, rows, 1)
    return builder.build()


def _shown(value: object, number_format: str) -> str:
    """A cell's value as the sheet shows it, near enough: its currency, decimals and percent sign."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "Yes" if value else "No"
    if isinstance(value, dt.datetime) and (value.hour, value.minute, value.second) == (0, 0, 0):
        value = value.date()
    if isinstance(value, dt.datetime):
        return f"{value.day} {value:%B %Y %H:%M}"
    if isinstance(value, dt.date):
        return f"{value.day} {value:%B %Y}"
    if isinstance(value, dt.time):
        return f"{value:%H:%M}"
    if isinstance(value, (int, float)):
        return _number(value, number_format or "General")
    return clean_line(str(value))


def _number(value: float, number_format: str) -> str:
    percent = "%" in number_format
    shown = value * 100 if percent else value
    decimals = _DECIMALS.search(number_format)
    places = len(decimals.group(1)) if decimals else (0 if float(shown).is_integer() else None)
    thousands = "#,##" in number_format or "," in number_format.split(".")[0]
    if places is None:
        text = f"{shown:,}" if thousands else repr(float(shown)).rstrip("0").rstrip(".")
    else:
        text = f"{shown:,.{places}f}" if thousands else f"{shown:.{places}f}"
    currency = _CURRENCY.search(number_format)
    if currency:
        text = f"-{currency.group(0)}{text[1:]}" if text.startswith("-") else f"{currency.group(0)}{text}"
    return text + ("%" if percent else "")


def xlsx_structure(data: bytes, name: str) -> Built:
    check_zip(data, name, kind="an Excel", suffix=".xlsx", part="xl/workbook.xml")
    import openpyxl

    try:
        workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # openpyxl and its XML parser raise many kinds on a damaged file
        raise BadInput(f"{name}: cannot be read as an Excel workbook ({type(exc).__name__}); "
                       "open and save it again in Excel") from None
    builder = TextBuilder()
    sheets = [sheet for sheet in workbook.worksheets if sheet.sheet_state == "visible"]
    named = len(sheets) > 1 or any(not _DEFAULT_SHEET.match(sheet.title) for sheet in sheets)
    cells = 0
    for sheet in sheets:
        if named:
            builder.heading(sheet.title, 1)
        rows = []
        for row in sheet.iter_rows():
            cells += len(row)
            if cells > MAX_CELLS:
                raise BadInput(f"{name}: has over {MAX_CELLS:,} cells; split the workbook and try again")
            rows.append([_shown(cell.value, getattr(cell, "number_format", "")) for cell in row])
        _write_sheet(builder, rows, 2 if named else 1)
    builder.title = clean_line(workbook.properties.title or "") or None
    workbook.close()
    return builder.build()
