"""Builds docs/terms-of-engagement-and-fees.pdf: ashgrove's make_pdf.py (itself saltmoor's, alderley's and earlier
sets'): lines of Helvetica text written by PDFium, table cells at fixed x positions, a bold header row, a footer with
page numbers. Words are never split at hyphens, so quotes stay verbatim after text extraction. A table row is ("TD",
cells) and uses the column positions set by the last ("COLS", [...]) entry; ("N", text) is a numbered step written
like a bullet with its own number. Tables are kept on one page with the paragraph that introduces them, and headings
with the lines after them."""
from pathlib import Path
HERE = Path(__file__).resolve().parents[1]  # tests/data/hartwell
import ctypes, io, textwrap

B = "\u2022 "

doc = [
 ("T", "Terms of Engagement and Fee Terms"),
 ("P", "Hartwell & Crane LLP, Chartered Accountants, 14 Carding Street, Marlstone MN2 4HT. Terms TE-07, version 7. "
       "Approved by the partners on 12 November 2031 and in force from Monday 5 January 2032 for new and existing "
       "clients; next review November 2033. Owner: Niamh Hartwell, Managing Partner. This version replaces version 6 "
       "of March 2029."),
 ("H", "1. About these terms"),
 ("P", "These terms apply to every client of our Marlstone and Kettlebury offices for accounts, tax returns, VAT, "
       "bookkeeping and our payroll bureau. Your engagement letter lists the services we have agreed to provide; "
       "where it differs from these terms, the engagement letter applies. Statutory audits are covered by a "
       "separate audit engagement letter, and the fee tables below do not apply to them. All fees are shown "
       "without VAT, which is added at the standard rate."),
 ("H", "2. What changed in version 7"),
 ("B", "The fee for a personal self-assessment tax return is now £325, instead of £295."),
 ("B", "Records for a self-assessment return must now reach us by 31 October, instead of 30 November."),
 ("B", "The late records surcharge is now £95 a return, instead of £75."),
 ("B", "The monthly payroll fee is now £4.60 a payslip, instead of £4.20."),
 ("B", "Payroll changes for a monthly payroll must now reach us by the 15th of the month, instead of the 18th."),
 ("B", "Our hourly rate for a partner is now £240, instead of £220."),
 ("B", "Invoices are now due within 14 days, instead of 30 days."),
 ("H", "3. Fixed fees"),
 ("P", "Most of our work is done for a fixed fee, agreed before we start and shown in your engagement letter. Our "
       "standard fixed fees for a year's work are:"),
 ("COLS", [50, 290, 380, 470]),
 ("TH", ["Service", "Sole trader", "Partnership", "Limited company"]),
 ("TD", ["Annual accounts, turnover up to £250,000", "£680", "£890", "£1,150"]),
 ("TD", ["Annual accounts, turnover £250,000 to £1m", "£1,100", "£1,350", "£1,850"]),
 ("TD", ["Corporation tax return", "not needed", "not needed", "£450"]),
 ("TD", ["Quarterly VAT returns, four a year", "£520", "£520", "£600"]),
 ("TD", ["Monthly bookkeeping, each month", "£140", "£160", "£190"]),
 ("P", "A personal self-assessment tax return costs £325 for each person, whether you are a sole trader, a partner, "
       "a company director, a landlord or a pensioner. A return that includes foreign income or a capital gain costs "
       "£125 more. Clients with a turnover over £1m are quoted for separately. If the work turns out to be larger "
       "than we agreed, we tell you before we do it and agree a new fee."),
 ("H", "4. Hourly rates"),
 ("P", "Work outside a fixed fee, such as an enquiry from HMRC, tax planning or help with a business sale, is charged "
       "by the hour at these rates, in units of 6 minutes:"),
 ("COLS", [50, 230, 470]),
 ("TH", ["Grade", "Typical work", "Hourly rate"]),
 ("TD", ["Partner", "tax planning, disputes, business sales", "£240"]),
 ("TD", ["Manager", "HMRC enquiries, reviewing complex work", "£165"]),
 ("TD", ["Senior (audit, tax or payroll)", "preparing returns, running a job", "£115"]),
 ("TD", ["Semi-senior", "accounts preparation", "£90"]),
 ("TD", ["Trainee or payroll officer", "bookkeeping, data entry, payroll", "£68"]),
 ("P", "Our first meeting with a new client lasts up to 30 minutes and is free. We send a written quote within 5 "
       "working days of it."),
 ("H", "5. Payroll bureau fees"),
 ("P", "Payroll fees are charged for each payslip we produce, with a minimum fee for each payroll. Payslips, P60s "
       "and payroll reports are published to Quillpoint, where each employee has their own login. Payroll fees are:"),
 ("COLS", [50, 270, 420]),
 ("TH", ["Payroll service", "Fee", "Minimum fee"]),
 ("TD", ["Monthly payroll", "£4.60 a payslip", "£45 a month"]),
 ("TD", ["Fortnightly payroll", "£3.40 a payslip", "£50 a month"]),
 ("TD", ["Weekly payroll", "£2.90 a payslip", "£60 a month"]),
 ("TD", ["Pension auto-enrolment", "£1.10 an employee a month", "none"]),
 ("TD", ["New starter or leaver", "£8 each", "none"]),
 ("TD", ["Year end (P60s and final submission)", "£40 a payroll", "none"]),
 ("P", "Payroll fees are collected by direct debit on the 1st working day of each month for the month before. We pay "
       "your employees only from your own bank account, by a payment file that you approve; we never hold your money."),
 ("H", "6. How to send us your records"),
 ("P", "Send all records through Quillpoint, our client portal. We do not accept records by email, because email is "
       "not secure enough for your financial information. To send records:"),
 ("N", "1. Log in to Quillpoint with your email address and the six-digit code sent to your phone."),
 ("N", "2. Open the job, for example \"Accounts for the year to 31 March 2032\", and upload your records as PDF, "
       "Excel or CSV files, or as clear photos."),
 ("N", "3. Tick \"All records sent\" when you have finished. Our deadlines are counted from that day, not from your "
       "first upload."),
 ("N", "4. We confirm within 2 working days that we have everything, or list what is missing."),
 ("P", "Paper records can be left at either office by appointment. We scan them and return them within 10 working "
       "days. Our deadlines for records are:"),
 ("B", "Self-assessment: all records by 31 October for the return due on the following 31 January."),
 ("B", "Annual accounts: within 3 months after your year end."),
 ("B", "VAT: within 10 days after the end of each VAT quarter."),
 ("B", "Monthly payroll: starters, leavers, hours and bonuses by the 15th of the month."),
 ("B", "Weekly payroll: changes by 12:00 on Tuesday for that week's pay, which is paid on Friday."),
 ("P", "Self-assessment records that reach us after 31 October are charged the late records surcharge of £95 a "
       "return. We cannot promise to file on time if records reach us after 31 December, and any penalty from HMRC "
       "is then yours to pay."),
 ("H", "7. Paying our fees"),
 ("P", "We send invoices through Quillpoint when the work is done, or monthly for bookkeeping and payroll. Invoices "
       "are due within 14 days. You can pay by bank transfer, by card in Quillpoint, or spread a fixed fee over 12 "
       "months by direct debit at no extra cost. We may charge interest at 4% a year above the Bank of England base "
       "rate on invoices more than 30 days overdue, and we may stop work, including payroll, on an account more "
       "than 60 days overdue, after giving you 7 days' written notice."),
 ("H", "8. What we need from you"),
 ("B", "Give us complete and accurate records and information in good time."),
 ("B", "Check and approve your accounts and returns in Quillpoint before we file them: you are responsible for them."),
 ("B", "Tell us within 30 days of any change of address, bank account, directors or business activity."),
 ("B", "Tell us about a new employee before their first pay day, and approve each payroll before it is paid."),
 ("B", "Pay your tax to HMRC yourself: we never pay tax on your behalf."),
 ("B", "Keep your business records for at least 6 years, and your personal tax records for at least 22 months "
       "after the end of the tax year."),
 ("H", "9. Identity checks"),
 ("P", "The money laundering regulations require us to confirm the identity of every new client, and of anyone who "
       "owns 25% or more of a client business, before we start work. We do this through Quillpoint with photo ID "
       "and proof of address. We must report any suspicion of money laundering to the National Crime Agency, and "
       "the law does not allow us to tell you if we have done so."),
 ("H", "10. Ending our work for you"),
 ("P", "Either of us may end the engagement by giving 30 days' written notice. For our payroll bureau the notice is "
       "3 months, so that your employees are paid without a break. We charge for work done up to the end of the "
       "notice and hand over your records once our fees are paid. We keep our files for 7 years after the "
       "engagement ends."),
 ("H", "11. Comments and complaints"),
 ("P", "We want to hear if you are unhappy with our work. Please give your client reference, tell us what went "
       "wrong and what you would like us to do. To make a complaint:"),
 ("N", "1. Speak or write to the manager who looks after your work. Most problems are put right this way."),
 ("N", "2. If you are still unhappy, write to your engagement partner. We acknowledge your complaint within 5 "
       "working days and reply in full within 20 working days."),
 ("N", "3. If the reply does not settle it, ask the Managing Partner for a review within 28 days. She replies "
       "within 30 days."),
 ("N", "4. After that you may complain to the ICAEW, our professional body."),
 ("H", "12. Your information"),
 ("P", "We use your information only to do the work you have engaged us for and to meet our legal duties. It is held "
       "in Tallyworks and Quillpoint on servers in the UK, and our staff are trained in data protection every year. "
       "Quillpoint accounts are closed 90 days after our engagement ends, so download anything you want to keep "
       "before then. If your information is lost or sent to the wrong person, our Data Protection Officer will "
       "contact you and explain what we are doing about it. Our privacy notice, on our website, explains your rights."),
 ("H", "13. Our liability"),
 ("P", "Our total liability for any one engagement is limited to £1 million, and we hold professional indemnity "
       "insurance. We give advice only to you and for the purpose agreed, and accept no liability to anyone else "
       "who relies on it. These terms are governed by the law of England and Wales."),
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
    out.append(p + pad + [(f"Hartwell & Crane LLP \u00b7 Terms of Engagement and Fee Terms TE-07 \u00b7 Version 7 \u00b7 "
                           f"Page {i} of {len(pages)}", 8, False, None)])
words = sum(len((" ".join(t) if isinstance(t, list) else t).split()) for k, t in doc if k != "COLS")
print(len(pages), "pages", words, "words")
(HERE / "docs").mkdir(exist_ok=True)
open(HERE / "docs" / "terms-of-engagement-and-fees.pdf", "wb").write(make_pdf(out))
