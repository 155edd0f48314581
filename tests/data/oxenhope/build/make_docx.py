"""Builds docs/operations-board-minutes-2034-02-14.docx with python-docx, as fellgate's make_docx.py does (itself
ellerby's, tarnbeck's, stainforth's, coldharbour's, ferncombe's, hartwell's, ashgrove's and earlier sets'): headings,
a Present list, apologies, a numbered agenda, discussion paragraphs, a Decisions list and an action table (Action,
Owner, Due)."""
from pathlib import Path
HERE = Path(__file__).resolve().parents[1]  # tests/data/oxenhope
from docx import Document

d = Document()
d.add_heading("Operations Board — Minutes", level=0)
d.add_paragraph("Oxenhope Water Ltd. Meeting of the Operations Board held on Tuesday 14 February 2034, 09:30–12:15, "
                "in the Weir Room at Kilnhouse, 12 Sluice Street, Oxenhope. Chair: Tobiah Sandercock. Minutes: "
                "Bronagh Quilliam, Head of People. These minutes are a draft until the next meeting agrees them.")

d.add_heading("Present", level=1)
for a in ["Tobiah Sandercock (Chair; Managing Director)",
          "Helena Marchbank (Operations Director)",
          "Lucan Featherstone (Finance Director)",
          "Ravinder Okafor-Lunn (Head of Customer Services)",
          "Marisol Ainsworth (Head of Field Operations)",
          "Gideon Thwaites (Network Control Manager)",
          "Bronagh Quilliam (Head of People, minutes)"]:
    d.add_paragraph(a, style="List Bullet")
d.add_paragraph("In attendance: Perpetua Oyelaran (Leakage and Metering Manager, for items 2 and 8) and Ossian Pellow "
                "(Treatment Manager, for item 8).")
d.add_paragraph("Apologies: Dr Annika Strachan-Bell (Water Quality Manager), at a drinking water conference in "
                "Brindlegate, whose sampling report for item 5 was presented by Helena Marchbank, and Wystan Abernethy "
                "(Duty Incident Manager), on leave.")

d.add_heading("Agenda", level=1)
for a in ["Minutes of the last meeting (13 December 2033) and matters arising",
          "Network performance in 2033", "Standby cover and the standby allowance", "Missed appointments",
          "Bottled water in long interruptions", "Contact centre hours", "Paper bill charge proposal",
          "Smart meter pilot and the Lowmill sludge dryer", "Any other business"]:
    d.add_paragraph(a, style="List Number")

d.add_heading("1. Minutes of the last meeting and matters arising", level=1)
d.add_paragraph("The minutes of 13 December 2033 were agreed. Matters arising: the new vehicle workshop at Lathebridge "
                "Depot opened on Monday 9 January 2034, and version 7 of the Customer Charter and Billing Guide has "
                "been approved for household charges from 1 April 2034. Ravinder Okafor-Lunn reported that 11,260 "
                "customers had moved to paperless bills in TapLedger since October 2033.")

d.add_heading("2. Network performance in 2033", level=1)
d.add_paragraph("Gideon Thwaites reported that crews repaired 1,942 bursts on the network in 2033, 1,311 of them "
                "between November and March. There were 61 unplanned interruptions of more than 12 hours, which "
                "left 4,870 properties without water. Perpetua Oyelaran reported that leakage averaged 38.2 "
                "megalitres a day against a target of 35.0, and that leakage inspectors found 2,604 leaks on night "
                "shifts. Customer Services made 2,316 guaranteed standards payments in 2033, totalling £96,480.")
d.add_paragraph("Supply interruptions averaged 6 minutes 48 seconds a property over the year, against a target of "
                "5 minutes 30 seconds, mostly because of the Cragton trunk main burst in November. Written "
                "complaints fell to 1,184 from 1,302 in 2032. The board asked Gideon Thwaites to bring a winter "
                "readiness review to the April meeting.")

d.add_heading("3. Standby cover and the standby allowance", level=1)
d.add_paragraph("Marisol Ainsworth reported that only 71% of standby weeks in January were filled from the rota "
                "first time, and that team leaders had covered 23 weekday nights themselves. Network technicians "
                "had told her that the weekday night allowance no longer made up for being tied to home and "
                "within 30 minutes of the depot. Bronagh Quilliam said that a rise of £7 a night would cost about £38,000 a year.")
d.add_paragraph("The board agreed that from Monday 3 April 2034 the standby allowance for a weekday night goes up "
                "from £45 to £52. The £80 for a Saturday, Sunday or bank holiday does not change, and nor does the "
                "call-out payment of £30, or £50 between midnight and 06:00. Bronagh Quilliam will update the Field "
                "Operations Handbook and the standby pay codes in FieldPath.")

d.add_heading("4. Missed appointments", level=1)
d.add_paragraph("Ravinder Okafor-Lunn reported that 1,418 of the 45,700 appointments booked in 2033 were missed, "
                "3.1%, and that £56,720 was paid out for them. Most were missed because a crew was pulled away to a "
                "burst without the customer being told.")
d.add_paragraph("The board agreed that from Saturday 1 April 2034 the guaranteed standards payment for a missed "
                "appointment goes up from £40 to £60. The payment for an unplanned interruption stays at £30, and "
                "for low pressure at £25. Ravinder Okafor-Lunn will issue version 7.1 of the Customer Charter and "
                "Billing Guide and change the payment in TapLedger.")

