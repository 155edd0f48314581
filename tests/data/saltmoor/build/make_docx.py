"""Builds docs/management-team-minutes-2031-09-16.docx with python-docx, as alderley's make_docx.py does (itself
yarrowby's and earlier sets'): headings, a Present list, apologies, a numbered agenda, discussion paragraphs, a
Decisions list and an action table (Action, Owner, Due)."""
from pathlib import Path
HERE = Path(__file__).resolve().parents[1]  # tests/data/saltmoor
from docx import Document

d = Document()
d.add_heading("Management Team — Minutes", level=0)
d.add_paragraph("Saltmoor Marina & Boatyard Ltd. Monthly meeting of the Management Team held on Tuesday 16 "
                "September 2031, 08:30–11:45, in the upstairs meeting room at the marina office, Saltmoor Quay. "
                "Chair: Morwenna Tallack, Managing Director. Minutes: Ellie Stannard, Office Administrator. "
                "These minutes stay in draft until they are agreed at the next meeting.")

d.add_heading("Present", level=1)
for a in ["Morwenna Tallack (Managing Director, chair)",
          "Declan Ferris (Marina Manager, Saltmoor Quay)",
          "Priya Lanyon (Boatyard Manager, Pellow Creek)",
          "Tomasz Wierzbicki (Dockmaster)",
          "Callum Treloar (Workshop Foreman)",
          "Rosalind Okafor (Finance Manager)",
          "Nadia Kowalczyk (HR and Office Manager)",
          "Felix Amadi (Health, Safety and Environment Officer)",
          "Jasper Venn (Chandlery Manager)"]:
    d.add_paragraph(a, style="List Bullet")
d.add_paragraph("In attendance: Ellie Stannard (minutes) and Gareth Rowe of Estuary Guard Security (for item 4).")
d.add_paragraph("Apologies: Bronwen Pascoe (Café Manager), who was at a supplier's tasting day and sent a written "
                "report for item 6, and Simon Treharne (non-executive director), who was abroad.")

d.add_heading("Agenda", level=1)
for a in ["Minutes of the last meeting (19 August 2031) and matters arising",
          "The marina and berthing", "The boatyard, the hoist and the lift-out season",
          "The fuel pontoon and the spill of 27 August", "Staffing and on-call cover",
          "The chandlery and The Galley", "Any other business"]:
    d.add_paragraph(a, style="List Number")

d.add_heading("1. Minutes of the last meeting and matters arising", level=1)
d.add_paragraph("The minutes of 19 August 2031 were agreed. Matters arising: the new shower block door codes went "
                "live on 1 September, and the replacement fingers on pontoon F were fitted on 9 September, two weeks "
                "late. The waiting list now holds 63 boats for Saltmoor Quay and 11 for Pellow Creek.")

d.add_heading("2. The marina and berthing", level=1)
d.add_paragraph("Declan Ferris reported that in August 394 of the 410 pontoon berths at Saltmoor Quay were let, "
                "96%, and 70 of the 90 moorings at Pellow Creek, 78%. There were 1,240 visitor nights at Saltmoor "
                "Quay in August and 310 at Pellow Creek. On 14 weekend nights in July and August the visitor "
                "berths on pontoon A were full by 16:00 and boats were turned away.")
d.add_paragraph("The meeting agreed that from Thursday 1 April 2032 the summer visitor rate at Saltmoor Quay goes "
                "up from £3.20 to £3.60 per metre per night. The Pellow Creek visitor mooring rate stays at £2.40 "
                "per metre per night in summer, and the winter rates at both sites do not change. Declan will "
                "update BT-06, the website and the BerthWise price list.")
d.add_paragraph("Rosalind Okafor proposed raising the price of electricity on the pontoons from 38p to 45p per kWh, "
                "to cover the new supply contract, which adds about £9,600 a year. Declan said the price had gone "
                "up in April and berth holders would see a second rise in a year as unfair. The meeting did not "
                "agree: electricity stays at 38p per kWh until the terms are next reviewed. Rosalind will look for "
                "the cost elsewhere in the budget.")

d.add_heading("3. The boatyard, the hoist and the lift-out season", level=1)
d.add_paragraph("Priya Lanyon reported that 148 lift-outs are booked for October, against 131 last year, and that "
                "the hard standing will be full by the end of the month. Winter ashore packages have been sold to "
                "112 boats. The hoist was out of use for 4 days in August while a hydraulic hose was replaced.")
d.add_paragraph("Callum Treloar proposed replacing the workshop's diesel launch with an electric workboat, at a cost "
                "of about £58,000. As it is capital spending, the proposal was deferred to the directors' capital "
                "meeting on Friday 31 October 2031. Until then the diesel launch stays in service.")

d.add_heading("4. The fuel pontoon and the spill of 27 August", level=1)
d.add_paragraph("Felix Amadi reported on the diesel spill at the fuel pontoon on Wednesday 27 August 2031, when a "
                "visiting motor cruiser's tank overflowed and about 40 litres went into the water. It was a Tier 2 "
                "spill under FS-02. The boom was deployed 19 minutes after the alarm, against the 15 minutes "
                "allowed, because the boom reel was stored behind the fuel kiosk and its cover had seized. Most of "
                "the oil was recovered, but a sheen reached pontoon B. The Harbour Authority was told within the "
                "hour and took no further action.")
d.add_paragraph("The meeting agreed that from Monday 3 November 2031 the boom must be deployed within 10 minutes "
                "of the alarm for a Tier 2 spill, instead of 15 minutes. Tier 1 and Tier 3 response times do not "
                "change. The boom reel will be moved to the head of the fuel pontoon. Felix will update FS-02 and "
                "run a boom drill with every fuel pontoon team before the new time starts.")
