"""Builds docs/operations-committee-minutes-2033-03-10.docx with python-docx, as ellerby's make_docx.py does (itself
tarnbeck's, stainforth's, coldharbour's, ferncombe's, hartwell's, ashgrove's and earlier sets'): headings, a Present
list, apologies, a numbered agenda, discussion paragraphs, a Decisions list and an action table (Action, Owner, Due)."""
from pathlib import Path
HERE = Path(__file__).resolve().parents[1]  # tests/data/fellgate
from docx import Document

d = Document()
d.add_heading("Operations Committee — Minutes", level=0)
d.add_paragraph("Fellgate Events Ltd. Meeting of the Operations Committee held on Thursday 10 March 2033, "
                "10:00–12:45, in the boardroom at 3 Tannery Yard, Fellgate. Chair: Anselm Gatiss. Minutes: Lowenna "
                "Pryce, Head of Crew. These minutes stay in draft until they are agreed at the next meeting.")

d.add_heading("Present", level=1)
for a in ["Anselm Gatiss (Chair; Managing Director)",
          "Marguerite Okonedo (Operations Director)",
          "Caspian Wolde (Finance Manager)",
          "Desmond Harcastle (Head of Ticketing)",
          "Ingrid Mawdsley (Head of Safety and Welfare)",
          "Rhodri Fennimore (Site Manager, Gorsedale Park)",
          "Lowenna Pryce (Head of Crew, minutes)"]:
    d.add_paragraph(a, style="List Bullet")
d.add_paragraph("In attendance: Priyanka Dunmore (Customer Services Lead, for items 4 and 7) and Bartholomew "
                "Kettleby (Traffic Manager, for item 6).")
d.add_paragraph("Apologies: Saoirse Blackett (Production Manager), at a staging trade show in Brindle, whose report "
                "for item 8 was presented by Rhodri Fennimore, and Dr Nkechi Ollerenshaw (Medical Lead), on annual "
                "leave, whose welfare figures for item 5 were presented by Ingrid Mawdsley.")

d.add_heading("Agenda", level=1)
for a in ["Minutes of the last meeting (8 December 2032) and matters arising",
          "The 2032 season and finance", "Crew pay and the late finish allowance", "Ticket transfers",
          "Lost children and vulnerable people", "Harvest Table opening hours", "Booking fee proposal",
          "Heather Stage and solar power", "Any other business"]:
    d.add_paragraph(a, style="List Number")

d.add_heading("1. Minutes of the last meeting and matters arising", level=1)
d.add_paragraph("The minutes of 8 December 2032 were agreed. Matters arising: the new shower block in crew camping "
                "at Gorsedale Park was finished on Friday 25 February, and version 3 of the Tickets and Refunds "
                "Guide has applied since 1 November 2032. Desmond Harcastle reported that 9,870 Fellfire weekend "
                "tickets had been sold by 28 February 2033, against 8,940 at the same point last year.")

d.add_heading("2. The 2032 season and finance", level=1)
d.add_paragraph("Caspian Wolde reported that Fellfire 2032 sold 13,420 of its 14,000 places, 96%. Harvest Table had "
                "15,900 visitors over its two days, the Wharf Sessions 5,280 over four evenings and the Lantern Walk "
                "21,400. Income for the 2032 season was £4.86 million, against a budget of £4.70 million. Crew costs "
                "were £1.12 million, against a budget of £1.05 million, mostly because extra bar staff and traffic "
                "marshals were booked at Harvest Table after the car park queues on the Saturday.")

d.add_heading("3. Crew pay and the late finish allowance", level=1)
d.add_paragraph("Lowenna Pryce reported that only 54% of the 2032 seasonal crew had signed up again for 2033, and "
                "that bar staff in particular were turning down late shifts because of the cost of getting home "
                "after the last shuttle bus. 31 late bar shifts at Fellfire 2032 were filled on the day by agency "
                "staff.")
d.add_paragraph("The committee agreed that from Monday 2 May 2033 the late finish allowance for a shift that ends "
                "after midnight goes up from £18 to £22. The £30 for a shift that ends after 03:00 does not change, "
                "and nor does the camping allowance of £14 a night. Lowenna Pryce will update the Crew and Staff "
                "Handbook and the pay codes in CrewDeck, and hold a crew recruitment day at the Fellgate Corn "
                "Exchange on Saturday 9 April 2033.")

d.add_heading("4. Ticket transfers", level=1)
d.add_paragraph("Priyanka Dunmore reported that Customer Services handled 2,480 ticket transfers in 2032, and 186 "
                "complaints from ticket holders who had missed the 14-day deadline, many of them because a friend "
                "had fallen ill in the last fortnight. Desmond Harcastle said that names are now checked against "
                "photo ID at the gate, so a long deadline no longer protects against touting.")
d.add_paragraph("The committee agreed that from Monday 4 April 2033 tickets can be transferred up to 72 hours before "
                "the gates open on the first day of the event, instead of 14 days before. The transfer fee stays at "
                "£6 a ticket, and personal assistant tickets still cannot be transferred. Desmond Harcastle will "
                "change the deadline in GateWise and issue version 4 of the Tickets and Refunds Guide.")

