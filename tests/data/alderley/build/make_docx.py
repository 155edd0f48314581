"""Builds docs/service-management-team-minutes-2030-03-12.docx with python-docx, as yarrowby's make_docx.py does
(adapted from wrenfield's and earlier sets'): headings, a Present list, apologies, a numbered agenda, discussion
paragraphs, a Decisions list and an action table (Action, Owner, Due)."""
from pathlib import Path
HERE = Path(__file__).resolve().parents[1]  # tests/data/alderley
from docx import Document

d = Document()
d.add_heading("Service Management Team — Minutes", level=0)
d.add_paragraph("Alderley Libraries & Archives. Monthly meeting of the Service Management Team held on Tuesday 12 "
                "March 2030, 09:30–12:15, in the Garden Room at Alderley Central Library. Chair: Eleanor "
                "Pryce-Whitmore, Head of Libraries and Archives. Minutes: Beth Radcliffe, Business Support "
                "Officer. These minutes stay in draft until they are agreed at the next meeting.")

d.add_heading("Present", level=1)
for a in ["Eleanor Pryce-Whitmore (Head of Libraries and Archives, chair)",
          "Dr Ruairi Connolly (County Archivist)",
          "Natalie Osei (Libraries Operations Manager)",
          "Fiona Gallagher (Mobile and Home Library Manager)",
          "Ingrid Halvorsen (Conservator)",
          "Hugo Leclerc (Searchroom Supervisor)",
          "Wesley Amankwah (Digital Services Lead)",
          "Patricia Menzies (Finance Business Partner)",
          "Adrian Bellamy (Branch Manager, Hesketh Bridge and Whinfell)",
          "Siobhan Kerrigan (Branch Manager, Pennington and Coldwater)",
          "Geoffrey Latimer (chair of the Friends of Alderley Archives)"]:
    d.add_paragraph(a, style="List Bullet")
d.add_paragraph("In attendance: Beth Radcliffe (minutes) and Olu Bankole (Volunteer Coordinator, for item 6).")
d.add_paragraph("Apologies: Councillor Janet Whitworth (Cabinet Member for Communities), who was at a planning "
                "committee, and Marcus Delaney (HR Business Partner), who sent a note for item 5.")

d.add_heading("Agenda", level=1)
for a in ["Minutes of the last meeting (12 February 2030) and matters arising",
          "Library performance for February", "Archives and the searchroom", "Collections care and the "
          "Whinfell leak", "Staffing and keyholders", "Volunteers and the Home Library Service",
          "Mobile libraries", "Any other business"]:
    d.add_paragraph(a, style="List Number")

d.add_heading("1. Minutes of the last meeting and matters arising", level=1)
d.add_paragraph("The minutes of 12 February 2030 were agreed. Matters arising: the new self-service kiosks at "
                "Pennington went live on 25 February, and the Central Library lift was repaired on 4 March after "
                "being out of use for three weeks. The Business and IP Centre's funding has been confirmed until "
                "March 2032.")

d.add_heading("2. Library performance for February", level=1)
d.add_paragraph("Natalie Osei reported 47,360 loans in February: 19,640 at Central, 9,870 at Hesketh Bridge, "
                "8,120 at Pennington, 6,080 at Whinfell, 1,150 at Coldwater and 2,500 on the two mobile "
                "libraries. Visits were up 6% on February 2029. Public computers were used for 8,410 sessions, "
                "and the Wi-Fi for 12,700. E-book and e-audio loans reached 11,260, a record month.")
d.add_paragraph("Patricia Menzies proposed raising the reservation charge on adult cards from 80p to £1, to bring "
                "in about £3,400 a year. Siobhan Kerrigan said reservations at Coldwater and on the mobiles are "
                "how most users get new books, and that the rise would fall on people who cannot get to Central. "
                "The meeting did not agree: the charge stays at 80p, and reservations on children's cards stay "
                "free. Patricia will look for the income elsewhere in the budget.")
d.add_paragraph("Natalie proposed opening Central Library on Sundays until 16:00 instead of 15:00. As it needs "
                "a staffing consultation, the proposal was deferred to the April meeting; until then Sunday "
                "hours do not change.")

d.add_heading("3. Archives and the searchroom", level=1)
d.add_paragraph("Hugo Leclerc reported 412 searchroom visits in February and 2,318 documents produced. Saturday "
                "mornings are the busiest sessions: both Saturday openings in February were full by 10:30, and "
                "27 readers were turned away. The meeting agreed that from Saturday 4 May 2030 the searchroom "
                "opens every Saturday, 09:30 to 12:45, instead of the first and third Saturdays of the month. "
                "Weekday hours and the Thursday late opening do not change. Hugo will update the website, the "
                "FAQ page and the rota.")
d.add_paragraph("Dr Ruairi Connolly reported that readers waited on average 6.5 working days for outstore "
                "documents, because orders that missed the Thursday van waited until the next Tuesday. The "
                "meeting agreed that from Friday 7 June 2030 documents from the Greystone Lane outstore are also "
                "brought to Fairbank House on Fridays. The notice needed for outstore documents stays at 3 "
                "working days. Ruairi will update AC-02 and the catalogue notes.")
d.add_paragraph("Wesley Amankwah reported an offer from a family history website, Rootsweave, to digitise the "
                "parish registers for free in return for five years' exclusive online rights. Geoffrey Latimer "
                "said the Friends were worried that local people would have to pay to see their own registers "
                "online. As the contract would be signed by the council, the proposal was deferred to the Cabinet "
                "Member's briefing on Friday 26 April 2030.")

