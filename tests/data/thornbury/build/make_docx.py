"""Builds docs/operations-managers-meeting-minutes-2027-11-17.docx with python-docx, as pinecrest's make_docx.py does
(adapted from quayside's, brightwater's, ashcombe's and fernhill's): headings, a Present list, apologies, a numbered
agenda, discussion paragraphs, a Decisions list and an action table (Action, Owner, Due)."""
from pathlib import Path
HERE = Path(__file__).resolve().parents[1]  # tests/data/thornbury
from docx import Document

d = Document()
d.add_heading("Operations Managers' Meeting — Minutes", level=0)
d.add_paragraph("Thornbury Buses Ltd. Monthly operations managers' meeting held on Wednesday 17 November 2027, "
                "10:00–12:35, in the training room at Marlstow Depot. Chair: Martin Kowalczyk, Operations Director. "
                "Minutes: Amy Laidlaw, Operations Administrator. These minutes stay in draft until they are agreed "
                "at the next meeting.")

d.add_heading("Present", level=1)
for a in ["Martin Kowalczyk (Operations Director, chair)",
          "Sandra Pike (Depot Manager, Marlstow)",
          "Darren Lusk (Outstation Manager, Brackenford)",
          "Ravi Chaudhry (Engineering Manager)",
          "Nadia Brennan (Customer Services Manager)",
          "Owen Fairclough (HR Manager)",
          "Tom Ellery (Safety and Compliance Manager)",
          "Gemma Rowntree (Lead Controller)",
          "Kevin Doherty (driver, Brackenford, staff council representative)"]:
    d.add_paragraph(a, style="List Bullet")
d.add_paragraph("In attendance: Amy Laidlaw (minutes) and Paul Mensah (Driver Training Manager, for items 2 and 6).")
d.add_paragraph("Apologies: Helen Oyelaran (Managing Director), who was at the council's bus partnership board, and "
                "Claire Whitmore (Finance Manager), who sent the October figures for item 3.")

d.add_heading("Agenda", level=1)
for a in ["Minutes of the last meeting (20 October 2027) and matters arising",
          "Safety and compliance", "Performance and finance for October", "Fares and customer services",
          "Engineering and fleet", "Staffing and recruitment", "Any other business"]:
    d.add_paragraph(a, style="List Number")

d.add_heading("1. Minutes of the last meeting and matters arising", level=1)
d.add_paragraph("The minutes of 20 October 2027 were agreed. Matters arising: the six electric buses went into "
                "service on route 1 on Monday 1 November, after the chargers in bay E at Marlstow passed their "
                "electrical tests. Ravi said that two of the six had been off the road for a day each with charging "
                "faults, both fixed under warranty. The new roller brake tester in the Marlstow workshop was "
                "commissioned on 25 October.")

d.add_heading("2. Safety and compliance", level=1)
d.add_paragraph("Tom Ellery presented the October safety report. There were 11 collisions, 8 involving Marlstow "
                "buses and 3 involving Brackenford buses; most were mirror strikes and low-speed contacts in the "
                "Market Street bus station, and none caused injury. Two passengers fell on board, one on route 30 "
                "when the bus braked hard for a car pulling out; she was taken to hospital and discharged the same "
                "day. A driver on route 22 was assaulted on 23 October; he is recovering, the police have charged a "
                "man, and the driver has been offered support through TalkPoint. Staff reported 14 near misses, "
                "against 9 in September, including a cleaner at Brackenford who was nearly hit by a bus reversing "
                "without a banksman. Darren has reminded all Brackenford drivers of the rule.")
d.add_paragraph("Tom's audit of 40 buses as they left the depots found 9 with defects that the walk-round check "
                "should have picked up, mostly wheel nut indicators that had moved and a wheelchair ramp that did "
                "not deploy fully. Drivers told him that 10 minutes is not enough for a proper check, particularly on "
                "the electric buses, where the charging flap and cable also have to be checked. The meeting agreed "
                "that from Monday 3 January 2028 every duty that takes a bus out of either depot will include 15 "
                "minutes for the walk-round check, instead of 10 minutes. The shorter check by a relief driver taking "
                "over a bus on the road stays as it is. Tom will update the Engineering and Depot Safety Procedures, "
                "Sandra and Darren will have the duties rebuilt with the extra time, and Paul will add a walk-round "
                "refresher to the next Driver CPC course.")

d.add_heading("3. Performance and finance for October", level=1)
d.add_paragraph("Claire's figures were taken as read. Punctuality was 84.6% at Marlstow and 88.9% at Brackenford, "
                "against the target of 90%. Lost mileage was 2.3% at Marlstow and 0.8% at Brackenford, 1.9% for the "
                "company, mostly because of driver shortages on Marlstow lates. The company carried 812,000 passenger "
                "journeys, 3.1% more than in October 2026, and fare revenue was £1.46 million, 2% above budget. "
                "Contactless payments made up 58% of fare-paying journeys, up from 49% before the daily cap came in "
                "on 5 September.")

d.add_heading("4. Fares and customer services", level=1)
d.add_paragraph("Nadia Brennan reported 64 complaints in October, 31 of them about late running on route 30, and "
                "92% were answered within 10 working days. Only 210 Group day tickets were sold in October. Nadia "
                "proposed a lower price to encourage families to travel together for Christmas shopping. The meeting "
                "agreed that the Group day ticket will go down from £14.00 to £12.00 from Saturday 4 December 2027, "
                "and stay at £12.00 afterwards, with the rules on who it covers unchanged; sales will be reviewed in "
                "June 2028.")
