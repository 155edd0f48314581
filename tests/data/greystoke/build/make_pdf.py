"""Builds docs/school-booking-terms-and-prices-2033.pdf: hartwell's make_pdf.py (itself ashgrove's, saltmoor's and
earlier sets'): lines of Helvetica text written by PDFium, table cells at fixed x positions, a bold header row, a
footer with page numbers. Words are never split at hyphens, so quotes stay verbatim after text extraction. A table
row is ("TD", cells) and uses the column positions set by the last ("COLS", [...]) entry; ("N", text) is a numbered
step written like a bullet with its own number. Tables are kept on one page with the paragraph that introduces them,
and headings with the lines after them."""
from pathlib import Path
HERE = Path(__file__).resolve().parents[1]  # tests/data/greystoke
import ctypes, io, textwrap

B = "\u2022 "

doc = [
 ("T", "School Residential Booking Terms and Prices 2033"),
 ("P", "Greystoke Mountain Centre, Scarrow Road, Ulderby UX4 9GM, run by the Greystoke Outdoor Trust, registered "
       "charity 1190427. Terms BT-05, version 5. Approved by the trustees on 18 October 2032 and in force for all "
       "courses from Monday 3 January 2033; next review October 2033. Owner: Rosie Gallimore, Bookings Manager. This "
       "version replaces version 4 of October 2031."),
 ("H", "1. About these terms"),
 ("P", "These terms apply to residential courses and day visits booked by schools, academies and youth groups for "
       "pupils aged 8 to 18. Your booking confirmation in Cairnbook lists the course, dates and activities agreed; "
       "where it differs from these terms, the confirmation applies. Family adventure days, the public climbing "
       "sessions and the Bunkhouse have their own prices on our website, and these terms do not apply to them. "
       "All prices are per pupil and include VAT where it applies."),
 ("H", "2. What changed for 2033"),
 ("B", "The deposit is now £60 a pupil, instead of £50."),
 ("B", "The balance is now due 6 weeks before arrival, instead of 4 weeks."),
 ("B", "There is now one free place for a teacher for every 8 pupils, instead of every 10 pupils."),
 ("B", "The smallest group we take is now 16 pupils, instead of 20."),
 ("B", "Medical and dietary forms are now due 3 weeks before arrival, instead of 2 weeks."),
 ("H", "3. Course prices"),
 ("P", "Low season is November to February, mid season is March, April, September and October, and high season is "
       "May to July. We do not run school courses in August, when the Lodge is used for family holidays. Prices "
       "for each pupil for the whole course are:"),
 ("COLS", [50, 290, 380, 470]),
 ("TH", ["Course", "Low season", "Mid season", "High season"]),
 ("TD", ["2 nights, Mon to Wed or Wed to Fri", "£178", "£196", "£214"]),
 ("TD", ["3 nights, Mon to Thu or Tue to Fri", "£246", "£268", "£292"]),
 ("TD", ["4 nights, Mon to Fri", "£312", "£339", "£368"]),
 ("TD", ["Day visit, 10:00 to 15:30, with lunch", "£46", "£49", "£52"]),
 ("P", "Course prices include all meals from dinner on the day you arrive to a packed lunch on the day you leave, "
       "beds in shared rooms in the Lodge, activities led by qualified instructors, and all specialist equipment "
       "and waterproofs. They do not include travel to and from the centre, the ghyll scramble in Black Sike, which "
       "costs £14 a pupil and must be booked in advance, or the photo and certificate pack at £6 a pupil."),
 ("H", "4. Group sizes, teachers and supervision"),
 ("P", "The smallest group we take is 16 pupils; a smaller group is welcome but is charged as 16 pupils. The "
       "largest group is 52 pupils with up to 8 adults, which fills the 60 beds of the Lodge."),
 ("P", "We give one free place for a teacher or other adult from the school for every 8 pupils. Further adults pay "
       "£58 a night, meals included. At least two adults from the school must stay with every group, whatever "
       "its size."),
 ("P", "Teachers stay responsible for their pupils at all times outside activity sessions, including at mealtimes, "
       "in the evenings and at night. Our instructors supervise pupils only during activity sessions. Our night "
       "duty officer looks after the building and emergencies, and does not supervise pupils."),
 ("H", "5. Activities and minimum ages"),
 ("P", "Activities are chosen when you book and confirmed in Cairnbook 4 weeks before arrival. Each activity has a "
       "minimum age and a largest number of pupils for each instructor:"),
 ("COLS", [50, 250, 350, 460]),
 ("TH", ["Activity", "Minimum age", "Per instructor", "Where"]),
 ("TD", ["Indoor climbing and bouldering", "8", "10 pupils", "the Barn Wall"]),
 ("TD", ["Outdoor rock climbing", "11", "8 pupils", "Harrow Crag"]),
 ("TD", ["Open canoeing", "8", "10 pupils", "Scarrow Water"]),
 ("TD", ["Kayaking", "10", "8 pupils", "Scarrow Water"]),
 ("TD", ["Stand-up paddleboarding", "12", "8 pupils", "Scarrow Water"]),
 ("TD", ["Ghyll scramble", "11", "10 pupils", "Black Sike"]),
 ("TD", ["Hill walk to the summit", "10", "12 pupils", "Greystoke Pike"]),
 ("TD", ["Valley walk and bushcraft", "8", "15 pupils", "the woods and valley"]),
 ("P", "Pupils must have reached the minimum age on the first day of the course. We cannot make exceptions, even "
       "for confident pupils, but the instructors will offer them another activity at the same time."),
 ("P", "Pupils who cannot swim 25 metres can still take part in open canoeing and kayaking, wearing a buoyancy aid "
       "like everyone else, but not in paddleboarding. Please answer the water confidence question on each "
       "pupil's medical form."),
 ("H", "6. Booking and paying"),
 ("N", "1. Ask for a provisional booking in Cairnbook or by phone. We hold the dates for 14 days."),
 ("N", "2. Confirm the booking by paying a deposit of £60 a pupil on the number of pupils you expect. The deposit "
       "is not refundable, except as set out in section 7."),
 ("N", "3. Send your final numbers and pay the balance 6 weeks before arrival. We invoice through Cairnbook; you "
       "can pay by bank transfer or by card. We do not accept cheques."),
 ("N", "4. Send the medical and dietary form for every pupil through Cairnbook 3 weeks before arrival."),
 ("P", "After the balance is paid you may reduce your numbers by up to 10% without charge until 2 weeks before "
       "arrival. After that, the full price is charged for every pupil booked, whether or not they come. Extra "
       "pupils can be added at any time if beds are free."),
 ("H", "7. Cancellation"),
 ("P", "If you cancel, you pay according to when we receive your cancellation in writing:"),
 ("COLS", [50, 330]),
 ("TH", ["When you cancel", "What you pay"]),
 ("TD", ["More than 12 weeks before arrival", "the deposit only"]),
 ("TD", ["12 to 6 weeks before arrival", "50% of the course price"]),
 ("TD", ["Less than 6 weeks before arrival", "100% of the course price"]),
 ("P", "If we have to cancel your course, for example because the centre is closed by flooding or a power cut, we "
       "refund everything you have paid, including the deposit, or offer you new dates. We do not give refunds when "
       "the weather changes the activities: the instructors replace an activity that cannot go ahead with another "
       "one, and the price stays the same."),
 ("H", "8. Health, food and behaviour"),
 ("B", "Our kitchen cooks vegetarian, vegan, halal, gluten free and dairy free meals at no extra charge, if they "
       "are asked for on the dietary form."),
 ("B", "We do not cook with nuts, but some bought products may contain traces, so we cannot promise that any meal "
       "is nut free."),
 ("B", "Pupils bring their own medicines, which their teachers keep and give out."),
 ("B", "If a pupil's behaviour puts others at risk, the Head of Centre may stop them taking part. A pupil who is sent "
       "home must be collected at the school's cost, and no refund is given."),
 ("H", "9. Insurance"),
 ("P", "The Trust holds public liability insurance of £10 million and an adventure activities licence. Schools "
       "should arrange their own insurance for cancellation, illness and pupils' belongings; we are not responsible "
       "for phones or other valuables brought to the centre."),
 ("H", "10. Complaints"),
 ("N", "1. Tell your course leader or the Duty Manager during your stay, so that we can put it right straight away."),
 ("N", "2. After your stay, write to the Bookings Manager within 28 days. We reply within 10 working days."),
 ("N", "3. If you are still unhappy, write to the Head of Centre, who replies within 20 working days."),
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
    out.append(p + pad + [(f"Greystoke Mountain Centre \u00b7 School Residential Booking Terms and Prices BT-05 \u00b7 "
                           f"Version 5 \u00b7 Page {i} of {len(pages)}", 8, False, None)])
words = sum(len((" ".join(t) if isinstance(t, list) else t).split()) for k, t in doc if k != "COLS")
print(len(pages), "pages", words, "words")
(HERE / "docs").mkdir(exist_ok=True)
open(HERE / "docs" / "school-booking-terms-and-prices-2033.pdf", "wb").write(make_pdf(out))
