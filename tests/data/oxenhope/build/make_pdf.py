"""Builds docs/customer-charter-and-billing-guide.pdf: fellgate's make_pdf.py (itself ellerby's, tarnbeck's,
stainforth's, coldharbour's, ferncombe's, hartwell's, ashgrove's and earlier sets'): lines of Helvetica text written
by PDFium, table cells at fixed x positions, a bold header row, a footer with page numbers. Words are never split at
hyphens, so quotes stay verbatim after text extraction. A table row is ("TD", cells) and uses the column positions
set by the last ("COLS", [...]) entry; ("N", text) is a numbered step written like a bullet with its own number.
Tables are kept on one page with the paragraph that introduces them, and headings with the lines after them."""
from pathlib import Path
HERE = Path(__file__).resolve().parents[1]  # tests/data/oxenhope
import ctypes, io, textwrap

B = "\u2022 "

doc = [
 ("T", "Customer Charter and Billing Guide 2034/35"),
 ("P", "Oxenhope Water Ltd, Kilnhouse, 12 Sluice Street, Oxenhope LX9 2WQ. Version 7, for household charges from "
       "Saturday 1 April 2034 to Saturday 31 March 2035; next review January 2035. Owner: Ravinder Okafor-Lunn, Head "
       "of Customer Services. This version replaces version 6 of February 2033. Household water and sewerage "
       "charges carry no VAT."),
 ("H", "1. About this guide"),
 ("P", "This charter is for household customers. It explains what we promise you, how your water and sewerage "
       "charges are worked out, the ways you can pay, how to ask for a meter, the help we give if you are "
       "struggling to pay, the payments we make when we miss one of our guaranteed standards, and how to complain. "
       "Businesses buy their water through a retailer and are not covered. How to report a leak, what to do when "
       "your water is off and our opening hours are on the help centre pages of our website."),
 ("H", "2. What changed in version 7"),
 ("B", "The metered water standing charge is now £42.00 a year, instead of £38.50."),
 ("B", "Metered water now costs £1.87 a cubic metre, instead of £1.74."),
 ("B", "Metered sewerage now costs £2.31 a cubic metre, instead of £2.16."),
 ("B", "The average unmetered household bill is now £468 a year, instead of £441."),
 ("B", "The Assessed Charge for a single occupier is now £318 a year, instead of £296."),
 ("B", "WaterAssist now gives 50% off to households with an income below £21,000, instead of £19,500."),
 ("B", "If sewage floods inside your home, we now pay at least £1,000, instead of £750."),
 ("B", "You now have 21 days to pay a reminder before we take further action, instead of 14 days."),
 ("H", "3. Your charges"),
 ("P", "Most homes pay for water and sewerage either by meter or, if they have no meter, on the rateable value of the "
       "property. Charges for 2034/35 by tariff and meter type are:"),
 ("COLS", [50, 330, 440]),
 ("TH", ["Tariff and meter type", "Water", "Sewerage"]),
 ("TD", ["Metered: standing charge a year", "£42.00", "£36.00"]),
 ("TD", ["Metered: charge a cubic metre", "£1.87", "£2.31"]),
 ("TD", ["Unmetered: charge for each £1 of rateable value", "£1.62", "£1.39"]),
 ("TD", ["Unmetered: average household bill a year", "£251", "£217"]),
 ("TD", ["Assessed Charge: single occupier a year", "£171", "£147"]),
 ("TD", ["Assessed Charge: other homes a year", "£236", "£203"]),
 ("TD", ["WaterAssist, metered or unmetered", "50% off", "50% off"]),
 ("TD", ["Surface water rebate, if no roof drains to a sewer", "none", "£38 off a year"]),
 ("P", "Metered sewerage charges are worked out on 95% of the water your meter records, because not all the water "
       "you use goes back to the sewer. A cubic metre is 1,000 litres. Unmetered charges do not change with how "
       "much water you use, and the Assessed Charge is for homes where we cannot fit a meter."),
 ("H", "4. Paying your bill"),
 ("B", "Unmetered homes get one bill a year, in March. Metered homes get a bill every 6 months, based on a reading "
       "of the meter where we can get one; our meter readers call twice a year."),
 ("B", "You can pay the year's bill in full by 1 May, in 10 monthly instalments from April to January, or weekly "
       "or fortnightly. Direct Debits can be taken on the 1st, 8th, 15th or 22nd of the month."),
 ("B", "If you miss an instalment we send a reminder, and you have 21 days to pay it. After a second reminder in "
       "the same year you lose the right to pay by instalments and the rest of the year's bill is due."),
 ("B", "We never cut off the water supply to a home because a bill has not been paid."),
 ("B", "You can pay through MyOxenhope, by phone on our 24-hour automated line, at any PayPoint or by bank transfer."),
 ("H", "5. Setting up a payment plan"),
 ("P", "If you have fallen behind, a payment plan spreads what you owe over a time you can manage:"),
 ("N", "1. Phone Customer Services or use the payment plan tool in MyOxenhope."),
 ("N", "2. Tell us about your household's income and outgoings. We may suggest free debt advice as well."),
 ("N", "3. We agree a plan that covers your current charges and clears what you owe over up to 24 months, paying "
       "as little as £2 a week towards the arrears."),
 ("N", "4. Keep to the plan for 12 months and our WaterSteps scheme pays £1 off your arrears for every £1 you pay, "
       "up to £750."),
 ("N", "5. If you miss a payment, call us within 14 days and we can reset the plan once."),
 ("H", "6. Help if you are struggling"),
 ("B", "WaterAssist takes 50% off your bill if your household income is below £21,000 a year, not counting "
       "disability benefits. It lasts 2 years and you then reapply."),
 ("B", "WaterSure Plus caps a metered bill at the average unmetered bill of £468 if you get a means-tested benefit "
       "and have three or more children under 19 at home, or a medical condition that means you use more water."),
 ("B", "Our Priority Services Register gives extra help to customers who need it, for example when the water is "
       "off. Details are on the help centre pages of our website."),
 ("H", "7. Asking for a meter"),
 ("P", "A meter often saves money for smaller households. Fitting one is free:"),
 ("N", "1. Apply through MyOxenhope or by phone."),
 ("N", "2. We visit within 10 working days to check where a meter can go, usually in the pavement outside."),
 ("N", "3. We fit the meter within 90 days of receiving your application."),
 ("N", "4. Your metered bills start from the day the meter is fitted. If they turn out higher, you can switch back "
       "to unmetered charges within 24 months of the meter being fitted."),
 ("N", "5. If we cannot fit a meter, we offer you the Assessed Charge instead, if it is lower than your bill."),
 ("H", "8. Our guaranteed standards"),
 ("P", "If we fail one of these standards we pay you automatically, within 10 working days, with no need to ask. "
       "If we have not paid, you can claim within 3 months:"),
 ("COLS", [50, 250, 370]),
 ("TH", ["Standard", "Payment", "Notes"]),
 ("TD", ["Missed appointment", "£40", "morning or afternoon slot; 24 hours' notice"]),
 ("TD", ["Reply to a written complaint", "£30", "within 10 working days"]),
 ("TD", ["Change to a payment plan", "£30", "within 5 working days of your request"]),
 ("TD", ["Planned interruption", "£30", "48 hours' notice; back when we said"]),
 ("TD", ["Unplanned interruption", "£30", "after 12 hours, then £30 each further 24 hours"]),
 ("TD", ["Burst on a trunk main", "£30", "after 48 hours, then £30 each further 24 hours"]),
 ("TD", ["Low pressure", "£25", "twice in 28 days, for 1 hour or more"]),
 ("TD", ["Sewer flooding inside your home", "at least £1,000", "your annual sewerage charge if higher"]),
 ("TD", ["Sewer flooding in your garden", "at least £250", "half your annual sewerage charge"]),
 ("TD", ["Meter not fitted in time", "£30", "within 90 days of your application"]),
 ("H", "9. Leaks on your pipes"),
 ("B", "We look after the water main and the pipe up to your property boundary, usually the stop tap in the "
       "pavement. The supply pipe from the boundary into your home is yours, and so are the taps and pipes inside."),
 ("B", "We repair a leak on your supply pipe free of charge, once for each property, if the pipe is not under a "
       "building. We may offer to replace the whole pipe instead, also free."),
 ("B", "If a leak on your side has pushed up a metered bill, ask for our one-off leak allowance. We take off the "
       "water lost, and the sewerage charge on it, if the leak is repaired within 30 days of you finding it."),
 ("H", "10. Moving home"),
 ("B", "Tell us at least 2 working days before you move, through MyOxenhope or by phone, and give us a meter "
       "reading on the day you leave if you have a meter."),
 ("B", "Unmetered charges stop on the day you move out. We send a final bill within 10 working days, and refund "
       "any credit to your bank account within 5 working days of you asking."),
 ("B", "If you move into a home that has a meter, you will be charged by meter. A home that has had a meter fitted "
       "cannot go back to unmetered charges when it changes hands."),
 ("H", "11. Complaints and appeals"),
 ("N", "1. Tell us what went wrong by phone, through MyOxenhope or by letter, and what you would like us to do."),
 ("N", "2. We reply in writing within 10 working days, or pay you £30."),
 ("N", "3. If you are not happy with the reply, ask for a review by our Customer Relations Manager, who replies "
       "within 20 working days."),
 ("N", "4. If you still disagree, the Lathe Valley Water Consumer Council can take up your complaint with us free "
       "of charge."),
 ("N", "5. If it is still not settled, you can go to the Independent Water Complaints Service within 12 months of "
       "our final reply. Its decision binds us but not you."),
 ("H", "12. Contact us"),
 ("P", "Phone Customer Services on 0808 157 0300, Monday to Friday 08:00 to 20:00 and Saturday 08:00 to 14:00. "
       "Report a burst, no water or sewer flooding on our emergency line, 0808 157 0999, 24 hours a day. You can "
       "also write to us at Kilnhouse or manage your account in MyOxenhope at any time."),
]
def lines_for(kind, text):
    wrap = lambda t, w: textwrap.wrap(t, w, break_on_hyphens=False)
    if kind == "T":
        return [(text, 20, True)]
    if kind == "H":
        return [(text, 13, True)]
    if kind == "P":
        return [(l, 10, False) for l in wrap(text, 92)]
    if kind == "B":
        w = wrap(text, 86)
        return [(B + w[0], 10, False)] + [("    " + l, 10, False) for l in w[1:]]
    if kind == "N":
        w = wrap(text, 86)
        return [(w[0], 10, False)] + [("    " + l, 10, False) for l in w[1:]]
    if kind in ("TH", "TD"):
        return [(text, 10, kind == "TH")]


