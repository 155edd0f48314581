"""Builds docs/hs-committee-minutes-2030-03-11.docx with python-docx, as yarrowby's make_docx.py does (itself
wrenfield's and the earlier sets'): headings, a Present list, apologies, a numbered agenda, discussion paragraphs, a
Decisions list and an action table (Action, Owner, Due)."""
from pathlib import Path
HERE = Path(__file__).resolve().parents[1]  # tests/data/zennor
from docx import Document

d = Document()
d.add_heading("Health and Safety Committee — Minutes", level=0)
d.add_paragraph("Zennor Build Ltd. Quarterly meeting of the Health and Safety Committee held on Monday 11 March 2030, "
                "13:30–16:10, in the training room at Foundry House, Pelworth. Chair: Callum Pendry, Operations "
                "Director. Minutes: Jade Kitto, HSE Administrator. These minutes stay in draft until they are agreed "
                "at the next meeting.")

d.add_heading("Present", level=1)
for a in ["Callum Pendry (Operations Director, chair)",
          "Morwenna Hale (Head of Health, Safety and Environment)",
          "Tomas Rudd (Contracts Manager, Pelworth)",
          "Elaine Vosper (Contracts Manager, Kestlemoor)",
          "Jasdeep Sandhu (Plant Manager)",
          "Priyanka Shah (Supply Chain Manager)",
          "Dean Probert (Site Manager, Mill Quay)",
          "Bethany Cole (Site Manager, Carrow Street Health Centre)",
          "Owen Trethowan (Site Manager, Hatherley Fields)",
          "Kieran Doyle (Apprentice Coordinator)",
          "Lee Hosken (plant operator, workforce safety representative)",
          "Amira Benson (apprentice bricklayer, apprentice representative)"]:
    d.add_paragraph(a, style="List Bullet")
d.add_paragraph("In attendance: Jade Kitto (minutes) and Ray Penrose of Kernow Roofing (subcontractor representative, "
                "for item 5).")
d.add_paragraph("Apologies: Nadia Okafor (Commercial Director), who was at a client meeting, and Sarah Quick (Site "
                "Manager, Lowen Park Primary School), who sent a written report for item 3.")

d.add_heading("Agenda", level=1)
for a in ["Minutes of the last meeting (9 December 2029) and matters arising",
          "Accidents, near misses and inspections, December to February",
          "Site hours and neighbours", "Permits to work", "Subcontractor compliance",
          "Plant and the plant yard", "Apprentices, welfare and travel", "Any other business"]:
    d.add_paragraph(a, style="List Number")

d.add_heading("1. Minutes of the last meeting and matters arising", level=1)
d.add_paragraph("The minutes of 9 December 2029 were agreed. Matters arising: all subcontractors have used the "
                "SiteSafe app to sign in since 13 January 2030; the wheel wash at Hatherley Fields was installed on 3 "
                "February; and every site now has a defibrillator in the first aid cabin.")

d.add_heading("2. Accidents, near misses and inspections", level=1)
d.add_paragraph("Morwenna Hale reported the figures for December to February. There were 2 reportable injuries, both "
                "at Hatherley Fields: a labourer who fell from a trestle and broke his wrist, and a subcontractor's "
                "operative off work for 9 days after a crushed finger. There were 19 minor injuries, 11 in Kestlemoor "
                "and 8 in Pelworth, and 146 near misses reported on SiteSafe, 92 in Pelworth and 54 in Kestlemoor. "
                "The accident frequency rate was 0.21 per 100,000 hours worked, against a target of 0.25. Site "
                "inspection scores averaged 91% in Pelworth and 86% in Kestlemoor; the lowest was Hatherley Fields "
                "at 82%, mainly for housekeeping and edge protection on the phase 2 scaffolds.")

