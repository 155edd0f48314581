"""Builds docs/management-meeting-minutes-2033-09-14.docx with python-docx, as coldharbour's make_docx.py does (itself
ferncombe's, hartwell's and earlier sets'): headings, a Present list, In attendance and Apologies lines, a numbered
agenda, discussion paragraphs, a Decisions list and an action table (Action, Owner, Due)."""
from pathlib import Path
HERE = Path(__file__).resolve().parents[1]  # tests/data/ludworth
from docx import Document

d = Document()
d.add_heading("Management Meeting — Minutes", level=0)
d.add_paragraph("Ludworth Picturehouses Ltd. Management meeting held on Wednesday 14 September 2033, 10:00–13:10, in "
                "the Circle Room at the Lyric, 9 Albion Parade, Brindlegate. Chair: Harriet Quaile. Minutes: Bethan "
                "Mercer, HR Manager. These minutes stay in draft until they are agreed at the next meeting.")

d.add_heading("Present", level=1)
for a in ["Harriet Quaile (Chair; Managing Director)",
          "Declan Furness (Operations Manager)",
          "Priya Ramaswamy (Head of Programming)",
          "Emrys Gethin (Technical Manager)",
          "Maggie Oduya (Food and Beverage Manager)",
          "Tobias Larkin (Finance Manager)",
          "Bethan Mercer (HR Manager, minutes)"]:
    d.add_paragraph(a, style="List Bullet")
d.add_paragraph("In attendance: Gemma Stroud (General Manager, the Arcade, for items 3 and 5), Ruth Magson (Cawley "
                "Coordinator, for item 6) and Dominic Earnshaw (Lumacast Cinema Services, for item 4).")
d.add_paragraph("Apologies: Keziah Fenby (Marketing and Membership Officer), on leave, whose membership report for "
                "item 3 was presented by Declan Furness, and Ivor Castellan (Cinema Manager, the Lyric), at the "
                "Northern Film Buyers' Day, whose report on the Lyric was presented by Priya Ramaswamy.")

d.add_heading("Agenda", level=1)
for a in ["Minutes of the last meeting (13 July 2033) and matters arising", "Admissions and programming",
          "Ticket prices and membership", "Projection and show stops", "Food and drink",
          "Cawley Picture Room", "People and pay", "Any other business"]:
    d.add_paragraph(a, style="List Number")

d.add_heading("1. Minutes of the last meeting and matters arising", level=1)
d.add_paragraph("The minutes of 13 July 2033 were agreed. Matters arising: the three Seatwise self-service ticket "
                "machines in the Arcade foyer went live on Monday 8 August and now sell about one ticket in five, and "
                "the sofas in Screen 5, the Snug, have been re-covered at a cost of £4,300.")

d.add_heading("2. Admissions and programming", level=1)
d.add_paragraph("Priya Ramaswamy reported 148,300 admissions from April to August, 7% more than last year: 109,400 at "
                "the Arcade, 31,200 at the Lyric and 7,700 at Cawley Picture Room. The best-selling film of the summer "
                "was The Lantern Keeper, from Halcyon Pictures, with 9,850 admissions. Halcyon now asks for 50% of "
                "box office takings in the first two weeks of a film's run, against 45% last year. Little Owl Films "
                "will give us the regional premiere of Salt Road on 21 October, the opening night of the Ludworth Film "
                "Festival, which runs from Friday 21 to Friday 28 October 2033.")

d.add_heading("3. Ticket prices and membership", level=1)
d.add_paragraph("Declan Furness presented Keziah Fenby's report. There are 3,940 members: 1,820 Reel, 1,460 Silver "
                "Screen and 660 Gold. Gemma Stroud said that the Tuesday price at the Arcade sells out the two "
                "largest screens most weeks, and that the kiosk takes less on Tuesdays than on any other day.")
d.add_paragraph("The meeting agreed that from Tuesday 1 November 2033 the Tuesday price at the Arcade goes up from "
                "£6.50 to £7.00 for any seat. The Tuesday price at the Lyric stays at £6.00, and no other ticket price "
                "changes until version 5 of the Tickets, Membership and Refunds Policy. Keziah will update the policy "
                "and the prices in Seatwise.")
d.add_paragraph("Tobias Larkin proposed raising Gold membership from £75 to £85 a year, as the free popcorn now "
                "costs us about £19 a member a year. Declan said that Gold went up by £10 only in April and that 38 "
                "Gold members had already moved down to Silver Screen. The meeting did not agree: Gold membership "
                "stays at £75 a year until the policy is next reviewed in March 2035.")

d.add_heading("4. Projection and show stops", level=1)
d.add_paragraph("Emrys Gethin reported 23 show stops from April to August, of which 4 could not be restarted. On "
                "Saturday 6 August the lamp in Screen 1 at the Lyric failed at 19:40; the film was stopped for 18 "
                "minutes and restarted, but 41 of the 260 customers had left by then and 17 complained that nobody "
                "told them what was happening. Under procedure OP-06 a screening is abandoned only after 20 minutes.")
d.add_paragraph("The meeting agreed that from Saturday 1 October 2033 a stopped screening is abandoned, and every "
                "customer offered a full refund or a free ticket, once it has been stopped for 15 minutes, instead of "
                "20 minutes. The free ticket for a screening stopped for 10 minutes or more and then restarted does "
                "not change, and nor does the rest of OP-06. Emrys will update OP-06 and brief every duty manager.")
