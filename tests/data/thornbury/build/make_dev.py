"""Writes dev.json for the thornbury held-out set: questions written from the documents in docs/ before any product
run. Same schema as pinecrest (and quayside, brightwater, ashcombe, fernhill, oakridge, meridian, northwind, harbor)."""
from pathlib import Path
HERE = Path(__file__).resolve().parents[1]  # tests/data/thornbury
import json
MD, PD, DX, HT, TX = ("staff-handbook.md", "fares-tickets-and-refunds-policy.pdf",
                      "operations-managers-meeting-minutes-2027-11-17.docx", "customer-faq.html",
                      "engineering-and-depot-safety-procedures.txt")
items = []
def add(type, q, doc, answers, evidence, **kw):
    ev = [{"quote": e[0], "page": e[1]} if isinstance(e, tuple) else {"quote": e} for e in evidence]
    it = {"id": f"tb-{len(items)+1:03d}", "type": type, "q": q, "doc": doc, "answerable": type != "unanswerable",
          "answers": answers, "evidence": ev}
    it.update(kw)
    items.append(it)
    return it

# ---- factual (19)
add("factual", "whats the earliest an early can sign on at brackenford", MD,
    ["05:15", "5:15am", "05:15 (Brackenford early sign-ons run 05:15 to 06:59)"],
    ["| Early | 04:30 – 06:59 | 05:15 – 06:59 | **£0.65** |"],
    note="At Marlstow an early can sign on from 04:30.")
add("factual", "how much do i get for working a sunday", MD,
    ["time and a third", "time and a third for every hour worked on a Sunday, on top of any duty premium"],
    ["All hours worked on a **Sunday** are paid at **time and a third**, on top of any duty premium."],
    note="Rest day working and bank holidays are time and a half; Boxing Day and New Year's Day double time.")
add("factual", "what does a controller get paid per hr", MD,
    ["£16.40 – £17.80", "£16.40 to £17.80 an hour (grade C3)"],
    ["| Controller | C3 | £16.40 – £17.80 | 3 months | Lead Controller |"],
    note="A Driver Mentor (D3) is £16.05 and a Vehicle Technician (E2) £17.20 – £19.10.")
add("factual", "on an early at brackenford tmrw signing on 0530 and feel rough, who do i ring and when", MD,
    ["Marlstow Control on 01632 480 100, by 04:00",
     "phone Marlstow Control (01632 480 100) at least 90 minutes before sign-on, i.e. by 4am, because the Brackenford output office is only staffed from 05:00"],
    ["**Drivers at Brackenford:** phone the output office on 01632 480 300 at least **90 minutes** before your sign-on time.",
     "The office is staffed from 05:00 to 22:00; outside those hours phone Marlstow Control.",
     "| Sickness, Marlstow drivers | Control (24 hours) | 01632 480 100 |"],
    note="Ninety minutes before a 05:30 sign-on is 04:00, when the Brackenford output office (01632 480 300) is not staffed. Marlstow drivers ring Control at least 2 hours before sign-on.")
add("factual", "been here 4 yrs, how long do i get full sick pay for", MD,
    ["8 weeks", "8 weeks full pay, then 8 weeks half pay (in any rolling 12 months)"],
    ["after 3 years' service: **8 weeks** full pay, then 8 weeks half pay"],
    note="4 weeks after 12 months' service, 13 weeks after 10 years'. Company sick pay does not cover the first 3 working days of an absence unless you are admitted to hospital or were injured at work.")
add("factual", "how much is a single in brackenford", PD,
    ["£1.90", "£1.90 for an adult single within Zone B (Brackenford)"],
    [("Adult single £2.20 £1.90 £3.60", 2),
     ("The Zone B (Brackenford) adult single stays at £1.90.", 1)],
    note="An adult single is £2.20 within Marlstow (Zone A, up from £2.00) and £3.60 between the towns; a young person single in Zone B is £1.00.")
