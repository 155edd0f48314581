"""Writes dev.json for the saltmoor held-out set: questions written from the documents in docs/ before any product
run. Same schema as alderley (and yarrowby, wrenfield, hollowbrook and the earlier sets)."""
from pathlib import Path
HERE = Path(__file__).resolve().parents[1]  # tests/data/saltmoor
import json
MD, PD, DX, HT, TX = ("staff-handbook.md", "berth-holder-terms.pdf", "management-team-minutes-2031-09-16.docx",
                      "customer-faq.html", "fuel-spill-procedure.txt")
items = []
def add(type, q, doc, answers, evidence, **kw):
    ev = [{"quote": e[0], "page": e[1]} if isinstance(e, tuple) else {"quote": e} for e in evidence]
    it = {"id": f"sm-{len(items)+1:03d}", "type": type, "q": q, "doc": doc, "answerable": type != "unanswerable",
          "answers": answers, "evidence": ev}
    it.update(kw)
    items.append(it)
    return it

# ---- factual (19)
add("factual", "how much does a marina assistant get paid a year", MD,
    ["£25,300 – £27,800", "£25,300 to £27,800 a year full-time (grade SM2), with a 3-month probation; seasonal staff start at the bottom of the range"],
    ["| SM2 | Marina Assistant, Office Administrator | £25,300 – £27,800 | 3 months |",
     "Seasonal staff have a **4-week** probation, whatever their grade, and start at the bottom of the range."],
    note="Senior Marina Assistants are SM3, £28,600 to £31,900; café and chandlery assistants SM1, £23,400 to £24,900.")
add("factual", "been here 6 yrs now, how many days hols do i get", MD,
    ["28 days", "28 days a year (5 to 9 years' service), on top of the eight bank holidays, with up to 5 days to carry over"],
    ["| 5 to 9 years | 28 days | Up to 5 days |",
     "On top of the **eight bank holidays**, full-time staff get:"],
    note="25 days under 2 years, 26 days for 2 to 4 years, 30 days from 10 years.")
add("factual", "wot time do i have to ring in sick by if i work in the cafe", MD,
    ["06:45", "by 06:45, by phone (not text or email) to the Café Manager"],
    ["2. **Café staff:** phone the Café Manager by **06:45**.",
     "Phone, do not text or email, on the first day:"],
    note="Marina Assistants and Dockmasters by 06:00, boatyard staff by 07:15, office and chandlery staff by 08:00.")
add("factual", "im a marina assistant at pellow creek, what are my hours in the summer", MD,
    ["07:30 – 16:00 Monday to Saturday", "07:30 to 16:00, Monday to Saturday (in winter 08:00 to 16:30)"],
    ["| Marina Assistant | 07:00 – 15:30 or 11:00 – 19:30, seven days a week on a rota | 07:30 – 16:00 Monday to Saturday | In winter 08:00 – 16:30 at both sites |"],
    note="At Saltmoor Quay Marina Assistants work 07:00 to 15:30 or 11:00 to 19:30, seven days a week on a rota.")
add("factual", "how much is an annual berth at the quay for my 9.5m yacht", PD,
    ["£3,860", "£3,860 a year for the 8.01 to 10 m band, including VAT (summer season £2,790, winter season £1,650); electricity is extra"],
    [("8.01 to 10 m £3,860 £2,790 £1,650", 2),
     ("Pontoon berths at Saltmoor Quay, for each boat, including VAT.", 2)],
    note="A 9.5 m swinging mooring at Pellow Creek would be £1,460 a year.")
add("factual", "winter season price for a mooring at pellow creek? boat is 11m", PD,
    ["£790", "£790 for the winter season (1 October to 31 March), in the 10.01 to 12 m band"],
    [("10.01 to 12 m £1,840 £1,380 £790", 2),
     ("the winter season from 1 October to 31 March", 1)],
    note="A winter pontoon berth at Saltmoor Quay for the same band is £2,120.")
add("factual", "how much to lift out and relaunch a 12.5 m boat", PD,
    ["£560", "£560 for lift out and relaunch (both ways) in the 12.01 to 14 m band, booked at least 10 working days ahead"],
    [("Lift out and relaunch (both ways) £290 £360 £450 £560", 3),
     ("Service Up to 8 m 8.01 to 10 m 10.01 to 12 m 12.01 to 14 m", 3)],
    note="£450 for 10.01 to 12 m; the hoist takes boats up to 14 m long.")
