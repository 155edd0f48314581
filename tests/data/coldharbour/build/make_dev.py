"""Writes dev.json for the coldharbour held-out set: questions written from the documents in docs/ before any product
run. Same schema as ferncombe (and hartwell, ashgrove, saltmoor, alderley and the earlier sets)."""
from pathlib import Path
HERE = Path(__file__).resolve().parents[1]  # tests/data/coldharbour
import json
MD, PD, DX, HT, TX = ("staff-handbook.md", "service-standards-and-charges-schedule.pdf",
                      "operations-board-minutes-2032-11-10.docx", "bins-and-recycling-centres-faq.html",
                      "hot-loads-and-vehicle-fires-procedure.txt")
items = []
def add(type, q, doc, answers, evidence, **kw):
    ev = [{"quote": e[0], "page": e[1]} if isinstance(e, tuple) else {"quote": e} for e in evidence]
    it = {"id": f"cw-{len(items)+1:03d}", "type": type, "q": q, "doc": doc, "answerable": type != "unanswerable",
          "answers": answers, "evidence": ev}
    it.update(kw)
    items.append(it)
    return it

# rows of the procedure's column table, their wrapped cells in line order
LEVEL1 = ("Level 1: a smell of burning stop compacting and Collections warm load or a little smoke drive to a safe "
          "place Control from the body, no to check; tip only if flames it gets worse")
LEVEL2 = ("Level 2: steady smoke, or emergency tip at a 999, then hot load heat you can feel safe place, as in "
          "Collections through the body section 5 Control")
LEVEL3 = ("Level 3: flames from the emergency tip only if 999, then fire in the body or the hopper it is safe to "
          "drive; Collections body if not, stop and get Control everyone 25 metres away")

# ---- factual (19)
add("factual", "how much does a weighbridge operator get paid", MD,
    ["£24,100 – £26,800", "£24,100 to £26,800 a year full-time (grade CW2), with a 3-month probation; the bands are the same at every site"],
    ["| CW2 | Weighbridge Operator, Customer Services Adviser, Administrator, Bulky Waste Crew | £24,100 – £26,800 | 3 months |",
     "Pay bands are for full-time staff and are the same at every site."],
    note="HGV Drivers are CW3, £28,600 to £32,400; Loaders and MRF Sorters are CW1, £22,900 to £24,300.")
add("factual", "ive done 6 years now, how many days holiday do i get", MD,
    ["34 days", "34 days a year (5 to 10 years' service), including the eight bank holidays, with up to 4 days to carry over; the leave year runs from 1 January to 31 December"],
    ["| 5 to 10 years | 34 days | Up to 4 days |",
     "Full-time staff get the following, **including the eight bank holidays**:",
     "The leave year runs from **1 January to 31 December**."],
    note="31 days under 2 years, 32 days for 2 to 5 years, 35 days from 10 years.")
add("factual", "what time do i need to ring in sick by, im on the food waste round", MD,
    ["05:15", "by 05:15, by phone (not text) to Collections Control; crews on the refuse and recycling rounds have until 05:45"],
    ["1. **Collection crews:** phone Collections Control by **05:45**, or by **05:15** if you are on a food waste round.",
     "Phone, do not text, before your shift starts:"],
    note="Food waste rounds start at 05:45, the other rounds at 06:30.")
add("factual", "been here 2 and a half yrs, how long do i get full sick pay for", MD,
    ["7 weeks", "7 weeks on full pay and then 8 weeks on half pay (1 to 4 years' service), counted over a rolling 12 months and including SSP"],
    ["| 1 to 4 years | 7 weeks | 8 weeks |",
     "Company sick pay depends on your continuous service on the first day of absence and is counted over a rolling 12 months."],
    note="4 months to 1 year gives 3 weeks' full pay and 4 weeks' half pay; 4 to 8 years 12 weeks of each.")
add("factual", "whats the penalty if an assisted collection gets missed", PD,
    ["£75 each time", "a default payment of £75 each time, paid to the council from the next monthly service payment; a missed assisted collection must be returned to by the end of the next working day"],
    [("Missed assisted collection £75 each time", 3),
     ("When we do not meet a standard, we pay the council a default payment, taken from the next monthly service payment of £628,500:", 3),
     ("Missed assisted collection returned to by the end of the next working day", 2)],
    note="An ordinary missed collection not returned to within 2 working days is £40 a bin.")