d.add_heading("3. Site hours and neighbours", level=1)
d.add_paragraph("Dean Probert reported 23 complaints from residents of Quayside Court about Saturday noise at Mill "
                "Quay, most of them about the concrete pump and disc cutters between 12:00 and 13:00. The council's "
                "environmental health officer visited on 22 February. The meeting agreed that from Saturday 6 April "
                "2030 work at Mill Quay on Saturdays ends at 12:00, instead of 13:00, and that no disc cutting or "
                "breaking is done there on Saturdays at all. The weekday hours at Mill Quay and the Saturday hours of "
                "the other sites do not change. Dean will update the neighbour FAQ page and write to the residents of "
                "Quayside Court.")
d.add_paragraph("Sarah Quick's report said there had been no complaints at Lowen Park Primary School, and that the "
                "school's Easter holiday runs from 8 April to 19 April 2030, when Saturday working is allowed.")
d.add_paragraph("Owen Trethowan proposed a four-day week at Hatherley Fields from June to August, Monday to Thursday, "
                "07:00 to 17:30, to give the team a three-day weekend. Lee Hosken was concerned about fatigue on "
                "longer days in hot weather, and the neighbours would need to agree to the earlier start. The proposal "
                "was deferred to the Operations Board on Monday 8 April 2030, after Owen has consulted the workforce "
                "and the neighbours.")

d.add_heading("4. Permits to work", level=1)
d.add_paragraph("Morwenna reported 212 permits issued from December to February: 88 hot work, 61 excavation, 31 "
                "fragile roof, 18 electrical isolation, 9 confined space and 5 lifting operations. On 14 February at "
                "Carrow Street Health Centre, insulation smouldering behind a soffit was found 70 minutes after "
                "brazing of copper pipes had stopped, after the 60-minute fire watch had ended. Bethany Cole's team "
                "put it out with an extinguisher and nobody was hurt. The meeting agreed that from Monday 18 March "
                "2030 the fire watch after hot work lasts 90 minutes after the work stops, instead of 60 minutes. "
                "Hot work permits are still valid for one shift, up to 8 hours, and the other permits do not change. "
                "Morwenna will update PTW-01 and brief the site managers and subcontractors.")
d.add_paragraph("Priyanka Shah passed on a request from the mechanical and electrical subcontractors that their own "
                "supervisors be allowed to issue hot work permits for their own work, to save waiting for a site "
                "manager. The meeting did not agree, given the Carrow Street fire: permits are still issued only by "
                "Zennor's authorised persons, and site managers will aim to issue a permit within 30 minutes of a "
                "request.")

d.add_heading("5. Subcontractor compliance", level=1)
d.add_paragraph("Priyanka reported 64 approved subcontractors on ZenPass, 7 of them with insurance certificates that "
                "expire in April. From December to February there were 11 yellow cards and 3 red cards: two for work "
                "at height without edge protection at Hatherley Fields and one for hot work without a permit at Mill "
                "Quay. In January a ridge tile blown from the Mill Quay roof damaged a parked car and narrowly missed "
                "a pedestrian. Ray Penrose said that insurers now expect higher cover for roofing work over public "
                "roads. The meeting agreed that from Wednesday 1 May 2030 roofing and cladding subcontractors must "
                "hold public liability insurance of at least £10 million, instead of £5 million, for new subcontract "
                "orders. The minimums for other trades do not change. Priyanka will update SC-03 and tell the roofing "
                "subcontractors through ZenPass.")

d.add_heading("6. Plant and the plant yard", level=1)
d.add_paragraph("Jasdeep Sandhu reported 41 machines in the fleet. Two thorough examinations of lifting equipment "
                "were up to 5 days late in January and have now been done. On 6 February a reversing dumper struck a "
                "fence at Hatherley Fields; nobody was hurt. Jasdeep proposed fitting 360-degree cameras and "
                "proximity sensors to all 14 dumpers and telehandlers, at a cost of about £46,000. As it is capital "
                "spending, the proposal was deferred to the Board's capital meeting on Wednesday 24 April 2030. Until "
                "then a banksman guides every reversing dumper and telehandler on the Hatherley Fields estate roads.")

