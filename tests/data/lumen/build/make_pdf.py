"""Builds docs/expense-and-equipment-policy.pdf: copied from meridian's make_pdf.py (lines of Helvetica text
written by PDFium, table cells at fixed x positions, a footer with page numbers). Words are never split at
hyphens, so quotes stay verbatim after text extraction."""
from pathlib import Path
HERE = Path(__file__).resolve().parents[1]  # tests/data/lumen
import ctypes, io, textwrap

B = "\u2022 "
TITLE = "Expense and Equipment Policy"
E = "\u20ac"
L = "\u00a3"

doc = [
 ("T", TITLE),
 ("P", "Lumen Analytics. Policy FIN-04, version 3, effective 1 April 2027, owned by Aisha Rahman, Finance "
       "Operations Manager, and approved by Graham Poole, Chief Financial Officer. It applies to all "
       "employees in the Bristol and Lisbon offices and to remote employees. Contractors are covered only "
       "where section 7 says so."),
 ("H", "1. Principles"),
 ("P", "Spend Lumen's money as if it were your own. We pay back reasonable costs that you incur to do your "
       "job, and we give everyone the equipment they need to do good work from the office or from home. We "
       "do not pay for things that mainly benefit you personally, and we do not pay twice for the same thing "
       "when another budget already covers it, such as the Engineering conference budget."),
 ("H", "2. How to claim"),
 ("B", "Submit every claim in the Ledgerly app within 30 days of the date you spent the money. Claims "
       "older than 90 days are not paid, whatever the reason."),
 ("B", "Attach a photo of the itemised receipt for every expense over " + L + "25 (or " + E + "30 in "
       "Lisbon). A card statement is not a receipt."),
 ("B", "Claims approved by the 20th of the month are paid with that month's salary; later claims are paid "
       "the following month."),
 ("B", "Convert foreign currency at the rate shown on your card statement, not at the rate on the day you "
       "submit."),
 ("H", "3. Who approves"),
 ("P", "Your line manager approves claims up to " + L + "500. Claims from " + L + "500 to " + L + "2,000 also "
       "need your department head. Anything above " + L + "2,000, and any claim from a department head, is "
       "approved by the CFO. You may never approve your own claim or a claim for an event you attended with "
       "the approver, such as a team dinner; in that case the approver's own manager signs it off."),
 ("H", "4. Travel"),
 ("P", "Book all travel through TravelDesk at least 14 days ahead where you can. Take the train for "
       "journeys within the UK unless flying is both cheaper and quicker. Trains are standard class; first "
       "class is allowed only on journeys longer than three hours when it costs no more than "
       + L + "40 above the standard fare. Flights are economy class. Premium economy is allowed on flights "
       "scheduled for more than six hours, and business class is never paid for."),
 ("P", "If you use your own car, we pay mileage of 45p a mile for the first 10,000 business miles in the "
       "tax year and 25p a mile after that. Lisbon staff are paid " + E + "0.36 per kilometre. Your normal "
       "commute to your office is never a business journey, including on days you travel on to a client."),
 ("H", "5. Limits"),
 ("P", "The table below sets the most we pay. Hotel limits are per night, excluding breakfast and local "
       "taxes. Meal limits are per person per day while you are travelling overnight."),
 ("TR", ["Item", "Limit", "Notes"]),
 ("TD", ["Hotel, London", L + "190 per night", "Zone 1 or 2"]),
 ("TD", ["Hotel, Bristol", L + "120 per night", "For Lisbon staff visiting"]),
 ("TD", ["Hotel, Lisbon", E + "150 per night", "For UK staff visiting"]),
 ("TD", ["Hotel, New York", "$340 per night", "Manhattan"]),
 ("TD", ["Meals, UK", L + "45 per day", "Alcohol not included"]),
 ("TD", ["Meals, Lisbon", E + "40 per day", "Alcohol not included"]),
 ("TD", ["Meals, New York", "$80 per day", "Tips included"]),
 ("TD", ["Client entertainment", L + "70 per head", "Head of Sales approves"]),
 ("TD", ["Team celebration", L + "35 per head per quarter", "Manager books it"]),
 ("TD", ["Books and online courses", L + "250 per year", "Any employee"]),
 ("P", "If the limit cannot be met, for example during a large conference, ask Finance Operations before "
       "you book. Amounts above the limit that were not agreed in advance are deducted from the claim."),
 ("H", "6. Equipment"),
 ("P", "Everyone gets a laptop, a 27-inch monitor, a keyboard, a mouse and a headset on joining. IT orders "
       "them through the Kandji portal, and they remain Lumen's property. Laptops are refreshed on a fixed "
       "cycle:"),
 ("B", "Engineers, data scientists and designers: a 16-inch MacBook Pro, replaced every three years."),
 ("B", "Everyone else: a 14-inch MacBook Air, replaced every four years."),
 ("B", "A laptop that fails outside its warranty is repaired or replaced early at IT's discretion."),
 ("P", "When your laptop is replaced, you may buy the old one for " + L + "150 (" + E + "175 in Lisbon) once "
       "IT has wiped it. Otherwise it goes back to IT within 10 working days of the new one arriving. A lost "
       "or stolen laptop must be reported to the Security team within one hour, following the security "
       "incident runbook; the first loss is replaced free of charge."),
 ("H", "7. Working from home"),
 ("P", "Employees who work from home at least two days a week receive a one-off home-office stipend to "
       "spend on a desk, a chair, lighting or similar. The stipend is " + L + "400 for UK employees and "
       + E + "450 for Lisbon employees, paid with the first salary, and a further " + L + "200 (" + E + "225) "
       "every three years after that. Receipts are not needed for the stipend."),
 ("P", "Employees who work from home at least two days a week also receive an internet allowance of "
       + L + "30 a month in the UK and " + E + "35 a month in Portugal, paid with salary. The allowance "
       "stops in any month in which you are on unpaid leave."),
 ("P", "Contractors are not eligible for the home-office stipend, the internet allowance or the books "
       "budget. Contractors' travel is paid only when it is written into their statement of work, and "
       "then at the same limits as employees. Contractors do not receive Lumen laptops unless their "
       "statement of work says so; otherwise they use their own and connect through the VDI service."),
 ("H", "8. Corporate cards"),
 ("P", "Employees who spend more than " + L + "1,000 a month on travel or software may ask Finance for a "
       "Lumen corporate card with a monthly limit of " + L + "5,000. Card spending is reconciled in Ledgerly "
       "by the 5th of the following month. Cards must never be used for personal spending, even if you "
       "intend to pay it back; a second breach means the card is withdrawn."),
 ("H", "9. What we do not pay for"),
 ("B", "Parking fines, speeding fines and other penalties."),
 ("B", "Alcohol, except as part of approved client entertainment."),
 ("B", "Travel insurance, because Lumen's company policy already covers business trips."),
 ("B", "Gym memberships, personal phone contracts and upgrades to seats or rooms."),
 ("B", "Lost luggage, unless the airline has refused your claim in writing."),
 ("H", "10. Questions and exceptions"),
 ("P", "Exceptions to this policy need written approval from the CFO before the money is spent. "
       "Questions go to Finance Operations in #ask-finance or at finance@lumenanalytics.example. Misuse "
       "of expenses is a disciplinary matter, and Finance checks a random sample of 10% of claims every "
       "quarter."),
]

