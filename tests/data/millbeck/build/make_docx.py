"""Builds docs/management-meeting-minutes-2033-02-16.docx with python-docx, as hartwell's make_docx.py does (itself
ashgrove's, saltmoor's and earlier sets'): headings, a Present list, those in attendance, apologies, a numbered agenda,
discussion paragraphs, a Decisions list and an action table (Action, Owner, Due)."""
from pathlib import Path
HERE = Path(__file__).resolve().parents[1]  # tests/data/millbeck
from docx import Document

d = Document()
d.add_heading("Management Meeting — Minutes", level=0)
d.add_paragraph("Millbeck Print & Packaging Ltd. Monthly management meeting held on Wednesday 16 February 2033, "
                "14:00–16:25, in the meeting room above the sales office, Unit 7, Tenterfield Road. Chair: Howard "
                "Kilbride, Managing Director. Minutes: Mairead Tolland, HR and Office Manager. These minutes stay in "
                "draft until they are agreed at the next meeting.")

d.add_heading("Present", level=1)
for a in ["Howard Kilbride (Managing Director, chair)",
          "Ottilie Brammer (Finance Director)",
          "Euan Moorcroft (Production Manager)",
          "Anwen Roscoe (Sales Manager)",
          "Oren Haddleton (Prepress Studio Manager)"]:
    d.add_paragraph(a, style="List Bullet")
d.add_paragraph("In attendance: Mairead Tolland (HR and Office Manager, minutes), Ilse Mortensen (Finishing "
                "Supervisor, for item 4) and Wilf Garside (Maintenance Engineer, for item 4).")
d.add_paragraph("Apologies: Lorraine Hebblethwaite (Warehouse and Dispatch Manager), who was at a pallet network "
                "meeting and sent figures for item 6, and Nerys Bevington (Health and Safety Advisor), who was on "
                "a course and whose report for item 4 was presented by Wilf Garside.")

d.add_heading("Agenda", level=1)
for a in ["Minutes of the last meeting (19 January 2033) and matters arising",
          "Sales and orders", "The pressroom, shifts and overtime",
          "The folder guard incident of 24 January", "Prices and service levels",
          "Warehouse, dispatch and the trade counter", "Staffing and training", "Any other business"]:
    d.add_paragraph(a, style="List Number")

d.add_heading("1. Minutes of the last meeting and matters arising", level=1)
d.add_paragraph("The minutes of 19 January 2033 were agreed. Matters arising: the new price list, TT-12, went live "
                "on 3 January, and the Crateview upgrade was finished on 7 February. Ottilie Brammer reported "
                "January sales of £604,300, up 4% on January 2032, with paper and board costs up 9%.")

d.add_heading("2. Sales and orders", level=1)
d.add_paragraph("Anwen Roscoe reported 1,214 jobs in January, of which 388 were ordered through Proofmark. Three "
                "customers moved their leaflet work to other printers in January: Calder Homes, Brightfield "
                "Estates and Oakmere Foods, all because of our price on long runs. Two new packaging customers, "
                "Tarnside Candles and Pollard & Finch Teas, placed first orders for mailer boxes worth £41,000 "
                "together. Anwen will visit Calder Homes to try to win the work back.")

d.add_heading("3. The pressroom, shifts and overtime", level=1)
d.add_paragraph("Euan Moorcroft reported that L1 ran at 81% of planned hours and L2 at 74%. Overtime in January was "
                "1,140 hours, against a budget of 800, mostly on Saturdays in the finishing room and on the digital "
                "presses. Much of it was booked on the day, and some operators worked every Saturday of the month.")
d.add_paragraph("The meeting agreed three changes to overtime. Overtime must now be booked in Quirebook by 12:00 on "
                "the working day before. Nobody may work more than 2 Saturdays of overtime in a calendar month. "
                "Finishers who have been signed off on the D1 digital press may be offered overtime on the digital "
                "presses. The overtime rates in the Staff Handbook do not change.")
d.add_paragraph("Digital work approved by 10:00 for same day dispatch often misses the 15:00 van. The meeting agreed "
                "that from Monday 7 March 2033 the digital pressroom day shift starts at 06:30 and ends at 15:00, "
                "instead of 07:00 to 15:30. The litho shifts do not change.")

d.add_heading("4. The folder guard incident of 24 January", level=1)
d.add_paragraph("Wilf Garside presented Nerys Bevington's report. On Monday 24 January 2033 a finisher reached into "
                "the F2 folder to clear a jam while the interlocked cover was wedged open with a roll of tape, and "
                "the rollers caught two fingers. The finisher was treated by the first aider and went to hospital "
                "for an X-ray, which showed bruising only; the finisher was back at work after 2 days, so the "
                "incident was not reportable under RIDDOR. The interlock had been wedged for at least a week.")