add("factual", "what percentage of bins have to be collected on the right day under the contract", PD,
    ["at least 99.7%", "at least 99.7% of scheduled collections must be made on the scheduled day; the council's Contract Monitoring Officer checks the standards every month"],
    [("Scheduled collections at least 99.7% made on the scheduled day", 2),
     ("The council's Contract Monitoring Officer checks them every month from Binview records, customer services records and street inspections:", 2)])
add("factual", "how much do developers have to pay for bins on a new build", PD,
    ["£95 a set", "£95 a set: developers pay for the first set of bins for a new home"],
    [("Developers pay for the first set of bins for a new home, at £95 a set.", 2)])
add("factual", "whats the most the council can take off us in defaults in one month", PD,
    ["5% of that month's service payment", "default payments in any month are capped at 5% of that month's service payment (the monthly service payment is £628,500)"],
    [("Default payments in any month are capped at 5% of that month's service payment.", 3),
     ("monthly service payment of £628,500:", 3)])
add("factual", "how many hot loads have we had this year", DX,
    ["17", "17 hot loads from January to October 2032, against 9 in the whole of 2031; 12 of them were on blue bin rounds"],
    ["There have been 17 hot loads from January to October 2032, against 9 in the whole of 2031, and 12 of them were on blue bin rounds."])
add("factual", "how many cars got turned away at oxley moor in august", DX,
    ["230", "230 cars were turned away at the gate in August, most of them after 17:45, because Oxley Moor closes at 18:00 in summer"],
    ["Oxley Moor closes at 18:00 in summer, and staff counted 230 cars turned away at the gate in August, most of them after 17:45."])
add("factual", "how much would the electric bin lorry cost", DX,
    ["about £415,000", "about £415,000 with its charger, for a trial on the Brackenfield town rounds; the board asked for leasing and power supply costs and deferred it to the meeting on 18 January 2033"],
    ["Dale also put forward Kerry's proposal to trial an electric refuse collection vehicle on the Brackenfield town rounds, at about £415,000 with its charger.",
     "The board asked for the costs of leasing one and of the power supply at the depot, so the proposal was deferred to the January meeting on Tuesday 18 January 2033."])
add("factual", "how much is it to tip a bag of rubble", HT,
    ["£3.50 a bag", "£3.50 a bag of up to 25 kg for rubble, soil and hardcore, paid by card at the site office; plasterboard is £7 a sheet or a bag"],
    ["We charge for DIY waste: rubble, soil and hardcore are £3.50 a bag of up to 25 kg, and plasterboard is £7 a sheet or a bag.",
     "Pay by card at the site office."])
add("factual", "when do you take the christmas trees away", HT,
    ["in the two weeks after New Year", "from the kerb in the two weeks after New Year, with decorations and pot taken off and the tree cut into pieces no longer than 1.5 metres"],
    ["Real Christmas trees are collected from the kerb in the two weeks after New Year: take off all decorations and the pot, and cut the tree into pieces no longer than 1.5 metres."])
add("factual", "what days is the second shelf shop open", HT,
    ["Friday to Sunday, 10:00 to 15:00", "Friday to Sunday from 10:00 to 15:00, summer and winter; it is closed Monday to Thursday. It is at Brackenfield HRC"],
    ["Second Shelf reuse shop 10:00 to 15:00, Friday to Sunday 10:00 to 15:00, Friday to Sunday Monday to Thursday",
     "The Second Shelf is our reuse shop at Brackenfield HRC."])
add("factual", "can i ring customer services on a saturday, what times", HT,
    ["09:00 to 12:00", "yes, on 0113 496 0250 from 09:00 to 12:00 on Saturdays (08:00 to 17:30 Monday to Friday)"],
    ["call us on 0113 496 0250, Monday to Friday 08:00 to 17:30 and Saturday 09:00 to 12:00"])
add("factual", "at what temp do the thermal cameras at millstream go off", TX,
    ["above 60°C", "above 60°C, raising an alarm in the control room; the cameras watch the tipping hall, the quarantine bay and the sorting line"],
    ["* Thermal cameras watch the tipping hall, the quarantine bay and the sorting line, and raise an alarm in the control room above 60°C."])
add("factual", "how long does a hot load have to stay in the quarantine bay", TX,
    ["at least 4 hours", "at least 4 hours, and until the MRF Shift Supervisor has checked it with the handheld thermal camera"],
    ["is pushed into the quarantine bay with the loading shovel and kept there for at least 4 hours, until the MRF Shift Supervisor has checked it with the handheld thermal camera."])
