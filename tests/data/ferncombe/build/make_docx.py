"""Builds docs/board-meeting-minutes-2032-07-20.docx with python-docx, as hartwell's make_docx.py does (itself
ashgrove's, saltmoor's and earlier sets'): headings, a Present list, apologies, a numbered agenda, discussion
paragraphs, a Decisions list and an action table (Action, Owner, Due)."""
from pathlib import Path
HERE = Path(__file__).resolve().parents[1]  # tests/data/ferncombe
from docx import Document

d = Document()
d.add_heading("Board of Directors — Minutes", level=0)
d.add_paragraph("Ferncombe Vale Dairy Co-operative Ltd. Meeting of the board held on Tuesday 20 July 2032, "
                "10:00–13:10, in the meeting room at Ferncombe Creamery, Mill Lane, Hensford. Chair: Alun "
                "Pennicott. Minutes: Hazel Brodie, HR Manager and Company Secretary. These minutes stay in draft "
                "until they are agreed at the next meeting.")

d.add_heading("Present", level=1)
for a in ["Alun Pennicott (Chair; member director, Coombe Barton Farm)",
          "Gwen Marwood (Vice-Chair; member director, Lower Hensley Farm)",
          "Tom Vellacott (member director, Kittow Farm)",
          "Ruth Cheriton (member director, Wickmoor Farm)",
          "Simon Aldous (independent director)",
          "Bronwen Tregarthen (General Manager)"]:
    d.add_paragraph(a, style="List Bullet")
d.add_paragraph("In attendance: Hazel Brodie (HR Manager and Company Secretary, minutes), Priya Lakhani (Finance "
                "Manager), Declan Rowcliffe (Milk Supply Manager, for items 2 and 3), Dr Maeve Cullinan (Technical "
                "and Quality Manager, for item 4) and Tamsin Ruddock (Retail Manager, for item 5).")
d.add_paragraph("Apologies: Huw Barnaby (member director, Stowcombe Farm), who was at a milk buyers' conference, and "
                "Colin Penhallow (Transport Manager), on leave, whose report for item 3 was presented by Declan "
                "Rowcliffe.")

d.add_heading("Agenda", level=1)
for a in ["Minutes of the last meeting (15 June 2032) and matters arising",
          "Milk supply and the milk price", "The collection round and the tanker fleet",
          "The Lintonbury fridge failure and the cold chain", "The farm shops",
          "People", "Finance", "Any other business"]:
    d.add_paragraph(a, style="List Number")

d.add_heading("1. Minutes of the last meeting and matters arising", level=1)
d.add_paragraph("The minutes of 15 June 2032 were agreed. Matters arising: the Churnlog app for members went live "
                "on 1 July, and 34 of the 41 member farms had used it by 19 July. The new butter churn was "
                "commissioned on 28 June and made its first full batch of 2.4 tonnes on 1 July. Priya Lakhani gave the "
                "final figures for the year to 31 March 2032: turnover of £26,400,000, up 4%, from 52.3 million "
                "litres of members' milk, at an average price paid of 41.02 ppl.")

d.add_heading("2. Milk supply and the milk price", level=1)
d.add_paragraph("Declan Rowcliffe reported that members supplied 4.61 million litres in June, 3% more than in June "
                "2031, and that the spring flush had peaked at 162,000 litres a day in May. Cheese and butter prices "
                "have risen since the spring, and two larger dairies have announced higher milk prices for the "
                "autumn. Average quality was good: 33 farms were in Band A for Bactoscan in June. Two loads failed "
                "the antibiotic test in the quarter, and both members paid the disposal cost.")
d.add_paragraph("The board agreed that from Friday 1 October 2032 the standard base price for October to December "
                "goes up from 42.10 ppl to 42.85 ppl. The organic price for October to December stays at 53.15 ppl, "
                "because organic cream and butter prices have not risen, and the prices for the other quarters do "
                "not change. Declan Rowcliffe will write to every member by 31 August 2032, giving the 30 days' "
                "notice that the supply terms require.")
d.add_paragraph("Priya Lakhani proposed raising the capital retention from 0.50 ppl back to 0.75 ppl for a year, to "
                "help pay for a new tanker. Ruth Cheriton said the retention had only come down in April, and that "
                "two members had asked her about leaving over their cash flow. Tom Vellacott said members would "
                "rather see the tanker leased. The board did not agree: the capital retention stays at 0.50 ppl "
                "until the supply terms are next reviewed in February 2034.")

d.add_heading("3. The collection round and the tanker fleet", level=1)
d.add_paragraph("Declan Rowcliffe presented Colin Penhallow's report. The six tankers covered 9,840 miles in June. "
                "Tanker FV05 was off the road for 9 days in June with a cracked chassis, and a hired tanker at "
                "£2,900 a month is covering its rounds. The team has 11 drivers and 2 agency drivers, against 14 "
                "posts. Three drivers have left in the last 6 months, and all three named the early starts: the "
                "early round leaves the yard at 04:30.")
d.add_paragraph("The board agreed that from Monday 6 September 2032 the early round allowance for tanker drivers "
                "goes up from £18 to £22 a shift. The night shift premium of 20% and the on-call allowances do not "
                "change. Hazel Brodie will update the Staff Handbook and the pay codes in Rotawell, and Colin "
                "Penhallow will advertise the three driver vacancies with the new allowance.")
d.add_paragraph("Declan also put forward Colin's proposal to buy a seventh tanker of 30,000 litres, at about "
                "£186,000. The board asked for a leasing quote to compare, so the proposal was deferred to the "
                "September meeting on Tuesday 21 September 2032. Until then the hired tanker stays on.")

