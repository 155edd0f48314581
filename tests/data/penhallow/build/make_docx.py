"""Builds docs/management-team-minutes-2032-10-13.docx with python-docx, as coldharbour's make_docx.py does (itself
ferncombe's, hartwell's, ashgrove's and earlier sets'): headings, a Present list, apologies, a numbered agenda,
discussion paragraphs, a Decisions list and an action table (Action, Owner, Due)."""
from pathlib import Path
HERE = Path(__file__).resolve().parents[1]  # tests/data/penhallow
from docx import Document

d = Document()
d.add_heading("Management Team — Minutes", level=0)
d.add_paragraph("Penhallow Garden Centres Ltd. Meeting of the Management Team held on Wednesday 13 October 2032, "
                "09:30–12:40, in the boardroom at Trevissick Garden Centre, Moorgate Road, Trevissick. Chair: Jory "
                "Rosevear. Minutes: Lowenna Hocking, HR Manager. These minutes stay in draft until they are agreed at "
                "the next meeting.")

d.add_heading("Present", level=1)
for a in ["Jory Rosevear (Chair; Managing Director)",
          "Anil Mistry (Finance Director)",
          "Helen Tregunna (Retail Director)",
          "Joost Verhoeven (Nursery Manager)",
          "Priya Nankervis (Health and Safety Adviser)",
          "Lowenna Hocking (HR Manager, minutes)"]:
    d.add_paragraph(a, style="List Bullet")
d.add_paragraph("In attendance: Kerenza Blamey (Head Grower, for item 5), Mark Tonkin (Centre Manager, Polgarrow, for "
                "item 6) and Elif Demir (Catering Manager, for item 7).")
d.add_paragraph("Apologies: Dean Chegwidden (Landscaping and Delivery Manager), at the handover of the new garden at "
                "Polgarrow Primary School, whose report for item 3 was presented by Helen Tregunna, and Sophie Carbis "
                "(Centre Manager, Trevissick), at the autumn trade show buying for spring 2033, whose figures for item "
                "2 were presented by Helen Tregunna.")

d.add_heading("Agenda", level=1)
for a in ["Minutes of the last meeting (11 August 2032) and matters arising",
          "Plant sales and the plant guarantee", "Deliveries and landscaping",
          "Staff pay, discount and recruitment", "Carnvellan Nursery and the Glasshouse 3 heating failure",
          "Opening hours", "Cafés", "Finance", "Any other business"]:
    d.add_paragraph(a, style="List Number")

d.add_heading("1. Minutes of the last meeting and matters arising", level=1)
d.add_paragraph("The minutes of 11 August 2032 were agreed. Matters arising: the new Tillway tills went live at "
                "Polgarrow on Monday 6 September, and the first of our two electric delivery vans arrived at Sawmill "
                "Yard on 20 September. Every compost we sell has been peat-free since July.")

d.add_heading("2. Plant sales and the plant guarantee", level=1)
d.add_paragraph("Helen Tregunna reported plant sales of £2.94 million at the two centres from March to September, 4% "
                "more than in 2031: £1.87 million at Trevissick and £1.07 million at Polgarrow. The centres replaced "
                "or refunded 980 plants under the guarantee from January to September 2032, against 1,240 in the "
                "whole of 2031; lavender and hebes were the plants most often returned after the wet spring.")
d.add_paragraph("Anil Mistry proposed cutting the guarantee on hardy trees, shrubs, roses, climbers and perennials "
                "from 2 years back to 1 year, as guarantee claims cost about £21,600 in 2031. Helen said the 2-year "
                "guarantee is in all our advertising and is mentioned in many customer reviews, and Joost Verhoeven "
                "said better care labels for lavender and hebes would cut the claims. The team did not agree: the "
                "guarantee on hardy plants stays at 2 years until the policy, CS-2, is next reviewed in February "
                "2034. Joost will rewrite the care labels for lavender and hebes.")