add("factual", "how much notice do i need to give to end my annual berth", PD,
    ["2 months' written notice", "2 months' written notice (it used to be 1 month); unused whole months are refunded less a £95 administration fee"],
    [("You can end an annual agreement by giving us 2 months' written notice.", 4),
     ("We refund the unused whole months, less an administration fee of £95.", 4),
     ("You now need to give 2 months' written notice to end an annual agreement, instead of 1 month.", 1)])
add("factual", "wots the late payment charge now", PD,
    ["£45", "£45 (it was £30), added if an invoice is not paid within 30 days of its due date"],
    [("The late payment charge is now £45, instead of £30.", 1),
     ("If an invoice is not paid within 30 days of its due date, we add a late payment charge of £45", 2)])
add("factual", "how many visitor nights did the creek get in august", DX,
    ["310", "310 visitor nights at Pellow Creek in August (1,240 at Saltmoor Quay)"],
    ["There were 1,240 visitor nights at Saltmoor Quay in August and 310 at Pellow Creek."])
add("factual", "how much would the electric workboat cost", DX,
    ["about £58,000", "about £58,000; the proposal was deferred to the directors' capital meeting on Friday 31 October 2031"],
    ["Callum Treloar proposed replacing the workshop's diesel launch with an electric workboat, at a cost of about £58,000.",
     "As it is capital spending, the proposal was deferred to the directors' capital meeting on Friday 31 October 2031."])
add("factual", "when and where is the next management team meeting", DX,
    ["Tuesday 14 October 2031 at 08:30 in the boatyard reception meeting room at Pellow Creek, Creek Lane, Pellow"],
    ["The next meeting of the Management Team is on Tuesday 14 October 2031 at 08:30 in the boatyard reception meeting room at Pellow Creek, Creek Lane, Pellow."])
add("factual", "what time does the chandlary close on a sunday in the summer", HT,
    ["16:00", "16:00 (it opens 10:00 to 16:00 on Sundays in summer, April to October; in winter it is closed on Sundays)"],
    ["Saltmoor Chandlery 08:30 to 17:30 Monday to Saturday, 10:00 to 16:00 Sunday 09:00 to 17:00 Monday to Saturday, closed Sunday"])
add("factual", "how much is parking at saltmoor quay if im not a berth holder", HT,
    ["£7 a day", "£7 a day; café and chandlery customers get the first 2 hours free with their receipt (parking at Pellow Creek is free)"],
    ["Other visitors pay £7 a day, and café and chandlery customers get the first 2 hours free if they show their receipt."],
    note="Berth holders have one free permit; parking at Pellow Creek is free.")
add("factual", "how much to launch my rib off the slipway", HT,
    ["£14 a day", "£14 a day at Pellow Creek, including parking for the car and trailer, or £95 for a yearly pass; launching is from 2 hours before to 2 hours after high water"],
    ["A launch costs £14 a day, including parking for your car and trailer, or £95 for a yearly slipway pass.",
     "You can launch a trailed boat from the slipway at Pellow Creek, from 2 hours before to 2 hours after high water."],
    note="There is no public slipway at Saltmoor Quay; jet skis are not allowed.")
add("factual", "wot time does the galley shut in winter", HT,
    ["15:00", "15:00 (09:00 to 15:00 in winter, closed on Tuesdays)"],
    ["The Galley café 08:00 to 17:00 every day, to 20:00 on Fridays and Saturdays 09:00 to 15:00, closed Tuesdays"],
    note="In summer it closes at 17:00, or 20:00 on Fridays and Saturdays.")
add("factual", "how long have we got to put the spill report on rotabase", TX,
    ["within 24 hours"],
    ["Spill report form in Rotabase ... within 24 hours"],
    note="The written report to the Harbour Authority for Tier 2 and 3 is due within 2 working days.")
add("factual", "how far back do people need to stay from a petrol spill", TX,
    ["at least 15 m", "at least 15 m away, upwind if you can"],
    ["keep everyone at least 15 m away, upwind if you can;"])
add("factual", "how much boom have we got at the fuel pontoon", TX,
    ["60 m", "60 m of boom on a reel, with two 240-litre spill kits"],
    ["Fuel pontoon, Saltmoor Quay ... two 240-litre kits and\n                                    60 m of boom on a reel"],
    note="The hoist dock at Pellow Creek has absorbent boom, but its length is not given.")

# ---- yes/no (9: 5 no, 4 yes)
add("yes_no", "do shipwrights get time and a half for overtime", MD,
    ["no", "no, Shipwrights are on grade SM4, and staff on SM4 and SM5 take time off in lieu instead, within 3 months"],
    ["Staff on grades SM4 and SM5 take time off\nin lieu instead, within 3 months.",
     "| SM4 | Marine Engineer, Shipwright, Chandlery Manager, Café Manager | £32,400 – £36,500 | 6 months |"],
    note="Time and a half on weekdays and Saturdays and double time on Sundays is for SM1 to SM3.")
