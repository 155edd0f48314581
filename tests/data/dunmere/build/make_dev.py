"""Writes dev.json for the dunmere held-out set: questions written from the documents in docs/ before any product
run. Same schema as fellgate (and ellerby, tarnbeck, stainforth, coldharbour, ferncombe, hartwell, ashgrove and the
earlier sets)."""
from pathlib import Path
HERE = Path(__file__).resolve().parents[1]  # tests/data/dunmere
import json
MD, PD, DX, HT, TX = ("staff-and-volunteer-handbook.md", "fares-membership-and-group-bookings-guide.pdf",
                      "trustees-meeting-minutes-2036-02-17.docx", "visitor-help-pages.html",
                      "lineside-access-and-possession-procedures.txt")
items = []
def add(type, q, doc, answers, evidence, **kw):
    ev = [{"quote": e[0], "page": e[1]} if isinstance(e, tuple) else {"quote": e} for e in evidence]
    it = {"id": f"dm-{len(items)+1:03d}", "type": type, "q": q, "doc": doc, "answerable": type != "unanswerable",
          "answers": answers, "evidence": ev}
    it.update(kw)
    items.append(it)
    return it

# rows of the procedure's column table, their wrapped cells in line order
ACCESS = "Type What it is Who may Conditions Notice authorise"
TYPE_A = ("A: lineside walking beside Control (duty TS1, orange hi- same day, walk the line, no operations vis; walk "
          "facing by phone work on it manager) the trains; book on and off")
TYPE_B = ("B: lookout work on the the COSS at least 20 24 hours working line with seconds' warning; trains running, "
          "no more than 4 warned by a people for each lookout lookout; never in fog or darkness")
TYPE_C = ("C: line line closed Control, with signal kept at 48 hours blockage between two the signaller danger; no "
          "trains, up to engineering 40 minutes trains")
TYPE_D = ("D: planned line closed to Head of a PICOP; limits 14 days possession trains for Operations and protected "
          "by 3 work; Safety detonators; in engineering the Weekly trains allowed Operating Notice")
TYPE_E = ("E: emergency line closed at Control, or a PICOP as soon at once; possession once for damage out of hours "
          "as possible; reviewed or danger the Head of no passenger within 24 Operations and trains until hours "
          "Safety handed back")
ONCALL = ("- **On-call allowance:** **£28** for each weeknight on call, or **£45** for each Saturday, Sunday or bank "
          "holiday on call (24 hours).")
CALLOUT = ("- **Call-out payment:** **£35** for each call-out that brings you to site, plus pay for the hours worked, "
           "with a minimum of **2 hours**.")
HOURS = "Place and season Monday to Friday Saturday Sunday"
CAFE = "Tender Café, Dunmere Town, summer 09:30 to 16:30 09:30 to 17:00 09:30 to 17:00"
FARES = "Ticket and season Adult Child (3 to 15) Concession"
DINING = "Dining train or group Charge Notes"
POSS1 = ("1. The COSS or the Permanent Way Manager fills in the possession request form and sends it to the Head of "
         "Operations and Safety at least 14 days before the possession, giving the limits, the times, the work and "
         "any engineering trains.")
POSS2 = ("2. The Head of Operations and Safety authorises it, appoints a PICOP and publishes it in the Weekly "
         "Operating Notice, which comes out every Thursday by 12:00 for the following week.")

# ---- factual (19)
add("factual", "whats a loco fitter get paid these days", MD,
    ["£28,400 – £32,100 a year", "£28,400 to £32,100 a year on grade G3, with a 6-month probation"],
    ["| G3 | Locomotive Fitter, Carriage Fitter, Permanent Way Ganger, Learning Officer | £28,400 – £32,100 a year | 6 months |"],
    note="G2 is £24,800 – £26,300 and G4 £33,900 – £38,700 a year; apprentice fitters get £10.90 an hour in their first year.")
add("factual", "ive been in the cafe 18 months, how many weeks full sick pay would i get", MD,
    ["4 weeks", "4 weeks' full pay and then 6 weeks' half pay (1 to 2 years' service), counted over a rolling 12 months and including SSP"],
    ["| 1 to 2 years | 4 weeks | 6 weeks |",
     "Company sick pay for paid staff depends on your continuous service on the first day of absence, is counted over a rolling 12 months and includes SSP."],
    note="3 months to 1 year gives 2 weeks of each; 2 to 5 years 8 weeks full and 10 weeks half.")
