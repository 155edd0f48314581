"""Builds docs/travel-and-conference-policy.pdf: adapted from oakridge's make_pdf.py (lines of Helvetica text
written by PDFium, table cells at fixed x positions, a footer with page numbers on every page). Words are never
split at hyphens, so quotes stay verbatim after text extraction."""
from pathlib import Path
HERE = Path(__file__).resolve().parents[1]  # tests/data/kestrel
import ctypes, io, textwrap

B = "\u2022 "
TITLE = "Travel and Conference Policy"

doc = [
 ("T", TITLE),
 ("P", "Kestrel Biosciences Ltd. Policy TP-03, version 6, in force from 1 October 2026. Approved by the "
       "Executive Team on 14 September 2026; next review September 2027. Owner: Rachel Okafor, Finance "
       "Director. This policy applies to all employees, PhD students funded by Kestrel and anyone whose "
       "travel Kestrel pays for, such as candidates invited to interview and visiting collaborators."),
 ("H", "1. Purpose and principles"),
 ("P", "Kestrel is a small company and every pound spent on travel is a pound not spent on research. We "
       "travel when meeting in person, presenting our work or learning a technique cannot sensibly be done "
       "online. When you travel on Kestrel business you should be safe, reasonably comfortable and able to "
       "do your job, and you should spend the company's money as carefully as you would spend your own."),
 ("B", "Choose the cheapest option that is practical for the trip, not the cheapest at any cost."),
 ("B", "Book early: most savings come from booking at least 14 days ahead."),
 ("B", "Use video calls for meetings between our Cambridge and Dundee sites unless there is a clear reason "
       "to meet in person."),
 ("B", "You will not be out of pocket for reasonable costs, and you must not gain from travelling."),
 ("H", "2. Approval before you travel"),
 ("P", "Every trip needs approval before anything is booked, through a Travel Request in Spendline. The "
       "approver depends on the total estimated cost of the trip, including travel, accommodation, meals "
       "and any conference fee:"),
 ("TR", ["Total estimated cost", "Who approves", "Request at least"]),
 ("TD", ["Up to £500", "Your line manager", "7 days before"]),
 ("TD", ["£500 to £3,000", "Your head of department", "14 days before"]),
 ("TD", ["Over £3,000", "The Finance Director", "28 days before"]),
 ("TD", ["Any trip outside Europe", "The Finance Director", "28 days before"]),
 ("P", "Trips to a country where the Foreign, Commonwealth and Development Office advises against all but "
       "essential travel also need the agreement of the Health and Safety Manager, whatever the cost. "
       "Travel by members of the Executive Team is approved by the Chief Executive."),
 ("H", "3. Booking"),
 ("P", "Book all flights, trains and hotels through Tripwise, our travel portal run by Northlight Travel. "
       "Tripwise shows only fares and hotels within this policy. If you find a cheaper fare elsewhere for "
       "the same journey, Northlight will match it; call them on 01632 960 288 before you book it "
       "yourself. Conference hotels booked through the conference organiser are the only exception."),
 ("P", "Northlight's out-of-hours line, 01632 960 289, is for changes and emergencies while you are "
       "travelling, 24 hours a day. Each booking made by phone costs Kestrel a fee of £12, so use the "
       "portal where you can."),
 ("H", "4. Getting there"),
 ("H", "4.1 Rail"),
 ("P", "Travel standard class by train. First class is allowed only for journeys of more than three hours "
       "where the first class fare, booked in advance, is no more than 20% above the standard fare. For "
       "journeys between Cambridge and Dundee you may book the Caledonian Sleeper in a standard room."),
 ("H", "4.2 Air"),
 ("P", "Fly economy class for flights of up to six hours. For flights of more than six hours you may book "
       "premium economy. Business class is never booked, except where the Finance Director agrees it for "
       "medical reasons, supported by a letter from Occupational Health. Within the UK, fly only where the "
       "train would take more than five hours door to door. Checked bags are paid for when you travel with "
       "equipment, samples or posters, or for trips of more than three nights."),
 ("H", "4.3 Cars and taxis"),
 ("P", "If you use your own car, Kestrel pays 45p a mile for the first 10,000 business miles in the tax "
       "year and 25p a mile after that, plus 5p a mile for each colleague who travels with you. Your "
       "insurance must cover business use. Hire cars are booked through Tripwise and should be the "
       "smallest car that fits the people and the luggage. Taxis are paid for only when there is no "
       "reasonable public transport, when you are carrying heavy equipment, or for journeys after 21:00."),
 ("H", "5. Accommodation and meals"),
 ("P", "Hotels are booked for the nights you need and no more. The table gives the most Kestrel will pay "
       "per night for a standard room with breakfast, and the most it will pay per day for other meals "
       "and soft drinks, including tips. Amounts are limits, not allowances: claim what you actually spend."),
 ("TR", ["Destination", "Hotel per night", "Meals per day"]),
 ("TD", ["London", "£190", "£45"]),
 ("TD", ["Cambridge and Dundee", "£120", "£35"]),
 ("TD", ["Rest of the UK", "£130", "£35"]),
 ("TD", ["Europe (EU, EEA, Switzerland)", "€180", "€55"]),
 ("TD", ["United States and Canada", "$280", "$75"]),
 ("TD", ["Rest of the world", "Agreed with Finance", "Agreed with Finance"]),
 ("P", "If a conference hotel costs more than the limit, you may book it when it is within 1 km of the "
       "venue, with your approver's agreement in the Travel Request. Alcohol, minibar items, in-room films "
       "and laundry for trips of fewer than five nights are not paid for. If you stay with friends or family "
       "instead of in a hotel, you may claim £25 a night towards a gift or meal for your hosts."),
 ("H", "6. Conferences"),
 ("P", "Conferences are one of the best ways for our scientists to learn and to show our work, and we "
       "want people at every level to go. The following rules apply to all conferences, courses and "
       "workshops that need travel:"),
 ("B", "Each scientist has a conference budget of £1,800 a year (January to December), which covers "
       "the registration fee, travel, accommodation and meals. Unused budget does not carry over."),
 ("B", "You may attend one international conference a year. A second is approved only if you are "
       "presenting a talk or a poster at it."),
 ("B", "For international conferences you must be presenting, or be a named author on a poster or talk "
       "presented by a colleague. UK meetings have no such requirement."),
 ("B", "PhD students have a separate budget of £1,200 a year from their studentship, approved by their "
       "Kestrel supervisor."),
 ("B", "No more than three Kestrel people attend the same conference, unless the Chief Scientific Officer "
       "agrees more."),
 ("P", "Submit a Conference Request in Spendline at least eight weeks before the early registration "
       "deadline, so that we pay the lower fee. Posters are printed by the Cambridge print room, which needs "
       "the final file five working days before you leave. Anything you present outside Kestrel must first "
       "be cleared by Legal and the IP team using the Disclosure Form, which takes up to ten working days. "
       "Within two weeks of coming back, post a one-page summary of what you learned on the R&D intranet."),
 ("H", "7. Claiming expenses"),
 ("P", "Employees at grade K5 and above have a Kestrel corporate card and use it for travel costs. "
       "Everyone else pays and claims the money back. Either way, every cost goes into Spendline with a "
       "photo of the receipt within 30 days of the end of the trip. Claims approved by the 20th of the "
       "month are paid with that month's salary; later claims are paid the month after. Costs of more than "
       "£10 need a receipt; for smaller costs with no receipt, a note in Spendline is enough. Claims "
       "made more than 90 days after the trip are not paid."),
 ("P", "Foreign currency costs are converted at the rate on your card statement, or at the Spendline rate "
       "for the date of the cost if you paid in cash. Lost receipts over £10 need a signed Missing "
       "Receipt Declaration, at most three times a year."),
 ("BR", ""),
 ("H", "8. Safety and insurance"),
 ("P", "Kestrel's business travel insurance covers all approved trips, including up to three days of "
       "personal travel added to a business trip. The policy number and the 24-hour assistance line, "
       "+44 1632 960 911, are on the intranet and on the back of the corporate card. Before travelling "
       "outside Europe, check the insurer's travel advice and register the trip in Tripwise so that we can "
       "contact you in an emergency. If you are carrying samples or lab materials, follow the shipping rules "
       "in the Equipment and Sample Procedures; never carry biological samples in hand luggage."),
 ("H", "9. Adding personal travel"),
 ("P", "You may add up to three days of holiday before or after a business trip, at your own cost, as long "
       "as the fare does not go up; if it does, you pay the difference. Partners and family may travel "
       "with you, but Kestrel pays nothing for them, and a shared hotel room is paid only up to the single "
       "room rate."),
 ("H", "10. What changed in version 6"),
 ("P", "Version 6 replaces version 5 (October 2024) from 1 October 2026. The London hotel limit rises from "
       "£160 to £190 a night and the United States and Canada limit from $250 to $280. The "
       "rule allowing premium economy on flights over six hours is new; before, it applied only to flights "
       "over eight hours. Mileage rates and the conference budget are unchanged. Trips booked before "
       "1 October 2026 follow version 5."),
]

COLS = [50, 250, 410]  # x positions of the table columns


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
    out.append(p + pad + [(f"Kestrel Biosciences Ltd \u00b7 Travel and Conference Policy TP-03 \u00b7 Version 6 \u00b7 Page {i} of {len(pages)}", 8, False)])
words = sum(len((" ".join(t) if isinstance(t, list) else t).split()) for _, t in doc)
print(len(pages), "pages", words, "words")
(HERE / "docs").mkdir(exist_ok=True)
open(HERE / "docs" / "travel-and-conference-policy.pdf", "wb").write(make_pdf(out))
