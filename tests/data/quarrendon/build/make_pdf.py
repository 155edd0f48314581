"""Builds docs/share-offer-and-member-charges-guide.pdf: fellgate's make_pdf.py (itself ellerby's, tarnbeck's,
stainforth's, coldharbour's, ferncombe's, hartwell's, ashgrove's and earlier sets'): lines of Helvetica text written by
PDFium, table cells at fixed x positions, a bold header row, a footer with page numbers. Words are never split at
hyphens, so quotes stay verbatim after text extraction. A table row is ("TD", cells) and uses the column positions set
by the last ("COLS", [...]) entry; ("N", text) is a numbered step written like a bullet with its own number. Tables
are kept on one page with the paragraph that introduces them, and headings with the lines after them."""
from pathlib import Path
HERE = Path(__file__).resolve().parents[1]  # tests/data/quarrendon
import ctypes, io, textwrap

B = "\u2022 "

doc = [
 ("T", "Share Offer and Member Charges Guide"),
 ("P", "Quarrendon Community Energy Ltd, 12 Mill Leat Yard, Quarrendon QN4 2HT, a community benefit society "
       "owned by its members. Version 5, in force from Monday 2 April 2035; next review March 2036. Owner: "
       "Rosalind Quaye, Member Services Manager. This version replaces version 4 of April 2034."),
 ("H", "1. About this guide"),
 ("P", "This guide is for members and for anyone thinking of joining. It explains how to become a member, what "
       "our share classes cost and pay, how to buy more shares, withdraw them or pass them on, and what members and "
       "non-members pay to charge an electric vehicle at our charge points or to have a home energy advice visit. "
       "Shares in a community benefit society are not a bank deposit: the value of your shares cannot go up, but "
       "you could lose some or all of your money, and interest is paid only if the society can afford it. Read "
       "the share offer document in ShareLedger before you invest. Where the rules of the society differ from this "
       "guide, the rules apply."),
 ("H", "2. What changed in version 5"),
 ("B", "The target interest rate on Sallow Hill Solar Shares is now 4.25% a year, instead of 4%."),
 ("B", "You can now hold up to £25,000 of Community Shares, instead of £20,000."),
 ("B", "The minimum holding of Junior Shares is now £25, instead of £50."),
 ("B", "Members now pay 32p a kWh to charge in the daytime at Mill Leat Yard and Lenbury Station, instead of 29p."),
 ("B", "A home energy advice visit for a non-member now costs £60, instead of £45. Members still pay £45."),
 ("B", "Transferring shares to a family member now costs £10 a transfer, instead of £20."),
 ("B", "The fee for withdrawing shares is now £15 a withdrawal, instead of £25."),
 ("H", "3. Share classes and interest"),
 ("P", "Every member holds at least the minimum in one share class and has one vote at general meetings, however "
       "many shares they hold. Prices, holdings and target interest rates by share class are:"),
 ("COLS", [50, 265, 335, 400, 475]),
 ("TH", ["Share class", "Price", "Minimum", "Maximum", "Interest"]),
 ("TD", ["Community Shares", "£1", "£100", "£25,000", "3.5%"]),
 ("TD", ["Sallow Hill Solar Shares (2035 offer)", "£10", "£250", "£50,000", "4.25%"]),
 ("TD", ["Tallow Rigg Turbine Shares (closed)", "£10", "£500", "£20,000", "5%"]),
 ("TD", ["Junior Shares (ages 12 to 17)", "£1", "£25", "£2,000", "3%"]),
 ("P", "Interest rates are targets, not promises. The board proposes the rate for each class every year and "
       "members approve it at the annual general meeting in June. Interest is paid once a year, in July, into the "
       "bank account in ShareLedger, or added to your holding as new shares if you choose. Interest of less than "
       "£5 is always added to your holding. Interest is paid gross, and you are responsible for any tax due. The "
       "Sallow Hill Solar Share offer is open from Monday 2 April to Saturday 30 June 2035, or until £1.8 million "
       "has been raised. Tallow Rigg Turbine Shares were issued in 2032 and are closed to new investment."),
 ("H", "4. Joining"),
 ("P", "Anyone aged 18 or over with a UK address can join, and so can local groups, charities and businesses. "
       "Young people aged 12 to 17 can hold Junior Shares, bought for them by a parent or guardian. To join:"),
 ("N", "1. Read the share offer document and this guide in ShareLedger, on our website."),
 ("N", "2. Apply in ShareLedger, or on the paper form from Member Services, choosing a share class and amount."),
 ("N", "3. Pay by bank transfer or debit card. We do not take credit cards or cash."),
 ("N", "4. We check your identity within 10 working days and may ask for a document if the online check fails."),
 ("N", "5. Your shares are issued on the 1st of the following month, and interest is earned from that date. Your "
       "share certificate and membership number are in ShareLedger."),
 ("P", "You can cancel a new application within 14 days of applying and get your money back in full."),
 ("H", "5. Buying more shares"),
 ("N", "1. Sign in to ShareLedger and choose Buy more shares."),
 ("N", "2. Choose the share class. You can add to Community Shares at any time, in amounts of £10 or more, and to "
       "Solar Shares while the offer is open."),
 ("N", "3. Pay by bank transfer or debit card. New shares are issued on the 1st of the following month."),
 ("H", "6. Withdrawing and transferring shares"),
 ("P", "Shares cannot be sold, but members can withdraw them, which means the society buys them back at the price "
       "you paid. The rules are:"),
 ("B", "Community Shares and Solar Shares can be withdrawn once you have held them for 3 years. Tallow Rigg "
       "Turbine Shares cannot be withdrawn before 31 March 2037."),
 ("B", "Withdrawals of up to £5,000 need 3 months' notice, and withdrawals of more than £5,000 need 6 months' "
       "notice, counted from the day we receive your request."),
 ("B", "A fee of £15 is taken from each withdrawal. There is no fee and no notice period when shares are "
       "withdrawn by the executors of a member who has died."),
 ("B", "Unless you withdraw everything, you must keep at least the minimum holding for the class."),
 ("B", "To protect the society, the board may limit withdrawals to 5% of share capital in a year. Requests are "
       "then paid in the order we received them."),
 ("B", "Shares can be transferred only to a spouse, civil partner, child or grandchild who is, or becomes, a "
       "member. A transfer costs £10 and takes up to 20 working days."),
 ("P", "Withdrawing shares:"),
 ("N", "1. Sign in to ShareLedger, open My Shares and choose Request a withdrawal, giving the class and amount."),
 ("N", "2. Member Services confirms your request, and the date your notice ends, within 5 working days."),
 ("N", "3. When your notice ends, the money is paid to the bank account in ShareLedger within 10 working days."),
 ("N", "4. Interest is paid on withdrawn shares up to the day they are paid out."),
 ("H", "7. Charging at our charge points"),
 ("P", "Members pay the member tariff when they start a session in the QCharge app with their membership number "
       "linked. Paying by contactless card at the charger, or in the app without a membership number, is charged "
       "at the non-member tariff. Prices per kWh by site and time of day are:"),
 ("COLS", [50, 270, 380, 470]),
 ("TH", ["Site and charger", "Time of day", "Members", "Non-members"]),
 ("TD", ["Market Square, 50 kW rapid", "07:00 to 19:00", "42p", "55p"]),
 ("TD", ["Market Square, 50 kW rapid", "19:00 to 07:00", "34p", "46p"]),
 ("TD", ["Mill Leat Yard, 22 kW", "07:00 to 19:00", "32p", "44p"]),
 ("TD", ["Mill Leat Yard, 22 kW", "19:00 to 07:00", "24p", "36p"]),
 ("TD", ["Lenbury Station, 22 kW", "07:00 to 19:00", "32p", "44p"]),
 ("TD", ["Lenbury Station, 22 kW", "19:00 to 07:00", "24p", "36p"]),
 ("TD", ["Hobb's Weir, 7 kW", "all day", "30p", "40p"]),
 ("P", "An overstay fee of 10p a minute is charged when a car stays plugged in more than 15 minutes after "
       "charging ends at Market Square, or more than 60 minutes after it ends at the other sites. Parking in a "
       "charging bay is free while you charge, for up to 3 hours at Market Square."),
 ("H", "8. Home energy advice visits"),
 ("P", "A home energy advice visit lasts about 90 minutes. An adviser looks at your heating, insulation, draughts "
       "and bills, and you get a written report with what to do first. A standard visit costs £45 for members and "
       "£60 for non-members. A thermal imaging survey, from October to March only, costs £35 for members and £50 "
       "for non-members. Visits are free for households who qualify, listed on the members' help centre, and "
       "advice on the phone is always free. If you cancel with less than 48 hours' notice, a fee of £15 is charged."),
 ("P", "Booking an advice visit:"),
 ("N", "1. Check whether you qualify for a free visit on the members' help centre."),
 ("N", "2. Book in VisitBook, on our website, or phone the advice line and we will book it for you."),
 ("N", "3. We offer you a visit within 15 working days, on a weekday or a Saturday morning."),
 ("N", "4. Your written report is sent to you within 10 working days of the visit."),
 ("H", "9. Complaints"),
 ("N", "1. Contact Member Services within 3 months of the problem, through ShareLedger, by email or by phone. We "
       "acknowledge your complaint within 3 working days."),
 ("N", "2. Member Services replies in full within 15 working days."),
 ("N", "3. Not satisfied? Ask for a review by the Managing Director, who replies within 20 working days."),
 ("N", "4. If you are still unhappy, the Community Energy Complaints Panel, which is independent and charges you "
       "nothing, can look at your complaint if you contact it within 12 months of our final reply."),
 ("H", "10. General meetings and voting"),
 ("P", "The annual general meeting is held each June at Lenbury Memorial Hall. Every member has one vote, "
       "whatever the size of their holding, and can vote in person, by post or in ShareLedger up to 48 hours "
       "before the meeting. The board has nine directors: six are elected by the members for 3 years, with two "
       "standing down each year, and up to three are co-opted for their skills. Any member who has held shares "
       "for at least 12 months can stand for election; nominations close on 31 March."),
 ("H", "11. Keeping your details up to date"),
 ("B", "Change your address, email and bank details in ShareLedger. Bank details changed after 15 June are used "
       "from the following year's interest payment."),
 ("B", "Junior Shares become Community Shares on the 1st of the month after the holder's 18th birthday, and the "
       "new member is sent their own ShareLedger sign-in."),
 ("B", "If a member dies, their executors should send Member Services a copy of the death certificate and the "
       "grant of probate, or a letter from the solicitor dealing with the estate."),
 ("B", "If you are locked out of ShareLedger, Member Services resets your account once we have checked your "
       "identity. We will never ask for your password by phone or email."),
 ("H", "12. Contact us"),
 ("P", "Member Services: 01632 960 400, Monday to Friday 09:00 to 17:00 and Saturday 10:00 to 13:00. Home energy "
       "advice line: 01632 960 430. Charge point helpline, 24 hours: 01632 960 440."),
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
    out.append(p + pad + [(f"Quarrendon Community Energy \u00b7 Share Offer and Member Charges Guide \u00b7 "
                           f"Version 5 \u00b7 Page {i} of {len(pages)}", 8, False, None)])
words = sum(len((" ".join(t) if isinstance(t, list) else t).split()) for k, t in doc if k != "COLS")
print(len(pages), "pages", words, "words")
(HERE / "docs").mkdir(exist_ok=True)
open(HERE / "docs" / "share-offer-and-member-charges-guide.pdf", "wb").write(make_pdf(out))