add("factual", "price of a monthly ticket that covers both marlstow and brackenford?", PD,
    ["£90.00", "£90 for an adult 28-day all-zones ticket"],
    [("Adult 28-day ticket £58.00 £52.00 £90.00", 2)],
    note="A 28-day ticket is £58.00 for Zone A (Marlstow) only and £52.00 for Zone B (Brackenford) only.")
add("factual", "if i hand my 28 day ticket back early whats the charge", PD,
    ["£5", "a £5 admin fee (it was £3); you get back each whole unused week"],
    [("The admin fee for refunding a 28-day ticket is now £5, instead of £3.", 1),
     ("28-day ticket For each whole unused week, from the day we get it £5", 3)],
    note="£3 was the fee under version 3.")
add("factual", "max refund a cs advisor can give without getting it signed off", PD,
    ["£30", "up to £30"],
    [("Customer Services Advisor Up to £30", 1)],
    note="A Customer Services Team Leader may give up to £100 and the Customer Services Manager up to £500; drivers give no refunds.")
add("factual", "whats brackenfords punctuality for october", DX,
    ["88.9%", "88.9% (against a 90% target)"],
    ["Punctuality was 84.6% at Marlstow and 88.9% at Brackenford, against the target of 90%."],
    note="84.6% is the Marlstow figure.")
add("factual", "how much would it cost to put a wash bay in at brackenford", DX,
    ["about £185,000", "£185,000 (Ravi's estimate; deferred to the February 2028 capital budget meeting)"],
    ["Ravi estimated a wash bay at about £185,000."])
add("factual", "when n where is the next ops managers meeting", DX,
    ["Wednesday 15 December 2027 at 10:00 in the mess room at Brackenford Outstation",
     "15 Dec 2027, 10am, Brackenford Outstation mess room"],
    ["The next operations managers' meeting is on Wednesday 15 December 2027 at 10:00 in the mess room at Brackenford Outstation."])
add("factual", "what time does the travel centre in marlstow shut mon-fri", HT,
    ["18:00", "6pm (it's open 08:00 to 18:00 on weekdays)"],
    ["Marlstow Travel Centre, Market Street Bus Station 08:00 to 18:00 09:00 to 17:00 Closed"],
    note="The Brackenford Travel Office closes at 16:30 on weekdays.")
add("factual", "how much do u charge to get lost stuff back", HT,
    ["£2 an item", "£2 per item collected (nothing for bus passes, keys, medicines or children's belongings)"],
    ["There is a £2 charge for each item collected, but there is no charge for bus passes, keys, medicines or children's belongings."],
    note="The November minutes rejected a proposal to drop the charge.")
add("factual", "when is the last bus from marlstow to brackenford", HT,
    ["23:40 (route 30)", "23:40 on the 30, Monday to Saturday; on Friday and Saturday nights the N30 night bus runs hourly until 03:30"],
    ["30 Marlstow Market Street and Brackenford Market Place Every 20 minutes 23:40 from Marlstow, 23:05 from Brackenford",
     "N30 Night bus, Marlstow to Brackenford Hourly, Friday and Saturday nights only 03:30 from Marlstow"],
    note="23:05 is the last route 30 from Brackenford.")
add("factual", "how often is the hospital bus", HT,
    ["every 20 minutes", "every 20 minutes (route 14, Monday to Saturday daytime; last bus 22:40 from the hospital)"],
    ["14 Market Street Bus Station and Marlstow General Hospital Every 20 minutes 22:40 from the hospital"],
    note="On Sundays most routes run every 30 minutes.")
add("factual", "speed limit in the brackenford yard?", TX,
    ["10 mph", "10 mph (it's 5 mph at Marlstow)"],
    ["The speed limit is 5 mph in the Marlstow yard and 10 mph in the Brackenford yard."],
    note="The Marlstow yard limit is 5 mph.")
add("factual", "found a ripped seat on my walkround, how long have they got to fix it", TX,
    ["within 7 days", "within 7 days: a torn seat is a minor (green) defect and the bus may still run"],
    ["Minor (green) A torn seat, graffiti, a Fixed within 7 days;",
     "saloon light out the bus may run"])
