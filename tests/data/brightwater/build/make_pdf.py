"""Builds docs/quality-and-returns-policy.pdf: adapted from ashcombe's make_pdf.py (itself adapted from fernhill's):
lines of Helvetica text written by PDFium, table cells at fixed x positions, a footer with page numbers. Words are
never split at hyphens, so quotes stay verbatim after text extraction. A table row is ("TD", cells) and uses the
column positions set by the last ("COLS", [...]) entry; ("N", text) is a numbered step written like a bullet with its
own number; ("BR", "") forces a page break."""
from pathlib import Path
HERE = Path(__file__).resolve().parents[1]  # tests/data/brightwater
import ctypes, io, textwrap

B = "\u2022 "

doc = [
 ("T", "Quality and Returns Policy"),
 ("P", "Brightwater Components Ltd, Harbour Road factory and Kelso Street warehouse and dispatch centre. Policy "
       "QP-03, version 3. Approved by Helen Okafor, Managing Director, on 28 June 2027 and in force from 1 July "
       "2027; next review June 2028. Owner: Ingrid Halvorsen, Quality Manager. This version replaces version 2 of "
       "March 2025."),
 ("H", "1. Purpose and scope"),
 ("P", "This policy sets out how Brightwater makes sure that the pumps, valves and spare parts we supply are right "
       "first time, how customers and distributors report a problem, how long our warranties last and how goods "
       "come back to us. It applies to every product we make or sell, to all staff at both sites, and to agency "
       "workers in production, quality and dispatch. Customers see a summary of it on our website; where the "
       "website and this policy differ, this policy applies."),
 ("H", "2. What changed in version 3"),
 ("B", "The warranty on Tidewell centrifugal pumps is now 24 months from delivery instead of 18 months, for pumps "
       "shipped from 1 July 2027."),
 ("B", "The first response to a Class A (critical) defect is now within 4 hours instead of 8 hours, at any time "
       "of day."),
 ("B", "Visible transit damage must now be reported within 5 working days of delivery instead of 48 hours."),
 ("B", "The restocking fee for unwanted standard items is now 15% of the invoice value, with a minimum of £25, "
       "instead of 20%."),
 ("B", "Every return now needs an RMA number raised on the customer portal; requests by phone are no longer "
       "accepted."),
 ("H", "3. Responsibilities"),
 ("P", "The Quality Manager, Ingrid Halvorsen, owns this policy, decides on every Class A defect and approves "
       "concessions above £2,000. Quality Technicians release finished batches, approve concessions up to £2,000 "
       "and lead investigations into Class B defects. Quality Inspectors check parts during production and at final "
       "inspection and may pass or hold them, but may not release a batch. The Returns Coordinator, Tom Bishop, "
       "works at Kelso Street, issues RMA numbers and books returned goods in. The Customer Service Manager, Rosa "
       "Delgado, keeps the customer informed from the first report until the case is closed."),
 ("H", "4. Defect classes and response times"),
 ("P", "Every defect reported by a customer, or found by us after a product has left the factory, is given a "
       "class when it is logged. The class sets how quickly we must respond and what we must send the customer:"),
 ("COLS", [50, 118, 330, 415]),
 ("TH", ["Class", "Meaning", "First response", "Written report"]),
 ("TD", ["A, critical", "Risk of injury, leak or pressure failure", "4 hours", "8D report in 10 working days"]),
 ("TD", ["B, major", "Does not work or fails a test, no safety risk", "1 working day", "Report in 15 working days"]),
 ("TD", ["C, minor", "Cosmetic, labelling, packing or paperwork", "3 working days", "Not needed"]),
 ("P", "A first response means a named person has contacted the customer, agreed what happens next and, for "
       "Class A, told them how to make the product safe. For a Class A defect the Quality Manager also decides "
       "within 24 hours whether other customers who received the same batch must be told, and whether stock at "
       "Kelso Street must be quarantined. A Class C defect is corrected at the next shipment unless the customer "
       "asks for it sooner."),
 ("H", "5. Warranty periods"),
 ("P", "Our warranty covers faults in materials and workmanship from the date of delivery. The period depends on "
       "the product line:"),
 ("COLS", [50, 250, 370]),
 ("TH", ["Product line", "Warranty", "Wear parts not covered"]),
 ("TD", ["Tidewell centrifugal pumps", "24 months", "Mechanical seals, impeller wear rings"]),
 ("TD", ["Marlin diaphragm pumps", "12 months", "Diaphragms, valve balls"]),
 ("TD", ["Keystone gate valves", "36 months", "Gland packing, gaskets"]),
 ("TD", ["Swift ball valves", "24 months", "Seats and stem seals"]),
 ("TD", ["Spare parts and seal kits", "6 months", "None"]),
 ("P", "Tidewell pumps shipped before 1 July 2027 keep the 18-month warranty they were sold with. The warranty "
       "does not cover damage from dry running, the wrong fluid or pressure, frost, poor installation, repairs by "
       "anyone other than Brightwater or an approved distributor, or parts that have been modified. Under warranty "
       "we repair or replace the product, at our choice, and pay the carriage both ways within mainland UK. We do "
       "not pay for removal, installation or lost production."),
 ("H", "6. How to return goods"),
 ("P", "Faulty goods and unwanted goods follow the same steps. Goods that arrive without an RMA number are "
       "refused at the gate."),
 ("N", "1. Raise a return request on the customer portal, giving the order number, the serial number of each "
       "pump or valve and a description of the fault. The Returns Coordinator issues an RMA number within 2 "
       "working days."),
 ("N", "2. Drain, clean and decontaminate the product and complete the Decontamination Declaration, form QF-12. "
       "A product that has handled a hazardous fluid and arrives without a signed QF-12 is not opened and is "
       "sent back at the customer's cost."),
 ("N", "3. Pack the product securely, in its original packaging if possible, and write the RMA number clearly on "
       "the outside of every box or pallet."),
 ("N", "4. Send it to Returns, Brightwater Components, Kelso Street, Portlaven PV2 5KS, within 30 days of the RMA "
       "being issued; after 30 days the RMA expires. Do not send returns to the Harbour Road factory."),
 ("N", "5. We inspect the product within 5 working days of receiving it and tell you whether we will repair it, "
       "replace it or issue a credit."),
 ("P", "Where the inspection finds no fault, or a fault that the warranty does not cover, we quote for repair. If "
       "you do not want the repair, we return the product unrepaired and charge an inspection fee of £60 plus "
       "carriage."),
 ("H", "7. Unwanted goods"),
 ("P", "Standard catalogue items may be returned for credit within 60 days of delivery if they are unused, in "
       "their original packaging and in a condition to be sold again. We charge a restocking fee of 15% of the "
       "invoice value, with a minimum of £25, and the customer pays the carriage. Made-to-order products, pumps "
       "and valves in special materials such as duplex steel or Hastelloy, and seal kits that have been opened "
       "cannot be returned unless they are faulty."),
 ("H", "8. Damage in transit"),
 ("P", "Check every delivery before the driver leaves. If the packaging is damaged, write \"damaged\" on the "
       "delivery note before signing, take photographs and report it on the customer portal within 5 working days "
       "of delivery. Shortages must be reported within the same period. Damage that is reported later, or that is "
       "found after the product has been installed, is treated as a warranty claim rather than transit damage."),
 ("H", "9. Non-conforming product inside Brightwater"),
 ("P", "A part or product that fails inspection is tagged with a red HOLD label and moved to the quarantine cage "
       "in the test bay at Harbour Road, or in goods in at Kelso Street. Only a Quality Technician or the Quality "
       "Manager may release it, rework it or scrap it. A product that does not meet its drawing may be shipped "
       "only under a written concession: a Quality Technician may approve a concession up to £2,000 in order "
       "value, the Quality Manager above that, and the customer must agree in writing before shipment."),
 ("P", "Every pump is hydrostatically tested at 1.5 times its rated pressure before it leaves Harbour Road, and "
       "every valve is seat tested. A test certificate is packed with each pump; material certificates to EN "
       "10204 3.1 are available for valves on request."),
 ("H", "10. Records"),
 ("P", "The Quality Manager keeps the following records, on the quality system unless stated:"),
 ("COLS", [50, 285, 430]),
 ("TH", ["Record", "Kept for", "Responsible"]),
 ("TD", ["Pump test certificates", "10 years", "Quality Manager"]),
 ("TD", ["Returns and RMA files", "6 years", "Returns Coordinator"]),
 ("TD", ["Concessions", "6 years", "Quality Manager"]),
 ("TD", ["Calibration records", "5 years", "Quality Technicians"]),
 ("TD", ["Customer complaint emails", "3 years", "Customer Service Manager"]),
 ("H", "11. Repairs by distributors and repairs outside warranty"),
 ("P", "Approved distributors may carry out warranty repairs on Tidewell centrifugal pumps and Swift ball valves "
       "themselves, using genuine Brightwater parts. We replace the parts free of charge and pay labour at a fixed "
       "rate of £48 an hour, up to the repair times in our distributor repair guide. Marlin diaphragm pumps and "
       "Keystone gate valves under warranty must always come back to us through an RMA, because their repair needs "
       "a pressure test at Harbour Road."),
 ("P", "We also repair Brightwater pumps and valves that are outside their warranty. The customer raises an RMA "
       "in the usual way and we send a free quotation within 5 working days of receiving the product. Parts fitted "
       "in a repair outside warranty are guaranteed for 6 months. Products that we cannot repair economically, "
       "where the repair would cost more than 60% of the list price of a new product, are returned or scrapped on "
       "the customer's instructions."),
 ("H", "12. Measuring how we are doing"),
 ("P", "Each month the Quality Manager reports to the production and safety meeting the returns rate (units "
       "returned as faulty as a share of units shipped, target below 1%), the number of defects in each class and "
       "the number of Class A and B cases that missed their response time. The target for first responses on time "
       "is 100% for Class A and 95% for Class B and C."),
 ("H", "13. Review"),
 ("P", "This policy is reviewed every year by the Quality Manager and approved by the Managing Director, or sooner "
       "after a Class A defect or a change in the law."),
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
    out.append(p + pad + [(f"Brightwater Components Ltd \u00b7 Quality and Returns Policy QP-03 \u00b7 Version 3 \u00b7 "
                           f"Page {i} of {len(pages)}", 8, False, None)])
words = sum(len((" ".join(t) if isinstance(t, list) else t).split()) for k, t in doc if k != "COLS")
print(len(pages), "pages", words, "words")
(HERE / "docs").mkdir(exist_ok=True)
open(HERE / "docs" / "quality-and-returns-policy.pdf", "wb").write(make_pdf(out))
