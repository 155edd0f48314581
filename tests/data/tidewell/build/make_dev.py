"""Writes dev.json for the tidewell study set: 16 conversations of 3-4 turns, written from the documents in docs/
before any product run. Each item is a conversation with coldharbour's schema (id, type "conversation", doc, turns;
each turn with turn, type, q, doc, answerable, answers and evidence, and subtype on the unanswerable turns), plus a
note saying what each conversation's later turns test."""
from pathlib import Path
HERE = Path(__file__).resolve().parents[1]  # tests/data/tidewell
import json
MD, PD, DX, HT, TX = ("staff-handbook.md", "conditions-of-carriage-and-fares.pdf",
                      "management-meeting-minutes-2033-05-09.docx", "passenger-faq.html",
                      "severe-weather-and-cancellations-procedure.txt")
items = []

def turn(n, type, q, doc, answers, evidence, subtype=None):
    ev = [{"quote": e[0], "page": e[1]} if isinstance(e, tuple) else {"quote": e} for e in evidence]
    t = {"turn": n, "type": type, "q": q, "doc": doc, "answerable": type != "unanswerable", "answers": answers,
         "evidence": ev}
    if subtype:
        t["subtype"] = subtype
    return t

def conv(doc, note, *turns):
    items.append({"id": f"tw-{len(items)+1:03d}", "type": "conversation", "doc": doc, "turns": list(turns),
                  "note": note})

# rows of the procedure's weather limits table, their wrapped cells in line order
TERN = ("Tern, Sulla mean wind over 15 swell over 0.5 metres the Coxswain, Holm launch knots at the landing steps, "
        "with the or visibility under 1 Kelloe Pier nautical mile office")
# the PDF's fares table
FARES_HEAD = ("Ticket Kelloe summer Kelloe winter Brannock summer Brannock winter", 2)
SEASONS = ("Summer fares apply from 1 April to 30 September and winter fares from 1 October to 31 March.", 2)
# the FAQ's timetable and opening hours tables
KELLOE_SUMMER = "Kelloe, MV Kittiwake Summer every 90 minutes, 07:00 to 17:30 every 90 minutes, 08:30 to 17:30 35 minutes"
CAFE = "Galley Café, Tidewell Harbour Terminal 06:45 to 18:00 every day 07:15 to 16:00 every day"
OPEN_HEAD = "Where Summer (1 April to 30 September) Winter (1 October to 31 March)"

# ---- 1. handbook: the island stay allowance, then the minutes, then a standalone question
conv(MD, "Turn 2 moves to the minutes (the handbook's £45 island stay allowance becomes £70 a night from Saturday 1 "
         "July 2033); turn 3 is elliptical ('the early start one' is the £14 early start allowance, unchanged); turn "
         "4 is a standalone question (the 11 hours between shifts ashore is not asked for).",
    turn(1, "factual", "im a deckhand on the shearwater, if the weather stops us getting back from brannock and we have "
                       "to stay over what do i get", MD,
         ["£45 a night, and the company books and pays for your room",
          "£45 a night (the island stay allowance, for anyone kept overnight on Kelloe or Brannock by bad weather or a "
          "breakdown when they were due home), and the company books and pays for the room"],
         ["- **Island stay allowance:** if bad weather or a breakdown keeps you overnight on Kelloe or Brannock when you were due home, you are paid **£45 a night**, and we book and pay for your room."]),
    turn(2, "yes_no", "someone in the mess said thats going up, is it?", DX,
         ["yes", "yes, the management meeting of 9 May 2033 agreed that from Saturday 1 July 2033 the island stay "
                 "allowance goes up from £45 to £70 a night; the company still books and pays for the room"],
         ["The meeting agreed that from Saturday 1 July 2033 the island stay allowance goes up from £45 to £70 a night; the company still books and pays for the room."]),
    turn(3, "yes_no", "and the early start one?", DX,
         ["no", "no, the early start allowance stays at £14 a shift, and the on-call allowance does not change either"],
         ["The early start allowance of £14 a shift and the on-call allowance do not change."]),
    turn(4, "list", "what are the rules on hours of rest on board", MD,
         ["at least 10 hours' rest in any 24 hours",
          "at least 77 hours' rest in any 7 days",
          "recorded in Watchbill at the end of every shift",
          "tell the master at once if a late sailing would break these limits"],
         ["**Hours of rest:** everyone who works on board must have at least **10 hours' rest in any 24 hours** and at least **77 hours' rest in any 7 days**, recorded in Watchbill at the end of every shift.",
          "Tell the master at once if a late sailing would break these limits."]),
)

