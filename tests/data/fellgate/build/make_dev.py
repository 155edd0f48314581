"""Writes dev.json for the fellgate held-out set: questions written from the documents in docs/ before any product
run. Same schema as ellerby (and tarnbeck, stainforth, coldharbour, ferncombe, hartwell, ashgrove and the earlier
sets)."""
from pathlib import Path
HERE = Path(__file__).resolve().parents[1]  # tests/data/fellgate
import json
MD, PD, DX, HT, TX = ("crew-handbook.md", "ticketing-and-refunds-guide.pdf",
                      "operations-committee-minutes-2033-03-10.docx", "festival-visitor-help.html",
                      "lost-child-and-vulnerable-person-procedure.txt")
items = []
def add(type, q, doc, answers, evidence, **kw):
    ev = [{"quote": e[0], "page": e[1]} if isinstance(e, tuple) else {"quote": e} for e in evidence]
    it = {"id": f"fg-{len(items)+1:03d}", "type": type, "q": q, "doc": doc, "answerable": type != "unanswerable",
          "answers": answers, "evidence": ev}
    it.update(kw)
    items.append(it)
    return it

# rows of the procedure's column table, their wrapped cells in line order
TYPE_A = ('A: found a child under 16 stay with them in second crew child on their own, public view, radio member '
          'within or brought to "Code Amber found", 5 minutes; at crew by the public walk them to the the tent '
          'within Family Welfare tent 15 minutes')
TYPE_B = ('B: lost a parent or carer radio "Code Amber Gate Watch at child reports a child lost" with the once; '
          'police missing description; keep called after the adult with you 20 minutes')
TYPE_D = ('D: vulnerable an adult who cannot stay with them, call first aider adult found keep themselves a first '
          'aider, walk within 10 safe them to the Welfare minutes tent if they can walk')
LATE = ("- **Late finish allowance:** **£18** for a shift that ends after midnight, or **£30** for a shift that ends "
        "after 03:00.")
GATES = "Event and gate Thursday Friday Saturday Sunday"
HARVEST = "Harvest Table Closed Closed 10:00 to 19:00 10:00 to 17:00"
PRICES = "Event and ticket Adult Teen (13 to 17) Child (5 to 12)"

# ---- factual (19)
add("factual", "how much an hour do first aiders get paid", MD,
    ["£16.80 – £19.50 an hour", "£16.80 to £19.50 an hour on band C3, with probation for the first 6 shifts"],
    ["| C3 | First Aider, Production Technician, Rigger | £16.80 – £19.50 an hour | First 6 shifts |"],
    note="C2 is £14.20 – £15.40 an hour and C1 £12.60 – £13.10 an hour.")
add("factual", "been permanent here 4 yrs, how many weeks full sick pay do i get", MD,
    ["8 weeks", "8 weeks' full pay and then 8 weeks' half pay (3 to 5 years' service), counted over a rolling 12 months and including SSP"],
    ["| 3 to 5 years | 8 weeks | 8 weeks |",
     "Company sick pay for permanent staff depends on your continuous service on the first day of absence, is counted over a rolling 12 months and includes SSP."],
    note="1 to 3 years gives 4 weeks of each; 5 years or more 13 weeks of each.")
add("factual", "im on traffic doing the early arrivals shift, whats the latest i can ring in sick", MD,
    ["by 04:30", "phone the traffic cabin by 04:30 for an arrivals shift (by 10:00 for a departures shift); phone, do not text or message"],
    ["4. **Traffic marshals:** phone the traffic cabin by **04:30** for an arrivals shift, or by **10:00** for a departures shift.",
     "Phone, do not text or message, the person below."],
    note="Stewards and bar staff phone at least 4 hours before; first aiders at least 6 hours before; site crew by 06:00.")
add("factual", "how many days holiday do i get after 6 years in the office", MD,
    ["29 days", "29 days a year (5 to 10 years' service) plus the eight bank holidays; up to 5 days can be carried over"],
    ["| 5 to 10 years | 29 days | Up to 5 days |",
     "Full-time permanent staff get the following, **plus the eight bank holidays**:"])
add("factual", "how much is a saturday ticket for fellfire for my 14 yr old", PD,
    ["£54", "£54 for a teen (13 to 17) Saturday day ticket at Fellfire; the adult price is £79, and day tickets do not include camping"],
    [("Fellfire, Saturday day ticket £79 £54 £15", 2), (PRICES, 2)],
    note="Under-18s must come with an adult aged 18 or over who has their own ticket.")