add("factual", "fire alarm goes off at brackenford, where do we go", TX,
    ["Point B1, the layby on Quarry Lane opposite the gate", "B1, layby on Quarry Lane opposite the gate"],
    ["Brackenford Outstation .............. Point B1, layby on Quarry Lane opposite the gate"],
    note="Marlstow uses Point M1 (staff car park by the Canal Road gate) and Point M2 for the workshop (grass by the wash bay exit).")

# ---- yes/no (9: 5 no, 4 yes)
add("yes_no", "can my other half get free bus travel too", MD,
    ["yes", "yes, your spouse or partner gets a partner travel pass once you have passed probation"],
    ["| Partner travel pass | Your spouse or partner, once you have passed probation | Free travel on all our services; **£10** to replace a lost pass |"],
    note="A lost partner pass costs £10 to replace.")
add("yes_no", "do cpc days get paid if its on my rest day", MD,
    ["yes", "yes, each 7-hour Driver CPC course is paid as 7 hours at your basic rate, including on a rest day"],
    ["We run the 7-hour courses at Marlstow and pay you for **7 hours** at your basic rate for each one, including when it falls on a rest day."],
    note="At basic rate, not the rest day working rate of time and a half.")
add("yes_no", "can my nan use her bus pass on the 9am bus on a tuesday, shes going shopping in town", PD,
    ["no", "no, passes are accepted from 09:30 on weekdays; before then she pays the adult fare (except on route 14 to the hospital)"],
    [("Holders of an older person's or disabled person's bus pass travel free from 09:30 to 23:00 on weekdays and all day at weekends and on bank holidays.", 2),
     ("Before 09:30 on weekdays they pay the adult fare, except on route 14 to Marlstow General Hospital, where passes are accepted at any time.", 2)])
add("yes_no", "does my 17 yr old still get the cheaper fare", PD,
    ["yes", "yes, young person fares apply up to 18, if they show photo ID with their date of birth"],
    [("Young person fares now apply to passengers aged 5 to 18, instead of 5 to 15.", 1),
     ("Passengers aged 16 to 18 pay young person fares when they show photo ID with their date of birth; without it, they pay the adult fare.", 2)],
    note="Under version 3 young person fares stopped at 15.")
add("yes_no", "are they scrapping the £2 lost property charge", DX,
    ["no", "no, the meeting did not agree; the charge stays and will be looked at again when lost property reporting moves online in spring 2028"],
    ["The meeting did not agree: the charge stays as it is, and will be looked at again when lost property reporting moves online in spring 2028.",
     "The £2 lost property collection charge stays."])
add("yes_no", "is brackenford getting its own wash bay then", DX,
    ["no", "no, not yet: it was deferred to the capital budget meeting in February 2028"],
    ["The request was deferred to the capital budget meeting in February 2028."],
    note="Brackenford buses still go to Marlstow once a week to be washed.")
add("yes_no", "can i take my bike on the bus", HT,
    ["no", "no, only folding bikes, folded and kept out of the aisle"],
    ["Bicycles: folding bikes only, folded and kept out of the aisle. We cannot carry other bikes."],
    note="The November minutes deferred bike racks on route 30 to the January meeting; until then only folded bikes are carried.")
add("yes_no", "can i bring the dog on the bus", HT,
    ["yes", "yes, well-behaved dogs on a lead travel free, at the driver's discretion (not on the seats)"],
    ["Dogs: well-behaved dogs on a lead travel free, at the driver's discretion, and must not sit on the seats."])
add("yes_no", "no banksman about, can i just reverse it myself if im careful", TX,
    ["no", "no, no bus is reversed in either yard without a banksman; ask Control or the output office for help"],
    ["No bus is reversed in either yard without a banksman in a hi-vis vest who can see the whole area behind the bus.",
     "If nobody is free to act as banksman, do not reverse: ask Control or the output office for help."])