# ---- 2. handbook: calling in sick, with a correction
conv(MD, "Turn 2 is a correction (the crew's rule, 2 hours before the shift to the Duty Operations Officer, not the "
         "terminal's 05:00); turn 3 is about the asker's own case (5 weeks off after an operation, over the 28 days).",
    turn(1, "factual", "whats the latest i can ring in sick for an early shift at the terminal", MD,
         ["by 05:00", "by 05:00, by phone (not text) to the Terminal Supervisor; for a late shift it is by 10:00"],
         ["2. **Terminal and Kelloe Pier staff:** phone the Terminal Supervisor by **05:00** for an early shift and by **10:00** for a late shift.",
          "Phone, do not text, as early as you can:"]),
    turn(2, "factual", "sorry no, i meant the crew not the terminal, im a deckhand on the kittiwake", MD,
         ["at least 2 hours before your shift starts",
          "phone the Duty Operations Officer on 01632 960 410 at least 2 hours before your shift starts, so that a "
          "relief can be called out (the Kittiwake crew's shift is 06:15 – 19:15)"],
         ["1. **Ship's crew:** phone the Duty Operations Officer on 01632 960 410 at least **2 hours** before your shift starts, so that a relief can be called out."]),
    turn(3, "yes_no", "ive been off 5 weeks after an op on my knee, can i just go back on board when i feel fit", MD,
         ["no", "no, crew who have been off sick for more than 28 days, or who have had an operation, must see the "
                "company's approved doctor before going back on board, and you also need a valid ENG1 medical "
                "certificate to sail"],
         ["Crew who have been off sick for more than **28 days**, or who have had an operation, must see the company's approved doctor before going back on board.",
          "You cannot sail without one."]),
)

# ---- 3. handbook: annual leave
conv(MD, "Turn 2 follows on with 'them' (the 34 days); turn 3 asks about another role (ship's crews on 7 on, 7 off "
         "have their leave built into the rota, so the table does not apply).",
    turn(1, "factual", "ive been in the ticket office 6 years, how many days holliday do i get", MD,
         ["34 days", "34 days a year (5 to 10 years' service), including the eight bank holidays; the leave year runs "
                     "from 1 April to 31 March"],
         ["| 5 to 10 years | 34 days | Up to 5 days |",
          "Shore and office staff get the following each year, **including the eight bank holidays**.",
          "The leave year runs from **1 April to 31 March**."]),
    turn(2, "yes_no", "if i dont use them all can i carry some over", MD,
         ["yes", "yes, up to 5 days at 5 to 10 years' service (up to 3 days with less than 5 years)"],
         ["| 5 to 10 years | 34 days | Up to 5 days |"]),
    turn(3, "yes_no", "my mate is a deckhand on the kittiwake, does he get the same days as me", MD,
         ["no", "no, ship's crews on 7 on, 7 off do not book annual leave: their leave is built into the rota, in their "
                "weeks off, so the leave table does not apply to them"],
         ["Ship's crews on 7 on, 7 off do not book annual leave: their leave is built into the rota, in their weeks off, so the table above does not apply to them."]),
)

