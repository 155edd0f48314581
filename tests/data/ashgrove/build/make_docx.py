"""Builds docs/senior-management-team-minutes-2032-03-17.docx with python-docx, as saltmoor's make_docx.py does
(itself alderley's, yarrowby's and earlier sets'): headings, a Present list, apologies, a numbered agenda, discussion
paragraphs, a Decisions list and an action table (Action, Owner, Due)."""
from pathlib import Path
HERE = Path(__file__).resolve().parents[1]  # tests/data/ashgrove
from docx import Document

d = Document()
d.add_heading("Senior Management Team — Minutes", level=0)
d.add_paragraph("Ashgrove Arts Centre. Monthly meeting of the Senior Management Team held on Wednesday 17 March "
                "2032, 09:30–12:15, in the Board Room on the second floor of the main building, 2 Kiln Street. "
                "Chair: Imogen Castell, Chief Executive and Artistic Director. Minutes: Beth Carrow, Administrator. "
                "These minutes stay in draft until they are agreed at the next meeting.")

d.add_heading("Present", level=1)
for a in ["Imogen Castell (Chief Executive and Artistic Director, chair)",
          "Owen Thackeray (General Manager)",
          "Priyanka Desai (Head of Programming)",
          "Ruth Abernethy (Technical Manager)",
          "Dominic Varga (Head of Workshop, Ferrier's Yard)",
          "Kezia Lowther (Front of House and Box Office Manager)",
          "Gordon Achebe (Finance Manager)",
          "Lorna Pritchard (HR Manager)",
          "Aled Morgan (Building and Safety Manager)",
          "Fenella Rusk (Gallery Curator)"]:
    d.add_paragraph(a, style="List Bullet")
d.add_paragraph("In attendance: Beth Carrow (minutes) and Carys Whitlock of Beacon Alarm Monitoring (for item 4).")
d.add_paragraph("Apologies: Tessa Hurst (Bar and Catering Manager), who was on leave and sent a written report for "
                "item 6, and Samir Haddad (Learning and Participation Manager), who was running a schools' day in "
                "Studio 3 and also sent a written report.")

d.add_heading("Agenda", level=1)
for a in ["Minutes of the last meeting (18 February 2032) and matters arising",
          "Theatre, cinema and box office", "Venue hire and Ferrier's Yard",
          "The evacuation of 27 February and fire safety", "Staffing and casual rates",
          "The gallery, learning and the Foyer Bar", "Any other business"]:
    d.add_paragraph(a, style="List Number")

d.add_heading("1. Minutes of the last meeting and matters arising", level=1)
d.add_paragraph("The minutes of 18 February 2032 were agreed. Matters arising: the new seats in the circle of the "
                "Kiln Theatre were fitted on 2 March, and the Tixwell upgrade went live on 9 March, a week late. "
                "Final figures for the pantomime, Jack and the Beanstalk, which closed on Sunday 4 January: 52 "
                "performances, 19,860 tickets sold, 91% of seats, and box office income of £268,300.")

d.add_heading("2. Theatre, cinema and box office", level=1)
d.add_paragraph("Priyanka Desai reported that in February the Kiln Theatre sold 74% of its seats over 22 "
                "performances. The Lantern Cinema had 5,940 admissions in Screen 1 and 1,870 in Screen 2, and "
                "Cheap Tuesday made up 28% of all cinema admissions. Event cinema sold out twice.")
d.add_paragraph("Ruth Abernethy proposed replacing the digital projector in Screen 1 with a laser projector, at a "
                "cost of about £64,000, which would save about £5,200 a year on lamps. As it is capital spending, "
                "the proposal was deferred to the trustees' meeting on Thursday 22 April 2032. Until then the "
                "present projector stays in use, and a spare lamp will be bought.")