add("factual", "how much to hire a locker at fellfire", PD,
    ["£12 a weekend", "£12 a weekend, or £18 a weekend for a charging locker, added to your order in GateWise"],
    [("Locker, Fellfire £12 a weekend charging locker £18 a weekend", 2)])
add("factual", "if fellfire gets cancelld how long til i get my money back", PD,
    ["within 14 days", "within 14 days: the full price of your tickets and extras goes back to the card you paid with, without you needing to ask (it was 30 days before version 3)"],
    [("If we cancel an event, you get the full price of your tickets and extras back, to the card you paid with, within 14 days. You do not need to ask.", 3),
     ("If we cancel an event, refunds are now paid within 14 days, instead of 30 days.", 1)])
add("factual", "whats a campervan pitch cost at fellfire", PD,
    ["£65", "£65 for a pitch for a van up to 7.5 metres; electric hook-up is £25 extra"],
    [("Campervan pitch, Fellfire £65 up to 7.5 metres; electric hook-up £25 extra", 2)])
add("factual", "how many people actually came to fellfire last year", DX,
    ["13,420 (96% of its 14,000 places)", "Fellfire 2032 sold 13,420 of its 14,000 places, 96%; Harvest Table had 15,900 visitors over its two days"],
    ["Caspian Wolde reported that Fellfire 2032 sold 13,420 of its 14,000 places, 96%.",
     "Harvest Table had 15,900 visitors over its two days"])
add("factual", "how much did crew cost us last season", DX,
    ["£1.12 million", "£1.12 million in the 2032 season, against a budget of £1.05 million, mostly because extra bar staff and traffic marshals were booked at Harvest Table after the Saturday car park queues"],
    ["Crew costs were £1.12 million, against a budget of £1.05 million, mostly because extra bar staff and traffic marshals were booked at Harvest Table after the car park queues on the Saturday."],
    note="Income for the 2032 season was £4.86 million against a budget of £4.70 million.")
add("factual", "how many people moaned about missing the transfer deadline last year", DX,
    ["186", "186 complaints in 2032 from ticket holders who had missed the 14-day deadline, out of 2,480 transfers handled by Customer Services"],
    ["Priyanka Dunmore reported that Customer Services handled 2,480 ticket transfers in 2032, and 186 complaints from ticket holders who had missed the 14-day deadline"])
add("factual", "what time does the arena open on the saturday at fellfire", HT,
    ["12:00", "12:00 to 00:30 on the Saturday; the campsite gates are open from 09:00"],
    ["Fellfire, arena Closed 14:00 to 00:30 12:00 to 00:30 12:00 to 23:00", GATES,
     "Fellfire, campsite gates 16:00 to 22:00 (early entry only) 10:00 to 23:00 09:00 to 23:00 09:00 to 21:00"])
add("factual", "what time does the lantern walk shut on a sunday", HT,
    ["20:30", "20:30; on Sundays it is open from 16:00 to 20:30 (21:30 on Thursday to Saturday)"],
    ["Lantern Walk (from late November) 16:30 to 21:30 16:30 to 21:30 16:00 to 21:30 16:00 to 20:30", GATES])
add("factual", "how often is the shuttle from the station to fellfire", HT,
    ["every 20 minutes", "every 20 minutes from Fellgate station, 09:00 to 01:30 on the Friday and Saturday and to 23:30 on the Sunday, for £8 return"],
    ["the shuttle bus from Fellgate station runs every 20 minutes, from 09:00 to 01:30 on the Friday and Saturday and to 23:30 on the Sunday, and costs £8 return."])
add("factual", "lost my phone at fellfire, how long do you keep lost property", HT,
    ["30 days", "lost property is kept at the office for 30 days after the event; report it through the form on the website, and phones are logged each day"],
    ["After the event, lost property is kept at our office for 30 days; report a lost item through the form on our website and we will contact you if we find it.",
     "Phones, bank cards and keys are logged each day."],
    note="Clothing and camping gear left in the campsites is given to charities after 14 days.")
