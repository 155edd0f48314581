"""Builds docs/operations-team-minutes-2029-06-13.docx with python-docx, as wrenfield's make_docx.py does (adapted
from hollowbrook's and earlier sets'): headings, a Present list, apologies, a numbered agenda, discussion
paragraphs, a Decisions list and an action table (Action, Owner, Due)."""
from pathlib import Path
HERE = Path(__file__).resolve().parents[1]  # tests/data/yarrowby
from docx import Document

d = Document()
d.add_heading("Operations Leadership Team — Minutes", level=0)
d.add_paragraph("Yarrowby Homes. Monthly meeting of the Operations Leadership Team held on Wednesday 13 June 2029, "
                "10:00–12:40, in the boardroom at Tanner House, Brackenfold. Chair: Daniel Fairhurst, Director of "
                "Housing. Minutes: Kelly Dawson, Governance Officer. These minutes stay in draft until they are "
                "agreed at the next meeting.")

d.add_heading("Present", level=1)
for a in ["Daniel Fairhurst (Director of Housing, chair)",
          "Sunita Rao (Director of Property Services)",
          "Gareth Holroyd (Repairs Manager)",
          "Priya Lambert (Head of Customer Services)",
          "Colin Ashworth (Income Manager)",
          "Bernadette Quayle (Sheltered Housing Manager)",
          "Farah Siddiqui (Damp and Mould Lead)",
          "Robert Ingham (Finance Manager)",
          "Janice Oldroyd (Housing Manager, Brackenfold)",
          "Tomasz Nowak (Housing Manager, Ellerdale)",
          "Doreen Pickles (tenant, chair of the tenants' panel)"]:
    d.add_paragraph(a, style="List Bullet")
d.add_paragraph("In attendance: Kelly Dawson (minutes) and Shona McBride (Repairs Supervisor, Ellerdale, for items "
                "2 and 5).")
d.add_paragraph("Apologies: Margaret Oyelaran (Chief Executive), who was meeting the regulator, and Hannah Whitlock "
                "(People Manager), who sent a note for item 5.")

d.add_heading("Agenda", level=1)
for a in ["Minutes of the last meeting (9 May 2029) and matters arising",
          "Repairs performance for May", "Damp and mould", "Income and rent",
          "Staffing and on call", "Customer services and offices", "Sheltered housing",
          "Any other business"]:
    d.add_paragraph(a, style="List Number")

d.add_heading("1. Minutes of the last meeting and matters arising", level=1)
d.add_paragraph("The minutes of 9 May 2029 were agreed. Matters arising: the new RepairsHub app went live for all "
                "operatives on 21 May, and job numbers now start RJ in both districts. The boiler replacements at "
                "Fellside Court, the sheltered scheme in Ellerdale Bridge, were finished on 1 June, two weeks late "
                "because of a parts delay.")

d.add_heading("2. Repairs performance for May", level=1)
d.add_paragraph("Gareth Holroyd reported 2,140 repairs completed in May: 1,480 in Brackenfold and 660 in Ellerdale. "
                "Emergency repairs attended within 4 hours were 97.2% in Brackenfold and 89.5% in Ellerdale, where "
                "most of the late jobs were in Low Sowerby and Haverlea. Routine repairs took an average of 14.6 "
                "working days in Brackenfold and 22.8 working days in the Ellerdale villages. Tenant satisfaction "
                "with the last repair was 84%.")
d.add_paragraph("Shona McBride said the two village days a week are not enough now that the time for routine "
                "repairs is counted in working days, and that jobs in the villages often wait for the next village "
                "day. The meeting agreed that from Monday 3 September 2029 routine repairs in the Ellerdale "
                "villages are completed within 20 working days, instead of 25, the same as in Brackenfold and "
                "Ellerdale Bridge. A third village day, on Mondays for Low Sowerby, will be added. Emergency and "
                "urgent repair times do not change. Sunita will update RP-01 and the website.")
d.add_paragraph("There were 164 appointments in May where we could not get in. Robert Ingham proposed raising the "
                "missed appointment (no access) charge from £30 to £40, to cover the cost of a wasted visit. Doreen "
                "Pickles said that many tenants told the panel they had not had the text the day before, and that "
                "a higher charge would feel unfair while that was the case. The meeting did not agree: the charge "
                "stays at £30, and Priya will look into the missing texts.")
d.add_paragraph("Gareth proposed buying two electric vans for the Ellerdale depot, at a cost of about £78,000, to "
                "replace two diesel vans due for renewal. As it is capital spending, the proposal was deferred to "
                "the Board's capital programme meeting on Wednesday 19 September 2029.")

d.add_heading("3. Damp and mould", level=1)
d.add_paragraph("Farah Siddiqui reported 58 new damp and mould reports in May, 41 in Brackenfold and 17 in "
                "Ellerdale, of which 9 were Category 3. All but two were inspected within 10 working days. There "
                "are 212 open cases, and 14 have been open for more than 8 weeks and are with the Damp and Mould "
                "Panel. In two Category 3 cases a mould wash booked for the fifth working day was too late for "
                "a baby with a chest infection. The meeting agreed that from Wednesday 1 August 2029 the mould "
                "wash for Category 3 (severe) mould is done within 2 working days of the inspection, instead of 5. "
                "Category 1 and Category 2 times do not change. Farah will update DM-02 and brief the surveyors "
                "and operatives.")

d.add_heading("4. Income and rent", level=1)
d.add_paragraph("Colin Ashworth reported current tenant arrears of £1,046,000, 3.6% of the annual rent debit: 3.9% in "
                "Brackenfold and 2.8% in Ellerdale. 2,310 tenants now get Universal Credit, and 410 of them have "
                "their rent paid to us direct. There were no evictions in May. The Tenancy Support Fund has paid "
                "£9,850 since April, mainly for fuel and white goods. No decisions were needed.")

