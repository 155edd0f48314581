"""Builds docs/repairs-policy-for-tenants.pdf: adapted from thornbury's make_pdf.py (itself adapted from pinecrest's,
quayside's, brightwater's, ashcombe's and fernhill's): lines of Helvetica text written by PDFium, table cells at fixed
x positions, a footer with page numbers. Words are never split at hyphens, so quotes stay verbatim after text
extraction. A table row is ("TD", cells) and uses the column positions set by the last ("COLS", [...]) entry;
("N", text) is a numbered step written like a bullet with its own number; ("BR", "") forces a page break."""
from pathlib import Path
HERE = Path(__file__).resolve().parents[1]  # tests/data/hollowbrook
import ctypes, io, textwrap

B = "\u2022 "

doc = [
 ("T", "Repairs Policy for Tenants"),
 ("P", "Hollowbrook Homes, Mill House, Tanner Street, Eastleigh Vale EV2 4TS. Policy RP-02, version 5. Approved by "
       "the Board on 14 September 2027 and in force from Monday 1 November 2027; next review September 2029. "
       "Owner: Gareth Pryce, Repairs Manager. This version replaces version 4 of June 2025."),
 ("H", "1. Purpose and scope"),
 ("P", "This policy tells our tenants in Eastleigh Vale and Cobham Ridge which repairs we carry out, how quickly we "
       "do them, what tenants are responsible for, and what we pay when we get it wrong. It applies to all our "
       "homes for rent, including homes in our blocks of flats, but not to shared ownership homes, where the "
       "leaseholder is responsible for repairs inside the home. Our own repairs team does most repairs; contractors "
       "working for us follow this policy too."),
 ("H", "2. What changed in version 5"),
 ("B", "We now attend emergency repairs within 4 hours, instead of 6 hours."),
 ("B", "Urgent repairs are now completed within 3 working days, instead of 5 working days. Routine repairs stay "
       "at 20 working days."),
 ("B", "Compensation for a missed appointment is now £20, instead of £10."),
 ("B", "The decoration allowance after our repairs is now £150 a room, instead of £100."),
 ("B", "We now offer a school-run appointment from 09:30 to 14:30, as well as morning and afternoon slots."),
 ("B", "Changing the locks after lost keys now costs £65 in working hours, instead of £45."),
 ("H", "3. Reporting a repair"),
 ("P", "Tenants can report a repair by phoning 01632 770 100, through the MyHollowbrook portal or app, or at "
       "either of our offices. Emergencies must be reported by phone; the line is open 24 hours a day, every day. "
       "When a repair is reported:"),
 ("N", "1. We ask for a description and, where possible, a photo, and check who is responsible for the repair."),
 ("N", "2. We give the repair a priority and a job number, and book an appointment with the tenant."),
 ("N", "3. We send a text reminder the day before, and another when the operative is on the way."),
 ("N", "4. The operative shows their Hollowbrook ID badge, does the repair and asks the tenant to sign on the "
       "handheld device."),
 ("N", "5. We text a short satisfaction survey after the job is closed."),
 ("H", "4. Repair priorities and response times"),
 ("P", "Every repair is given one of four priorities. Our target times are counted from the time the repair is "
       "reported:"),
 ("COLS", [50, 130, 385, 470]),
 ("TH", ["Priority", "Examples", "We attend", "We complete"]),
 ("TD", ["1 Emergency", "Gas leak, flood, no power, door will not lock", "Within 4 hours", "Safe in 24 hours"]),
 ("TD", ["2 Urgent", "Blocked toilet (if only one), a leaking pipe", "-", "3 working days"]),
 ("TD", ["3 Routine", "Dripping tap, sticking door, loose tile", "-", "20 working days"]),
 ("TD", ["4 Planned", "New kitchen, windows, fencing", "-", "Within 12 months"]),
 ("P", "Loss of heating or hot water is an emergency between 1 October and 30 April. From 1 May to 30 September "
       "it is urgent, unless someone in the home is over 75, under 2, or has a medical need recorded with us, in "
       "which case it is an emergency all year round. Where heating cannot be fixed the same day, we lend electric "
       "heaters. Reports of damp and mould are inspected within 10 working days, or within 24 hours when a child "
       "under 5 or someone with a breathing condition lives in the home."),
 ("P", "Out of hours (17:00 to 08:00 on weekdays, and at weekends and on bank holidays), we attend emergencies "
       "only. In Eastleigh Vale our own on-call operatives attend; in Cobham Ridge our contractor, Ridgeline "
       "Property Services, attends. Ridgeline staff carry a Hollowbrook contractor ID card and work to the same "
       "4-hour target."),
 ("H", "5. Who is responsible for what"),
 ("P", "The tenancy agreement sets out who repairs what. In summary, for the main items:"),
 ("COLS", [50, 220, 400]),
 ("TH", ["Item", "Hollowbrook repairs", "Tenant repairs"]),
 ("TD", ["Roof, gutters, outside walls", "Yes", "No"]),
 ("TD", ["Boilers, radiators, wiring", "Yes", "No"]),
 ("TD", ["Smoke and CO alarms", "Yes, and replaces them", "Tests them weekly"]),
 ("TD", ["Broken window glass", "Only with a crime number", "Yes, in all other cases"]),
 ("TD", ["Blocked sink or toilet", "If a plunger does not clear it", "First try with a plunger"]),
 ("TD", ["Lost keys and lock changes", "No", "Yes, or we do it for a charge"]),
 ("TD", ["Fences to a road or path", "Yes", "No"]),
 ("TD", ["Fences between gardens", "No", "Yes"]),
 ("TD", ["Inside decoration", "Only after our repairs", "Yes"]),
 ("TD", ["Tenant's own appliances", "No", "Yes, including plumbing"]),
 ("P", "Tenants who are over 70 or disabled, and have nobody in the household who can help, may ask us to do "
       "small tenant repairs, such as replacing a toilet seat, free of charge."),
 ("H", "6. Appointments and access"),
 ("P", "We offer morning (08:00 to 12:00), afternoon (12:00 to 16:00) and school-run (09:30 to 14:30) "
       "appointments on weekdays. An adult aged 18 or over must be at home for the whole appointment. If we "
       "cannot get in for two booked appointments in a row, we cancel the repair and the tenant must report it "
       "again, unless it is a repair that affects safety or the neighbours. This does not apply to gas and "
       "electrical safety checks, which the law requires us to do; for those we follow our gas and fire safety "
       "procedures."),
 ("H", "7. Compensation"),
 ("P", "When we fall short we pay compensation as set out below, as a credit to the tenant's rent account or, if "
       "the tenant asks, by bank transfer. Where a rent account is in arrears, the compensation is always paid "
       "into the rent account."),
 ("COLS", [50, 300, 460]),
 ("TH", ["What went wrong", "Payment", "Limit"]),
 ("TD", ["We miss a booked appointment without notice", "£20 each time", "None"]),
 ("TD", ["Urgent repair not done in 3 working days", "£10, then £2 a day", "£50"]),
 ("TD", ["No heating or hot water over 48 hours", "£5 a day", "£100"]),
 ("TD", ["Our repair damages the decoration", "Decoration allowance", "£150 a room"]),
 ("P", "An appointment counts as missed when we do not arrive by the end of the slot and have not told the tenant "
       "at least 2 hours before. Compensation must be claimed within 28 days of the repair being completed. We "
       "do not pay compensation for planned works, for delays caused by the tenant not giving access, or when "
       "bad weather stops us working safely. To claim:"),
 ("N", "1. Phone 01632 770 100 or use the MyHollowbrook portal, giving the job number."),
 ("N", "2. The repairs planning desk checks the job history and confirms the amount within 10 working days."),
 ("N", "3. Payments over £100 in total are approved by the Repairs Manager before they are paid."),
 ("H", "8. Recharges"),
 ("P", "We charge tenants for repairs needed because of damage they, their household or visitors caused, and for "
       "tenant repairs they ask us to do. Changing the locks after lost keys costs £65 in working hours and £95 "
       "out of hours. We do not charge when damage was caused by a crime reported to the police, or by domestic "
       "abuse; the tenancy sustainment team can help in those cases. Recharges can be paid in instalments of at "
       "least £5 a week."),
 ("H", "9. Extra help and adaptations"),
 ("P", "Tenants who are over 75, disabled or have a medical need can join our priority services register. We "
       "phone them 30 minutes before the operative arrives, and we make sure they are never left without heating, "
       "hot water or a working toilet overnight. The tenancy sustainment team can arrange help for tenants who "
       "find it hard to clear a room before a repair."),
 ("P", "Minor adaptations costing under £1,000, such as grab rails, lever taps or a second stair rail, are done "
       "without an occupational therapist's assessment, within 20 working days of the request. Larger "
       "adaptations, such as a level-access shower or a stairlift, need an assessment by the council's "
       "occupational therapy service, and we may suggest a move to a more suitable home instead."),
 ("H", "10. Improvements by tenants"),
 ("P", "Tenants must ask us in writing before making an improvement, such as fitting a new kitchen, putting up a "
       "shed or a satellite dish, or taking out a fireplace. We reply within 15 working days and do not refuse "
       "without a good reason. We do not repair improvements a tenant has made, but we may pay towards some of "
       "them when the tenant moves out."),
 ("H", "11. Complaints"),
 ("P", "A tenant unhappy with a repair may complain by phone, online or at either office. We reply at stage 1 "
       "within 10 working days. If the tenant is still unhappy, the Director of Housing reviews the complaint at "
       "stage 2 and replies within 20 working days; after that the tenant may go to the Housing Ombudsman."),
 ("H", "12. Review"),
 ("P", "This policy is reviewed every two years by the Repairs Manager, with our tenants' scrutiny panel, and "
       "approved by the Board."),
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
    out.append(p + pad + [(f"Hollowbrook Homes \u00b7 Repairs Policy for Tenants RP-02 \u00b7 Version 5 \u00b7 "
                           f"Page {i} of {len(pages)}", 8, False, None)])
words = sum(len((" ".join(t) if isinstance(t, list) else t).split()) for k, t in doc if k != "COLS")
print(len(pages), "pages", words, "words")
(HERE / "docs").mkdir(exist_ok=True)
open(HERE / "docs" / "repairs-policy-for-tenants.pdf", "wb").write(make_pdf(out))