add("factual", "whats the radio call for a lost kid", TX,
    ["Code Amber lost", "radio Event Control \"Code Amber lost\" with the description, giving the child's first name only"],
    ["2. Radios Event Control: \"Code Amber lost\", with the description. Give the child's first name only; never give the full name over the radio."],
    note="A found child is \"Code Amber found\"; a missing vulnerable adult \"Code Blue missing\".")
add("factual", "ive found a kid on their own, how quick should another steward get to me", TX,
    ["within 5 minutes", "a second member of crew joins you within 5 minutes, and the child should be at the Family Welfare tent within 15 minutes"],
    ["2. Radio Event Control: \"Code Amber found\", with where you are and a description. A second member of crew joins you within 5 minutes.",
     "Found child at the tent ........ 15 minutes"])
add("factual", "whats the number for the police event liason", TX,
    ["01632 960 777", "01632 960 777, the Askerdale police event liaison"],
    ["Police event liaison, Askerdale ...... 01632 960 777"])
add("factual", "how long are sitelog reports kept for", TX,
    ["6 years", "SiteLog records are kept for 6 years"],
    ["SiteLog records kept ........... 6 years"])

# ---- yes/no (9: 5 no, 4 yes)
add("yes_no", "if my bar shift finishes at 1:30 do i get the £30 late finish money", MD,
    ["no", "no, the £30 is for a shift that ends after 03:00; a shift that ends after midnight gets £18"],
    [LATE],
    note="The minutes of 10 March 2033 raise the £18 to £22 from Monday 2 May 2033; the £30 does not change.")
add("yes_no", "i live about 40 miles from gorsedale, if i kip in crew camping between build shifts do i get anything for it", MD,
    ["yes", "yes, the camping allowance of £14 a night, for crew who live more than 25 miles from the site and stay in crew camping between two rostered shifts; crew camping itself is free"],
    ["- **Camping allowance:** **£14 a night** for crew who live more than 25 miles from the site and stay in crew camping between two rostered shifts.",
     "Crew camping itself is free."])
add("yes_no", "can i pay for my fellfire weekend ticket in bits", PD,
    ["yes", "yes, Fellfire weekend tickets can be paid in instalments: a £40 deposit and then three monthly payments, the last taken by 1 June 2033"],
    [("Fellfire weekend tickets can be paid for in instalments: a deposit of £40, then three monthly payments, with the last one taken by 1 June 2033.", 2)],
    note="If a payment fails and is not made up within 7 days, the order is cancelled and the deposit kept.")
add("yes_no", "can i flog my spare ticket on another site for a bit more than i payed", PD,
    ["no", "no, tickets can only be sold back at face value through the GateWise Fan Exchange; tickets sold anywhere else, or for more than face value, are cancelled without a refund"],
    [("If you can no longer use a ticket, you can sell it back at face value through the GateWise Fan Exchange.", 3),
     ("Tickets sold anywhere else, or for more than face value, are cancelled without a refund.", 3)])
add("yes_no", "are they adding a booking fee on tickets this year", DX,
    ["no", "no, the proposal to charge a £3 booking fee on every ticket was not agreed; tickets stay without a booking fee"],
    ["The committee did not agree: tickets stay without a booking fee.",
     "Tickets stay without a booking fee; the proposal to charge £3 a ticket was not agreed."])
add("yes_no", "can i bring my dog to fellfire, hes really well behaved", HT,
    ["no", "no, only assistance dogs are allowed at Fellfire (and the Wharf Sessions); well-behaved dogs on a lead are welcome at Harvest Table and the Lantern Walk"],
    ["Dogs at Fellfire and the Wharf Sessions, except assistance dogs. Well-behaved dogs on a lead are welcome at Harvest Table and the Lantern Walk."])
add("yes_no", "is it ok to bring one of them disposable bbqs for the campsite", HT,
    ["no", "no, disposable barbecues and open fires are not allowed; small gas stoves are allowed in the campsites but never in the arena"],
    ["What can't I bring?",
     "Disposable barbecues and open fires. Small gas stoves are allowed in the campsites but never in the arena."])
add("yes_no", "theres a lad whos off his face and cant find his tent, does he count as a vulnerable adult", TX,
    ["yes", "yes, anyone aged 16 or over who cannot keep themselves safe at the moment because of drink or drugs is a vulnerable adult: stay with him, call a first aider and walk him to the Welfare tent if he can walk"],
    ["* A VULNERABLE ADULT is anyone aged 16 or over who cannot keep themselves safe at the moment, because of drink or drugs, illness, injury, a learning disability, dementia or distress.",
     TYPE_D])
