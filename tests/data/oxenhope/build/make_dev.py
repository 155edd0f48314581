"""Writes dev.json for the oxenhope held-out set: questions written from the documents in docs/ before any product
run. Same schema as fellgate (and ellerby, tarnbeck, stainforth, coldharbour, ferncombe, hartwell, ashgrove and the
earlier sets)."""
from pathlib import Path
HERE = Path(__file__).resolve().parents[1]  # tests/data/oxenhope
import json
MD, PD, DX, HT, TX = ("field-operations-handbook.md", "customer-charter-and-billing-guide.pdf",
                      "operations-board-minutes-2034-02-14.docx", "customer-help-centre.html",
                      "burst-main-and-supply-interruption-procedure.txt")
items = []
def add(type, q, doc, answers, evidence, **kw):
    ev = [{"quote": e[0], "page": e[1]} if isinstance(e, tuple) else {"quote": e} for e in evidence]
    it = {"id": f"ox-{len(items)+1:03d}", "type": type, "q": q, "doc": doc, "answerable": type != "unanswerable",
          "answers": answers, "evidence": ev}
    it.update(kw)
    items.append(it)
    return it

# rows of the procedure's column table, their wrapped cells in line order
CAT_1 = ('1: major a trunk main call the Duty Incident crew on site burst, homes Manager, open the within 1 hour; '
         'flooded, a main incident room, tell customers told road closed or Water Quality and within 30 over 1,000 '
         'Customer Services minutes properties off supply')
CAT_2 = ('2: serious a burst with 250 isolate, plan the crew on site to 1,000 repair with Network within 2 hours; '
         'properties off Control, send text water back supply, or on a alerts within 12 hours bus route')
CAT_3 = ('3: standard a burst with fewer isolate and repair, crew on site than 250 put a card through within 4 hours; '
         'properties off every door affected water back supply within 12 hours')
CAT_4 = ('4: minor leak a leak with no log it in FieldPath repaired within loss of supply or with photos and book '
         '5 working days damage the repair')
STANDBY = ("- **Standby allowance:** **£45** for each weekday night on standby, and **£80** for each Saturday, Sunday "
           "or bank holiday.")
CALLOUT = ("- **Call-out payment:** **£30** each time you are called out, or **£50** if you are called out between "
           "midnight and 06:00, plus the hours worked at overtime rates, with a minimum of **2 hours**.")
LINES = "Line Monday to Friday Saturday Sunday Bank holidays"
BILLING = "Billing and accounts (0808 157 0300) 08:00 to 20:00 08:00 to 14:00 Closed Closed"
EMERGENCY = "Emergencies: no water, bursts, sewer flooding (0808 157 0999) 24 hours 24 hours 24 hours 24 hours"
QUALITY = "Water quality: taste, colour or smell (0808 157 0444) 08:00 to 20:00 08:00 to 18:00 10:00 to 16:00 10:00 to 16:00"
PRIORITY = "Priority services (0808 157 0555) 08:00 to 20:00 09:00 to 17:00 09:00 to 13:00 Closed"
CHARGES = "Tariff and meter type Water Sewerage"
GSS = "Standard Payment Notes"
STATIONS = ("* If properties are expected to be without water for more than 12 hours, the Incident Manager opens "
            "bottled water stations, at least one for every 2,000 properties off supply.")

# ---- factual (19)
add("factual", "thinking of applying for a treatment operator job at stonecroft, whats the wage", MD,
    ["£32,900 – £37,200 a year", "£32,900 – £37,200 a year on grade F3, with 6 months' probation"],
    ["| F3 | Treatment Operator, Network Controller, Senior Network Technician | £32,900 – £37,200 a year | 6 months |"],
    note="F2 (network technicians, leakage inspectors, van drivers) is £27,800 – £31,600 and F4 £38,500 – £43,900.")
add("factual", "been here 6 yrs, if im off long term how many weeks do i get on full pay", MD,
    ["16 weeks", "16 weeks' full pay and then 16 weeks' half pay (5 to 10 years' service), counted over a rolling 12 months and including SSP"],
    ["| 5 to 10 years | 16 weeks | 16 weeks |",
     "Company sick pay depends on your continuous service on the first day of absence, is counted over a rolling 12 months and includes statutory sick pay (SSP)."],
    note="2 to 5 years gives 10 weeks of each; 10 years or more 26 weeks of each.")
