"""Builds docs/reception-booking-faq.pdf: the same approach as harbor's make_pdf.py (lines of Helvetica text
written by PDFium, table cells at fixed x positions, a footer with page numbers). Words are never split at
hyphens, so quotes stay verbatim after text extraction."""
from pathlib import Path
HERE = Path(__file__).resolve().parents[1]  # tests/data/meridian
import ctypes, io, textwrap

B = "\u2022 "
TITLE = "Reception and Appointments FAQ"

doc = [
 ("T", TITLE),
 ("P", "Meridian Health Clinics. For reception, patient services and call-centre staff at Eastgate, Millbrook, "
       "Harfield and Kingsway. Version 6, October 2027, owned by the Patient Services Manager, Rhiannon Pike. "
       "Clinical questions always go to the duty GP; this FAQ covers booking, registration and front-desk "
       "rules only."),
 ("H", "How far ahead can patients book?"),
 ("P", "Routine GP appointments can be booked up to 4 weeks ahead, and routine nurse and HCA appointments "
       "up to 8 weeks ahead. Smear tests, long-term condition reviews and childhood immunisations can be "
       "booked up to 12 weeks ahead, because the recall letters go out three months in advance. Patients can "
       "book online through the MyMeridian app, by phone or at any reception desk; they do not have to use "
       "the clinic they are registered at."),
 ("H", "How long is an appointment?"),
 ("P", "A standard GP appointment is 12 minutes and a standard nurse appointment is 15 minutes. Book a double "
       "appointment when the patient needs an interpreter, has a learning disability, or asks to discuss more "
       "than one problem and the duty GP agrees. Do not book double appointments for any other reason without "
       "asking the clinician whose list it is."),
 ("H", "How do I handle a request for a same-day appointment?"),
 ("P", "Same-day appointments are not bookable in advance. They are released at 08:00 each weekday and "
       "given out by the duty GP after triage. Follow these steps for every same-day request:"),
 ("N", "1. Take the patient's full name, date of birth and a phone number they can answer in the next two hours."),
 ("N", "2. Ask the red-flag questions on the reception prompt card: chest pain, difficulty breathing, signs "
       "of a stroke, heavy bleeding, or a child who is floppy or hard to wake."),
 ("N", "3. If the answer to any red-flag question is yes, tell the patient to call 999 straight away, or "
       "call 999 for them if they are at the desk, and then tell the duty GP."),
 ("N", "4. Otherwise add the patient to the duty GP triage list in CareDesk with a one-line reason in the "
       "patient's own words. Do not add your own opinion of how urgent it is."),
 ("N", "5. Tell the patient the duty GP will call back within 2 hours. If they have not been called "
       "back by then, they should ring again and you escalate to the duty GP directly."),
 ("P", "When the triage list reaches 40 patients, the duty GP may ask reception to offer patients with minor "
       "illnesses an appointment with the community pharmacy scheme instead."),
 ("H", "A patient arrives late. Can they still be seen?"),
 ("P", "Patients who arrive more than 10 minutes late for a GP appointment, or more than 5 minutes late for a "
       "nurse appointment, may be asked to rebook. Always check with the clinician first; the decision is "
       "theirs, not reception's. Children under 16, patients who are visibly unwell and patients with a "
       "learning disability are always seen."),
 ("H", "What happens when patients miss appointments?"),
 ("P", "Missed appointments are recorded automatically in CareDesk when the clinician marks the patient as "
       "\"did not attend\". A patient who misses three appointments within 12 months receives a reminder "
       "letter from the practice manager explaining the impact on other patients. We do not remove "
       "patients from the practice list for missed appointments alone, and we never charge for them."),
 ("H", "Who can we register as a new patient?"),
 ("P", "We register anyone who lives within the practice boundary shown on the map on MeridianNet, whatever "
       "their nationality or immigration status. Patients complete the registration form online or on paper. "
       "Proof of identity or address is not required to register, and you must not refuse a registration "
       "because the patient cannot provide it. Temporary residents staying in the area for up to three months "
       "can be seen as temporary patients without registering."),
 ("H", "Can I give test results to patients?"),
 ("P", "Reception may give results that the clinician has marked \"normal, no action\" in CareDesk, after "
       "checking the patient's name, date of birth and first line of address. Any other result must be "
       "given by a clinician; book a telephone appointment instead. Results are never given to relatives, "
       "carers or employers unless the patient has given written consent that is recorded in CareDesk. "
       "Parents can receive results for children under 13."),
 ("H", "What if a patient needs an interpreter?"),
 ("P", "Use the LinguaLine telephone interpreting service, which is free to the patient and available 24 "
       "hours a day on 0800 046 2299 with the Meridian account code MHC-7716. Face-to-face interpreters, "
       "including British Sign Language interpreters, must be booked through Patient Services at least 3 "
       "working days before the appointment. Family members may interpret only if the patient asks for "
       "it, and children under 16 must never be used as interpreters."),
 ("H", "Which services do patients pay for?"),
 ("P", "Most care is free. The services below are not covered and are paid for at reception by card "
       "before the work is done. Clinicians can waive the fee for patients in hardship; reception cannot."),
 ("TR", ["Service", "Fee", "Usual turnaround"]),
 ("TD", ["Private sick note or fitness-to-work letter", "\u00a335", "5 working days"]),
 ("TD", ["Insurance or holiday cancellation claim form", "\u00a345", "10 working days"]),
 ("TD", ["Fitness-to-travel letter", "\u00a330", "5 working days"]),
 ("TD", ["HGV or taxi driver medical (exam and report)", "\u00a3120", "Appointment within 3 weeks"]),
 ("TD", ["Copy of vaccination record for travel", "\u00a310", "2 working days"]),
 ("TD", ["Yellow fever vaccination", "\u00a375 per dose", "Eastgate only"]),
 ("BR", ""),
 ("H", "How do repeat prescriptions work?"),
 ("P", "Patients order repeat prescriptions through the MyMeridian app, by email to the clinic or by putting "
       "the tear-off slip in the box at reception. We do not take repeat prescription requests by phone, "
       "except from housebound patients and patients registered as visually impaired. Allow 2 full working "
       "days before the prescription is sent to the patient's chosen pharmacy."),
 ("H", "What are the phone line opening hours?"),
 ("P", "Phone lines are open from 08:00 to 18:30 on weekdays. Outside these hours, and during protected "
       "learning time, the recorded message directs callers to the out-of-hours GP service on 111, or to 999 "
       "in an emergency. Reception staff must not give out the clinic's direct or duty lines to patients."),
 ("H", "A patient wants to complain. What do I do?"),
 ("P", "Listen, apologise that they are unhappy and try to resolve it on the spot if you can. If the patient "
       "still wants to make a formal complaint, give them the complaints leaflet or the online form. Patient "
       "Services acknowledges every formal complaint within 3 working days and sends a full response within "
       "20 working days. Log every complaint, including verbal ones you resolved yourself, in SafeReport on "
       "the same day."),
 ("H", "Who do I contact with a question not covered here?"),
 ("P", "Ask your practice manager first. For registration and complaints questions contact Patient Services "
       "on extension 2300 or patientservices@meridianclinics.example."),
]

COLS = [50, 300, 400]  # x positions of the table columns


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
    out.append(p + pad + [(f"Meridian Health Clinics \u00b7 Reception and Appointments FAQ \u00b7 Patient Services \u00b7 Page {i} of {len(pages)}", 8, False)])
words = sum(len((" ".join(t) if isinstance(t, list) else t).split()) for _, t in doc)
print(len(pages), "pages", words, "words")
(HERE / "docs").mkdir(exist_ok=True)
open(HERE / "docs" / "reception-booking-faq.pdf", "wb").write(make_pdf(out))