# ---- 4. conditions: the Brannock winter car fare, then the minutes
conv(PD, "Turn 2 is elliptical (the driver pays the adult fare on top of the car fare); turn 3 moves to the minutes "
         "(the £46 winter car fare to Brannock becomes £40 from Sunday 1 October 2033); turn 4 asks 'why' of that.",
    turn(1, "factual", "how much to take my car over to brannock in january", PD,
         ["£46 a single", "£46 a single for a car up to 5 metres long at the winter fare (1 October to 31 March); the "
                          "driver and any passengers pay the passenger fare on top, and a return costs two singles"],
         [("Car up to 5 metres long £38 £31 £54 £46", 2), FARES_HEAD, SEASONS,
          ("Vehicle fares do not include the driver or any passengers, who each pay the passenger fare:", 2)]),
    turn(2, "factual", "and for me on top of that?", PD,
         ["£12.80", "£12.80 for an adult single on the Brannock route in winter, as vehicle fares do not include the "
                    "driver"],
         [("Adult £9.40 £8.20 £14.60 £12.80", 2), FARES_HEAD,
          ("Vehicle fares do not include the driver or any passengers, who each pay the passenger fare:", 2)]),
    turn(3, "yes_no", "someone on brannock said the car fare is coming down this winter, is that right", DX,
         ["yes", "yes, from Sunday 1 October 2033 the winter car fare on the Brannock route goes down from £46 to £40 "
                 "a single; Brannock summer fares, van and campervan fares and all Kelloe fares do not change"],
         ["The meeting agreed that from Sunday 1 October 2033 the winter car fare on the Brannock route goes down from £46 to £40 a single.",
          "Brannock summer fares, van and campervan fares and all Kelloe fares do not change."]),
    turn(4, "explanation", "why are they cutting it", DX,
         ["Westerhaven Council has agreed an extra subsidy of £84,000 a year for the Brannock route to cut winter car "
          "fares, because the population of Brannock has fallen to 312 and islanders say the cost of taking a car to "
          "the mainland in winter is the main reason families leave"],
         ["Gordon Ellery reported that the council has agreed an extra subsidy of £84,000 a year for the Brannock route, to cut winter car fares, because the population of Brannock has fallen to 312 and islanders say the cost of taking a car to the mainland in winter is the main reason families leave."]),
)

# ---- 5. conditions: the Sulla Holm launch
conv(PD, "Turn 2 is elliptical ('what about under 5s?': not carried on the Tern, though free on the ferries); turn 3 "
         "moves to the minutes, which rejected carrying children aged 3 and 4; turn 4 uses 'they' and 'it' (the "
         "coxswain cancelling the trip).",
    turn(1, "factual", "how much is the trip to sulla holm for me, my wife and our 2 kids (7 and 9)", PD,
         ["£48 return", "£48 for the return trip on a family ticket (2 adults and 2 children aged 5 to 15), paid at the "
                        "Kelloe Pier kiosk or online; separately it would be £18 an adult and £9 a child"],
         [("Family (2 adults and 2 children aged 5 to 15) £48", 2),
          ("Fares are for the return trip and are paid at the Kelloe Pier kiosk or online:", 2),
          ("Adult £18", 2), ("Child (5 to 15) £9", 2)]),
    turn(2, "factual", "what about under 5s? we might bring my sisters little one, shes 3", PD,
         ["they are not carried on the Tern", "children under 5 are not carried on the Tern, so a 3-year-old cannot "
                                              "go to Sulla Holm; on the ferries themselves a child under 5 travels free"],
         [("Children under 5 are not carried on the Tern.", 2), ("Child under 5 free free free free", 2)]),
    turn(3, "yes_no", "has that changed since the may meeting? heard they might let little ones on", DX,
         ["no", "no, the proposal to carry children aged 3 and 4 on the Tern with infant lifejackets was not agreed, "
                "because the landing steps at Sulla Holm are steep and often wet; children under 5 are still not "
                "carried"],
         ["The meeting did not agree: children under 5 are still not carried on the Tern.",
          "Children under 5 are still not carried on the Tern; the proposal to carry children aged 3 and 4 was not agreed."]),
    turn(4, "yes_no", "if they call it off cos of the waves do we get our money back", PD,
         ["yes", "yes, if the coxswain cancels a trip because of the sea or the weather, the fare is refunded in full"],
         [("If the coxswain cancels a trip because of the sea or the weather, the fare is refunded in full.", 2)]),
)

# ---- 6. conditions: changing and cancelling a booking
conv(PD, "Turn 2 uses 'that' and moves to the minutes (the rise of the £12 change fee to £15 was not agreed); turn 3 "
         "is about the asker's own booking (now within 48 hours of departure, so a 50% refund).",
    turn(1, "factual", "our ferry to brannock is at half 7 tomorow morning, need to move it to the day after, how much "
                       "will that cost", PD,
         ["£12", "£12 a booking, as the change is within 24 hours of departure; changes more than 24 hours before "
                 "departure are free, and Islander Card holders may change a booking free at any time"],
         [("Change within 24 hours of departure £12 a booking", 3),
          ("Change more than 24 hours before departure free", 3),
          ("Islander Card holders may change a booking free at any time.", 3)]),
    turn(2, "yes_no", "is that going up to £15? thats what the lady in the office said", DX,
         ["no", "no, the proposal to raise it from £12 to £15 was not agreed at the May 2033 meeting; the change fee "
                "stays at £12 until the conditions of carriage are next reviewed in March 2034"],
         ["The meeting did not agree: the change fee stays at £12 until the conditions of carriage are next reviewed in March 2034.",
          "The change fee within 24 hours of departure stays at £12; the proposed rise to £15 was not agreed."]),
    turn(3, "explanation", "what if we just cancel it instead, what do we get back", PD,
         ["As the sailing is between 48 hours and 2 hours away, you get a 50% refund. Cancelling more than 48 hours "
          "before departure gives a full refund less a £4 fee, and cancelling within 2 hours of departure, or not "
          "turning up, gets no refund. The charges are for each booking, and refunds go back to the card used to pay "
          "within 10 working days"],
         [("Cancel between 48 hours and 2 hours before 50% refund", 3),
          ("Cancel more than 48 hours before departure full refund less a £4 fee", 3),
          ("Cancel within 2 hours, or no-show no refund", 3),
          ("Refunds are made to the card used to pay within 10 working days.", 3),
          ("These charges apply to each booking, however many people and vehicles it holds:", 3)]),
)