add("yes_no", "found a little girl on her own by the food stalls, do i need to radio control", TX,
    ["yes", "yes, stay with her in public view and radio Event Control \"Code Amber found\" with where you are and a description; a second member of crew joins you within 5 minutes"],
    ["1. Stay with the child in public view.",
     "2. Radio Event Control: \"Code Amber found\", with where you are and a description. A second member of crew joins you within 5 minutes.",
     TYPE_A])

# ---- list (6)
add("list", "what perks do we get apart from wages", MD,
    ["a pension: the company pays 4% and you pay at least 5%",
     "a free hot meal in crew catering on every shift of 6 hours or more",
     "a free guest ticket for an event you are not working at, after 10 shifts in the season",
     "a £150 refer-a-friend bonus when someone you recommend completes 8 shifts"],
    ["- A pension: we pay **4%** of your pay and you pay at least 5%, once you earn enough to be enrolled.",
     "- A free hot meal in crew catering on every shift of 6 hours or more.",
     "- A free guest ticket for any of our events you are not working at, once you have worked **10 shifts** in the season.",
     "- A **£150** refer-a-friend bonus when someone you recommend completes **8 shifts**."])
add("list", "whats changed in the new ticket guide", PD,
    ["Fellfire weekend with camping, adult, £189 instead of £175",
     "Fellfire Saturday day ticket, adult, £79 instead of £72",
     "Harvest Table adult day ticket £16 instead of £14",
     "ticket transfer £6 a ticket instead of £10",
     "refunds for a cancelled event paid within 14 days instead of 30 days",
     "Fellfire car parking booked in advance £15 a car for the weekend instead of £12",
     "replacement wristband £25 instead of £20",
     "Ticket Cover £4.50 a ticket instead of £3.50, now covering illness for the whole party"],
    [("A Fellfire weekend ticket with camping now costs £189 for an adult, instead of £175.", 1),
     ("A Fellfire Saturday day ticket now costs £79 for an adult, instead of £72.", 1),
     ("A Harvest Table adult day ticket now costs £16, instead of £14.", 1),
     ("Transferring a ticket to someone else now costs £6 a ticket, instead of £10.", 1),
     ("If we cancel an event, refunds are now paid within 14 days, instead of 30 days.", 1),
     ("Car parking at Fellfire, booked in advance, now costs £15 a car for the weekend, instead of £12.", 1),
     ("A replacement wristband now costs £25, instead of £20.", 1),
     ("Ticket Cover now costs £4.50 a ticket, instead of £3.50, and covers illness for the whole party.", 1)])
add("list", "how many lost kids were there at each event last year", DX,
    ["Fellfire: 63", "Harvest Table: 21", "Lantern Walk: 4"],
    ["Ingrid Mawdsley reported 88 lost child reports in SiteLog in the 2032 season: 63 at Fellfire, 21 at Harvest Table and 4 at the Lantern Walk."],
    note="88 in all in the 2032 season; every child was found, the longest search taking 47 minutes.")
add("list", "what should i pack for camping at fellfire, first time going", HT,
    ["your e-ticket, and photo ID if you are 18 or over",
     "a refillable water bottle (water is free at the refill points)",
     "a waterproof, sun cream and a warm layer for the evenings",
     "a tent, sleeping bag, roll mat, torch and ear plugs",
     "a bank card or phone to pay, as everything is cashless and there are no cash machines"],
    ["Your e-ticket on your phone or printed, and photo ID if you are 18 or over.",
     "A refillable water bottle. Water from the refill points is free at every event.",
     "A waterproof, sun cream and a warm layer for the evenings, whatever the forecast says.",
     "For camping: a tent, sleeping bag, roll mat, torch and ear plugs.",
     "A bank card or phone to pay. All our bars and food stalls are cashless, and there are no cash machines on site."],
    note="Not to bring: glass, disposable barbecues, fireworks and sky lanterns, drones, tall flags; campers may bring 18 cans or one 3-litre box of wine.")
add("list", "parent says theyve lost their kid, what do i need to ask them", TX,
    ["the child's first name", "age", "height", "hair", "clothing", "where and when they were last seen",
     "the adult's phone number"],
    ["1. Stays calm with the adult and gets the child's first name, age, height, hair, clothing, where and when they were last seen, and the adult's phone number."])
