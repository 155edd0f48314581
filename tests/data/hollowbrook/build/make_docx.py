"""Builds docs/housing-management-meeting-minutes-2028-02-09.docx with python-docx, as thornbury's make_docx.py does
(adapted from pinecrest's, quayside's, brightwater's, ashcombe's and fernhill's): headings, a Present list, apologies,
a numbered agenda, discussion paragraphs, a Decisions list and an action table (Action, Owner, Due)."""
from pathlib import Path
HERE = Path(__file__).resolve().parents[1]  # tests/data/hollowbrook
from docx import Document

d = Document()
d.add_heading("Housing Management Meeting — Minutes", level=0)
d.add_paragraph("Hollowbrook Homes. Monthly housing management meeting held on Wednesday 9 February 2028, "
                "10:00–12:40, in the board room at Mill House, Eastleigh Vale. Chair: Declan Hurst, Director of "
                "Housing. Minutes: Kerry Lomax, Governance Officer. These minutes stay in draft until they are "
                "agreed at the next meeting.")

d.add_heading("Present", level=1)
for a in ["Declan Hurst (Director of Housing, chair)",
          "Gareth Pryce (Repairs Manager)",
          "Joanne Bell (Housing Services Manager, Eastleigh Vale)",
          "Samir Qureshi (Housing Services Manager, Cobham Ridge)",
          "Lorna Fitch (Head of Customer Services)",
          "Bethan Ames (Tenancy Sustainment Team Leader)",
          "Ifeoma Adeyemi (Building Safety Manager)",
          "Colin Marsh (Finance Manager)",
          "Rhys Cadogan (Income Team Leader)",
          "Sheila Dunmore (tenant, chair of the tenants' scrutiny panel)"]:
    d.add_paragraph(a, style="List Bullet")
d.add_paragraph("In attendance: Kerry Lomax (minutes) and Dean Whitlock (Repairs Supervisor, for items 2 and 3).")
d.add_paragraph("Apologies: Margaret Osei (Chief Executive), who was at a meeting with the Regulator of Social "
                "Housing, and Priya Natarajan (People and Culture Manager), who sent a note for item 7.")

d.add_heading("Agenda", level=1)
for a in ["Minutes of the last meeting (12 January 2028) and matters arising",
          "Repairs performance for January", "Out-of-hours cover and the on-call rota", "Building safety",
          "Customer services and the offices", "Rent income and tenancy sustainment", "Staffing",
          "Any other business"]:
    d.add_paragraph(a, style="List Number")

d.add_heading("1. Minutes of the last meeting and matters arising", level=1)
d.add_paragraph("The minutes of 12 January 2028 were agreed. Matters arising: the new handheld devices for repairs "
                "operatives went live on 17 January and tenants now sign for completed jobs on screen. Gareth said "
                "that the text sent when an operative is on the way had failed for two days in the first week and "
                "has worked since. The storm damage to the roof of the Cobham Ridge office has been repaired under "
                "the insurance.")

d.add_heading("2. Repairs performance for January", level=1)
d.add_paragraph("Gareth Pryce presented the January figures. The team completed 2,310 repairs, 1,540 in Eastleigh "
                "Vale and 770 in Cobham Ridge. Emergencies were attended within 4 hours in 96.1% of cases in "
                "Eastleigh Vale and 91.4% in Cobham Ridge, where Ridgeline Property Services attended 88.0% of its "
                "out-of-hours emergencies in time. Urgent repairs were completed within 3 working days in 89% of "
                "cases. Routine repairs took an average of 14.2 working days in Eastleigh Vale and 17.8 in Cobham "
                "Ridge.")
d.add_paragraph("There were 71 missed appointments in January, 3.4% of those booked, and £1,420 was paid in "
                "compensation for them. Sheila Dunmore said that many tenants lose a day's pay to wait in for an "
                "operative and that £20 does not reflect that. The meeting agreed that compensation for a missed "
                "appointment will go up from £20 to £30 for appointments missed on or after 1 April 2028. The other "
                "compensation payments in the repairs policy do not change. Gareth will update RP-02 and the "
                "website.")
d.add_paragraph("Samir Qureshi asked again for a small materials store at the Cobham Ridge office, because "
                "operatives on the Cobham Ridge patch drive a 22-mile round trip to the Eastleigh Vale stores for "
                "parts the trade counter does not stock. Gareth estimated a lock-up store with a van-stock top-up "
                "service at about £48,000. The request was deferred to the capital budget meeting in April 2028.")
d.add_paragraph("Sheila also proposed raising the decoration allowance after our repairs from £150 to £250 a room. "
                "Colin estimated the extra cost at about £19,000 a year. As it changes the budget, the proposal was "
                "deferred to the Board meeting on 22 March 2028; until then the allowance stays at £150.")

d.add_heading("3. Out-of-hours cover and the on-call rota", level=1)
d.add_paragraph("Dean Whitlock reported that only 9 of the 21 repairs operatives are on the on-call rota, and that "
                "weekends are the hardest to fill. Three weekends in January had no operative on call and were "
                "covered by Ridgeline at a cost of £2,900. The meeting agreed that from Friday 3 March 2028 the "
                "weekend standby payment for a repairs operative goes up from £85 to £110. The weeknight standby "
                "payment stays at £28. The gas engineers' rota is fully staffed, so their weekend standby payment "
                "stays at £95. Priya will update the Staff Handbook and RotaPoint, and Dean will ask the operatives "
                "who are not on the rota to volunteer.")