d.add_paragraph("Gordon Achebe proposed raising the booking fee for online and phone orders from £1.75 to £2.25 an "
                "order, to cover Tixwell's card charges, which have gone up by about £7,800 a year. Kezia Lowther "
                "said the fee had already gone up in January and the box office had 41 complaints about it in "
                "February. The meeting did not agree: the booking fee stays at £1.75 an order until the terms are "
                "next reviewed. Gordon will look for the cost elsewhere in the budget.")

d.add_heading("3. Venue hire and Ferrier's Yard", level=1)
d.add_paragraph("Owen Thackeray reported 312 hours of studio hire in February. Studio 1 is fully booked on weekday "
                "evenings, and commercial dance schools now take 60% of its hours, which leaves little room for "
                "community groups. The meeting agreed that from Wednesday 1 September 2032 the commercial rate for "
                "Studio 1 goes up from £46 to £52 an hour. The community rate for Studio 1 stays at £28 an hour, "
                "and the rates for Studios 2 and 3 and the Rehearsal Room do not change. Owen will update TH-05, "
                "the website and the Tixwell price list.")
d.add_paragraph("Dominic Varga reported that the set for the spring production, The Glass Orchard, will be "
                "finished at Ferrier's Yard on 26 March. The scenery store is 90% full, and the Rehearsal Room was "
                "hired for 148 hours in February. The dust extraction in the workshop was serviced on 5 March.")

d.add_heading("4. The evacuation of 27 February and fire safety", level=1)
d.add_paragraph("Aled Morgan reported on the evacuation of the main building on Friday 27 February 2032 at 19:52, "
                "during a performance in the Kiln Theatre (356 people) and a screening in Screen 1 (141 people). A "
                "smoke detector in the Studio 2 kiln room went off. The Stage 1 staff alert went out, but the Duty "
                "Manager found smoke only at the end of the 3 minutes allowed to investigate, so the Stage 2 "
                "evacuation began almost 4 minutes after the detector went off. The Kiln Theatre was clear in 3 "
                "minutes 40 seconds, against the 3 minutes allowed, because the circle stairs were slow. Screen 1 "
                "was clear in 2 minutes. The fire service found a kiln element had failed; nobody was hurt. The "
                "audience went back in at 20:31 and the performance went on; the screening was cancelled and the "
                "cinema customers were refunded.")
d.add_paragraph("Carys Whitlock said the fire service had advised a shorter investigation time for a building with "
                "two auditoria. The meeting agreed that from Monday 12 April 2032 the Duty Manager has 2 minutes to "
                "investigate a Stage 1 alert before the alarm goes to Stage 2, instead of 3 minutes. The Stage 2 "
                "clearance times and the single-stage alarm at Ferrier's Yard do not change, and the staff alert "
                "code stays \"Mr Ashby\". Aled will update FE-03 and brief every Duty Manager, and Ruth will put a "
                "second trained steward on the circle stairs at every performance.")

d.add_heading("5. Staffing and casual rates", level=1)
d.add_paragraph("Lorna Pritchard reported 86 casual staff on the books. Four Casual Stage Technicians have left "
                "since January for better-paid work elsewhere in the town, leaving 7, and five get-outs in February "
                "needed overtime from staff technicians. There are 3 vacancies: a Scenic Painter, a Cinema "
                "Technician and a Learning Officer (maternity cover).")
d.add_paragraph("The meeting agreed that from Monday 5 April 2032 the hourly rate for a Casual Stage Technician "
                "goes up from £14.60 to £15.50. The £12.40 rate for Front of House and Bar Assistants and the "
                "£12.85 rate for casual Box Office Assistants do not change, and neither do the minimum calls. "
                "Lorna will update the Staff Handbook, and Gordon the payroll.")

d.add_heading("6. The gallery, learning and the Foyer Bar", level=1)
d.add_paragraph("Fenella Rusk reported 3,460 visitors in February to the spring exhibition in the Mill Gallery, "
                "Saltglaze: Potters of the North. The box office took 57 calls in February from schools and "
                "coach groups wanting a Monday visit. The meeting agreed that from Monday 10 May 2032 the Mill "
                "Gallery also opens on Mondays, 10:00 to 17:00, so it is open every day. Sunday hours stay 11:00 "
                "to 16:00. Fenella will update the FAQ page, the gallery rota and the signs, and recruit 12 more "
                "volunteer gallery stewards.")
