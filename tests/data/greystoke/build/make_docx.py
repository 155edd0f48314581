"""Builds docs/managers-meeting-minutes-2033-03-14.docx with python-docx, as hartwell's and ferncombe's
make_docx.py do: headings, a Present list, apologies, a numbered agenda, discussion paragraphs, a Decisions list and
an action table (Action, Owner, Due)."""
from pathlib import Path
HERE = Path(__file__).resolve().parents[1]  # tests/data/greystoke
from docx import Document

d = Document()
d.add_heading("Managers' Meeting — Minutes", level=0)
d.add_paragraph("Greystoke Mountain Centre. Meeting of the centre managers held on Monday 14 March 2033, "
                "09:30–12:15, in the meeting room of the Lodge. Chair: Eilidh Maclaren, Head of Centre. Minutes: "
                "Colette Varley, Finance and HR Officer. These minutes stay in draft until they are agreed at the "
                "next meeting.")

d.add_heading("Present", level=1)
for a in ["Eilidh Maclaren (Head of Centre, Chair)",
          "Owain Tremlett (Deputy Centre Manager)",
          "Cormac Dunleavy (Head of Instruction)",
          "Rosie Gallimore (Bookings Manager)",
          "Halina Ostrowska (Housekeeping Supervisor)",
          "Ian Threlkeld (Maintenance Officer)",
          "Colette Varley (Finance and HR Officer, minutes)"]:
    d.add_paragraph(a, style="List Bullet")
d.add_paragraph("In attendance: Kit Mallinson (Senior Instructor, water) for item 4 and Bryony Tate (Senior "
                "Instructor, hill) for item 5.")
d.add_paragraph("Apologies: Dev Rathore (Catering Manager), who was on a food safety course; his report for item 6 "
                "was presented by Owain Tremlett.")

d.add_heading("Agenda", level=1)
for a in ["Minutes of the last meeting (14 February 2033) and matters arising",
          "Bookings and the 2033 season", "Staff: recruitment, kit and the staff cottage",
          "The February capsize and the lake", "The hill and the minibuses",
          "The café and the Barn Wall", "Finance", "Any other business"]:
    d.add_paragraph(a, style="List Number")

d.add_heading("1. Minutes of the last meeting and matters arising", level=1)
d.add_paragraph("The minutes of 14 February 2033 were agreed. Matters arising: the two new auto-belays on the Barn "
                "Wall were fitted on 2 March, and Trailboard is now on every instructor's work phone.")

d.add_heading("2. Bookings and the 2033 season", level=1)
d.add_paragraph("Rosie Gallimore reported 9,412 pupil nights from 187 school groups in 2032, up from 8,960 in 2031. "
                "For 2033, 163 groups have booked so far and the high season is 94% full. Eleven schools have asked "
                "about courses in August.")
d.add_paragraph("Rosie said that 71% of groups on 4-night courses booked the ghyll scramble in 2032, and that "
                "schools find the extra charge awkward to collect from parents. The meeting agreed that from "
                "Thursday 1 September 2033 the ghyll scramble is included in the price of 4-night courses, at no "
                "extra charge. Groups on 2-night and 3-night courses still pay £14 a pupil for it, and the 2033 "
                "course prices do not change.")
d.add_paragraph("Rosie also proposed opening the Lodge to school courses in the first two weeks of August. Owain "
                "Tremlett said those are the weeks when instructors take leave after the school season, and Eilidh "
                "Maclaren asked for the cost of the extra seasonal staff. The proposal was deferred to the next "
                "meeting on Monday 9 May 2033; until then no school courses are taken for August.")

d.add_heading("3. Staff: recruitment, kit and the staff cottage", level=1)
d.add_paragraph("Colette Varley reported 31 staff on the winter rota and 14 seasonal posts to fill by 1 May. The "
                "meeting agreed to recruit two extra seasonal Assistant Instructors for May to September, because "
                "of the high-season bookings.")
d.add_paragraph("Cormac Dunleavy proposed raising the instructors' kit allowance, as boots and waterproofs now cost "
                "more. The meeting agreed that from Friday 1 April 2033 the kit allowance goes up from £250 to £300 "
                "a year. Technical kit is still provided by the centre and is still not covered by the allowance.")
d.add_paragraph("Seven seasonal staff had asked for dogs to be allowed in the staff cottage. Halina Ostrowska said "
                "that two of the four rooms are used by guests' drivers in the winter, and Ian Threlkeld said the "
                "carpets were replaced only last year. The meeting did not agree: no pets are allowed in the staff "
                "cottage, as the Staff Handbook says.")

d.add_heading("4. The February capsize and the lake", level=1)
d.add_paragraph("Kit Mallinson reported on the capsize on Wednesday 23 February 2033. Two open canoes rafted "
                "together turned over in a gust off Boathouse Bay, and a Year 6 pupil was in the water for 14 "
                "minutes because the engine of safety boat 2 would not start. The pupil was warmed up in the "
                "Boathouse, checked by the first aider and was well; the Head of Centre told the school the same "
                "afternoon. Gusts of 23 mph had been measured at the Boathouse, within the limit of 25 mph for open "
                "canoes.")
