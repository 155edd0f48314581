"""Builds docs/board-of-trustees-minutes-2035-06-16.docx with python-docx, as fellgate's make_docx.py does (itself
ellerby's, tarnbeck's, stainforth's, coldharbour's, ferncombe's, hartwell's, ashgrove's and earlier sets'): headings, a
Present list, apologies, a numbered agenda, a director's report, discussion paragraphs, a Decisions list and an action
table (Action, Owner, Due)."""
from pathlib import Path
HERE = Path(__file__).resolve().parents[1]  # tests/data/brackenholme
from docx import Document

d = Document()
d.add_heading("Board of Trustees — Minutes", level=0)
d.add_paragraph("Brackenholme Museums Trust. Meeting of the Board of Trustees held on Saturday 16 June 2035, "
                "10:00–13:15, in the Board Room at 4 Tolbooth Wynd, Brackenholme. Chair: Professor Alasdair Wetherell. "
                "Minutes: Lucinda Pargeter, Clerk to the Trustees. These minutes stay in draft until they are agreed "
                "at the next meeting.")

d.add_heading("Present", level=1)
for a in ["Professor Alasdair Wetherell (Chair)",
          "Hermione Glasby (Treasurer)",
          "Councillor Jasper Ormerod (trustee nominated by Brackenholme Town Council)",
          "Dr Farida Marland (trustee)",
          "Benedict Fawcett (trustee)",
          "Oluwaseun Adebanjo (trustee)"]:
    d.add_paragraph(a, style="List Bullet")
d.add_paragraph("In attendance: Dr Evangeline Rathbone (Director), Ruaridh Calloway (Finance Manager), Marisol "
                "Denholm (Head of People, for item 4), Dominic Haverfield (Commercial Manager, for items 5 and 9), "
                "Ambrose Tindall (Head of Visitor Experience, for item 6), Cressida Varney (Head of Collections, for "
                "items 7 and 9) and Lucinda Pargeter (Clerk to the Trustees, minutes).")
d.add_paragraph("Apologies: Philippa Dunstable (trustee), who is abroad, and Barnaby Lightowler (Registrar), on "
                "courier duty with a Selwood Gallery loan, whose loans report for item 7 was "
                "presented by Cressida Varney.")

d.add_heading("Agenda", level=1)
for a in ["Welcome, apologies and declarations of interest",
          "Minutes of the last meeting (10 March 2035) and matters arising",
          "Director's report", "Staff pay: the Sunday supplement", "Venue hire: damage deposits",
          "Selwood Gallery Thursday late opening", "Collections loans: fees",
          "Proposal to charge admission at Brackenholme Town Museum",
          "Stable Yard Café extension and the collections database", "Any other business"]:
    d.add_paragraph(a, style="List Number")

d.add_heading("1. Welcome, apologies and declarations of interest", level=1)
d.add_paragraph("The Chair welcomed Oluwaseun Adebanjo to her first meeting as a trustee. Apologies were noted as "
                "above. Councillor Jasper Ormerod declared an interest in item 8 as a member of Brackenholme Town "
                "Council, which gives the Trust a grant of £180,000 a year towards the Town Museum, and took no "
                "part in the decision on that item.")

d.add_heading("2. Minutes of the last meeting and matters arising", level=1)
d.add_paragraph("The minutes of 10 March 2035 were agreed. Matters arising: version 5 of the Admissions and Venue "
                "Hire Prices Guide has applied since 1 April 2035, and the replacement lift at Market Hall was handed over "
                "on Friday 1 June 2035.")

d.add_heading("3. Director's report", level=1)
d.add_paragraph("Dr Evangeline Rathbone reported on the year to 31 March 2035. The four sites had 232,350 visits, "
                "against 219,600 the year before: 61,400 at Brackenholme Town Museum, 38,750 at Dunnock Bridge Mill "
                "Museum, 47,900 at the Selwood Gallery and 84,300 at Wintersett Hall and Gardens. The learning team "
                "welcomed 14,600 pupils in 412 school groups, and 310 volunteers gave 28,500 hours.")
d.add_paragraph("There were 4,180 memberships at 31 March 2035, against 3,760 a year earlier, 1,240 of them family "
                "memberships. Ruaridh Calloway reported income of £4.37 million, against a budget of £4.25 million. "
                "Venue hire brought in £412,000, against a budget of £380,000, and the cafés and shops £1.27 "
                "million. The re-roofing of the east wing at Wintersett Hall is on budget at £640,000 and will "
                "finish in September.")

d.add_heading("4. Staff pay: the Sunday supplement", level=1)
d.add_paragraph("Marisol Denholm reported that 23% of visitor services Sunday shifts in 2034/35 were covered by "
                "casual staff or overtime, and that 9 of the 14 vacancies in visitor services and the cafés were for "
                "posts with weekend working. Staff leaving in their first year most often gave Sunday working as "
                "the reason.")
d.add_paragraph("The Board agreed that from Sunday 5 August 2035 the Sunday supplement for staff on grades M1 and M2 "
                "goes up from £1.40 to £1.75 an hour. Double time on bank holidays does not change, and nor does "
                "the late event allowance of £12 or £20. Marisol Denholm will update the Staff Handbook and the pay "
                "codes in StaffDesk.")

d.add_heading("5. Venue hire: damage deposits", level=1)
d.add_paragraph("Dominic Haverfield reported 214 hires in 2034/35, 61 of them weddings at Wintersett. Damage at 7 "
                "evening hires cost more than the £500 deposit to put right; the worst, after a wedding in October "
                "2034, was £2,900 to repair panelling in the Great Hall. Three invoices for the balance are still "
                "unpaid.")
