"""Builds docs/safeguarding-policy.pdf: the same approach as meridian's make_pdf.py (lines of Helvetica text
written by PDFium, table cells at fixed x positions, a footer with page numbers). Words are never split at
hyphens, so quotes stay verbatim after text extraction."""
from pathlib import Path
HERE = Path(__file__).resolve().parents[1]  # tests/data/oakridge
import ctypes, io, textwrap

B = "\u2022 "
TITLE = "Safeguarding Policy"

doc = [
 ("T", TITLE),
 ("P", "Oakridge Community Trust. Policy SG-01, version 5. Approved by the Board of Trustees on 15 September "
       "2027; next review September 2028. Owner: Priya Raman, Head of Services and Designated Safeguarding "
       "Lead. This policy applies to all trustees, staff, volunteers, students on placement and contractors."),
 ("H", "1. Purpose and scope"),
 ("P", "Oakridge works with children and young people at its youth clubs and with adults, some of them at "
       "risk, at its food banks, advice sessions and community centre. This policy sets out how we keep "
       "them safe from harm and what every person working for the Trust must do if they are worried "
       "about someone. It covers children under 18 and adults at risk: people aged 18 or over who have "
       "care and support needs and cannot protect themselves from abuse or neglect because of them."),
 ("H", "2. Our principles"),
 ("B", "The welfare of the child or adult at risk always comes first, before the reputation of the Trust."),
 ("B", "Everyone has the right to be protected, whatever their age, disability, gender, race, religion or sexuality."),
 ("B", "Safeguarding is everyone's job. It is not up to you to decide whether abuse has happened: your job is "
       "to pass on your concern."),
 ("B", "We work openly with parents and carers, except where telling them could put someone at greater risk."),
 ("B", "We share information with the local authority and police when it is needed to keep someone safe, "
       "even without consent."),
 ("H", "3. Roles and responsibilities"),
 ("P", "The Designated Safeguarding Lead (DSL), Priya Raman, is responsible for this policy, receives all "
       "concerns, decides on referrals and keeps the records. The Deputy DSL, Marcus Ellery, Youth Services "
       "Manager, covers when the DSL is away and is the first contact for concerns at the youth clubs. The "
       "safeguarding trustee, Rev. Ann Holloway, reports to the Board four times a year and is the contact "
       "for any concern about the DSL. Shift leaders make sure that volunteers on their shift know how to "
       "raise a concern."),
 ("H", "4. Recognising abuse"),
 ("P", "Abuse can be physical, emotional, sexual or neglect. For adults it also includes financial abuse, "
       "discriminatory abuse, self-neglect, domestic abuse and modern slavery. Signs that should make you "
       "concerned include:"),
 ("B", "unexplained injuries, or an explanation that does not fit the injury;"),
 ("B", "a child who is often hungry, dirty or not dressed for the weather;"),
 ("B", "a sudden change in behaviour, such as becoming withdrawn or aggressive;"),
 ("B", "an adult whose money or food vouchers seem to be controlled by someone else;"),
 ("B", "someone who says they are afraid to go home."),
 ("H", "5. What to do if you are worried"),
 ("P", "If someone is in immediate danger, call 999 first and then tell the DSL. In every other case, follow "
       "these steps:"),
 ("N", "1. If a child or adult tells you something, listen calmly and let them talk. Do not ask leading "
       "questions and do not investigate yourself."),
 ("N", "2. Never promise to keep it secret. Explain that you will have to tell someone whose job is to help."),
 ("N", "3. Tell the DSL or the Deputy DSL on the same day, by phone. If you cannot reach either of them, "
       "call the local authority numbers in the table below."),
 ("N", "4. Write down what was said, in the person's own words, on the Safeguarding Concern Form (SG2) "
       "within 24 hours. Sign and date it and give it to the DSL. Do not keep a copy yourself."),
 ("N", "5. Do not discuss the concern with anyone else, including the person's family, unless the DSL asks you to."),
 ("P", "The DSL decides within one working day whether to refer the concern to Children's Services or Adult "
       "Social Care and tells the person who raised it that action has been taken, though not always the details."),
 ("H", "6. Who to contact"),
 ("TR", ["Who", "Name", "Phone"]),
 ("TD", ["Designated Safeguarding Lead", "Priya Raman", "07700 900 218"]),
 ("TD", ["Deputy DSL (youth clubs)", "Marcus Ellery", "07700 900 563"]),
 ("TD", ["Safeguarding trustee", "Rev. Ann Holloway", "07700 900 871"]),
 ("TD", ["Children's Services front door", "Oakridge Council", "01632 960 700"]),
 ("TD", ["Adult Social Care", "Oakridge Council", "01632 960 800"]),
 ("TD", ["Emergency Duty Team (evenings, weekends)", "Oakridge Council", "01632 960 999"]),
 ("TD", ["LADO (allegations about staff)", "Oakridge Council", "01632 960 750"]),
 ("P", "The Emergency Duty Team covers 17:00 to 09:00 on weekdays and all day at weekends and on bank holidays."),
 ("H", "7. Allegations against staff or volunteers"),
 ("P", "If a concern is about a member of staff, a volunteer or a trustee, tell the DSL on the same day. If "
       "it is about the DSL, tell the safeguarding trustee instead. The DSL contacts the Local Authority "
       "Designated Officer (LADO) within one working day and does not question the person concerned. Staff "
       "and volunteers may be asked to step back from their role while the matter is looked into; this is "
       "not a disciplinary step and does not mean that anyone has decided the allegation is true."),
 ("H", "8. Safer working at youth clubs"),
 ("B", "Ratios: at least one adult for every 8 young people at the Juniors club (ages 8 to 12) and one for "
       "every 12 at the Seniors club (ages 13 to 18)."),
 ("B", "There are always at least two adults at every session, whatever the numbers; young leaders do not "
       "count towards the ratio."),
 ("B", "No adult is alone with a young person in a closed room. If a private talk is needed, leave the door "
       "open and tell another adult."),
 ("B", "Staff and volunteers never give young people lifts in their own cars, except in an emergency "
       "agreed with the session lead, and then with a second adult in the car."),
 ("B", "Contact with young people outside sessions is only through the club's official accounts, never "
       "personal phones or social media."),
 ("H", "9. Photos and online safety"),
 ("P", "Photos or videos of under-18s need written consent from a parent or carer, renewed every year in "
       "September. Young people aged 16 and 17 must also agree themselves. We never publish a young person's "
       "full name with their photo. Photos are taken only on Trust devices and deleted from them within 30 days."),
 ("H", "10. Records"),
 ("P", "Concern forms and referral records are kept by the DSL in a locked cabinet and on the secure SafeNet "
       "folder. Records about a child are kept until the child reaches 25. Records about an adult are kept "
       "for 6 years after the last contact. Records of allegations against staff or volunteers are kept "
       "for 10 years or until the person's normal retirement age, whichever is longer."),
 ("H", "11. Training"),
 ("TR", ["Who", "Level", "Refresh"]),
 ("TD", ["All staff, trustees and volunteers", "Level 1, within 4 weeks", "Every 3 years"]),
 ("TD", ["Youth club staff and assistants", "Level 2, before starting", "Every 3 years"]),
 ("TD", ["Shift leaders", "Level 2, within 3 months", "Every 3 years"]),
 ("TD", ["DSL and Deputy DSL", "Level 3", "Every 2 years"]),
 ("H", "12. Review"),
 ("P", "The Board reviews this policy every year, and after any serious incident. The DSL reports the number "
       "of concerns, referrals and training figures to every Board meeting."),
]

COLS = [50, 290, 430]  # x positions of the table columns


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
    out.append(p + pad + [(f"Oakridge Community Trust \u00b7 Safeguarding Policy SG-01 \u00b7 Version 5 \u00b7 Page {i} of {len(pages)}", 8, False)])
words = sum(len((" ".join(t) if isinstance(t, list) else t).split()) for _, t in doc)
print(len(pages), "pages", words, "words")
(HERE / "docs").mkdir(exist_ok=True)
open(HERE / "docs" / "safeguarding-policy.pdf", "wb").write(make_pdf(out))