# ---- list (6)
add("list", "what uniform do drivers get each year", MD,
    ["five shirts", "two pairs of trousers", "a jumper", "a fleece", "a waterproof jacket"],
    ["Drivers are issued each year with **five shirts**, **two pairs of trousers**, a jumper, a fleece and a waterproof jacket."],
    note="Collected from Stores at Marlstow; Brackenford drivers order through Darren Lusk and allow two weeks.")
add("list", "what ways can ppl pay on the bus", PD,
    ["contactless bank card, phone or watch", "cash (notes no larger than £20)", "a ticket bought in the Thornbury Go app"],
    [("Passengers may pay by contactless bank card, phone or watch on every bus, or in cash, or show a ticket bought in the Thornbury Go app.", 2),
     ("Drivers give change, but do not accept notes larger than £20.", 2)])
add("list", "what stuff isnt allowed on the bus", HT,
    ["bikes that don't fold (folding bikes must be folded)", "e-scooters and hoverboards, folded or not",
     "mobility scooters other than class 2 ones with a Thornbury Buses permit"],
    ["Bicycles: folding bikes only, folded and kept out of the aisle. We cannot carry other bikes.",
     "E-scooters and hoverboards: not allowed on any of our buses, folded or not, because of the risk of battery fires.",
     "Mobility scooters: class 2 scooters only, and only with our free mobility scooter permit, which you get after a short assessment at Marlstow Depot."])
add("list", "what ppe do i need in the workshop", TX,
    ["safety boots and a hi-vis vest at all times", "eye protection for grinding, drilling and work under a bus",
     "nitrile gloves when handling oil, fuel or AdBlue", "ear defenders in the tyre bay and when the steam cleaner is running"],
    ["safety boots and a hi-vis vest at all times;",
     "eye protection for grinding, drilling and any work under a bus;",
     "nitrile gloves when handling oil, fuel or AdBlue;",
     "ear defenders in the tyre bay and when the steam cleaner is running."])
add("list", "what do i have to check on the walk round", TX,
    ["tyres and wheel nut indicators", "lights, indicators, reflectors and number plates", "mirrors, windscreen and wipers",
     "doors, emergency exits and the wheelchair ramp", "fire extinguisher, first aid kit and the cab CCTV screen",
     "fuel and AdBlue, or on an electric bus the state of charge and the charging flap", "any new body damage, inside or out"],
    ["tyres, and the wheel nut indicators on every wheel;",
     "lights, indicators, reflectors and the number plates;",
     "mirrors, the windscreen and the wipers;",
     "the doors, the emergency exits and the wheelchair ramp;",
     "the fire extinguisher, the first aid kit and the CCTV screen in the cab;",
     "fuel and AdBlue levels or, on an electric bus, the state of charge and the charging flap;",
     "any new body damage, inside or out."],
    note="Recorded on the DefectLog tablet in the output office.")
add("list", "what has nadia got to do after the meeting", DX,
    ["change the Group day ticket price on TicketWise and the app, by 1 December 2027",
     "notices, website and FAQ for the Brackenford Saturday closing, by 10 December 2027"],
    ["Change the Group day ticket price on TicketWise and the app Nadia Brennan 1 December 2027",
     "Notices, website and FAQ for Brackenford Saturday closing Nadia Brennan 10 December 2027"])

# ---- explanation (6)
add("explanation", "how do i call in sick as a marlstow driver and what happens when im back", MD,
    ["Phone Control on 01632 480 100 at least 2 hours before your sign-on time (a text to a colleague or a group chat "
     "message does not count), ring in again each day you are off unless a fit note covers it (you can self-certify "
     "for up to 7 calendar days), and before your first duty back have a return-to-work interview with your manager "
     "on form RTW-2"],
    ["**Drivers at Marlstow:** phone Control on 01632 480 100 at least **2 hours** before your sign-on time.",
     "Ring in again each day you are off, unless a fit note covers the days.",
     "Before your first duty back, have a return-to-work interview with your manager on form **RTW-2**.",
     "A text to a colleague, or a message on a drivers' group chat, does not count as telling us."])