d.add_heading("4. The Lintonbury fridge failure and the cold chain", level=1)
d.add_paragraph("Dr Maeve Cullinan reported on the display fridge that failed overnight at the Lintonbury shop on "
                "Saturday 10 July 2032. TempWarden raised the alarm at 02:14. The engineer on call phoned back at "
                "02:26, within the 15 minutes allowed, but was already at the creamery dealing with a silo alarm "
                "and reached Lintonbury at 03:35, 81 minutes after the alarm, although the procedure asks for 1 "
                "hour. The fridge had been over 8.0°C for more than 2 hours, and stock worth £1,380 was thrown "
                "away. No unsafe product was sold.")
d.add_paragraph("The board agreed that from Monday 2 August 2032 the engineer on call must be on site within 45 "
                "minutes of a TempWarden alarm, instead of 1 hour. The 15 minutes to phone back does not change, "
                "and neither do the temperature limits. A second engineer will be on call on Friday and Saturday "
                "nights. Maeve will update FS-07 and brief the shop teams, and Nils Hedley (Engineering Manager) "
                "will set up the second on-call rota.")
d.add_paragraph("Maeve also reported that one tanker load was rejected at the creamery in June at 11.2°C, against "
                "the limit of 10.0°C, after a farm cooler failed; the member was told the same day.")

d.add_heading("5. The farm shops", level=1)
d.add_paragraph("Tamsin Ruddock reported sales for April to June of £212,000 at Hensford and £341,000 at "
                "Lintonbury, of which the café took £118,000. The Hensford shop closes at 14:00 on Sundays, and "
                "staff counted 57 customers turned away after 14:00 on Sundays in June, most of them walkers and "
                "families visiting the vending machine.")
d.add_paragraph("The board agreed that from Sunday 3 October 2032 the Hensford shop opens from 10:00 to 16:00 on "
                "Sundays, instead of 10:00 to 14:00. The Lintonbury shop's Sunday hours, 10:00 to 16:00, and both "
                "shops' hours on other days do not change. Jess Pardoe (Shop Manager, Hensford) will update the "
                "website questions page, the rota and the sign at the gate.")
d.add_paragraph("Tamsin also proposed a second milk vending machine outside the Lintonbury shop, at about "
                "£14,500. As the district council has not yet said whether it needs planning permission, the "
                "proposal was deferred to the October meeting on Tuesday 19 October 2032.")

d.add_heading("6. People", level=1)
d.add_paragraph("Hazel Brodie reported 89 staff. There are 5 vacancies: three tanker drivers, one cheesemaker and one "
                "café assistant at Lintonbury. Sickness absence in the creamery was 4.1% in the quarter, and 11 "
                "staff completed their Level 2 food hygiene refresher in June.")

d.add_heading("7. Finance", level=1)
d.add_paragraph("Priya Lakhani reported an operating surplus of £184,000 for April to June, against a budget of "
                "£150,000, helped by butter sales. The loan for the butter churn is being repaid as planned.")

d.add_heading("8. Any other business", level=1)
d.add_paragraph("The annual general meeting is on Saturday 18 September 2032 at 11:00 at the creamery, and the "
                "creamery open day for members' families is on Sunday 29 August 2032.")

d.add_heading("Decisions", level=1)
for t in ["From Friday 1 October 2032 the standard base price for October to December goes up from 42.10 ppl to "
          "42.85 ppl; the organic price stays at 53.15 ppl and the other quarters do not change.",
          "The capital retention stays at 0.50 ppl; the proposed rise to 0.75 ppl was not agreed.",
          "From Monday 6 September 2032 the early round allowance for tanker drivers goes up from £18 to £22 a "
          "shift; the night shift premium and the on-call allowances do not change.",
          "From Monday 2 August 2032 the engineer on call must be on site within 45 minutes of a TempWarden alarm, "
          "instead of 1 hour; the 15 minutes to phone back and the temperature limits do not change.",
          "From Sunday 3 October 2032 the Hensford shop opens from 10:00 to 16:00 on Sundays, instead of 10:00 to "
          "14:00.",
          "Deferred: a seventh tanker (September meeting, 21 September 2032) and a milk vending machine at "
          "Lintonbury (October meeting, 19 October 2032)."]:
    d.add_paragraph(t, style="List Bullet")

d.add_heading("Action items", level=1)
t = d.add_table(rows=1, cols=3)
t.style = "Table Grid"
for c, h in zip(t.rows[0].cells, ["Action", "Owner", "Due"]):
    c.text = h
rows = [
    ("Write to all members about the October base price", "Declan Rowcliffe", "31 August 2032"),
    ("Get a leasing quote for a 30,000-litre tanker", "Colin Penhallow", "10 September 2032"),
    ("Update the Staff Handbook and Rotawell pay codes for the £22 early round allowance", "Hazel Brodie", "27 August 2032"),
    ("Advertise the three tanker driver vacancies", "Colin Penhallow", "13 August 2032"),
    ("Update FS-07 for the 45-minute on-site time and brief the shop teams", "Dr Maeve Cullinan", "30 July 2032"),
    ("Set up a second engineer on call for Friday and Saturday nights", "Nils Hedley", "30 July 2032"),
    ("Update the website questions page, rota and gate sign for Sunday opening", "Jess Pardoe", "24 September 2032"),
    ("Ask the district council about planning for a Lintonbury vending machine", "Tamsin Ruddock", "17 September 2032"),
]
for r in rows:
    for c, v in zip(t.add_row().cells, r):
        c.text = v

d.add_heading("Next meeting", level=1)
d.add_paragraph("The next board meeting is on Tuesday 21 September 2032 at 10:00 at Ferncombe Creamery.")

d.save(HERE / "docs" / "board-meeting-minutes-2032-07-20.docx")