d.add_heading("3. Deliveries and landscaping", level=1)
d.add_paragraph("Helen Tregunna presented Dean Chegwidden's report. The team made 3,410 deliveries from March to "
                "September, 61% of them in zone A. Van leases and fuel have gone up by 22% since the charges were "
                "set in March 2032, and a zone A delivery now costs us about £11 to make.")
d.add_paragraph("The team agreed that from Monday 3 January 2033 the delivery charge for zone A, up to 10 miles from "
                "the centre, goes up from £7.50 to £8.50. The zone B charge of £12.50 and the zone C charge of "
                "£19.50 do not change, and nor does free delivery on orders over £150 in zones A and B. Helen will "
                "update CS-2 and the delivery charges in Tillway, and Jodie Rickard the website.")
d.add_paragraph("The landscaping team finished 46 jobs from March to September and has £318,000 of work booked up to "
                "the end of March 2033.")

d.add_heading("4. Staff pay, discount and recruitment", level=1)
d.add_paragraph("Lowenna Hocking reported 172 staff and 11 vacancies, including four retail assistants at Trevissick "
                "and two cooks. Nine retail staff have left since April, five of them for supermarkets, and several "
                "said in their exit interviews that the staff discount was better elsewhere.")
d.add_paragraph("The team agreed that from Tuesday 1 February 2033 the staff discount on plants, compost and garden "
                "products goes up from 20% to 25%. The 10% discount on garden furniture, barbecues and the Christmas "
                "shop does not change, and nor do the café discounts of 50% on shift and 20% off shift. Lowenna will "
                "update the Staff Handbook, and Anil Mistry the staff discount codes in Tillway.")
d.add_paragraph("Recruitment of 24 seasonal staff for the Christmas shop and Santa's grotto is complete, and they "
                "start on Monday 1 November.")

d.add_heading("5. Carnvellan Nursery and the Glasshouse 3 heating failure", level=1)
d.add_paragraph("Kerenza Blamey reported on the heating failure in the early hours of Sunday 26 September 2032. Boiler "
                "2 stopped at 02:35, and Glasslog raised the alarm at 02:52, when Glasshouse 3 fell below 13°C. The "
                "on-call grower, Tom Jago, acknowledged the alarm at 02:58 and arrived at 03:36, within the 45 "
                "minutes that NU-07 allows. The boiler did not restart after one reset, and the Hendra Heating "
                "engineer arrived at 06:10. Glasshouse 3 fell to 8°C before the portable heaters brought it back, and "
                "2,300 of the 14,000 poinsettias there were damaged, a loss of about £9,200 at trade prices.")
d.add_paragraph("Kerenza said that with its boiler off, Glasshouse 3 loses about 1°C every 8 minutes on a cold night. "
                "The team agreed that from Monday 1 November 2032 the on-call grower must arrive at the nursery within "
                "30 minutes of the alarm, instead of 45 minutes. The alarm temperatures, the heating standby allowance "
                "and the rest of NU-07 do not change. Kerenza will update NU-07 and brief everyone on the alarm rota, "
                "and growers who live more than 30 minutes' drive from the nursery will come off the rota.")
d.add_paragraph("Joost Verhoeven proposed replacing both gas boilers with a biomass boiler and a heat store, at about "
                "£186,000, with a grant of up to 40% possible. The team asked for a second quote and the grant "
                "decision, so the proposal was deferred to the January meeting on Wednesday 19 January 2033.")

d.add_heading("6. Opening hours", level=1)
d.add_paragraph("Mark Tonkin reported that Polgarrow was busy on summer evenings: the tills took about £2,100 a week in "
                "the last half hour before closing in July and August, and staff counted an average of 25 customers a "
                "day arriving at the gate after it had closed at 17:30.")
d.add_paragraph("The team agreed that from Tuesday 1 March 2033 Polgarrow Garden Centre opens from 09:00 to 18:00, "
                "Monday to Saturday, in summer, instead of 09:00 to 17:30. Its winter hours, 09:00 to 17:00, and its "
                "Sunday hours, 10:00 to 16:00, do not change, and nor do the Potting Shed Café's hours or Trevissick's "
                "hours. Mark will update the Polgarrow rota, and Jodie Rickard the website questions page.")