add("factual", "im a signaller and feel rough, whats the latest i can ring in sick", MD,
    ["by 07:30 on the day", "phone Control by 07:30 on the day; phone, do not text or message"],
    ["2. **Signallers:** phone Control by **07:30** on the day.",
     "Phone, do not text or message, the person below, and say when you expect to be back:"],
    note="Works and permanent way phone by 07:00, museum and education by 08:30, footplate crew at least 3 hours before booking on.")
add("factual", "how much per mile can i claim driving to kelsey bridge for a turn if i give another volunteer a lift", MD,
    ["45p a mile, plus 5p a mile for the passenger",
     "45p a mile for your car (for volunteers, on round trips over 10 miles to a rostered turn) plus 5p a mile for each other volunteer or member of staff on the same trip, claimed in RosterLine within 2 months"],
    ["| Car mileage | 45p a mile | Staff and volunteers | Volunteers for round trips over 10 miles to a rostered turn |",
     "| Passengers | 5p a mile each | Staff and volunteers | Other staff or volunteers on the same trip |",
     "Claim in RosterLine within **2 months**, with receipts."])
add("factual", "how much is a rover for my nan on an ordinary weekend, shes 72", PD,
    ["£19", "£19, the concession Rover on a standard day (concessions are for people aged 60 or over); the adult fare is £21"],
    [("Rover, standard day £21 £11 £19", 1), (FARES, 1),
     ("Concessions are for people aged 60 or over, full-time students and disabled visitors", 2)])
add("factual", "whats the sunday lunch train cost", PD,
    ["£42 a person", "£42 a person for two courses, leaving Dunmere Town at 12:30"],
    [("Sunday Lunch Special £42 a person two courses, 12:30 from Dunmere Town", 2)],
    note="The Valley Diner on Saturday evenings is £58 a person and the Afternoon Tea Train £29.")
add("factual", "how much for life membership", PD,
    ["£480", "£480, paid once, with the same benefits as Individual membership for life"],
    [("Life £480 once as Individual, for life", 2)])
add("factual", "when do we have to pay the rest for our coach party", PD,
    ["28 days before travel", "the balance (and final numbers) is due 28 days before travel, after a 20% deposit paid within 7 days of booking"],
    [("Group deposit 20% of the total balance due 28 days before travel", 2),
     ("4. Pay the balance and confirm final numbers 28 days before travel.", 2),
     ("3. Pay a deposit of 20% within 7 days to hold the booking.", 2)])
add("factual", "how many people rode the trains last year", DX,
    ["68,400 passenger journeys", "68,400 passenger journeys in 2035, against 61,900 in 2034, including 14,600 on the Santa Specials"],
    ["Morwenna Castellane reported 68,400 passenger journeys in 2035, against 61,900 in 2034, including 14,600 on the Santa Specials."])
add("factual", "what did we pay a tonne for coal last year", DX,
    ["£312 a tonne", "£312 a tonne in 2035, against £265 in the budget; the Trust burned 410 tonnes"],
    ["Coal cost £312 a tonne, against £265 in the budget, and the Trust burned 410 tonnes."])
add("factual", "how many members has the trust got now", DX,
    ["2,960", "2,960 members at 31 December 2035, up from 2,710 a year earlier"],
    ["There were 2,960 members at 31 December 2035, up from 2,710 a year earlier."])
add("factual", "what time does the museum at kelsey bridge shut on a saturday in winter", HT,
    ["15:30", "15:30; in winter it is open 10:30 to 15:30 on Saturdays and Sundays and closed on weekdays, with last entry 30 minutes before closing"],
    ["Railway Museum, Kelsey Bridge, winter Closed 10:30 to 15:30 10:30 to 15:30", HOURS,
     "last entry is 30 minutes before closing"],
    note="In summer the museum is open 10:00 to 17:00 at weekends and 10:00 to 16:30 on weekdays.")
add("factual", "whats the last train back from calder moss", HT,
    ["16:20", "the last train leaves Calder Moss at 16:20 on a standard day and gets back to Dunmere Town at 17:05"],
    ["On a standard day the first train leaves Dunmere Town at 10:15 and the last train leaves Calder Moss at 16:20, arriving back at Dunmere Town at 17:05."])
add("factual", "how much to get in the museum if were not getting the train", HT,
    ["£5 for an adult and £2.50 for a child", "£5 for an adult and £2.50 for a child; entry is free with any train ticket"],
    ["Entry to the Railway Museum is free with any train ticket, or £5 for an adult and £2.50 for a child without one"])
add("factual", "how many bikes fit on a train", HT,
    ["up to 6", "up to 6 on each train, in the guard's van, at £3 a day; first come, first served, and they cannot be booked"],
    ["Bicycles travel in the guard's van for £3 a day, with room for up to 6 on each train.",
     "Bikes are loaded by the guard, first come, first served, and cannot be booked."])