d.add_heading("7. Apprentices, welfare and travel", level=1)
d.add_paragraph("Kieran Doyle reported 22 apprentices, 14 in Pelworth and 8 in Kestlemoor, 5 of them under 18. In "
                "January two Kestlemoor apprentices cycled to Hatherley Fields along the Tregony bypass in the dark to "
                "save bus fares, and one was nearly hit by a lorry. The meeting agreed that from Monday 1 April 2030 "
                "the daily travel allowance for apprentices goes up from £9 to £12. The allowances for plant operators "
                "(£14) and site operatives (£11) do not change, and apprentices can still claim their actual bus "
                "fares instead. Kieran and Alison Brewer will update the Staff Handbook and payroll.")
d.add_paragraph("Amira Benson asked for a boot allowance of £150 a year for apprentices and site operatives. As it "
                "affects pay, it was deferred to the pay review in June 2030. A drying room for wet clothing opened at "
                "Hatherley Fields on 25 February.")

d.add_heading("8. Any other business", level=1)
d.add_paragraph("Morwenna said that 8 places are free on the mental health first aid course at the Kestlemoor office "
                "on 16 and 17 April 2030. Tomas Rudd said that the Considerate Constructors Scheme monitor visits Lowen "
                "Park Primary School on 27 March 2030.")

d.add_heading("Decisions", level=1)
for t in ["From Saturday 6 April 2030 Saturday work at Mill Quay ends at 12:00, instead of 13:00, with no disc cutting "
          "or breaking on Saturdays; weekday hours at Mill Quay and the other sites' Saturday hours do not change.",
          "From Monday 18 March 2030 the fire watch after hot work lasts 90 minutes, instead of 60 minutes; hot work "
          "permits are still valid for one shift, up to 8 hours.",
          "From Wednesday 1 May 2030 roofing and cladding subcontractors must hold public liability insurance of at "
          "least £10 million, instead of £5 million; the minimums for other trades do not change.",
          "From Monday 1 April 2030 the daily travel allowance for apprentices goes up from £9 to £12; the £14 for "
          "plant operators and the £11 for site operatives do not change.",
          "Subcontractors' own supervisors may not issue hot work permits; the proposal was not agreed.",
          "Deferred: cameras and proximity sensors for dumpers and telehandlers (Board capital meeting, 24 April "
          "2030), a four-day summer week at Hatherley Fields (Operations Board, 8 April 2030) and a £150 boot "
          "allowance (pay review, June 2030)."]:
    d.add_paragraph(t, style="List Bullet")

d.add_heading("Action items", level=1)
t = d.add_table(rows=1, cols=3)
t.style = "Table Grid"
for c, h in zip(t.rows[0].cells, ["Action", "Owner", "Due"]):
    c.text = h
rows = [
    ("Update PTW-01 for the 90-minute fire watch", "Morwenna Hale", "15 March 2030"),
    ("Brief site managers and subcontractors on the 90-minute fire watch", "Morwenna Hale", "18 March 2030"),
    ("Write to Quayside Court residents about Saturday hours at Mill Quay", "Dean Probert", "22 March 2030"),
    ("Update the neighbour FAQ page for Saturday hours at Mill Quay", "Dean Probert", "29 March 2030"),
    ("Update SC-03 and tell roofing subcontractors through ZenPass", "Priyanka Shah", "5 April 2030"),
    ("Update the Staff Handbook and payroll for the £12 apprentice travel allowance", "Kieran Doyle and Alison Brewer", "25 March 2030"),
    ("Consult the Hatherley Fields workforce and neighbours on a four-day week", "Owen Trethowan", "3 April 2030"),
    ("Business case for dumper and telehandler cameras", "Jasdeep Sandhu", "10 April 2030"),
    ("Cost a £150 boot allowance for the pay review", "Alison Brewer", "17 May 2030"),
]
for r in rows:
    for c, v in zip(t.add_row().cells, r):
        c.text = v

d.add_heading("Next meeting", level=1)
d.add_paragraph("The next meeting of the Health and Safety Committee is on Monday 10 June 2030 at 13:30 at the "
                "Kestlemoor office, 12 Chapel Yard, Kestlemoor.")

d.save(HERE / "docs" / "hs-committee-minutes-2030-03-11.docx")
