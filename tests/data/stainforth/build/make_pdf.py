"""Builds docs/client-terms-of-business-and-fee-guide.pdf: coldharbour's make_pdf.py (itself ferncombe's, hartwell's,
ashgrove's and earlier sets'): lines of Helvetica text written by PDFium, table cells at fixed x positions, a bold
header row, a footer with page numbers. Words are never split at hyphens, so quotes stay verbatim after text
extraction. A table row is ("TD", cells) and uses the column positions set by the last ("COLS", [...]) entry;
("N", text) is a numbered step written like a bullet with its own number. Tables are kept on one page with the
paragraph that introduces them, and headings with the lines after them."""
from pathlib import Path
HERE = Path(__file__).resolve().parents[1]  # tests/data/stainforth
import ctypes, io, textwrap

B = "\u2022 "

doc = [
 ("T", "Client Terms of Business and Fee Guide"),
 ("P", "Stainforth & Keld Solicitors LLP, 14 Corn Market, Hebbleton HB1 2QE. Version 7, for every matter opened from "
       "Monday 3 January 2033; next review December 2034. Owner: Jonathan Keld, Managing Partner. This version "
       "replaces version 6 of April 2031. Stainforth & Keld Solicitors LLP is authorised and regulated by the "
       "Solicitors Regulation Authority."),
 ("H", "1. About these terms"),
 ("P", "These terms apply to every matter we handle for you, together with the client care letter we send when your "
       "matter opens. The client care letter names the person doing your work, their grade and their supervisor, "
       "and gives our estimate of the total cost. If the client care letter and these terms differ, the letter "
       "applies. We work from head office in Hebbleton (residential property and private client), the Garsby office "
       "(family), the Thursgill office (employment and litigation) and our records store on the Beckside Trading "
       "Estate, which keeps original wills, deeds and closed files."),
 ("H", "2. What changed in version 7"),
 ("B", "Our hourly rate for a partner is now £285, instead of £270."),
 ("B", "The fixed fee for selling a freehold home worth up to £250,000 is now £950, instead of £895."),
 ("B", "The electronic identity check now costs £15 a person, instead of £12."),
 ("B", "The fixed fee for an uncontested divorce is now £750, instead of £650."),
 ("B", "Money on account for a court or tribunal claim is now £2,000, instead of £1,500."),
 ("B", "Bills are now due within 14 days of the bill date, instead of 30 days."),
 ("B", "We now acknowledge a complaint within 3 working days, instead of 5 working days."),
 ("H", "3. Hourly rates"),
 ("P", "Work that is not done for a fixed fee is charged at the hourly rate of the person who does it. Rates are the "
       "same at every office and do not include VAT, which is added at 20%:"),
 ("COLS", [50, 270, 460]),
 ("TH", ["Grade", "Who", "Hourly rate"]),
 ("TD", ["Partner", "heads of department and other partners", "£285"]),
 ("TD", ["Senior Associate", "solicitors qualified 8 years or more", "£250"]),
 ("TD", ["Associate", "solicitors qualified 4 to 8 years", "£225"]),
 ("TD", ["Solicitor or Chartered Legal Executive", "qualified under 4 years", "£195"]),
 ("TD", ["Trainee Solicitor or Paralegal", "always supervised by a solicitor", "£135"]),
 ("P", "We record time in units of 6 minutes. A routine letter, email or phone call counts as one unit; longer ones "
       "are charged for the time they take. Travel to court or to your home is charged at half the hourly rate, and "
       "waiting at court at the full rate. We review our rates every year and tell you in writing at least 30 days "
       "before a new rate applies to your matter."),
 ("H", "4. Fixed fees"),
 ("P", "Most residential property and private client work, and some family and employment work, is done for a fixed "
       "fee. Fixed fees do not include VAT or disbursements, and assume your matter has no unusual features:"),
 ("COLS", [50, 275, 345]),
 ("TH", ["Kind of matter", "Fixed fee", "Notes"]),
 ("TD", ["Sale of a freehold home, up to £250,000", "£950", "£1,150 from £250,001 to £500,000"]),
 ("TD", ["Purchase of a freehold home, up to £250,000", "£1,050", "£1,250 from £250,001 to £500,000"]),
 ("TD", ["Leasehold sale or purchase", "add £350", "to the freehold fee"]),
 ("TD", ["Remortgage", "£595", "no change of owner"]),
 ("TD", ["Transfer of equity", "£495", "adding or removing an owner"]),
 ("TD", ["Will for one person", "£195", "£320 for mirror wills for a couple"]),
 ("TD", ["Lasting power of attorney, one type", "£425", "£650 for both types, one person"]),
 ("TD", ["Probate, grant only", "£1,450", "no inheritance tax to pay"]),
 ("TD", ["Uncontested divorce", "£750", "for the applicant; court fee extra"]),
 ("TD", ["Settlement agreement advice", "£450", "usually paid by the employer"]),
 ("P", "Homes worth more than £500,000, new build homes and shared ownership are quoted for individually. Acting for "
       "your mortgage lender on a purchase adds £95. If we find an unusual feature, such as a missing planning "
       "consent or a defect in the title, we tell you the extra cost before we do the extra work."),
 ("H", "5. Disbursements"),
 ("P", "Disbursements are costs we pay to others for you. We ask for them before we pay them and pass them on at "
       "cost, with no charge added:"),
 ("COLS", [50, 265, 410]),
 ("TH", ["Disbursement", "Charge", "When"]),
 ("TD", ["Electronic identity check", "£15 a person", "every new matter"]),
 ("TD", ["Local authority search, Hebbleton district", "£128", "purchases"]),
 ("TD", ["Drainage and water search", "£62", "purchases"]),
 ("TD", ["Environmental search", "£48", "purchases"]),
 ("TD", ["Official copies of the register", "£7 each", "sales and purchases"]),
 ("TD", ["Bank transfer by CHAPS", "£35 a transfer", "completion money"]),
 ("TD", ["Land Registry fee", "on HM Land Registry's scale", "shown in your quote"]),
 ("TD", ["Court fees", "as set by the court", "family and court claims"]),
 ("TD", ["Retrieving a closed file from storage", "£30 a file", "free for wills and deeds"]),
 ("P", "Searches on homes outside Hebbleton district cost what that council or search company charges, and we tell "
       "you the figure in your quote. Stamp Duty Land Tax is paid to HMRC from the money you send us for completion."),
 ("H", "6. Money on account"),
 ("P", "Before we start work, we ask for money on account. It is held in our client account until it is used for "
       "your disbursements and bills:"),
 ("B", "Residential property: £250, for the searches and identity checks."),
 ("B", "Private client: none for wills and lasting powers of attorney; £500 for probate."),
 ("B", "Family: £500, or £1,000 where there are court proceedings about children or money."),
 ("B", "Employment and litigation: £2,000 for a court or tribunal claim; none for settlement agreement advice."),
 ("P", "When your money on account runs low, we ask you for more before we do further work. We pay you interest on "
       "money held for you if the interest for the whole matter comes to more than £25, at the rate our bank pays us."),
 ("H", "7. Bills and payment"),
 ("B", "On hourly rate matters we send an interim bill every month and a final bill when the matter ends. Property "
       "bills are sent before completion and paid from the sale money."),
 ("B", "Bills are due within 14 days of the bill date. After 30 days we may charge interest at 4% a year above the "
       "Bank of England base rate, and stop work until the bill is paid."),
 ("B", "Pay by bank transfer to the account in your client care letter, or by debit card at any office for up to "
       "£1,000 at a time. We accept no more than £500 in cash on any matter."),
 ("B", "Our bank details will not change during your matter, and we will never ask you by email or text to pay into "
       "a different account. If you get such a message, do not pay: phone the person dealing with your matter on the "
       "number in your client care letter."),
 ("B", "Money for a purchase must reach our account in cleared funds by 12:00 on the working day before completion."),
 ("H", "8. Ending your matter early, and refunds"),
 ("P", "You may end our instructions at any time, in writing. We may stop acting for you if you do not pay a bill, "
       "if you do not give us the instructions we need, or if a conflict of interest arises. If your matter ends early:"),
 ("N", "1. Hourly rate work done up to that day is charged at our hourly rates."),
 ("N", "2. If a sale or purchase falls through before contracts are exchanged, we charge half the fixed fee, plus any "
       "disbursements already paid."),
 ("N", "3. If a will or lasting power of attorney is not signed within 6 months of our draft, we close the file and "
       "charge the full fixed fee."),
 ("N", "4. Money on account that is not needed is returned within 10 working days of the final bill, to the account "
       "it came from."),
 ("H", "9. Keeping your papers"),
 ("B", "Original wills and deeds are kept free of charge in the strong room at our records store for as long as you "
       "want. Give us 5 working days' notice to collect them; they are released only to you, or to your executors "
       "with a copy of the death certificate."),
 ("B", "We keep closed files for 15 years for property matters and 7 years for all other matters, then destroy them "
       "confidentially."),
 ("H", "10. Complaints"),
 ("P", "We want to hear if you are unhappy with our service or our bill. Our Client Care Partner is Harriet "
       "Stainforth, Senior Partner. Complaining costs nothing, and we never charge for the time spent on a complaint."),
 ("N", "1. Tell the person dealing with your matter, or their supervisor. Most problems are put right this way."),
 ("N", "2. If you are still unhappy, write or email to the Client Care Partner at head office, saying what went wrong "
       "and what you would like us to do."),
 ("N", "3. We acknowledge your complaint within 3 working days and tell you who will look into it."),
 ("N", "4. We look into it, offer to meet you or speak on the phone, and send our full written reply within 28 days "
       "of acknowledging it."),
 ("N", "5. If you are not happy with our reply, or the complaint is not resolved within 8 weeks, you can ask the "
       "Legal Ombudsman to look at it, within 6 months of our final reply."),
 ("H", "11. Your identity and your information"),
 ("P", "The law requires us to check the identity of every client, and where your money comes from, before we act. "
       "We check your identity electronically through KeldLink, our client portal, and you upload a photo of your "
       "passport or driving licence there. If you cannot use KeldLink, bring your documents to any office. We keep "
       "identity records for 5 years after your matter ends. How we use your information is set out in our privacy "
       "notice; our Data Protection Officer is Delphine Lockwood, Risk and Compliance Manager, at head office."),
 ("H", "12. Our responsibility to you"),
 ("P", "We hold professional indemnity insurance of at least £3 million for each claim, with Calder Mutual "
       "Indemnity. Our liability to you on any matter is limited to £3 million, except for loss caused by fraud or "
       "dishonesty. We are not responsible for advice on tax, except Stamp Duty Land Tax on a property you buy "
       "through us, unless we agree it in writing."),
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
    out.append(p + pad + [(f"Stainforth & Keld Solicitors LLP \u00b7 Client Terms of Business and Fee Guide \u00b7 "
                           f"Version 7 \u00b7 Page {i} of {len(pages)}", 8, False, None)])
words = sum(len((" ".join(t) if isinstance(t, list) else t).split()) for k, t in doc if k != "COLS")
print(len(pages), "pages", words, "words")
(HERE / "docs").mkdir(exist_ok=True)
open(HERE / "docs" / "client-terms-of-business-and-fee-guide.pdf", "wb").write(make_pdf(out))