add("factual", "whats the number for the moss box", TX,
    ["01632 960 602", "01632 960 602, the Moss signal box at Calder Moss"],
    ["Moss signal box, Calder Moss ......... 01632 960 602"],
    note="The Town signal box at Dunmere Town is 01632 960 601.")
add("factual", "how much warning does the lookout have to give on the withercombe curve", TX,
    ["30 seconds", "at least 30 seconds on the curve at Withercombe, where trains are heard late (at least 20 seconds elsewhere)"],
    ["1. The COSS decides where the lookout stands, so that they can see a train in time to give at least 20 seconds' warning, and 30 seconds on the curve at Withercombe, where trains are heard late."])
add("factual", "how far from the worksite do the detonators go down", TX,
    ["at least 400 metres", "at least 400 metres from the work site: 3 detonators, 20 metres apart, at each end of the possession, with a red flag or red lamp"],
    ["4. The PICOP places 3 detonators, 20 metres apart, at each end of the possession, at least 400 metres from the work site, with a red flag or red lamp."])
add("factual", "how long do we hang on to the P1 forms", TX,
    ["6 years", "Form P1 and the Occurrence Book are kept for 6 years"],
    ["Form P1 and Occurrence Book kept ....... 6 years"])

# ---- yes/no (9: 5 no, 4 yes)
add("yes_no", "if im on call on a saturday do i just get the £28", MD,
    ["no", "no, a Saturday, Sunday or bank holiday on call pays £45 (for 24 hours); £28 is for a weeknight"],
    [ONCALL],
    note="The minutes of 17 February 2036 raise the weeknight £28 to £32 from Monday 7 April 2036; the £45 does not change.")
add("yes_no", "my son is 15 and mad on trains, can he volunteer in the shop", MD,
    ["yes", "yes, volunteers must be 16 or over, but 14 in the café, shop and museum with a parent or guardian's consent"],
    ["Volunteers must be **16** or over, or **14** in the café, shop and museum with a parent or guardian's consent."])
add("yes_no", "if i cancel our family rover 10 days before do i get anything back", PD,
    ["yes", "yes, ordinary tickets cancelled at least 7 days before the date of travel are refunded, less an admin fee of £3 a booking"],
    [("Ordinary tickets cancelled at least 7 days before the date of travel are refunded, less an admin fee of £3 a booking.", 3)])
add("yes_no", "can my 10 yr old have a go on the footplate experience", PD,
    ["no", "no, you must be 18 or over for a Footplate Experience, and the Taster Footplate Ride (£45) is for anyone aged 12 or over"],
    [("You must be 18 or over, and one guest can ride in the train for free.", 4),
     ("A Taster Footplate Ride, 20 minutes in Kelsey Bridge yard for anyone aged 12 or over, costs £45.", 4)])
add("yes_no", "are they bringing in car park charges at dunmere town", DX,
    ["no", "no, the proposal to charge £4 a day was not agreed; parking at Dunmere Town stays free"],
    ["The board did not agree: parking at Dunmere Town stays free.",
     "Parking at Dunmere Town stays free; the proposal to charge £4 a day was not agreed."])
add("yes_no", "can our dog come on the valley diner with us, shes very good", HT,
    ["no", "no, dogs are not allowed on dining trains, Santa Specials or in the Tender Café, except assistance dogs; well-behaved dogs on a lead can go on service trains with a £2 dog ticket"],
    ["No dogs on dining trains, Santa Specials or in the Tender Café, except assistance dogs, which go everywhere free.",
     "Well-behaved dogs on a lead are welcome on service trains and in the Railway Museum. Each dog needs a dog ticket, which costs £2 for the day."])
add("yes_no", "mum uses a wheelchiar, can she get off at withercombe for the picnic meadow", HT,
    ["no", "no, Withercombe Halt has steps to the platform and is not accessible; ramps are put in place at Dunmere Town, Kelsey Bridge and Calder Moss"],
    ["Staff put a ramp in place at Dunmere Town, Kelsey Bridge and Calder Moss. Withercombe Halt has steps to the platform and is not accessible."])
add("yes_no", "going lineside on saturday to get some photos, do i need to tell control", TX,
    ["yes", "yes, a lineside walk is authorised by Control (the duty operations manager) and booked on and off with them, by phone the same day; you need TS1 and orange hi-vis"],
    [TYPE_A, ACCESS,
     "Book on with Control, or with the Permanent Way Manager on days with no trains, and say where you will be and for how long."])