add("factual", "im a leakage inspector on nights, whats the latest i can ring in sick", MD,
    ["at least 2 hours before the shift", "phone your team leader at least 2 hours before a late or night shift (by 06:30 for a day shift); phone, do not text"],
    ["1. **Network technicians and leakage inspectors:** phone your team leader by **06:30** for a day shift, or at least **2 hours** before a late or night shift.",
     "Phone, do not text, the person below."],
    note="Treatment operators phone at least 4 hours before, contact centre advisers and network controllers 3 hours, meter readers by 07:30.")
add("factual", "how many days hols do i get once ive done 8 years", MD,
    ["30 days", "30 days a year (7 to 15 years' service) plus the eight bank holidays; up to 6 days can be carried over"],
    ["| 7 to 15 years | 30 days | Up to 6 days |",
     "Full-time staff get the following, **plus the eight bank holidays**:"])
add("factual", "were on a meter, whats the sewrage bit per cubic metre now", PD,
    ["£2.31", "£2.31 a cubic metre (it was £2.16), charged on 95% of the water the meter records; water itself is £1.87 a cubic metre"],
    [("Metered: charge a cubic metre £1.87 £2.31", 1), (CHARGES, 1),
     ("Metered sewerage now costs £2.31 a cubic metre, instead of £2.16.", 1)])
add("factual", "live on my own in a flat and they cant fit a meter, what will i pay", PD,
    ["£318 a year", "£318 a year, the Assessed Charge for a single occupier: £171 for water and £147 for sewerage (it was £296)"],
    [("The Assessed Charge for a single occupier is now £318 a year, instead of £296.", 1),
     ("Assessed Charge: single occupier a year £171 £147", 1)],
    note="Other homes on the Assessed Charge pay £236 and £203.")
add("factual", "applied for a water meter last week, how long till its fitted", PD,
    ["within 90 days of receiving the application", "within 90 days of receiving your application, after a visit within 10 working days to check where it can go; if it is late you are paid £30"],
    [("3. We fit the meter within 90 days of receiving your application.", 2),
     ("2. We visit within 10 working days to check where a meter can go, usually in the pavement outside.", 2),
     ("Meter not fitted in time £30 within 90 days of your application", 3)])
add("factual", "if the meter ends up costing more how long have i got to go back", PD,
    ["24 months from when the meter is fitted", "you can switch back to unmetered charges within 24 months of the meter being fitted"],
    [("4. Your metered bills start from the day the meter is fitted. If they turn out higher, you can switch back to unmetered charges within 24 months of the meter being fitted.", 2)])
add("factual", "how many bursts did crews fix last year", DX,
    ["1,942", "1,942 bursts in 2033, 1,311 of them between November and March"],
    ["Gideon Thwaites reported that crews repaired 1,942 bursts on the network in 2033, 1,311 of them between November and March."],
    note="The burst main procedure gives the same figures; leakage inspectors found 2,604 leaks.")
add("factual", "how much did we pay customers in compensaton last year", DX,
    ["£96,480", "£96,480 in 2,316 guaranteed standards payments in 2033, of which £56,720 was for 1,418 missed appointments"],
    ["Customer Services made 2,316 guaranteed standards payments in 2033, totalling £96,480."],
    note="£56,720 for missed appointments appears under item 4.")
add("factual", "how many calls did the contact centre get in 2033", DX,
    ["412,600", "412,600 calls, with 87% of billing calls answered within 2 minutes"],
    ["Ravinder Okafor-Lunn reported that the contact centre took 412,600 calls in 2033 and answered 87% of billing calls within 2 minutes."],
    note="Not the £412,000 that printing and posting bills cost.")
add("factual", "water tastes weird, kind of metallic, who do i ring", HT,
    ["the water quality line, 0808 157 0444", "the water quality line, 0808 157 0444 (08:00 to 20:00 Monday to Friday, 08:00 to 18:00 on Saturday, 10:00 to 16:00 on Sundays and bank holidays), and don't drink it meanwhile; outside those hours call the emergency line, 0808 157 0999"],
    [QUALITY, LINES,
     "If it tastes or smells of anything else, do not drink it and phone the water quality line."])
add("factual", "what time does the priority services line open on a saturday", HT,
    ["09:00", "09:00 to 17:00 on Saturdays (08:00 to 20:00 Monday to Friday, 09:00 to 13:00 on Sundays)"],
    [PRIORITY, LINES])