add("list", "what checks do i do before handing a kid over to someone saying theyre the mum", TX,
    ["she gives the child's name and description",
     "she shows photo ID that matches the name on her GateWise ticket",
     "she is clearly known to the child, who is happy to go with her"],
    ["4. A child is handed back only to an adult who:",
     "- gives the child's name and description;",
     "- shows photo ID that matches the name on their GateWise ticket; and",
     "- is clearly known to the child, who is happy to go with them."])

# ---- explanation (6)
add("explanation", "how does overtime work if im site crew", MD,
    ["Site crew are on band C2 (£14.20 – £15.40 an hour) and work build and break shifts of 07:00 – 19:00. Extra "
     "hours must be agreed by your supervisor in CrewDeck before you work them, and crew on C2 are paid time and a "
     "half for hours over 10 in a day and for all hours on a bank holiday"],
    ["| C2 | Steward Supervisor, Bar Supervisor, Traffic Marshal, Site Crew | £14.20 – £15.40 an hour | First 6 shifts |",
     "| Site Crew | All sites | Build and break 07:00 – 19:00 | Fellfire build starts 10 days before the gates open; break takes 5 days |",
     "Extra hours must be agreed by your supervisor in CrewDeck before you work them.",
     "Crew on bands C1 and C2 are paid **time and a half** for hours over 10 in a day and for all hours on a bank holiday."],
    note="Crew on C3 get time and a quarter; S1 staff take time off in lieu within 8 weeks; S2 and S3 get no overtime.")
add("explanation", "i bought ticket cover and now ive broke my leg and cant go, how do i get my money back", PD,
    ["Ticket Cover refunds the ticket price, less the cover charge, if you cannot come because of illness or injury. "
     "Sign in to GateWise, open My Orders and choose Ask for a refund, no later than 24 hours after the gates open "
     "on the first day of the event. Upload your evidence, such as a doctor's note or a hospital letter, within "
     "14 days. Customer Services replies within 5 working days of getting it, and if the claim is accepted the "
     "refund goes to the card you paid with within 14 days"],
    [("Ticket Cover refunds the ticket price, less the cover charge, if you or someone in your party cannot come because of illness, injury or a death in the family.", 3),
     ("1. Sign in to GateWise, open My Orders and choose Ask for a refund, no later than 24 hours after the gates open on the first day of the event.", 3),
     ("2. Upload your evidence, such as a doctor's note or a letter from the hospital, within 14 days.", 3),
     ("3. Customer Services replies within 5 working days of receiving your evidence.", 3),
     ("4. If the claim is accepted, the refund is paid to the card you paid with within 14 days.", 3)])
add("explanation", "customer services turned down my complaint and im not happy, what can i do", PD,
    ["Complaints go first to Customer Services within 30 days of the event, and they reply within 10 working days. "
     "If you are not happy with their reply, ask for the Head of Ticketing to review it; the Head of Ticketing "
     "replies within 20 working days. If you still disagree, you can take the complaint to the Live Events Dispute "
     "Service within 6 months of the final reply; it is independent and free to use"],
    [("1. Contact Customer Services within 30 days of the event, by email or through GateWise, saying what went wrong and what you would like us to do.", 4),
     ("2. Customer Services replies within 10 working days.", 4),
     ("3. If you are not happy with the reply, ask for the Head of Ticketing to review it. The Head of Ticketing replies within 20 working days.", 4),
     ("4. If you still disagree, you can take your complaint to the Live Events Dispute Service within 6 months of our final reply. It is independent of us and free for you to use.", 4)])
add("explanation", "why didnt the second stage at fellfire get the go ahead", DX,
    ["It was not turned down but deferred. Saoirse Blackett's proposal, presented by Rhodri Fennimore, was for the "
     "Heather Stage, a second covered stage at Gorsedale Park for Fellfire 2034, at about £85,000. The committee "
     "asked for the result of the noise licence review first, so it was deferred to the June meeting on Thursday "
     "9 June 2033"],
    ["Rhodri Fennimore presented Saoirse Blackett's proposal for the Heather Stage, a second covered stage at Gorsedale Park for Fellfire 2034, at about £85,000.",
     "The committee asked for the result of the noise licence review first, so the proposal was deferred to the June meeting on Thursday 9 June 2033."])
