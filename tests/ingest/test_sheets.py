"""Spreadsheets as offices keep them: a .csv price list and an Excel workbook of several sheets, each
with a title row over its table, currency, percent and date formats, and an empty cell."""
from __future__ import annotations

import datetime as dt
import io
import json

import pytest

from chatbot.errors import BadInput
from ingest.loaders import load_bytes
from ingest.passages import split_passages

from ..conftest import run_cli


def workbook_bytes() -> bytes:
    import openpyxl

    book = openpyxl.Workbook()
    carriage = book.active
    carriage.title = "Carriage"
    carriage.append(["Carriage charges 2038"])
    carriage.append([])
    carriage.append(["Zone", "Next day", "Two day", "Pallet"])
    for row in [("Zone A - mainland England and Wales", 9.5, 6, 45), ("Zone B - Scottish Highlands", 14.25, 9.75, 85),
                ("Zone C - Northern Ireland", 18, 12.5, None)]:
        carriage.append(list(row))
    for row in carriage.iter_rows(min_row=4):
        for cell in row[1:]:
            cell.number_format = '"£"#,##0.00'
    carriage.append([])
    carriage.append(["Orders over £250 go free to Zone A."])
    contacts = book.create_sheet("Contacts")
    contacts.append(["Team", "Name", "Phone", "Since"])
    contacts.append(["Customer service", "Priya Nandakumar", "01632 960 118", dt.date(2036, 3, 1)])
    contacts.append(["Warehouse", "Tom Ellery", "01632 960 377", dt.date(2031, 9, 15)])
    discounts = book.create_sheet("Discounts")
    discounts.append(["Spend", "Discount"])
    discounts.append(["£1,000 to £4,999", 0.05])
    discounts.append(["£5,000 or more", 0.075])
    discounts["B2"].number_format, discounts["B3"].number_format = "0%", "0.0%"
    hidden = book.create_sheet("Workings")
    hidden.append(["scratch", 1])
    hidden.sheet_state = "hidden"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


STOCK_CSV = ("SKU,Product,Pack size,Price,In stock\r\n"
             "VX-101,Chlorhexidine scrub 4%,500 ml,£8.40,Yes\r\n"
             "VX-102,Surgical gloves size 7,Box of 50,£11.90,No\r\n"
             'VX-103,"Suture, absorbable 3-0",Box of 12,£36.00,Yes\r\n')


def test_a_workbooks_sheets_are_sections_and_its_rows_read_as_the_sheet_shows_them():
    document = load_bytes("prices.xlsx", workbook_bytes())
    lines = document.text.splitlines()
    assert lines[:3] == ["Carriage", "Carriage charges 2038",
                         "Zone: Zone A - mainland England and Wales; Next day: £9.50; Two day: £6.00; Pallet: £45.00"]
    # An empty cell is left out, never filled from a neighbour; a note under the table stays a sentence
    assert "Zone: Zone C - Northern Ireland; Next day: £18.00; Two day: £12.50" in lines
    assert "Orders over £250 go free to Zone A." in lines
    assert "Team: Warehouse; Name: Tom Ellery; Phone: 01632 960 377; Since: 15 September 2031" in lines
    assert "Spend: £5,000 or more; Discount: 7.5%" in lines and "Spend: £1,000 to £4,999; Discount: 5%" in lines
    assert "scratch" not in document.text  # a hidden sheet is the author's workings
    passages = {p.text: p for p in split_passages(document)}
    row = passages["Zone: Zone B - Scottish Highlands; Next day: £14.25; Two day: £9.75; Pallet: £85.00"]
    assert row.section == "Carriage › Carriage charges 2038 › Zone B - Scottish Highlands"
    assert passages["Carriage charges 2038"].heading


def test_a_csv_file_reads_one_row_a_line_under_its_header():
    document = load_bytes("stock.csv", STOCK_CSV.encode("cp1252"))
    assert document.text.splitlines() == [
        "SKU: VX-101; Product: Chlorhexidine scrub 4%; Pack size: 500 ml; Price: £8.40; In stock: Yes",
        "SKU: VX-102; Product: Surgical gloves size 7; Pack size: Box of 50; Price: £11.90; In stock: No",
        "SKU: VX-103; Product: Suture, absorbable 3-0; Pack size: Box of 12; Price: £36.00; In stock: Yes"]
    semicolons = load_bytes("stock.csv", STOCK_CSV.replace(",", ";").replace('"Suture; absorbable 3-0"',
                                                                         "Suture absorbable").encode())
    assert semicolons.text.splitlines()[1].startswith("SKU: VX-102; Product: Surgical gloves size 7;")


@pytest.mark.parametrize("name,data,message", [
    ("prices.xlsx", b"Zone,Price\nA,9.50\n", "is not an Excel .xlsx file"),
    ("other.xlsx", None, r"not an Excel document \(no xl/workbook.xml\)"),
    ("empty.csv", b"", "the file is empty"),
    ("prices.xls", b"\xd0\xcf\x11\xe0", "unsupported file type .xls"),
])
def test_a_bad_spreadsheet_is_one_clear_line(name, data, message):
    if data is None:
        out = io.BytesIO()
        import zipfile

        with zipfile.ZipFile(out, "w") as archive:
            archive.writestr("hello.txt", "hi")
        data = out.getvalue()
    with pytest.raises(BadInput, match=message) as caught:
        load_bytes(name, data)
    assert "\n" not in str(caught.value) and str(caught.value).startswith(name)


@pytest.mark.slow
def test_a_workbook_answers_from_its_row_and_column_on_the_cli(tmp_path):
    (tmp_path / "prices.xlsx").write_bytes(workbook_bytes())
    env = {"CHATBOT_PERSIST_DIR": str(tmp_path / "store"), "CHATBOT_FEEDBACK_PATH": str(tmp_path / "fb.jsonl")}
    ingested = run_cli(["ingest", str(tmp_path / "prices.xlsx")], env)
    assert ingested.returncode == 0, ingested.stderr
    answer = json.loads(run_cli(["chatbot", "ask", "how much is next day delivery to the highlands?", "--json"],
                                env).stdout)
    assert answer["answerable"] and answer["answer"].startswith("£14.25 [1]")
    assert answer["citations"][0]["source"] == "prices.xlsx"
    # Zone C has no pallet rate: its row is shown, Zone B's £85.00 is not asserted
    empty = json.loads(run_cli(["chatbot", "ask", "whats the pallet rate for northern ireland", "--json"],
                               env).stdout)
    assert not empty["answerable"] and "Zone C - Northern Ireland" in empty["answer"] and "£85" not in empty["answer"]