add("factual", "waters back on but its come out brown, how long do i run the tap before i call", HT,
    ["20 minutes", "run the cold kitchen tap until it runs clear; if it is still discoloured after 20 minutes, phone the water quality line"],
    ["When the water comes back it may be cloudy or brown for a short time. Run the cold kitchen tap until it runs clear. If it is still discoloured after 20 minutes, phone the water quality line."])
add("factual", "doing the meter test for a leak, how long do i have to not use any water", HT,
    ["at least 1 hour", "at least 1 hour: turn off every tap and appliance, read the meter, wait without using water and read it again; if the numbers have moved you probably have a leak"],
    ["If you have a meter, turn off every tap and appliance that uses water and read the meter. Wait at least 1 hour without using any water and read it again. If the numbers have moved, you probably have a leak."],
    note="The toilet test is 15 minutes with food colouring.")
add("factual", "how fast do we need a crew at a cat 2 burst", TX,
    ["within 2 hours", "within 2 hours, with the water back within 12 hours"],
    [CAT_2, "Crew on site, category 2 ....... 2 hours"],
    note="Category 1 is 1 hour and category 3 is 4 hours.")
add("factual", "whats the number for the duty incident manger", TX,
    ["0113 496 0205", "0113 496 0205"],
    ["Duty Incident Manager ................ 0113 496 0205"])
add("factual", "how much bottled water does each person get at a station", TX,
    ["10 litres a day", "10 litres a day, collected from a bottled water station"],
    ["* Each person can collect 10 litres of bottled water a day from a station."])
add("factual", "how long do incident records get kept", TX,
    ["7 years", "incident records are kept for 7 years"],
    ["Incident records kept .......... 7 years"])

# ---- yes/no (9: 5 no, 4 yes)
add("yes_no", "got called out at half 11 last night, do i get the £50 call out", MD,
    ["no", "no, the £50 is for a call-out between midnight and 06:00; a call-out before midnight gets £30, plus the hours worked at overtime rates with a minimum of 2 hours"],
    [CALLOUT])
add("yes_no", "do staff get owt off their own water bill, i live in lathebridge", MD,
    ["yes", "yes, a 25% discount on your own household water and sewerage bill if you live in Oxenhope Water's area"],
    ["- A **25%** discount on your own household water and sewerage bill if you live in our area."])
add("yes_no", "can i pay my water bill weekly instead of monthly", PD,
    ["yes", "yes, you can pay weekly or fortnightly, as well as in full by 1 May or in 10 monthly instalments from April to January"],
    [("You can pay the year's bill in full by 1 May, in 10 monthly instalments from April to January, or weekly or fortnightly.", 2)])
add("yes_no", "skint this month, will they cut my water off if i dont pay", PD,
    ["no", "no, Oxenhope Water never cuts off the water supply to a home because a bill has not been paid; a missed instalment brings a reminder with 21 days to pay, and a payment plan can spread what you owe"],
    [("We never cut off the water supply to a home because a bill has not been paid.", 2),
     ("If you miss an instalment we send a reminder, and you have 21 days to pay it.", 2)])
add("yes_no", "are they bringing in a charge for paper bills", DX,
    ["no", "no, the proposal to charge £1.50 for every paper bill was not agreed; paper bills stay free"],
    ["The board did not agree: paper bills stay free.",
     "Paper bills stay free; the proposal to charge £1.50 a bill was not agreed."])
add("yes_no", "are flushable wipes ok to go down the loo", HT,
    ["no", "no, wet wipes of any kind, including those labelled flushable or biodegradable, must not be flushed; only pee, poo and paper"],
    ["Wet wipes of any kind, including those labelled flushable or biodegradable.",
     "Only flush the three Ps: pee, poo and paper."])
add("yes_no", "waters just come back on, can i stick a wash on straight away", HT,
    ["no", "no, don't use the washing machine or dishwasher until the water from the kitchen tap runs clear"],
    ["Do not use your washing machine or dishwasher until the water from the kitchen tap runs clear."])
add("yes_no", "one of the houses off supply has a dialysis patient, do we need to ring them", TX,
    ["yes", "yes, dialysis patients at home are sensitive customers and are phoned within 1 hour; hospitals and care homes get a tanker or bowser within 2 hours if they need one"],
    ["* Dialysis patients at home are phoned within 1 hour, and hospitals and care homes get a tanker or bowser within 2 hours if they need one.",
     "* SENSITIVE CUSTOMERS are hospitals, care homes, schools, dialysis patients at home and everyone on the Priority Services Register."])