def make_pdf(pages):
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
        for text, size, bold, cols in lines:
            if text == "":
                y -= size * 1.6
                continue
            if isinstance(text, list):
                for x, cell in zip(cols, text):
                    put(page, cell, size, bold, x, y)
            else:
                put(page, text, size, bold, 50, y)
            y -= size * 1.6
        pdfium_c.FPDFPage_GenerateContent(page.raw)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


pages, cur, y, cols = [], [], 750.0, None
for i, (kind, text) in enumerate(doc):
    if kind == "COLS":
        cols = text
        continue
    block = [(t, s, b, cols) for t, s, b in lines_for(kind, text)]
    if kind == "H" and cur:
        block = [("", 6, False, None)] + block
    need = sum(l[1] * 1.6 for l in block) + (40 if kind == "H" else 0)
    def table_height(j):  # height of the table whose "TH" row is doc[j] (after any "COLS")
        while j < len(doc) and doc[j][0] == "COLS":
            j += 1
        if j >= len(doc) or doc[j][0] != "TH":
            return 0
        h = 16; j += 1
        while j < len(doc) and doc[j][0] == "TD":
            h += 16; j += 1
        return h
    if kind == "TH":  # keep a table on one page
        need += table_height(i) - 16
    elif kind == "P":  # keep a paragraph that introduces a table with its table
        need += table_height(i + 1)
    if kind == "H" and i + 1 < len(doc) and doc[i + 1][0] != "COLS":  # keep a heading with the next lines
        n = len(lines_for(doc[i + 1][0], doc[i + 1][1]))
        need += 16 * n + table_height(i + 2) if doc[i + 1][0] == "P" and table_height(i + 2) else 16 * min(3, n)
    if y - need < 60 and cur:
        pages.append(cur); cur, y = [], 750.0
    for l in block:
        if l[0] == "" and not cur:
            continue
        cur.append(l); y -= l[1] * 1.6
pages.append(cur)
out = []
for i, p in enumerate(pages, 1):
    used = sum(l[1] * 1.6 for l in p)
    pad = [("", 10, False, None)] * max(0, int((750 - 50 - used) / 16))
    out.append(p + pad + [(f"Oxenhope Water \u00b7 Customer Charter and Billing Guide 2034/35 \u00b7 "
                           f"Version 7 \u00b7 Page {i} of {len(pages)}", 8, False, None)])
words = sum(len((" ".join(t) if isinstance(t, list) else t).split()) for k, t in doc if k != "COLS")
print(len(pages), "pages", words, "words")
(HERE / "docs").mkdir(exist_ok=True)
open(HERE / "docs" / "customer-charter-and-billing-guide.pdf", "wb").write(make_pdf(out))