# ---- 7. conditions: checking in and a wheelchair user
conv(PD, "Turn 2 is elliptical (check-in at Kelloe Pier, 20 minutes); turn 3 needs the route from turn 1 (the Kelloe "
         "route is MV Kittiwake, which has a lift; MV Shearwater has none); turn 4 is a near miss (nothing about "
         "reserving seats).",
    turn(1, "factual", "how early do i need to be at tidewell with the car", PD,
         ["at least 30 minutes before departure",
          "check in with your vehicle at least 30 minutes before departure at Tidewell Harbour Terminal (it was 20 "
          "minutes before version 7 of the conditions); a vehicle not checked in by the deadline may lose its space "
          "to the standby queue"],
         [("2. Check in with your vehicle at least 30 minutes before departure at Tidewell Harbour Terminal, and at least 20 minutes before departure at Kelloe Pier or Brannock Slip.", 2),
          ("Vehicles now check in at Tidewell Harbour Terminal at least 30 minutes before departure, instead of 20 minutes.", 1),
          ("5. A vehicle that has not checked in by the deadline may lose its space to the standby queue.", 3)]),
    turn(2, "factual", "and coming back from kelloe?", PD,
         ["at least 20 minutes before departure",
          "at least 20 minutes before departure at Kelloe Pier (the same at Brannock Slip)"],
         [("2. Check in with your vehicle at least 30 minutes before departure at Tidewell Harbour Terminal, and at least 20 minutes before departure at Kelloe Pier or Brannock Slip.", 2)]),
    turn(3, "yes_no", "my mums coming too and shes in a wheelchair, is there a lift on the boat", PD,
         ["yes", "yes, the Kelloe route is sailed by MV Kittiwake, which has a lift from the vehicle deck to the "
                 "passenger lounge (MV Shearwater and MV Guillemot have none); tell us when you book, and at least "
                 "48 hours before you travel"],
         [("MV Kittiwake has a lift from the vehicle deck to the passenger lounge.", 4),
          ("the Kelloe route between Tidewell and Kelloe Pier, sailed by MV Kittiwake", 1),
          ("Tell us when you book, and at least 48 hours before you travel, if you need help to board, use a wheelchair or travel with an assistance dog.", 4)]),
    turn(4, "unanswerable", "can we reserve seats in the lounge near the lift for her", PD, [], [],
         subtype="near_miss"),
)

