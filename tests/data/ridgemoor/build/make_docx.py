"""Builds docs/management-meeting-minutes-2038-05-06.docx with python-docx, as fellgate's make_docx.py does (itself
ellerby's, tarnbeck's, stainforth's, coldharbour's, ferncombe's, hartwell's, ashgrove's and earlier sets'): headings,
a Present list, apologies, a numbered agenda, the managing director's and operations manager's reports, discussion
paragraphs, a Decisions list and an action table (Action, Owner, Due)."""
from pathlib import Path
HERE = Path(__file__).resolve().parents[1]  # tests/data/ridgemoor
from docx import Document

d = Document()
d.add_heading("Directors' Management Meeting — Minutes", level=0)
d.add_paragraph("Ridgemoor Bakery Ltd. Management meeting of the directors held on Thursday 6 May 2038, 14:00–16:50, "
                "in the meeting room at head office, Market Street, Ridgemoor. Chair: Harriet Garside. Minutes: "
                "Bethan Oyelaran, People and Payroll Manager. These minutes stay in draft until they are agreed at "
                "the next meeting.")

d.add_heading("Present", level=1)
for a in ["Harriet Garside (Chair; Managing Director)",
          "Edmund Garside (Property Director)",
          "Gwendolyn Ruddock (Finance Director)",
          "Tomasz Wierzbicki (Operations Manager)",
          "Rosalind Achterberg (Retail Manager)",
          "Lachlan Birtwistle (Fleet and Despatch Manager)",
          "Bethan Oyelaran (People and Payroll Manager, minutes)"]:
    d.add_paragraph(a, style="List Bullet")
d.add_paragraph("In attendance: Sanjay Pemberton (Online and Loyalty Manager, for items 7 and 8) and Ifeoma "
                "Castleton (Head Baker, for item 4).")
d.add_paragraph("Apologies: Mireille Gaskell (Cake Studio Manager), at a wedding fair in Hallowby, whose cake studio "
                "figures for item 2 were presented by Harriet Garside, and Anwen Thistlethwaite (Food Safety and "
                "Technical Manager), on a training course, whose allergen report for item 3 was presented by "
                "Tomasz Wierzbicki.")

d.add_heading("Agenda", level=1)
for a in ["Minutes of the last meeting (4 March 2038) and matters arising",
          "Managing Director's report", "Operations Manager's report", "Night bakery pay",
          "Wholesale delivery charges", "Late deliveries", "Customer phone line hours",
          "Click-and-collect small order charge", "Kelby shop and electric vans", "Any other business"]:
    d.add_paragraph(a, style="List Number")

d.add_heading("1. Minutes of the last meeting and matters arising", level=1)
d.add_paragraph("The minutes of 4 March 2038 were agreed. Matters arising: the new spiral mixer at Millstone Lane "
                "was installed on Monday 12 April, and the central bakery kept its food hygiene rating of 5 at its "
                "inspection on Wednesday 14 April 2038. Version 6 of the Wholesale and Celebration Cakes Guide has "
                "applied since 4 January 2038.")

d.add_heading("2. Managing Director's report", level=1)
d.add_paragraph("Harriet Garside reported that turnover for the year to 31 March 2038 was £7.84 million, against a "
                "budget of £7.60 million: £4.91 million from the shops and cafés, £1.96 million from wholesale, "
                "£0.58 million from the online shop and £0.39 million from the cake studio. The cake studio made "
                "1,340 celebration cakes, 96 of them wedding cakes. Crust Club had 21,600 members at the end of "
                "March, up from 17,900 a year earlier, and members paid for 38% of all shop and café sales.")
d.add_paragraph("Flour cost 14% more than a year earlier and butter 9% more. Gwendolyn Ruddock said that the "
                "business still made a profit of £412,000 before tax, against £468,000 the year before, and that "
                "prices in the shops would be reviewed in September rather than raised now.")

d.add_heading("3. Operations Manager's report", level=1)
d.add_paragraph("Tomasz Wierzbicki reported that the vans made 31,200 wholesale drops in the year. 410 drops, 1.3%, "
                "arrived more than 30 minutes late, most of them on the Orrin Bridge and Gansby rounds while the "
                "A614 roadworks lasted. There were 9 van breakdowns, and in every one the stock reached the "
                "customer on a relief van. There were 5 oven faults that stopped a bake, three of them on deck "
                "oven 2, which is to be replaced in August.")
d.add_paragraph("There were 2 allergen spills in the year, a sesame spill on the roll line in October and a milk "
                "powder spill in the Clearbake room in February. Both lines were stopped and cleaned, and no "
                "affected product reached a customer. 6 of the 28 night baker posts were vacant at the end of April.")

d.add_heading("4. Night bakery pay", level=1)
d.add_paragraph("Ifeoma Castleton reported that agency night bakers cost £84,000 in the year, and that three "
                "skilled night bakers had left for supermarket in-store bakeries paying more for nights. The "
                "directors agreed that from Monday 7 June 2038 the night premium for hours worked between 22:00 "
                "and 06:00 goes up from £2.10 to £2.60 an hour. The early-start premium of £1.20 an hour does not "
                "change, and nor do the Sunday and bank holiday rates. Bethan Oyelaran will update the Bakery and "
                "Shop Staff Handbook and the pay codes in CrumbShift.")

