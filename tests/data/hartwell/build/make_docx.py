"""Builds docs/partners-meeting-minutes-2032-04-22.docx with python-docx, as ashgrove's make_docx.py does (itself
saltmoor's, alderley's and earlier sets'): headings, a Present list, apologies, a numbered agenda, discussion
paragraphs, a Decisions list and an action table (Action, Owner, Due)."""
from pathlib import Path
HERE = Path(__file__).resolve().parents[1]  # tests/data/hartwell
from docx import Document

d = Document()
d.add_heading("Partners' Meeting — Minutes", level=0)
d.add_paragraph("Hartwell & Crane LLP. Monthly meeting of the partners held on Thursday 22 April 2032, 17:30–20:05, "
                "in the Board Room at the Marlstone office, 14 Carding Street. Chair: Niamh Hartwell, Managing "
                "Partner. Minutes: Morag Ellison, Practice Manager. These minutes stay in draft until they are agreed "
                "at the next meeting.")

d.add_heading("Present", level=1)
for a in ["Niamh Hartwell (Managing Partner, chair)",
          "Tobias Crane (Audit Partner and Money Laundering Reporting Officer)",
          "Gareth Lindqvist (Payroll and Outsourcing Partner)",
          "Rhona Fairlie (Partner, Kettlebury office)"]:
    d.add_paragraph(a, style="List Bullet")
d.add_paragraph("In attendance: Morag Ellison (Practice Manager, minutes), Kwame Boateng (Finance Manager), Stefan "
                "Novak (Payroll Bureau Manager, for item 3), Deborah Quayle (Risk and Compliance Manager and Data "
                "Protection Officer, for item 4) and Callum Reid (IT Manager, for item 4).")
d.add_paragraph("Apologies: Anjali Mehra (Tax Partner), who was on leave and sent a written report for item 2, and "
                "Hannah Okafor (Office Manager, Kettlebury), whose figures for item 6 were presented by Rhona Fairlie.")

d.add_heading("Agenda", level=1)
for a in ["Minutes of the last meeting (25 March 2032) and matters arising",
          "The self-assessment season and the late records surcharge", "The payroll bureau",
          "The lost laptop of 9 March and data security", "Staffing, exams and study support",
          "The Kettlebury office", "Fees and credit control", "Any other business"]:
    d.add_paragraph(a, style="List Number")

d.add_heading("1. Minutes of the last meeting and matters arising", level=1)
d.add_paragraph("The minutes of 25 March 2032 were agreed. Matters arising: electronic signing of accounts in "
                "Quillpoint went live on 6 April, and 1,130 clients had used it by 20 April. The Tallyworks upgrade was finished on 12 April. "
                "Kwame Boateng gave the final fee income for the year to 31 March 2032: £5,260,000, up 7% on the "
                "year before, of which the payroll bureau earned £742,000.")

d.add_heading("2. The self-assessment season and the late records surcharge", level=1)
d.add_paragraph("Anjali Mehra's report was taken as read. The firm filed 1,482 self-assessment returns by the "
                "31 January deadline, 97% of those due. 46 returns were filed late, all for clients whose records "
                "reached us after 31 December, and 212 clients paid the late records surcharge for records sent "
                "after 31 October. The tax team worked three Saturday mornings in January instead of the two "
                "planned.")
d.add_paragraph("Kwame Boateng proposed raising the late records surcharge from £95 to £150 a return, so that it "
                "covers the overtime that late records cause. Rhona Fairlie said the surcharge had only gone up "
                "from £75 in January, and that Kettlebury had lost 9 clients this spring to a cheaper firm, three of "
                "whom named the surcharge. Tobias Crane said earlier reminders would do more than a higher charge. "
                "The meeting did not agree: the surcharge stays at £95 a return until the terms are next reviewed "
                "in November 2033. Instead, Quillpoint will send clients reminders on 1 September and 1 October.")

d.add_heading("3. The payroll bureau", level=1)
d.add_paragraph("Stefan Novak reported 214 payroll clients. In March the bureau produced 9,860 monthly payslips, "
                "1,140 fortnightly payslips and 3,420 weekly payslips. Weekly payrolls take the most time for each "
                "payslip, because weekly clients often send changes after the Tuesday 12:00 cut-off, and 31 weekly "
                "payrolls in March had to be rerun.")
d.add_paragraph("The meeting agreed that from Friday 1 October 2032 the weekly payroll fee goes up from £2.90 to "
                "£3.20 a payslip. The monthly fee of £4.60 and the fortnightly fee of £3.40 do not change, and "
                "neither do the minimum fees. Gareth Lindqvist will write to every weekly payroll client by "
                "30 June 2032, giving them 3 months' notice.")
d.add_paragraph("Stefan Novak proposed replacing Paydeck with a cloud payroll system, at about £38,000 in the first "
                "year. The partners want to see it working first, so the proposal was deferred to the June meeting "
                "on Thursday 24 June 2032, after demonstrations from two suppliers. Until then Paydeck stays in use.")

d.add_heading("4. The lost laptop of 9 March and data security", level=1)
d.add_paragraph("Deborah Quayle reported on the laptop lost on Tuesday 9 March 2032. An Audit Trainee left it on the "
                "18:12 train from Marlstone to Kettlebury and reported it to the IT helpdesk at 08:05 the next "
                "morning, about 14 hours later, although the procedure asks for a report within 1 hour. The laptop "
                "was encrypted, and Callum Reid wiped it remotely at 08:40. It held audit working papers for two "
                "clients. Deborah treated it as a Level 2 breach and decided that no report to the ICO was needed; "
                "both clients were told the same day.")