add("yes_no", "ive been here 3 years and im off sick, do i still get full pay after 6 weeks", MD,
    ["yes", "yes, with 2 to 5 years' service you get 8 weeks' full pay and then 8 weeks' half pay"],
    ["| 2 to 5 years | 8 weeks | 8 weeks |"],
    note="1 to 2 years gives 4 weeks' full pay; seasonal staff get SSP only.")
add("yes_no", "can i put my 13m boat on a swinging mooring at pellow creek", PD,
    ["no", "no, the Pellow Creek moorings take boats up to 12 m only"],
    [("The moorings take boats up to 12 m only and have no water or electricity:", 2)],
    note="A pontoon berth at Saltmoor Quay for 12.01 to 14 m is £6,240 a year.")
add("yes_no", "we've got a catamaran, do we pay more for a berth", PD,
    ["yes", "yes, catamarans and other multihulls pay 50% more than a monohull of the same length"],
    [("Catamarans and other multihulls pay 50% more than a monohull of the same length.", 1)])
add("yes_no", "is the cafe going to stay open till 8 on fri and sat in the winter now", DX,
    ["no", "no, the proposal was deferred to the October meeting; until then winter café hours do not change"],
    ["As Bronwen was not present, the proposal was deferred to the October meeting; until then winter café hours do not change."])
add("yes_no", "can i get diesel at pellow creek", HT,
    ["no", "no, there is no fuel at Pellow Creek; the fuel pontoon at Saltmoor Quay sells diesel and petrol"],
    ["Yes, at the fuel pontoon at Saltmoor Quay, which sells diesel and petrol.",
     "There is no fuel at Pellow Creek."])
add("yes_no", "can i pay cash for fuel", HT,
    ["no", "no, the fuel pontoon does not take cash; you can pay by card, phone or watch, a BerthWise account or a fuel card"],
    ["We do not take cash at the fuel pontoon."])
add("yes_no", "someone spilt about 2 litres of petrol on the fuel pontoon, is that tier 2", TX,
    ["yes", "yes, any spill of petrol is at least Tier 2 whatever the amount, because of the fire risk, and the fuel pontoon stays closed until the Duty Dockmaster says it is clear"],
    ["Any spill of petrol is at least Tier 2, whatever the amount,\nbecause of the fire risk"],
    note="Otherwise a spill of up to 5 litres held on the pontoon would be Tier 1.")
add("yes_no", "small diesel spill up the creek, its tier 2, do we have to ring the oyster people", TX,
    ["yes", "yes, a spill in Pellow Creek at Tier 2 or above must also be reported to the Pellow Oyster Fishery on 01632 960 870"],
    ["A spill in Pellow\nCreek at Tier 2 or above must also be reported to the Pellow\nOyster Fishery on 01632 960 870"])

# ---- list (6)
add("list", "what perks do staff get", MD,
    ["25% off in the Saltmoor Chandlery",
     "50% off food at The Galley on a shift day, with free hot drinks",
     "after 2 years' service, a free swinging mooring at Pellow Creek for your own boat up to 8 metres, when one is free",
     "a company pension: the company pays 5% and you pay at least 4%",
     "a cycle to work scheme and a free place on the staff minibus between sites"],
    ["- **25% off** in the Saltmoor Chandlery, and **50% off** food at The Galley on a shift day, with free hot drinks.",
     "- After **2 years' service**, a free swinging mooring at Pellow Creek for your own boat up to 8 metres, when one is\n  free.",
     "- A company pension: the company pays **5%** of your pay and you pay at least 4%.",
     "- A cycle to work scheme, and a free place on the staff minibus between sites."],
    note="Free uniform, safety boots and a lifejacket every 5 years are given in section 3.1.")
add("list", "what's changed in the new berth terms", PD,
    ["electricity now 38p per kWh, instead of 32p",
     "summer visitor berths at Saltmoor Quay now £3.20 per metre per night, instead of £2.90",
     "2 months' written notice to end an annual agreement, instead of 1 month",
     "5% discount for paying an annual agreement in full by 1 April, instead of 3%",
     "late payment charge now £45, instead of £30",
     "third party insurance must cover at least £3 million, instead of £2 million",
     "lift-outs booked at least 10 working days ahead, instead of 5"],
    [("Electricity on the pontoons now costs 38p per kWh, instead of 32p.", 1),
     ("Summer visitor berths at Saltmoor Quay now cost £3.20 per metre per night, instead of £2.90.", 1),
     ("You now need to give 2 months' written notice to end an annual agreement, instead of 1 month.", 1),
     ("The discount for paying an annual agreement in full by 1 April is now 5%, instead of 3%.", 1),
     ("The late payment charge is now £45, instead of £30.", 1),
     ("Your third party insurance must now cover at least £3 million, instead of £2 million.", 1),
     ("Lift-outs must now be booked at least 10 working days ahead, instead of 5 working days.", 1)])