add("yes_no", "found a smashed fence by the line a train could hit, do i ring the signaller before control", TX,
    ["yes", "yes, phone the signaller first so that trains are stopped, then ask Control for an emergency possession"],
    ["If damage to the line, a bridge or a fence could put a train at risk, phone the signaller first so that trains are stopped, then ask Control for an emergency possession."])

# ---- list (6)
add("list", "what freebies and discounts come with working here", MD,
    ["a pension: the Trust pays 5% and you pay at least 3%",
     "free travel on our trains for staff and volunteers",
     "a free family Rover once you have done 20 turns in a year",
     "20% off in the shop and the Tender Café, on or off duty",
     "a free hot drink and a meal on every turn of 8 hours or more"],
    ["- A pension: the Trust pays **5%** of your pay and you pay at least 3%.",
     "- Free travel on our trains for staff and volunteers, and a free **family Rover** once you have done **20 turns** in a year.",
     "- **20%** off in the shop and the Tender Café, on or off duty.",
     "- A free hot drink and a meal on every turn of **8 hours** or more."])
add("list", "what do i actually get if i join as a member", PD,
    ["free travel on standard days", "half fare on peak days",
     "10% off in the shop and the Tender Café", "Valley Lines, the magazine, four times a year",
     "a vote at the annual general meeting if aged 18 or over"],
    [("Individual £32 a year free travel on standard days, half fare on peak days", 2),
     ("Every grade gets 10% off in the shop and the Tender Café and Valley Lines, our magazine, four times a year.", 2),
     ("Members aged 18 or over can vote at the annual general meeting.", 2)],
    note="Membership does not cover dining trains, Santa Specials or gala days; Junior members get half fare on standard days and a badge.")
add("list", "what were the action points from the feb trustees meeting and whos doing them", DX,
    ["Gethin Oyelaran: update the handbook and RosterLine pay codes for the £32 on-call allowance, by 31 March 2036",
     "Philippa Stanhope: change the dining-train refund rule in ValleyBook and issue version 6 of the guide, by 27 March 2036",
     "Declan Mayhew: update OP-04 for 21 days' notice of planned possessions and brief controllers of site safety, by 28 April 2036",
     "Soraya Pettigrew: roster the extra café hour and update the visitor help pages, by 20 March 2036",
     "Rosalind Tapper: report the Northern Steam Heritage Fund's decision on the Hesketh boiler, by 11 May 2036",
     "Dr Anwen Loxley: apply to Wendlestone County Council for the schools heritage grant, by 30 April 2036"],
    ["Update the Staff and Volunteer Handbook and RosterLine pay codes for the £32 on-call allowance", "31 March 2036",
     "Change the dining-train refund rule in ValleyBook and issue version 6 of the guide", "27 March 2036",
     "Update OP-04 for 21 days' notice of planned possessions and brief controllers of site safety", "28 April 2036",
     "Roster the extra café hour and update the visitor help pages", "20 March 2036",
     "Report the Northern Steam Heritage Fund's decision on the Hesketh boiler", "11 May 2036",
     "Apply to Wendlestone County Council for the schools heritage grant", "30 April 2036"])
add("list", "whats set up for wheelchair users on the trains", HT,
    ["an accessible coach on every service train with four wheelchair spaces, an accessible toilet and a wide door, booked at least 48 hours ahead",
     "ramps at Dunmere Town, Kelsey Bridge and Calder Moss (Withercombe Halt is not accessible)",
     "wheelchairs up to 70 cm wide and 120 cm long, and mobility scooters that fit these sizes",
     "the concession fare for disabled visitors, with a carer free",
     "on dining trains, only the Calder saloon, on private hire, takes a wheelchair"],
    ["Every service train has an accessible coach with four wheelchair spaces, an accessible toilet and a wide door. Please book a space in ValleyBook or with the booking office at least 48 hours before you travel.",
     "Staff put a ramp in place at Dunmere Town, Kelsey Bridge and Calder Moss. Withercombe Halt has steps to the platform and is not accessible.",
     "Wheelchairs can be up to 70 cm wide and 120 cm long. Mobility scooters can travel if they fit these sizes and you can move to a seat.",
     "Disabled visitors pay the concession fare, and a carer travels free.",
     "Only the Calder saloon, on private hire, takes a wheelchair."])