add("explanation", "how does someone get a refund on a paper 28 day ticket", PD,
    ["Fill in form TB-R1 online or at the Marlstow Travel Centre or Brackenford Travel Office and hand in or post the "
     "ticket; the refund is for each whole unused week from the day it is received, less a £5 admin fee. A Customer "
     "Services Advisor checks it against the TicketWise sales record (refunds over £30 need the Team Leader's "
     "approval), and it is paid to the card used, or by bank transfer for cash, within 10 working days"],
    [("Fill in form TB-R1 online, or at the Marlstow Travel Centre or the Brackenford Travel Office.", 3),
     ("Hand in or post the ticket with the form; a refund is worked out from the day we receive it.", 3),
     ("A Customer Services Advisor checks the ticket against the TicketWise sales record and works out the refund. Refunds above £30 go to the Customer Services Team Leader for approval.", 3),
     ("The refund is paid to the card used to buy the ticket, or by bank transfer for a cash purchase, within 10 working days.", 3),
     ("28-day ticket For each whole unused week, from the day we get it £5", 3)])
add("explanation", "last bus got cancelled and i had to get a taxi home, can i claim it back", PD,
    ["Yes, if the last bus of the day on your route was cancelled and there was no other bus within 60 minutes: keep "
     "the taxi receipt, claim within 14 days on form TB-R1 giving the route and time of the bus, and customer services "
     "checks with Control and repays up to £40 per journey (however many share the taxi). Not if the cancellation was "
     "due to severe weather or a police road closure"],
    [("If the last bus of the day on a route is cancelled and there is no other bus within 60 minutes, we repay a taxi to the passenger's destination:", 3),
     ("They claim within 14 days on form TB-R1, giving the route and the time of the bus that did not run.", 3),
     ("Customer services checks the cancellation with Control and repays up to £40 per journey, whatever the number of passengers sharing the taxi.", 3),
     ("We do not repay taxis when the bus was cancelled because of severe weather, or a road closed by the police.", 3)],
    note="The limit was £30 under version 3.")
add("explanation", "why are they giving us longer for walkrounds", DX,
    ["Because Tom Ellery's audit of 40 buses leaving the depots found 9 with defects the walk-round should have "
     "picked up (mostly moved wheel nut indicators and a ramp that did not deploy fully), and drivers said 10 minutes "
     "is not enough, especially on the electric buses where the charging flap and cable also need checking. From "
     "3 January 2028 duties include 15 minutes instead of 10"],
    ["Tom's audit of 40 buses as they left the depots found 9 with defects that the walk-round check should have picked up, mostly wheel nut indicators that had moved and a wheelchair ramp that did not deploy fully.",
     "Drivers told him that 10 minutes is not enough for a proper check, particularly on the electric buses, where the charging flap and cable also have to be checked.",
     "The meeting agreed that from Monday 3 January 2028 every duty that takes a bus out of either depot will include 15 minutes for the walk-round check, instead of 10 minutes."])
add("explanation", "left my phone on a bus in brackenford, how do i get it back", HT,
    ["Phone 01632 480 200 or fill in the lost property form online with the route, time and a description. Things "
     "found on Brackenford buses (routes 20 to 29) are kept at the Brackenford Travel Office for the first 7 days, "
     "then sent to the Marlstow Travel Centre; items are kept 28 days. Bring photo ID; there is a £2 charge per item"],
    ["Phone 01632 480 200 or fill in the lost property form on our website, giving the route, the time of your journey and a description of the item.",
     "things found on Brackenford buses, routes 20 to 29, are kept at the Brackenford Travel Office for the first 7 days, then sent to the Marlstow Travel Centre.",
     "There is a £2 charge for each item collected",
     "Bring photo ID when you collect."],
    note="Items are kept for 28 days. A phone left on route 30 (a Marlstow route) would be at the Marlstow Travel Centre.")
