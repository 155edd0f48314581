"""Builds docs/operations-meeting-minutes-2027-10-06.docx with python-docx, as brightwater's make_docx.py does
(adapted from ashcombe's and fernhill's): headings, a Present list, apologies, a numbered agenda, discussion
paragraphs, a Decisions list and an action table (Action, Owner, Due)."""
from pathlib import Path
HERE = Path(__file__).resolve().parents[1]  # tests/data/quayside
from docx import Document

d = Document()
d.add_heading("Group Operations Meeting — Minutes", level=0)
d.add_paragraph("Quayside Hotels Ltd. Monthly group operations meeting held on Wednesday 6 October 2027, "
                "10:00–12:05, in the Wharf Suite at The Quayside Hotel. Chair: Martin Okonjo, Operations Director. "
                "Minutes: Kerry Dawson, Operations Administrator. These minutes are a draft until they are agreed "
                "at the next meeting.")

d.add_heading("Present", level=1)
for a in ["Martin Okonjo (Operations Director, chair)",
          "Sophie Lindqvist (General Manager, The Quayside Hotel)",
          "Ravi Chandran (Hotel Manager, Linnet Lodge)",
          "Marta Kowalczyk (Head of Housekeeping)",
          "Daniel Frost (Revenue and Reservations Manager)",
          "Gareth Pryce (Facilities and Safety Manager)",
          "Aisha Rahman (HR Manager)",
          "Luca Bernardi (Executive Chef)",
          "Joe Whitlock (Bar Supervisor and staff forum representative)"]:
    d.add_paragraph(a, style="List Bullet")
d.add_paragraph("In attendance: Kerry Dawson (minutes) and Chloe Marsh (Spa Manager, for item 5).")
d.add_paragraph("Apologies: Hannah Yeo (Finance Manager), who is on annual leave and sent the September figures, "
                "which Martin presented under item 3, and Tom Ellery (Front Office Manager), who was on duty. "
                "Eleanor Fairweather (Managing Director) receives the minutes but does not normally attend.")

d.add_heading("Agenda", level=1)
for a in ["Minutes of the last meeting (1 September 2027) and matters arising",
          "Health, safety and security", "Trading and occupancy for September",
          "Reservations and guest feedback", "Salt Spa and pool", "Staffing and pay",
          "Housekeeping and lost property", "Any other business"]:
    d.add_paragraph(a, style="List Number")

d.add_heading("1. Minutes of the last meeting and matters arising", level=1)
d.add_paragraph("The minutes of 1 September 2027 were agreed. Matters arising: the new keypad lock on the Linnet "
                "Lodge luggage room was fitted on 13 September. The replacement dishwasher in the Estuary Restaurant "
                "kitchen is still on order and is now expected in the week of 18 October.")

d.add_heading("2. Health, safety and security", level=1)
d.add_paragraph("Gareth Pryce presented the safety report for September. There were 3 accidents to staff, none of "
                "them reportable: a kitchen porter burned his wrist on a steam oven, a room attendant at Linnet Lodge "
                "twisted her ankle on the back stairs, and a porter strained his back lifting luggage. There were 2 "
                "accidents to guests, both minor slips, one of them on the wet floor of the pool changing area, and "
                "staff reported 6 near misses, against 9 in August.")
d.add_paragraph("On Tuesday 14 September a housekeeping master key card went missing at Linnet Lodge during the day "
                "shift. It was cancelled within 40 minutes, and the door log showed that it had not been used after "
                "it was lost, but every master card at Linnet Lodge was reissued as a precaution. The meeting agreed "
                "that from Monday 18 October 2027 housekeeping master key cards at both hotels will work only "
                "between 07:30 and 17:00, and that the Duty Manager will check at the end of each housekeeping shift "
                "that every card is back in the key safe.")
d.add_paragraph("The fire drill at Linnet Lodge on 22 September emptied the building in 4 minutes 10 seconds, "
                "against a target of 3 minutes, because two guests on the second floor waited to pack. Ravi will "
                "add a line about leaving belongings to the fire notice in every bedroom. The anti-slip matting in "
                "the pool changing area will be replaced before the pool reopens in November (see item 5).")