d.add_paragraph("The meeting agreed that from Monday 28 February 2033 the interlocks on all finishing machines are "
                "tested weekly by the maintenance engineer, instead of monthly. Wilf will fit tamper-proof coded "
                "switches to the F2 and F3 folders, Ilse Mortensen will retrain every finisher on locking off, and "
                "Nerys will update procedure SP-07 to add the weekly test. Howard Kilbride reminded the meeting that "
                "wedging a guard is gross misconduct.")

d.add_heading("5. Prices and service levels", level=1)
d.add_paragraph("Anwen Roscoe said Priority work now takes a third of press time on some days. The meeting agreed "
                "that from Friday 1 April 2033 the Priority surcharge goes up from 25% to 30%. The Standard service "
                "and the Same day surcharge of 60% do not change, and neither do the prices in the price list.")
d.add_paragraph("Ottilie Brammer proposed raising the free delivery threshold for our vans from £150 to £250. The "
                "meeting did not agree, as most local orders are between £150 and £250; the threshold stays at £150.")
d.add_paragraph("Euan Moorcroft proposed buying a second digital inkjet press, at about £240,000, to take short runs "
                "off L3. The meeting asked for a full business case and deferred the decision to the May meeting on "
                "Wednesday 18 May 2033.")

d.add_heading("6. Warehouse, dispatch and the trade counter", level=1)
d.add_paragraph("Lorraine Hebblethwaite's figures were taken as read: 97% of orders were dispatched on time in "
                "January, and the vans made 412 deliveries. On Saturdays 23 customers arrived at the trade counter "
                "after it closed at 12:00. The meeting agreed that from Saturday 5 March 2033 the trade counter is "
                "open until 13:00 on Saturdays, instead of 12:00. Its weekday hours do not change.")

d.add_heading("7. Staffing and training", level=1)
d.add_paragraph("Mairead Tolland reported 86 staff and 3 vacancies: two finishers and a driver with a C1 licence. "
                "Sam Ollerenshaw has been signed off on L1. Two trainee press operators start on Monday 4 April "
                "2033. Sickness absence in January was 3.1%.")

d.add_heading("8. Any other business", level=1)
d.add_paragraph("Howard Kilbride said the works will close for the stocktake on Friday 1 April 2033 at 12:00. The "
                "summer barbecue is on Friday 8 July 2033 in the staff car park.")

d.add_heading("Decisions", level=1)
for t in ["Overtime is booked in Quirebook by 12:00 on the working day before.",
          "Nobody works more than 2 Saturdays of overtime in a calendar month.",
          "Finishers signed off on D1 may be offered overtime on the digital presses.",
          "From Monday 7 March 2033 the digital pressroom day shift is 06:30 to 15:00, instead of 07:00 to 15:30.",
          "From Monday 28 February 2033 interlocks on all finishing machines are tested weekly, instead of monthly.",
          "From Friday 1 April 2033 the Priority surcharge goes up from 25% to 30%; Standard and Same day do not "
          "change.",
          "The free delivery threshold stays at £150; the proposed rise to £250 was not agreed.",
          "From Saturday 5 March 2033 the trade counter is open until 13:00 on Saturdays, instead of 12:00.",
          "Deferred: a second digital inkjet press (May meeting, 18 May 2033)."]:
    d.add_paragraph(t, style="List Bullet")

d.add_heading("Action items", level=1)
t = d.add_table(rows=1, cols=3)
t.style = "Table Grid"
for c, h in zip(t.rows[0].cells, ["Action", "Owner", "Due"]):
    c.text = h
rows = [
    ("Set up next-day overtime booking in Quirebook", "Euan Moorcroft", "25 February 2033"),
    ("Brief digital operators on the new day shift", "Euan Moorcroft", "2 March 2033"),
    ("Fit tamper-proof coded switches to the F2 and F3 folders", "Wilf Garside", "17 March 2033"),
    ("Retrain all finishers on locking off", "Ilse Mortensen", "10 March 2033"),
    ("Update SP-07 for the weekly interlock test", "Nerys Bevington", "3 March 2033"),
    ("Write to account customers about the 30% Priority surcharge", "Anwen Roscoe", "1 March 2033"),
    ("Update the price list and Proofmark for the new surcharge", "Anwen Roscoe", "25 March 2033"),
    ("Visit Calder Homes about their leaflet work", "Anwen Roscoe", "28 February 2033"),
    ("Update the website FAQ and trade counter rota for Saturdays", "Lorraine Hebblethwaite", "3 March 2033"),
    ("Prepare the business case for a second inkjet press", "Ottilie Brammer", "4 May 2033"),
]
for r in rows:
    for c, v in zip(t.add_row().cells, r):
        c.text = v

d.add_heading("Next meeting", level=1)
d.add_paragraph("The next management meeting is on Wednesday 16 March 2033 at 14:00 in the meeting room above the "
                "sales office.")

d.save(HERE / "docs" / "management-meeting-minutes-2033-02-16.docx")