add("factual", "after a truck fire how long have we got to tell the insurers", TX,
    ["within 48 hours", "within 48 hours, by the Finance Director (the council is told within 24 hours, by the Contract Manager)"],
    ["Insurers told, by the Finance Director .......................... within 48 hours",
     "Council told, by the Contract Manager ........................... within 24 hours"])
add("factual", "how far back do we keep people from a truck thats on fire", TX,
    ["at least 25 metres", "at least 25 metres from a burning load or vehicle, the crew as well as the public"],
    ["5. Keeps the public, and the crew, at least 25 metres from a burning load or vehicle.", LEVEL3],
    note="The 10 metres in section 5 is the distance of the tipping place from buildings, vehicles, trees and cables.")

# ---- yes/no (9: 5 no, 4 yes)
add("yes_no", "im a loader, do i get time and a half for the saturday after a bank holiday", MD,
    ["yes", "yes, Loaders are on grade CW1, and staff on CW1 to CW3 are paid time and a half on Saturdays, including the Saturday catch-up rounds after a bank holiday"],
    ["| CW1 | Loader, MRF Sorter, HRC Site Operative, Cleaner | £22,900 – £24,300 | 3 months |",
     "Staff on grades CW1 to CW3 are paid **time and a quarter** for extra hours on weekdays, **time and a half** on Saturdays, including the Saturday catch-up rounds after a bank holiday, and **double time** on Sundays."])
add("yes_no", "on the bin rounds, can i take the first week of january off", MD,
    ["no", "no, collection crews cannot take leave from 27 December to 14 January, while the Christmas catch-up rounds run and the real trees are collected"],
    ["- **Collection crews:** no leave from **27 December to 14 January**, while the Christmas catch-up rounds run and the real trees are collected."])
add("yes_no", "if we cant get down a street cos of snow do we still pay the council a default", PD,
    ["no", "no, no default payment is due where a collection could not be made because of snow, a blocked road or a council instruction, as long as the council was told the same day"],
    [("No default payment is due where a collection could not be made because of snow, a blocked road or a council instruction, if we told the council the same day.", 3)])
add("yes_no", "i get council tax reduction, do i get money off having my old fridge collected", PD,
    ["yes", "yes, residents who receive Council Tax Reduction pay half the fridge and freezer charge (the full charge is £28 an appliance), and half the bulky waste charges"],
    [("Residents who receive Council Tax Reduction pay half the bulky waste and fridge and freezer charges.", 2),
     ("Fridge or freezer collection £28 an appliance collected separately", 2)])
add("yes_no", "did the board agree to put the fridge collection up to £35", DX,
    ["no", "no, the proposal to ask the council to raise it from £28 to £35 was not agreed; it stays at £28 until Schedule 4 is next reviewed in January 2034"],
    ["The board did not agree: the fridge and freezer charge stays at £28 until Schedule 4 is next reviewed in January 2034.",
     "The fridge and freezer collection charge stays at £28; the proposed rise to £35 was not agreed."])
add("yes_no", "can i take my transit van to the oxley moor tip", HT,
    ["no", "no, vans can use Brackenfield HRC only, because Oxley Moor has a height barrier of 2.1 metres; a van over 2 metres long also needs a free van permit"],
    ["Vans can use Brackenfield HRC only, because Oxley Moor has a height barrier of 2.1 metres.",
     "If your van, pick-up or trailer is over 2 metres long, you need a free van permit from customer services."])
add("yes_no", "do you take plasterbord at the tip", HT,
    ["yes", "yes, but plasterboard is charged as DIY waste at £7 a sheet or a bag, paid by card at the site office"],
    ["We charge for DIY waste: rubble, soil and hardcore are £3.50 a bag of up to 25 kg, and plasterboard is £7 a sheet or a bag.",
     "Pay by card at the site office."])
add("yes_no", "smelling burning from the back of the wagon, should we open the tailgate and have a look", TX,
    ["no", "no, do not open the body or the tailgate to look inside; stop the compactor at once and follow the hot load levels"],
    ["2. Does not open the body or the tailgate to look inside.",
     "1. Stops the compactor at once.", LEVEL1])
add("yes_no", "after a hot load does the truck have to be checked before it goes out again", TX,
    ["yes", "yes, after a level 2 or level 3 hot load the vehicle is not used again until a fitter has checked the body, the hydraulics and the wiring and signed it off in Binview"],
    ["A vehicle that has had a level 2 or level 3 hot load is not used again until a fitter has checked the body, the hydraulics and the wiring and signed it off in Binview.",
     "Vehicle checked by a fitter ......... before its next round"])