add("explanation", "im in a wheelchair and need my carer with me, how does acess work at fellfire", HT,
    ["Your personal assistant gets a free ticket if you apply through GateWise at least 6 weeks before the event. "
     "Fellfire has an access campsite with 40 pitches, accessible toilets and a charging point for wheelchairs, "
     "booked with your ticket. There are raised viewing platforms at the Main Stage for wheelchair users and one "
     "companion each, a Changing Places toilet next to the Info Point, and 60 accessible parking spaces next to the "
     "main gate for Blue Badge holders"],
    ["If you need someone with you, your personal assistant gets a free ticket. Apply through GateWise at least 6 weeks before the event.",
     "Fellfire has an access campsite with 40 pitches, accessible toilets and a charging point for wheelchairs. Book it with your ticket.",
     "There are raised viewing platforms at the Main Stage for wheelchair users and one companion each, and a Changing Places toilet next to the Info Point.",
     "60 accessible parking spaces are kept next to the main gate at Fellfire and Harvest Table for Blue Badge holders."])
add("explanation", "what happens if nobody comes to collect a kid from the welfare tent", TX,
    ["If no adult has come for the child within 1 hour, the Head of Safety and Welfare phones the police and "
     "children's social care. The child stays in the Family Welfare tent with two welfare crew and never leaves the "
     "site with anyone else. A child is only handed back to an adult who gives the child's name and description, "
     "shows photo ID matching the name on their GateWise ticket and is clearly known to the child"],
    ["5. If no adult has come for the child within 1 hour, the Head of Safety and Welfare phones the police and children's social care. The child stays in the tent with two welfare crew and never leaves the site with anyone else.",
     "4. A child is handed back only to an adult who:",
     "- gives the child's name and description;",
     "- shows photo ID that matches the name on their GateWise ticket; and",
     "- is clearly known to the child, who is happy to go with them."])

# ---- unanswerable (6: 5 near misses, one per document, and 1 off-topic)
add("unanswerable", "whats the most the training fund will pay towards my first aid at work course", MD, [], [], subtype="near_miss",
    note="The handbook says crew can apply to the Training Fund in CrewDeck for a First Aid at Work or rigging certificate, but gives no amount.")
add("unanswerable", "how much is a vip upgrade for fellfire", PD, [], [], subtype="near_miss",
    note="The guide lists ticket types and extras (camping upgrades, bell tents, lockers, early entry) but no VIP tickets or upgrades.")
add("unanswerable", "how much did the bars take at fellfire last year", DX, [], [], subtype="near_miss",
    note="The minutes give the 2032 season's income (£4.86 million) and crew costs, not bar takings.")
add("unanswerable", "whats the last train back from fellgate station after fellfire", HT, [], [], subtype="near_miss",
    note="The help page gives the shuttle bus times to and from Fellgate station but no train times.")
add("unanswerable", "lost kid doesnt speak english, is there an interpreter line i can ring", TX, [], [], subtype="near_miss",
    note="The procedure's key contacts have no interpreter or language line.")
add("unanswerable", "any tips for a good veggie chilli on a camping stove", None, [], [], subtype="off_topic",
    note="Not covered by any document.")

# ---- summary (2)
add("summary", "can u give me the gist of the tickets and refunds guide", PD, [
    "Version 3 of Fellgate Events' Tickets and Refunds Guide covers tickets sold from Monday 1 November 2032 for the 2033 season (Fellfire, Harvest Table, the Wharf Sessions and the Lantern Walk); prices include VAT and there is no booking fee",
    "Tickets are sold only through GateWise: adult prices run from £14 for the Lantern Walk to £189 for a Fellfire weekend with camping, with teen and child prices, under-5s free, and under-18s with an adult",
    "Extras such as parking (£15 at Fellfire, £6 a day at Harvest Table), early entry (£20), lockers (£12), campervan pitches (£65) and Ticket Cover (£4.50) cost extra",
    "Fellfire weekend tickets can be paid in instalments (a £40 deposit and three monthly payments); tickets are named, checked against photo ID at Fellfire, and can only be resold at face value through the GateWise Fan Exchange",
    "Tickets can be transferred through GateWise for £6 a ticket up to 14 days before the event",
    "Refunds are given if an event is cancelled (within 14 days), moved to a new date (on request within 30 days) or closed early before 15:00 (50% of that day's tickets), and under Ticket Cover for illness, injury or a death in the family",
    "Complaints go to Customer Services within 30 days, then to the Head of Ticketing, then to the independent Live Events Dispute Service"],
    [("Version 3, for tickets sold from Monday 1 November 2032 for the 2033 season;", 1),
     ("All prices include VAT.", 1),
     ("Tickets are sold only through GateWise, on our website or the Fellgate Events app, and there is no booking fee.", 2),
     ("Lantern Walk, timed entry £14 £10 £7", 2),
     ("Fellfire, weekend with camping £189 £129 £45", 2),
     ("Car parking, Fellfire £15 a car for the weekend; £20 if paid on the day", 2),
     ("Fellfire weekend tickets can be paid for in instalments: a deposit of £40, then three monthly payments, with the last one taken by 1 June 2033.", 2),
     ("5. Transfers close 14 days before the first day of the event.", 3),
     ("If we cancel an event, you get the full price of your tickets and extras back, to the card you paid with, within 14 days.", 3),
     ("1. Contact Customer Services within 30 days of the event, by email or through GateWise, saying what went wrong and what you would like us to do.", 4)])
