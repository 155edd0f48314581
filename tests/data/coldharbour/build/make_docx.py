"""Builds docs/operations-board-minutes-2032-11-10.docx with python-docx, as ferncombe's make_docx.py does (itself
hartwell's, ashgrove's and earlier sets'): headings, a Present list, apologies, a numbered agenda, discussion
paragraphs, a Decisions list and an action table (Action, Owner, Due)."""
from pathlib import Path
HERE = Path(__file__).resolve().parents[1]  # tests/data/coldharbour
from docx import Document

d = Document()
d.add_heading("Operations Board — Minutes", level=0)
d.add_paragraph("Coldharbour Waste & Recycling Ltd. Meeting of the Operations Board held on Wednesday 10 November "
                "2032, 09:30–12:45, in the training room at Coldharbour Depot, Furnace Road, Brackenfield. Chair: "
                "Gareth Lowther. Minutes: Lorna Fairclough, HR Manager. These minutes stay in draft until they are "
                "agreed at the next meeting.")

d.add_heading("Present", level=1)
for a in ["Gareth Lowther (Chair; Managing Director)",
          "Sunita Varma (Operations Director)",
          "Mehmet Aydin (Finance Director)",
          "Imogen Pryce (Contract Manager)",
          "Rhys Catterall (Health, Safety and Environment Manager)",
          "Lorna Fairclough (HR Manager, minutes)"]:
    d.add_paragraph(a, style="List Bullet")
d.add_paragraph("In attendance: Dale Ashworth (Collections Manager, for items 3 and 4), Bernie Okafor (HRC Manager, "
                "for item 6) and Philippa Stannard (Contract Monitoring Officer, Brackenfield District Council, for "
                "items 2 and 6).")
d.add_paragraph("Apologies: Kerry Whitcombe (Transport Manager), on a course for operator licence holders, whose "
                "fleet report for item 4 was presented by Dale Ashworth, and Tomasz Wierzbicki (MRF Manager), at the "
                "supplier's factory to see the new optical sorter tested, whose report for item 7 was presented by "
                "Sunita Varma.")

d.add_heading("Agenda", level=1)
for a in ["Minutes of the last meeting (14 September 2032) and matters arising",
          "The council contract and charges to residents", "Collections performance",
          "Drivers and the fleet", "The Larkspur Road vehicle fire and hot loads",
          "Household recycling centres", "Millstream MRF", "People and finance", "Any other business"]:
    d.add_paragraph(a, style="List Number")

d.add_heading("1. Minutes of the last meeting and matters arising", level=1)
d.add_paragraph("The minutes of 14 September 2032 were agreed. Matters arising: new bin lifts with weighing cells "
                "have been fitted to 8 of the 31 refuse collection vehicles, and the Binview upgrade that shows "
                "assisted collections in red went live on 4 October. Imogen Pryce reported the district's recycling "
                "rate for April to September as 49.6%, against the target of 52% for the year.")

d.add_heading("2. The council contract and charges to residents", level=1)
d.add_paragraph("Philippa Stannard reported that the council's cabinet had approved a rise in the garden waste "
                "subscription on 2 November 2032, to meet the cost of the brown bin rounds, subject to our agreement "
                "to a variation to Schedule 4. There are 21,730 garden waste subscribers this year, 410 more than "
                "last year.")
d.add_paragraph("The board agreed Variation 11 to Schedule 4: for the subscription year starting on Tuesday 1 March "
                "2033, the garden waste subscription for the first brown bin goes up from £52 to £58 a year. The "
                "charge for a second brown bin stays at £40 a year, and the half-price rate for subscriptions taken "
                "out after 1 September stays. Imogen Pryce will send the signed variation to the council by 19 "
                "November 2032, and Shelley Barraclough will update the website and the renewal letters.")
d.add_paragraph("Imogen Pryce proposed asking the council to raise the fridge and freezer collection charge from £28 "
                "to £35 an appliance, as the charge for degassing at the contractor has gone up by 18% since April. "
                "Sunita Varma said bookings fell by a fifth the last time the charge rose, and Philippa Stannard said "
                "the council was worried about fly-tipped fridges, of which there were 64 in the district in the "
                "year to September. The board did not agree: the fridge and freezer charge stays at £28 until "
                "Schedule 4 is next reviewed in January 2034.")