add("explanation", "bus has broken down with passengers on, what do i do", TX,
    ["Stop somewhere safe with hazards on and the parking brake applied; call Control on radio channel 1 (or 01632 480 "
     "100) with route, fleet number and location; keep passengers on board unless it is unsafe (then use the pavement "
     "side door); put the warning triangle at least 45 metres behind if the bus blocks the road; wait for the fitter "
     "or replacement bus, on which passengers' tickets are valid"],
    ["Stop somewhere safe, put the hazard lights on and apply the parking brake.",
     "Call Control on radio channel 1, or on 01632 480 100 if the radio does not work, and give your route, fleet number and exact location.",
     "Keep passengers on board unless it is unsafe, for example if there is smoke or fuel leaking.",
     "Put out the warning triangle at least 45 metres behind the bus if it is blocking the road.",
     "Wait for the fitter or the replacement bus. Passengers' tickets are valid on the replacement or the next bus."])

# ---- unanswerable (6)
add("unanswerable", "can my kids get a staff bus pass", MD, [], [], subtype="near_miss",
    note="The handbook gives a staff travel pass and a partner travel pass but says nothing about passes for employees' children.")
add("unanswerable", "how much is an annual ticket", PD, [], [], subtype="near_miss",
    note="The policy's longest ticket is the 28-day ticket; no document gives a yearly ticket or its price.")
add("unanswerable", "how many drivers left in october", DX, [], [], subtype="near_miss",
    note="The minutes give 17 driver vacancies, six trainees on the course and four PCV passes, but no number of leavers.")
add("unanswerable", "is there wifi on the buses", HT, [], [], subtype="near_miss",
    note="The FAQ says the six electric buses on route 1 have USB charging sockets, but says nothing about wifi.")
add("unanswerable", "whats the tyre pressure for the electric buses", TX, [], [], subtype="near_miss",
    note="The procedures say pressures are checked weekly against the chart in the tyre bay but give no pressures.")
add("unanswerable", "any good chippy near marlstow bus station", None, [], [], subtype="off_topic",
    note="Not covered by any document.")

# ---- summary (2)
add("summary", "sum up the engineering and depot safety procedures for me", TX, [
    "ES-03 version 5, owned by Tom Ellery and reviewed on 6 September 2027, applies to drivers, controllers, engineers, cleaners and shunters at Marlstow Depot and Brackenford Outstation",
    "The first driver out does a paid 10-minute walk-round check recorded on DefectLog; defects are red (bus must not leave), amber (fixed or swapped before it goes out) or green (fixed within 7 days); relief drivers do a 2-minute check",
    "The workshop, pits, lifts, HV work, safety inspections (every 28 days for diesel, 35 for electric buses) and charging are at Marlstow only; keys in the key safe and a board on the wheel before going under a bus, workshop PPE, HV isolation with your own padlock",
    "Wheel nuts are tightened to 650 Nm and re-checked after 30 to 50 miles; tyres are replaced at 3 mm",
    "In the yards: hi-vis, 5 mph at Marlstow and 10 mph at Brackenford, no reversing without a banksman; fuel spills stopped at the pump and reported to Control",
    "Breakdowns: stop safely, call Control, keep passengers on board unless unsafe, triangle 45 metres back; every collision reported at once and on form IR-1",
    "Fire: assembly points M1 and M2 at Marlstow and B1 at Brackenford; never fight an electric bus battery fire; injuries and near misses go on SafeTrack within 24 hours"],
    ["Document:   ES-03, version 5",
     "Every duty that takes a bus out of a depot includes 10 minutes, paid, for the walk-round check.",
     "Dangerous (red) Brakes, steering, a tyre The bus must not",
     "Minor (green) A torn seat, graffiti, a Fixed within 7 days;",
     "Only the Marlstow Depot has a workshop, pits and lifts;",
     "Diesel buses ............................. every 28 days",
     "Electric buses ........................... every 35 days",
     "A relief driver taking over a bus on the road does not do a full walk-round.",
     "which takes about 2 minutes",
     "Pull the HV isolation switch behind the rear offside panel and fit your own padlock and tag.",
     "Wheel nuts are tightened to 650 Nm with the calibrated torque wrench",
     "re-checked with the torque wrench after 30 to 50 miles",
     "Tyres are replaced when the tread is down to 3 mm",
     "The speed limit is 5 mph in the Marlstow yard and 10 mph in the Brackenford yard.",
     "No bus is reversed in either yard without a banksman in a hi-vis vest who can see the whole area behind the bus.",
     "Report every collision, however minor, to Control at once.",
     "complete incident report IR-1 before the end of your duty.",
     "Marlstow Depot, offices and yard .... Point M1, staff car park by the Canal Road gate",
     "Brackenford Outstation .............. Point B1, layby on Quarry Lane opposite the gate",
     "Never try to put out a fire in the battery of an electric bus;",
     "Report every injury to staff or passengers, and every near miss, on SafeTrack within 24 hours, and tell your manager."])