add("list", "what actions has felix got from the september meeting", DX,
    ["update FS-02 for the 10-minute Tier 2 boom time, by 10 October 2031",
     "a boom drill with every fuel pontoon team, by 31 October 2031"],
    ["Update FS-02 for the 10-minute Tier 2 boom time Felix Amadi 10 October 2031",
     "Boom drill with every fuel pontoon team Felix Amadi 31 October 2031"])
add("list", "getting my boat lifted out next week, what do i need to do beforehand", HT,
    ["tell us your boat's length, beam, draught and weight",
     "mark where the slings should go, or tell us if you do not know",
     "take off any dinghy, outboard or davit load",
     "tell us about any sail drive, sonar or log that could be damaged by a sling",
     "make sure the boat arrives at the hoist dock on time; a missed slot is charged in full"],
    ["tell us your boat's length, beam, draught and weight;",
     "mark where the slings should go, or tell us if you do not know;",
     "take off any dinghy, outboard or davit load;",
     "tell us about any sail drive, sonar or log that could be damaged by a sling;",
     "make sure the boat arrives at the hoist dock on time; a missed slot is charged in full."],
    note="Lifts are booked at the boatyard reception at least 10 working days ahead.")
add("list", "where are all the spill kits kept", TX,
    ["the fuel pontoon at Saltmoor Quay: two 240-litre kits and 60 m of boom on a reel",
     "the head of pontoon D: one 120-litre kit",
     "the marina office slipway: one 120-litre kit",
     "the hoist dock at Pellow Creek: one 240-litre kit and absorbent boom",
     "the workshop at Pellow Creek: one 120-litre kit and a drip tray trolley"],
    ["Fuel pontoon, Saltmoor Quay ... two 240-litre kits and\n                                    60 m of boom on a reel",
     "Head of pontoon D ............. one 120-litre kit",
     "Marina office slipway ......... one 120-litre kit",
     "Hoist dock, Pellow Creek ...... one 240-litre kit and\n                                    absorbent boom",
     "Workshop, Pellow Creek ........ one 120-litre kit and\n                                    a drip tray trolley"])
add("list", "wots in a spill kit", TX,
    ["pads", "socks", "gloves", "goggles", "yellow waste bags"],
    ["Every kit is in a yellow bin marked \"SPILL KIT\" and holds\npads, socks, gloves, goggles and yellow waste bags."])

# ---- explanation (6)
add("explanation", "got to go down the pontoons at night to check on a boat, anything i need to do", MD,
    ["Between 22:00 and 06:00 only the night security patrol (and in summer the on-call Marina Assistant) are on site. "
     "Tell the security patrol before you go and when you come back, carry a handheld VHF radio on channel 80 and a "
     "torch, and do not board a boat or go into the water: call the Duty Dockmaster instead. Wear a lifejacket on the "
     "pontoons at all times"],
    ["Between 22:00 and 06:00 the only people on site are the night security patrol and, in summer, the on-call Marina\nAssistant.",
     "1. Tell the security patrol before you go and when you come back.",
     "2. Carry a handheld VHF radio on channel **80** and a torch.",
     "3. Do not board a boat or go into the water; call the Duty Dockmaster instead.",
     "- Wear a **lifejacket** on the pontoons, the fuel pontoon and the hoist dock at all times, whatever the weather."])
add("explanation", "i work in the chandlery and im ill, how do i call in sick and what happens after", MD,
    ["Phone (not text or email) your manager by 08:00 on the first day. Record the absence in Rotabase when you are "
     "well enough; you can self-certify for up to 7 calendar days, and after 7 days you send a fit note from your "
     "doctor to HR. Within 3 working days of coming back you have a return-to-work chat with your manager. Three "
     "absences, or 8 working days off, in a rolling 12 months start an attendance review"],
    ["Phone, do not text or email, on the first day:",
     "4. **Office and chandlery staff:** phone your manager by **08:00**.",
     "5. Record the absence in Rotabase when you are well enough, and self-certify for up to **7 calendar days**.",
     "6. After 7 days, send a fit note from your doctor to HR.",
     "7. Within **3 working days** of coming back, have a return-to-work chat with your manager.",
     "Three absences, or **8 working days** off, in a rolling 12 months start an attendance review."])
