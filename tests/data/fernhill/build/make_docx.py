"""Builds docs/branch-managers-minutes-2027-10-13.docx with python-docx, as oakridge's make_docx.py does: headings,
a Present list, apologies, a numbered agenda, discussion paragraphs, a Decisions list and an action table
(Action, Owner, Due)."""
from pathlib import Path
HERE = Path(__file__).resolve().parents[1]  # tests/data/fernhill
from docx import Document

d = Document()
d.add_heading("Branch Managers' Meeting — Minutes", level=0)
d.add_paragraph("Fernhill Borough Libraries. Meeting held on Wednesday 13 October 2027, 10:00–12:40, in the Learning "
                "Room at Fernhill Central Library, Market Square. Chair: Dr Marcus Oyelaran, Head of Libraries. "
                "Minutes taken by Leah Morgan, Business Support Officer. Draft until agreed at the next meeting.")

d.add_heading("Present", level=1)
for a in ["Dr Marcus Oyelaran (Head of Libraries, Chair)",
          "Helen Achebe (Central Library Manager)",
          "Tom Fairweather (Ashby Green Branch Manager)",
          "Priya Nandakumar (Brookside Branch Manager)",
          "Owen Price (Hollins Park Branch Manager)",
          "Sarah Lindqvist (Kingsmere Branch Manager)",
          "Daniel Okafor (Westgate Branch Manager)",
          "Kieran Walsh (Senior Library Assistant, representing Oldfield)",
          "Ravi Chandran (Service Development Manager)"]:
    d.add_paragraph(a, style="List Bullet")
d.add_paragraph("In attendance: Bethan Mills (Volunteer Coordinator, for item 6 only) and Leah Morgan (minutes).")
d.add_paragraph("Apologies: Joanne Hart (Oldfield Branch Manager), who is on leave, and Gemma Trelawney (HR Business "
                "Partner). Kieran Walsh attended for Oldfield.")

d.add_heading("Agenda", level=1)
for a in ["Minutes of the last meeting and matters arising", "Performance report, July to September 2027",
          "Overdue charges on children's cards", "Opening hours", "Staffing and recruitment",
          "Volunteers and the Home Library Service", "Data Protection and CCTV Policy", "Buildings",
          "Any other business"]:
    d.add_paragraph(a, style="List Number")

d.add_heading("1. Minutes of the last meeting and matters arising", level=1)
d.add_paragraph("The minutes of 8 September 2027 were agreed. Matters arising: the new self-service kiosks are now "
                "working at all seven branches; Westgate's kiosk was the last to go live on 27 September. The new "
                "staff handbook (version 4.2) has been published on the intranet and every branch has a printed "
                "copy in the staff room.")

d.add_heading("2. Performance report, July to September 2027", level=1)
d.add_paragraph("Ravi presented the figures for the quarter. Visits across the service were 412,600, compared with "
                "398,100 in the same quarter of 2026, an increase of 3.6%. Loans were 281,300, compared with "
                "276,900 a year earlier.")
d.add_paragraph("Loans by branch for the quarter were: Central 118,400; Brookside 41,200; Kingsmere 33,900; "
                "Westgate 30,100; Hollins Park 22,700; Ashby Green 19,800; Oldfield 15,200. Oldfield was the only "
                "branch where loans fell, by 6%, which Kieran put down to the library being closed for ten days in "
                "August while the floor was replaced.")
d.add_paragraph("The Summer Reading Challenge had 3,412 children taking part, of whom 2,180 (64%) finished it, "
                "against 58% last year. Brookside had the highest completion rate at 71%. Public computer use is "
                "still falling, with 38,900 sessions in the quarter, but Wi-Fi connections rose by 12%.")

d.add_heading("3. Overdue charges on children's cards", level=1)
d.add_paragraph("Ravi proposed that overdue charges on Junior and Teen cards be abolished from 1 January 2028. "
                "Charges on children's cards brought in only £3,870 in 2026/27, and staff at every branch report "
                "that families stop using the library when a child's card is blocked. Several neighbouring "
                "authorities have already removed children's fines and seen more children borrowing.")
d.add_paragraph("Helen asked whether charges already owed on children's cards would still be collected. The "
                "meeting agreed that all overdue charges on Junior and Teen cards will be written off on "
                "1 January 2028, but charges for lost or damaged items will still apply. Owen asked about "
                "Concession cards; overdue charges on Adult and Concession cards stay as they are for now and "
                "will be looked at again in April 2028. Daniel asked that the website be updated before the "
                "change, as the membership FAQ still shows the children's rate.")

d.add_heading("4. Opening hours", level=1)
d.add_paragraph("Owen reported that almost nobody uses Hollins Park on Tuesday evenings, while the Thursday "
                "homework club regularly has to turn children away at 17:00. The meeting agreed to move the "
                "Hollins Park late opening from Tuesday to Thursday, until 19:00, from 1 November 2027. Staff "
                "hours stay the same.")
d.add_paragraph("Priya asked about extending Sunday opening at Brookside to 16:00. Marcus said there is no budget "
                "for more Sunday hours this year, as Sunday shifts are paid at time and a half; the request will "
                "go into the 2028/29 budget round.")

d.add_heading("5. Staffing and recruitment", level=1)
d.add_paragraph("There are four vacancies: two Senior Library Assistant (LA3) posts, one at Central and one at "
                "Brookside, and two part-time Library Assistant (LA2) posts of 22.2 hours a week at Westgate. The "
                "meeting agreed to advertise all four posts at once, closing on 5 November 2027. Agency staff cost "
                "£14,200 in the quarter, against a budget of £9,000.")
