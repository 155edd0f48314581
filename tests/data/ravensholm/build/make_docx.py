"""Builds docs/management-team-minutes-2031-03-11.docx with python-docx, as alderley's make_docx.py does (itself
yarrowby's and earlier sets'): headings, a Present list, apologies, a numbered agenda, discussion paragraphs, a
Decisions list and an action table (Action, Owner, Due)."""
from pathlib import Path
HERE = Path(__file__).resolve().parents[1]  # tests/data/ravensholm
from docx import Document

d = Document()
d.add_heading("Management Team — Minutes", level=0)
d.add_paragraph("Ravensholm Brewery Ltd. Monthly meeting of the Management Team held on Tuesday 11 March 2031, "
                "09:30–12:15, in the Loft at Millrace Yard, Ravensholm. Chair: Agnes Marr, Managing Director. "
                "Minutes: Jasmine Ogden, Office Manager. These minutes stay in draft until they are agreed at the "
                "next meeting.")

d.add_heading("Present", level=1)
for a in ["Agnes Marr (Managing Director, chair)",
          "Ruth Ashdown (Operations Director)",
          "Callum Ferrier (Head Brewer)",
          "Dr Imogen Thwaite (Head of Quality)",
          "Marcus Bellwood (Trade Sales Director)",
          "Leonie Sandoval (Taprooms Manager)",
          "Bridget Lomax (Finance Manager)",
          "Dale Haworth (Transport Manager)",
          "Kasia Wrobel (Packaging Manager)",
          "Gavin Sutcliffe (Depot Manager, Harrowfield)",
          "Tom Ibbotson (Cellar Operative, elected staff trustee of the employee ownership trust)"]:
    d.add_paragraph(a, style="List Bullet")
d.add_paragraph("In attendance: Jasmine Ogden (minutes) and Hollie Brannigan (Trade Desk Team Leader, for items 3 "
                "and 4).")
d.add_paragraph("Apologies: Owen Pritchard (People Manager), who was on leave and sent a note for item 5, and Nadia "
                "Farouk (Health and Safety Adviser), who was on a course.")

d.add_heading("Agenda", level=1)
for a in ["Minutes of the last meeting (11 February 2031) and matters arising",
          "Production and sales for February", "Quality", "Trade and deliveries",
          "Staffing and on call", "Taprooms and visitors", "Capital projects",
          "Any other business"]:
    d.add_paragraph(a, style="List Number")

d.add_heading("1. Minutes of the last meeting and matters arising", level=1)
d.add_paragraph("The minutes of 11 February 2031 were agreed. Matters arising: the new VesselWatch alarm system went "
                "live at the brewery on 24 February, replacing the old pager. The cask washer at Harrowfield depot "
                "was repaired on 3 March after being out of use for 9 days; casks were washed at the brewery in the "
                "meantime, at a cost of about £2,300 in overtime and transport.")

d.add_heading("2. Production and sales for February", level=1)
d.add_paragraph("Callum Ferrier reported 38 brews in February and 1,790 hectolitres packaged: 910 hectolitres of cask, "
                "540 of keg and 340 of cans. Sales were 1,720 hectolitres, 6% more than in February 2030. The "
                "Millrace Taproom took £61,400 and the Sidings Tap £38,900. The canning line lost two days to a "
                "seamer fault, and the cans of Ghyll Pale planned for 18 February were moved to the next week.")

d.add_heading("3. Quality", level=1)
d.add_paragraph("Dr Imogen Thwaite reported 14 ullage claims in February, of which 9 were accepted, and a cask "
                "ullage rate of 2.1% of cask sales against a target of under 2%. The mock recall in January traced "
                "every container of the chosen batch in 3 hours 10 minutes.")
d.add_paragraph("On Wednesday 19 February a batch of Moorcock Mild, RB4471, was withdrawn from trade because of a "
                "haze: a Level 2 withdrawal under QP-04. 63 firkins had gone to 31 customers. The stock was held "
                "within 2 hours, but some customers heard from us 22 hours after the hold, and 11 of them had "
                "already served some of the beer. Hollie Brannigan said that most customers want a phone call "
                "the same day. The meeting agreed that from Monday 17 March 2031 trade customers must be told "
                "about a Level 2 withdrawal within 12 hours of the hold, instead of 24 hours. The times for Level "
                "1 and Level 3 do not change. Imogen will update QP-04 and brief the trade desk.")

d.add_heading("4. Trade and deliveries", level=1)
d.add_paragraph("Marcus Bellwood reported 418 trade accounts, 23 of them opened since January. Since the new £250 "
                "free delivery minimum for Zone C came in on 6 January, 9 of the 26 Zone C customers have ordered "
                "less often, and Dale Haworth said the Wednesday dray to the moorland villages now runs about 55% "
                "full. The meeting agreed that from Tuesday 1 April 2031 the free delivery minimum in Zone C is "
                "£180, the same as in Zones A and B. The Zone D minimum of £300 and the delivery days for every "
                "zone do not change. Marcus will update TC-03 and RavenTrade, and write to Zone C customers.")
d.add_paragraph("Hollie reported 37 failed deliveries in February, most of them at pubs that do not open until "
                "midday. Account managers will ask those customers for a key safe or a cellar drop code. No "
                "change was made to the £35 failed delivery charge.")

