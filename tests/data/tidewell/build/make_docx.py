"""Builds docs/management-meeting-minutes-2033-05-09.docx with python-docx, as coldharbour's make_docx.py does (itself
ferncombe's, hartwell's and earlier sets'): headings, a Present list, In attendance, Apologies, a numbered agenda,
discussion paragraphs, a Decisions list and an action table (Action, Owner, Due)."""
from pathlib import Path
HERE = Path(__file__).resolve().parents[1]  # tests/data/tidewell
from docx import Document

d = Document()
d.add_heading("Management Meeting — Minutes", level=0)
d.add_paragraph("Tidewell Ferries Ltd. Meeting of the management team held on Tuesday 9 May 2033, 10:00–13:15, in the "
                "board room at Tidewell Harbour Terminal, Quay Street, Tidewell. Chair: Morag Tennant. Minutes: Niamh "
                "Corrigan, HR Manager. These minutes stay in draft until they are agreed at the next meeting.")

d.add_heading("Present", level=1)
for a in ["Morag Tennant (Chair; Managing Director)",
          "Captain Euan Rafferty (Marine Superintendent and Designated Person Ashore)",
          "Beth Halloran (Terminal Manager)",
          "Callum Iredale (Fleet Engineer)",
          "Owen Pettigrew (Finance Manager)",
          "Niamh Corrigan (HR Manager, minutes)"]:
    d.add_paragraph(a, style="List Bullet")
d.add_paragraph("In attendance: Captain Ross Haldane (Master, MV Shearwater, for item 4), Sorcha Lyle (Bookings and "
                "Customer Services Supervisor, for items 2 and 3) and Gordon Ellery (Transport Officer, Westerhaven "
                "Council, for item 2).")
d.add_paragraph("Apologies: Captain Ailsa Dunmore (Master, MV Kittiwake), on duty on board, and Jade Morrow (Café "
                "Supervisor), on leave, whose report for item 6 was presented by Beth Halloran.")

d.add_heading("Agenda", level=1)
for a in ["Minutes of the last meeting (14 March 2033) and matters arising",
          "The council contract and fares", "Passenger numbers and punctuality",
          "The MV Shearwater vehicle deck incident and weather limits", "Fleet and refits",
          "Harbour terminal and the Galley Café", "People", "Finance", "Any other business"]:
    d.add_paragraph(a, style="List Number")

d.add_heading("1. Minutes of the last meeting and matters arising", level=1)
d.add_paragraph("The minutes of 14 March 2033 were agreed. Matters arising: Harbourline text alerts to booked "
                "passengers went live on 3 April, and 1,240 Islander Cards have been issued under the new 40% "
                "discount. The new fenders at Brannock Slip were fitted on 20 April.")

d.add_heading("2. The council contract and fares", level=1)
d.add_paragraph("Gordon Ellery reported that the council has agreed an extra subsidy of £84,000 a year for the Brannock "
                "route, to cut winter car fares, because the population of Brannock has fallen to 312 and islanders "
                "say the cost of taking a car to the mainland in winter is the main reason families leave.")
d.add_paragraph("The meeting agreed that from Sunday 1 October 2033 the winter car fare on the Brannock route goes down "
                "from £46 to £40 a single. Brannock summer fares, van and campervan fares and all Kelloe fares do not "
                "change. Sorcha Lyle will update Harbourline and the website by 1 September 2033.")
d.add_paragraph("Sorcha Lyle proposed raising the charge for changing a booking within 24 hours of departure from £12 "
                "to £15, as such changes have doubled since March and take the ticket office a great deal of time. "
                "Owen Pettigrew said the fee had only just gone up from £8, and Gordon Ellery said the council would "
                "not support another rise this year. The meeting did not agree: the change fee stays at £12 until the "
                "conditions of carriage are next reviewed in March 2034.")

d.add_heading("3. Passenger numbers and punctuality", level=1)
d.add_paragraph("Sorcha Lyle reported 88,400 passengers and 21,900 vehicles from January to April 2033, 4% more "
                "passengers than a year ago. 96.1% of MV Kittiwake's sailings and 91.4% of MV Shearwater's left within "
                "10 minutes of the timetable. From January to April, 61 Shearwater sailings were cancelled, 52 of them "
                "because of the weather, and 23 Kittiwake sailings.")

d.add_heading("4. The MV Shearwater vehicle deck incident and weather limits", level=1)
d.add_paragraph("Captain Ross Haldane reported that on Saturday 18 March 2033, on the 13:00 sailing from Tidewell to "
                "Brannock, a campervan slid sideways in a beam sea and struck a parked car. The mean wind was 28 knots "
                "with gusts of 37 knots, inside the limits in OP-04, and the forecast had been Force 5, so the "
                "campervan was chocked but not lashed. Nobody was hurt. The damage to the two vehicles was settled for "
                "£6,300. Captain Haldane said the Shearwater, at 16 cars, rolls more than the Kittiwake in a beam sea "
                "well inside her present limits.")
d.add_paragraph("The meeting agreed that from Monday 15 May 2033 MV Shearwater does not sail when the mean wind is over "
                "27 knots or the gusts are over 36 knots, instead of 30 knots and 40 knots. MV Kittiwake's limits, "
                "35 knots mean and 45 knots in gusts, and the Tern's limits do not change. The rule to lash every "
                "vehicle over 3.5 tonnes when the forecast is Force 6 or more does not change either. Captain Rafferty "
                "will update OP-04 and brief all masters and mates by 12 May 2033.")