# ---- list (6)
add("list", "what perks do we get apart from wages", MD,
    ["a pension: the company pays 5% of salary and you pay at least 3%",
     "free hepatitis B and tetanus jabs",
     "a free eye test every two years for drivers, and £60 towards glasses needed for driving",
     "two sets of uniform a year: a winter jacket in October and summer shirts in April",
     "a £400 bonus if someone you recommend joins and passes probation"],
    ["- A pension: we pay **5%** of your salary and you pay at least 3%.",
     "- Free hepatitis B and tetanus jabs, arranged by the HSE Manager.",
     "- A free eye test every two years for drivers, and **£60** towards glasses you need for driving.",
     "- Two sets of uniform a year: a winter jacket in October and summer shirts in April.",
     "- A **£400 bonus** if someone you recommend joins us and passes probation."])
add("list", "what changed in version 5 of the service standards", PD,
    ["missed collections returned to within 2 working days, instead of 3",
     "bins out by 06:30 on collection day, instead of 07:00",
     "garden waste subscription £52 a year for the first brown bin, instead of £48",
     "bulky waste collection of up to 3 items £36, instead of £32",
     "fridge and freezer collection £28 an appliance, instead of £25",
     "new and replacement bins delivered within 10 working days, instead of 15",
     "default payment for a missed collection not returned to on time £40 a bin, instead of £30"],
    [("A missed collection is now returned to within 2 working days of being reported, instead of 3 working days.", 1),
     ("Residents now put their bins out by 06:30 on collection day, instead of 07:00.", 1),
     ("The garden waste subscription is now £52 a year for the first brown bin, instead of £48.", 1),
     ("A bulky waste collection of up to 3 items now costs £36, instead of £32.", 1),
     ("The fridge and freezer collection charge is now £28 an appliance, instead of £25.", 1),
     ("New and replacement bins are now delivered within 10 working days, instead of 15.", 1),
     ("The default payment for a missed collection not returned to on time is now £40 a bin, instead of £30.", 1)])
add("list", "what actions did imogen get at the november ops board", DX,
    ["send the signed Variation 11 to the council, by 19 November 2032",
     "ask the council for a battery campaign with the council tax bills, by 30 November 2032"],
    ["Send the signed Variation 11 to the council Imogen Pryce 19 November 2032",
     "Ask the council for a battery campaign with the council tax bills Imogen Pryce 30 November 2032"])
add("list", "what cant i put in the blue bin", HT,
    ["plastic bags, carrier bags and cling film",
     "nappies, tissues and kitchen roll",
     "clothes, shoes and other textiles",
     "polystyrene and crisp packets",
     "food, and bagged rubbish of any kind",
     "batteries, vapes and anything with a plug"],
    ["plastic bags, carrier bags and cling film;",
     "nappies, tissues and kitchen roll;",
     "clothes, shoes and other textiles;",
     "polystyrene and crisp packets;",
     "food, and bagged rubbish of any kind;",
     "batteries, vapes and anything with a plug."],
    note="If they are in it, the crew puts a red tag on the bin and does not empty it that day.")
add("list", "what kind of stuff sets bin lorries on fire", TX,
    ["lithium batteries in phones, laptops, toys, power tools, e-bikes and e-scooters",
     "disposable vapes",
     "hot ashes from fires, stoves and barbecues",
     "gas bottles and aerosols that burst when compacted",
     "pool chemicals, paint thinners and other chemicals that react when mixed"],
    ["* lithium batteries in phones, laptops, toys, power tools, e-bikes and e-scooters;",
     "* disposable vapes, which hold a lithium battery;",
     "* hot ashes from fires, stoves and barbecues;",
     "* gas bottles and aerosols that burst when compacted;",
     "* pool chemicals, paint thinners and other chemicals that react when mixed."])
add("list", "think weve got a hot load, what are the first things we do", TX,
    ["stop the compactor at once",
     "do not open the body or the tailgate to look inside",
     "phone 999 for level 2 or above, giving the street, the nearest house number and what the load is",
     "phone Collections Control",
     "keep the public and the crew at least 25 metres from a burning load or vehicle",
     "use the cab extinguisher only on a small fire in the cab, never on a load in the body"],
    ["1. Stops the compactor at once.",
     "2. Does not open the body or the tailgate to look inside.",
     "3. Phones 999 for level 2 or above, giving the street, the nearest house number and what the load is.",
     "4. Phones Collections Control, who send the Crew Supervisor and stop other vehicles coming near.",
     "5. Keeps the public, and the crew, at least 25 metres from a burning load or vehicle.",
     "6. Uses the cab extinguisher only on a small fire in the cab, with a way out behind you, and never on a load in the body."])