add("summary", "what did the ops committee decide at the march meeting", DX, [
    "From Monday 2 May 2033 the late finish allowance for a shift that ends after midnight rises from £18 to £22; the £30 for a shift that ends after 03:00 does not change",
    "From Monday 4 April 2033 tickets can be transferred up to 72 hours before the gates open, instead of 14 days before; the fee stays at £6 a ticket",
    "From Friday 3 June 2033 Event Control phones the police if a lost child is not found within 15 minutes, instead of 20",
    "From Sunday 4 September 2033 Harvest Table closes at 18:00 on the Sunday, instead of 17:00",
    "Tickets stay without a booking fee; the proposal to charge £3 a ticket was rejected",
    "Deferred: the Heather Stage at Gorsedale Park (June meeting, 9 June 2033) and solar battery units for Harvest Table (September meeting, 15 September 2033)"],
    ["From Monday 2 May 2033 the late finish allowance for a shift that ends after midnight goes up from £18 to £22; the £30 for a shift that ends after 03:00 does not change.",
     "From Monday 4 April 2033 tickets can be transferred up to 72 hours before the gates open, instead of 14 days before; the fee stays at £6 a ticket.",
     "From Friday 3 June 2033 Event Control phones the police if a lost child is not found within 15 minutes, instead of 20.",
     "From Sunday 4 September 2033 Harvest Table closes at 18:00 on the Sunday, instead of 17:00.",
     "Tickets stay without a booking fee; the proposal to charge £3 a ticket was not agreed.",
     "Deferred: the Heather Stage at Gorsedale Park (June meeting, 9 June 2033) and solar battery units for Harvest Table (September meeting, 15 September 2033)."])

# ---- conversations (4)
def turn(n, type, q, doc, answers, evidence):
    ev = [{"quote": e[0], "page": e[1]} if isinstance(e, tuple) else {"quote": e} for e in evidence]
    return {"turn": n, "type": type, "q": q, "doc": doc, "answerable": True, "answers": answers, "evidence": ev}