d.add_heading("5. Wholesale delivery charges", level=1)
d.add_paragraph("Lachlan Birtwistle reported that 44% of wholesale drops were now for orders of between £60 and £75, "
                "and that diesel had cost £31,000 more than budgeted. The directors agreed that from Monday 5 July "
                "2038 wholesale delivery is free only for orders of £75 or more, instead of £60. The charge of £8 a "
                "drop for smaller orders does not change, and nor do same-day prices. Tomasz Wierzbicki will write "
                "to every wholesale customer by Monday 7 June 2038 and issue version 7 of the Wholesale and "
                "Celebration Cakes Guide.")

d.add_heading("6. Late deliveries", level=1)
d.add_paragraph("Rosalind Achterberg said that school kitchens and hotels had complained that drivers rang too late "
                "for them to make other plans for breakfast. The directors agreed that from Monday 24 May 2038 a "
                "driver phones the customer as soon as a drop is likely to be more than 20 minutes late, instead "
                "of 30 minutes. The timescales for van breakdowns do not change. Lachlan Birtwistle will update "
                "procedure OPS-04 and the RoundTrack alerts and brief all drivers.")

d.add_heading("7. Customer phone line hours", level=1)
d.add_paragraph("Sanjay Pemberton reported that a third of calls about Saturday click-and-collect orders came after "
                "the phone line had closed at 12:00. The directors agreed that from Saturday 5 June 2038 the "
                "customer phone line is open from 08:00 to 14:00 on Saturdays, instead of 08:00 to 12:00. It stays "
                "closed on Sundays, and the weekday hours of 08:00 to 18:00 do not change. Sanjay Pemberton will "
                "update the customer help pages.")

d.add_heading("8. Click-and-collect small order charge", level=1)
d.add_paragraph("Gwendolyn Ruddock proposed a charge of £1.50 on click-and-collect orders under £15, saying that "
                "picking and packing small orders cost the shops about £26,000 a year. Sanjay Pemberton and "
                "Rosalind Achterberg said that most small orders are from Crust Club members who also buy in the "
                "café when they collect. The directors did not agree: click-and-collect stays free, whatever the "
                "size of the order.")

d.add_heading("9. Kelby shop and electric vans", level=1)
d.add_paragraph("Edmund Garside presented a proposal for a thirteenth shop with a café at Kelby Retail Park, at a "
                "fit-out cost of about £145,000. The directors asked for the landlord's final lease terms first, so "
                "the proposal was deferred to the July meeting on Thursday 1 July 2038.")
d.add_paragraph("Lachlan Birtwistle proposed replacing two diesel vans with electric vans, at about £96,000. The "
                "Wendledale Clean Transport Fund may pay up to 35% of the cost, and its decision is expected in "
                "August. The proposal was deferred to the September meeting on Thursday 2 September 2038.")

d.add_heading("10. Any other business", level=1)
d.add_paragraph("Christmas orders open on Breadboard on Monday 1 November 2038. The staff summer barbecue is on "
                "Sunday 18 July 2038 at Millstone Lane. Allergen refresher training for shop and café staff runs "
                "in every shop during June.")

d.add_heading("Decisions", level=1)
for t in ["From Monday 7 June 2038 the night premium goes up from £2.10 to £2.60 an hour; the early-start premium "
          "of £1.20 an hour does not change.",
          "From Monday 5 July 2038 wholesale delivery is free for orders of £75 or more, instead of £60; the £8 "
          "charge for smaller orders does not change.",
          "From Monday 24 May 2038 drivers phone the customer when a drop is likely to be more than 20 minutes "
          "late, instead of 30.",
          "From Saturday 5 June 2038 the customer phone line is open from 08:00 to 14:00 on Saturdays, instead of "
          "08:00 to 12:00.",
          "Click-and-collect stays free; the proposal to charge £1.50 on orders under £15 was not agreed.",
          "Deferred: the Kelby Retail Park shop (July meeting, 1 July 2038) and two electric vans (September "
          "meeting, 2 September 2038)."]:
    d.add_paragraph(t, style="List Bullet")

d.add_heading("Action items", level=1)
t = d.add_table(rows=1, cols=3)
t.style = "Table Grid"
for c, h in zip(t.rows[0].cells, ["Action", "Owner", "Due"]):
    c.text = h
rows = [
    ("Update the Bakery and Shop Staff Handbook and CrumbShift pay codes for the £2.60 night premium", "Bethan Oyelaran", "31 May 2038"),
    ("Write to wholesale customers about the £75 free delivery level and issue version 7 of the guide", "Tomasz Wierzbicki", "7 June 2038"),
    ("Update OPS-04 and the RoundTrack alerts for the 20-minute late delivery call", "Lachlan Birtwistle", "20 May 2038"),
    ("Update the customer help pages for the new Saturday phone line hours", "Sanjay Pemberton", "28 May 2038"),
    ("Get the landlord's final lease terms for the Kelby Retail Park shop", "Edmund Garside", "24 June 2038"),
    ("Apply to the Wendledale Clean Transport Fund for two electric vans", "Lachlan Birtwistle", "4 June 2038"),
    ("Order the replacement for deck oven 2", "Ifeoma Castleton", "18 June 2038"),
]
for r in rows:
    for c, v in zip(t.add_row().cells, r):
        c.text = v

d.add_heading("Next meeting", level=1)
d.add_paragraph("The next directors' management meeting is on Thursday 1 July 2038 at 14:00 in the meeting room at "
                "head office, Market Street, Ridgemoor.")

d.save(HERE / "docs" / "management-meeting-minutes-2038-05-06.docx")