COLS = [50, 230, 400]  # x positions of the table columns


def lines_for(kind, text):
    wrap = lambda t, w: textwrap.wrap(t, w, break_on_hyphens=False)
    if kind == "T":
        return [(text, 20, True)]
    if kind == "H":
        return [(text, 13, True)]
    if kind == "P":
        return [(l, 10, False) for l in wrap(text, 92)]
    if kind in ("B", "N"):
        w = wrap(text, 86)
        first = (B + w[0]) if kind == "B" else w[0]
        return [(first, 10, False)] + [("    " + l, 10, False) for l in w[1:]]
    if kind in ("TR", "TD"):
        return [(text, 10, kind == "TR")]


def make_pdf(pages):
    """Like tests/ingest/pdfs.make_pdf, but a line's text may be a list of table cells."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    document = pdfium.PdfDocument.new()

    def put(page, text, size, bold, x, y):
        font = b"Helvetica-Bold" if bold else b"Helvetica"
        obj = pdfium_c.FPDFPageObj_NewTextObj(document.raw, font, ctypes.c_float(size))
        wide = (text + "\0").encode("utf-16-le")
        buffer = ctypes.create_string_buffer(wide, len(wide))
        pdfium_c.FPDFText_SetText(obj, ctypes.cast(buffer, ctypes.POINTER(pdfium_c.FPDF_WCHAR)))
        pdfium_c.FPDFPageObj_Transform(obj, 1, 0, 0, 1, x, y)
        pdfium_c.FPDFPage_InsertObject(page.raw, obj)

    for lines in pages:
        page = document.new_page(612, 792)
        y = 750.0
        for text, size, bold in lines:
            if text == "":
                y -= size * 1.6
                continue
            if isinstance(text, list):
                for x, cell in zip(COLS, text):
                    put(page, cell, size, bold, x, y)
            else:
                put(page, text, size, bold, 50, y)
            y -= size * 1.6
        pdfium_c.FPDFPage_GenerateContent(page.raw)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


pages, cur, y = [], [], 750.0
for kind, text in doc:
    if kind == "BR":
        pages.append(cur); cur, y = [], 750.0
        continue
    block = lines_for(kind, text)
    if kind == "H" and cur:
        block = [("", 6, False)] + block  # space above a question heading
    need = sum(s * 1.6 for _, s, _ in block) + (40 if kind == "H" else 0)
    if y - need < 60 and cur:
        pages.append(cur); cur, y = [], 750.0
    for l in block:
        if l[0] == "" and not cur:
            continue
        cur.append(l); y -= l[1] * 1.6
pages.append(cur)
out = []
for i, p in enumerate(pages, 1):
    used = sum(s * 1.6 for _, s, _ in p)
    pad = [("", 10, False)] * max(0, int((750 - 50 - used) / 16))  # push the footer towards the bottom
    out.append(p + pad + [(f"Lumen Analytics \u00b7 Expense and Equipment Policy FIN-04 \u00b7 Finance Operations \u00b7 Page {i} of {len(pages)}", 8, False)])
words = sum(len((" ".join(t) if isinstance(t, list) else t).split()) for _, t in doc)
print(len(pages), "pages", words, "words")
(HERE / "docs").mkdir(exist_ok=True)
open(HERE / "docs" / "expense-and-equipment-policy.pdf", "wb").write(make_pdf(out))