add("yes_no", "burst is pouring down the high street, do i need to let the council know", TX,
    ["yes", "yes, if the burst is on a road, phone Lathe Valley Council highways on 0113 496 0800"],
    ["3. If the burst is on a road, phone Lathe Valley Council highways. If you smell gas, move everyone back and phone the Lathe Gas emergency line.",
     "Lathe Valley Council highways ........ 0113 496 0800"])

# ---- list (6)
add("list", "going down a chamber tomorrow, what kit do i need", MD,
    ["a 4-gas monitor", "a harness and tripod", "an escape set", "a second person at the top", "a permit in FieldPath"],
    ["| Confined space entry (chambers, sewers, tanks) | 4-gas monitor, harness and tripod, escape set, a second person at the top, permit in FieldPath |"],
    note="The confined space allowance is £12 a shift.")
add("list", "whats changed in the new charter", PD,
    ["metered water standing charge £42.00 a year instead of £38.50",
     "metered water £1.87 a cubic metre instead of £1.74",
     "metered sewerage £2.31 a cubic metre instead of £2.16",
     "average unmetered household bill £468 a year instead of £441",
     "Assessed Charge for a single occupier £318 a year instead of £296",
     "WaterAssist 50% off for household incomes below £21,000 instead of £19,500",
     "sewage flooding inside the home: at least £1,000 instead of £750",
     "21 days to pay a reminder before further action instead of 14 days"],
    [("The metered water standing charge is now £42.00 a year, instead of £38.50.", 1),
     ("Metered water now costs £1.87 a cubic metre, instead of £1.74.", 1),
     ("Metered sewerage now costs £2.31 a cubic metre, instead of £2.16.", 1),
     ("The average unmetered household bill is now £468 a year, instead of £441.", 1),
     ("The Assessed Charge for a single occupier is now £318 a year, instead of £296.", 1),
     ("WaterAssist now gives 50% off to households with an income below £21,000, instead of £19,500.", 1),
     ("If sewage floods inside your home, we now pay at least £1,000, instead of £750.", 1),
     ("You now have 21 days to pay a reminder before we take further action, instead of 14 days.", 1)])
add("list", "what jobs did ravinder get at the board meeting and when are they due", DX,
    ["issue version 7.1 of the Customer Charter and Billing Guide and change the missed appointment payment in TapLedger, by 24 March 2034",
     "update the help centre page and arrange the extra Saturday shifts, by 28 February 2034",
     "present the contact centre plan for the customer forum, by 10 March 2034"],
    ["Issue version 7.1 of the Customer Charter and Billing Guide and change the missed appointment payment in TapLedger Ravinder Okafor-Lunn 24 March 2034",
     "Update the help centre page and arrange the extra Saturday shifts Ravinder Okafor-Lunn 28 February 2034",
     "Present the contact centre plan for the customer forum Ravinder Okafor-Lunn 10 March 2034"])
add("list", "who can get on the priorty register", HT,
    ["people of state pension age",
     "people with a disability or long-term illness, or who are blind, partially sighted, deaf or hard of hearing",
     "people who depend on water for medical reasons, such as dialysis at home or a stoma",
     "households with a baby under 12 months, or someone pregnant",
     "people with a mental health condition, dementia or a learning disability",
     "people who need help for a while, for example after a stay in hospital or a bereavement"],
    ["Our Priority Services Register is free. You can join if you, or someone you live with:",
     "is of state pension age;",
     "has a disability or a long-term illness, or is blind, partially sighted, deaf or hard of hearing;",
     "depends on water for medical reasons, for example for dialysis at home or a stoma;",
     "has a baby under 12 months or is pregnant;",
     "has a mental health condition, dementia or a learning disability; or",
     "needs help for a while, for example after a stay in hospital or a bereavement."])
add("list", "what are the burst categories", TX,
    ["category 1, major: a trunk main burst, homes flooded, a main road closed or over 1,000 properties off supply (crew on site within 1 hour)",
     "category 2, serious: a burst with 250 to 1,000 properties off supply, or on a bus route (crew within 2 hours)",
     "category 3, standard: a burst with fewer than 250 properties off supply (crew within 4 hours)",
     "category 4, minor leak: a leak with no loss of supply or damage (repaired within 5 working days)"],
    [CAT_1, CAT_2, CAT_3, CAT_4])