# ---- explanation (6)
add("explanation", "how does task and finish work on the rounds", MD,
    ["Collection crews may go home once the round is complete, the vehicle is back at the depot with its end-of-shift "
     "check done in Binview and the Crew Supervisor has agreed, and they are paid for the full shift. If a round cannot "
     "be finished by 15:00 (14:15 for food waste), the crew phones Collections Control before then so the streets left "
     "can be given to another crew"],
    ["**Task and finish:** collection crews may go home once the round is complete, the vehicle is back at the depot with its end-of-shift check done in Binview, and your Crew Supervisor has agreed.",
     "You are paid for the full shift.",
     "If a round cannot be finished by **15:00** (14:15 for food waste), phone Collections Control before then, so the streets left can be given to another crew."])
add("explanation", "what happens if my recycling bin gets a red tag on it", PD,
    ["The crew tags a blue bin, green box or food caddy that holds the wrong things, such as bagged rubbish, nappies "
     "or food in the blue bin, and does not empty it; the tag says what was wrong and the crew records it in Binview "
     "with a photo. Take the wrong items out and the bin is emptied at the next scheduled collection. A tagged bin is "
     "not a missed collection, so it is not returned to. After three tags in 12 weeks, the council writes to the "
     "household and a recycling adviser visits"],
    [("If a blue bin, green box or food caddy holds the wrong things, such as bagged rubbish, nappies or food in the blue bin, the crew does not empty it.", 3),
     ("The crew puts a red tag on the bin saying what was wrong and records it in Binview with a photo.", 3),
     ("The resident takes the wrong items out, and the bin is emptied at the next scheduled collection.", 3),
     ("After three tags in 12 weeks, the council writes to the household and a recycling adviser visits.", 3),
     ("A tagged bin was not emptied because it held the wrong things, and is not a missed collection.", 3)])
add("explanation", "if the council and us fall out over a default payment how does it get sorted", PD,
    ["First the two Contract Managers meet within 10 working days to try to settle it. If that fails it goes to the "
     "council's Director of Place and Coldharbour's Managing Director, who meet within 20 working days. If it is still "
     "not settled either side may ask for mediation, which starts within 30 days, and after that either side may refer "
     "it to an adjudicator agreed by both, whose decision is final"],
    [("1. The two Contract Managers meet within 10 working days to try to settle it.", 4),
     ("2. If it is not settled, it goes to the council's Director of Place and our Managing Director, who meet within 20 working days.", 4),
     ("3. If it is still not settled, either side may ask for mediation, which starts within 30 days.", 4),
     ("4. After that, either side may refer it to an adjudicator agreed by both, whose decision is final.", 4)])
add("explanation", "why are they making supervisors watch tipped loads for longer now", DX,
    ["Because of the fire in vehicle CW19 on Larkspur Road on 14 October 2032: the load was tipped, the fire service put "
     "it out and left at 12:05, and the Crew Supervisor watched it for the 1 hour the procedure asks and left at 13:05, "
     "but at 13:15 the load caught fire again and a resident called the fire service back. A laptop battery and two "
     "disposable vapes were found in it, and there have been 17 hot loads from January to October 2032 against 9 in all "
     "of 2031. So from Monday 22 November 2032 a tipped load must be watched for at least 2 hours after the fire "
     "service leaves"],
    ["Rhys Catterall reported on the fire in vehicle CW19 on Larkspur Road, Brackenfield, on Thursday 14 October 2032.",
     "The fire service put the fire out and left at 12:05.",
     "The Crew Supervisor watched the load for the 1 hour the procedure asks and left at 13:05; at 13:15 the load caught fire again, and a resident called the fire service back.",
     "A laptop battery and two disposable vapes were found in the remains.",
     "There have been 17 hot loads from January to October 2032, against 9 in the whole of 2031",
     "The board agreed that from Monday 22 November 2032 a tipped load must be watched for at least 2 hours after the fire service leaves, instead of 1 hour."])