d.add_heading("3. Collections performance", level=1)
d.add_paragraph("Dale Ashworth reported that 99.82% of collections were made on the scheduled day in October, above "
                "the standard of 99.7%. There were 412 reported missed collections in October, and 97% were returned "
                "to within 2 working days. Default payments for July to September came to £3,160, of which £1,425 was "
                "for missed assisted collections. Contamination tags on blue bins rose to 1,870 in October, mostly "
                "for bagged rubbish and textiles.")

d.add_heading("4. Drivers and the fleet", level=1)
d.add_paragraph("Dale Ashworth presented Kerry Whitcombe's report. There are 58 drivers against 64 driver posts, and "
                "agency drivers cost £96,000 from April to September. Four drivers have left since June, three of "
                "them to the contractor in the next district, which pays a larger licence allowance. Vehicle CW07 "
                "failed its annual test on its brakes on 12 October and passed on 19 October.")
d.add_paragraph("The board agreed that from Saturday 1 January 2033 the HGV licence allowance goes up from £1,800 to "
                "£2,400 a year for staff who hold a Category C licence and drive for us. The driving-up payment of "
                "£25 a shift for loaders who drive a round does not change, and nor do the standby and first aid "
                "allowances. Lorna Fairclough will update the Staff Handbook and the pay codes in CrewBook, and Dale "
                "Ashworth will advertise the six driver vacancies with the new allowance.")
d.add_paragraph("Dale also put forward Kerry's proposal to trial an electric refuse collection vehicle on the "
                "Brackenfield town rounds, at about £415,000 with its charger. The board asked for the costs of "
                "leasing one and of the power supply at the depot, so the proposal was deferred to the January "
                "meeting on Tuesday 18 January 2033.")

d.add_heading("5. The Larkspur Road vehicle fire and hot loads", level=1)
d.add_paragraph("Rhys Catterall reported on the fire in vehicle CW19 on Larkspur Road, Brackenfield, on Thursday 14 "
                "October 2032. The crew smelled burning at 10:52 during a blue bin round, stopped compacting and "
                "tipped the load in the car park of the Larkspur Road recreation ground, 30 metres from the nearest "
                "house. The fire service put the fire out and left at 12:05. The Crew Supervisor watched the load for "
                "the 1 hour the procedure asks and left at 13:05; at 13:15 the load caught fire again, and a resident "
                "called the fire service back. Nobody was hurt. A laptop battery and two disposable vapes were found "
                "in the remains.")
d.add_paragraph("There have been 17 hot loads from January to October 2032, against 9 in the whole of 2031, and 12 of "
                "them were on blue bin rounds. The board agreed that from Monday 22 November 2032 a tipped load must "
                "be watched for at least 2 hours after the fire service leaves, instead of 1 hour. The rule to tip at "
                "least 10 metres from buildings, vehicles, trees and overhead cables does not change, and nor does "
                "the rest of HS-11. Rhys will update HS-11 and brief every crew at the toolbox talks, and Imogen "
                "Pryce will ask the council to run a battery campaign with the January council tax bills.")

d.add_heading("6. Household recycling centres", level=1)
d.add_paragraph("Bernie Okafor reported 118,600 visits to the two centres from April to September, 6% more than last "
                "year, and sales of £18,400 in the Second Shelf reuse shop. Oxley Moor closes at 18:00 in summer, and "
                "staff counted 230 cars turned away at the gate in August, most of them after 17:45.")
d.add_paragraph("The board agreed, and Philippa Stannard confirmed the council's agreement, that from Friday 1 April "
                "2033 Oxley Moor HRC opens from 09:00 to 20:00 in summer, instead of 09:00 to 18:00. Its winter hours, "
                "09:00 to 16:00, and its closure on Wednesdays all year and on Thursdays in winter do not change, and "
                "nor do Brackenfield HRC's hours. Bernie will update the rota, and Shelley Barraclough the website "
                "questions page.")