add("list", "who counts as a sensitive customer", TX,
    ["hospitals", "care homes", "schools", "dialysis patients at home", "everyone on the Priority Services Register"],
    ["* SENSITIVE CUSTOMERS are hospitals, care homes, schools, dialysis patients at home and everyone on the Priority Services Register."])

# ---- explanation (6)
add("explanation", "first standby week coming up, what do i actually have to do", MD,
    ["A standby week runs from Friday 07:00 to the next Friday at 07:00. While on standby you must stay within 30 "
     "minutes' drive of your depot and keep your company van with you, answer a call from Network Control within 10 "
     "minutes, and be on site within 1 hour for a category 1 burst, or as Network Control directs for anything else. "
     "On top of the standby allowance you get a call-out payment each time you are called out, plus the hours worked "
     "at overtime rates with a minimum of 2 hours"],
    ["A standby week runs from **Friday 07:00** to the next Friday at 07:00. While you are on standby you must:",
     "- stay within **30 minutes' drive** of your depot and keep your company van with you;",
     "- answer a call from Network Control within **10 minutes**; and",
     "- be on site within **1 hour** for a category 1 burst, or as Network Control directs for anything else.",
     CALLOUT],
    note="The standby allowance is £45 a weekday night and £80 a weekend day or bank holiday; the minutes of 14 February 2034 raise the £45 to £52 from Monday 3 April 2034.")
add("explanation", "fallen behind on the water bill and cant pay it all in one go, how do payment plans work", PD,
    ["Phone Customer Services or use the payment plan tool in MyOxenhope and tell them about your household's income "
     "and outgoings. They agree a plan that covers your current charges and clears what you owe over up to 24 months, "
     "paying as little as £2 a week towards the arrears. If you keep to the plan for 12 months, the WaterSteps scheme "
     "pays £1 off your arrears for every £1 you pay, up to £750. If you miss a payment, call within 14 days and the "
     "plan can be reset once"],
    [("1. Phone Customer Services or use the payment plan tool in MyOxenhope.", 2),
     ("2. Tell us about your household's income and outgoings.", 2),
     ("3. We agree a plan that covers your current charges and clears what you owe over up to 24 months, paying as little as £2 a week towards the arrears.", 2),
     ("4. Keep to the plan for 12 months and our WaterSteps scheme pays £1 off your arrears for every £1 you pay, up to £750.", 2),
     ("5. If you miss a payment, call us within 14 days and we can reset the plan once.", 2)])
add("explanation", "complained about my bill and still not happy with what they said, what can i do now", PD,
    ["Oxenhope Water must reply in writing within 10 working days, or pay you £30. If you are not happy with the reply, "
     "ask for a review by the Customer Relations Manager, who replies within 20 working days. If you still disagree, "
     "the Lathe Valley Water Consumer Council can take up your complaint free of charge, and if it is still not "
     "settled you can go to the Independent Water Complaints Service within 12 months of the final reply; its "
     "decision binds the company but not you"],
    [("2. We reply in writing within 10 working days, or pay you £30.", 3),
     ("3. If you are not happy with the reply, ask for a review by our Customer Relations Manager, who replies within 20 working days.", 3),
     ("4. If you still disagree, the Lathe Valley Water Consumer Council can take up your complaint with us free of charge.", 4),
     ("5. If it is still not settled, you can go to the Independent Water Complaints Service within 12 months of our final reply. Its decision binds us but not you.", 4)])
add("explanation", "why isnt the smart meter trial in cragton going ahead", DX,
    ["It has not been turned down but deferred. Perpetua Oyelaran proposed a pilot of 6,000 smart meters in Cragton, at "
     "about £720,000. The board asked for the result of the FlowWatch data platform tender first, so the proposal was "
     "deferred to the April meeting on Tuesday 11 April 2034; Perpetua Oyelaran is to report the tender result by "
     "31 March 2034"],
    ["Perpetua Oyelaran proposed a pilot of 6,000 smart meters in Cragton, at about £720,000.",
     "The board asked for the result of the FlowWatch data platform tender first, so the proposal was deferred to the April meeting on Tuesday 11 April 2034.",
     "Report the result of the FlowWatch data platform tender Perpetua Oyelaran 31 March 2034"])