add("summary", "what got decided at the nov ops meeting", DX, [
    "From 3 January 2028 duties include 15 minutes for the walk-round check at both depots instead of 10; the relief driver's check on the road is unchanged",
    "The Group day ticket goes down from £14.00 to £12.00 from 4 December 2027",
    "The Brackenford Travel Office closes on Saturdays from 8 January 2028; weekday hours and the Marlstow Travel Centre are unchanged",
    "A proposal to drop the £2 lost property collection charge was rejected; the charge stays",
    "The Recommend a friend payment for a driver rises from £500 to £750 from 1 December 2027 for starters by 31 March 2028; it stays £500 for a vehicle technician",
    "Deferred: a Brackenford wash bay and the eye care allowance (February capital budget meeting) and bike racks on route 30 (January meeting)"],
    ["From 3 January 2028 duties include 15 minutes for the walk-round check at both depots, instead of 10; the relief driver's check on the road is unchanged.",
     "The Group day ticket goes down from £14.00 to £12.00 from 4 December 2027.",
     "From 8 January 2028 the Brackenford Travel Office closes on Saturdays; weekday hours and the Marlstow Travel Centre's hours are unchanged.",
     "The £2 lost property collection charge stays.",
     "From 1 December 2027 the Recommend a friend payment for a driver goes up from £500 to £750 for starters by 31 March 2028; it stays at £500 for a vehicle technician.",
     "Deferred: a wash bay at Brackenford and the eye care allowance (February capital budget meeting), and bike racks on route 30 (January meeting)."])

# ---- conversations (4)
def turn(n, type, q, doc, answers, evidence):
    ev = [{"quote": e[0], "page": e[1]} if isinstance(e, tuple) else {"quote": e} for e in evidence]
    return {"turn": n, "type": type, "q": q, "doc": doc, "answerable": True, "answers": answers, "evidence": ev}
