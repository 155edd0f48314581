"""Builds docs/archive-access-and-copying-policy.pdf: adapted from yarrowby's make_pdf.py (itself wrenfield's and
earlier sets'): lines of Helvetica text written by PDFium, table cells at fixed x positions, a bold header row,
a footer with page numbers. Words are never split at hyphens, so quotes stay verbatim after text extraction. A table
row is ("TD", cells) and uses the column positions set by the last ("COLS", [...]) entry; ("N", text) is a numbered
step written like a bullet with its own number."""
from pathlib import Path
HERE = Path(__file__).resolve().parents[1]  # tests/data/alderley
import ctypes, io, textwrap

B = "\u2022 "

doc = [
 ("T", "Archive Access and Copying Policy"),
 ("P", "Alderley Libraries & Archives, Fairbank House, Mill Road, Alderley AV2 6TE. Policy AC-02, version 4. "
       "Approved by the Communities Committee of Alderley Valley Council on 14 November 2029 and in force from "
       "Monday 7 January 2030; next review November 2032. Owner: Dr Ruairi Connolly, County Archivist. This "
       "version replaces version 3 of September 2026."),
 ("H", "1. About this policy"),
 ("P", "This policy tells readers how to use the searchroom at Alderley Archives and the Local Studies Room at "
       "Alderley Central Library: getting a reader's ticket, ordering documents, which records are closed, how to "
       "handle originals and what we charge for copies. It does not cover borrowing from our libraries, which "
       "has its own rules, or records that other organisations have lent to us for an exhibition."),
 ("H", "2. What changed in version 4"),
 ("B", "A reader's ticket now lasts 5 years, instead of 3 years."),
 ("B", "You can now order up to 20 documents a day in the searchroom, instead of 15."),
 ("B", "Documents kept at the Greystone Lane outstore now need 3 working days' notice, instead of 5."),
 ("B", "A day permit to use your own camera now costs £6, instead of £10, and a yearly permit £45, instead "
       "of £60."),
 ("B", "A printout from microfilm or a digital image now costs 60p for A4, instead of 50p."),
 ("B", "Our research service now costs £32 for each half hour, instead of £28."),
 ("B", "The last order in the searchroom is now at 15:30 on weekdays, instead of 16:00."),
 ("H", "3. Your reader's ticket"),
 ("P", "You need a free reader's ticket to see original documents in the searchroom. You do not need one for the "
       "Local Studies Room, microfilm or the printed collections. To get a ticket, register online before your "
       "first visit and bring proof of your name and address, such as a driving licence, or a passport with a "
       "bank statement or council tax bill from the last 3 months. Tickets last 5 years. Young people aged 14 "
       "to 17 can have their own ticket with a parent's signed consent; children under 14 can use the "
       "searchroom only with an adult who holds a ticket."),
 ("H", "4. Visiting and ordering documents"),
 ("P", "The searchroom has 24 seats, 4 microfilm readers and 2 map tables. Please book a seat at least 1 working "
       "day before you visit, on our website or by phone on 0113 496 0200. The Local Studies Room does not take "
       "bookings. To order and use documents:"),
 ("N", "1. Find the reference of each document in our online catalogue, Alderley Archives Online."),
 ("N", "2. Order up to 6 documents in advance, online, at least 2 working days before your visit, so that they "
       "are waiting for you when you arrive."),
 ("N", "3. On the day, order more at the desk. You can order up to 20 documents a day, including the ones you "
       "ordered in advance."),
 ("N", "4. Documents are fetched every 30 minutes, from 09:45. The last order is at 15:30 on weekdays, 18:00 "
       "on Thursdays and 12:00 on Saturdays."),
 ("N", "5. You can have up to 3 documents at your desk at a time, and up to 2 maps or plans on a map table."),
 ("N", "6. Ask us to keep documents for your next visit. We keep them for up to 10 working days."),
 ("P", "Some collections are kept at our Greystone Lane outstore in Whinfell. These are marked \"Outstore\" in "
       "the catalogue and need 3 working days' notice. We bring them to Fairbank House on Tuesdays and "
       "Thursdays only. Documents that are too fragile to handle are marked \"Unfit\" and cannot be produced "
       "until they are repaired; ask whether a copy or microfilm can be used instead."),
 ("H", "5. Closed and restricted records"),
 ("P", "Most records are open to everyone once they are catalogued. Records that hold personal information are "
       "closed for a set time, counted from the date of the latest entry unless the table says otherwise. Ask "
       "at the desk if you think you have a right to see a closed record:"),
 ("COLS", [50, 250, 390]),
 ("TH", ["Type of record", "Closed for", "Who may see it earlier"]),
 ("TD", ["Adoption records", "100 years", "The adopted person, through a counsellor"]),
 ("TD", ["Hospital patient records", "100 years", "The patient, with proof of identity"]),
 ("TD", ["Juvenile court registers", "100 years", "Nobody"]),
 ("TD", ["Magistrates' court registers (adult)", "30 years", "Nobody"]),
 ("TD", ["Coroners' inquest files", "75 years", "Next of kin, with the coroner's consent"]),
 ("TD", ["School admission registers", "75 years", "The former pupil, with proof of identity"]),
 ("TD", ["Council staff personnel files", "75 years", "The employee"]),
 ("TD", ["Council minutes (confidential items)", "30 years", "Nobody"]),
 ("TD", ["Parish registers of baptisms", "Open", "Baptisms after 1929 on microfilm only"]),
 ("TD", ["Electoral registers", "Open", "Edited registers only for the last 10 years"]),
 ("P", "The 100 years for hospital patient records runs from the date of the last entry about the patient, and "
       "for adoption records from the date of the adoption order. If you are refused access, you can ask for "
       "the decision to be reviewed by the County Archivist."),
 ("H", "6. Handling original documents"),
 ("B", "Use pencil only. Pens, ink, highlighters, tracing paper and sticky notes are not allowed."),
 ("B", "Laptops, tablets and phones on silent are welcome, but not their cases."),
 ("B", "Leave bags and coats in the lockers, which take a £1 coin that you get back."),
 ("B", "Use the foam supports and weights for bound volumes, and turn pages by their corners."),
 ("B", "Do not eat or drink in the searchroom. Water in a bottle with a lid is allowed in the lobby."),
 ("B", "Do not wear gloves for paper or parchment; we give you gloves for photographs and negatives."),
 ("H", "7. Copies and charges"),
 ("P", "You may copy documents for your own research, subject to copyright and the condition of the document. "
       "Our charges, including VAT where it applies:"),
 ("COLS", [50, 300, 445]),
 ("TH", ["Copy or service", "Own research", "Publication or commercial"]),
 ("TD", ["A4 printout from microfilm or a digital image", "60p", "60p plus a licence"]),
 ("TD", ["A3 printout from microfilm or a digital image", "£1.20", "£1.20 plus a licence"]),
 ("TD", ["Digital image made by our staff (each)", "£7.50", "£25"]),
 ("TD", ["Own camera, day permit", "£6", "Not allowed"]),
 ("TD", ["Own camera, yearly permit", "£45", "Not allowed"]),
 ("TD", ["Certified copy for a court", "£18", "£18"]),
 ("TD", ["Research service (each half hour)", "£32", "£32"]),
 ("TD", ["Posting copies in the UK", "£3.50", "£3.50"]),
 ("P", "We do not photocopy originals. Staff-made images of bound volumes, maps larger than A3 and documents in "
       "poor condition can be made only if the Conservator agrees, and may take up to 20 working days. Flash is "
       "never allowed. Members of the Friends of Alderley Archives get 10% off digital images made by our "
       "staff, but not off camera permits. Pupils under 18 working on a school project get up to 10 A4 "
       "printouts free on each visit."),
 ("P", "Copies are for your own research or private study unless you buy a licence. If a document is still in "
       "copyright and the owner is not us, we can copy only a single copy of a reasonable part of it. Ask us "
       "before you put images of our documents on a website; family history sites and blogs are licensed free "
       "if you credit Alderley Archives and give the reference."),
 ("H", "8. Group visits"),
 ("P", "Groups of 6 to 12 people, such as family history societies and school classes, can book a group "
       "session on a Monday morning, when the searchroom is closed to other readers. A session lasts up to 2 "
       "hours, with an archivist, and costs £40 for a society or other adult group. Sessions are free for "
       "schools in the Alderley district and £25 for schools outside it. Book at least 4 weeks ahead. Groups "
       "of more than 12 can visit only the Local Studies Room, where up to 25 people can be seated."),
 ("H", "9. Giving or lending records to us"),
 ("P", "We collect records about the Alderley district and its people, organisations and places. You can give "
       "records to us as a gift, or deposit them on long-term loan and keep the ownership. We assess every "
       "offer within 30 working days and tell you whether we can take it. Records with mould or insects are "
       "kept apart and may be frozen before they come into a strongroom. Depositors can take records back "
       "with 3 months' written notice, but we may ask them to pay for any repairs and cataloguing we have done."),
 ("H", "10. If you cannot visit"),
 ("P", "Our research service searches records for you, at £32 for each half hour, with a minimum of one half "
       "hour paid in advance. We reply to written enquiries within 15 working days; enquiries that need a "
       "search are answered within 20 working days. We can post copies, or email images up to 20 MB. Readers "
       "with a disability can ask for a seat near the desk, a magnifier or the hearing loop at the desk."),
 ("H", "11. Withdrawing a reader's ticket"),
 ("P", "We may withdraw a ticket if a reader damages a document, breaks the handling rules again after a written "
       "warning, or is abusive to staff or other readers. A first withdrawal lasts 6 months. A reader who "
       "removes or steals a document loses their ticket for good, and we report it to the police."),
 ("H", "12. Comments and complaints"),
 ("P", "If you are unhappy with our service, tell the desk first; most problems can be sorted out on the day. To "
       "make a formal complaint:"),
 ("N", "1. Write to us, or use the complaints form on the council's website, giving your reader's ticket "
       "number."),
 ("N", "2. Stage 1: the Searchroom Supervisor replies within 10 working days."),
 ("N", "3. Stage 2: if you are still unhappy, ask within 20 working days for a review. The County Archivist "
       "replies within 15 working days."),
 ("N", "4. After Stage 2 you can ask the Local Government and Social Care Ombudsman to look at your complaint."),
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
    out.append(p + pad + [(f"Alderley Libraries & Archives \u00b7 Archive Access and Copying Policy AC-02 \u00b7 Version 4 \u00b7 "
                           f"Page {i} of {len(pages)}", 8, False, None)])
words = sum(len((" ".join(t) if isinstance(t, list) else t).split()) for k, t in doc if k != "COLS")
print(len(pages), "pages", words, "words")
(HERE / "docs").mkdir(exist_ok=True)
open(HERE / "docs" / "archive-access-and-copying-policy.pdf", "wb").write(make_pdf(out))