add("explanation", "think ive got a leak somewhere, how do i check", HT,
    ["If you have a meter, turn off every tap and appliance that uses water, read the meter, wait at least 1 hour "
     "without using any water and read it again: if the numbers have moved you probably have a leak. For a toilet, put "
     "a few drops of food colouring in the cistern and wait 15 minutes without flushing; colour in the bowl means it "
     "leaks. Outside, look for damp patches, puddles that do not dry up or a line of greener grass; indoors, listen for "
     "hissing near the stop tap and look for damp on walls and ceilings. The pipe from your boundary is yours, but "
     "Oxenhope Water repairs a leak on it free once for each property if it is not under a building"],
    ["If you have a meter, turn off every tap and appliance that uses water and read the meter. Wait at least 1 hour without using any water and read it again. If the numbers have moved, you probably have a leak.",
     "To check a toilet, put a few drops of food colouring in the cistern and wait 15 minutes without flushing. Colour in the bowl means the cistern is leaking.",
     "Outside, look for damp patches, puddles that do not dry up, or grass that stays greener along the line of your supply pipe.",
     "Indoors, listen for a hissing sound near the stop tap when everything is turned off, and look for damp on walls and ceilings.",
     "The pipe from your boundary into your home is yours, but we repair a leak on it free of charge, once for each property, if it is not under a building."])
add("explanation", "new to the network team, what actually happens when a burst gets called in", TX,
    ["Network Control logs the job in FieldPath, checks FlowWatch for falling pressure or rising flow, sets the "
     "category and sends the nearest crew. The first crew makes the area safe with signs, cones and barriers, phones "
     "council highways if it is on a road (and the gas emergency line if they smell gas), then isolates the burst so "
     "the fewest properties lose water, never closing a trunk main valve without Network Control's agreement. The "
     "Customer Services incident desk puts it on the live map and texts customers within 30 minutes of the isolation. "
     "The crew repairs the main hygienically and flushes it until clear, sampling for Water Quality on mains of 150 mm "
     "or more before customers are put back on"],
    ["1. Network Control logs the job in FieldPath, checks FlowWatch for falling pressure or a rise in flow, sets the category and sends the nearest crew.",
     "2. The first crew on site makes the area safe with signs, cones and barriers, and keeps the public away from holes and flowing water.",
     "3. If the burst is on a road, phone Lathe Valley Council highways. If you smell gas, move everyone back and phone the Lathe Gas emergency line.",
     "4. Find the valves and isolate the burst in the way that leaves the fewest properties without water. Never close a valve on a trunk main without the agreement of Network Control.",
     "5. Network Control tells the Customer Services incident desk, which puts the incident on the live map and texts the customers affected within 30 minutes of the isolation.",
     "7. Before turning the water back on, flush the main until it runs clear. On a main of 150 mm or more, take a sample for Water Quality before customers are put back on."])

# ---- unanswerable (6: 5 near misses, one per document, and 1 off-topic)
add("unanswerable", "how much does it cost to buy extra holiday days", MD, [], [], subtype="near_miss",
    note="The handbook says staff can buy up to 5 extra days of leave a year through salary sacrifice, but not what they cost.")
add("unanswerable", "want my meter moved from the pavement to inside the house, how much is that", PD, [], [], subtype="near_miss",
    note="The guide says meters are fitted free, usually in the pavement, but says nothing about moving one or its cost.")
add("unanswerable", "how much did fixing leaks cost us last year", DX, [], [], subtype="near_miss",
    note="The minutes give leakage (38.2 megalitres a day), leaks found (2,604) and bursts repaired (1,942), not repair costs.")
add("unanswerable", "whats the email address to send my meter reading to", HT, [], [], subtype="near_miss",
    note="The help page says readings can be sent in MyOxenhope and gives phone numbers, but no email address.")
add("unanswerable", "how many bowsers have we got at lathebridge", TX, [], [], subtype="near_miss",
    note="The procedure says the bottled water stock and the bowsers are kept at Lathebridge Depot, but not how many.")
add("unanswerable", "whats a good easy recipe for flapjack", None, [], [], subtype="off_topic",
    note="Not covered by any document.")