add("explanation", "why cant batteries go in the bin and what do i do with them", HT,
    ["Batteries and vapes get crushed in the back of the lorries and at the sorting plant and can burst into flames, "
     "and crews have had to tip out burning loads in the street. Put household batteries in a clear bag on top of the "
     "blue bin lid for the crew to take separately, or take them to a recycling centre; vapes should only go to a "
     "recycling centre or back to the shop that sold them"],
    ["Batteries and vapes get crushed in the back of our lorries and at the sorting plant, and can burst into flames.",
     "Our crews have had to tip out burning loads in the street.",
     "Put household batteries in a clear bag on top of your blue bin lid and the crew will take them separately, or take them to a recycling centre.",
     "Vapes should only go to a recycling centre or back to the shop that sold them."])
add("explanation", "one of the lads breathed in smoke at a truck fire, what should we be doing", TX,
    ["Phone 999 for an ambulance as well as the fire service, and move him into fresh air, upwind of the fire. Anyone "
     "burnt should cool the burn under cool running water for at least 20 minutes, with no cream on it. Tell "
     "Collections Control, who tell the HSE Manager and, if asked to, the injured person's family"],
    ["1. Phone 999 for an ambulance as well as the fire service if anyone has breathed in smoke or is burnt.",
     "3. Move anyone who has breathed in smoke into fresh air, upwind of the fire.",
     "2. Cool a burn under cool running water for at least 20 minutes, and do not put cream on it.",
     "4. Tell Collections Control, who tell the HSE Manager and the injured person's family if asked to."])

# ---- unanswerable (6: 5 near misses, one per document, and 1 off-topic)
add("unanswerable", "how much an hour do the agency loaders get", MD, [], [], subtype="near_miss",
    note="The handbook says agency loaders from Streetwise Staffing cover holidays and sickness and that their pay is set by the agency, but gives no rate; the minutes give only the total cost of agency drivers.")
add("unanswerable", "when does coldharbours contract with the council run out", PD, [], [], subtype="near_miss",
    note="The schedule says Coldharbour has collected for the council since 1 April 2029 and that the schedule is next reviewed in January 2034, but gives no end date for the contract.")
add("unanswerable", "how many tonnes did millstream take in during october", DX, [], [], subtype="near_miss",
    note="The minutes give the MRF's intake for July to September together (8,940 tonnes), not for October.")
add("unanswerable", "how many trips to the tip can i make a year on a van permit", HT, [], [], subtype="near_miss",
    note="The FAQ says a van permit is free, lasts 12 months and is for Brackenfield HRC only, but gives no limit on visits.")
add("unanswerable", "how often are the thermal cameras at the mrf tested", TX, [], [], subtype="near_miss",
    note="The procedure says what the cameras watch and that they alarm above 60°C, and gives check intervals for cab extinguishers and training, but nothing on testing the cameras.")
add("unanswerable", "whats a good recipe for chilli con carne", None, [], [], subtype="off_topic",
    note="Not covered by any document.")

# ---- summary (2)
add("summary", "give me a quick summary of the service standards and charges schedule", PD, [
    "Schedule 4, version 5, of the Brackenfield contract between the council and Coldharbour, in force from Monday 5 April 2032, sets out collections, standards, charges to residents and default payments",
    "Grey bins and blue bins with green boxes are each collected every 2 weeks, food caddies every week and subscribed brown bins every 2 weeks from March to November, between 06:30 and 17:00 on weekdays",
    "Standards: at least 99.7% of collections on the scheduled day, missed collections returned to within 2 working days, new bins within 10 working days, bulky waste within 8 working days, complaints answered within 10 working days",
    "Charges set by the council: garden waste £52 a year (£40 for a second bin), bulky waste £36 for up to 3 items, fridges and freezers £28, a replacement bin £30; Council Tax Reduction halves bulky waste and fridge charges",
    "Residents put bins out by 06:30 and keep batteries, vapes and hot ashes out of bins; contaminated bins get a red tag and are not emptied",
    "Default payments (such as £40 a missed bin and £75 a missed assisted collection) come off the £628,500 monthly service payment, capped at 5%",
    "Disputes go from the Contract Managers to the directors, then mediation and an adjudicator"],
    [("Agreed by the Contract Partnership Board on 20 January 2032", 1),
     ("and in force from Monday 5 April 2032", 1),
     ("Grey bin, 180 litres general rubbish every 2 weeks", 1),
     ("Food caddy, 23 litres all food waste every week", 1),
     ("Scheduled collections at least 99.7% made on the scheduled day", 2),
     ("Missed collection, reported returned to within 2 working days", 2),
     ("Garden waste subscription, first brown bin £52 a year 1 March to 28 February", 2),
     ("Bulky waste collection, up to 3 items £36 booked online or by phone", 2),
     ("Put bins out by 06:30 on collection day, and not before 18:00 the evening before.", 3),
     ("Default payments in any month are capped at 5% of that month's service payment.", 3),
     ("1. The two Contract Managers meet within 10 working days to try to settle it.", 4)])