d.add_paragraph("Tomasz Wierzbicki reported that in winter the fuel pontoon turns boats away on Thursdays, when "
                "fishing boats and early weekend visitors want fuel. Fuel sales in August were 38,600 litres of "
                "diesel and 7,450 litres of petrol. The meeting agreed that from Thursday 6 November 2031 the fuel "
                "pontoon also opens on Thursdays in winter, so its winter days become Thursday to Monday. Winter "
                "hours stay 09:00 to 16:00, and it stays closed on Tuesdays and Wednesdays. Tomasz will update the "
                "FAQ page, the rota and the sign on the pontoon.")
d.add_paragraph("Gareth Rowe of Estuary Guard Security reported two attempted thefts of outboard engines from "
                "pontoon G in August. A second night patrol at Saltmoor Quay will run on Friday and Saturday nights "
                "until the end of October at no extra cost.")

d.add_heading("5. Staffing and on-call cover", level=1)
d.add_paragraph("Nadia Kowalczyk reported that 19 of the 22 seasonal staff finish on 31 October. There are 4 "
                "vacancies: a Marine Engineer, a Shipwright, a Hoist Operator and an Office Administrator at Pellow "
                "Creek. Only 3 trained Hoist Operators are on the Pellow Creek on-call rota, which is one week in "
                "three, and two weekday night calls in August were covered by the Workshop Foreman.")
d.add_paragraph("The meeting agreed that from Monday 6 October 2031 the Hoist Operator's on-call payment for a "
                "weekday night goes up from £25 to £30. The weekend payment of £85 and the £40 call-out payment do "
                "not change, and the rates for other roles do not change. Nadia will update the Staff Handbook, "
                "and Rosalind the payroll.")

d.add_heading("6. The chandlery and The Galley", level=1)
d.add_paragraph("Jasper Venn reported chandlery sales of £86,400 in August, up 7% on August 2030, with online "
                "click and collect orders now 18% of sales. The parts counter at Pellow Creek sold £21,300 of "
                "parts. Bronwen Pascoe's report was taken as read: café takings in August were £48,900, up 9%, and "
                "the Friday and Saturday evening openings to 20:00 were busy all summer.")
d.add_paragraph("Bronwen's report proposed keeping The Galley open to 20:00 on Fridays and Saturdays all year "
                "instead of only in summer. As Bronwen was not present, the proposal was deferred to the October "
                "meeting; until then winter café hours do not change.")

d.add_heading("7. Any other business", level=1)
d.add_paragraph("Morwenna Tallack said the berth holders' end-of-season supper is at The Galley on Saturday 25 "
                "October 2031 at 19:00, with tickets at £28 from the marina office. Priya Lanyon said the yard's "
                "open day for new boat owners is on Saturday 10 April 2032.")

d.add_heading("Decisions", level=1)
for t in ["From Thursday 1 April 2032 the summer visitor rate at Saltmoor Quay goes up from £3.20 to £3.60 per metre "
          "per night; the Pellow Creek rate of £2.40 and the winter rates at both sites do not change.",
          "Electricity on the pontoons stays at 38p per kWh; the proposed rise to 45p was not agreed.",
          "From Monday 3 November 2031 the boom is deployed within 10 minutes for a Tier 2 spill, instead of 15 "
          "minutes; Tier 1 and Tier 3 response times do not change.",
          "From Thursday 6 November 2031 the fuel pontoon also opens on Thursdays in winter (Thursday to Monday, "
          "09:00 to 16:00); it stays closed on Tuesdays and Wednesdays.",
          "From Monday 6 October 2031 the Hoist Operator's weekday night on-call payment goes up from £25 to £30; "
          "the £85 weekend payment, the £40 call-out payment and other roles' rates do not change.",
          "Deferred: an electric workboat (directors' capital meeting, 31 October 2031) and opening The Galley to "
          "20:00 on Fridays and Saturdays all year (October meeting)."]:
    d.add_paragraph(t, style="List Bullet")

d.add_heading("Action items", level=1)
t = d.add_table(rows=1, cols=3)
t.style = "Table Grid"
for c, h in zip(t.rows[0].cells, ["Action", "Owner", "Due"]):
    c.text = h
rows = [
    ("Update BT-06, the website and BerthWise for the £3.60 summer visitor rate", "Declan Ferris", "28 November 2031"),
    ("Find the electricity contract cost elsewhere in the budget", "Rosalind Okafor", "14 October 2031"),
    ("Update FS-02 for the 10-minute Tier 2 boom time", "Felix Amadi", "10 October 2031"),
    ("Move the boom reel to the head of the fuel pontoon", "Tomasz Wierzbicki", "30 September 2031"),
    ("Boom drill with every fuel pontoon team", "Felix Amadi", "31 October 2031"),
    ("Update the FAQ page, rota and pontoon sign for Thursday fuel opening", "Tomasz Wierzbicki", "24 October 2031"),
    ("Update the Staff Handbook and payroll for the £30 Hoist Operator weekday rate", "Nadia Kowalczyk and Rosalind Okafor", "3 October 2031"),
    ("Business case for an electric workboat", "Callum Treloar", "17 October 2031"),
    ("Recruit a Hoist Operator for Pellow Creek", "Nadia Kowalczyk", "14 November 2031"),
]
for r in rows:
    for c, v in zip(t.add_row().cells, r):
        c.text = v

d.add_heading("Next meeting", level=1)
d.add_paragraph("The next meeting of the Management Team is on Tuesday 14 October 2031 at 08:30 in the boatyard "
                "reception meeting room at Pellow Creek, Creek Lane, Pellow.")

d.save(HERE / "docs" / "management-team-minutes-2031-09-16.docx")
