"""Builds docs/berth-holder-terms.pdf: alderley's make_pdf.py (itself yarrowby's, wrenfield's and earlier sets'):
lines of Helvetica text written by PDFium, table cells at fixed x positions, a bold header row, a footer with page
numbers. Words are never split at hyphens, so quotes stay verbatim after text extraction. A table row is ("TD",
cells) and uses the column positions set by the last ("COLS", [...]) entry; ("N", text) is a numbered step written
like a bullet with its own number. Tables are kept on one page with the paragraph that introduces them, and headings
with the lines after them."""
from pathlib import Path
HERE = Path(__file__).resolve().parents[1]  # tests/data/saltmoor
import ctypes, io, textwrap

B = "\u2022 "

doc = [
 ("T", "Berth Holder and Customer Terms"),
 ("P", "Saltmoor Marina & Boatyard Ltd, Quay Road, Saltmoor QM4 2RB. Terms BT-06, version 6. Approved by the "
       "directors on 20 January 2031 and in force from Tuesday 1 April 2031; next review January 2033. Owner: "
       "Declan Ferris, Marina Manager. This version replaces version 5 of April 2028."),
 ("H", "1. About these terms"),
 ("P", "These terms apply to everyone who keeps a boat with us: berth holders on the pontoons at Saltmoor Quay, "
       "mooring holders at Pellow Creek, boats stored ashore at Pellow Creek and visitors staying overnight at "
       "either site. They also cover lifting, storage and the use of our facilities. Repairs by our workshop are "
       "quoted and agreed separately and are not priced here. By signing a berth or mooring agreement, or by "
       "staying overnight as a visitor, you accept these terms."),
 ("H", "2. What changed in version 6"),
 ("B", "Electricity on the pontoons now costs 38p per kWh, instead of 32p."),
 ("B", "Summer visitor berths at Saltmoor Quay now cost £3.20 per metre per night, instead of £2.90."),
 ("B", "You now need to give 2 months' written notice to end an annual agreement, instead of 1 month."),
 ("B", "The discount for paying an annual agreement in full by 1 April is now 5%, instead of 3%."),
 ("B", "The late payment charge is now £45, instead of £30."),
 ("B", "Your third party insurance must now cover at least £3 million, instead of £2 million."),
 ("B", "Lift-outs must now be booked at least 10 working days ahead, instead of 5 working days."),
 ("H", "3. Agreements and seasons"),
 ("P", "You can take a berth or mooring for a year or for one season. An annual agreement runs from 1 April to 31 "
       "March. The summer season runs from 1 April to 30 September and the winter season from 1 October to 31 "
       "March. Each agreement is for one named boat in one allocated berth or mooring; we may move you to another "
       "berth of the same size if we need to, with 7 days' notice except in an emergency. You may not sublet or "
       "lend your berth, and a berth does not pass to a new owner when you sell your boat. If you want a berth "
       "and none is free, we put you on the waiting list for the site you choose, with a refundable deposit of "
       "£50."),
 ("P", "Boats are measured by length overall (LOA), including bowsprits, davits, outboard brackets and anything "
       "else that sticks out. We measure any boat whose length seems to differ from its agreement, and charge "
       "the right band from the start of the agreement. Catamarans and other multihulls pay 50% more than a "
       "monohull of the same length."),
 ("H", "4. Berth and mooring charges"),
 ("P", "Pontoon berths at Saltmoor Quay, for each boat, including VAT. Pontoon berths include water and access to "
       "the showers and laundry; electricity is extra:"),
 ("COLS", [50, 230, 345, 460]),
 ("TH", ["Length band", "Annual", "Summer season", "Winter season"]),
 ("TD", ["Up to 8 m", "£2,940", "£2,150", "£1,280"]),
 ("TD", ["8.01 to 10 m", "£3,860", "£2,790", "£1,650"]),
 ("TD", ["10.01 to 12 m", "£4,980", "£3,590", "£2,120"]),
 ("TD", ["12.01 to 14 m", "£6,240", "£4,480", "£2,640"]),
 ("TD", ["Over 14 m (each metre)", "£470", "£340", "£200"]),
 ("P", "Swinging moorings at Pellow Creek, for each boat, including VAT and the use of the Pellow Creek dinghy "
       "pontoon. The moorings take boats up to 12 m only and have no water or electricity:"),
 ("COLS", [50, 230, 345, 460]),
 ("TH", ["Length band", "Annual", "Summer season", "Winter season"]),
 ("TD", ["Up to 8 m", "£1,120", "£860", "£480"]),
 ("TD", ["8.01 to 10 m", "£1,460", "£1,090", "£620"]),
 ("TD", ["10.01 to 12 m", "£1,840", "£1,380", "£790"]),
 ("P", "Visitors pay for each metre of length each night. At Saltmoor Quay a visitor berth costs £3.20 per metre "
       "per night in the summer season and £2.10 in the winter season. A visitor mooring at Pellow Creek costs "
       "£2.40 per metre per night in the summer season and £1.60 in the winter season. Boats under 8 m pay for 8 "
       "m. A short stay at Saltmoor Quay of up to 4 hours, for example to visit the café or chandlery, costs a "
       "flat £12. Visitors who book and pay for 7 nights in advance get the seventh night free."),
 ("P", "Electricity on the pontoons at Saltmoor Quay costs 38p per kWh, paid through a prepaid meter card from the "
       "marina office. There is no electricity on the Pellow Creek moorings. Ashore at Pellow Creek, boats can "
       "plug in for up to 2 hours a day for free to charge batteries."),
 ("H", "5. Paying"),
 ("P", "We send annual and season invoices in February for agreements that start on 1 April, and in August for "
       "winter agreements. To pay:"),
 ("N", "1. Pay in full by 1 April (or by 1 October for a winter agreement). Annual agreements paid in full by "
       "1 April get a 5% discount."),
 ("N", "2. Or pay an annual agreement by direct debit in 10 monthly instalments, from April to January. There is "
       "no discount, and the first instalment is due on 1 April."),
 ("N", "3. Pay for visitor nights, lifts and storage at the marina office or boatyard reception before you leave, "
       "or from a BerthWise account if you have one."),
 ("N", "4. If an invoice is not paid within 30 days of its due date, we add a late payment charge of £45 and "
       "stop any direct debit arrangement."),
 ("P", "If charges are still unpaid 90 days after the due date, we may refuse to launch, lift or move your boat "
       "and keep it until you pay. After 6 months, and after writing to you twice, we may sell the boat to cover "
       "the debt and our costs, and pay you anything left over."),
 ("H", "6. Lifting and storage ashore at Pellow Creek"),
 ("P", "The 50-tonne boat hoist at Pellow Creek lifts boats up to 14 m long and 4.8 m wide. Book lifts at the "
       "boatyard reception at least 10 working days ahead. Charges for each boat, including VAT:"),
 ("COLS", [50, 290, 360, 430, 500]),
 ("TH", ["Service", "Up to 8 m", "8.01 to 10 m", "10.01 to 12 m", "12.01 to 14 m"]),
 ("TD", ["Lift out and relaunch (both ways)", "£290", "£360", "£450", "£560"]),
 ("TD", ["Lift and hold in the slings (1 hour)", "£150", "£185", "£230", "£285"]),
 ("TD", ["Pressure wash of the hull", "£70", "£90", "£115", "£140"]),
 ("TD", ["Storage ashore (each month)", "£165", "£210", "£265", "£320"]),
 ("TD", ["Winter ashore package", "£1,290", "£1,640", "£2,080", "£2,540"]),
 ("P", "The winter ashore package covers a lift out in October, a pressure wash, storage ashore until 30 April "
       "and a relaunch in April, and costs less than paying for them one by one. Boats stored ashore must have "
       "sails and canvas taken off and be on our cradles or stands; you may use your own cradle only if our "
       "Workshop Foreman has checked it. Boats left ashore after 30 April pay storage for each month or part of "
       "a month. At Saltmoor Quay the mast crane steps or unsteps a mast for £75 each time."),
 ("H", "7. Rules at both sites"),
 ("B", "Keep to 3 knots in the marina basin at Saltmoor Quay and 5 knots in Pellow Creek, and make no wash."),
 ("B", "Refuel only at the fuel pontoon, except for portable outboard tanks of up to 25 litres, filled ashore."),
 ("B", "No barbecues, open flames or smoking on the pontoons or the fuel pontoon."),
 ("B", "Keep dogs on a lead on the pontoons and clean up after them."),
 ("B", "No sanding, spraying or hot work on the pontoons; do these ashore at Pellow Creek with a permit."),
 ("B", "Do not swim, fish or use a paddleboard in the marina basin."),
 ("B", "You may sleep on board for up to 3 nights a week without our permission; living aboard needs a "
       "liveaboard agreement."),
 ("P", "Contractors who are not our staff must sign in at the marina office or the boatyard reception, show "
       "public liability insurance of at least £2 million, and pay a contractor fee of £15 a day."),
 ("H", "8. Insurance and your boat"),
 ("P", "Your boat must have third party insurance that covers at least £3 million, including the cost of removing "
       "a wreck. Send us a copy of your certificate before your agreement starts and each year by 1 April. You "
       "are responsible for your boat, its mooring lines and fenders, and for keeping it in a safe and seaworthy "
       "state. We are not liable for loss or damage to boats or belongings unless it is caused by our negligence."),
 ("H", "9. Ending an agreement"),
 ("P", "You can end an annual agreement by giving us 2 months' written notice. We refund the unused whole months, "
       "less an administration fee of £95. Summer and winter season agreements and visitor nights are not "
       "refunded. We may end an agreement with 1 month's notice if you break these terms seriously or more than "
       "once, or at once if your boat is a danger to others."),
 ("H", "10. Comments and complaints"),
 ("P", "Most problems can be sorted out at the marina office or the boatyard reception on the day. To make a formal "
       "complaint:"),
 ("N", "1. Write to the Marina Manager (for Saltmoor Quay) or the Boatyard Manager (for Pellow Creek), giving your "
       "berth or mooring number."),
 ("N", "2. Stage 1: the manager replies within 10 working days."),
 ("N", "3. Stage 2: if you are still unhappy, ask within 20 working days for a review. The Managing Director "
       "replies within 15 working days."),
 ("N", "4. After Stage 2 you can take your complaint to the Marine Trades Dispute Service, which is free for "
       "berth holders."),
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
    out.append(p + pad + [(f"Saltmoor Marina & Boatyard \u00b7 Berth Holder and Customer Terms BT-06 \u00b7 Version 6 \u00b7 "
                           f"Page {i} of {len(pages)}", 8, False, None)])
words = sum(len((" ".join(t) if isinstance(t, list) else t).split()) for k, t in doc if k != "COLS")
print(len(pages), "pages", words, "words")
(HERE / "docs").mkdir(exist_ok=True)
open(HERE / "docs" / "berth-holder-terms.pdf", "wb").write(make_pdf(out))
