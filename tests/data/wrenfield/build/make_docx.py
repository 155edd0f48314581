"""Builds docs/centre-managers-meeting-minutes-2028-05-16.docx with python-docx, as hollowbrook's make_docx.py does
(adapted from thornbury's, pinecrest's, quayside's, brightwater's, ashcombe's and fernhill's): headings, a Present
list, apologies, a numbered agenda, discussion paragraphs, a Decisions list and an action table (Action, Owner, Due)."""
from pathlib import Path
HERE = Path(__file__).resolve().parents[1]  # tests/data/wrenfield
from docx import Document

d = Document()
d.add_heading("Centre Managers' Meeting — Minutes", level=0)
d.add_paragraph("Wrenfield Leisure Trust. Monthly centre managers' meeting held on Tuesday 16 May 2028, "
                "09:30–12:15, in the meeting room at Wrenfield Leisure Centre. Chair: Nadia Brennan, Operations "
                "Director. Minutes: Jodie Platt, Administration Officer. These minutes stay in draft until they are "
                "agreed at the next meeting.")

d.add_heading("Present", level=1)
for a in ["Nadia Brennan (Operations Director, chair)",
          "Tom Ellery (Centre Manager, Wrenfield Leisure Centre)",
          "Rachel Kinsella (Centre Manager, Ashby Moor Pool & Fitness)",
          "Owen Prothero (Aquatics Manager)",
          "Kayleigh Dunn (Fitness Manager)",
          "Imran Sheikh (Membership and Customer Services Manager)",
          "Aisha Bello (Health and Safety Manager)",
          "Graham Tuckwell (Finance Manager)",
          "Mick Sowerby (member, chair of the members' forum)"]:
    d.add_paragraph(a, style="List Bullet")
d.add_paragraph("In attendance: Jodie Platt (minutes) and Craig Mellor (Senior Duty Manager, Wrenfield, for items 4 "
                "and 5).")
d.add_paragraph("Apologies: Helen Marchetti (Chief Executive), who was at the council's annual review of the leisure "
                "contract, and Beverley Hoyle (People Manager), who sent a note for item 6.")

d.add_heading("Agenda", level=1)
for a in ["Minutes of the last meeting (18 April 2028) and matters arising",
          "Membership, income and fitness for April", "Swim school", "Pool safety",
          "Opening hours and customer services", "Staffing and rotas", "Any other business"]:
    d.add_paragraph(a, style="List Number")

d.add_heading("1. Minutes of the last meeting and matters arising", level=1)
d.add_paragraph("The minutes of 18 April 2028 were agreed. Matters arising: the new version of the WrenActive app went "
                "live on 2 May, with a waiting list for full classes. The pool hall lights at Ashby Moor were replaced "
                "with LED lights during the closure of 24 to 26 April. As the closure was shorter than 7 days, no "
                "credit was due to members under MP-03, but Rachel sent every Ashby Moor member a free guest pass.")

d.add_heading("2. Membership, income and fitness for April", level=1)
d.add_paragraph("Imran Sheikh reported 6,410 members at the end of April: 4,380 at Wrenfield and 2,030 at Ashby Moor. "
                "There were 212 cancellations in April, 139 at Wrenfield and 73 at Ashby Moor, and the reason given "
                "most often was the price rise of 1 April. 318 members have a concession, 96 of them aged 65 or "
                "over. Income for April was £286,400 against a budget of £279,000.")
d.add_paragraph("Mick Sowerby said that the members' forum had heard from several older members at Ashby Moor who "
                "had left after the April price rise, and proposed raising the concession for people aged 65 or over "
                "from 30% to 40%. Graham estimated the cost at about £14,500 a year. As it changes the budget, the "
                "proposal was deferred to the Trust Board on Thursday 29 June 2028; until then the concession stays "
                "at 30%.")