add("list", "what do i need sorted before i go on the track", TX,
    ["a current TS1 competence in TrackCard (it lasts 2 years)",
     "orange hi-vis and safety boots, and a helmet within 3 metres of a steam locomotive on running days",
     "book on with Control (or the Permanent Way Manager on days with no trains) and book off when you leave",
     "never alone on a running day, and cross only at a marked crossing or with the COSS's permission",
     "a radio on channel 2, or a phone with the key numbers saved",
     "no alcohol in the 10 hours before, and not too tired to keep a lookout"],
    ["* Check that your TS1 competence is current in TrackCard. It lasts 2 years from your last assessment.",
     "* Wear orange hi-vis, with safety boots; on running days a helmet too within 3 metres of a steam locomotive.",
     "* Book on with Control, or with the Permanent Way Manager on days with no trains, and say where you will be and for how long. Book off when you leave the line.",
     "* Never go lineside alone on a running day, and never cross the line except at a marked crossing or with the permission of the COSS.",
     "* Carry a radio on channel 2, or a phone with the numbers in section 1 saved on it.",
     "* Do not drink alcohol in the 10 hours before going lineside, and do not go lineside if you are too tired to keep a lookout for yourself."])
add("list", "what are the different ways of getting access to the line", TX,
    ["A: lineside walk, authorised by Control, same day",
     "B: lookout working, authorised by the COSS, 24 hours",
     "C: line blockage, authorised by Control with the signaller, 48 hours",
     "D: planned possession, authorised by the Head of Operations and Safety, 14 days",
     "E: emergency possession, authorised by Control or out of hours the Head of Operations and Safety, at once"],
    [ACCESS, TYPE_A, TYPE_B, TYPE_C, TYPE_D, TYPE_E],
    note="The minutes of 17 February 2036 make the notice for a planned possession 21 days from Monday 12 May 2036.")

# ---- explanation (6)
add("explanation", "i want to guard the dining train after my day job, how do the tiredness rules work", MD,
    ["A volunteer who has done a full day at their own job may do no more than 4 hours of safety-critical duty that "
     "evening, for example on a dining train. In any case a safety-critical turn is no more than 12 hours on duty, "
     "with at least 12 hours off between two of them, no more than 6 in any 7 days and no more than 60 hours of "
     "safety-critical work in 7 days. No alcohol in the 10 hours before, and tell Control if you are too tired to "
     "work safely: you will never be blamed for it"],
    ["- A volunteer who has done a full day at their own job may do no more than **4 hours** of safety-critical duty that evening, for example on a dining train.",
     "- No more than **12 hours** on duty in a safety-critical turn, and at least **12 hours** off between two safety-critical turns.",
     "- No more than **6** safety-critical turns in any **7 days**, and no more than **60 hours** of safety-critical work in 7 days.",
     "- No alcohol in the **10 hours** before a safety-critical turn. Tell Control if you are too tired to work safely: you will never be blamed for it."])
add("explanation", "need to move our dining train booking to another date, how do i do it and whats it cost", PD,
    ["Sign in to ValleyBook, open My Bookings and choose Change date, then pick a new date. Dining trains can be "
     "changed up to 14 days before (ordinary tickets up to 48 hours before the first train). You pay the change fee "
     "of £5 a booking and any difference in fare, and there is no fee if the railway cancelled your train"],
    [("1. Sign in to ValleyBook, open My Bookings and choose Change date.", 3),
     ("2. Choose a new date. Ordinary tickets can be changed up to 48 hours before the first train; dining trains up to 14 days before.", 3),
     ("3. Pay the change fee of £5 a booking, and any difference in fare. There is no fee if we cancelled your train.", 3)],
    note="The change fee was £8 before version 5. The minutes of 17 February 2036 keep the 14 days for moving a dining-train booking.")
add("explanation", "how do i book for our walking club, about 25 of us", PD,
    ["Groups of 15 or more get 15% off fares and one free place for every 15 paid. Choose Group booking in "
     "ValleyBook, or phone the booking office on 01632 960 605, and give your numbers, the organiser's name and any "
     "wheelchair users so the accessible coach can be reserved. Pay a 20% deposit within 7 days to hold the "
     "booking, then pay the balance and confirm final numbers 28 days before travel; numbers can go down by up to "
     "10% after that without charge"],
    [("Groups of 15 or more 15% off fares one free place for every 15 paid", 2),
     ("1. Choose a date in ValleyBook and choose Group booking, or phone the booking office on 01632 960 605.", 2),
     ("2. Give the number in your group, the name of the organiser and any wheelchair users, so that we can reserve the accessible coach.", 2),
     ("3. Pay a deposit of 20% within 7 days to hold the booking.", 2),
     ("4. Pay the balance and confirm final numbers 28 days before travel. Numbers can go down by up to 10% after that without charge.", 2)],
    note="Group deposits are not refunded if a group cancels less than 28 days before travel.")