d.add_paragraph("Sickness absence is 9.1 days per full-time employee over the last 12 months, against the "
                "council's target of 8 days. Marcus asked managers to make sure return-to-work meetings are held "
                "within three working days, as the handbook says; at present only about half are.")

d.add_heading("6. Volunteers and the Home Library Service", level=1)
d.add_paragraph("Bethan reported 186 active volunteers, 23 of whom joined during the Summer Reading Challenge. The "
                "Home Library Service now delivers to 243 housebound customers, but 11 people are on the waiting "
                "list in the Kingsmere area because there are not enough volunteer drivers there.")
d.add_paragraph("Bethan proposed raising the mileage rate for Home Library Service volunteers from 40p to 45p a "
                "mile from 1 December 2027, so that volunteers are paid the same as staff, and running a "
                "recruitment drive for drivers at Kingsmere with the local rotary club. Both were agreed. The extra "
                "mileage is expected to cost about £1,100 a year and will come from the volunteering budget.")

d.add_heading("7. Data Protection and CCTV Policy", level=1)
d.add_paragraph("Ravi introduced version 3 of the Data Protection and CCTV Policy (IG-04), approved by the Libraries "
                "Management Team on 6 September. It comes into force on 1 November 2027. The main change for "
                "branches is that routine CCTV footage is now kept for 31 days, and that footage is never handed to "
                "the police without form DP7 approved by Ravi as Libraries Data Lead. Every member of staff must "
                "complete the data protection e-learning again by 30 November 2027.")
d.add_paragraph("Kieran asked for CCTV at Oldfield after two incidents of anti-social behaviour in September. "
                "Marcus said that cameras cannot be paid for this year; the request will be included in the "
                "2028/29 capital bid, and in the meantime the police community support officer will call in on "
                "Friday afternoons.")

d.add_heading("8. Buildings", level=1)
d.add_paragraph("The lift at Brookside has been out of service since 20 September 2027. Parts have been ordered and "
                "it should be working again by 5 November. Until then the upstairs study area cannot be reached "
                "by wheelchair users, and staff will bring items downstairs for any customer who asks.")
d.add_paragraph("Ashby Green library will close from Monday 22 to Friday 26 November 2027 while its boiler is "
                "replaced; the book drop will stay open and reservations will be sent to Central. Tom will put up "
                "notices by 1 November. Daniel reported that the roof at Westgate was repaired in September and "
                "no further leaks have been reported.")

d.add_heading("Decisions", level=1)
for t in ["Overdue charges on Junior and Teen cards are abolished from 1 January 2028, and existing overdue charges "
          "on those cards are written off; charges for lost or damaged items still apply.",
          "Charges on Adult and Concession cards are unchanged and will be reviewed in April 2028.",
          "The Hollins Park late opening moves from Tuesday to Thursday, until 19:00, from 1 November 2027.",
          "The four vacant posts (two LA3, two LA2) are advertised together, closing on 5 November 2027.",
          "Home Library Service volunteer mileage rises from 40p to 45p a mile from 1 December 2027.",
          "CCTV at Oldfield is to be included in the 2028/29 capital bid."]:
    d.add_paragraph(t, style="List Bullet")

d.add_heading("Action items", level=1)
t = d.add_table(rows=1, cols=3)
t.style = "Table Grid"
for c, h in zip(t.rows[0].cells, ["Action", "Owner", "Due"]):
    c.text = h
rows = [
    ("Update the website and LibraryHub for the end of children's overdue charges", "Ravi Chandran", "10 December 2027"),
    ("Brief all branch staff on the end of children's overdue charges", "All branch managers", "17 December 2027"),
    ("Change the Hollins Park opening hours on the website, signs and ShiftHub", "Owen Price", "25 October 2027"),
    ("Advertise the two LA3 and two LA2 vacancies", "Helen Achebe", "15 October 2027"),
    ("Update the volunteer expenses form for the new mileage rate", "Bethan Mills", "26 November 2027"),
    ("Run the driver recruitment drive at Kingsmere", "Bethan Mills", "31 January 2028"),
    ("Check that all staff have completed the data protection e-learning", "All branch managers", "30 November 2027"),
    ("Put up closure notices at Ashby Green", "Tom Fairweather", "1 November 2027"),
    ("Add Oldfield CCTV to the 2028/29 capital bid", "Dr Marcus Oyelaran", "14 January 2028"),
]
for r in rows:
    for c, v in zip(t.add_row().cells, r):
        c.text = v

d.add_heading("Any other business", level=1)
d.add_paragraph("Helen confirmed the Christmas arrangements: all branches close at 13:00 on Friday 24 December and "
                "Friday 31 December 2027, and are closed from Saturday 25 to Tuesday 28 December and on Saturday "
                "1 January 2028. The book drop at Central stays open throughout.")
d.add_paragraph("Marcus thanked Sarah Lindqvist, who retires at the end of November after 31 years with Fernhill "
                "libraries. Kingsmere will be managed by Daniel Okafor alongside Westgate until a new manager is "
                "appointed.")

d.add_heading("Next meeting", level=1)
d.add_paragraph("The next Branch Managers' Meeting is on Wednesday 8 December 2027 at 10:00 at Hollins Park Library.")

d.save(HERE / "docs" / "branch-managers-minutes-2027-10-13.docx")