add("explanation", "how do i pay for my berth, can i spread the cost", PD,
    ["Invoices for agreements starting on 1 April are sent in February (in August for winter agreements). You can pay "
     "in full by 1 April (1 October for a winter agreement), and an annual agreement paid in full by 1 April gets a 5% "
     "discount. Or you can spread an annual agreement over 10 monthly direct debit instalments from April to January, "
     "with no discount and the first due on 1 April. If an invoice is not paid within 30 days of its due date a £45 "
     "late payment charge is added and any direct debit arrangement stops; after 90 days unpaid the boat can be held, "
     "and after 6 months sold"],
    [("We send annual and season invoices in February for agreements that start on 1 April, and in August for winter agreements.", 2),
     ("1. Pay in full by 1 April (or by 1 October for a winter agreement). Annual agreements paid in full by 1 April get a 5% discount.", 2),
     ("2. Or pay an annual agreement by direct debit in 10 monthly instalments, from April to January. There is no discount, and the first instalment is due on 1 April.", 2),
     ("4. If an invoice is not paid within 30 days of its due date, we add a late payment charge of £45 and stop any direct debit arrangement.", 2),
     ("If charges are still unpaid 90 days after the due date, we may refuse to launch, lift or move your boat and keep it until you pay.", 2),
     ("After 6 months, and after writing to you twice, we may sell the boat", 2)])
add("explanation", "why didnt they put the electricty price up", DX,
    ["Rosalind Okafor proposed raising pontoon electricity from 38p to 45p per kWh to cover the new supply contract, "
     "which adds about £9,600 a year. Declan Ferris said the price had already gone up in April and berth holders would "
     "see a second rise in a year as unfair. The meeting did not agree, so electricity stays at 38p per kWh until the "
     "terms are next reviewed, and Rosalind will look for the cost elsewhere in the budget"],
    ["Rosalind Okafor proposed raising the price of electricity on the pontoons from 38p to 45p per kWh, to cover the new supply contract, which adds about £9,600 a year.",
     "Declan said the price had gone up in April and berth holders would see a second rise in a year as unfair.",
     "The meeting did not agree: electricity stays at 38p per kWh until the terms are next reviewed.",
     "Rosalind will look for the cost elsewhere in the budget."])
add("explanation", "sailing in for a night next weekend, how do we book a visitor berth and what do we do when we get there", HT,
    ["Book online through BerthWise, phone the marina office (01632 960 720), or call on VHF channel 80 when about 20 "
     "minutes away. Visitor berths are on pontoon A at Saltmoor Quay, and there are visitor moorings at Pellow Creek; "
     "booking ahead is strongly advised in July and August and on bank holiday weekends. On arrival, go to the marina "
     "office with the boat's name and length, your insurance details and a phone number. Visitors get the shower door "
     "code when they pay"],
    ["Book online through BerthWise, phone the marina office, or call us on VHF channel 80 when you are about 20 minutes away.",
     "We hold visitor berths on pontoon A at Saltmoor Quay and visitor moorings at Pellow Creek.",
     "In July and August, and on bank holiday weekends, we strongly advise booking ahead.",
     "When you arrive, come to the marina office with your boat's name and length, your insurance details and a phone number.",
     "Marina office: 01632 960 720",
     "The door code is given to berth holders and to visitors when they pay."])
add("explanation", "how do we get the boom out at the fuel pontoon", TX,
    ["The boom is on a reel behind the fuel kiosk and needs two people. The Duty Dockmaster sends one person in the "
     "workboat and keeps one on the pontoon to pay it out; clips the shore end to the ring on the fuel pontoon's "
     "upstream corner; tows the boom round the spill and the boat it came from, downstream of the sheen, in a U shape; "
     "clips the far end to the ring on pontoon A (or a boat's cleat if the tide is running hard); uses absorbent socks "
     "and pads inside the boom, never detergent or dispersant; and leaves it until no sheen can be seen and for at "
     "least one turn of the tide"],
    ["The boom at the fuel pontoon is kept on a reel behind the\nfuel kiosk. It takes two people.",
     "1. Sends one person in the workboat and keeps one on\n       the pontoon to pay out the boom.",
     "2. Clips the shore end of the boom to the ring on the\n       fuel pontoon's upstream corner.",
     "3. Tows the boom round the spill and the boat it came\n       from, downstream of the sheen, in a U shape.",
     "4. Clips the far end to the ring on pontoon A, or to a\n       boat's cleat if the tide is running hard.",
     "5. Uses absorbent socks and pads inside the boom to soak\n       up the oil, and never uses detergent or dispersant.",
     "6. Leaves the boom in place until no sheen can be seen,\n       and for at least one turn of the tide."],
    note="Petrol on the water is left to evaporate, not soaked up inside the boom.")