add("explanation", "why did the hesketh boiler job get kicked into the long grass", DX,
    ["It was not turned down but deferred. Rosalind Tapper's proposal, presented by Morwenna Castellane, was for the "
     "ten-year boiler overhaul of No. 5 Hesketh, the 1926 tank engine, at about £236,000. The Northern Steam Heritage "
     "Fund may pay up to half and its decision is expected in April, so the proposal was deferred to the May meeting "
     "on Sunday 18 May 2036"],
    ["Morwenna Castellane presented Rosalind Tapper's proposal for the ten-year boiler overhaul of No. 5 Hesketh, the 1926 tank engine, at about £236,000.",
     "The Northern Steam Heritage Fund may pay up to half, and its decision is expected in April. The proposal was deferred to the May meeting on Sunday 18 May 2036."],
    note="Hesketh was withdrawn in October 2035 when its boiler certificate ran out.")
add("explanation", "our train got cancelld, what happens now", HT,
    ["Cancellations are posted on the website and social media by 08:00 on the day, and everyone booked in "
     "ValleyBook is emailed. You can have a full refund to the card you paid with, within 10 working days, or move "
     "your booking to another date free of charge. If the last train of the day cannot run, passengers are taken "
     "back to Dunmere Town by minibus or taxi at the railway's cost. A diesel replacing the steam locomotive on a "
     "dry day is not a cancellation and is not refunded; a cancelled dining train is refunded in full, including "
     "drinks ordered in advance"],
    ["We post cancellations on our website and social media by 08:00 on the day, and email everyone booked in ValleyBook.",
     "If we cancel your train, you can have a full refund to the card you paid with, within 10 working days, or move your booking to another date free of charge.",
     "If the last train of the day cannot run, we take passengers back to Dunmere Town by minibus or taxi at our cost.",
     "On very dry days, when there is a high risk of lineside fires, a diesel may replace the steam locomotive. This is not a cancellation and is not refunded.",
     "If a dining train is cancelled, we refund the whole booking, including any drinks you ordered in advance."])
add("explanation", "once weve finished in a possesion how does it get handed back", TX,
    ["Each COSS reports to the PICOP when their group is clear of the line. When all work is finished the PICOP "
     "walks or rides through the possession to check the line is clear, removes the detonators and gives the "
     "possession up to the signaller, who signs Form P1 again. If the work disturbed the track, the first train "
     "runs at no more than 10 mph through the work site, with the Permanent Way Manager or a ganger on the "
     "footplate"],
    ["5. Each COSS reports to the PICOP before starting work, and again when the group is clear of the line.",
     "6. When all work is finished, the PICOP walks or rides through the possession to check the line is clear, removes the detonators and gives the possession up to the signaller, who signs Form P1 again.",
     "7. The first train after a possession that disturbed the track runs at no more than 10 mph through the work site, with the Permanent Way Manager or a ganger on the footplate."])

# ---- unanswerable (6: 5 near misses, one per document, and 1 off-topic)
add("unanswerable", "whats the night shift premium for overnight possessions on the pway", MD, [], [], subtype="near_miss",
    note="The handbook lists night possessions 22:00 – 05:00 for the permanent way and gives on-call, call-out, weekend and bank-holiday rates, but no night rate.")
add("unanswerable", "how much is a first class upgrade", PD, [], [], subtype="near_miss",
    note="The guide gives Rover, single, family, gala and Santa fares, dining trains and the Calder saloon, but no first class.")
add("unanswerable", "how much money did the santa trains bring in last year", DX, [], [], subtype="near_miss",
    note="The minutes give 14,600 passenger journeys on the Santa Specials and the year's income of £2.14 million, not Santa income.")
add("unanswerable", "what time does the gift shop open on a sunday", HT, [], [], subtype="near_miss",
    note="The help page gives the hours of the booking office, the museum, the Tender Café and the Calder Moss tea room, not the shop.")
add("unanswerable", "whats the max wind speed we can keep working lineside in", TX, [], [], subtype="near_miss",
    note="The procedure stops lookout working in fog or darkness but gives no wind limit.")
add("unanswerable", "best way to get soot out of a white shirt", None, [], [], subtype="off_topic",
    note="Not covered by any document.")

