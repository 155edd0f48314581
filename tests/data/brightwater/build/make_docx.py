"""Builds docs/production-meeting-minutes-2027-09-15.docx with python-docx, as ashcombe's make_docx.py does
(adapted from fernhill's): headings, a Present list, apologies, a numbered agenda, discussion paragraphs, a Decisions
list and an action table (Action, Owner, Due)."""
from pathlib import Path
HERE = Path(__file__).resolve().parents[1]  # tests/data/brightwater
from docx import Document

d = Document()
d.add_heading("Production and Safety Meeting — Minutes", level=0)
d.add_paragraph("Brightwater Components Ltd. Monthly production and safety meeting held on Wednesday 15 September "
                "2027, 13:30–15:20, in the Training Room at the Harbour Road factory. Chair: Graham Petrie, "
                "Operations Director. Minutes: Leanne Crowe, Operations Administrator. These minutes are a draft "
                "until they are agreed at the next meeting.")

d.add_heading("Present", level=1)
for a in ["Graham Petrie (Operations Director, chair)",
          "Sunita Varma (Production Manager, Harbour Road)",
          "Callum Dunbar (Warehouse and Dispatch Manager, Kelso Street)",
          "Ingrid Halvorsen (Quality Manager)",
          "Mark Tennant (Health and Safety Advisor)",
          "Priya Nair (HR Manager)",
          "Declan Murray (Maintenance Supervisor)",
          "Rosa Delgado (Customer Service Manager)",
          "Jamal Hussain (Late Shift Leader and employee safety representative)"]:
    d.add_paragraph(a, style="List Bullet")
d.add_paragraph("In attendance: Leanne Crowe (minutes) and Tom Bishop (Returns Coordinator, for item 4).")
d.add_paragraph("Apologies: Ellie Brooks (Day Shift Leader), who is on holiday, and Fergus Kerr (Night Shift Leader), "
                "who sent a written update that was read out under item 3. Helen Okafor (Managing Director) receives "
                "the minutes but does not normally attend.")

d.add_heading("Agenda", level=1)
for a in ["Minutes of the last meeting (18 August 2027) and matters arising",
          "Safety report for August", "Production and output", "Quality and customer returns",
          "Warehouse and dispatch", "Staffing and shift allowances", "Maintenance and equipment",
          "Any other business"]:
    d.add_paragraph(a, style="List Number")

d.add_heading("1. Minutes of the last meeting and matters arising", level=1)
d.add_paragraph("The minutes of 18 August 2027 were agreed. Matters arising: the new first aid room at Kelso Street "
                "is finished and in use. The eyewash stations in the paint booth were replaced on 27 August, as "
                "agreed last month.")

d.add_heading("2. Safety report for August", level=1)
d.add_paragraph("Mark Tennant presented the safety report. There were 2 lost-time injuries in August, one at each "
                "site: a machinist at Harbour Road cut his hand on swarf and was off for 4 days, and a warehouse "
                "operative at Kelso Street strained her back lifting a valve body and was off for 6 days. Staff "
                "reported 7 near misses, 5 at Harbour Road and 2 at Kelso Street, against 11 in July.")
d.add_paragraph("The most serious near miss was on Tuesday 24 August in the Kelso Street yard, when a reversing "
                "forklift came within about a metre of a delivery driver who had walked round the back of his "
                "trailer. The forklift was within the yard speed limit of 15 km/h, but Mark said that speed leaves "
                "too little time to stop in a busy yard. After discussion the meeting agreed that the speed limit in "
                "the Kelso Street yard will be reduced from 15 km/h to 10 km/h from Monday 4 October 2027, the same "
                "as at Harbour Road, and that from the same date delivery drivers must wait in the drivers' room "
                "while their vehicle is loaded or unloaded, instead of standing by their cab. Callum will have the "
                "new signs put up and brief the forklift drivers.")
d.add_paragraph("The day shift fire drill at Harbour Road on 9 September emptied the building in 3 minutes 40 "
                "seconds, against a target of 3 minutes; two people in the test bay did not hear the alarm over the "
                "pressure rig. A flashing beacon will be fitted in the test bay, and a night shift drill will be "
                "held in October.")

d.add_heading("3. Production and output", level=1)
d.add_paragraph("Sunita Varma reported that Harbour Road built 1,842 pumps and 3,960 valves in August. On-time "
                "completion was 91.4% against a target of 95%. The shortfall was almost all in Tidewell centrifugal "
                "pumps, where Northgate Foundry has been late with pump casings since July and has warned that "
                "deliveries will not be back to normal before the end of the year.")
d.add_paragraph("The meeting agreed that the standard lead time quoted to customers for made-to-order Tidewell "
                "centrifugal pumps will be extended from 15 to 20 working days from Friday 1 October 2027 until at "
                "least 31 December 2027. Rosa Delgado will update the customer FAQ and the order confirmations, and "
                "tell the distributors. Lead times for the other product lines do not change. Sunita is also "
                "getting quotations from a second foundry.")
d.add_paragraph("Fergus Kerr's written update said that CNC cell 3 lost 14 hours on night shifts in August while "
                "waiting for a spindle part, and that the night shift is still four operators short, so two "
                "machines stand idle most nights.")

d.add_heading("4. Quality and customer returns", level=1)
d.add_paragraph("Ingrid Halvorsen reported that the returns rate in August was 0.8% of units shipped, within the "
                "target of below 1%. There were 41 RMAs: 3 Class A, 14 Class B and 24 Class C. All three Class A "
                "cases had a first response within 4 hours. Two of them were leaking Keystone gate valve bonnets "
                "from one batch; the batch was quarantined at Kelso Street and the four customers who received it "
                "were contacted.")