d.add_paragraph("Kayleigh Dunn proposed turning the old store room next to the studio at Ashby Moor into a spin "
                "studio with 16 bikes, at a cost of about £64,000, as spin classes at Wrenfield are full most "
                "evenings. The proposal was deferred to the Board's capital programme meeting on 29 June 2028.")

d.add_heading("3. Swim school", level=1)
d.add_paragraph("Owen Prothero reported 1,940 children in lessons, 1,310 at Wrenfield and 630 at Ashby Moor. The "
                "waiting list is 410 children at Wrenfield and 95 at Ashby Moor. Since the swimming teachers moved up a "
                "point in their grade on 1 April, the "
                "30-minute lessons at Wrenfield no longer cover their costs, mainly because of the cost of heating "
                "the teaching pool. The meeting agreed that from 1 September 2028 children's 30-minute lessons at "
                "Wrenfield go up from £27.50 to £29.00 a month. The price at Ashby Moor stays at £26.00, and the "
                "45-minute lessons for stages 8 to 10 at Wrenfield stay at £32.00. Imran will email parents by 31 July "
                "2028, giving the 30 days' notice that MP-03 requires, and update the policy.")
d.add_paragraph("Owen will offer places at Ashby Moor to families on the Wrenfield waiting list who live nearer "
                "to Ashby Moor.")

d.add_heading("4. Pool safety", level=1)
d.add_paragraph("Aisha Bello reported 23 accidents in April, 15 at Wrenfield and 8 at Ashby Moor, and 4 rescues by "
                "lifeguards, none of them serious. On 11 April the 14:00 manual test of the teaching pool at "
                "Wrenfield found a pH of 8.1 after a dosing pump fault, and the pool was closed for 2 hours. The "
                "teaching pool has the heaviest use by babies and young children, and a fault can go unnoticed for "
                "up to 2 hours between tests. The meeting agreed that from 1 June 2028 the manual water tests in "
                "the teaching pool at Wrenfield are done every hour while it is open, instead of every 2 hours. "
                "Tests in the main pool and the Ashby Moor pool stay at every 2 hours. Aisha will update PS-02, and "
                "Owen will brief the lifeguards.")
d.add_paragraph("The evacuation drill at Ashby Moor on 9 May cleared the building in 4 minutes 10 seconds. Craig "
                "Mellor said swimmers had waited for the library foyer to be unlocked; Rachel will agree a key "
                "holder with the library.")

d.add_heading("5. Opening hours and customer services", level=1)
d.add_paragraph("Rachel Kinsella reported that Ashby Moor has averaged 9 customers between 06:30 and 07:00 on weekdays "
                "since January. The meeting agreed that from Monday 3 July 2028 Ashby Moor Pool & Fitness opens at "
                "07:00 on weekdays, instead of 06:30. Its closing time and weekend hours do not change, and "
                "Wrenfield still opens at 06:00 on weekdays. Imran will update the FAQ page and the notices, and "
                "Rachel will agree the early shift times with the staff affected.")
d.add_paragraph("Graham proposed a charge of £1 for parking at Wrenfield, for customers who are not members, which "
                "would raise about £21,000 a year. Tom said that many swim school parents are not members and that "
                "the car park is often full of town centre shoppers who do not use the centre at all. The meeting "
                "did not agree: parking at Wrenfield stays free for up to 3 hours, and Tom will ask the council to "
                "enforce the 3-hour limit.")
d.add_paragraph("Tom also proposed opening the Poolside Café until 20:00 on weekdays for swim school parents. He has "
                "no staffing plan yet, and the item was deferred to the June meeting.")

d.add_heading("6. Staffing and rotas", level=1)
d.add_paragraph("Beverley's note was taken as read. There are 7 vacancies: 4 lifeguards, 3 of them at Ashby Moor, 2 "
                "swimming teachers and 1 receptionist. Sunday lifeguard shifts are the hardest to fill, and 11 "
                "Sunday shifts at Ashby Moor in April were covered by agency lifeguards at £19.50 an hour. The "
                "meeting agreed that from Sunday 2 July 2028 overtime worked on a Sunday is paid at double time, "
                "instead of time and a half. Overtime from Monday to Saturday stays at time and a quarter, and the "
                "bank holiday rate does not change. Beverley will update the Staff Handbook, and Graham the payroll. "
                "Keyholder payments for duty managers were not discussed and do not change.")