d.add_paragraph("Samir Haddad's report was taken as read: 1,240 people took part in learning sessions in "
                "February, and the youth theatre waiting list stands at 46. Tessa Hurst's report was also taken as "
                "read: Foyer Bar takings in February were £38,700, up 6%. Her report proposed opening the Foyer Bar "
                "at 10:00 on Sundays instead of 11:00, to serve brunch. As Tessa was not present, the proposal was "
                "deferred to the April meeting; until then Sunday bar hours do not change.")

d.add_heading("7. Any other business", level=1)
d.add_paragraph("Imogen Castell said the Friends' preview evening for the autumn season is on Thursday 17 June 2032 "
                "at 18:30 in the Kiln Theatre. Dominic Varga said the Ferrier's Yard open day and scenery sale is "
                "on Saturday 5 June 2032.")

d.add_heading("Decisions", level=1)
for t in ["From Wednesday 1 September 2032 the commercial rate for Studio 1 goes up from £46 to £52 an hour; the "
          "£28 community rate and the rates for the other spaces do not change.",
          "The booking fee for online and phone orders stays at £1.75 an order; the proposed rise to £2.25 was not "
          "agreed.",
          "From Monday 12 April 2032 the Duty Manager has 2 minutes to investigate a Stage 1 alert, instead of 3 "
          "minutes; Stage 2 clearance times and the Ferrier's Yard alarm do not change.",
          "From Monday 5 April 2032 the Casual Stage Technician rate goes up from £14.60 to £15.50 an hour; other "
          "casual rates do not change.",
          "From Monday 10 May 2032 the Mill Gallery also opens on Mondays, 10:00 to 17:00.",
          "Deferred: a laser projector for Screen 1 (trustees' meeting, 22 April 2032) and opening the Foyer Bar "
          "at 10:00 on Sundays (April meeting)."]:
    d.add_paragraph(t, style="List Bullet")

d.add_heading("Action items", level=1)
t = d.add_table(rows=1, cols=3)
t.style = "Table Grid"
for c, h in zip(t.rows[0].cells, ["Action", "Owner", "Due"]):
    c.text = h
rows = [
    ("Update TH-05, the website and Tixwell for the £52 Studio 1 commercial rate", "Owen Thackeray", "30 June 2032"),
    ("Find the Tixwell card charges elsewhere in the budget", "Gordon Achebe", "14 April 2032"),
    ("Update FE-03 for the 2-minute Stage 1 investigation time", "Aled Morgan", "2 April 2032"),
    ("Brief every Duty Manager on the new Stage 1 time", "Aled Morgan", "9 April 2032"),
    ("Put a second trained steward on the circle stairs at every performance", "Ruth Abernethy", "31 March 2032"),
    ("Buy a spare lamp for the Screen 1 projector", "Ruth Abernethy", "26 March 2032"),
    ("Update the Staff Handbook and payroll for the £15.50 casual technician rate", "Lorna Pritchard and Gordon Achebe", "1 April 2032"),
    ("Update the FAQ page, gallery rota and signs for Monday opening", "Fenella Rusk", "30 April 2032"),
    ("Recruit 12 more volunteer gallery stewards", "Fenella Rusk", "7 May 2032"),
]
for r in rows:
    for c, v in zip(t.add_row().cells, r):
        c.text = v

d.add_heading("Next meeting", level=1)
d.add_paragraph("The next meeting of the Senior Management Team is on Wednesday 21 April 2032 at 09:30 in the "
                "Rehearsal Room at Ferrier's Yard, Canal Road.")

d.save(HERE / "docs" / "senior-management-team-minutes-2032-03-17.docx")