d.add_heading("5. Lost children and vulnerable people", level=1)
d.add_paragraph("Ingrid Mawdsley reported 88 lost child reports in SiteLog in the 2032 season: 63 at Fellfire, 21 at "
                "Harvest Table and 4 at the Lantern Walk. Every child was found; 9 searches took more than 20 "
                "minutes, and the longest, at Fellfire on the Saturday evening, took 47 minutes. There were also 37 "
                "reports of vulnerable adults, 29 of them at Fellfire.")
d.add_paragraph("She said that the police event liaison team had asked to be called sooner, while a child is still "
                "likely to be near where they were last seen. The committee agreed that from Friday 3 June 2033, the "
                "first Wharf Sessions evening, Event Control phones the police if a lost child has not been found "
                "within 15 minutes, instead of 20. The police call for a missing vulnerable adult stays at 30 "
                "minutes, and Gate Watch still starts at once. Ingrid Mawdsley will update procedure SW-07 and the "
                "SiteLog alerts and brief all supervisors.")

d.add_heading("6. Harvest Table opening hours", level=1)
d.add_paragraph("Marguerite Okonedo reported that traders had asked for a longer Sunday, when many visitors arrive "
                "after lunch. Bartholomew Kettleby said that departures from the car park would be spread out if "
                "the site closed later. The committee agreed that from Sunday 4 September 2033 Harvest Table closes "
                "at 18:00 on the Sunday, instead of 17:00. It still opens at 10:00 on the Sunday, and the Saturday "
                "hours of 10:00 to 19:00 do not change. Priyanka Dunmore will update the visitor help page.")

d.add_heading("7. Booking fee proposal", level=1)
d.add_paragraph("Caspian Wolde proposed a booking fee of £3 on every ticket, saying that GateWise card charges cost "
                "£148,000 in 2032. Desmond Harcastle and Priyanka Dunmore said that our promise of no booking fee "
                "is one of the main reasons buyers give for choosing our events, and that the fee would fall "
                "hardest on families. The committee did not agree: tickets stay without a booking fee.")

d.add_heading("8. Heather Stage and solar power", level=1)
d.add_paragraph("Rhodri Fennimore presented Saoirse Blackett's proposal for the Heather Stage, a second covered stage "
                "at Gorsedale Park for Fellfire 2034, at about £85,000. The committee asked for the result of the "
                "noise licence review first, so the proposal was deferred to the June meeting on Thursday 9 June "
                "2033.")
d.add_paragraph("Marguerite Okonedo proposed solar battery units to replace the diesel generators at Harvest Table, "
                "at about £62,000. The Askerdale Green Events Fund may pay up to 40% of the cost, and its decision "
                "is expected in August. The proposal was deferred to the September meeting on Thursday 15 "
                "September 2033.")

d.add_heading("9. Any other business", level=1)
d.add_paragraph("Fellfire 2033 runs from Friday 22 to Sunday 24 July 2033, and the Lantern Walk 2033 opens on "
                "Thursday 24 November 2033. First aid refresher training for crew is on Saturday 14 May 2033 at "
                "Tannery Yard.")

d.add_heading("Decisions", level=1)
for t in ["From Monday 2 May 2033 the late finish allowance for a shift that ends after midnight goes up from £18 "
          "to £22; the £30 for a shift that ends after 03:00 does not change.",
          "From Monday 4 April 2033 tickets can be transferred up to 72 hours before the gates open, instead of "
          "14 days before; the fee stays at £6 a ticket.",
          "From Friday 3 June 2033 Event Control phones the police if a lost child is not found within 15 minutes, "
          "instead of 20.",
          "From Sunday 4 September 2033 Harvest Table closes at 18:00 on the Sunday, instead of 17:00.",
          "Tickets stay without a booking fee; the proposal to charge £3 a ticket was not agreed.",
          "Deferred: the Heather Stage at Gorsedale Park (June meeting, 9 June 2033) and solar battery units for "
          "Harvest Table (September meeting, 15 September 2033)."]:
    d.add_paragraph(t, style="List Bullet")

d.add_heading("Action items", level=1)
t = d.add_table(rows=1, cols=3)
t.style = "Table Grid"
for c, h in zip(t.rows[0].cells, ["Action", "Owner", "Due"]):
    c.text = h
rows = [
    ("Update the Crew and Staff Handbook and CrewDeck pay codes for the £22 late finish allowance", "Lowenna Pryce", "22 April 2033"),
    ("Hold a crew recruitment day at the Fellgate Corn Exchange", "Lowenna Pryce", "9 April 2033"),
    ("Change the transfer deadline in GateWise and issue version 4 of the Tickets and Refunds Guide", "Desmond Harcastle", "1 April 2033"),
    ("Update SW-07 and the SiteLog alerts for the 15-minute police call", "Ingrid Mawdsley", "20 May 2033"),
    ("Update the visitor help page for the new Harvest Table Sunday hours", "Priyanka Dunmore", "31 March 2033"),
    ("Report the result of the noise licence review for the Heather Stage", "Rhodri Fennimore", "26 May 2033"),
    ("Apply to the Askerdale Green Events Fund for solar battery units", "Marguerite Okonedo", "29 April 2033"),
]
for r in rows:
    for c, v in zip(t.add_row().cells, r):
        c.text = v

d.add_heading("Next meeting", level=1)
d.add_paragraph("The next Operations Committee meeting is on Thursday 9 June 2033 at 10:00 in the boardroom at "
                "3 Tannery Yard, Fellgate.")

d.save(HERE / "docs" / "operations-committee-minutes-2033-03-10.docx")