# ---- summary (2)
add("summary", "can u give me the gist of the customer charter", PD, [
    "Version 7 of Oxenhope Water's Customer Charter and Billing Guide covers household water and sewerage charges from 1 April 2034 to 31 March 2035; household charges carry no VAT and businesses are not covered",
    "Metered homes pay a standing charge (£42.00 for water, £36.00 for sewerage) and £1.87 and £2.31 a cubic metre; unmetered homes pay on rateable value (an average bill of £468), and homes that cannot have a meter can pay the Assessed Charge (£318 for a single occupier)",
    "Bills can be paid in full by 1 May, in 10 monthly instalments, weekly or fortnightly; the water is never cut off for an unpaid bill, and payment plans spread arrears over up to 24 months",
    "Help for those struggling includes WaterAssist (50% off for household incomes below £21,000), WaterSure Plus (bills capped at £468) and the Priority Services Register",
    "Meters are fitted free within 90 days, and you can switch back within 24 months",
    "Guaranteed standards payments are made automatically, for example £40 for a missed appointment, £30 for an unplanned interruption of more than 12 hours, £25 for low pressure and at least £1,000 for sewer flooding inside the home",
    "Complaints get a written reply within 10 working days, then a review by the Customer Relations Manager, then the Lathe Valley Water Consumer Council and the Independent Water Complaints Service"],
    [("Version 7, for household charges from Saturday 1 April 2034 to Saturday 31 March 2035;", 1),
     ("Household water and sewerage charges carry no VAT.", 1),
     ("Metered: standing charge a year £42.00 £36.00", 1),
     ("Unmetered: average household bill a year £251 £217", 1),
     ("We never cut off the water supply to a home because a bill has not been paid.", 2),
     ("3. We fit the meter within 90 days of receiving your application.", 2),
     ("Missed appointment £40 morning or afternoon slot; 24 hours' notice", 3),
     ("Unplanned interruption £30 after 12 hours, then £30 each further 24 hours", 3),
     ("2. We reply in writing within 10 working days, or pay you £30.", 3)])
add("summary", "what did the ops board decide in february", DX, [
    "From Monday 3 April 2034 the standby allowance for a weekday night goes up from £45 to £52; the £80 for a weekend day or bank holiday and the £30 call-out payment do not change",
    "From Saturday 1 April 2034 the payment for a missed appointment goes up from £40 to £60",
    "From Monday 1 May 2034 bottled water stations open when properties are expected to be without water for more than 8 hours, instead of 12",
    "From Saturday 4 March 2034 the billing and accounts line is open on Saturdays until 18:00, instead of 14:00",
    "Paper bills stay free; the proposal to charge £1.50 a bill was rejected",
    "Deferred: the Cragton smart meter pilot (April meeting, 11 April 2034) and the Lowmill sludge dryer (June meeting, 13 June 2034)"],
    ["From Monday 3 April 2034 the standby allowance for a weekday night goes up from £45 to £52; the £80 for a weekend day or bank holiday and the £30 call-out payment do not change.",
     "From Saturday 1 April 2034 the payment for a missed appointment goes up from £40 to £60.",
     "From Monday 1 May 2034 bottled water stations open when properties are expected to be without water for more than 8 hours, instead of 12.",
     "From Saturday 4 March 2034 the billing and accounts line is open on Saturdays until 18:00, instead of 14:00.",
     "Paper bills stay free; the proposal to charge £1.50 a bill was not agreed.",
     "Deferred: the Cragton smart meter pilot (April meeting, 11 April 2034) and the Lowmill sludge dryer (June meeting, 13 June 2034)."])

# ---- conversations (4)
def turn(n, type, q, doc, answers, evidence):
    ev = [{"quote": e[0], "page": e[1]} if isinstance(e, tuple) else {"quote": e} for e in evidence]
    return {"turn": n, "type": type, "q": q, "doc": doc, "answerable": True, "answers": answers, "evidence": ev}