d.add_heading("5. Staffing and on call", level=1)
d.add_paragraph("Owen's note was taken as read. There are 4 vacancies: 2 dray drivers, 1 of them at Harrowfield, 1 "
                "brewer and 1 packaging operative. Since VesselWatch went live, brewers on call have had more "
                "alarms at night: 19 weekday night alarms in February, 7 of which needed a visit to the brewery. "
                "Two brewers have asked to leave the on-call rota. The meeting agreed that from Monday 7 April 2031 "
                "the on-call standby payment for brewers for a weekday night goes up from £30 to £36. The weekend "
                "payment of £100 and the £35 call-out payment do not change, and neither do the rates for quality "
                "technicians, alarm keyholders and duty managers. Owen will update the Staff Handbook, and Bridget "
                "Lomax the payroll.")
d.add_paragraph("Kasia Wrobel proposed a trial of a four-day week for the packaging team, working four 10-hour "
                "days, to get more out of the canning line. As it changes contracts, the proposal was deferred "
                "to the People Committee on Tuesday 20 May 2031.")

d.add_heading("6. Taprooms and visitors", level=1)
d.add_paragraph("Leonie Sandoval reported 412 brewery tour tickets sold in February. The Saturday tours are sold "
                "out about 6 weeks ahead, and 140 people are on the waiting list. The meeting agreed that from "
                "Sunday 4 May 2031 there will also be a tour on Sundays at 13:00, from the Millrace Taproom. The "
                "Friday and Saturday tour times do not change. Leonie will update the booking system and the "
                "website FAQ.")
d.add_paragraph("Bridget proposed raising the tour ticket price from £15 to £18. Tom Ibbotson said the tours were "
                "how many new customers first tried the beer, and Leonie said the Sunday tours would bring in more "
                "money anyway. The meeting did not agree: the tour price stays at £15.")
d.add_paragraph("Leonie passed on a proposal from Rory Madden, manager of the Sidings Tap, to open the Sidings Tap "
                "on Mondays from 16:00 to 22:00. The proposal was deferred to the April meeting, when Rory will "
                "bring the staffing costs; until then the Sidings Tap stays closed on Mondays.")

d.add_heading("7. Capital projects", level=1)
d.add_paragraph("Ruth Ashdown presented the case for four new 60-hectolitre fermenting vessels, at a cost of about "
                "£210,000, so that the brewery can meet summer demand without brewing at weekends. As it is "
                "capital spending over £50,000, the proposal was deferred to the Board on Thursday 24 April 2031. "
                "The new seamer part for the canning line arrives on 28 March.")

d.add_heading("8. Any other business", level=1)
d.add_paragraph("Tom reminded the meeting that the profit share from the employee ownership trust will be paid in "
                "June. Leonie said the Ravensholm Beer Festival at Millrace Yard is on Friday 6 and Saturday 7 "
                "June 2031, and asked for volunteers to run the bars.")

d.add_heading("Decisions", level=1)
for t in ["From Monday 17 March 2031 trade customers are told about a Level 2 withdrawal within 12 hours of the "
          "hold, instead of 24 hours; Level 1 and Level 3 times do not change.",
          "From Tuesday 1 April 2031 the free delivery minimum in Zone C is £180, instead of £250; the Zone D "
          "minimum and all delivery days do not change.",
          "From Monday 7 April 2031 the weekday night on-call standby payment for brewers goes up from £30 to £36; "
          "the £100 weekend payment, the £35 call-out payment and the other on-call rates do not change.",
          "From Sunday 4 May 2031 there is also a brewery tour on Sundays at 13:00.",
          "The tour ticket price stays at £15; the proposed rise to £18 was not agreed.",
          "Deferred: four new fermenting vessels (Board, 24 April 2031), a four-day week trial for the packaging "
          "team (People Committee, 20 May 2031) and opening the Sidings Tap on Mondays (April meeting)."]:
    d.add_paragraph(t, style="List Bullet")

d.add_heading("Action items", level=1)
t = d.add_table(rows=1, cols=3)
t.style = "Table Grid"
for c, h in zip(t.rows[0].cells, ["Action", "Owner", "Due"]):
    c.text = h
rows = [
    ("Update QP-04 for the 12-hour Level 2 customer notice", "Imogen Thwaite", "14 March 2031"),
    ("Brief the trade desk on Level 2 phone calls", "Imogen Thwaite and Hollie Brannigan", "14 March 2031"),
    ("Update TC-03 and RavenTrade for the £180 Zone C minimum", "Marcus Bellwood", "28 March 2031"),
    ("Write to Zone C customers about the new minimum", "Marcus Bellwood", "21 March 2031"),
    ("Ask late-opening pubs for key safes or drop codes", "Hollie Brannigan", "25 April 2031"),
    ("Update the Staff Handbook and payroll for the £36 standby payment", "Owen Pritchard and Bridget Lomax", "4 April 2031"),
    ("Set up Sunday tours in the booking system and update the FAQ", "Leonie Sandoval", "4 April 2031"),
    ("Staffing costs for opening the Sidings Tap on Mondays", "Rory Madden", "1 April 2031"),
    ("Board paper on four new fermenting vessels", "Ruth Ashdown", "10 April 2031"),
    ("Paper on a four-day week trial for packaging", "Kasia Wrobel", "29 April 2031"),
]
for r in rows:
    for c, v in zip(t.add_row().cells, r):
        c.text = v

d.add_heading("Next meeting", level=1)
d.add_paragraph("The next meeting of the Management Team is on Tuesday 8 April 2031 at 09:30 at Harrowfield depot, "
                "Unit 4, Cinder Lane, Harrowfield.")

d.save(HERE / "docs" / "management-team-minutes-2031-03-11.docx")