# ---- 8. minutes: the MV Shearwater wind limits
conv(DX, "Turn 2 asks 'why' with 'it'; turn 3 is elliptical ('same for the kittiwake?': no, 35 and 45 knots "
         "unchanged); turn 4 moves to the procedure's table for the Tern (near-duplicate limits per vessel: 35/45, "
         "30/40 now 27/36, 28/38, 15 knots).",
    turn(1, "factual", "what did the may management meeting decide about the shearwater's wind limits", DX,
         ["from Monday 15 May 2033 she does not sail when the mean wind is over 27 knots or gusts are over 36 knots",
          "from Monday 15 May 2033 MV Shearwater does not sail when the mean wind is over 27 knots or the gusts are "
          "over 36 knots, instead of 30 knots and 40 knots; Captain Rafferty updates OP-04 and briefs all masters and "
          "mates by 12 May 2033"],
         ["The meeting agreed that from Monday 15 May 2033 MV Shearwater does not sail when the mean wind is over 27 knots or the gusts are over 36 knots, instead of 30 knots and 40 knots."]),
    turn(2, "explanation", "why did they lower it", DX,
         ["Because on Saturday 18 March 2033, on the 13:00 sailing from Tidewell to Brannock, a campervan slid sideways "
          "in a beam sea and struck a parked car. The wind was 28 knots mean with gusts of 37 knots, inside the limits, "
          "and the forecast had been Force 5, so the campervan was chocked but not lashed. Nobody was hurt and the "
          "damage was settled for £6,300, and the master said the Shearwater, at 16 cars, rolls more than the "
          "Kittiwake in a beam sea well inside her present limits"],
         ["Captain Ross Haldane reported that on Saturday 18 March 2033, on the 13:00 sailing from Tidewell to Brannock, a campervan slid sideways in a beam sea and struck a parked car.",
          "The mean wind was 28 knots with gusts of 37 knots, inside the limits in OP-04, and the forecast had been Force 5, so the campervan was chocked but not lashed.",
          "Nobody was hurt. The damage to the two vehicles was settled for £6,300.",
          "Captain Haldane said the Shearwater, at 16 cars, rolls more than the Kittiwake in a beam sea well inside her present limits."]),
    turn(3, "yes_no", "same for the kittiwake?", DX,
         ["no", "no, MV Kittiwake's limits, 35 knots mean and 45 knots in gusts, do not change, and nor do the Tern's"],
         ["MV Kittiwake's limits, 35 knots mean and 45 knots in gusts, and the Tern's limits do not change."]),
    turn(4, "list", "whats the limit for the tern then", TX,
         ["mean wind over 15 knots",
          "swell over 0.5 metres at the landing steps",
          "visibility under 1 nautical mile",
          "thunder forecast"],
         [TERN, "The Tern also does not sail when thunder is forecast"]),
)

# ---- 9. procedure: deadlines after a disruption, then a standalone question on the minutes
conv(TX, "Turn 1 asks for the dotted-leader deadlines for telling people (not the refunds, the Shipshape log or the "
         "records); turn 2 is elliptical ('and the disruption report?': within 2 working days); turn 3 is a standalone "
         "question on the minutes (six present and three in attendance; the apologies, Captain Ailsa Dunmore and Jade "
         "Morrow, were not there).",
    turn(1, "list", "after we cancel a sailing, how quickly do we have to let everyone know", TX,
         ["booked passengers texted within 15 minutes of the decision",
          "the Travel updates page and social media within 30 minutes",
          "the council's Transport Officer told within 1 hour"],
         ["Booked passengers texted ..... within 15 minutes of the decision",
          "Travel updates page and social media ............... within 30 minutes",
          "Council Transport Officer told ....................... within 1 hour"]),
    turn(2, "factual", "and the disruption report?", TX,
         ["within 2 working days", "within 2 working days, to the Marine Superintendent, who reviews every disruption "
                                   "report"],
         ["Disruption report to the Marine Superintendent ...... within 2 working days",
          "The Marine Superintendent reviews every disruption report"]),
    turn(3, "list", "who was at the management meeting on 9 may", DX,
         ["Morag Tennant, Managing Director, in the chair",
          "Captain Euan Rafferty, Marine Superintendent and Designated Person Ashore",
          "Beth Halloran, Terminal Manager",
          "Callum Iredale, Fleet Engineer",
          "Owen Pettigrew, Finance Manager",
          "Niamh Corrigan, HR Manager, who took the minutes",
          "in attendance: Captain Ross Haldane, Master of MV Shearwater",
          "in attendance: Sorcha Lyle, Bookings and Customer Services Supervisor",
          "in attendance: Gordon Ellery, Transport Officer, Westerhaven Council"],
         ["Morag Tennant (Chair; Managing Director)",
          "Captain Euan Rafferty (Marine Superintendent and Designated Person Ashore)",
          "Beth Halloran (Terminal Manager)",
          "Callum Iredale (Fleet Engineer)",
          "Owen Pettigrew (Finance Manager)",
          "Niamh Corrigan (HR Manager, minutes)",
          "In attendance: Captain Ross Haldane (Master, MV Shearwater, for item 4), Sorcha Lyle (Bookings and Customer Services Supervisor, for items 2 and 3) and Gordon Ellery (Transport Officer, Westerhaven Council, for item 2)."]),
)