# ---- unanswerable (6: 5 near misses, one per document, and 1 off-topic)
add("unanswerable", "whats the mileage rate if i use my own car to go between the quay and the creek", MD, [], [], subtype="near_miss",
    note="The handbook mentions the staff minibus between the sites at 07:15 and 16:45 on weekdays, but gives no mileage rate.")
add("unanswerable", "how much does the yard charge to antifoul a 10m boat", PD, [], [], subtype="near_miss",
    note="The terms price lifts, washes and storage per length band, but say workshop repairs are quoted separately and not priced there.")
add("unanswerable", "how many lift outs are booked for november", DX, [], [], subtype="near_miss",
    note="The minutes give 148 lift-outs booked for October (131 last year) and 112 winter ashore packages, but nothing for November.")
add("unanswerable", "whats the wifi password at the marina", HT, [], [], subtype="near_miss",
    note="The FAQ names the network Saltmoor-Guest and says the password is available from the marina office, but does not give it.")
add("unanswerable", "how long is the boom at pellow creek", TX, [], [], subtype="near_miss",
    note="The procedure gives 60 m of boom at the fuel pontoon; the hoist dock at Pellow Creek has absorbent boom of no stated length.")
add("unanswerable", "anyone know what time the last train to the city goes on a sunday", None, [], [], subtype="off_topic",
    note="Not covered by any document.")

# ---- summary (2)
add("summary", "can u give me a quick rundown of the berth holder terms", PD, [
    "Terms BT-06 version 6, approved by the directors on 20 January 2031 and in force from Tuesday 1 April 2031, owned by the Marina Manager, apply to berth holders at Saltmoor Quay, mooring holders and boats stored ashore at Pellow Creek and visitors; workshop repairs are quoted separately",
    "Version 6 raised electricity to 38p per kWh (from 32p), summer visitor berths at Saltmoor Quay to £3.20 per metre per night (from £2.90), notice to end an annual agreement to 2 months (from 1), the pay-in-full discount to 5% (from 3%), the late payment charge to £45 (from £30), minimum third party insurance to £3 million (from £2 million) and lift-out booking to 10 working days (from 5)",
    "Annual agreements run 1 April to 31 March, summer 1 April to 30 September and winter 1 October to 31 March; boats are charged by length overall, multihulls pay 50% more, and the waiting list takes a £50 refundable deposit",
    "Charges by length band: pontoon berths at Saltmoor Quay from £2,940 a year up to 8 m to £6,240 for 12.01 to 14 m; Pellow Creek moorings (up to 12 m only) from £1,120 to £1,840; visitors £3.20 and £2.10 a metre a night at Saltmoor Quay and £2.40 and £1.60 at Pellow Creek",
    "Invoices are paid in full by 1 April or by 10 monthly direct debits; unpaid invoices get a £45 charge after 30 days, boats can be held after 90 days and sold after 6 months",
    "The 50-tonne hoist at Pellow Creek lifts boats up to 14 m, booked 10 working days ahead; lift out and relaunch costs £290 to £560 and the winter ashore package £1,290 to £2,540",
    "Rules: 3 knots in the marina and 5 knots in Pellow Creek, refuelling only at the fuel pontoon, no barbecues or hot work on the pontoons, dogs on leads, up to 3 nights a week aboard without permission; contractors need £2 million cover and pay £15 a day",
    "Boats need £3 million third party insurance; annual agreements end with 2 months' notice and a refund of unused months less £95; complaints go to the site manager (10 working days), then the Managing Director (15 working days), then the Marine Trades Dispute Service"],
    [("Terms BT-06, version 6.", 1),
     ("Approved by the directors on 20 January 2031 and in force from Tuesday 1 April 2031", 1),
     ("Repairs by our workshop are quoted and agreed separately and are not priced here.", 1),
     ("Electricity on the pontoons now costs 38p per kWh, instead of 32p.", 1),
     ("Summer visitor berths at Saltmoor Quay now cost £3.20 per metre per night, instead of £2.90.", 1),
     ("The late payment charge is now £45, instead of £30.", 1),
     ("An annual agreement runs from 1 April to 31 March.", 1),
     ("Catamarans and other multihulls pay 50% more than a monohull of the same length.", 1),
     ("Up to 8 m £2,940 £2,150 £1,280", 2),
     ("12.01 to 14 m £6,240 £4,480 £2,640", 2),
     ("The moorings take boats up to 12 m only", 2),
     ("At Saltmoor Quay a visitor berth costs £3.20 per metre per night in the summer season and £2.10 in the winter season.", 2),
     ("If charges are still unpaid 90 days after the due date, we may refuse to launch, lift or move your boat and keep it until you pay.", 2),
     ("The 50-tonne boat hoist at Pellow Creek lifts boats up to 14 m long and 4.8 m wide.", 3),
     ("Lift out and relaunch (both ways) £290 £360 £450 £560", 3),
     ("Winter ashore package £1,290 £1,640 £2,080 £2,540", 3),
     ("Keep to 3 knots in the marina basin at Saltmoor Quay and 5 knots in Pellow Creek, and make no wash.", 3),
     ("Your boat must have third party insurance that covers at least £3 million", 3),
     ("You can end an annual agreement by giving us 2 months' written notice.", 4),
     ("2. Stage 1: the manager replies within 10 working days.", 4),
     ("The Managing Director replies within 15 working days.", 4)])