d.add_heading("4. Building safety", level=1)
d.add_paragraph("Ifeoma Adeyemi reported that 26 of our 5,910 homes with gas were past the date of their annual "
                "gas safety check at the end of January, all because the tenant had not given access: 19 in "
                "Eastleigh Vale and 7 in Cobham Ridge. Injunctions are being sought for 4 of them. 97.8% of homes "
                "have an electrical installation condition report less than 5 years old.")
d.add_paragraph("An independent inspector checked the communal fire doors at Larkspur House, Heron House and Alder "
                "Court, our three blocks of six storeys or more. 11 of the 54 doors did not close fully onto the "
                "latch, mostly because of damaged self-closers; all were repaired within 5 working days. The "
                "meeting agreed that from 1 March 2028 the communal fire doors in blocks of six storeys or more "
                "will be checked every month, instead of every 3 months. Flat entrance doors in those blocks are "
                "still checked every 12 months, and checks in low-rise blocks do not change. Ifeoma will update "
                "GS-04.")

d.add_heading("5. Customer services and the offices", level=1)
d.add_paragraph("Lorna Fitch reported that the call centre answered 14,820 calls in January, with an average wait "
                "of 2 minutes 48 seconds, and 8.1% of callers hung up before being answered. The Thursday late "
                "opening at the Cobham Ridge office, until 19:00, has averaged 4 visitors an evening over the last "
                "three months. The meeting agreed to end it: the last late opening is on 24 February 2028, and from "
                "Thursday 2 March 2028 the Cobham Ridge office closes at 16:30 on Thursdays, as on other weekdays. "
                "The Eastleigh Vale office's hours do not change. Lorna will update the notices and the FAQ page.")
d.add_paragraph("Colin proposed that the Cobham Ridge office stop taking cash, which costs about £3,100 a year in "
                "cash collections and insurance. Samir said that about 140 tenants pay their rent in cash there "
                "each month, many of them older tenants without bank cards. The meeting did not agree: the Cobham "
                "Ridge office will keep taking cash, and housing officers will tell tenants about PayPoint.")
d.add_paragraph("Lorna also proposed a webchat on the website until 20:00 on weekdays. She has one quote and the "
                "meeting asked for a second; the item was deferred to the March meeting.")

d.add_heading("6. Rent income and tenancy sustainment", level=1)
d.add_paragraph("Rhys Cadogan reported rent arrears of 3.4% of the annual rent due, against a target of 3.0%: 3.1% "
                "in Eastleigh Vale and 4.0% in Cobham Ridge. Twelve notices were served in January and there were "
                "no evictions. Bethan Ames reported 86 referrals to the tenancy sustainment team in January, 61 of "
                "them from housing officers. The team helped tenants claim £41,200 in benefits, and the wait for a "
                "first visit is 8 working days.")

d.add_heading("7. Staffing", level=1)
d.add_paragraph("Priya's note was taken as read. There are 4 vacancies: 2 repairs operatives, 1 gas engineer and "
                "1 customer services advisor. Agency staff cost £22,600 in January. Standby payments for duty "
                "supervisors and duty housing officers were not discussed and do not change.")

d.add_heading("8. Any other business", level=1)
d.add_paragraph("Sheila reminded the meeting that the tenants' annual conference will be held at Eastleigh Vale "
                "Community Centre on Saturday 13 May 2028, and asked for a repairs stall.")

d.add_heading("Decisions", level=1)
for t in ["Compensation for a missed appointment goes up from £20 to £30 for appointments missed on or after "
          "1 April 2028; other compensation is unchanged.",
          "From 3 March 2028 the weekend standby payment for a repairs operative goes up from £85 to £110; it "
          "stays at £95 for a gas engineer, and weeknight standby does not change.",
          "From 1 March 2028 communal fire doors in blocks of six storeys or more are checked every month, instead "
          "of every 3 months; flat entrance doors stay at every 12 months.",
          "The Cobham Ridge office's Thursday late opening ends after 24 February 2028; from 2 March 2028 it closes "
          "at 16:30 on Thursdays. The Eastleigh Vale office is unchanged.",
          "The Cobham Ridge office keeps taking cash.",
          "Deferred: a materials store at Cobham Ridge (April capital budget meeting), the decoration allowance "
          "(Board, 22 March 2028) and evening webchat (March meeting)."]:
    d.add_paragraph(t, style="List Bullet")

d.add_heading("Action items", level=1)
t = d.add_table(rows=1, cols=3)
t.style = "Table Grid"
for c, h in zip(t.rows[0].cells, ["Action", "Owner", "Due"]):
    c.text = h
rows = [
    ("Update RP-02 and the website for £30 missed appointment compensation", "Gareth Pryce", "24 March 2028"),
    ("Update the Staff Handbook and RotaPoint for the weekend standby payment", "Priya Natarajan", "1 March 2028"),
    ("Ask operatives not on the rota to volunteer", "Dean Whitlock", "29 February 2028"),
    ("Update GS-04 for monthly communal fire door checks", "Ifeoma Adeyemi", "28 February 2028"),
    ("Notices and FAQ for the end of the Thursday late opening", "Lorna Fitch", "17 February 2028"),
    ("Second quote for evening webchat", "Lorna Fitch", "1 March 2028"),
    ("Business case for a Cobham Ridge materials store", "Samir Qureshi and Gareth Pryce", "31 March 2028"),
    ("Costed paper on the decoration allowance for the Board", "Colin Marsh", "8 March 2028"),
]
for r in rows:
    for c, v in zip(t.add_row().cells, r):
        c.text = v

d.add_heading("Next meeting", level=1)
d.add_paragraph("The next housing management meeting is on Wednesday 8 March 2028 at 10:00 in the meeting room at "
                "the Cobham Ridge office.")

d.save(HERE / "docs" / "housing-management-meeting-minutes-2028-02-09.docx")