# ---- 10. minutes: the refits
conv(DX, "Turn 2 uses 'it'; turn 3 is elliptical ('and the kittiwake's?': no, 9 days late); turn 4 is a near miss "
         "(the minutes give the Shearwater's refit cost, £212,000, and the Tern's engine, £18,500, but not the "
         "Kittiwake's refit cost).",
    turn(1, "factual", "how much did the shearwater refit cost in the end", DX,
         ["£212,000", "£212,000, against a budget of £230,000; the refit was in February 2033"],
         ["Callum Iredale reported that MV Shearwater's refit in February finished on time and cost £212,000, against a budget of £230,000."]),
    turn(2, "yes_no", "did it finish on time", DX,
         ["yes", "yes, MV Shearwater's refit in February finished on time"],
         ["Callum Iredale reported that MV Shearwater's refit in February finished on time and cost £212,000, against a budget of £230,000."]),
    turn(3, "yes_no", "and the kittiwake's?", DX,
         ["no", "no, MV Kittiwake's refit in January overran by 9 days because a propeller shaft seal had to be "
                "replaced, and MV Guillemot covered the Kelloe route until 9 February"],
         ["MV Kittiwake's refit in January overran by 9 days because a propeller shaft seal had to be replaced, and MV Guillemot covered the Kelloe route until 9 February."]),
    turn(4, "unanswerable", "how much did that one cost then", DX, [], [], subtype="near_miss"),
)

# ---- 11. FAQ: the Galley Café, then the minutes
conv(HT, "Turn 2 is elliptical ('and in winter?'); turn 3 is about the asker's own trip and moves to the minutes "
         "(summer closing at 18:00 becomes 19:30 from Saturday 1 July 2033); turn 4 is a yes/no check on that (the "
         "winter hours do not change).",
    turn(1, "factual", "what time does the galley cafe close in the summer", HT,
         ["18:00", "18:00: the Galley Café at Tidewell Harbour Terminal is open 06:45 to 18:00 every day in summer, "
                   "1 April to 30 September"],
         [CAFE, OPEN_HEAD]),
    turn(2, "factual", "and in winter?", HT,
         ["16:00", "16:00: it is open 07:15 to 16:00 every day in winter, 1 October to 31 March"],
         [CAFE, OPEN_HEAD]),
    turn(3, "yes_no", "were getting the last boat back from kelloe in august, gets in at 10 to 7, will the cafe still "
                      "be open?", DX,
         ["yes", "yes, from Saturday 1 July 2033 the Galley Café stays open until 19:30 in summer, instead of 18:00, "
                 "because MV Kittiwake's last sailing from Kelloe arrives at 18:50"],
         ["The meeting agreed that from Saturday 1 July 2033 the Galley Café stays open until 19:30 in summer, instead of 18:00.",
          "but MV Kittiwake's last sailing from Kelloe arrives at 18:50"]),
    turn(4, "yes_no", "do the winter hours change as well", DX,
         ["no", "no, the café's opening time of 06:45 and its winter hours, 07:15 to 16:00, do not change"],
         ["Its opening time of 06:45 and its winter hours, 07:15 to 16:00, do not change."]),
)

# ---- 12. FAQ: the Kelloe timetable
conv(HT, "Turn 2 is elliptical ('and on sundays?': 08:30 in summer); turn 3 needs the route from turn 1 (MV "
         "Kittiwake has a snack bar, MV Shearwater only vending machines).",
    turn(1, "factual", "whats the first ferry to kelloe on a saturday in july", HT,
         ["07:00", "07:00 from Tidewell, then every 90 minutes until 17:30 (the summer timetable, Monday to Saturday, "
                   "1 April to 30 September); the crossing takes 35 minutes"],
         [KELLOE_SUMMER, "Summer timetables run from 1 April to 30 September"]),
    turn(2, "factual", "and on sundays?", HT,
         ["08:30", "08:30, then every 90 minutes until 17:30 (summer Sundays)"],
         [KELLOE_SUMMER]),
    turn(3, "yes_no", "can i get a coffee on the boat", HT,
         ["yes", "yes, MV Kittiwake, which sails to Kelloe, has a snack bar open on every sailing, selling hot drinks, "
                 "soup, sandwiches and snacks"],
         ["MV Kittiwake has a snack bar, open on every sailing, selling hot drinks, soup, sandwiches and snacks.",
          "Kelloe, MV Kittiwake"]),
)