d.add_paragraph("The meeting agreed that from Monday 4 April 2033 the wind limit for open canoes is gusts of 20 mph, "
                "instead of 25 mph. The kayak limit of 25 mph and the paddleboard limit of 15 mph do not change. "
                "Kit will update the procedure SP-03 and brief all instructors before the season.")
d.add_paragraph("Ian Threlkeld said the engine of safety boat 2 is 11 years old. The meeting agreed to buy a new engine "
                "for it, at £6,800, to be fitted before 4 April. Kit's proposal to replace safety boat 1 with an "
                "electric safety boat, at about £24,000, was deferred to the meeting on Monday 13 June 2033, when "
                "the Trust will know whether its grant bid has succeeded.")

d.add_heading("5. The hill and the minibuses", level=1)
d.add_paragraph("Bryony Tate proposed that Assistant Instructors with two seasons' experience should lead groups "
                "above the 600 m contour on Greystoke Pike on their own in summer. Cormac Dunleavy said the remit "
                "depends on the Mountain Leader award, not on experience. The meeting did not agree: Assistant "
                "Instructors still lead hill walks only below 600 m.")
d.add_paragraph("Owain Tremlett proposed lowering the minimum age for driving the minibuses from 25 to 21, as four "
                "of this year's seasonal instructors are under 25. The insurer has not yet given a price for "
                "drivers under 25, so the proposal was deferred to the meeting on Monday 9 May 2033. Until then "
                "minibus drivers must still be 25 or over.")

d.add_heading("6. The café and the Barn Wall", level=1)
d.add_paragraph("Owain Tremlett presented Dev Rathore's report: the Pike View Café took £96,300 in 2032, and Sunday "
                "is its busiest day. Dev proposed opening the café on Mondays from November to February. Halina "
                "Ostrowska said Monday is a changeover day and the kitchen team is needed in the Lodge, and the "
                "café had served only 23 customers on the two winter Mondays it tried in 2032. The meeting did not "
                "agree: the café stays closed on Mondays all year.")
d.add_paragraph("Rosie Gallimore reported that the public evening climbing sessions on Tuesdays and Thursdays had "
                "been full on 17 of the 20 evenings since January. The meeting agreed that from Wednesday 4 May "
                "2033 the Barn Wall also opens to the public on Wednesday evenings, from 18:00 to 21:30. The "
                "Tuesday and Thursday sessions and the weekend sessions do not change.")

d.add_heading("7. Finance", level=1)
d.add_paragraph("Colette Varley reported a surplus of £38,400 for 2032 on an income of £2,140,000, against a "
                "budgeted surplus of £25,000, helped by the café and the public climbing sessions.")

d.add_heading("8. Any other business", level=1)
d.add_paragraph("The Trust's open day is on Saturday 18 June 2033, with free climbing and canoe tasters for local "
                "families.")

d.add_heading("Decisions", level=1)
for t in ["From Thursday 1 September 2033 the ghyll scramble is included in the price of 4-night courses; 2-night "
          "and 3-night courses still pay £14 a pupil.",
          "Deferred to 9 May 2033: school courses in August, and lowering the minibus driving age to 21.",
          "Two extra seasonal Assistant Instructors to be recruited for May to September.",
          "From Friday 1 April 2033 the kit allowance goes up from £250 to £300 a year.",
          "No pets in the staff cottage; the request for dogs was not agreed.",
          "From Monday 4 April 2033 the wind limit for open canoes is gusts of 20 mph, instead of 25 mph; the "
          "kayak and paddleboard limits do not change.",
          "A new engine for safety boat 2, at £6,800. Deferred to 13 June 2033: an electric safety boat.",
          "Assistant Instructors still lead hill walks only below 600 m; the proposal was not agreed.",
          "The café stays closed on Mondays all year; the proposal for winter Mondays was not agreed.",
          "From Wednesday 4 May 2033 the Barn Wall opens to the public on Wednesday evenings, 18:00 to 21:30."]:
    d.add_paragraph(t, style="List Bullet")

d.add_heading("Action items", level=1)
t = d.add_table(rows=1, cols=3)
t.style = "Table Grid"
for c, h in zip(t.rows[0].cells, ["Action", "Owner", "Due"]):
    c.text = h
rows = [
    ("Tell booked schools about the ghyll scramble in 4-night courses", "Rosie Gallimore", "29 April 2033"),
    ("Cost school courses in August", "Owain Tremlett", "2 May 2033"),
    ("Advertise two seasonal Assistant Instructor posts", "Colette Varley", "25 March 2033"),
    ("Update the Staff Handbook and Bothyrota for the £300 kit allowance", "Colette Varley", "31 March 2033"),
    ("Update SP-03 for the 20 mph open canoe limit and brief instructors", "Kit Mallinson", "1 April 2033"),
    ("Fit the new engine to safety boat 2", "Ian Threlkeld", "1 April 2033"),
    ("Get the insurer's price for minibus drivers aged 21 to 24", "Owain Tremlett", "2 May 2033"),
    ("Update the website questions page for Wednesday climbing", "Rosie Gallimore", "20 April 2033"),
]
for r in rows:
    for c, v in zip(t.add_row().cells, r):
        c.text = v

d.add_heading("Next meeting", level=1)
d.add_paragraph("The next managers' meeting is on Monday 9 May 2033 at 09:30 in the meeting room of the Lodge.")

d.save(HERE / "docs" / "managers-meeting-minutes-2033-03-14.docx")