d.add_paragraph("Dominic Earnshaw said that the Lyric's Screen 1 projector is 14 years old and that its maker stops "
                "supplying parts next year. The meeting agreed to replace it with a laser projector from Lumacast "
                "Cinema Services at £58,000, fitted in the week of Monday 9 January 2034, when Screen 1 will be closed "
                "for three days.")

d.add_heading("5. Food and drink", level=1)
d.add_paragraph("Maggie Oduya reported bar and café sales of £612,000 from April to August, 11% more than last year. "
                "Kernel & Co, our popcorn supplier, has raised its prices by 9% from September, and Maggie is "
                "looking at other suppliers. The Balcony Bar now serves cask ale from Hobcroft Brewery. The meeting "
                "agreed that coffee at the Arcade Café and both bars comes from Tanager Coffee Roasters from Tuesday "
                "1 November 2033, saving about £3,200 a year.")

d.add_heading("6. Cawley Picture Room", level=1)
d.add_paragraph("Ruth Magson reported that the Sunday matinees at 14:30 now sell an average of 61 of the 90 seats, "
                "and that audiences often ask for a drink before the film. The Cawley Village Hall Trust has agreed. "
                "The meeting agreed that from Sunday 2 October 2033 the bar at Cawley Picture Room also opens on "
                "Sundays, from 14:00 to 17:30, run by volunteers with a personal licence holder on duty. Its hours on "
                "Friday and Saturday evenings do not change. Ruth will draw up a volunteer rota for Sunday afternoons.")

d.add_heading("7. People and pay", level=1)
d.add_paragraph("Bethan Mercer reported 81 staff and 6 vacancies: two projectionists, three front of house assistants "
                "and a cook. Two front of house assistants at the Lyric had to wait for a late bus after shifts ending "
                "at 23:15. The meeting agreed that from Monday 3 October 2033 a taxi home is paid for any shift that "
                "ends after 23:00, instead of 23:30. The limit of 10 miles from the cinema does not change. Bethan "
                "will update the Staff Handbook and Rotareel.")
d.add_paragraph("Tobias Larkin proposed that the Seatwise app be upgraded to add loyalty points for every ticket and "
                "drink, at about £14,500 a year. As the cost of moving members' data was not known, the proposal was "
                "deferred to the November meeting on Wednesday 9 November 2033.")

d.add_heading("8. Any other business", level=1)
d.add_paragraph("The staff Christmas party is on Monday 9 January 2034, after the Arcade closes, as the cinemas are "
                "too busy in December. Harriet Quaile thanked the Cawley volunteers for 10 years of the Picture Room.")

d.add_heading("Decisions", level=1)
for t in ["From Tuesday 1 November 2033 the Tuesday price at the Arcade goes up from £6.50 to £7.00; the Lyric's "
          "Tuesday price stays at £6.00.",
          "Gold membership stays at £75 a year; the proposed rise to £85 was not agreed.",
          "From Saturday 1 October 2033 a stopped screening is abandoned, with refunds or free tickets, after 15 "
          "minutes instead of 20 minutes; the rest of OP-06 does not change.",
          "The projector in Screen 1 at the Lyric is replaced with a laser projector from Lumacast Cinema Services, "
          "at £58,000, in the week of Monday 9 January 2034.",
          "Coffee comes from Tanager Coffee Roasters from Tuesday 1 November 2033.",
          "From Sunday 2 October 2033 the bar at Cawley Picture Room also opens on Sundays, 14:00 to 17:30.",
          "From Monday 3 October 2033 a taxi home is paid for shifts ending after 23:00, instead of 23:30; the "
          "10-mile limit does not change.",
          "Deferred: the Seatwise app upgrade with loyalty points, at about £14,500 a year, to the November meeting "
          "on Wednesday 9 November 2033."]:
    d.add_paragraph(t, style="List Bullet")

d.add_heading("Action items", level=1)
t = d.add_table(rows=1, cols=3)
t.style = "Table Grid"
for c, h in zip(t.rows[0].cells, ["Action", "Owner", "Due"]):
    c.text = h
rows = [
    ("Book the films for the Ludworth Film Festival", "Priya Ramaswamy", "7 October 2033"),
    ("Update the policy and Seatwise for the £7.00 Tuesday price at the Arcade", "Keziah Fenby", "14 October 2033"),
    ("Update OP-06 for the 15-minute rule and brief all duty managers", "Emrys Gethin", "28 September 2033"),
    ("Order the laser projector for Screen 1 at the Lyric and book the fitting", "Emrys Gethin", "31 October 2033"),
    ("Set up the Tanager coffee account and train bar and café staff", "Maggie Oduya", "25 October 2033"),
    ("Draw up the volunteer rota for the Cawley Sunday bar", "Ruth Magson", "28 September 2033"),
    ("Update the website questions page for the Cawley Sunday bar", "Keziah Fenby", "26 September 2033"),
    ("Update the Staff Handbook and Rotareel for the 23:00 taxi rule", "Bethan Mercer", "30 September 2033"),
    ("Bring costs of the Seatwise app upgrade to the November meeting", "Tobias Larkin", "2 November 2033"),
]
for r in rows:
    for c, v in zip(t.add_row().cells, r):
        c.text = v

d.add_heading("Next meeting", level=1)
d.add_paragraph("The next management meeting is on Wednesday 9 November 2033 at 10:00 at head office, 4 Loom Yard, "
                "Ludworth.")

d.save(HERE / "docs" / "management-meeting-minutes-2033-09-14.docx")