add("summary", "what got decided at the november operations board", DX, [
    "For the subscription year from Tuesday 1 March 2033 the garden waste subscription for the first brown bin rises from £52 to £58 a year (Variation 11); a second brown bin stays at £40",
    "The fridge and freezer collection charge stays at £28; the proposed rise to £35 was rejected",
    "From Saturday 1 January 2033 the HGV licence allowance rises from £1,800 to £2,400 a year; the driving-up payment, standby and first aid allowances do not change",
    "From Monday 22 November 2032 a tipped hot load is watched for at least 2 hours after the fire service leaves instead of 1 hour; the 10-metre tipping distance and the rest of HS-11 do not change",
    "From Friday 1 April 2033 Oxley Moor HRC opens 09:00 to 20:00 in summer instead of 09:00 to 18:00",
    "Deferred: an electric refuse collection vehicle trial (January meeting, 18 January 2033) and a booking system for the recycling centres (March meeting, 15 March 2033)"],
    ["Variation 11: for the subscription year starting Tuesday 1 March 2033 the garden waste subscription for the first brown bin goes up from £52 to £58 a year; the second brown bin stays at £40 a year.",
     "The fridge and freezer collection charge stays at £28; the proposed rise to £35 was not agreed.",
     "From Saturday 1 January 2033 the HGV licence allowance goes up from £1,800 to £2,400 a year; the driving-up payment, standby and first aid allowances do not change.",
     "From Monday 22 November 2032 a tipped hot load is watched for at least 2 hours after the fire service leaves, instead of 1 hour; the 10-metre tipping distance and the rest of HS-11 do not change.",
     "From Friday 1 April 2033 Oxley Moor HRC opens from 09:00 to 20:00 in summer, instead of 09:00 to 18:00.",
     "Deferred: an electric refuse collection vehicle trial (January meeting, 18 January 2033) and a booking system for the recycling centres (March meeting, 15 March 2033)."])

# ---- conversations (4)
def turn(n, type, q, doc, answers, evidence):
    ev = [{"quote": e[0], "page": e[1]} if isinstance(e, tuple) else {"quote": e} for e in evidence]
    return {"turn": n, "type": type, "q": q, "doc": doc, "answerable": True, "answers": answers, "evidence": ev}
