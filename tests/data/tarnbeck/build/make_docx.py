"""Builds docs/operations-committee-minutes-2032-09-16.docx with python-docx, as stainforth's make_docx.py does (itself
coldharbour's, ferncombe's, hartwell's, ashgrove's and earlier sets'): headings, a Present list, apologies, a
numbered agenda, discussion paragraphs, a Decisions list and an action table (Action, Owner, Due)."""
from pathlib import Path
HERE = Path(__file__).resolve().parents[1]  # tests/data/tarnbeck
from docx import Document

d = Document()
d.add_heading("Operations Committee — Minutes", level=0)
d.add_paragraph("Tarnbeck Airport Ltd. Meeting of the Operations Committee held on Thursday 16 September 2032, "
                "09:30–12:45, in the Fellside meeting room on the first floor of the terminal. Chair: Graham "
                "Ettrick. Minutes: Bronwen Tallis, HR Manager. These minutes stay in draft until they are agreed at "
                "the next meeting.")

d.add_heading("Present", level=1)
for a in ["Graham Ettrick (Chair; Chief Executive and Accountable Manager)",
          "Farida Okonjo (Operations Director)",
          "Lewis Brackenbury (Head of Terminal Operations)",
          "Moira Danskin (Head of Security)",
          "Tomasz Wielgosz (Chief Fire Officer)",
          "Hamish Corrigall (Finance Director)",
          "Bronwen Tallis (HR Manager, minutes)"]:
    d.add_paragraph(a, style="List Bullet")
d.add_paragraph("In attendance: Declan Harrop (Commercial Manager, for item 4) and Sunniva Holt (Customer Services "
                "Manager, for item 6).")
d.add_paragraph("Apologies: Priya Venkataraman (Head of Airside Operations and Ground Handling), at the de-icing "
                "training day at Fellwing Airways' engineering base, whose report for item 3 was presented by Farida "
                "Okonjo, and Yusuf Adebayo-Kerr (Cargo Manager), on annual leave, whose cargo figures for item 8 "
                "were presented by Hamish Corrigall.")

d.add_heading("Agenda", level=1)
for a in ["Minutes of the last meeting (15 July 2032) and matters arising",
          "Traffic and finance", "Ground handling and the early start allowance",
          "Car parks and the drop-off zone", "Winter schedule and Sunday opening", "Lost property",
          "Fire and rescue service", "Security screening and cargo", "Any other business"]:
    d.add_paragraph(a, style="List Number")

d.add_heading("1. Minutes of the last meeting and matters arising", level=1)
d.add_paragraph("The minutes of 15 July 2032 were agreed. Matters arising: 58% of Long Stay stays are now booked "
                "online through ParkWise, against 41% a year ago, and the new baggage belt in reclaim 2 has been in "
                "use since Monday 2 August. Version 4 of the Passenger and Parking Charges Guide has applied since "
                "1 April 2032.")

d.add_heading("2. Traffic and finance", level=1)
d.add_paragraph("Hamish Corrigall reported 612,400 passengers in the year to 31 August 2032, 8% more than the year "
                "before, and 71,300 in August alone, the busiest month on record. Income for the year was £14.6 "
                "million, against a budget of £14.1 million; the car parks brought in £3.42 million of it. 87% of "
                "departures left on time. 94% of passengers got through security within 15 minutes, against the "
                "target of 95%.")

d.add_heading("3. Ground handling and the early start allowance", level=1)
d.add_paragraph("Farida Okonjo presented Priya Venkataraman's report. Ground handling has 4 vacancies for ramp "
                "agents, and three of the five ramp agents who left over the summer named the early shifts as the "
                "reason. From the start of the winter schedule Fellwing Airways' first departures move to 06:00, so "
                "more shifts will start before 05:00. De-icing fluid stocks will be full, at 48,000 litres, by 15 "
                "October.")
d.add_paragraph("The committee agreed that from Friday 1 October 2032 the early start allowance for a shift that "
                "starts before 05:00 goes up from £9 to £12. The £14 for a shift that starts before 04:00 does not "
                "change, and nor does the night allowance of £2.40 an hour. Bronwen Tallis will update the Staff "
                "Handbook and the pay codes in RosterDeck, and will advertise the four ramp agent posts.")

d.add_heading("4. Car parks and the drop-off zone", level=1)
d.add_paragraph("Declan Harrop reported that the drop-off zone took £412,000 in the year to 31 August and that 3,180 "
                "penalty charges were issued, of which 610 were appealed and 240 cancelled. At peak times cars queue "
                "back onto the airport roundabout. The committee agreed that from Monday 1 November 2032 the "
                "drop-off zone charge for up to 10 minutes goes up from £5 to £6. The £10 charge for 10 to 20 "
                "minutes, the penalty charge of £60 (£30 if paid within 14 days) and the free 30 minutes for Blue "
                "Badge holders do not change. Declan will update ParkWise and the forecourt signs, and issue version "
                "5 of the charges guide.")
d.add_paragraph("Declan also proposed cutting the free pick-up period in the Long Stay car park from 30 minutes to "
                "15 minutes, saying that some drivers use it to wait for delayed flights. Lewis Brackenbury said that "
                "the free period was lengthened to 30 minutes only in April, to take traffic off the forecourt, and "
                "that 15 minutes is too short for most pick-ups even with the bus every 10 minutes. The committee "
                "did not agree: free pick-up in Long Stay stays at 30 minutes.")

