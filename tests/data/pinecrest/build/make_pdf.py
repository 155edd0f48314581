"""Builds docs/client-fees-and-payment-policy.pdf: adapted from quayside's make_pdf.py (itself adapted from
brightwater's, ashcombe's and fernhill's): lines of Helvetica text written by PDFium, table cells at fixed x
positions, a footer with page numbers. Words are never split at hyphens, so quotes stay verbatim after text
extraction. A table row is ("TD", cells) and uses the column positions set by the last ("COLS", [...]) entry;
("N", text) is a numbered step written like a bullet with its own number; ("BR", "") forces a page break."""
from pathlib import Path
HERE = Path(__file__).resolve().parents[1]  # tests/data/pinecrest
import ctypes, io, textwrap

B = "\u2022 "

doc = [
 ("T", "Client Fees, Deposits and Payment Policy"),
 ("P", "Pinecrest Veterinary Group Ltd: Pinecrest Vets, Mill Street, and Alder Bank Surgery, Alder Bank Parade, "
       "Hollinford. Policy CP-04, version 3. Approved by Fiona Blackwood, Group Practice Director, on 14 July 2027 "
       "and in force from 1 August 2027; next review July 2028. Owner: Priya Nandakumar, Practice Manager, "
       "Pinecrest Vets. This version replaces version 2 of February 2026."),
 ("H", "1. Purpose and scope"),
 ("P", "This policy sets out what clients pay for consultations and procedures at our two practices, when we ask "
       "for a deposit, when a bill can be spread over a payment plan, what we charge when an appointment is missed "
       "and what happens when a bill is not paid. It applies to vets, nurses and client care advisors at both "
       "practices and to locum and agency staff. Clients see a summary on our website; where the website and this "
       "policy differ, this policy applies. Whatever the state of an account, no animal in pain or distress is "
       "refused emergency first aid because its owner cannot pay at the time."),
 ("H", "2. What changed in version 3"),
 ("B", "The missed appointment fee for a consultation is now £25, instead of £15. The fee for a missed nurse "
       "clinic stays at £10."),
 ("B", "The deposit for planned operations and dental procedures is now 30% of the upper estimate, instead of "
       "20%, payable when the procedure is booked."),
 ("B", "Payment plans are now available for bills of £400 or more, instead of £600, and can run for up to 6 "
       "months, instead of 3 months."),
 ("B", "The out-of-hours consultation fee at Pinecrest Vets is now £185, instead of £160."),
 ("B", "The admin fee added to an account still unpaid after 30 days is now £15, instead of £10."),
 ("H", "3. Responsibilities"),
 ("P", "The Practice Manager at each practice applies this policy day to day, and the HR and Finance Manager, "
       "Tomas Novak, deals with unpaid accounts. Client Care Advisors take payments and deposits but may not waive "
       "a missed appointment fee or a deposit, and may not agree a payment plan. The Client Care Lead may waive a "
       "missed appointment fee. A Practice Manager may agree a payment plan and may waive a deposit of up to £500; "
       "anything above £500 needs the Clinical Director. The vet in charge of the case decides whether a case is "
       "an emergency. Every waiver is recorded in PawTrack with the reason."),
 ("H", "4. Standard fees"),
 ("P", "Fees include VAT and are reviewed each year. They differ between the practices, and some services are "
       "offered at Pinecrest Vets only:"),
 ("COLS", [50, 330, 450]),
 ("TH", ["Fee", "Pinecrest Vets", "Alder Bank Surgery"]),
 ("TD", ["Standard consultation (15 minutes)", "£54", "£49"]),
 ("TD", ["Long consultation or second opinion (30 minutes)", "£89", "£82"]),
 ("TD", ["Repeat consultation within 10 days", "£32", "£28"]),
 ("TD", ["Nurse clinic (20 minutes)", "£22", "£18"]),
 ("TD", ["Out-of-hours consultation", "£185", "Not offered"]),
 ("TD", ["Repeat prescription", "£16.50", "£16.50"]),
 ("TD", ["Home visit within 5 miles", "£95 plus consultation", "Not offered"]),
 ("P", "Reptiles, birds and other exotic species are seen only at Pinecrest Vets, by our exotics vet, and are "
       "always booked as a long consultation. Rabbits and guinea pigs are seen at both practices at the standard "
       "fees. Medicines, tests and procedures are charged in addition to the consultation. Members of the Pet "
       "Health Club get 10% off consultations that are not already included in their plan."),
 ("H", "5. Estimates and deposits"),
 ("P", "Before any planned procedure the vet gives the client a written estimate with a lower and an upper figure. "
       "If the cost is likely to go above the upper figure by more than 10%, we phone the client before going on, "
       "except in an emergency. We take a deposit when the procedure is booked, as follows:"),
 ("COLS", [50, 300]),
 ("TH", ["Procedure", "Deposit"]),
 ("TD", ["Routine neutering of a dog, cat or rabbit", "£50, when booking"]),
 ("TD", ["Dental procedures", "30% of the upper estimate, when booking"]),
 ("TD", ["Other planned operations", "30% of the upper estimate, when booking"]),
 ("TD", ["First operation for a new client", "50% of the upper estimate, when booking"]),
 ("TD", ["Hospital stay of more than 24 hours", "£300 on admission, then the bill to date every 3 days"]),
 ("P", "Pet Health Club members pay no deposit for routine neutering. The balance of every bill is paid when the "
       "animal goes home. Deposits are not taken for emergency operations; the client is given an estimate as soon "
       "as the animal is stable."),
 ("H", "6. Payment plans"),
 ("P", "A client may spread a bill of £400 or more over up to 6 monthly payments, with no interest, if they have "
       "been registered with us for at least 12 months and have no unpaid balance. Payment plans are not offered "
       "for repeat prescriptions, food or Pet Health Club fees. To set one up:"),
 ("N", "1. The vet confirms the final bill, or the estimate for a planned procedure, in PawTrack."),
 ("N", "2. The Client Care Advisor checks that the client has been registered for 12 months and has no unpaid "
       "balance, and fills in form CF-3 with the client."),
 ("N", "3. The Practice Manager approves the plan and signs form CF-3. When the Practice Manager is not on site, "
       "the plan waits until the next working day; the Client Care Advisor does not approve it."),
 ("N", "4. Take the first payment of 25% of the bill by card on the day, and set up a direct debit for the rest "
       "on the 1st of each month."),
 ("N", "5. Record the plan in PawTrack, which sends the client a reminder 5 days before each payment."),
 ("P", "If a payment is missed, the plan ends and the whole balance is due within 14 days. A client whose plan has "
       "ended in this way cannot start another plan for 12 months."),
 ("H", "7. Pet insurance"),
 ("P", "Clients with pet insurance normally pay us in full and claim back from their insurer; we complete the "
       "claim form for them free of charge. For bills of £500 or more we will claim direct from an insurer on our "
       "approved list, once the insurer has confirmed cover in writing. The client then pays the policy excess and "
       "a £20 claim handling fee on the day. If the insurer later refuses the claim, the client pays the balance "
       "within 30 days."),
 ("H", "8. Cancellations and missed appointments"),
 ("P", "Consultations and nurse clinics can be cancelled or moved free of charge up to 24 hours before the "
       "appointment, by phone, by email or through the online booking page. Operations and dental procedures can "
       "be cancelled or moved free of charge up to 48 hours before the admission time. Appointments cancelled later "
       "than that, or missed, are charged as follows:"),
 ("COLS", [50, 300]),
 ("TH", ["Appointment", "Cancelled late or missed"]),
 ("TD", ["Consultation", "£25"]),
 ("TD", ["Nurse clinic", "£10"]),
 ("TD", ["Operation or dental procedure", "The deposit is kept"]),
 ("TD", ["Home visit", "The full home visit fee"]),
 ("P", "The first missed consultation or nurse clinic in any 12 months is not charged; the client is sent a copy "
       "of this section instead. A client who arrives more than 10 minutes late is treated as having missed the "
       "appointment if the vet cannot still see the animal. The deposit for an operation is returned if the vet "
       "agrees that the animal was too unwell to be admitted, or in the case of a bereavement."),
 ("H", "9. Unpaid accounts"),
 ("P", "Payment is due when the animal is seen or goes home. When a bill is not paid on the day:"),
 ("N", "1. PawTrack emails a reminder after 14 days."),
 ("N", "2. After 30 days a second reminder is sent by post, and an admin fee of £15 is added to the account."),
 ("N", "3. After 60 days the HR and Finance Manager may pass the debt to Hollinford Credit Services, and the client "
       "is asked to pay in advance for any treatment that is not an emergency."),
 ("P", "We never keep an animal at the practice as security for an unpaid bill."),
 ("H", "10. Records"),
 ("P", "We keep the following records, in PawTrack unless stated. Full card numbers are never written down or "
       "kept outside the card terminal:"),
 ("COLS", [50, 300, 420]),
 ("TH", ["Record", "Kept for", "Responsible"]),
 ("TD", ["Clinical records", "7 years after the last visit", "Clinical Director"]),
 ("TD", ["Invoices and payments", "6 years", "HR and Finance"]),
 ("TD", ["Payment plan forms (CF-3)", "6 years", "HR and Finance"]),
 ("TD", ["Insurance claim forms", "3 years", "Client Care Lead"]),
 ("TD", ["Card terminal receipts", "18 months", "Practice Managers"]),
 ("H", "11. Review"),
 ("P", "This policy is reviewed every year by the Practice Managers and approved by the Group Practice Director, "
       "or sooner after a change in the law or in the RCVS Code of Professional Conduct."),
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
    out.append(p + pad + [(f"Pinecrest Veterinary Group Ltd \u00b7 Client Fees, Deposits and Payment Policy CP-04 \u00b7 Version 3 \u00b7 "
                           f"Page {i} of {len(pages)}", 8, False, None)])
words = sum(len((" ".join(t) if isinstance(t, list) else t).split()) for k, t in doc if k != "COLS")
print(len(pages), "pages", words, "words")
(HERE / "docs").mkdir(exist_ok=True)
open(HERE / "docs" / "client-fees-and-payment-policy.pdf", "wb").write(make_pdf(out))
