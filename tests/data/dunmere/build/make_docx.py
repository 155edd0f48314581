"""Builds docs/trustees-meeting-minutes-2036-02-17.docx with python-docx, as fellgate's make_docx.py does (itself
ellerby's, tarnbeck's, stainforth's, coldharbour's, ferncombe's, hartwell's, ashgrove's and earlier sets'): headings, a
Present list, apologies, a numbered agenda, a general manager's report, discussion paragraphs, a Decisions list and an
action table (Action, Owner, Due)."""
from pathlib import Path
HERE = Path(__file__).resolve().parents[1]  # tests/data/dunmere
from docx import Document

d = Document()
d.add_heading("Board of Trustees — Minutes", level=0)
d.add_paragraph("Dunmere Valley Railway Trust. Meeting of the Board of Trustees held on Sunday 17 February 2036, "
                "14:00–16:50, in the board room at Dunmere Town station. Chair: Hugo Tremlett. Minutes: Gethin "
                "Oyelaran, Volunteer and Staff Manager. These minutes stay in draft until they are agreed at the "
                "next meeting.")

d.add_heading("Present", level=1)
for a in ["Hugo Tremlett (Chair)",
          "Ifeoma Brackley (Treasurer)",
          "Judith Arkwright (trustee for safety)",
          "Sunita Balakrishnan (trustee for volunteers)",
          "Owain Pryderi (trustee for heritage and the museum)",
          "Morwenna Castellane (General Manager, not a trustee)",
          "Gethin Oyelaran (Volunteer and Staff Manager, minutes)"]:
    d.add_paragraph(a, style="List Bullet")
d.add_paragraph("In attendance: Declan Mayhew (Head of Operations and Safety, for items 3 and 5), Philippa Stanhope "
                "(Commercial Manager, for items 4, 6 and 7) and Euan Fairbairn (Permanent Way Manager, for item 5).")
d.add_paragraph("Apologies: Barnaby Quill (trustee), at a heritage railways conference in Harrowgate Vale, and Dr "
                "Helen Marchbank (trustee), unwell. Rosalind Tapper (Chief Mechanical Engineer) sent her report for "
                "item 8, which was presented by Morwenna Castellane.")

d.add_heading("Agenda", level=1)
for a in ["Minutes of the last meeting (16 December 2035) and matters arising",
          "General Manager's report: the 2035 season", "Staff on-call allowance",
          "Dining-train cancellations", "Notice for planned possessions", "Tender Café summer hours",
          "Car park charge proposal", "Boiler overhaul of No. 5 Hesketh and the museum classroom",
          "Any other business"]:
    d.add_paragraph(a, style="List Number")

d.add_heading("1. Minutes of the last meeting and matters arising", level=1)
d.add_paragraph("The minutes of 16 December 2035 were agreed. Matters arising: the new volunteers' hostel at Kelsey "
                "Bridge opened on Saturday 12 January 2036 with 14 beds, and version 5 of the Fares, Membership and "
                "Group Bookings Guide has applied since 3 December 2035. Philippa Stanhope reported that 1,940 "
                "dining-train seats had been booked for 2036 by 31 January, against 1,610 at the same point last "
                "year.")

d.add_heading("2. General Manager's report: the 2035 season", level=1)
d.add_paragraph("Morwenna Castellane reported 68,400 passenger journeys in 2035, against 61,900 in 2034, including "
                "14,600 on the Santa Specials. The dining trains served 4,820 meals, and 3,150 pupils from 71 "
                "schools came on school visits. Income for the year was £2.14 million, against a budget of £2.02 "
                "million. Coal cost £312 a tonne, against £265 in the budget, and the Trust burned 410 tonnes.")
d.add_paragraph("There were 2,960 members at 31 December 2035, up from 2,710 a year earlier. 426 volunteers were "
                "registered in RosterLine, and 188 of them worked 20 turns or more. No reportable accidents were "
                "recorded in 2035; there were 6 near misses on or near the line, all investigated.")
d.add_paragraph("The Railway Museum at Kelsey Bridge had 22,300 visitors. No. 3 Brantwood, the 0-6-2 tank engine, "
                "ran 6,150 miles and remained the main service locomotive; the diesel No. 12 Marnie returned to "
                "traffic in August after a new engine was fitted, and No. 5 Hesketh was withdrawn in October when "
                "its boiler certificate ran out. The board thanked the volunteers of Kelsey Bridge Works for "
                "finishing the restoration of the Calder saloon in time for the Santa Specials.")

d.add_heading("3. Staff on-call allowance", level=1)
d.add_paragraph("Declan Mayhew reported that the S&T technicians and the track patrol were called out 41 times at "
                "night in 2035, and that the weeknight on-call rota had fallen from 7 staff to 5 after two "
                "resignations. Staff had said that £28 did not cover being tied to home for a whole night.")
d.add_paragraph("The board agreed that from Monday 7 April 2036 the on-call allowance for a weeknight goes up from "
                "£28 to £32. The £45 for a Saturday, Sunday or bank holiday on call does not change, and nor does "
                "the call-out payment of £35. Gethin Oyelaran will update the Staff and Volunteer Handbook and the "
                "pay codes in RosterLine.")

d.add_heading("4. Dining-train cancellations", level=1)
d.add_paragraph("Philippa Stanhope reported that ValleyBook recorded 612 dining-train cancellations in 2035, 134 of "
                "them less than 14 days before the date, which got no refund, and that these led to 57 complaints. "
                "Most of the seats were resold from the waiting list.")
