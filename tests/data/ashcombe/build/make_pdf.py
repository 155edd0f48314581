"""Builds docs/safeguarding-and-online-safety-policy.pdf: adapted from fernhill's make_pdf.py (lines of Helvetica text
written by PDFium, table cells at fixed x positions, a footer with page numbers). Words are never split at hyphens, so
quotes stay verbatim after text extraction. A table row is ("TD", cells) and uses the column positions set by the last
("COLS", [...]) entry; ("N", text) is a numbered step written like a bullet with its own number."""
from pathlib import Path
HERE = Path(__file__).resolve().parents[1]  # tests/data/ashcombe
import ctypes, io, textwrap

B = "\u2022 "

doc = [
 ("T", "Safeguarding and Online Safety Policy"),
 ("P", "Ashcombe Academy, Main site (Ridgeway Road) and Sixth Form Centre (Mill Lane). Policy SG-01, version 5. "
       "Approved by the Full Governing Board on 22 September 2027 and in force from 1 October 2027; next review "
       "September 2028. Owner: Daniel Ferreira, Deputy Headteacher (Pastoral) and Designated Safeguarding Lead. "
       "This version replaces version 4 of September 2026."),
 ("H", "1. Purpose and scope"),
 ("P", "Everyone at Ashcombe Academy shares the duty to keep children safe. This policy explains how we protect "
       "the students on both of our sites from harm, online and offline, who is responsible for what, and what "
       "every adult must do when they are worried about a student. It applies to all staff, supply and agency "
       "staff, volunteers, governors and contractors, and to students aged 18 in the sixth form, who are adults "
       "in law but are still protected by this policy while they are students here."),
 ("H", "2. What changed in version 5"),
 ("B", "Web filtering logs are now kept for 12 months instead of 6 months, so that patterns of concern can be "
       "seen across a whole school year."),
 ("B", "The DSL and the deputy DSLs now complete refresher training every year instead of every two years."),
 ("B", "The Sixth Form Centre now has its own deputy DSL, Grace Osei-Mensah, on site every school day; before, "
       "Mill Lane was covered by the Main site deputy."),
 ("B", "Students' own phones and laptops on the Ashcombe-Student Wi-Fi are now filtered in the same way as "
       "academy devices."),
 ("H", "3. Roles and responsibilities"),
 ("P", "The Designated Safeguarding Lead (DSL) has overall responsibility for safeguarding at both sites, keeps "
       "the safeguarding records, makes referrals to children's social care and reports to the governing board "
       "each term. Each site has a deputy DSL who is there every school day, and a second deputy:"),
 ("COLS", [50, 210, 390]),
 ("TH", ["Role", "Main site", "Sixth Form Centre"]),
 ("TD", ["Designated Safeguarding Lead", "Daniel Ferreira", "Daniel Ferreira"]),
 ("TD", ["Deputy DSL", "Aisha Karim, Assistant Head", "Grace Osei-Mensah, Pastoral Manager"]),
 ("TD", ["Second deputy DSL", "Fiona Drummond, SENCo", "Tobias Lund, Head of Sixth Form"]),
 ("TD", ["Online Safety Lead", "Idris Khalil, Head of Computing", "Idris Khalil, Head of Computing"]),
 ("TD", ["Safeguarding governor", "Dr Eleanor Byrne", "Dr Eleanor Byrne"]),
 ("P", "When the DSL is away, the deputy DSL on that site acts as DSL; when the deputy is also away, the second "
       "deputy does. In the school holidays the DSL or a deputy can be reached on 07700 900 318 between 09:00 "
       "and 17:00 on weekdays. Outside those times, call the county children's services emergency duty team, "
       "or 999 if a child is in immediate danger."),
 ("H", "4. If you are worried about a student"),
 ("P", "A student may tell you something, or you may notice a change in them, an injury, or something they say "
       "or write. Follow these steps:"),
 ("N", "1. Listen calmly and let the student talk. Do not ask leading questions or investigate."),
 ("N", "2. Never promise to keep it secret: explain that you may need to tell someone who can help."),
 ("N", "3. If the student is at risk of immediate harm, find the DSL or the deputy DSL on your site straight away, "
       "in person, and do not leave the student alone."),
 ("N", "4. Record what you saw and heard, in the student's own words, on SafeLog the same day, before you leave "
       "site. Under version 4 staff had 24 hours to do this."),
 ("N", "5. Do not discuss it with other staff, the student's friends or the family. The DSL decides what "
       "happens next and will tell you what you need to know."),
 ("P", "If you think the DSL has not acted on a serious concern, you may refer it to children's social care "
       "yourself."),
 ("H", "5. Concerns about adults"),
 ("P", "A concern or allegation that a member of staff, supply worker, volunteer or governor has harmed a child, "
       "or may pose a risk, is reported to the Headteacher, Rachel Penhaligon, and not to the DSL. A concern about "
       "the Headteacher is reported to the Chair of Governors, Margaret Ellery, without telling the Headteacher "
       "first. The Headteacher or Chair speaks to the Local Authority Designated Officer (LADO) within one working "
       "day. Low-level concerns, such as an adult being over-familiar with students, are also reported to the "
       "Headteacher and kept on a separate confidential log."),
 ("H", "6. Attendance and children missing education"),
 ("P", "Unexplained absence can be a sign that a child is at risk. If a student is absent and no reason has been "
       "given, the attendance team contacts the parent by 09:30 on the Main site and by 10:15 at the Sixth Form "
       "Centre. If there has been no contact with the family by the end of the second day, the Head of Year or "
       "the Sixth Form Pastoral Manager tells the DSL, and a home visit is made on the third day. A student who "
       "has missed 10 school days in a row without explanation is referred to the local authority as a child "
       "missing education."),
 ("H", "7. Online safety: filtering and monitoring"),
 ("P", "All academy devices, and every device on the academy Wi-Fi, are filtered by the NetGuard system, which "
       "blocks illegal, harmful and inappropriate content. Academy devices used by students are also monitored: "
       "when a student types or searches for something that suggests a risk, NetGuard sends an alert to the DSL "
       "and the Online Safety Lead, who review alerts every school day. The Online Safety Lead checks once a term "
       "that filtering works on both sites and reports the results to the safeguarding governor. Staff who find "
       "that a harmful site is not blocked, or that a site they need for teaching is blocked, tell the IT "
       "helpdesk and the Online Safety Lead the same day."),
 ("P", "Students are taught about online safety in computing and PSHE lessons in every year group, and parents "
       "are offered an online safety evening each autumn."),
 ("H", "8. Mobile phones and staff conduct online"),
 ("P", "Students in Years 7 to 11 must keep their phones switched off and out of sight from the moment they come "
       "through the gate until 15:10. A phone that is seen or heard is confiscated and returned at the end of "
       "the day; the second time in a half term, a parent must collect it from Student Services. Students in "
       "Years 12 and 13 may use phones in the common room and the study centre, but not in lessons unless the "
       "teacher allows it."),
 ("P", "Staff must keep professional boundaries online at all times. In particular, staff must not:"),
 ("B", "contact students by text, personal email, phone call or social media, or give students a personal "
       "number; use Teams and academy email only;"),
 ("B", "follow, friend or accept requests from current students, or former students under 18, on social media;"),
 ("B", "take photos or videos of students on a personal device; use an academy camera or iPad and delete "
       "images from it once they have been uploaded to the academy system;"),
 ("B", "be alone with a student in a car, except in an emergency agreed by the Headteacher."),
 ("H", "9. Keeping records"),
 ("P", "Safeguarding records are kept separately from the student's general file and can only be read by the DSL "
       "and the deputies. We keep records for the periods below:"),
 ("COLS", [50, 275, 445]),
 ("TH", ["Record", "Kept for", "Responsible"]),
 ("TD", ["Safeguarding file (SafeLog)", "Until the 25th birthday", "DSL"]),
 ("TD", ["File sent to a student's next school", "Within 5 school days of leaving", "DSL"]),
 ("TD", ["Web filtering logs", "12 months", "Online Safety Lead"]),
 ("TD", ["Monitoring alerts with no further action", "2 years", "Online Safety Lead"]),
 ("TD", ["Allegations about staff", "Retirement age or 10 years", "Headteacher"]),
 ("TD", ["Gate CCTV, both sites", "30 days", "Business Manager"]),
 ("TD", ["Single central record entries", "While employed, then 6 years", "HR Manager"]),
 ("P", "Under version 4 of this policy web filtering logs were kept for 6 months; logs made before 1 October 2027 "
       "are deleted on that cycle."),
 ("H", "10. Child-on-child abuse and nude images"),
 ("P", "Bullying, sexual harassment, online abuse and violence between students are never dismissed as banter or "
       "part of growing up. Any report is recorded on SafeLog and passed to the deputy DSL on that site the same "
       "day. Students involved are kept apart in lessons and at social times while the DSL decides what to do, "
       "and both the student who was harmed and the student who harmed them are offered support."),
 ("P", "If you learn that a nude or semi-nude image of a student has been shared, do not view, copy, print, "
       "forward or delete it, and do not ask the student to show it to you. Confiscate the device if it is safe to "
       "do so, switch it off, and hand it to the DSL or a deputy straight away. Only the DSL decides whether the "
       "police are told and whether parents are informed."),
 ("H", "11. Radicalisation (Prevent)"),
 ("P", "Staff who are worried that a student is being drawn into extremism record the concern on SafeLog and "
       "speak to the DSL the same day, as for any other concern. Only the DSL makes a referral to the county "
       "Prevent team. Speakers invited to either site are checked by the DSL at least two weeks before their "
       "visit."),
 ("H", "12. Training and safer recruitment"),
 ("P", "All staff receive a safeguarding update at the September training day and read Part 1 of the national "
       "guidance each year. New staff receive safeguarding induction in their first week and complete the Level 1 "
       "e-learning within four weeks. The DSL and deputies complete refresher training every year. Governors "
       "complete safeguarding training when they join, and the safeguarding governor every two years. At least "
       "one member of every interview panel has completed safer recruitment training."),
 ("P", "Visitors sign in at reception on the site they are visiting and wear a yellow lanyard if their DBS check "
       "has been seen, or a red lanyard if it has not, in which case they are escorted at all times."),
 ("H", "13. Review"),
 ("P", "This policy is reviewed every year by the DSL and approved by the Full Governing Board, or sooner if the "
       "law or national guidance changes or after a serious incident."),
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
    out.append(p + pad + [(f"Ashcombe Academy \u00b7 Safeguarding and Online Safety Policy SG-01 \u00b7 Version 5 \u00b7 "
                           f"Page {i} of {len(pages)}", 8, False, None)])
words = sum(len((" ".join(t) if isinstance(t, list) else t).split()) for k, t in doc if k != "COLS")
print(len(pages), "pages", words, "words")
(HERE / "docs").mkdir(exist_ok=True)
open(HERE / "docs" / "safeguarding-and-online-safety-policy.pdf", "wb").write(make_pdf(out))