items.append({"id": f"fg-{len(items)+1:03d}", "type": "conversation", "doc": MD, "turns": [
    turn(1, "factual", "bar manager says im on lates all weekend finishing after midnight, whats the extra for that", MD,
         ["£18", "£18 late finish allowance for a shift that ends after midnight (£30 if it ends after 03:00)"],
         [LATE]),
    turn(2, "factual", "and if were still clearing up past 3am?", MD,
         ["£30", "£30 for a shift that ends after 03:00"],
         [LATE]),
    turn(3, "factual", "someone in crew catering reckons the midnight one is going up, how much to", DX,
         ["£22", "£22 for a shift that ends after midnight, up from £18, from Monday 2 May 2033"],
         ["The committee agreed that from Monday 2 May 2033 the late finish allowance for a shift that ends after midnight goes up from £18 to £22."]),
    turn(4, "yes_no", "does the 3am one go up too", DX,
         ["no", "no, the £30 for a shift that ends after 03:00 does not change, and nor does the camping allowance of £14 a night"],
         ["The £30 for a shift that ends after 03:00 does not change, and nor does the camping allowance of £14 a night."]),
]})
items.append({"id": f"fg-{len(items)+1:03d}", "type": "conversation", "doc": PD, "turns": [
    turn(1, "factual", "cant make fellfire now, how much is it to put my ticket in my mates name", PD,
         ["£6 a ticket", "£6 a ticket, paid in GateWise when you transfer it (it was £10 before version 3); early entry, parking and camping upgrades move with the ticket"],
         [("3. Pay the transfer fee of £6 a ticket. Early entry, parking and camping upgrades move with the ticket.", 3),
          ("Transferring a ticket to someone else now costs £6 a ticket, instead of £10.", 1)]),
    turn(2, "factual", "how late can i leave it", PD,
         ["14 days before the first day of the event", "transfers close 14 days before the first day of the event; after that the name on a ticket cannot be changed"],
         [("5. Transfers close 14 days before the first day of the event. After that, the name on a ticket cannot be changed.", 3)]),
    turn(3, "yes_no", "my mate says you can do it nearer the time now, is that right", DX,
         ["yes", "yes, from Monday 4 April 2033 tickets can be transferred up to 72 hours before the gates open on the first day, instead of 14 days before; the fee stays at £6 a ticket"],
         ["The committee agreed that from Monday 4 April 2033 tickets can be transferred up to 72 hours before the gates open on the first day of the event, instead of 14 days before.",
          "The transfer fee stays at £6 a ticket, and personal assistant tickets still cannot be transferred."]),
]})
items.append({"id": f"fg-{len(items)+1:03d}", "type": "conversation", "doc": TX, "turns": [
    turn(1, "factual", "how long do we look for a lost kid before the police get rung", TX,
         ["20 minutes", "if the child has not been found within 20 minutes, Event Control phones the police event liaison and the Head of Safety and Welfare"],
         ["5. If the child has not been found within 20 minutes, Event Control phones the police event liaison and the Head of Safety and Welfare.",
          "Police called, lost child ...... 20 minutes"]),
    turn(2, "factual", "who actually makes the call", TX,
         ["Event Control", "Event Control phones the police event liaison (01632 960 777) and the Head of Safety and Welfare"],
         ["5. If the child has not been found within 20 minutes, Event Control phones the police event liaison and the Head of Safety and Welfare.",
          "Police event liaison, Askerdale ...... 01632 960 777"]),
    turn(3, "factual", "ingrid said at the briefing thats changing, whats the new time", DX,
         ["15 minutes", "15 minutes instead of 20, from Friday 3 June 2033, the first Wharf Sessions evening"],
         ["The committee agreed that from Friday 3 June 2033, the first Wharf Sessions evening, Event Control phones the police if a lost child has not been found within 15 minutes, instead of 20."]),
    turn(4, "yes_no", "does it change for missing vulnerable adults as well", DX,
         ["no", "no, the police call for a missing vulnerable adult stays at 30 minutes, and Gate Watch still starts at once"],
         ["The police call for a missing vulnerable adult stays at 30 minutes, and Gate Watch still starts at once."]),
]})
items.append({"id": f"fg-{len(items)+1:03d}", "type": "conversation", "doc": HT, "turns": [
    turn(1, "factual", "what time does harvest table close on the sunday", HT,
         ["17:00", "17:00 on the Sunday, opening at 10:00 (10:00 to 19:00 on the Saturday)"],
         [HARVEST, GATES]),
    turn(2, "yes_no", "can we get in before 10 on sunday then", HT,
         ["no", "no, Harvest Table opens at 10:00 on the Sunday, as on the Saturday"],
         [HARVEST, GATES]),
    turn(3, "yes_no", "heard its staying open later this year, is that true", DX,
         ["yes", "yes, from Sunday 4 September 2033 Harvest Table closes at 18:00 on the Sunday instead of 17:00; it still opens at 10:00, and the Saturday hours of 10:00 to 19:00 do not change"],
         ["The committee agreed that from Sunday 4 September 2033 Harvest Table closes at 18:00 on the Sunday, instead of 17:00.",
          "It still opens at 10:00 on the Sunday, and the Saturday hours of 10:00 to 19:00 do not change."]),
]})
json.dump({"items": items}, open(HERE / "dev.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
import collections
print(len(items), collections.Counter(i["type"] for i in items),
      sum(len(i["turns"]) if i["type"] == "conversation" else 1 for i in items), "judged rows")