d.add_paragraph("Deborah said a quicker report would let IT lock a device before anyone could connect it to a "
                "network. The meeting agreed that from Monday 10 May 2032 a lost or stolen laptop, phone or other "
                "device must be reported to the IT helpdesk within 30 minutes of noticing, instead of 1 hour. Other "
                "breaches are still reported within 1 hour, and the breach levels and the 72-hour deadline for "
                "reporting to the ICO do not change. Deborah will update IS-04 and brief all staff, and Callum will "
                "put the out of hours helpdesk number on a sticker on every laptop and phone.")
d.add_paragraph("Callum Reid also reported two phishing emails in March that looked like messages from HMRC; 6 "
                "members of staff clicked the link, and none entered a password. Their refresher training is booked.")

d.add_heading("5. Staffing, exams and study support", level=1)
d.add_paragraph("Morag Ellison reported 71 people in the firm, including the partners. There are 3 vacancies: two "
                "Payroll Officers at Marlstone and a Tax Senior at Kettlebury. Three Payroll Officers have left in "
                "the last 6 months, and two of them said that other bureaux give more study leave for the CIPP "
                "Payroll Diploma. In the March exam sittings, 9 of 11 ACA exams and 6 of 7 ACCA exams were passed.")
d.add_paragraph("The meeting agreed that from Wednesday 1 September 2032 study leave for the CIPP Payroll Diploma "
                "goes up from 6 to 8 days a year. Study leave for AAT and the other qualifications does not change, "
                "and neither do the awards on qualifying. Morag will update the Staff Handbook and advertise the two "
                "Payroll Officer posts with the new study leave.")

d.add_heading("6. The Kettlebury office", level=1)
d.add_paragraph("Rhona Fairlie presented Hannah Okafor's figures. The Kettlebury office missed 63 calls after 16:00 "
                "on Fridays in March, and 14 clients who came to drop off records on a Friday afternoon found it "
                "closed. The meeting agreed that from Friday 4 June 2032 the Kettlebury office stays open until "
                "17:00 on Fridays, instead of 16:00. Its Monday to Thursday hours, 09:00 to 17:00, do not change. "
                "Hannah will update the FAQ page, the reception rota and the door sign.")
d.add_paragraph("Rhona also proposed opening Kettlebury on Saturday mornings in January, as Marlstone does. As the "
                "January rota is planned in the autumn, the proposal was deferred to the meeting on Thursday 23 "
                "September 2032; until then Kettlebury stays closed on Saturdays.")

d.add_heading("7. Fees and credit control", level=1)
d.add_paragraph("Kwame Boateng reported unpaid fees of £612,000 at 31 March. Since invoices became due within 14 "
                "days in January, clients take 38 days on average to pay, down from 47 days. Work was stopped on 4 "
                "accounts more than 60 days overdue, and 3 of them have since paid in full.")

d.add_heading("8. Any other business", level=1)
d.add_paragraph("Niamh Hartwell said 7 new trainees start on Monday 6 September 2032: 4 Audit Trainees at "
                "Marlstone, 2 Tax Trainees and 1 Accounts Assistant at Kettlebury. The summer party is on Saturday "
                "10 July 2032 at Marlstone Rowing Club.")

d.add_heading("Decisions", level=1)
for t in ["The late records surcharge stays at £95 a return; the proposed rise to £150 was not agreed.",
          "From Friday 1 October 2032 the weekly payroll fee goes up from £2.90 to £3.20 a payslip; the monthly and "
          "fortnightly fees and the minimum fees do not change.",
          "From Monday 10 May 2032 lost or stolen devices are reported to the IT helpdesk within 30 minutes, instead "
          "of 1 hour; other breaches, the breach levels and the 72-hour ICO deadline do not change.",
          "From Wednesday 1 September 2032 study leave for the CIPP Payroll Diploma goes up from 6 to 8 days a year; "
          "other study leave does not change.",
          "From Friday 4 June 2032 the Kettlebury office is open until 17:00 on Fridays, instead of 16:00.",
          "Deferred: replacing Paydeck (June meeting, 24 June 2032) and opening Kettlebury on Saturday mornings in "
          "January (September meeting, 23 September 2032)."]:
    d.add_paragraph(t, style="List Bullet")

d.add_heading("Action items", level=1)
t = d.add_table(rows=1, cols=3)
t.style = "Table Grid"
for c, h in zip(t.rows[0].cells, ["Action", "Owner", "Due"]):
    c.text = h
rows = [
    ("Set up Quillpoint reminders to self-assessment clients on 1 September and 1 October", "Kwame Boateng", "31 July 2032"),
    ("Write to weekly payroll clients about the £3.20 fee", "Gareth Lindqvist", "30 June 2032"),
    ("Arrange demonstrations of two cloud payroll systems", "Stefan Novak", "11 June 2032"),
    ("Update IS-04 for the 30-minute lost device report and brief all staff", "Deborah Quayle", "7 May 2032"),
    ("Put the out of hours helpdesk number on every laptop and phone", "Callum Reid", "7 May 2032"),
    ("Update the Staff Handbook for 8 days' CIPP study leave", "Morag Ellison", "31 July 2032"),
    ("Advertise the two Payroll Officer posts", "Morag Ellison", "14 May 2032"),
    ("Update the FAQ page, reception rota and door sign for Friday opening", "Hannah Okafor", "28 May 2032"),
]
for r in rows:
    for c, v in zip(t.add_row().cells, r):
        c.text = v

d.add_heading("Next meeting", level=1)
d.add_paragraph("The next partners' meeting is on Thursday 27 May 2032 at 17:30 at the Kettlebury office, 3 Weir Lane.")

d.save(HERE / "docs" / "partners-meeting-minutes-2032-04-22.docx")