add("summary", "what did management decide at the september meeting", DX, [
    "From Thursday 1 April 2032 the summer visitor rate at Saltmoor Quay rises from £3.20 to £3.60 per metre per night; the Pellow Creek rate of £2.40 and the winter rates at both sites are unchanged",
    "The proposal to raise pontoon electricity from 38p to 45p per kWh was rejected; it stays at 38p",
    "From Monday 3 November 2031 the boom must be deployed within 10 minutes for a Tier 2 spill instead of 15; Tier 1 and Tier 3 response times are unchanged",
    "From Thursday 6 November 2031 the fuel pontoon also opens on Thursdays in winter (Thursday to Monday, 09:00 to 16:00), staying closed on Tuesdays and Wednesdays",
    "From Monday 6 October 2031 the Hoist Operator's weekday night on-call payment rises from £25 to £30; the £85 weekend payment, the £40 call-out and other roles' rates are unchanged",
    "Deferred: an electric workboat (directors' capital meeting, 31 October 2031) and opening The Galley to 20:00 on Fridays and Saturdays all year (October meeting)"],
    ["From Thursday 1 April 2032 the summer visitor rate at Saltmoor Quay goes up from £3.20 to £3.60 per metre per night; the Pellow Creek rate of £2.40 and the winter rates at both sites do not change.",
     "Electricity on the pontoons stays at 38p per kWh; the proposed rise to 45p was not agreed.",
     "From Monday 3 November 2031 the boom is deployed within 10 minutes for a Tier 2 spill, instead of 15 minutes; Tier 1 and Tier 3 response times do not change.",
     "From Thursday 6 November 2031 the fuel pontoon also opens on Thursdays in winter (Thursday to Monday, 09:00 to 16:00); it stays closed on Tuesdays and Wednesdays.",
     "From Monday 6 October 2031 the Hoist Operator's weekday night on-call payment goes up from £25 to £30; the £85 weekend payment, the £40 call-out payment and other roles' rates do not change.",
     "Deferred: an electric workboat (directors' capital meeting, 31 October 2031) and opening The Galley to 20:00 on Fridays and Saturdays all year (October meeting)."])

# ---- conversations (4)
def turn(n, type, q, doc, answers, evidence):
    ev = [{"quote": e[0], "page": e[1]} if isinstance(e, tuple) else {"quote": e} for e in evidence]
    return {"turn": n, "type": type, "q": q, "doc": doc, "answerable": True, "answers": answers, "evidence": ev}