d.add_paragraph("Bernie also proposed a booking system for visits by appointment at both centres, at about £22,000 a "
                "year. As the council wants to consult residents first, the proposal was deferred to the March "
                "meeting on Tuesday 15 March 2033.")

d.add_heading("7. Millstream MRF", level=1)
d.add_paragraph("Sunita Varma presented Tomasz Wierzbicki's report. The MRF took in 8,940 tonnes from July to "
                "September, and 14.2% of what came in was rejected as contamination, against 12.5% a year ago. The "
                "new optical sorter for plastics will be fitted over the two weekends of 4 and 11 December, when the "
                "line will stop on Saturdays. Aluminium cans sold at an average of £1,050 a tonne.")

d.add_heading("8. People and finance", level=1)
d.add_paragraph("Lorna Fairclough reported 203 staff and 9 vacancies: six drivers, two loaders and one fitter. "
                "Sickness absence among collection crews was 5.3% in the quarter. Mehmet Aydin reported an operating "
                "profit of £412,000 for April to September, against a budget of £380,000.")

d.add_heading("9. Any other business", level=1)
d.add_paragraph("The Christmas and New Year collection calendar was delivered to all homes by 5 November. The staff "
                "Christmas lunch is in the depot crew room on Friday 17 December 2032.")

d.add_heading("Decisions", level=1)
for t in ["Variation 11: for the subscription year starting Tuesday 1 March 2033 the garden waste subscription "
          "for the first brown bin goes up from £52 to £58 a year; the second brown bin stays at £40 a year.",
          "The fridge and freezer collection charge stays at £28; the proposed rise to £35 was not agreed.",
          "From Saturday 1 January 2033 the HGV licence allowance goes up from £1,800 to £2,400 a year; the "
          "driving-up payment, standby and first aid allowances do not change.",
          "From Monday 22 November 2032 a tipped hot load is watched for at least 2 hours after the fire service "
          "leaves, instead of 1 hour; the 10-metre tipping distance and the rest of HS-11 do not change.",
          "From Friday 1 April 2033 Oxley Moor HRC opens from 09:00 to 20:00 in summer, instead of 09:00 to 18:00.",
          "Deferred: an electric refuse collection vehicle trial (January meeting, 18 January 2033) and a booking "
          "system for the recycling centres (March meeting, 15 March 2033)."]:
    d.add_paragraph(t, style="List Bullet")

d.add_heading("Action items", level=1)
t = d.add_table(rows=1, cols=3)
t.style = "Table Grid"
for c, h in zip(t.rows[0].cells, ["Action", "Owner", "Due"]):
    c.text = h
rows = [
    ("Send the signed Variation 11 to the council", "Imogen Pryce", "19 November 2032"),
    ("Update the website and garden waste renewal letters for the £58 charge", "Shelley Barraclough", "31 January 2033"),
    ("Update the Staff Handbook and CrewBook pay codes for the £2,400 licence allowance", "Lorna Fairclough", "10 December 2032"),
    ("Advertise the six driver vacancies", "Dale Ashworth", "26 November 2032"),
    ("Get leasing and power supply costs for an electric vehicle", "Kerry Whitcombe", "7 January 2033"),
    ("Update HS-11 for the 2-hour watch and brief all crews", "Rhys Catterall", "19 November 2032"),
    ("Ask the council for a battery campaign with the council tax bills", "Imogen Pryce", "30 November 2032"),
    ("Update the Oxley Moor rota for the summer 2033 hours", "Bernie Okafor", "3 March 2033"),
    ("Update the website questions page for Oxley Moor's summer hours", "Shelley Barraclough", "17 March 2033"),
]
for r in rows:
    for c, v in zip(t.add_row().cells, r):
        c.text = v

d.add_heading("Next meeting", level=1)
d.add_paragraph("The next Operations Board meeting is on Tuesday 18 January 2033 at 09:30 at Coldharbour Depot.")

d.save(HERE / "docs" / "operations-board-minutes-2032-11-10.docx")