# ---- 13. FAQ: dogs, then a standalone question
conv(HT, "Turn 2 uses 'he' (the dog) and asks about the Tern; turn 3 is a standalone question.",
    turn(1, "list", "taking our dog acros to brannock next week, what are the rules", HT,
         ["dogs travel free on the ferries",
          "keep your dog on a lead at all times in the terminal and on board",
          "keep it in your car or on the open deck; dogs are not allowed in the passenger lounges, except assistance dogs",
          "bring water and a bowl, especially on the 75-minute Brannock crossing",
          "clean up after your dog, on board and in the marshalling lanes"],
         ["Yes, dogs travel free on the ferries.",
          "keep your dog on a lead at all times in the terminal and on board;",
          "keep it in your car or on the open deck, as dogs are not allowed in the passenger lounges, except assistance dogs;",
          "bring water and a bowl, especially on the 75-minute Brannock crossing;",
          "clean up after your dog, on board and in the marshalling lanes."]),
    turn(2, "yes_no", "can he come on the boat to sulla holm too", HT,
         ["no", "no, dogs are not carried on the Tern to Sulla Holm, except assistance dogs"],
         ["Dogs are not carried on the Tern to Sulla Holm, except assistance dogs."]),
    turn(3, "factual", "how much does it cost to take a bike on the ferry", HT,
         ["£3 a single", "£3 a single on either ferry; MV Kittiwake has racks for 10 bikes and MV Shearwater for 4, so "
                         "book your bike in summer"],
         ["A bicycle costs £3 a single on either ferry.",
          "MV Kittiwake has racks for 10 bikes and MV Shearwater for 4, so please book your bike in summer."]),
)

# ---- 14. FAQ: parking and the Islander Card
conv(HT, "Turn 2 is a near miss (the FAQ covers the car park but not electric car charging); turn 3 turns on the "
         "asker's situation and links back to turn 1 (Islander Card holders park for £4 a day).",
    turn(1, "factual", "how much is it to leave my car at the terminal for a week", HT,
         ["£35 a week", "£35 a week (or £7 a day) in the long-stay car park at Tidewell Harbour Terminal, paid at the "
                        "machines or in the Tidewell Parking app"],
         ["The long-stay car park at Tidewell Harbour Terminal has 212 spaces and costs £7 a day or £35 a week, paid at the machines or in the Tidewell Parking app."]),
    turn(2, "unanswerable", "is there anywhere to charge an electric car there", HT, [], [], subtype="near_miss"),
    turn(3, "explanation", "ive actually just moved to kelloe, how do i get an islander card", HT,
         ["Take proof of your island address, such as a council tax bill dated in the last 3 months, and a passport "
          "photo to the ticket office at Tidewell or the Kelloe Pier kiosk. The card costs £10 and lasts 3 years. It "
          "gives 40% off passenger and car fares on the route to your own island and free changes to bookings, but "
          "does not apply on the Tern; card holders also park at the terminal for £4 a day"],
         ["Bring proof of your island address, such as a council tax bill dated in the last 3 months, and a passport photo to the ticket office at Tidewell or the Kelloe Pier kiosk.",
          "The card costs £10 and lasts 3 years.",
          "It gives you 40% off passenger and car fares on the route to your own island, and free changes to bookings.",
          "It does not apply on the Tern.",
          "Islander Card holders pay £4 a day."]),
)

# ---- 15. procedure: the morning decision and the priority order
conv(TX, "Turn 2 is elliptical ('same for the kelloe boat?': 06:00, not the Brannock route's 06:30; the Tern's is "
         "09:00); turn 3 refers to 'the first one'; turn 4 is about the asker's own booking.",
    turn(1, "factual", "when the weathers bad, by what time does the master decide about the first sailing to brannock",
         TX,
         ["by 06:30", "by 06:30, after checking the wind and sea at the berth and the readings at the buoy at 05:15; "
                      "the master tells the Duty Operations Officer at once"],
         ["3. The master decides about the first sailing by 06:00 on the Kelloe route, by 06:30 on the Brannock route and by 09:00 for the Tern, and tells the Duty Operations Officer at once.",
          "2. At 05:15 the master checks the wind and sea at the berth and the readings at the buoy."]),
    turn(2, "factual", "same for the kelloe boat?", TX,
         ["by 06:00", "by 06:00 on the Kelloe route"],
         ["3. The master decides about the first sailing by 06:00 on the Kelloe route, by 06:30 on the Brannock route and by 09:00 for the Tern, and tells the Duty Operations Officer at once."]),
    turn(3, "list", "if the first ones cancelled who gets on the next sailing first", TX,
         ["emergency services, and patients going to or coming back from hospital appointments",
          "islanders going home, and anyone left on an island by the cancellation",
          "lorries carrying food, fuel, medicines or post for the islands",
          "carers, nurses and other health workers who work on the islands",
          "everyone else, in the order of their first booking"],
         ["When sailings restart, space on the first sailings goes in this order:",
          "* emergency services, and patients going to or coming back from hospital appointments;",
          "* islanders going home, and anyone left on an island by the cancellation;",
          "* lorries carrying food, fuel, medicines or post for the islands;",
          "* carers, nurses and other health workers who work on the islands;",
          "* everyone else, in the order of their first booking."]),
    turn(4, "yes_no", "will i get a text if mines cancelled", TX,
         ["yes", "yes, the Duty Operations Officer texts every booked passenger through Harbourline, within 15 minutes "
                 "of the decision"],
         ["1. Texts every booked passenger through Harbourline.",
          "Booked passengers texted ..... within 15 minutes of the decision"]),
)