d.add_paragraph("The board agreed that from Tuesday 1 April 2036 dining trains cancelled at least 7 days before the "
                "date are refunded in full, less the fee, instead of 14 days. The fee stays at £10 a booking, and a "
                "dining-train booking can still only be moved to a new date up to 14 days before. Philippa Stanhope "
                "will change the rule in ValleyBook and issue version 6 of the guide.")

d.add_heading("5. Notice for planned possessions", level=1)
d.add_paragraph("Euan Fairbairn reported 37 planned possessions in 2035. Nine were asked for with less than three "
                "weeks' notice, and four of these clashed with dining trains or works trains that had already been "
                "booked, so that 3 works trains were cancelled.")
d.add_paragraph("The board agreed that from Monday 12 May 2036 a planned possession must be asked for at least 21 "
                "days ahead, instead of 14. Line blockages still need 48 hours' notice, and an emergency possession "
                "can still be taken at once. Declan Mayhew will update procedure OP-04 and brief every controller "
                "of site safety.")

d.add_heading("6. Tender Café summer hours", level=1)
d.add_paragraph("Philippa Stanhope reported that the last train from Calder Moss arrives at Dunmere Town at 17:05, "
                "after the Tender Café has closed, and that café sales were £286,000 in 2035. The board agreed that "
                "from Saturday 5 April 2036, the first day of the summer season, the Tender Café closes at 18:00 on "
                "Saturdays and Sundays in summer, instead of 17:00. It still opens at 09:30, and the summer weekday "
                "hours of 09:30 to 16:30 do not change. Soraya Pettigrew will roster the extra hour and update the "
                "visitor help pages.")

d.add_heading("7. Car park charge proposal", level=1)
d.add_paragraph("Ifeoma Brackley proposed a charge of £4 a day for visitors who are not members at the Dunmere Town "
                "station car park, which could raise about £38,000 a year. Sunita Balakrishnan and Philippa Stanhope "
                "said that free parking is one of the reasons families choose us over other attractions, and that "
                "volunteers would be charged by mistake. The board did not agree: parking at Dunmere Town stays "
                "free.")

d.add_heading("8. Boiler overhaul of No. 5 Hesketh and the museum classroom", level=1)
d.add_paragraph("Morwenna Castellane presented Rosalind Tapper's proposal for the ten-year boiler overhaul of No. 5 "
                "Hesketh, the 1926 tank engine, at about £236,000. The Northern Steam Heritage Fund may pay up to "
                "half, and its decision is expected in April. The proposal was deferred to the May meeting on "
                "Sunday 18 May 2036.")
d.add_paragraph("Owain Pryderi proposed a classroom for school visits in the Railway Museum at Kelsey Bridge, at "
                "about £118,000. The board asked first for the outcome of Wendlestone County Council's schools "
                "heritage grant, so the proposal was deferred to the July meeting on Sunday 20 July 2036.")

d.add_heading("9. Any other business", level=1)
d.add_paragraph("The Spring Steam Gala runs from Friday 25 to Sunday 27 April 2036, and the annual general meeting "
                "is on Saturday 14 June 2036 at Kelsey Bridge. Track safety refresher training for volunteers is on "
                "Saturday 8 March 2036.")

d.add_heading("Decisions", level=1)
for t in ["From Monday 7 April 2036 the weeknight on-call allowance goes up from £28 to £32; the £45 for a "
          "weekend or bank holiday and the £35 call-out payment do not change.",
          "From Tuesday 1 April 2036 dining trains cancelled at least 7 days before the date are refunded in full, "
          "less the £10 fee, instead of 14 days.",
          "From Monday 12 May 2036 planned possessions must be asked for at least 21 days ahead, instead of 14; "
          "line blockages still need 48 hours' notice.",
          "From Saturday 5 April 2036 the Tender Café closes at 18:00 on summer Saturdays and Sundays, instead of "
          "17:00.",
          "Parking at Dunmere Town stays free; the proposal to charge £4 a day was not agreed.",
          "Deferred: the boiler overhaul of No. 5 Hesketh (May meeting, 18 May 2036) and the museum classroom at "
          "Kelsey Bridge (July meeting, 20 July 2036)."]:
    d.add_paragraph(t, style="List Bullet")

d.add_heading("Action items", level=1)
t = d.add_table(rows=1, cols=3)
t.style = "Table Grid"
for c, h in zip(t.rows[0].cells, ["Action", "Owner", "Due"]):
    c.text = h
rows = [
    ("Update the Staff and Volunteer Handbook and RosterLine pay codes for the £32 on-call allowance", "Gethin Oyelaran", "31 March 2036"),
    ("Change the dining-train refund rule in ValleyBook and issue version 6 of the guide", "Philippa Stanhope", "27 March 2036"),
    ("Update OP-04 for 21 days' notice of planned possessions and brief controllers of site safety", "Declan Mayhew", "28 April 2036"),
    ("Roster the extra café hour and update the visitor help pages", "Soraya Pettigrew", "20 March 2036"),
    ("Report the Northern Steam Heritage Fund's decision on the Hesketh boiler", "Rosalind Tapper", "11 May 2036"),
    ("Apply to Wendlestone County Council for the schools heritage grant", "Dr Anwen Loxley", "30 April 2036"),
]
for r in rows:
    for c, v in zip(t.add_row().cells, r):
        c.text = v

d.add_heading("Next meeting", level=1)
d.add_paragraph("The next meeting of the Board of Trustees is on Sunday 18 May 2036 at 14:00 in the board room at "
                "Dunmere Town station.")

d.save(HERE / "docs" / "trustees-meeting-minutes-2036-02-17.docx")