d.add_heading("5. Fleet and refits", level=1)
d.add_paragraph("Callum Iredale reported that MV Shearwater's refit in February finished on time and cost £212,000, "
                "against a budget of £230,000. MV Kittiwake's refit in January overran by 9 days because a propeller "
                "shaft seal had to be replaced, and MV Guillemot covered the Kelloe route until 9 February. The Tern "
                "has a new engine, fitted at Ropewalk Yard for £18,500.")
d.add_paragraph("Dougie Fettes, the Launch Coxswain, had proposed carrying children aged 3 and 4 on the Tern, with "
                "infant lifejackets. Captain Rafferty said the landing steps at Sulla Holm are steep and often wet, "
                "and small children cannot be handed up them safely. The meeting did not agree: children under 5 "
                "are still not carried on the Tern.")
d.add_paragraph("Callum also put forward a study of a hybrid electric ferry to replace MV Shearwater, which was built "
                "in 1998, at about £65,000. As the council is bidding for government funding for island ferries, the "
                "study was deferred to the September meeting on Tuesday 12 September 2033.")

d.add_heading("6. Harbour terminal and the Galley Café", level=1)
d.add_paragraph("Beth Halloran presented Jade Morrow's report. The Galley Café took £61,800 from January to April. The "
                "café closes at 18:00 in summer, but MV Kittiwake's last sailing from Kelloe arrives at 18:50, and 46 "
                "passengers complained last summer that they could not get a hot drink.")
d.add_paragraph("The meeting agreed that from Saturday 1 July 2033 the Galley Café stays open until 19:30 in summer, "
                "instead of 18:00. Its opening time of 06:45 and its winter hours, 07:15 to 16:00, do not change. Two "
                "more seasonal café assistants will be taken on for July and August. The long-stay car park charge of "
                "£7 a day also stays as it is.")

d.add_heading("7. People", level=1)
d.add_paragraph("Niamh Corrigan reported 118 staff at the end of April and 7 vacancies: three deckhands, two vehicle "
                "marshals, one able seaman and one café assistant. Crew and shore staff were kept overnight on Kelloe "
                "or Brannock on 19 nights between January and April because of the weather. The island stay allowance "
                "of £45 a night has not changed since 2028, and staff say it does not cover an evening meal on the "
                "islands.")
d.add_paragraph("The meeting agreed that from Saturday 1 July 2033 the island stay allowance goes up from £45 to £70 a "
                "night; the company still books and pays for the room. The early start allowance of £14 a shift and "
                "the on-call allowance do not change. Niamh will update the Staff Handbook and the Watchbill pay "
                "codes, and advertise the vacancies.")

d.add_heading("8. Finance", level=1)
d.add_paragraph("Owen Pettigrew reported income of £1.62 million from January to April, 3% above budget, and an "
                "operating surplus of £148,000. Marine fuel cost an average of £0.94 a litre, against £0.88 budgeted.")

d.add_heading("9. Any other business", level=1)
d.add_paragraph("The Kelloe Regatta is on Saturday 5 August 2033; MV Kittiwake will run two extra sailings from Kelloe, "
                "at 19:00 and 20:30. The staff summer barbecue is at Ropewalk Yard on Friday 30 June 2033.")

d.add_heading("Decisions", level=1)
for t in ["From Sunday 1 October 2033 the winter car fare on the Brannock route goes down from £46 to £40 a single; "
          "other fares do not change.",
          "The change fee within 24 hours of departure stays at £12; the proposed rise to £15 was not agreed.",
          "From Monday 15 May 2033 MV Shearwater does not sail when the mean wind is over 27 knots or gusts are over "
          "36 knots, instead of 30 and 40 knots; MV Kittiwake's and the Tern's limits do not change.",
          "Children under 5 are still not carried on the Tern; the proposal to carry children aged 3 and 4 was not "
          "agreed.",
          "From Saturday 1 July 2033 the Galley Café stays open until 19:30 in summer, instead of 18:00.",
          "From Saturday 1 July 2033 the island stay allowance goes up from £45 to £70 a night.",
          "Deferred: a study of a hybrid electric ferry to replace MV Shearwater (September meeting, 12 September "
          "2033)."]:
    d.add_paragraph(t, style="List Bullet")

d.add_heading("Action items", level=1)
t = d.add_table(rows=1, cols=3)
t.style = "Table Grid"
for c, h in zip(t.rows[0].cells, ["Action", "Owner", "Due"]):
    c.text = h
rows = [
    ("Update OP-04 for the new MV Shearwater wind limits and brief all masters and mates", "Captain Euan Rafferty", "12 May 2033"),
    ("Update the Staff Handbook and Watchbill pay codes for the £70 island stay allowance", "Niamh Corrigan", "16 June 2033"),
    ("Advertise the seven vacancies, with two extra seasonal café assistants", "Niamh Corrigan", "23 May 2033"),
    ("Update the café rota and the website for the summer opening until 19:30", "Beth Halloran", "16 June 2033"),
    ("Update Harbourline and the website for the £40 Brannock winter car fare", "Sorcha Lyle", "1 September 2033"),
    ("Write to Dougie Fettes with the decision on under-5s on the Tern", "Captain Euan Rafferty", "19 May 2033"),
    ("Prepare costs and the funding bid timetable for the hybrid ferry study", "Callum Iredale", "29 August 2033"),
    ("Plan the Kelloe Regatta extra sailings and crew", "Captain Ailsa Dunmore", "7 July 2033"),
]
for r in rows:
    for c, v in zip(t.add_row().cells, r):
        c.text = v

d.add_heading("Next meeting", level=1)
d.add_paragraph("The next management meeting is on Tuesday 11 July 2033 at 10:00 at Tidewell Harbour Terminal.")

(HERE / "docs").mkdir(exist_ok=True)
d.save(HERE / "docs" / "management-meeting-minutes-2033-05-09.docx")