d.add_heading("5. Winter schedule and Sunday opening", level=1)
d.add_paragraph("Lewis Brackenbury reported that Fellwing Airways adds a Sunday departure to Kilmorran at 06:10 from "
                "the start of the winter schedule, and Nordvik Air moves its Sunday flight to Vestby to 06:40. The "
                "committee agreed that from Sunday 31 October 2032 the terminal opens at 04:00 on Sundays, instead "
                "of 05:00, and security screening at 04:15, instead of 05:15. Opening times on Monday to Saturday, "
                "and closing times on every day, do not change. Moira Danskin will change the Sunday security rota, "
                "and Lewis the passenger help page on the website.")

d.add_heading("6. Lost property", level=1)
d.add_paragraph("Sunniva Holt reported that 4,870 items were handed in during the year to 31 August, and 2,310 of "
                "them, 47%, went back to their owners. There were 37 complaints from passengers who asked after an "
                "item more than 30 days after losing it, many of them back from holidays of two or three weeks, and "
                "found it had already gone to the charity shop.")
d.add_paragraph("The committee agreed that from Monday 18 October 2032 everyday items (category A) are kept for 45 "
                "days, instead of 30 days. Valuables are still kept for 90 days, and passports and identity cards "
                "still go to the Border Force on the day they are found. Sunniva will update procedure TO-07 and the "
                "help page, and buy extra shelving for the lost property store at a cost of £3,600.")

d.add_heading("7. Fire and rescue service", level=1)
d.add_paragraph("Tomasz Wielgosz reported 212 calls in the year to 31 August: 147 standbys for aircraft, 38 fire "
                "alarms in the terminal and car parks, 19 medical calls and 8 fuel spills. In exercises the first "
                "tender reached the far end of the runway in 2 minutes 20 seconds on average, inside the 3 minutes "
                "required. Tender 2, bought in 2011, is due for replacement, and a new major foam tender would cost "
                "about £780,000. The committee asked for a leasing quotation and for the 2033 capital budget to be "
                "settled first, so the proposal was deferred to the December meeting on Thursday 9 December 2032.")

d.add_heading("8. Security screening and cargo", level=1)
d.add_paragraph("Moira Danskin proposed two CT scanners for the central search area, which let passengers leave "
                "liquids and laptops in their bags, at about £2.3 million including building work. The Regional "
                "Airports Fund may pay up to 40% of the cost, and its decision is expected in February. The proposal "
                "was deferred to the March meeting on Thursday 17 March 2033. Hamish Corrigall reported that the "
                "cargo shed handled 1,840 tonnes in the year, 6% more than last year, and that the Christmas parcel "
                "flights start on Monday 22 November.")

d.add_heading("9. Any other business", level=1)
d.add_paragraph("The winter emergency exercise is on Wednesday 20 October 2032. The staff awards evening is at "
                "Orrisdale Golf Club on Friday 26 November 2032.")

d.add_heading("Decisions", level=1)
for t in ["From Friday 1 October 2032 the early start allowance for a shift that starts before 05:00 goes up from £9 "
          "to £12; the £14 for a shift that starts before 04:00 does not change.",
          "From Monday 1 November 2032 the drop-off zone charge for up to 10 minutes goes up from £5 to £6; the £10 "
          "for 10 to 20 minutes and the penalty charge do not change.",
          "Free pick-up in the Long Stay car park stays at 30 minutes; the proposal to cut it to 15 minutes was not "
          "agreed.",
          "From Sunday 31 October 2032 the terminal opens at 04:00 on Sundays, instead of 05:00, and security "
          "screening at 04:15, instead of 05:15.",
          "From Monday 18 October 2032 everyday lost property is kept for 45 days, instead of 30 days; valuables are "
          "still kept for 90 days.",
          "Deferred: a new major foam tender to replace Tender 2 (December meeting, 9 December 2032) and CT scanners "
          "for the central search area (March meeting, 17 March 2033)."]:
    d.add_paragraph(t, style="List Bullet")

d.add_heading("Action items", level=1)
t = d.add_table(rows=1, cols=3)
t.style = "Table Grid"
for c, h in zip(t.rows[0].cells, ["Action", "Owner", "Due"]):
    c.text = h
rows = [
    ("Update the Staff Handbook and RosterDeck pay codes for the £12 early start allowance", "Bronwen Tallis", "24 September 2032"),
    ("Advertise the four ramp agent posts", "Bronwen Tallis", "30 September 2032"),
    ("Update ParkWise and the forecourt signs for the £6 drop-off charge, and issue version 5 of the charges guide", "Declan Harrop", "22 October 2032"),
    ("Change the Sunday security rota for the 04:15 opening", "Moira Danskin", "8 October 2032"),
    ("Update the passenger help page for the Sunday opening times and the 45-day keeping period", "Lewis Brackenbury", "15 October 2032"),
    ("Update TO-07 and buy shelving for the lost property store", "Sunniva Holt", "8 October 2032"),
    ("Get a leasing quotation for a new major foam tender", "Tomasz Wielgosz", "18 November 2032"),
    ("Apply to the Regional Airports Fund for the CT scanners", "Moira Danskin", "31 January 2033"),
]
for r in rows:
    for c, v in zip(t.add_row().cells, r):
        c.text = v

d.add_heading("Next meeting", level=1)
d.add_paragraph("The next Operations Committee meeting is on Thursday 9 December 2032 at 09:30 in the Fellside "
                "meeting room.")

d.save(HERE / "docs" / "operations-committee-minutes-2032-09-16.docx")