d.add_paragraph("Ingrid reported that the new PTFE diaphragm for Marlin diaphragm pumps has now passed a "
                "5,000-hour endurance test, and that diaphragm failures, the most common Marlin warranty claim, "
                "have almost stopped since it was introduced in May. The meeting agreed that the warranty on Marlin "
                "diaphragm pumps will be extended from 12 months to 18 months for pumps shipped from 1 January "
                "2028. Ingrid will issue version 3.1 of the Quality and Returns Policy with the new period. The "
                "warranty on diaphragms themselves as wear parts does not change.")
d.add_paragraph("Tom Bishop said that about one return in five still arrives without a signed decontamination "
                "declaration, which holds up inspection. Rosa will add a reminder to every RMA email.")

d.add_heading("5. Warehouse and dispatch", level=1)
d.add_paragraph("Callum Dunbar reported that Kelso Street sent out 2,310 consignments in August, 97.6% of them on "
                "the day promised. Rosa had asked whether the same-day dispatch cut-off for stock orders could move "
                "from 14:00 to 15:00, as several distributors want it. Callum said the late shift could not pick and "
                "pack the extra orders before the carriers collect at 17:00 without another operative. The meeting "
                "agreed to keep the cut-off at 14:00 and to look at it again in the new year.")
d.add_paragraph("The trade counter at Kelso Street will close at 12:00 on Friday 24 December 2027 and reopen on "
                "Tuesday 4 January 2028.")

d.add_heading("6. Staffing and shift allowances", level=1)
d.add_paragraph("Priya Nair reported 6 vacancies: 4 production operators on the night shift, 1 CNC setter and 1 "
                "warehouse operative. On average 11 agency workers a week were used in August. The night shift "
                "vacancies have been advertised three times since May with few applicants, and exit interviews "
                "show that night shift staff leave for other local employers who pay more for nights.")
d.add_paragraph("Priya proposed raising the night shift allowance from 20% to 22% of the basic hourly rate. The "
                "cost is about £38,000 a year. The meeting agreed, subject to the Managing Director's approval, "
                "which Helen Okafor gave by email on 16 September; the new allowance applies from Monday 1 November "
                "2027. The late shift allowance stays at 12%. Priya will update the Employee Handbook and tell "
                "payroll.")
d.add_paragraph("Jamal Hussain asked for the three-yearly forklift refresher courses to be run on the late shift as "
                "well as on days, as late shift drivers currently have to come in on a day off; Mark agreed.")

d.add_heading("7. Maintenance and equipment", level=1)
d.add_paragraph("Declan Murray reported that compressor 2 at Harbour Road will be replaced on Saturday 2 October "
                "2027, when compressed air will be off from 06:00 to 18:00; no overtime will be booked in the "
                "machine shop that day. The pressure rig in test bay 2 was recalibrated on 6 September. Three "
                "torque wrenches in the assembly hall were found to be overdue for calibration and have been taken "
                "out of use until they are checked.")

d.add_heading("Decisions", level=1)
for t in ["The speed limit in the Kelso Street yard is reduced from 15 km/h to 10 km/h from 4 October 2027, and "
          "delivery drivers must wait in the drivers' room while their vehicle is loaded or unloaded.",
          "The standard lead time for made-to-order Tidewell centrifugal pumps is extended from 15 to 20 working "
          "days from 1 October 2027 until at least 31 December 2027.",
          "The warranty on Marlin diaphragm pumps is extended from 12 to 18 months for pumps shipped from "
          "1 January 2028.",
          "The same-day dispatch cut-off stays at 14:00.",
          "The night shift allowance rises from 20% to 22% from 1 November 2027; the late shift allowance stays at "
          "12%."]:
    d.add_paragraph(t, style="List Bullet")

d.add_heading("Action items", level=1)
t = d.add_table(rows=1, cols=3)
t.style = "Table Grid"
for c, h in zip(t.rows[0].cells, ["Action", "Owner", "Due"]):
    c.text = h
rows = [
    ("Put up new 10 km/h signs in the Kelso Street yard and brief forklift drivers", "Callum Dunbar", "1 October 2027"),
    ("Fit a flashing fire alarm beacon in the test bay", "Declan Murray", "8 October 2027"),
    ("Hold a night shift fire drill at Harbour Road", "Mark Tennant", "29 October 2027"),
    ("Update the customer FAQ and order confirmations with the new Tidewell lead time", "Rosa Delgado", "30 September 2027"),
    ("Get quotations for Tidewell pump casings from a second foundry", "Sunita Varma", "20 October 2027"),
    ("Issue version 3.1 of the Quality and Returns Policy", "Ingrid Halvorsen", "15 November 2027"),
    ("Update the Employee Handbook and payroll for the new night shift allowance", "Priya Nair", "22 October 2027"),
    ("Arrange forklift refresher training on the late shift", "Mark Tennant", "17 November 2027"),
]
for r in rows:
    for c, v in zip(t.add_row().cells, r):
        c.text = v

d.add_heading("Any other business", level=1)
d.add_paragraph("Jamal Hussain asked for a second drinking water fountain on the Kelso Street warehouse floor, as "
                "the only one is in the canteen; Callum will get a price. Priya reminded managers that the family "
                "open day at Harbour Road is on Saturday 9 October from 10:00 to 14:00.")

d.add_heading("Next meeting", level=1)
d.add_paragraph("The next production and safety meeting is on Wednesday 20 October 2027 at 13:30 in the meeting room "
                "at the Kelso Street warehouse.")

d.save(HERE / "docs" / "production-meeting-minutes-2027-09-15.docx")