d.add_paragraph("The Board agreed that for evening hires taking place from Monday 1 October 2035 the damage deposit "
                "goes up from £500 to £750. The damage deposit for day hire stays at £250, and deposits are still "
                "refunded within 14 days after the hire. Dominic Haverfield will update HallKeeper, the hire terms "
                "and the Admissions and Venue Hire Prices Guide.")

d.add_heading("6. Selwood Gallery Thursday late opening", level=1)
d.add_paragraph("Ambrose Tindall reported that Thursday late openings at the Selwood Gallery drew an average of 290 "
                "visitors an evening, more than half of them arriving after 18:30, and that the gallery was still "
                "busy when it closed. The Board agreed that from Thursday 5 July 2035 the Selwood Gallery stays open "
                "until 21:00 on Thursdays, instead of 20:00. It still opens at 10:00, and the hours on other days "
                "do not change. Ambrose Tindall will update the visitor help centre page and the gallery rota.")

d.add_heading("7. Collections loans: fees", level=1)
d.add_paragraph("Cressida Varney presented Barnaby Lightowler's report. There were 46 outgoing loan requests in "
                "2034/35, 19 of them from non-accredited venues such as libraries, schools and visitor centres, and "
                "each non-accredited loan took an average of 31 hours of staff time, against 18 hours for a loan to "
                "an accredited museum.")
d.add_paragraph("The Board agreed that from Monday 3 September 2035 the arrangement fee for an outgoing loan to a "
                "non-accredited venue goes up from £180 to £240 a loan. The charge of £45 an object does not change, "
                "and loans to accredited museums stay free of fees. Barnaby Lightowler will update procedure CL-03 "
                "and the fees in CurioBase.")

d.add_heading("8. Proposal to charge admission at Brackenholme Town Museum", level=1)
d.add_paragraph("Ruaridh Calloway proposed an admission charge of £4 for adults at Brackenholme Town Museum, with "
                "children free, which he estimated would bring in £96,000 a year. Dr Farida Marland and Benedict "
                "Fawcett said that free entry is a condition of the Town Council grant and that visits to town "
                "museums elsewhere had fallen by up to 40% after charges were brought in. The Board did not agree: "
                "entry to Brackenholme Town Museum stays free. Councillor Jasper Ormerod took no part.")

d.add_heading("9. Stable Yard Café extension and the collections database", level=1)
d.add_paragraph("Dominic Haverfield proposed extending the Stable Yard Café into the Coach House at Wintersett, "
                "adding 48 seats, at about £265,000. The Hollindale Heritage Fund may pay up to half, and its "
                "decision is expected in August. The proposal was deferred to the September meeting on Saturday "
                "15 September 2035.")
d.add_paragraph("Cressida Varney proposed replacing CurioBase with a new collections management system, at about "
                "£74,000 plus £9,500 a year. The Board asked for three quotes and a plan for moving the 118,000 "
                "object records, so the proposal was deferred to the December meeting on Saturday 8 December 2035.")

d.add_heading("10. Any other business", level=1)
d.add_paragraph("The Dunnock Bridge Mill Water Festival is on Saturday 25 August 2035, and the Selwood Gallery's "
                "autumn exhibition, Threads of Hollindale, opens on Saturday 13 October 2035. Trustees are invited "
                "to the private view the evening before.")

d.add_heading("Decisions", level=1)
for t in ["From Sunday 5 August 2035 the Sunday supplement for staff on M1 and M2 goes up from £1.40 to £1.75 an "
          "hour; bank holiday double time and the late event allowance do not change.",
          "For evening hires from Monday 1 October 2035 the damage deposit goes up from £500 to £750; the day hire "
          "deposit stays at £250.",
          "From Thursday 5 July 2035 the Selwood Gallery stays open until 21:00 on Thursdays, instead of 20:00.",
          "From Monday 3 September 2035 the arrangement fee for an outgoing loan to a non-accredited venue goes up "
          "from £180 to £240; the £45 an object does not change.",
          "Entry to Brackenholme Town Museum stays free; the proposal to charge adults £4 was not agreed.",
          "Deferred: the Stable Yard Café extension into the Coach House (September meeting, 15 September 2035) "
          "and replacing CurioBase (December meeting, 8 December 2035)."]:
    d.add_paragraph(t, style="List Bullet")

d.add_heading("Action items", level=1)
t = d.add_table(rows=1, cols=3)
t.style = "Table Grid"
for c, h in zip(t.rows[0].cells, ["Action", "Owner", "Due"]):
    c.text = h
rows = [
    ("Update the Staff Handbook and StaffDesk pay codes for the £1.75 Sunday supplement", "Marisol Denholm", "20 July 2035"),
    ("Update HallKeeper, the hire terms and the prices guide for the £750 evening damage deposit", "Dominic Haverfield", "31 August 2035"),
    ("Update the visitor help centre page and the gallery rota for Thursdays to 21:00", "Ambrose Tindall", "28 June 2035"),
    ("Update procedure CL-03 and the CurioBase fees for the £240 loan arrangement fee", "Barnaby Lightowler", "24 August 2035"),
    ("Report the Hollindale Heritage Fund decision on the Coach House café extension", "Dominic Haverfield", "31 August 2035"),
    ("Obtain three quotes and a data migration plan for a collections management system", "Cressida Varney", "16 November 2035"),
]
for r in rows:
    for c, v in zip(t.add_row().cells, r):
        c.text = v

d.add_heading("Next meeting", level=1)
d.add_paragraph("The next meeting of the Board of Trustees is on Saturday 15 September 2035 at 10:00 in the Board "
                "Room at 4 Tolbooth Wynd, Brackenholme.")

d.save(HERE / "docs" / "board-of-trustees-minutes-2035-06-16.docx")