d.add_heading("5. Staffing and on call", level=1)
d.add_paragraph("Hannah's note was taken as read. There are 6 vacancies: 3 repairs operatives, 2 of them in "
                "Ellerdale, 1 gas engineer and 2 contact centre advisers. Eleven operatives have asked to leave "
                "the on-call rota, and 23 weekday nights in May were covered by a contractor at £310 a night. The "
                "meeting agreed that from Monday 6 August 2029 the on-call standby payment for repairs operatives "
                "for a weekday night goes up from £28 to £33. The weekend payment of £95 and the £30 call-out "
                "payment do not change, and neither do the rates for gas engineers and repairs supervisors. Hannah "
                "will update the Staff Handbook, and Robert the payroll.")

d.add_heading("6. Customer services and offices", level=1)
d.add_paragraph("Priya Lambert reported 14,920 calls in May, answered in an average of 3 minutes 40 seconds. On "
                "Saturdays the contact centre took an average of 61 calls between 09:00 and 13:00. Priya proposed "
                "closing the contact centre on Saturdays and leaving Saturday calls to the out-of-hours line. "
                "Doreen asked that tenants be asked first. The proposal was deferred to the July meeting, after the "
                "tenants' panel has discussed it; until then the Saturday hours do not change.")
d.add_paragraph("Tomasz Nowak reported that the Ellerdale office had 96 visitors a week, most of them on Mondays, "
                "and that tenants from the villages ask for a day early in the week when the bus runs. The meeting "
                "agreed that from Tuesday 4 September 2029 the Ellerdale office also opens on Tuesdays, from 09:30 "
                "to 16:00. Its hours on Mondays, Wednesdays and Fridays and the Brackenfold office's hours do not "
                "change. Priya will update the FAQ page and the notices.")

d.add_heading("7. Sheltered housing", level=1)
d.add_paragraph("Bernadette Quayle reported that 17 of the 412 sheltered flats are empty, 11 in Brackenfold and 6 in "
                "Ellerdale. She proposed extending the Handy Help service from 3 to 5 free jobs a year, at a cost of "
                "about £18,500 a year. As it changes the budget, the proposal was deferred to the Board on Thursday "
                "26 July 2029; until then the limit stays at 3 jobs a year.")

d.add_heading("8. Any other business", level=1)
d.add_paragraph("Doreen reminded the meeting that the tenants' panel meets at the Ellerdale office on Wednesday 27 "
                "June 2029 at 14:00. Janice Oldroyd said the Brackenfold summer fun day is on Saturday 21 July 2029 "
                "at Canal Wharf, and asked for volunteers.")

d.add_heading("Decisions", level=1)
for t in ["From Monday 3 September 2029 routine repairs in the Ellerdale villages are completed within 20 working "
          "days, instead of 25; emergency and urgent repair times do not change.",
          "From Wednesday 1 August 2029 the mould wash for Category 3 mould is done within 2 working days, instead "
          "of 5; Category 1 and Category 2 times do not change.",
          "From Monday 6 August 2029 the weekday night on-call standby payment for repairs operatives goes up from "
          "£28 to £33; the £95 weekend payment, the £30 call-out payment and the rates for gas engineers and "
          "supervisors do not change.",
          "From Tuesday 4 September 2029 the Ellerdale office also opens on Tuesdays, 09:30 to 16:00.",
          "The missed appointment (no access) charge stays at £30; the proposed rise to £40 was not agreed.",
          "Deferred: two electric vans for Ellerdale (Board capital programme, 19 September 2029), extending Handy "
          "Help to 5 jobs a year (Board, 26 July 2029) and closing the contact centre on Saturdays (July meeting)."]:
    d.add_paragraph(t, style="List Bullet")

d.add_heading("Action items", level=1)
t = d.add_table(rows=1, cols=3)
t.style = "Table Grid"
for c, h in zip(t.rows[0].cells, ["Action", "Owner", "Due"]):
    c.text = h
rows = [
    ("Update RP-01 and the website for 20 working days in the Ellerdale villages", "Sunita Rao", "31 July 2029"),
    ("Set up a Monday village day for Low Sowerby", "Shona McBride", "24 August 2029"),
    ("Update DM-02 for the 2-day Category 3 mould wash", "Farah Siddiqui", "20 July 2029"),
    ("Brief surveyors and operatives on the Category 3 mould wash", "Farah Siddiqui", "27 July 2029"),
    ("Update the Staff Handbook and payroll for the £33 standby payment", "Hannah Whitlock and Robert Ingham", "27 July 2029"),
    ("Find out why appointment reminder texts are not arriving", "Priya Lambert", "11 July 2029"),
    ("Ask the tenants' panel about closing the contact centre on Saturdays", "Doreen Pickles", "27 June 2029"),
    ("Update the FAQ page and notices for Tuesday opening in Ellerdale", "Priya Lambert", "17 August 2029"),
    ("Costed paper on extending Handy Help", "Bernadette Quayle", "6 July 2029"),
    ("Business case for two electric vans for Ellerdale", "Gareth Holroyd", "29 August 2029"),
]
for r in rows:
    for c, v in zip(t.add_row().cells, r):
        c.text = v

d.add_heading("Next meeting", level=1)
d.add_paragraph("The next meeting of the Operations Leadership Team is on Wednesday 11 July 2029 at 10:00 at the "
                "Ellerdale office, 14 Market Place, Ellerdale Bridge.")

d.save(HERE / "docs" / "operations-team-minutes-2029-06-13.docx")