items.append({"id": f"ox-{len(items)+1:03d}", "type": "conversation", "doc": MD, "turns": [
    turn(1, "factual", "im on standby next week, whats the money for a weeknight", MD,
         ["£45", "£45 for each weekday night on standby (£80 for a Saturday, Sunday or bank holiday)"],
         [STANDBY]),
    turn(2, "factual", "and the weekend days?", MD,
         ["£80", "£80 for each Saturday, Sunday or bank holiday"],
         [STANDBY]),
    turn(3, "factual", "lads at the depot reckon the weeknight rates going up, to what", DX,
         ["£52", "£52 a weekday night, up from £45, from Monday 3 April 2034"],
         ["The board agreed that from Monday 3 April 2034 the standby allowance for a weekday night goes up from £45 to £52."]),
    turn(4, "yes_no", "is the call out money going up as well", DX,
         ["no", "no, the call-out payment stays at £30, or £50 between midnight and 06:00, and the £80 for a Saturday, Sunday or bank holiday does not change either"],
         ["The £80 for a Saturday, Sunday or bank holiday does not change, and nor does the call-out payment of £30, or £50 between midnight and 06:00."]),
]})
items.append({"id": f"ox-{len(items)+1:03d}", "type": "conversation", "doc": PD, "turns": [
    turn(1, "factual", "engineer never showed for my apointment, how much do you pay for that", PD,
         ["£40", "£40, paid automatically within 10 working days without you needing to ask; you can claim within 3 months if it is not paid"],
         [("Missed appointment £40 morning or afternoon slot; 24 hours' notice", 3), (GSS, 3),
          ("If we fail one of these standards we pay you automatically, within 10 working days, with no need to ask.", 3)]),
    turn(2, "factual", "how much notice are you meant to give if you cant make it", PD,
         ["24 hours", "24 hours' notice, for a morning or afternoon slot"],
         [("Missed appointment £40 morning or afternoon slot; 24 hours' notice", 3)]),
    turn(3, "yes_no", "saw on facebook the missed appointment money is going up, is that true", DX,
         ["yes", "yes, from Saturday 1 April 2034 the payment for a missed appointment goes up from £40 to £60; the payments for an unplanned interruption (£30) and low pressure (£25) do not change"],
         ["The board agreed that from Saturday 1 April 2034 the guaranteed standards payment for a missed appointment goes up from £40 to £60.",
          "The payment for an unplanned interruption stays at £30, and for low pressure at £25."]),
]})
items.append({"id": f"ox-{len(items)+1:03d}", "type": "conversation", "doc": TX, "turns": [
    turn(1, "factual", "how long does a street have to be off before we put bottled water stations out", TX,
         ["more than 12 hours", "when properties are expected to be without water for more than 12 hours, with at least one station for every 2,000 properties off supply"],
         [STATIONS, "Bottled water stations ......... off supply more than 12 hours"]),
    turn(2, "factual", "whos call is that", TX,
         ["the Incident Manager", "the Incident Manager opens the stations (the Duty Incident Manager is on 0113 496 0205)"],
         [STATIONS, "Duty Incident Manager ................ 0113 496 0205"]),
    turn(3, "factual", "gideon said at the briefing its changing, whats the new trigger", DX,
         ["more than 8 hours", "more than 8 hours instead of 12, from Monday 1 May 2034"],
         ["The board agreed that from Monday 1 May 2034 the Incident Manager opens bottled water stations when properties are expected to be without water for more than 8 hours, instead of 12."]),
    turn(4, "yes_no", "does the 4 hour delivery for priority customers change too", DX,
         ["no", "no, customers on the Priority Services Register still get bottled water delivered within 4 hours"],
         ["Customers on the Priority Services Register still get bottled water delivered within 4 hours."]),
]})
items.append({"id": f"ox-{len(items)+1:03d}", "type": "conversation", "doc": HT, "turns": [
    turn(1, "factual", "what time do you stop taking calls about bills on a saturday", HT,
         ["14:00", "14:00; the billing and accounts line (0808 157 0300) is open 08:00 to 14:00 on Saturdays"],
         [BILLING, LINES]),
    turn(2, "yes_no", "can i ring sunday instead then", HT,
         ["no", "no, the billing and accounts line is closed on Sundays and bank holidays; only the emergency line (0808 157 0999) is open 24 hours, for no water, bursts and sewer flooding"],
         [BILLING, LINES, EMERGENCY]),
    turn(3, "yes_no", "my neighbour says youre open later on saturdays now, is that right", DX,
         ["yes", "yes, from Saturday 4 March 2034 the billing and accounts line is open on Saturdays from 08:00 to 18:00 instead of 08:00 to 14:00; it stays closed on Sundays and bank holidays"],
         ["The board agreed that from Saturday 4 March 2034 the billing and accounts line is open on Saturdays from 08:00 to 18:00, instead of 08:00 to 14:00.",
          "It stays closed on Sundays and bank holidays, and the emergency line stays open 24 hours."]),
]})
json.dump({"items": items}, open(HERE / "dev.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
import collections
print(len(items), collections.Counter(i["type"] for i in items),
      sum(len(i["turns"]) if i["type"] == "conversation" else 1 for i in items), "judged rows")