# ---- 16. procedure: lashing, then the minutes, then stranded passengers
conv(TX, "Turn 1 is about the asker's own lorry (7.5 tonnes, over the 3.5-tonne rule); turn 2 moves to the minutes "
         "('that rule' is unchanged; only the Shearwater's wind limits changed); turn 3 is a new question in the same "
         "place (Brannock: the Brannock Inn, not the Kelloe Community Hall).",
    turn(1, "yes_no", "im taking a 7.5 tonne lorry to brannock tomorrow and its forcast force 6, will it get chained "
                      "down", TX,
         ["yes", "yes, when the forecast is Force 6 or more, every vehicle over 3.5 tonnes is lashed with four chains; "
                 "the Mate checks every lashing before departure and a deckhand walks the vehicle deck at least every "
                 "15 minutes during the crossing"],
         ["* When the forecast is Force 6 or more, every vehicle over 3.5 tonnes is lashed with four chains.",
          "* The Mate checks every lashing before departure, and a deckhand walks the vehicle deck at least every 15 minutes during the crossing."]),
    turn(2, "yes_no", "has that rule changed since the campervan thing in march", DX,
         ["no", "no, the rule to lash every vehicle over 3.5 tonnes when the forecast is Force 6 or more does not "
                "change; what changed was MV Shearwater's wind limits, 27 knots mean and 36 knots in gusts from Monday "
                "15 May 2033"],
         ["The rule to lash every vehicle over 3.5 tonnes when the forecast is Force 6 or more does not change either.",
          "The meeting agreed that from Monday 15 May 2033 MV Shearwater does not sail when the mean wind is over 27 knots or the gusts are over 36 knots, instead of 30 knots and 40 knots."]),
    turn(3, "explanation", "if the last boat back from brannock gets cancelled and people are stuck there what happens "
                           "to them", TX,
         ["The Shearwater's crew at Brannock Slip lists everyone who was booked or waiting, with a phone number, and "
          "finds out who is vulnerable: an unaccompanied child, someone with medical needs or medicines running out, "
          "or someone with nowhere to go. On Brannock the crew asks the Brannock Inn, which holds 6 rooms for us on "
          "disruption nights, and we book and pay for a room for every vulnerable passenger, whatever the cause. "
          "Everyone on the list is texted the time of the first sailing the next day by 20:00. When the weather causes "
          "the cancellation, other passengers' hotel costs are not paid, but the ticket office helps them find a room"],
         ["1. The Kelloe Pier office, or the Shearwater's crew at Brannock Slip, lists everyone who was booked or waiting, with a phone number.",
          "2. They find out who is vulnerable: an unaccompanied child, someone with medical needs or medicines running out, or someone with nowhere to go.",
          "On Brannock, the crew asks the Brannock Inn, which holds 6 rooms for us on disruption nights.",
          "4. We book and pay for a room for every vulnerable passenger, whatever the cause of the cancellation.",
          "5. Everyone on the list is texted the time of the first sailing the next day by 20:00.",
          "When the weather causes the cancellation, we do not pay other passengers' hotel costs, but the ticket office helps them find a room."]),
)

json.dump({"items": items}, open(HERE / "dev.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
import collections
print(len(items), "conversations,", sum(len(i["turns"]) for i in items), "turns",
      dict(collections.Counter(t["type"] for i in items for t in i["turns"])))