# ---- summary (2)
add("summary", "tldr of the fares and membership guide pls", PD, [
    "Version 5 of the Dunmere Valley Railway's Fares, Membership and Group Bookings Guide covers tickets and memberships sold from Monday 3 December 2035 for the 2036 season, for visitors, members and group organisers",
    "Fares are sold in ValleyBook and at the Dunmere Town booking office with no booking fee: an adult Rover costs £21 on a standard day, £24 on a peak day, £16 on a winter weekend and £28 on a gala day, with child and concession fares, Family Rovers and Santa Specials",
    "Membership runs from £12 (Junior) to £32 (Individual), £50 (Joint) and £68 (Family) a year, or £480 for life, with free travel on standard days, half fare on peak days and 10% off in the shop and café",
    "Dining trains (Valley Diner £58, Sunday Lunch £42, Afternoon Tea £29) and groups are booked in ValleyBook; groups of 15 or more get 15% off with a 20% deposit and the balance 28 days before travel",
    "Bookings can be changed for £5 (ordinary tickets up to 48 hours before, dining trains up to 14 days before)",
    "Refunds: in full within 10 working days if the railway cancels a train; ordinary tickets at least 7 days before less £3; dining trains at least 14 days before less £10",
    "Complaints go to the Commercial Manager within 28 days, then the General Manager, then the independent Heritage Attractions Adjudication Service; Footplate Experiences cost £295 and gift vouchers last 12 months"],
    [("Version 5, for tickets and memberships sold from Monday 3 December 2035 for the 2036 season;", 1),
     ("Tickets are sold in ValleyBook on our website and at the booking office at Dunmere Town, with no booking fee.", 1),
     ("Rover, standard day £21 £11 £19", 1),
     ("Rover, peak day £24 £12 £22", 1),
     ("Individual £32 a year free travel on standard days, half fare on peak days", 2),
     ("Valley Diner, Saturday evenings £58 a person three-course dinner, 19:00 from Dunmere Town", 2),
     ("Groups of 15 or more 15% off fares one free place for every 15 paid", 2),
     ("3. Pay the change fee of £5 a booking, and any difference in fare.", 3),
     ("Dining trains cancelled at least 14 days before the date are refunded in full, less a fee of £10 a booking.", 3),
     ("2. The Commercial Manager replies within 10 working days.", 3)])
add("summary", "what did the trustees decide at the feb meeting", DX, [
    "From Monday 7 April 2036 the weeknight on-call allowance rises from £28 to £32; the £45 for a weekend or bank holiday and the £35 call-out payment do not change",
    "From Tuesday 1 April 2036 dining trains cancelled at least 7 days before the date are refunded in full less the £10 fee, instead of 14 days",
    "From Monday 12 May 2036 planned possessions must be asked for at least 21 days ahead, instead of 14; line blockages still need 48 hours' notice",
    "From Saturday 5 April 2036 the Tender Café closes at 18:00 on summer Saturdays and Sundays, instead of 17:00",
    "Parking at Dunmere Town stays free; the proposal to charge £4 a day was rejected",
    "Deferred: the boiler overhaul of No. 5 Hesketh (May meeting, 18 May 2036) and the museum classroom at Kelsey Bridge (July meeting, 20 July 2036)"],
    ["From Monday 7 April 2036 the weeknight on-call allowance goes up from £28 to £32; the £45 for a weekend or bank holiday and the £35 call-out payment do not change.",
     "From Tuesday 1 April 2036 dining trains cancelled at least 7 days before the date are refunded in full, less the £10 fee, instead of 14 days.",
     "From Monday 12 May 2036 planned possessions must be asked for at least 21 days ahead, instead of 14; line blockages still need 48 hours' notice.",
     "From Saturday 5 April 2036 the Tender Café closes at 18:00 on summer Saturdays and Sundays, instead of 17:00.",
     "Parking at Dunmere Town stays free; the proposal to charge £4 a day was not agreed.",
     "Deferred: the boiler overhaul of No. 5 Hesketh (May meeting, 18 May 2036) and the museum classroom at Kelsey Bridge (July meeting, 20 July 2036)."])

# ---- conversations (4)
def turn(n, type, q, doc, answers, evidence):
    ev = [{"quote": e[0], "page": e[1]} if isinstance(e, tuple) else {"quote": e} for e in evidence]
    return {"turn": n, "type": type, "q": q, "doc": doc, "answerable": True, "answers": answers, "evidence": ev}