d.add_heading("3. Trading and occupancy for September", level=1)
d.add_paragraph("Martin presented Hannah Yeo's figures. Occupancy in September was 84% at The Quayside Hotel, "
                "against a budget of 82%, and 91% at Linnet Lodge, against a budget of 88%. The average room rate "
                "was £131 at The Quayside Hotel and £79 at Linnet Lodge. The Estuary Restaurant served 3,940 covers, "
                "8% fewer than in September 2026, which Luca Bernardi put down to the road works on Wharf Street.")
d.add_paragraph("Luca reported that food costs at Linnet Lodge breakfast have risen by about 14% since January, "
                "mostly eggs, butter and coffee. The meeting agreed that the Linnet Lodge breakfast will go up from "
                "£11.50 to £12.95 for adults from Monday 1 November 2027; children aged 5 to 12 will still pay half "
                "the adult price, and under-fives still eat free. Breakfast prices at The Quayside Hotel do not "
                "change. Daniel will update the website and the booking engine.")

d.add_heading("4. Reservations and guest feedback", level=1)
d.add_paragraph("Daniel Frost reported that 31% of bookings in September came direct through our own website, up "
                "from 26% a year ago. The no-show rate was 1.9% at The Quayside Hotel and 3.4% at Linnet Lodge, "
                "where most no-shows are late-evening rail travellers. Guest review scores averaged 8.7 out of 10 "
                "at The Quayside Hotel and 8.4 at Linnet Lodge; the most common complaint at Linnet Lodge was the "
                "noise of the trains.")
d.add_paragraph("Daniel proposed moving check-in at The Quayside Hotel from 15:00 to 14:00, in line with Linnet "
                "Lodge, because guests arriving on the lunchtime trains often wait in the lobby. Marta Kowalczyk "
                "said housekeeping could not have 86 rooms ready by 14:00 with the current staffing, as departures "
                "do not leave until 11:00. The meeting did not agree: check-in at The Quayside Hotel stays at 15:00, "
                "and the question will be looked at again in April 2028. Guests arriving early may still pay for "
                "early check-in from 12:00.")
d.add_paragraph("Daniel also reported that dog-friendly rooms at The Quayside Hotel were full on 19 nights in "
                "September, and that cleaning a room after a dog stay takes about 20 minutes longer than a normal "
                "departure. The meeting agreed that the charge for dogs at The Quayside Hotel will go up from £25 to "
                "£30 per dog per night for stays from 1 January 2028. Guests who have already booked keep the old "
                "price. Daniel will issue version 4.1 of the Reservations, Deposits and Cancellation Policy. Linnet "
                "Lodge will still not take pets.")

d.add_heading("5. Salt Spa and pool", level=1)
d.add_paragraph("Chloe Marsh reported that the pool will close from Monday 8 November to Friday 19 November 2027 "
                "for regrouting of the pool surround and new anti-slip matting. The gym, sauna and treatment rooms "
                "stay open, and hotel guests booked during those dates will be told by email. Spa treatment income "
                "in September was 6% above budget. Chloe asked whether Linnet Lodge guests could be offered spa day "
                "passes at the staff price; the meeting asked her to bring costings to the November meeting.")

d.add_heading("6. Staffing and pay", level=1)
d.add_paragraph("Aisha Rahman reported 9 vacancies: 3 room attendants, 2 night porters, 2 commis chefs, 1 Front "
                "Desk Agent and 1 Night Auditor. Night posts are the hardest to fill; the night porter post at The "
                "Quayside Hotel has been advertised four times since June, and agency night cover cost £11,400 in "
                "September.")
d.add_paragraph("Aisha proposed raising the night shift premium from £1.80 to £2.20 an hour at both hotels. The "
                "cost is about £9,000 a year. The meeting agreed, subject to the Managing Director's approval, which "
                "Eleanor Fairweather gave by email on 7 October; the new premium applies from Wednesday 1 December "
                "2027. The late shift premium stays at £0.60 an hour. Aisha will update the Staff Handbook and tell "
                "payroll.")
