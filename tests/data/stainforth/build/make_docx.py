"""Builds docs/management-board-minutes-2033-04-20.docx with python-docx, as coldharbour's make_docx.py does (itself
ferncombe's, hartwell's, ashgrove's and earlier sets'): headings, a Present list, apologies, a numbered agenda,
discussion paragraphs, a Decisions list and an action table (Action, Owner, Due)."""
from pathlib import Path
HERE = Path(__file__).resolve().parents[1]  # tests/data/stainforth
from docx import Document

d = Document()
d.add_heading("Management Board — Minutes", level=0)
d.add_paragraph("Stainforth & Keld Solicitors LLP. Meeting of the Management Board held on Wednesday 20 April 2033, "
                "14:00–17:10, in the boardroom at head office, 14 Corn Market, Hebbleton. Chair: Jonathan Keld. "
                "Minutes: Megan Thorley, HR Manager. These minutes stay in draft until they are agreed at the next "
                "meeting.")

d.add_heading("Present", level=1)
for a in ["Jonathan Keld (Chair; Managing Partner and COLP)",
          "Harriet Stainforth (Senior Partner; Head of Private Client)",
          "Aisling Foxton (Head of Residential Property)",
          "Ikenna Ekwueme (Head of Employment and Litigation)",
          "Nandini Raghunathan (Finance Director and COFA)",
          "Megan Thorley (HR Manager, minutes)"]:
    d.add_paragraph(a, style="List Bullet")
d.add_paragraph("In attendance: Delphine Lockwood (Risk and Compliance Manager, for item 5), Marguerite Sefton "
                "(Garsby Office Manager, for items 4 and 6) and Stanley Oduya (Records Manager, for item 7).")
d.add_paragraph("Apologies: Catrin Harland (Head of Family), on the second day of a final hearing at Hebbleton Family "
                "Court, whose report for items 4 and 6 was presented by Marguerite Sefton, and Rhodri Nuttall (IT "
                "Manager), on annual leave, whose note on email security for item 5 was presented by Delphine "
                "Lockwood.")

d.add_heading("Agenda", level=1)
for a in ["Minutes of the last meeting (16 February 2033) and matters arising",
          "Finance and hourly rates", "Residential property and private client",
          "Family and the out-of-hours duty rota", "Data breaches and the misdirected email of 29 March",
          "Garsby office opening hours", "Records store", "People", "Any other business"]:
    d.add_paragraph(a, style="List Number")

d.add_heading("1. Minutes of the last meeting and matters arising", level=1)
d.add_paragraph("The minutes of 16 February 2033 were agreed. Matters arising: 61% of new residential property "
                "clients now complete their identity check through KeldLink, against 38% a year ago, and the second "
                "scanner at the records store has been in use since 7 March. Version 7 of the Client Terms of "
                "Business has applied to all new matters since 3 January 2033.")

d.add_heading("2. Finance and hourly rates", level=1)
d.add_paragraph("Nandini Raghunathan reported fee income of £4.86 million for the year to 31 March 2033, against a "
                "budget of £4.7 million, and a profit of £1.12 million. Lock-up, the time from doing work to being "
                "paid for it, was 112 days, against the target of 95 days; most of the gap is in litigation.")
d.add_paragraph("The partners' time is fully booked and the partner rate is below that of the two other firms in "
                "the district. The board agreed that from Monday 4 July 2033 the hourly rate for a partner goes up "
                "from £285 to £300, plus VAT, for new matters and for existing matters once the client has had 30 "
                "days' written notice. The rates for every other grade do not change: Senior Associate £250, "
                "Associate £225, Solicitor or Chartered Legal Executive £195, and Trainee Solicitor or Paralegal £135. "
                "Fixed fees do not change. Partners will write to their clients with hourly rate matters by Friday 3 "
                "June 2033, and Nandini will update the rates in CaseLedger and issue version 8 of the terms.")
d.add_paragraph("Aisling Foxton proposed charging £35 a year for keeping a new client's original will in the "
                "strong room. Harriet Stainforth said that about 70% of the firm's probate work comes from wills it "
                "keeps, and that other firms in the district keep wills free. The board did not agree: keeping wills "
                "and deeds stays free of charge.")

d.add_heading("3. Residential property and private client", level=1)
d.add_paragraph("Aisling Foxton reported 418 completions in the year, 36 more than last year, with an average of "
                "13 weeks from instruction to completion. Two attempted payment frauds were stopped in March: in "
                "both, a client was sent an email that appeared to come from the firm asking for completion money "
                "to be paid into a new account, and both clients phoned their conveyancer first. Harriet reported "
                "212 wills and 168 lasting powers of attorney made in the year.")
d.add_paragraph("Aisling also put forward a proposal to replace CaseLedger with a new case management system that "
                "would let clients sign documents in KeldLink, at about £96,000 over 3 years. The board asked for a "
                "second quotation and a plan for moving the existing matters, so the proposal was deferred to the "
                "July meeting on Wednesday 20 July 2033.")

d.add_heading("4. Family and the out-of-hours duty rota", level=1)
d.add_paragraph("Marguerite Sefton presented Catrin Harland's report. The family duty phone took 31 calls from "
                "January to March, and 11 of them led to urgent applications for non-molestation orders at "
                "Hebbleton Family Court the next morning. Two solicitors have asked to leave the duty rota, saying "
                "that the weeknight allowance does not reflect how often they are called.")
d.add_paragraph("The board agreed that from Friday 1 July 2033 the family duty allowance goes up from £45 to £60 a "
                "weekday night. The weekend and bank holiday rate of £90 a day does not change, and nor does the time "
                "off in lieu for a call-out lasting more than 2 hours. Megan Thorley will update the Staff Handbook "
                "and the pay codes in StaffPoint, and Catrin will ask both solicitors to stay on the rota.")