items.append({"id": f"cw-{len(items)+1:03d}", "type": "conversation", "doc": MD, "turns": [
    turn(1, "factual", "how much is the hgv licence allowance", MD,
         ["£1,800 a year", "£1,800 a year, paid in monthly instalments, for staff who hold a Category C licence and drive for the company"],
         ["- **HGV licence allowance:** staff who hold a Category C licence and drive for us are paid **£1,800 a year**, in monthly instalments."]),
    turn(2, "factual", "what about loaders who drive a round when a drivers off", MD,
         ["£25 a shift", "£25 a shift (the driving-up payment) for a loader with a Category C licence who drives a round in place of a driver"],
         ["- **Driving-up payment:** a loader with a Category C licence who drives a round in place of a driver is paid **£25 a shift**."]),
    turn(3, "yes_no", "heard at the depot the licence alowance is going up, is that true", DX,
         ["yes", "yes, from Saturday 1 January 2033 it goes up from £1,800 to £2,400 a year"],
         ["The board agreed that from Saturday 1 January 2033 the HGV licence allowance goes up from £1,800 to £2,400 a year for staff who hold a Category C licence and drive for us."]),
    turn(4, "yes_no", "and the £25 one, is that going up too?", DX,
         ["no", "no, the driving-up payment of £25 a shift does not change, and nor do the standby and first aid allowances"],
         ["The driving-up payment of £25 a shift for loaders who drive a round does not change, and nor do the standby and first aid allowances."]),
]})
items.append({"id": f"cw-{len(items)+1:03d}", "type": "conversation", "doc": PD, "turns": [
    turn(1, "factual", "how much is the brown bin subscription", PD,
         ["£52 a year", "£52 a year for the first brown bin, for the subscription year from 1 March to 28 February (it used to be £48)"],
         [("Garden waste subscription, first brown bin £52 a year 1 March to 28 February", 2),
          ("The garden waste subscription is now £52 a year for the first brown bin, instead of £48.", 1)]),
    turn(2, "factual", "n for a second one?", PD,
         ["£40 a year", "£40 a year for a second brown bin at the same address"],
         [("Garden waste subscription, second brown bin £40 a year same address only", 2)]),
    turn(3, "yes_no", "is the first one going up next year", DX,
         ["yes", "yes, for the subscription year starting Tuesday 1 March 2033 it goes up from £52 to £58 a year; a second brown bin stays at £40 a year"],
         ["The board agreed Variation 11 to Schedule 4: for the subscription year starting on Tuesday 1 March 2033, the garden waste subscription for the first brown bin goes up from £52 to £58 a year.",
          "The charge for a second brown bin stays at £40 a year"]),
]})
items.append({"id": f"cw-{len(items)+1:03d}", "type": "conversation", "doc": TX, "turns": [
    turn(1, "factual", "how far away from houses do we need to be to tip a load thats on fire", TX,
         ["at least 10 metres", "at least 10 metres from buildings, parked vehicles, trees and overhead cables, on hard ground and away from drains"],
         ["* at least 10 metres from buildings, parked vehicles, trees and overhead cables;",
          "* on hard ground, such as a car park, a yard or a wide road, and not on grass;", LEVEL2]),
    turn(2, "factual", "once the fire brigade have gone how long does someone have to stay with it", TX,
         ["at least 1 hour", "the Crew Supervisor, or another supervisor sent by Collections Control, watches the load for at least 1 hour before the clear-up crew removes it"],
         ["After the fire service leaves, the Crew Supervisor, or another supervisor sent by Collections Control, watches the load for at least 1 hour before the clear-up crew removes it."]),
    turn(3, "factual", "thought that changed after the larkspur road fire, whats it now", DX,
         ["at least 2 hours", "at least 2 hours after the fire service leaves, instead of 1 hour, from Monday 22 November 2032"],
         ["The board agreed that from Monday 22 November 2032 a tipped load must be watched for at least 2 hours after the fire service leaves, instead of 1 hour."]),
    turn(4, "yes_no", "has the 10 metre rule changed as well", DX,
         ["no", "no, the rule to tip at least 10 metres from buildings, vehicles, trees and overhead cables does not change, and nor does the rest of HS-11"],
         ["The rule to tip at least 10 metres from buildings, vehicles, trees and overhead cables does not change, and nor does the rest of HS-11."]),
]})
items.append({"id": f"cw-{len(items)+1:03d}", "type": "conversation", "doc": HT, "turns": [
    turn(1, "factual", "what time does oxley moor tip shut in the summer", HT,
         ["18:00", "18:00 (it is open 09:00 to 18:00 in summer, from 1 April to 30 September, and closed on Wednesdays); the last car is let in 15 minutes before closing"],
         ["Oxley Moor HRC 09:00 to 18:00 09:00 to 16:00 Wednesdays all year, and Thursdays in winter",
          "Summer hours run from 1 April to 30 September and winter hours from 1 October to 31 March.",
          "The last car is let in 15 minutes before closing."]),
    turn(2, "factual", "and in winter?", HT,
         ["16:00", "16:00 (open 09:00 to 16:00 from 1 October to 31 March, closed on Wednesdays and Thursdays)"],
         ["Oxley Moor HRC 09:00 to 18:00 09:00 to 16:00 Wednesdays all year, and Thursdays in winter"]),
    turn(3, "yes_no", "someone said its going to be open later next summer, is that right", DX,
         ["yes", "yes, from Friday 1 April 2033 Oxley Moor HRC opens from 09:00 to 20:00 in summer, instead of 09:00 to 18:00; the winter hours do not change"],
         ["The board agreed, and Philippa Stannard confirmed the council's agreement, that from Friday 1 April 2033 Oxley Moor HRC opens from 09:00 to 20:00 in summer, instead of 09:00 to 18:00.",
          "Its winter hours, 09:00 to 16:00, and its closure on Wednesdays all year and on Thursdays in winter do not change"]),
]})
json.dump({"items": items}, open(HERE / "dev.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
import collections
print(len(items), collections.Counter(i["type"] for i in items),
      sum(len(i["turns"]) if i["type"] == "conversation" else 1 for i in items), "judged rows")
