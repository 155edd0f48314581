from pathlib import Path
HERE = Path(__file__).resolve().parents[1]  # tests/data/harbor
from docx import Document

d = Document()
d.add_heading("Project Lighthouse — Steering Committee Minutes", level=0)
d.add_paragraph("Warehouse management system (WMS) replacement. Meeting no. 7, held on Thursday 4 March 2027, "
                "14:00–15:30 CET, in the Boardroom at Rotterdam head office and on Teams. "
                "Minutes taken by Sanne de Groot.")

d.add_heading("Attendees", level=1)
for a in ["Ingrid Vermeulen (Chief Operating Officer, chair)",
          "Tobias Hartmann (Head of IT)",
          "Karim Benali (Finance Director)",
          "Lotte Jansen (Head of Warehouse Operations, Antwerp)",
          "Sanne de Groot (Project Manager, minutes)",
          "Ruben Achterberg (Account lead, Korvo Software, for item 1 only)"]:
    d.add_paragraph(a, style="List Bullet")
d.add_paragraph("Apologies: Elif Aydın (Head of Customer Service), who sent comments on the training plan by email.")

d.add_heading("Agenda", level=1)
for a in ["Project status and timeline", "Budget", "Results of the Antwerp pilot",
          "Data migration", "Training plan", "Any other business"]:
    d.add_paragraph(a, style="List Number")

d.add_heading("1. Project status and timeline", level=1)
d.add_paragraph("Sanne reported that the project is three weeks behind plan. The delay comes from the "
                "integration between the new WMS and our transport management system (TMS): Korvo "
                "Software changed its order API in January, and the interface built in the autumn has to be "
                "partly rewritten. Ruben confirmed that Korvo will deliver the final version of the API by "
                "19 March and apologised for the late notice of the change.")
d.add_paragraph("With the delay, the planned Antwerp go-live of 12 April is no longer realistic, because it "
                "would leave only one week for end-to-end testing instead of the four weeks in the plan. "
                "Sanne proposed moving the Antwerp go-live to 3 May 2027. The Hamburg go-live stays planned "
                "for September 2027, as the Hamburg work does not depend on the new API.")

d.add_heading("2. Budget", level=1)
d.add_paragraph("Karim presented the figures. The approved budget is €2.4 million, of which €1.15 million has "
                "been spent to date. The forecast at completion is now €2.55 million, an overrun of €150,000, "
                "mostly for extra consultant days on the TMS integration. Karim said that the overrun must be "
                "covered from the IT contingency reserve and not from the warehouse operations budget, "
                "because operations already carries the cost of the extra staff needed during the cutover. "
                "Tobias agreed, provided the contingency is topped up again in the 2028 budget.")

d.add_heading("3. Results of the Antwerp pilot", level=1)
d.add_paragraph("Lotte presented the results of the six-week pilot in zone C of the Antwerp depot. Pick "
                "accuracy rose from 98.1% to 99.4%. Picking speed fell by 8% in the first two weeks while "
                "staff got used to the new screens, and was back at the old level by week four.")
d.add_paragraph("The main problem was battery life: the new handheld scanners last only about six hours, "
                "while a shift is eight hours long, so pickers had to stop and swap devices mid-shift. "
                "Lotte asked for spare batteries for every scanner rather than more scanners, as batteries "
                "are cheaper and can be swapped in under a minute.")

d.add_heading("4. Data migration", level=1)
d.add_paragraph("Tobias reported that 14% of the item master records are missing dimensions or weights. "
                "The new WMS needs both to suggest storage locations. Cleaning all records before go-live "
                "would take an estimated 600 hours of warehouse staff time. Lotte pointed out that most of "
                "these items have not moved in over a year.")

d.add_heading("5. Training plan", level=1)
d.add_paragraph("Training follows a super-user model. Two super-users per shift are trained by Korvo for "
                "three days. All other warehouse staff get four hours of classroom training and two hours "
                "of shadowing on the warehouse floor, given by the super-users in the two weeks before "
                "go-live. Elif's emailed comment asked that customer service staff also get a one-hour "
                "session on the new order status codes; this was agreed.")

d.add_heading("Decisions", level=1)
for t in ["The Antwerp go-live moves from 12 April to 3 May 2027. The Hamburg go-live stays in September 2027.",
          "The budget increase of €150,000 is approved, funded from the IT contingency reserve.",
          "Item records without dimensions or weights will not be cleaned before go-live; they will be "
          "measured and completed the first time the item is received after go-live.",
          "60 spare scanner batteries will be bought for Antwerp, at a cost of about €9,000.",
          "The request to add the Hamburg cold store to the project scope is rejected for this phase and "
          "will be reconsidered for phase 2.",
          "A go/no-go meeting for Antwerp will be held on 26 April 2027."]:
    d.add_paragraph(t, style="List Bullet")

d.add_heading("Action items", level=1)
t = d.add_table(rows=1, cols=3)
t.style = "Table Grid"
for c, h in zip(t.rows[0].cells, ["Action", "Owner", "Due"]):
    c.text = h
rows = [
    ("Publish the revised project plan with the 3 May go-live", "Sanne de Groot", "11 March 2027"),
    ("Get written confirmation from Korvo of the 19 March API delivery", "Tobias Hartmann", "9 March 2027"),
    ("Transfer €150,000 from the IT contingency and update the forecast", "Karim Benali", "18 March 2027"),
    ("Order 60 spare scanner batteries", "Lotte Jansen", "12 March 2027"),
    ("Nominate two super-users for each Antwerp shift", "Lotte Jansen", "19 March 2027"),
    ("Prepare the report of item records without dimensions, by site", "Tobias Hartmann", "25 March 2027"),
    ("Draft the go/no-go criteria for Antwerp", "Sanne de Groot", "1 April 2027"),
    ("Arrange the customer service session on order status codes", "Elif Aydın", "15 April 2027"),
]
for r in rows:
    for c, v in zip(t.add_row().cells, r):
        c.text = v

d.add_heading("Any other business", level=1)
d.add_paragraph("Ingrid asked that the project newsletter to all depot staff resume monthly, as staff in "
                "Hamburg have heard rumours that the new system will lead to job cuts. Ingrid stated that "
                "no job cuts are planned as part of Project Lighthouse and asked for this to be said clearly "
                "in the next newsletter.")

d.add_heading("Next meeting", level=1)
d.add_paragraph("The next steering committee meeting is on Thursday 1 April 2027 at 14:00 CET in the Boardroom.")

d.save(HERE / "docs" / "steering-committee-2027-03-04.docx")