items.append({"id": f"dm-{len(items)+1:03d}", "type": "conversation", "doc": MD, "turns": [
    turn(1, "factual", "im going on the track patrol on-call rota, whats a midweek night on call worth", MD,
         ["£28", "£28 for each weeknight on call (£45 for a Saturday, Sunday or bank holiday)"],
         [ONCALL]),
    turn(2, "factual", "and if they actually drag me out to site?", MD,
         ["£35 a call-out", "£35 for each call-out that brings you to site, plus pay for the hours worked, with a minimum of 2 hours"],
         [CALLOUT]),
    turn(3, "factual", "bryony reckons the trustees put the on call money up, whats it now", DX,
         ["£32", "£32 for a weeknight on call, up from £28, from Monday 7 April 2036"],
         ["The board agreed that from Monday 7 April 2036 the on-call allowance for a weeknight goes up from £28 to £32."]),
    turn(4, "yes_no", "does the weekend one go up as well", DX,
         ["no", "no, the £45 for a Saturday, Sunday or bank holiday on call does not change, and nor does the £35 call-out payment"],
         ["The £45 for a Saturday, Sunday or bank holiday on call does not change, and nor does the call-out payment of £35."]),
]})
items.append({"id": f"dm-{len(items)+1:03d}", "type": "conversation", "doc": PD, "turns": [
    turn(1, "factual", "booked the valley diner for mums birthday, how much notice do i need to cancel and get a refund", PD,
         ["at least 14 days before the date", "at least 14 days before the date, for a full refund less a fee of £10 a booking; after that there is no refund unless the seats can be resold"],
         [("Dining trains cancelled at least 14 days before the date are refunded in full, less a fee of £10 a booking. After that there is no refund unless we can resell the seats.", 3)]),
    turn(2, "factual", "whats the fee they keep", PD,
         ["£10 a booking", "£10 a booking, taken from the refund"],
         [("Dining trains cancelled at least 14 days before the date are refunded in full, less a fee of £10 a booking.", 3)]),
    turn(3, "yes_no", "someone on the facebook group says theyve made that more lenient, is that right", DX,
         ["yes", "yes, from Tuesday 1 April 2036 dining trains cancelled at least 7 days before the date are refunded in full, less the fee, instead of 14 days; the fee stays at £10 a booking"],
         ["The board agreed that from Tuesday 1 April 2036 dining trains cancelled at least 7 days before the date are refunded in full, less the fee, instead of 14 days.",
          "The fee stays at £10 a booking, and a dining-train booking can still only be moved to a new date up to 14 days before."]),
]})
items.append({"id": f"dm-{len(items)+1:03d}", "type": "conversation", "doc": TX, "turns": [
    turn(1, "factual", "how much notice do we need to give for a planned possesion", TX,
         ["14 days", "at least 14 days before the possession, with the request form sent to the Head of Operations and Safety"],
         [POSS1, "Planned possession requested ........... 14 days"]),
    turn(2, "factual", "who signs it off", TX,
         ["the Head of Operations and Safety", "the Head of Operations and Safety authorises it, appoints a PICOP and publishes it in the Weekly Operating Notice, out every Thursday by 12:00"],
         [POSS2]),
    turn(3, "factual", "euan said in the mess its going up, to what", DX,
         ["21 days", "at least 21 days ahead instead of 14, from Monday 12 May 2036"],
         ["The board agreed that from Monday 12 May 2036 a planned possession must be asked for at least 21 days ahead, instead of 14."]),
    turn(4, "yes_no", "do line blockages need more notice now too", DX,
         ["no", "no, line blockages still need 48 hours' notice, and an emergency possession can still be taken at once"],
         ["Line blockages still need 48 hours' notice, and an emergency possession can still be taken at once."]),
]})
items.append({"id": f"dm-{len(items)+1:03d}", "type": "conversation", "doc": HT, "turns": [
    turn(1, "factual", "what time does the tender cafe shut on a saturday in summer", HT,
         ["17:00", "17:00; on summer Saturdays and Sundays it is open 09:30 to 17:00"],
         [CAFE, HOURS]),
    turn(2, "yes_no", "is it open any later on weekdays", HT,
         ["no", "no, on summer weekdays it closes earlier, at 16:30 (09:30 to 16:30)"],
         [CAFE, HOURS]),
    turn(3, "yes_no", "heard theyre keeping it open later at weekends this year, true?", DX,
         ["yes", "yes, from Saturday 5 April 2036 the Tender Café closes at 18:00 on Saturdays and Sundays in summer instead of 17:00; it still opens at 09:30, and the weekday hours of 09:30 to 16:30 do not change"],
         ["The board agreed that from Saturday 5 April 2036, the first day of the summer season, the Tender Café closes at 18:00 on Saturdays and Sundays in summer, instead of 17:00.",
          "It still opens at 09:30, and the summer weekday hours of 09:30 to 16:30 do not change."]),
]})
json.dump({"items": items}, open(HERE / "dev.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
import collections
print(len(items), collections.Counter(i["type"] for i in items),
      sum(len(i["turns"]) if i["type"] == "conversation" else 1 for i in items), "judged rows")
