"""Builds docs/data-protection-cctv-policy.pdf: adapted from oakridge's make_pdf.py (lines of Helvetica text written
by PDFium, table cells at fixed x positions, a footer with page numbers). Words are never split at hyphens, so quotes
stay verbatim after text extraction. A table row is ("TD", cells) and uses the column positions set by the last
("COLS", [...]) entry."""
from pathlib import Path
HERE = Path(__file__).resolve().parents[1]  # tests/data/fernhill
import ctypes, io, textwrap

B = "\u2022 "

doc = [
 ("T", "Data Protection and CCTV Policy"),
 ("P", "Fernhill Borough Libraries. Policy IG-04, version 3. Approved by the Libraries Management Team on 6 September "
       "2027 and in force from 1 November 2027; next review September 2029. Owner: Ravi Chandran, Service Development "
       "Manager and Libraries Data Lead. This version replaces version 2 of March 2024."),
 ("H", "1. Purpose and scope"),
 ("P", "Fernhill Borough Libraries is part of Fernhill Borough Council, which is the data controller for all the "
       "personal information the library service holds. This policy explains what personal information we hold "
       "about library members, visitors, volunteers and staff, how long we keep it, how we use closed circuit "
       "television (CCTV) in our buildings, and what every member of staff and every volunteer must do to keep "
       "that information safe. It applies at all seven branches, on the mobile library and in the Home Library "
       "Service, and to agency workers and contractors as well as to employees and volunteers."),
 ("H", "2. What changed in version 3"),
 ("B", "Routine CCTV footage is now kept for 31 days instead of 14 days, so that incidents reported late can "
       "still be investigated."),
 ("B", "New cameras at Kingsmere Library (installed in August 2027) are covered by this policy."),
 ("B", "Public computer session logs are now kept for 90 days instead of 12 months."),
 ("B", "Police requests for footage must now be made on form DP7 and approved by the Libraries Data Lead; branch "
       "staff no longer hand over footage directly."),
 ("H", "3. Roles and responsibilities"),
 ("P", "The council's Data Protection Officer (DPO), Anita Kowalczyk, advises on the law, keeps the council's "
       "register of breaches and is the contact for the Information Commissioner's Office (ICO). The Libraries "
       "Data Lead, Ravi Chandran, is responsible for this policy within the library service, approves every "
       "release of CCTV footage and decides who may view it. Branch managers are responsible for the CCTV "
       "system at their own branch, for the viewing log and for making sure their staff complete the annual "
       "data protection e-learning. Every member of staff and every volunteer is responsible for handling "
       "personal information carefully and for reporting a breach as soon as they notice it."),
 ("H", "4. Information we hold about members"),
 ("P", "When someone joins, we record their name, address, date of birth, email address and phone number, and "
       "their card number and card type. For children under 12 we also record the name and contact details of "
       "the parent or carer who signed the form. While a member has items on loan we hold what they have "
       "borrowed, their reservations and any charges they owe."),
 ("P", "We do not keep a record of what a member has borrowed once an item is returned, unless the member has "
       "switched on the optional My Reading History feature in their online account. Staff must never tell "
       "anyone, including a member's partner or parent, what another adult member has borrowed. A parent or "
       "carer may ask what is on loan on the card of their own child aged under 12."),
 ("H", "5. Why we use personal information"),
 ("P", "We use members' information to run the library service, which is a public task of the council: to lend "
       "items, send reminders, collect charges and keep buildings safe. We only send newsletters and event news "
       "to members who have ticked the box to agree to them, and they can withdraw that consent at any time at "
       "the counter or online. We never sell or share members' details for marketing."),
 ("H", "6. CCTV in our libraries"),
 ("P", "CCTV is used to protect customers, staff and buildings, to help prevent and detect crime, and to "
       "support the investigation of accidents and complaints. It is never used to monitor the everyday work "
       "of staff. Cameras are installed at the following branches:"),
 ("COLS", [50, 230, 330]),
 ("TH", ["Branch", "Cameras", "Recorder and monitor"]),
 ("TD", ["Central Library", "14", "Staff office, ground floor"]),
 ("TD", ["Brookside Library", "6", "Branch manager's office"]),
 ("TD", ["Westgate Library", "5", "Branch manager's office"]),
 ("TD", ["Kingsmere Library", "4", "Workroom, locked cabinet"]),
 ("P", "There are no cameras at Ashby Green, Hollins Park or Oldfield libraries. Cameras never cover toilets, "
       "baby-change rooms or staff rest areas, and they do not record sound. A sign at every public entrance "
       "of a branch with CCTV says that cameras are in use, why, and who to contact."),
 ("H", "7. Viewing CCTV footage"),
 ("P", "Live pictures may be watched by any member of staff on duty. Recorded footage may only be viewed by the "
       "branch manager, the Duty Manager at Central or the Libraries Data Lead, and only for one of the purposes "
       "in section 6. Every viewing is written in the CCTV viewing log (form CC3) with the date, the reason and "
       "the names of everyone present. Footage must never be copied to a personal phone or shown to a customer."),
 ("P", "If an incident happens that may need footage later, the branch manager saves the relevant recording to "
       "the encrypted incident folder within 7 days, before it is overwritten, and records this on the ReportIt "
       "incident form."),
 ("H", "8. Requests for footage and information"),
 ("P", "Anyone may ask for a copy of the personal information we hold about them, including footage in which "
       "they appear. This is a subject access request. It is free, may be made in writing or in person, and must "
       "be passed to the Libraries Data Lead on the day it is received. We answer within one month; other people "
       "in the footage are blurred before it is released."),
 ("P", "The police may ask for footage or member details to help investigate a crime. The request must be made "
       "on form DP7, signed by an officer of the rank of sergeant or above, and approved by the Libraries Data "
       "Lead, or by the DPO when the Data Lead is away. In an emergency where someone's life is at risk, the Duty "
       "Manager may give the police information by phone and must tell the Data Lead the same day. Requests from "
       "insurers and solicitors are sent to the council's legal team."),
 ("H", "9. How long we keep information"),
 ("P", "Information is kept for the periods below and then securely deleted or shredded. A branch must not keep "
       "its own copies of anything on this list for longer."),
 ("COLS", [50, 270, 420]),
 ("TH", ["Record", "Kept for", "Deleted by"]),
 ("TD", ["CCTV footage (routine)", "31 days", "Overwritten automatically"]),
 ("TD", ["CCTV footage saved for an incident", "6 months after case closed", "Libraries Data Lead"]),
 ("TD", ["Member record, no loans or charges", "2 years after last use", "LibraryHub, automatically"]),
 ("TD", ["Member record with unpaid charges", "6 years after last activity", "LibraryHub, automatically"]),
 ("TD", ["My Reading History", "Until the member opts out", "LibraryHub, automatically"]),
 ("TD", ["Public computer session logs", "90 days", "IT service, automatically"]),
 ("TD", ["Public Wi-Fi connection logs", "12 months", "IT service, automatically"]),
 ("TD", ["Incident report forms (ReportIt)", "6 years", "Libraries Data Lead"]),
 ("TD", ["Home Library Service customer notes", "1 year after service ends", "Volunteer Coordinator"]),
 ("TD", ["Volunteer records", "2 years after leaving", "Volunteer Coordinator"]),
 ("TD", ["Event booking lists", "1 month after the event", "Branch manager"]),
 ("TD", ["CCTV viewing log (form CC3)", "3 years", "Branch manager"]),
 ("P", "Under version 2 of this policy routine CCTV footage was kept for 14 days; recordings made before 1 "
       "November 2027 continue to be overwritten on that cycle."),
 ("H", "10. Public computers and Wi-Fi"),
 ("P", "Members book public computers with their card number and PIN; visitors use a guest ticket printed at the "
       "counter, which records no name. The session log records the card or ticket number, the computer and "
       "the times of the session, not the websites visited. Internet access is filtered to block illegal and "
       "harmful content. Staff must not look at a customer's screen or files unless the customer asks for help. "
       "Documents left on a public computer are wiped automatically when the session ends."),
 ("H", "11. Keeping information safe"),
 ("B", "Lock your screen whenever you leave a staff computer, even for a minute."),
 ("B", "Never write a member's details on paper that leaves the building, except Home Library Service delivery "
       "lists, which are carried in the locked document wallet and returned the same day."),
 ("B", "Check the email address twice before sending personal information, and use the secure email option for "
       "anything about a child."),
 ("B", "Confirm a member's identity before discussing their account on the phone: ask for their card number "
       "and date of birth."),
 ("H", "12. Reporting a personal data breach"),
 ("P", "A breach is any loss, theft or wrong disclosure of personal information, for example an email sent to "
       "the wrong person, a lost Home Library Service list or a member's details read out in front of others. "
       "Report it straight away, and within 2 hours at the latest, to your branch manager and the Libraries Data "
       "Lead, and complete form DP9. Do not try to investigate it yourself or contact the people affected. The "
       "DPO decides within 72 hours of the breach being found whether it must be reported to the ICO."),
 ("H", "13. Training and review"),
 ("P", "All staff and volunteers complete the council's data protection e-learning within two weeks of starting "
       "and every year after that. Branch managers and Duty Managers also complete CCTV operator training before "
       "they view recordings. This policy is reviewed every two years, or sooner if the law changes or after a "
       "serious breach."),
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
for kind, text in doc:
    if kind == "COLS":
        cols = text
        continue
    block = [(t, s, b, cols) for t, s, b in lines_for(kind, text)]
    if kind == "H" and cur:
        block = [("", 6, False, None)] + block
    need = sum(l[1] * 1.6 for l in block) + (40 if kind == "H" else 0)
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
    out.append(p + pad + [(f"Fernhill Borough Libraries \u00b7 Data Protection and CCTV Policy IG-04 \u00b7 Version 3 \u00b7 "
                           f"Page {i} of {len(pages)}", 8, False, None)])
words = sum(len((" ".join(t) if isinstance(t, list) else t).split()) for k, t in doc if k != "COLS")
print(len(pages), "pages", words, "words")
(HERE / "docs").mkdir(exist_ok=True)
open(HERE / "docs" / "data-protection-cctv-policy.pdf", "wb").write(make_pdf(out))