d.add_paragraph("Helen Tregunna proposed an online shop with click and collect at both centres, at about £14,500 a year "
                "for the Tillway web module and the staff to pick orders. As the team wants to see the figures from "
                "the new tills first, the proposal was deferred to the April meeting on Wednesday 13 April 2033.")

d.add_heading("7. Cafés", level=1)
d.add_paragraph("Elif Demir reported café sales of £612,000 from April to September, £421,000 at the Orangery Café and "
                "£191,000 at the Potting Shed Café. Both cafés kept their food hygiene rating of 5 after inspections "
                "in August. The Christmas menu starts on Wednesday 1 December.")

d.add_heading("8. Finance", level=1)
d.add_paragraph("Anil Mistry reported an operating profit of £585,000 for April to September, against a budget of "
                "£540,000. Trade sales from Carnvellan Nursery came to £1.12 million, to 126 trade customers.")

d.add_heading("9. Any other business", level=1)
d.add_paragraph("The Christmas shop at Trevissick opened on Friday 1 October, and 1,460 grotto visits have been booked "
                "since booking opened on 4 October. The staff party is in the Orangery Café after closing on Saturday "
                "8 January 2033.")

d.add_heading("Decisions", level=1)
for t in ["The guarantee on hardy trees, shrubs, roses, climbers and perennials stays at 2 years; the proposal to cut "
          "it to 1 year was not agreed.",
          "From Monday 3 January 2033 the zone A delivery charge goes up from £7.50 to £8.50; the zone B and zone C "
          "charges and free delivery on orders over £150 do not change.",
          "From Tuesday 1 February 2033 the staff discount on plants, compost and garden products goes up from 20% to "
          "25%; the 10% discount and the café discounts do not change.",
          "From Monday 1 November 2032 the on-call grower must arrive at the nursery within 30 minutes of a heating "
          "alarm, instead of 45 minutes; the alarm temperatures and the rest of NU-07 do not change.",
          "From Tuesday 1 March 2033 Polgarrow Garden Centre opens from 09:00 to 18:00, Monday to Saturday, in "
          "summer, instead of 09:00 to 17:30.",
          "Deferred: a biomass boiler for Carnvellan Nursery (January meeting, 19 January 2033) and an online shop "
          "with click and collect (April meeting, 13 April 2033)."]:
    d.add_paragraph(t, style="List Bullet")

d.add_heading("Action items", level=1)
t = d.add_table(rows=1, cols=3)
t.style = "Table Grid"
for c, h in zip(t.rows[0].cells, ["Action", "Owner", "Due"]):
    c.text = h
rows = [
    ("Rewrite the care labels for lavender and hebes", "Joost Verhoeven", "30 November 2032"),
    ("Update CS-2 and the Tillway delivery charges for the £8.50 zone A charge", "Helen Tregunna", "10 December 2032"),
    ("Update the website delivery charges", "Jodie Rickard", "17 December 2032"),
    ("Update the Staff Handbook for the 25% staff discount", "Lowenna Hocking", "14 January 2033"),
    ("Change the staff discount codes in Tillway", "Anil Mistry", "28 January 2033"),
    ("Update NU-07 for the 30-minute arrival and brief the alarm rota", "Kerenza Blamey", "29 October 2032"),
    ("Get a second biomass boiler quote and the grant decision", "Joost Verhoeven", "7 January 2033"),
    ("Update the Polgarrow rota for the summer 2033 hours", "Mark Tonkin", "11 February 2033"),
    ("Update the website questions page for Polgarrow's summer hours", "Jodie Rickard", "18 February 2033"),
]
for r in rows:
    for c, v in zip(t.add_row().cells, r):
        c.text = v

d.add_heading("Next meeting", level=1)
d.add_paragraph("The next Management Team meeting is on Wednesday 8 December 2032 at 09:30 at Trevissick Garden Centre.")

d.save(HERE / "docs" / "management-team-minutes-2032-10-13.docx")
