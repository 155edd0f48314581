"""Builds docs/tenant-repairs-policy.pdf: adapted from wrenfield's make_pdf.py (itself adapted from hollowbrook's
and earlier sets'): lines of Helvetica text written by PDFium, table cells at fixed x positions, a bold header row,
a footer with page numbers. Words are never split at hyphens, so quotes stay verbatim after text extraction. A table
row is ("TD", cells) and uses the column positions set by the last ("COLS", [...]) entry; ("N", text) is a numbered
step written like a bullet with its own number."""
from pathlib import Path
HERE = Path(__file__).resolve().parents[1]  # tests/data/yarrowby
import ctypes, io, textwrap

B = "\u2022 "

doc = [
 ("T", "Repairs Policy for Tenants"),
 ("P", "Yarrowby Homes, Tanner House, 22 Tanner Street, Brackenfold YB2 7HN. Policy RP-01, version 5. Approved by "
       "the Board on 14 February 2029 and in force from Monday 2 April 2029; next review February 2031. Owner: "
       "Sunita Rao, Director of Property Services. This version replaces version 4 of April 2027."),
 ("H", "1. About this policy"),
 ("P", "This policy tells our tenants in Brackenfold and Ellerdale how to report a repair, how quickly we will do "
       "it, which repairs are ours and which are yours, and what we charge when a repair is your responsibility. "
       "It covers general needs and sheltered homes that we rent out. It does not cover shared ownership homes, "
       "where the leaseholder is responsible for most repairs, or improvements you want to make yourself, which "
       "need our written permission first."),
 ("H", "2. What changed in version 5"),
 ("B", "We now attend emergency repairs within 4 hours, instead of 6 hours."),
 ("B", "Urgent repairs are now completed within 3 working days, instead of 5 working days."),
 ("B", "Routine repairs are now completed within 20 working days, instead of 28 calendar days. In the Ellerdale "
       "villages they are completed within 25 working days, instead of 35 calendar days."),
 ("B", "We now inspect damp and mould within 10 working days of your report, instead of 15 working days."),
 ("B", "The charge when we cannot get in for an appointment you agreed is now £30, instead of £25."),
 ("B", "Changing locks after lost keys now costs £85 a door, instead of £70."),
 ("B", "If we miss an appointment without telling you at least 24 hours before, we now pay you £20, instead of £10."),
 ("H", "3. How to report a repair"),
 ("P", "Our contact centre takes repair reports from 08:00 to 18:00 on weekdays and from 09:00 to 13:00 on "
       "Saturdays. At all other times, call the out-of-hours line for emergencies only. To report a repair:"),
 ("N", "1. Use the MyYarrowby app or website, phone the contact centre on 01632 960 400, or tell us at the "
       "Brackenfold or Ellerdale office. Out of hours, phone 01632 960 999."),
 ("N", "2. Tell us what is wrong, where it is and how long it has been happening, and add photos in MyYarrowby "
       "if you can."),
 ("N", "3. We give the repair a priority and a job number starting RJ. Keep it, as you will need it if you chase "
       "the repair or complain."),
 ("N", "4. For urgent and routine repairs we agree a slot with you: morning (08:00 to 12:00), afternoon (12:00 to "
       "16:00) or, for routine repairs only, a school-run slot (09:30 to 14:30)."),
 ("N", "5. We text you the day before and again when the operative is 30 minutes away. Our operatives always show "
       "a Yarrowby ID card; do not let in anyone who cannot show one."),
 ("P", "If you smell gas, leave the windows open, do not use switches and phone the National Gas Emergency Service "
       "on 0800 111 999 first, then tell us."),
 ("H", "4. Repair priorities"),
 ("P", "We decide the priority from what you tell us, and an operative may change it when they see the repair. "
       "Planned work that cannot be done within 90 days is added to our planned programme, and we "
       "tell you the year it is planned for. Times run from when you report the repair:"),
 ("COLS", [50, 185, 420]),
 ("TH", ["Priority", "Examples", "What we do"]),
 ("TD", ["Emergency", "Flooding, no power, door will not lock", "Attend within 4 hours"]),
 ("TD", ["Urgent", "No heating or hot water, leaking roof", "Complete within 3 working days"]),
 ("TD", ["Routine", "Dripping tap, broken extractor fan", "Complete within 20 working days"]),
 ("TD", ["Routine (Ellerdale villages)", "Thorncliffe, Low Sowerby and Haverlea", "Complete within 25 working days"]),
 ("TD", ["Planned", "New kitchen, bathroom, windows or fencing", "Within 90 days"]),
 ("P", "At an emergency we make the home safe, which may mean a temporary repair; any follow-on work is then done "
       "as an urgent repair. No heating or hot water is an emergency between 1 October and 30 April if someone in "
       "the home is aged 70 or over, is under 5 or is disabled; otherwise it is urgent. A blocked toilet is an "
       "emergency only if it is the only toilet in the home. Routine repairs in the Ellerdale villages are grouped "
       "into village days: Thorncliffe and Haverlea on Tuesdays and Low Sowerby on Thursdays. Ellerdale Bridge "
       "itself has the same times as Brackenfold."),
 ("H", "5. Who is responsible for which repair"),
 ("P", "We repair the structure and outside of your home, and the fixtures, heating and services we provided. You "
       "look after the inside of your home and the things you bought or fitted:"),
 ("COLS", [50, 330]),
 ("TH", ["Repair", "Who does it"]),
 ("TD", ["Roof, gutters, outside walls and drains", "Yarrowby Homes"]),
 ("TD", ["Boiler, radiators and hot water", "Yarrowby Homes"]),
 ("TD", ["Wiring, sockets and light fittings", "Yarrowby Homes"]),
 ("TD", ["Smoke and carbon monoxide alarms", "Yarrowby Homes (you test them monthly)"]),
 ("TD", ["Kitchen units, worktops and bathroom fittings", "Yarrowby Homes"]),
 ("TD", ["Blocked toilet", "Yarrowby Homes, unless caused by misuse"]),
 ("TD", ["Fences at the back and sides of the property", "Yarrowby Homes"]),
 ("TD", ["Fences between your garden and a neighbour's", "You"]),
 ("TD", ["Light bulbs, fuses and plugs", "You"]),
 ("TD", ["Blocked sinks, baths and basins", "You"]),
 ("TD", ["Toilet seats, bath plugs and chains", "You"]),
 ("TD", ["Internal doors, handles and hinges", "You"]),
 ("TD", ["Decorating inside your home", "You"]),
 ("TD", ["Sheds and anything you fitted yourself", "You"]),
 ("TD", ["Glass broken by crime, with a crime number", "Yarrowby Homes"]),
 ("TD", ["Glass broken in any other way", "You (rechargeable)"]),
 ("TD", ["Keys, fobs and locks after lost keys", "You (rechargeable)"]),
 ("P", "Our Handy Help service does up to 3 small tenant jobs a year free, such as changing light bulbs, fitting a "
       "toilet seat or unblocking a sink, for tenants aged 70 or over or disabled tenants who have nobody in the "
       "household able to help. Tenants in our sheltered schemes ask their scheme manager instead. If our work "
       "damages your decoration, we give you a decorating voucher for the rooms affected."),
 ("H", "6. Rechargeable repairs"),
 ("P", "When we do a repair that is your responsibility, or repair damage caused by you, someone living with you or "
       "a visitor, we charge you for it. Our standard charges, including VAT:"),
 ("COLS", [50, 330, 450]),
 ("TH", ["Work", "Working hours", "Out of hours"]),
 ("TD", ["Changing locks after lost keys (per door)", "£85", "£130"]),
 ("TD", ["Replacement key fob for a block of flats", "£15", "Not available"]),
 ("TD", ["Forced entry when you are locked out", "£110", "£160"]),
 ("TD", ["Boarding up a window or door", "£75", "£120"]),
 ("TD", ["Replacing a single glazed pane", "£95", "£140"]),
 ("TD", ["Replacing a double glazed unit", "£190", "Boarded up first"]),
 ("TD", ["Unblocking a toilet blocked by wipes or nappies", "£65", "£95"]),
 ("TD", ["Missed appointment (no access)", "£30", "Not charged"]),
 ("TD", ["Clearing rubbish from your home or garden", "£180 a van load", "Not available"]),
 ("P", "We do not charge for damage caused by a crime if you give us a crime reference number, or for damage "
       "linked to domestic abuse. We do not charge for a missed appointment the first time in any 12 months, or if "
       "you rebook at least 24 hours before. Pay within 28 days, or agree a payment plan of at least £5 a week for "
       "a charge over £100. Recharges are never added to your rent account, but we may refuse a transfer or "
       "mutual exchange while you owe one."),
 ("H", "7. Letting us in"),
 ("P", "We give you at least 24 hours' notice before we come to inspect or repair your home, except in an "
       "emergency, when we may need to get in straight away. By law we must check the gas appliances, flues and "
       "pipework in your home every 12 months, and the electrics every 5 years. We book the gas safety check "
       "about 2 months before the old certificate runs out. If we cannot get in after three appointments, we may "
       "apply to the court for an injunction to get in, and ask you to pay the court costs. If you cannot be at "
       "home, a person aged 18 or over may let us in for you. Operatives do not carry out work when the only "
       "person at home is under 16."),
 ("H", "8. Damp and mould"),
 ("P", "Tell us about damp or mould as soon as you see it. We inspect within 10 working days of your report, or "
       "within 5 working days if a child under 5, someone aged 75 or over, someone who is pregnant or someone "
       "with a lung or heart condition lives with you. We send you a written summary of what we found and what we "
       "will do within 3 working days of the inspection. We never treat damp and mould as your lifestyle; we look "
       "for the cause and put it right."),
 ("H", "9. Compensation"),
 ("P", "If we miss an appointment without telling you at least 24 hours before, we pay you £20, as a shopping "
       "voucher or a credit to your rent account. Under the Right to Repair scheme, if a qualifying urgent repair "
       "costing under £250 is not done in time, you can ask for another contractor; if that is also late, we pay "
       "£10 and £2 for each further working day, up to £50. We do not pay compensation when you could not give us "
       "access or delayed the work."),
 ("H", "10. Complaints"),
 ("P", "If you are unhappy with a repair or how we handled it, please tell us. To make a complaint:"),
 ("N", "1. Tell the contact centre, your housing officer or any office, or use the complaints form in MyYarrowby, "
       "giving your job number."),
 ("N", "2. Stage 1: the Repairs Manager replies within 10 working days of your complaint."),
 ("N", "3. Stage 2: if you are still unhappy, ask within 20 working days for a review. The Director of Property "
       "Services replies within 20 working days."),
 ("N", "4. After Stage 2, or if we take too long, you can ask the Housing Ombudsman to look at your complaint."),
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
    out.append(p + pad + [(f"Yarrowby Homes \u00b7 Repairs Policy for Tenants RP-01 \u00b7 Version 5 \u00b7 "
                           f"Page {i} of {len(pages)}", 8, False, None)])
words = sum(len((" ".join(t) if isinstance(t, list) else t).split()) for k, t in doc if k != "COLS")
print(len(pages), "pages", words, "words")
(HERE / "docs").mkdir(exist_ok=True)
open(HERE / "docs" / "tenant-repairs-policy.pdf", "wb").write(make_pdf(out))