d.add_paragraph("The Brackenford Travel Office served an average of 11 customers on Saturday mornings in September "
                "and October, most of them buying 7-day tickets that can also be bought on the bus or in the app. "
                "The meeting agreed that from Saturday 8 January 2028 the Brackenford Travel Office will close on "
                "Saturdays. Its weekday hours do not change, and the Marlstow Travel Centre keeps its Saturday hours. "
                "Kevin asked that older passengers who buy tickets there be told in good time; Nadia will put "
                "notices on route 20 to 29 buses from 10 December, and will update the website and the FAQ page.")
d.add_paragraph("Nadia also proposed dropping the £2 charge for collecting lost property, which brings in about £90 "
                "a month and causes complaints at both offices. Sandra said that the charge pays for some of the "
                "storage and staff time. The meeting did not agree: the charge stays as it is, and will be looked at "
                "again when lost property reporting moves online in spring 2028.")

d.add_heading("5. Engineering and fleet", level=1)
d.add_paragraph("Ravi Chaudhry reported fleet availability of 93.6% in October, with 96 buses needed at the peak out "
                "of 110. All 9 buses that went for their annual test in October passed first time. Darren asked "
                "again for a wash bay at Brackenford: each Brackenford bus runs 28 miles empty to Marlstow and back "
                "every week to be washed, 784 miles a week across the fleet there. Ravi estimated a wash bay at about "
                "£185,000. The request was deferred to the capital budget meeting in February 2028.")
d.add_paragraph("Ravi also had a quote for front-mounted racks carrying 2 bicycles on the 8 buses used on route 30, "
                "at £2,400 a bus. Kevin said that passengers ask for this every week. Before deciding, the meeting "
                "wants advice from the insurers on passengers loading bikes at the front of the bus; the item was "
                "deferred to the January meeting, and until then only folded bikes are carried.")

d.add_heading("6. Staffing and recruitment", level=1)
d.add_paragraph("Owen Fairclough reported 17 driver vacancies, 14 at Marlstow and 3 at Brackenford, and 2 vacancies "
                "for vehicle technicians. Six trainees are on the current course, and 4 trainees passed the PCV test "
                "in October. Agency drivers cost £38,200 in October. To attract more drivers, Owen proposed raising "
                "the Recommend a friend payment. The meeting agreed that from 1 December 2027 the payment for "
                "recommending a bus driver, including a trainee, goes up from £500 to £750, for anyone who starts "
                "with us by 31 March 2028; it is still paid once the new driver passes probation. The payment for "
                "recommending a vehicle technician stays at £500. Owen will update the Staff Handbook and the form "
                "on RosterPoint.")
d.add_paragraph("Paul Mensah said that 23 drivers' Driver CPC cards expire before September 2028; he will add two "
                "extra 7-hour courses on Sundays in January and February. Kevin asked whether the eye care allowance "
                "for drivers and controllers could go up from £60 to £90; this was deferred to the capital budget "
                "meeting in February. Shift premiums were not discussed and do not change.")

d.add_heading("7. Any other business", level=1)
d.add_paragraph("Sandra confirmed the Christmas service: no buses on Christmas Day, a Sunday timetable on Boxing Day "
                "and free travel on all routes after 20:00 on New Year's Eve, paid for by Marlstow Borough Council. "
                "The long service awards evening will be held at the Marlstow Corn Exchange on Friday 28 January "
                "2028.")

d.add_heading("Decisions", level=1)
for t in ["From 3 January 2028 duties include 15 minutes for the walk-round check at both depots, instead of 10; "
          "the relief driver's check on the road is unchanged.",
          "The Group day ticket goes down from £14.00 to £12.00 from 4 December 2027.",
          "From 8 January 2028 the Brackenford Travel Office closes on Saturdays; weekday hours and the Marlstow "
          "Travel Centre's hours are unchanged.",
          "The £2 lost property collection charge stays.",
          "From 1 December 2027 the Recommend a friend payment for a driver goes up from £500 to £750 for starters "
          "by 31 March 2028; it stays at £500 for a vehicle technician.",
          "Deferred: a wash bay at Brackenford and the eye care allowance (February capital budget meeting), and "
          "bike racks on route 30 (January meeting)."]:
    d.add_paragraph(t, style="List Bullet")

d.add_heading("Action items", level=1)
t = d.add_table(rows=1, cols=3)
t.style = "Table Grid"
for c, h in zip(t.rows[0].cells, ["Action", "Owner", "Due"]):
    c.text = h
rows = [
    ("Update ES-03 for the 15-minute walk-round check", "Tom Ellery", "10 December 2027"),
    ("Rebuild duties with 15 minutes for the walk-round check", "Sandra Pike and Darren Lusk", "17 December 2027"),
    ("Walk-round refresher in the January Driver CPC course", "Paul Mensah", "14 January 2028"),
    ("Change the Group day ticket price on TicketWise and the app", "Nadia Brennan", "1 December 2027"),
    ("Notices, website and FAQ for Brackenford Saturday closing", "Nadia Brennan", "10 December 2027"),
    ("Update the Staff Handbook and RosterPoint for the Recommend a friend payment", "Owen Fairclough", "1 December 2027"),
    ("Insurers' advice on bike racks for route 30", "Ravi Chaudhry", "12 January 2028"),
    ("Business case for a Brackenford wash bay", "Darren Lusk and Ravi Chaudhry", "4 February 2028"),
]
for r in rows:
    for c, v in zip(t.add_row().cells, r):
        c.text = v

d.add_heading("Next meeting", level=1)
d.add_paragraph("The next operations managers' meeting is on Wednesday 15 December 2027 at 10:00 in the mess room at "
                "Brackenford Outstation.")

d.save(HERE / "docs" / "operations-managers-meeting-minutes-2027-11-17.docx")