d.add_heading("5. Data breaches and the misdirected email of 29 March", level=1)
d.add_paragraph("Delphine Lockwood reported on a breach on Tuesday 29 March 2033. A conveyancing secretary sent a "
                "completion statement, with the client's bank details and sale price, to another client with the "
                "same surname. She realised at 11:20 but did not report it until 15:05, after the 1 hour the "
                "procedure allows, because she first tried to deal with it herself. The recipient deleted the email "
                "and confirmed it in writing; Delphine decided it was not reportable to the Information "
                "Commissioner's Office, and the client was told.")
d.add_paragraph("There were 14 breaches in the year to 31 March: 9 misdirected emails, 3 paper files that went "
                "missing for a time and 2 lost phones; none was reportable. The board agreed that from Monday 9 May "
                "2033 every suspected breach must be reported to the Risk and Compliance Manager within 30 minutes of "
                "being found, instead of 1 hour. The Data Protection Officer's decision within 24 hours and the rest "
                "of RM-04 do not change. Delphine will update RM-04 and brief every team, and Rhodri Nuttall will "
                "set a 2-minute delay on all emails sent outside the firm from the same date.")

d.add_heading("6. Garsby office opening hours", level=1)
d.add_paragraph("Marguerite Sefton reported that 46 clients asked for an evening appointment at Garsby from January "
                "to March, most of them working parents. The board agreed that from Wednesday 1 June 2033 the Garsby "
                "office stays open until 19:00 on Wednesdays, instead of 17:00, with two family solicitors and a "
                "receptionist. Its hours on other days, and its closure on Saturdays, do not change, and nor do the "
                "hours of head office and the Thursgill office. Marguerite will update the Garsby rota, and Eleri "
                "Appleyard the questions page on the website.")

d.add_heading("7. Records store", level=1)
d.add_paragraph("Stanley Oduya reported that the store holds 38,200 closed files, 9,640 original wills and 2,310 "
                "deed packets. The yearly destruction run, to be held in May, will destroy about 2,150 files past "
                "their keeping date. Scanning of deed packets is 40% complete.")
d.add_paragraph("Stanley proposed moving the closed files to a commercial records store at Holmroyd Park, at "
                "about £41,000 a year, so that Unit 11 could hold only wills and deeds. As the lease on Unit 11 runs "
                "until 2036 and the board wants the cost of ending it early, the proposal was deferred to the October "
                "meeting on Wednesday 19 October 2033.")

d.add_heading("8. People", level=1)
d.add_paragraph("Megan Thorley reported 74 people, partners included, and 4 vacancies: two conveyancers, a family "
                "solicitor and a legal secretary. Sickness absence was 2.7% in the year. Both trainee solicitors "
                "qualify in September 2033 and have accepted solicitor posts, one in family and one in employment.")

d.add_heading("9. Any other business", level=1)
d.add_paragraph("The staff summer party is at Hebbleton cricket club on Friday 8 July 2033. The next fire drill at "
                "head office is on Tuesday 10 May.")

d.add_heading("Decisions", level=1)
for t in ["From Monday 4 July 2033 the partner hourly rate goes up from £285 to £300, plus VAT; the rates for all "
          "other grades and all fixed fees do not change.",
          "Keeping original wills and deeds stays free; the proposed charge of £35 a year for keeping a will was "
          "not agreed.",
          "From Friday 1 July 2033 the family duty allowance goes up from £45 to £60 a weekday night; the weekend "
          "and bank holiday rate of £90 a day does not change.",
          "From Monday 9 May 2033 a suspected breach is reported to the Risk and Compliance Manager within 30 "
          "minutes of being found, instead of 1 hour; the rest of RM-04 does not change.",
          "From Wednesday 1 June 2033 the Garsby office stays open until 19:00 on Wednesdays, instead of 17:00.",
          "Deferred: a new case management system to replace CaseLedger (July meeting, 20 July 2033) and moving the "
          "closed files to a commercial records store (October meeting, 19 October 2033)."]:
    d.add_paragraph(t, style="List Bullet")

d.add_heading("Action items", level=1)
t = d.add_table(rows=1, cols=3)
t.style = "Table Grid"
for c, h in zip(t.rows[0].cells, ["Action", "Owner", "Due"]):
    c.text = h
rows = [
    ("Write to clients with hourly rate matters about the £300 partner rate", "All partners", "3 June 2033"),
    ("Update CaseLedger rates and issue version 8 of the terms of business", "Nandini Raghunathan", "24 June 2033"),
    ("Get a second quotation for a new case management system", "Aisling Foxton", "1 July 2033"),
    ("Update the Staff Handbook and StaffPoint pay codes for the £60 duty allowance", "Megan Thorley", "17 June 2033"),
    ("Update RM-04 for the 30-minute reporting rule and brief every team", "Delphine Lockwood", "6 May 2033"),
    ("Set a 2-minute delay on emails sent outside the firm", "Rhodri Nuttall", "9 May 2033"),
    ("Update the Garsby rota for Wednesday evenings", "Marguerite Sefton", "20 May 2033"),
    ("Update the website questions page for the Garsby Wednesday hours", "Eleri Appleyard", "25 May 2033"),
    ("Get the cost of ending the Unit 11 lease early", "Stanley Oduya", "30 September 2033"),
]
for r in rows:
    for c, v in zip(t.add_row().cells, r):
        c.text = v

d.add_heading("Next meeting", level=1)
d.add_paragraph("The next Management Board meeting is on Wednesday 20 July 2033 at 14:00 at head office.")

d.save(HERE / "docs" / "management-board-minutes-2033-04-20.docx")