items.append({"id": f"sm-{len(items)+1:03d}", "type": "conversation", "doc": MD, "turns": [
    turn(1, "factual", "whats the on call rate for a hoist operator on a weeknight", MD,
         ["£25", "£25 a weekday night, plus £40 a call-out"],
         ["| Hoist Operator | £25 | £85 | **£40** a call-out |"]),
    turn(2, "factual", "what about weekends?", MD,
         ["£85", "£85 for a weekend, which runs from Friday 17:00 to Monday 08:00"],
         ["| Hoist Operator | £25 | £85 | **£40** a call-out |",
          "The weekend runs from Friday 17:00 to Monday 08:00."]),
    turn(3, "yes_no", "heard the weeknight one is going up, is that right?", DX,
         ["yes", "yes, from £25 to £30 a weekday night from Monday 6 October 2031"],
         ["The meeting agreed that from Monday 6 October 2031 the Hoist Operator's on-call payment for a weekday night goes up from £25 to £30."]),
    turn(4, "yes_no", "weekend too?", DX,
         ["no", "no, the weekend payment stays at £85 (and the £40 call-out payment does not change)"],
         ["The weekend payment of £85 and the £40 call-out payment do not change, and the rates for other roles do not change."]),
]})
items.append({"id": f"sm-{len(items)+1:03d}", "type": "conversation", "doc": PD, "turns": [
    turn(1, "factual", "how much is a visitor berth a night at saltmoor quay in summer", PD,
         ["£3.20 per metre per night", "£3.20 per metre per night in the summer season (£2.10 in winter); boats under 8 m pay for 8 m"],
         [("At Saltmoor Quay a visitor berth costs £3.20 per metre per night in the summer season and £2.10 in the winter season.", 2),
          ("Boats under 8 m pay for 8 m.", 2)]),
    turn(2, "factual", "and at the creek?", PD,
         ["£2.40 per metre per night", "£2.40 per metre per night for a Pellow Creek visitor mooring in summer (£1.60 in winter)"],
         [("A visitor mooring at Pellow Creek costs £2.40 per metre per night in the summer season and £1.60 in the winter season.", 2)]),
    turn(3, "yes_no", "someone said the quay price is going up next year, true?", DX,
         ["yes", "yes, from Thursday 1 April 2032 the summer visitor rate at Saltmoor Quay goes up from £3.20 to £3.60 per metre per night; Pellow Creek stays at £2.40"],
         ["The meeting agreed that from Thursday 1 April 2032 the summer visitor rate at Saltmoor Quay goes up from £3.20 to £3.60 per metre per night.",
          "The Pellow Creek visitor mooring rate stays at £2.40 per metre per night in summer, and the winter rates at both sites do not change."]),
]})
items.append({"id": f"sm-{len(items)+1:03d}", "type": "conversation", "doc": TX, "turns": [
    turn(1, "factual", "how quick does the boom have to go out for a tier 2", TX,
         ["within 15 minutes", "within 15 minutes, led by the Duty Dockmaster, with the Harbour Authority told within 1 hour"],
         ["2 Moderate   5 to 200         Duty Dockmaster  boom deployed\n                 litres, or any                    within 15\n                 oil on the                        minutes; Harbour\n                 water                             Authority told\n                                                   within 1 hour"]),
    turn(2, "factual", "n how much has to be spilt for it to count as tier 2", TX,
         ["5 to 200 litres, or any oil on the water"],
         ["2 Moderate   5 to 200         Duty Dockmaster  boom deployed\n                 litres, or any                    within 15\n                 oil on the                        minutes; Harbour\n                 water"]),
    turn(3, "factual", "felix said that time is changing after the spill in august, whats the new one", DX,
         ["10 minutes", "within 10 minutes of the alarm, from Monday 3 November 2031"],
         ["The meeting agreed that from Monday 3 November 2031 the boom must be deployed within 10 minutes of the alarm for a Tier 2 spill, instead of 15 minutes."]),
    turn(4, "yes_no", "does tier 3 change as well", DX,
         ["no", "no, Tier 1 and Tier 3 response times do not change"],
         ["Tier 1 and Tier 3 response times do not change."]),
]})
items.append({"id": f"sm-{len(items)+1:03d}", "type": "conversation", "doc": HT, "turns": [
    turn(1, "factual", "which days is the fuel pontoon open in the winter", HT,
         ["Friday to Monday", "Friday to Monday, 09:00 to 16:00 (closed Tuesday to Thursday), from November to March"],
         ["Fuel pontoon, Saltmoor Quay 07:30 to 19:00 every day 09:00 to 16:00 Friday to Monday (closed Tuesday to Thursday)"]),
    turn(2, "factual", "wot time does it close", HT,
         ["16:00", "16:00 (it opens at 09:00 in winter)"],
         ["Fuel pontoon, Saltmoor Quay 07:30 to 19:00 every day 09:00 to 16:00 Friday to Monday (closed Tuesday to Thursday)"]),
    turn(3, "yes_no", "heard theyre opening on thursdays this winter, true?", DX,
         ["yes", "yes, from Thursday 6 November 2031 the fuel pontoon also opens on Thursdays in winter, 09:00 to 16:00; it stays closed on Tuesdays and Wednesdays"],
         ["The meeting agreed that from Thursday 6 November 2031 the fuel pontoon also opens on Thursdays in winter, so its winter days become Thursday to Monday.",
          "Winter hours stay 09:00 to 16:00, and it stays closed on Tuesdays and Wednesdays."]),
]})
json.dump({"items": items}, open(HERE / "dev.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
import collections
print(len(items), collections.Counter(i["type"] for i in items),
      sum(len(i["turns"]) if i["type"] == "conversation" else 1 for i in items), "judged rows")