d.add_paragraph("Joe Whitlock said that staff at Linnet Lodge would like the £5 meal allowance to be paid for "
                "shifts of five hours or more, not six. Aisha will look at the cost and report back in November; "
                "for now the rule does not change.")

d.add_heading("7. Housekeeping and lost property", level=1)
d.add_paragraph("Marta Kowalczyk reported that room attendants cleaned an average of 13.2 rooms a shift at The "
                "Quayside Hotel and 15.1 at Linnet Lodge. Two new laundry trolleys have been bought for Linnet "
                "Lodge.")
d.add_paragraph("Marta said the lost property store at The Quayside Hotel is full, with more than 400 items, most of "
                "them clothing and phone chargers that nobody asks for after the first few weeks. The meeting agreed "
                "that from Monday 1 November 2027 ordinary lost property will be kept for 1 month instead of 3 "
                "months before it is given to charity or thrown away. Valuables are still kept for 6 months in the "
                "safe. Marta will update the Housekeeping and Front Office Procedures.")

d.add_heading("Decisions", level=1)
for t in ["From 18 October 2027 housekeeping master key cards at both hotels work only between 07:30 and 17:00, "
          "and the Duty Manager checks at the end of each housekeeping shift that every card is back.",
          "The Linnet Lodge breakfast rises from £11.50 to £12.95 for adults from 1 November 2027; children's "
          "prices stay at half the adult price.",
          "Check-in at The Quayside Hotel stays at 15:00; it will not move to 14:00.",
          "The dog charge at The Quayside Hotel rises from £25 to £30 per dog per night for stays from "
          "1 January 2028.",
          "The night shift premium rises from £1.80 to £2.20 an hour at both hotels from 1 December 2027; the late "
          "shift premium stays at £0.60.",
          "From 1 November 2027 ordinary lost property is kept for 1 month instead of 3 months; valuables are still "
          "kept for 6 months."]:
    d.add_paragraph(t, style="List Bullet")

d.add_heading("Action items", level=1)
t = d.add_table(rows=1, cols=3)
t.style = "Table Grid"
for c, h in zip(t.rows[0].cells, ["Action", "Owner", "Due"]):
    c.text = h
rows = [
    ("Set the new 07:30 to 17:00 time limit on housekeeping master key cards", "Gareth Pryce", "15 October 2027"),
    ("Add a line about leaving belongings to the bedroom fire notices at Linnet Lodge", "Ravi Chandran", "29 October 2027"),
    ("Update the website and booking engine with the new Linnet Lodge breakfast price", "Daniel Frost", "25 October 2027"),
    ("Issue version 4.1 of the Reservations, Deposits and Cancellation Policy", "Daniel Frost", "30 November 2027"),
    ("Email guests booked during the pool closure", "Chloe Marsh", "20 October 2027"),
    ("Bring costings for spa day passes for Linnet Lodge guests", "Chloe Marsh", "3 November 2027"),
    ("Update the Staff Handbook and payroll for the new night shift premium", "Aisha Rahman", "19 November 2027"),
    ("Cost the meal allowance for shifts of five hours or more", "Aisha Rahman", "3 November 2027"),
    ("Update the Housekeeping and Front Office Procedures for lost property", "Marta Kowalczyk", "29 October 2027"),
]
for r in rows:
    for c, v in zip(t.add_row().cells, r):
        c.text = v

d.add_heading("Any other business", level=1)
d.add_paragraph("Joe Whitlock reminded everyone that the staff Christmas party will be held in the Wharf Suite on "
                "Sunday 9 January 2028, after the busy season. Sophie Lindqvist reported that The Quayside Hotel has "
                "been shortlisted for the Aldmouth Business Awards; the result is announced on 12 November.")

d.add_heading("Next meeting", level=1)
d.add_paragraph("The next group operations meeting is on Wednesday 3 November 2027 at 10:00 in the breakfast room "
                "at Linnet Lodge.")

d.save(HERE / "docs" / "operations-meeting-minutes-2027-10-06.docx")