d.add_heading("7. Any other business", level=1)
d.add_paragraph("Mick reminded the meeting that the members' forum meets at Ashby Moor on Wednesday 7 June 2028 at "
                "19:00. Owen said the Wrenfield club gala on Saturday 8 July 2028 closes the main pool to the public "
                "from 12:00 to 17:00, and members must be told at least 14 days ahead.")

d.add_heading("Decisions", level=1)
for t in ["From 1 September 2028 children's 30-minute swimming lessons at Wrenfield go up from £27.50 to £29.00 a "
          "month; they stay at £26.00 at Ashby Moor, and 45-minute lessons stay at £32.00.",
          "From 1 June 2028 manual water tests in the Wrenfield teaching pool are done every hour, instead of every "
          "2 hours; the main pool and the Ashby Moor pool stay at every 2 hours.",
          "From Monday 3 July 2028 Ashby Moor Pool & Fitness opens at 07:00 on weekdays, instead of 06:30; its "
          "closing time, its weekend hours and Wrenfield's hours do not change.",
          "From Sunday 2 July 2028 overtime worked on a Sunday is paid at double time, instead of time and a half; "
          "overtime from Monday to Saturday stays at time and a quarter.",
          "Parking at Wrenfield stays free for up to 3 hours; the proposed £1 charge was not agreed.",
          "Deferred: the concession for people aged 65 or over (Board, 29 June 2028), a spin studio at Ashby Moor "
          "(Board capital programme, 29 June 2028) and longer café hours at Wrenfield (June meeting)."]:
    d.add_paragraph(t, style="List Bullet")

d.add_heading("Action items", level=1)
t = d.add_table(rows=1, cols=3)
t.style = "Table Grid"
for c, h in zip(t.rows[0].cells, ["Action", "Owner", "Due"]):
    c.text = h
rows = [
    ("Email parents and update MP-03 for the £29.00 lesson price", "Imran Sheikh", "31 July 2028"),
    ("Update PS-02 for hourly teaching pool tests", "Aisha Bello", "26 May 2028"),
    ("Brief lifeguards on hourly teaching pool tests", "Owen Prothero", "31 May 2028"),
    ("Offer Ashby Moor lesson places to families on the Wrenfield waiting list", "Owen Prothero", "30 June 2028"),
    ("Update the FAQ page and notices for the 07:00 opening at Ashby Moor", "Imran Sheikh", "2 June 2028"),
    ("Agree early shift times at Ashby Moor with the staff affected", "Rachel Kinsella", "9 June 2028"),
    ("Update the Staff Handbook and payroll for Sunday overtime", "Beverley Hoyle and Graham Tuckwell", "23 June 2028"),
    ("Costed paper on the concession for people aged 65 or over", "Graham Tuckwell", "15 June 2028"),
    ("Business case for a spin studio at Ashby Moor", "Kayleigh Dunn", "15 June 2028"),
    ("Staffing plan for weekday evenings in the Poolside Café", "Tom Ellery", "13 June 2028"),
    ("Ask the council to enforce the 3-hour parking limit", "Tom Ellery", "30 June 2028"),
]
for r in rows:
    for c, v in zip(t.add_row().cells, r):
        c.text = v

d.add_heading("Next meeting", level=1)
d.add_paragraph("The next centre managers' meeting is on Tuesday 20 June 2028 at 09:30 in the meeting room at Ashby "
                "Moor Pool & Fitness.")

d.save(HERE / "docs" / "centre-managers-meeting-minutes-2028-05-16.docx")