items.append({"id": f"tb-{len(items)+1:03d}", "type": "conversation", "doc": MD, "turns": [
    turn(1, "factual", "do we get owt for getting a mate a job driving here", MD,
         ["£500, once they pass their probation", "£500"],
         ["If you recommend someone who joins us as a bus driver (including as a trainee) or as a vehicle technician, you receive **£500** once they have passed their probation."]),
    turn(2, "factual", "how do i put their name forward", MD,
         ["fill in the Refer a friend form on RosterPoint before they apply, and they give your name on their application",
          "the Refer a friend form on RosterPoint"],
         ["Fill in the \"Refer a friend\" form on RosterPoint before they apply, and ask them to give your name on their application."]),
    turn(3, "yes_no", "someone said its going up for drivers?", DX,
         ["yes", "yes, from £500 to £750 from 1 December 2027, for drivers who start by 31 March 2028 (still paid after probation)"],
         ["The meeting agreed that from 1 December 2027 the payment for recommending a bus driver, including a trainee, goes up from £500 to £750, for anyone who starts with us by 31 March 2028; it is still paid once the new driver passes probation."]),
    turn(4, "yes_no", "does that go for mechanics too", DX,
         ["no", "no, the payment for recommending a vehicle technician stays at £500"],
         ["The payment for recommending a vehicle technician stays at £500."]),
]})
items.append({"id": f"tb-{len(items)+1:03d}", "type": "conversation", "doc": HT, "turns": [
    turn(1, "factual", "what time is the brackenford travel office open till on a sat", HT,
         ["12:30", "09:00 to 12:30 on Saturdays"],
         ["Brackenford Travel Office, inside Brackenford Library, Church Street 09:00 to 16:30, closed for lunch 13:00 to 13:45 09:00 to 12:30 Closed"]),
    turn(2, "factual", "and the one in marlstow?", HT,
         ["17:00", "09:00 to 17:00 on Saturdays"],
         ["Marlstow Travel Centre, Market Street Bus Station 08:00 to 18:00 09:00 to 17:00 Closed"]),
    turn(3, "yes_no", "is brackenford stopping saturdays? my mum buys her weekly ticket there", DX,
         ["yes", "yes, from Saturday 8 January 2028 the Brackenford Travel Office closes on Saturdays (weekday hours unchanged; 7-day tickets can also be bought on the bus or in the app)"],
         ["The meeting agreed that from Saturday 8 January 2028 the Brackenford Travel Office will close on Saturdays.",
          "most of them buying 7-day tickets that can also be bought on the bus or in the app."]),
]})
items.append({"id": f"tb-{len(items)+1:03d}", "type": "conversation", "doc": TX, "turns": [
    turn(1, "factual", "how long do we get for the walkround", TX,
         ["10 minutes, paid", "10 minutes"],
         ["Every duty that takes a bus out of a depot includes 10 minutes, paid, for the walk-round check."]),
    turn(2, "factual", "and if im taking over a bus on the road?", TX,
         ["no full walk-round: check the dashboard warning lights, mirrors and doors, about 2 minutes", "about 2 minutes"],
         ["A relief driver taking over a bus on the road does not do a full walk-round. They check the dashboard warning lights, the mirrors and the doors, which takes about 2 minutes, and report anything wrong on DefectLog at the end of the duty."]),
    turn(3, "yes_no", "is the walkround time going up? heard it came up at the managers meeting", DX,
         ["yes", "yes, to 15 minutes at both depots from Monday 3 January 2028", "15 minutes from 3 January 2028"],
         ["The meeting agreed that from Monday 3 January 2028 every duty that takes a bus out of either depot will include 15 minutes for the walk-round check, instead of 10 minutes."]),
    turn(4, "yes_no", "what about the on the road check, does that change", DX,
         ["no", "no, the relief driver's check on the road stays as it is"],
         ["The shorter check by a relief driver taking over a bus on the road stays as it is."]),
]})
items.append({"id": f"tb-{len(items)+1:03d}", "type": "conversation", "doc": PD, "turns": [
    turn(1, "factual", "hows much is the group day ticket", PD,
         ["£14.00", "£14"],
         [("A Group day ticket costs £14.00 and covers up to 5 people travelling together in all zones", 2)]),
    turn(2, "factual", "how many of us can go on it", PD,
         ["up to 5 people, no more than 2 of them aged 19 or over", "5 (max 2 adults aged 19+)"],
         [("A Group day ticket costs £14.00 and covers up to 5 people travelling together in all zones, of whom no more than 2 may be aged 19 or over.", 2)]),
    turn(3, "yes_no", "is it going cheaper for xmas?", DX,
         ["yes", "yes, it goes down to £12.00 from Saturday 4 December 2027, and stays at £12.00 afterwards"],
         ["The meeting agreed that the Group day ticket will go down from £14.00 to £12.00 from Saturday 4 December 2027, and stay at £12.00 afterwards, with the rules on who it covers unchanged; sales will be reviewed in June 2028."]),
]})
json.dump({"items": items}, open(HERE / "dev.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
import collections
print(len(items), collections.Counter(i["type"] for i in items),
      sum(len(i["turns"]) if i["type"] == "conversation" else 1 for i in items), "judged rows")