d.add_heading("4. Collections care and the Whinfell leak", level=1)
d.add_paragraph("Ingrid Halvorsen reported on the roof leak at Whinfell Library on 19 February 2030, which "
                "soaked 140 items of the local studies collection kept there. It was a Level 2 incident under "
                "CS-01. The Conservator reached Whinfell 3 hours 40 minutes after the call, within the 4 hours "
                "allowed, but by then 23 items of coated paper had stuck together. 131 items have been saved, "
                "and 9 have been lost. The meeting agreed that from Monday 15 April 2030 the Conservator, or a "
                "trained deputy, must be on site within 2 hours for a Level 2 incident, instead of 4 hours. "
                "Level 1 and Level 3 times do not change. Ingrid will update CS-01 and train two deputies, one "
                "at Central and one at Fairbank House.")
d.add_paragraph("Strongroom 4 at Fairbank House was above 60% relative humidity on 9 days in February while a "
                "dehumidifier was being replaced. No mould was found. A new unit was fitted on 28 February.")

d.add_heading("5. Staffing and keyholders", level=1)
d.add_paragraph("Marcus Delaney's note was taken as read. There are 7 vacancies: 3 Library Assistants, 1 Senior "
                "Library Assistant at Coldwater, 1 Archivist, 1 Searchroom Assistant and 1 Mobile Library "
                "Driver. Only 6 staff are now on the archive keyholder rota, and two strongroom alarms in January "
                "were answered by the Libraries Operations Manager, who lives 40 minutes away. The meeting agreed "
                "that from Monday 1 April 2030 the keyholder standby payment for archive keyholders goes up from "
                "£55 to £65 a week. The library keyholder payment of £40 a week and the £25 call-out payment do "
                "not change. Marcus will update the Staff Handbook, and Patricia the payroll.")

d.add_heading("6. Volunteers and the Home Library Service", level=1)
d.add_paragraph("Olu Bankole reported 381 active volunteers, who gave 2,940 hours in February, and 212 people "
                "using the Home Library Service. Eleven Home Library Service volunteers have stopped since "
                "Christmas, and 14 people are waiting for a volunteer. A recruitment drive with the Alderley "
                "Volunteer Centre starts on 1 April. No decisions were needed.")

d.add_heading("7. Mobile libraries", level=1)
d.add_paragraph("Fiona Gallagher reported that the North route vehicle, now 14 years old, missed 9 stops in "
                "February because of breakdowns. She proposed buying a new electric mobile library at a cost of "
                "about £165,000. As it is capital spending, the proposal was deferred to the council's Capital "
                "Programme Board on Wednesday 22 May 2030. Until then a hired vehicle will cover the North route "
                "when needed, at £310 a day.")

d.add_heading("8. Any other business", level=1)
d.add_paragraph("Geoffrey Latimer said the Friends' annual lecture is at Fairbank House on Thursday 28 March 2030 "
                "at 19:00. Adrian Bellamy said Hesketh Bridge Library will hold its 50th birthday open day on "
                "Saturday 1 June 2030 and asked for volunteers.")

d.add_heading("Decisions", level=1)
for t in ["From Saturday 4 May 2030 the searchroom opens every Saturday, 09:30 to 12:45, instead of the first and "
          "third Saturdays of the month; weekday hours and the Thursday late opening do not change.",
          "From Friday 7 June 2030 outstore documents are also brought to Fairbank House on Fridays; the notice "
          "needed stays at 3 working days.",
          "From Monday 15 April 2030 the Conservator or a trained deputy is on site within 2 hours for a Level 2 "
          "incident, instead of 4 hours; Level 1 and Level 3 times do not change.",
          "From Monday 1 April 2030 the archive keyholder standby payment goes up from £55 to £65 a week; the £40 "
          "library keyholder payment and the £25 call-out payment do not change.",
          "The reservation charge on adult cards stays at 80p; the proposed rise to £1 was not agreed.",
          "Deferred: a new electric mobile library (Capital Programme Board, 22 May 2030), the Rootsweave "
          "digitisation offer (Cabinet Member's briefing, 26 April 2030) and opening Central until 16:00 on "
          "Sundays (April meeting)."]:
    d.add_paragraph(t, style="List Bullet")

d.add_heading("Action items", level=1)
t = d.add_table(rows=1, cols=3)
t.style = "Table Grid"
for c, h in zip(t.rows[0].cells, ["Action", "Owner", "Due"]):
    c.text = h
rows = [
    ("Update the website, FAQ page and rota for Saturday opening every week", "Hugo Leclerc", "12 April 2030"),
    ("Update AC-02 and catalogue notes for Friday outstore deliveries", "Dr Ruairi Connolly", "24 May 2030"),
    ("Update CS-01 for the 2-hour Level 2 response", "Ingrid Halvorsen", "29 March 2030"),
    ("Train two salvage deputies, at Central and Fairbank House", "Ingrid Halvorsen", "12 April 2030"),
    ("Update the Staff Handbook and payroll for the £65 archive standby payment", "Marcus Delaney and Patricia Menzies", "22 March 2030"),
    ("Find other income in place of the reservation charge rise", "Patricia Menzies", "9 April 2030"),
    ("Staffing consultation paper on Sunday opening until 16:00", "Natalie Osei", "2 April 2030"),
    ("Briefing note on the Rootsweave offer", "Wesley Amankwah", "19 April 2030"),
    ("Business case for an electric mobile library", "Fiona Gallagher", "3 May 2030"),
    ("Home Library Service volunteer recruitment drive", "Olu Bankole", "30 April 2030"),
]
for r in rows:
    for c, v in zip(t.add_row().cells, r):
        c.text = v

d.add_heading("Next meeting", level=1)
d.add_paragraph("The next meeting of the Service Management Team is on Tuesday 9 April 2030 at 09:30 in the "
                "conference room at Fairbank House, Mill Road, Alderley.")

d.save(HERE / "docs" / "service-management-team-minutes-2030-03-12.docx")