d.add_heading("5. Bottled water in long interruptions", level=1)
d.add_paragraph("Helena Marchbank reported on the burst on the Cragton trunk main on Tuesday 22 November 2033, which "
                "left 3,140 properties without water for 19 hours. Customers and the Lathe Valley Water Consumer "
                "Council had criticised the wait for bottled water, because stations only opened once the 12-hour "
                "mark was expected to be passed. Water quality samples after the repair were all clear.")
d.add_paragraph("The board agreed that from Monday 1 May 2034 the Incident Manager opens bottled water stations "
                "when properties are expected to be without water for more than 8 hours, instead of 12. Customers "
                "on the Priority Services Register still get bottled water delivered within 4 hours. Gideon Thwaites "
                "will update procedure NW-04 and brief all incident managers.")

d.add_heading("6. Contact centre hours", level=1)
d.add_paragraph("Ravinder Okafor-Lunn reported that the contact centre took 412,600 calls in 2033 and answered 87% "
                "of billing calls within 2 minutes. Calls on Saturdays after 14:00, when the billing line has "
                "closed, had risen to about 900 a week on the emergency line.")
d.add_paragraph("The board agreed that from Saturday 4 March 2034 the billing and accounts line is open on Saturdays "
                "from 08:00 to 18:00, instead of 08:00 to 14:00. It stays closed on Sundays and bank holidays, and "
                "the emergency line stays open 24 hours. Ravinder Okafor-Lunn will update the help centre page and "
                "arrange the extra Saturday shifts.")

d.add_heading("7. Paper bill charge proposal", level=1)
d.add_paragraph("Lucan Featherstone proposed a charge of £1.50 for every paper bill, saying that printing and posting "
                "bills cost £412,000 in 2033. Ravinder Okafor-Lunn and Helena Marchbank said that the charge would "
                "fall hardest on older customers and those without the internet, many of them on the Priority "
                "Services Register. The board did not agree: paper bills stay free.")

d.add_heading("8. Smart meter pilot and the Lowmill sludge dryer", level=1)
d.add_paragraph("Perpetua Oyelaran proposed a pilot of 6,000 smart meters in Cragton, at about £720,000. The board "
                "asked for the result of the FlowWatch data platform tender first, so the proposal was deferred to "
                "the April meeting on Tuesday 11 April 2034.")
d.add_paragraph("Ossian Pellow proposed a sludge dryer at Lowmill Wastewater Treatment Works, at about £340,000. The "
                "Lathe Valley Net Zero Fund may pay up to 30% of the cost, and its decision is expected in May. The "
                "proposal was deferred to the June meeting on Tuesday 13 June 2034.")

d.add_heading("9. Any other business", level=1)
d.add_paragraph("The annual customer forum is on Saturday 18 March 2034 at Lathebridge Library. Confined space "
                "refresher training for network crews runs at Cragton Depot in the week of Monday 15 May 2034. "
                "Marisol Ainsworth reported that the last of the 14 new tipper vans for the network crews would be "
                "delivered in March, and that the old vans would be sold at auction.")

d.add_heading("Decisions", level=1)
for t in ["From Monday 3 April 2034 the standby allowance for a weekday night goes up from £45 to £52; the £80 for "
          "a weekend day or bank holiday and the £30 call-out payment do not change.",
          "From Saturday 1 April 2034 the payment for a missed appointment goes up from £40 to £60.",
          "From Monday 1 May 2034 bottled water stations open when properties are expected to be without water for "
          "more than 8 hours, instead of 12.",
          "From Saturday 4 March 2034 the billing and accounts line is open on Saturdays until 18:00, instead of "
          "14:00.",
          "Paper bills stay free; the proposal to charge £1.50 a bill was not agreed.",
          "Deferred: the Cragton smart meter pilot (April meeting, 11 April 2034) and the Lowmill sludge dryer "
          "(June meeting, 13 June 2034)."]:
    d.add_paragraph(t, style="List Bullet")

d.add_heading("Action items", level=1)
t = d.add_table(rows=1, cols=3)
t.style = "Table Grid"
for c, h in zip(t.rows[0].cells, ["Action", "Owner", "Due"]):
    c.text = h
rows = [
    ("Update the Field Operations Handbook and FieldPath standby pay codes for the £52 weekday night allowance", "Bronagh Quilliam", "24 March 2034"),
    ("Issue version 7.1 of the Customer Charter and Billing Guide and change the missed appointment payment in TapLedger", "Ravinder Okafor-Lunn", "24 March 2034"),
    ("Update the help centre page and arrange the extra Saturday shifts", "Ravinder Okafor-Lunn", "28 February 2034"),
    ("Update NW-04 for the 8-hour bottled water trigger and brief incident managers", "Gideon Thwaites", "28 April 2034"),
    ("Report the result of the FlowWatch data platform tender", "Perpetua Oyelaran", "31 March 2034"),
    ("Apply to the Lathe Valley Net Zero Fund for the sludge dryer", "Ossian Pellow", "10 March 2034"),
    ("Present the contact centre plan for the customer forum", "Ravinder Okafor-Lunn", "10 March 2034"),
]
for r in rows:
    for c, v in zip(t.add_row().cells, r):
        c.text = v

d.add_heading("Next meeting", level=1)
d.add_paragraph("The next Operations Board meeting is on Tuesday 11 April 2034 at 09:30 in the Weir Room at "
                "Kilnhouse.")

d.save(HERE / "docs" / "operations-board-minutes-2034-02-14.docx")
