"""Writes dev.json for the skelwith held-out set: questions written from the documents in docs/ before any product
run. Same schema as fellgate (and ellerby, tarnbeck, stainforth, coldharbour, ferncombe, hartwell, ashgrove and the
earlier sets)."""
from pathlib import Path
HERE = Path(__file__).resolve().parents[1]  # tests/data/skelwith
import json
MD, PD, DX, HT, TX = ("staff-and-stewards-handbook.md", "tickets-season-and-hospitality-guide.pdf",
                      "board-meeting-minutes-2038-01-20.docx", "supporter-help-pages.html",
                      "matchday-safety-and-stewarding-procedures.txt")
items = []
def add(type, q, doc, answers, evidence, **kw):
    ev = [{"quote": e[0], "page": e[1]} if isinstance(e, tuple) else {"quote": e} for e in evidence]
    it = {"id": f"sk-{len(items)+1:03d}", "type": type, "q": q, "doc": doc, "answerable": type != "unanswerable",
          "answers": answers, "evidence": ev}
    it.update(kw)
    items.append(it)
    return it

# rows of the procedure's column table, their wrapped cells in line order
GILL = ("Open the Gill Safety 1 steward for with the End to away Officer every 100 away other fans supporters "
        "turnstiles")
EJECT = ("Eject a safety pyrotechnics, out within supporter supervisor violence, 10 minutes; discriminatory letter "
         "abuse, throwing within 7 objects or days drunkenness")
MEDICAL = ("Medical any steward keep the gangway first aider emergency in radios the clear; do not within 3 the crowd "
           "GCP move the person minutes")
EVAC = ("Evacuate a Safety fire, bomb stand clear stand Officer or threat or damage within 8 police to the stand "
        "minutes commander")
EVENING = "- **Evening kick-off supplement:** **£9 a shift** for a matchday shift that ends after 22:00."
AWAY = ("- **Away travel allowance:** **£25 a day** for staff who travel with a first team or academy side to an away "
        "match more than 4 hours from Tarn Lane, door to door, or **£45** with an overnight stay.")
HOURS = "Service Monday to Friday, no match Saturday, no match Sunday, no match Matchday"
SHOP = "Tarn Shop, Ferryman Stand 10:00 to 17:00 10:00 to 16:00 Closed 10:00 until kick-off, and for 45 minutes after the final whistle"
PRICES = "Stand and match category Adult Under 18 Concession"

# ---- factual (19)
add("factual", "im a senior steward, whats my hourly rate", MD,
    ["£13.90 – £15.10 an hour", "£13.90 to £15.10 an hour on grade M2, with probation for the first 5 matches"],
    ["| M2 | Senior Steward, Bar Supervisor, Matchday Shop Assistant, First Aider | £13.90 – £15.10 an hour | First 5 matches |"],
    note="M1 (stewards) is £12.85 – £13.40 an hour and M3 (safety supervisors) £15.60 – £17.80 an hour.")
add("factual", "been in the club office 3 yrs, how many weeks full pay do i get if im off sick", MD,
    ["6 weeks", "6 weeks' full pay and then 6 weeks' half pay (2 to 5 years' service), including SSP"],
    ["| 2 to 5 years | 6 weeks | 6 weeks |",
     "Club sick pay for salaried staff depends on your continuous service on the first day of absence and includes SSP."],
    note="1 to 2 years gives 4 weeks of each; 5 years or more 10 weeks of each.")
add("factual", "whats the latest i can ring in sick for a tuesday nite game, im a steward", MD,
    ["by 14:00", "phone the Stewarding Office by 14:00 for an evening kick-off (by 10:00 on a Saturday matchday); phone, do not text or message"],
    ["1. **Stewards and turnstile operators:** phone the Stewarding Office by **10:00** on a Saturday matchday, or by **14:00** for an evening kick-off.",
     "Phone, do not text or message, the person below, and say when you expect to be back:"],
    note="Bar staff phone at least 6 hours before their shift; ground staff by 07:00; academy coaches by 15:00.")
add("factual", "how many days hols do i get, been on the ground staff 5 years", MD,
    ["28 days", "28 days a year (4 to 8 years' service) plus the eight bank holidays; up to 5 days can be carried over, and ground staff take no leave from 15 May to 15 June"],
    ["| 4 to 8 years | 28 days | Up to 5 days |",
     "Full-time salaried staff get the following, **plus the eight bank holidays**:",
     "- Ground staff take no leave during pitch renovation, from **15 May to 15 June**."])
add("factual", "how much is a ferryman stand ticket for my 15 yr old for the haverby derby", PD,
    ["£11", "£11 for an under-18 ticket in the Ferryman Stand for a category A match, which the Haverby United derby is; the adult price is £22"],
    [("Ferryman Stand, category A £22 £11 £16", 1), (PRICES, 1),
     ("Category A matches are the derbies against Haverby United, Fells Challenge Cup ties and the Boxing Day match; other men's matches are category B.", 1)],
    note="Tickets bought on the day at the ticket office cost £2 more.")
add("factual", "whats a season ticket on the scree end for an adult", PD,
    ["£215", "£215 for an adult (it was £199 before version 4); £150 concession and £85 under 18, standing, with 5% off in the shop"],
    [("Season ticket, Scree End £215 £150 £85 standing; 5% off in shop", 2),
     ("An adult season ticket for the Scree End now costs £215, instead of £199.", 1)])
add("factual", "how much is the tarn suite for a mens game", PD,
    ["£75 a person", "£75 a person for the Tarn Suite matchday package, with a three-course lunch, a seat and a programme (it was £69); £35 at a women's match"],
    [("Tarn Suite matchday package £75 a person three-course lunch, seat, programme", 2),
     ("The Tarn Suite matchday package now costs £75 a person, instead of £69.", 1)],
    note="Hospitality needs a 25% deposit, with the balance paid 21 days before the match.")
add("factual", "moving away for work, whats the fee to get my season ticket money back", PD,
    ["£20", "an admin fee of £20; a season ticket is refunded only if you move more than 50 miles away or for serious illness, with 28 days' notice in writing, for the matches left after the notice ends"],
    [("After that, a season ticket is refunded only if you move more than 50 miles away or cannot come because of serious illness. Give us 28 days' notice in writing; you get back the price of the matches left after the notice ends, less an admin fee of £20.", 4)])
add("factual", "how many season tickets have we sold this season", DX,
    ["1,146", "1,146 season tickets for 2037/38, against 1,032 a year before"],
    ["The club sold 1,146 season tickets for 2037/38, against 1,032 a year ago, and has 2,318 Tarn Club members."])
add("factual", "how many fans got chucked out of home games so far this season", DX,
    ["27", "27 ejections at 13 men's and 7 women's home matches, against 44 in the whole of last season; there were also 4 arrests"],
    ["Gareth Pendlebury reported on 13 men's and 7 women's home matches.",
     "There were 27 ejections, against 44 in the whole of last season, 4 arrests and 11 incidents with flares or smoke bombs, 9 of them in the Gill End."])
add("factual", "how much did the shop take in the first half of the season", DX,
    ["£148,000", "£148,000 of club shop sales, reported with the July to December 2037 figures (turnover £1.38 million)"],
    ["Club shop sales were £148,000.",
     "Tobenna Rigg added that turnover from July to December 2037 was £1.38 million, against a budget of £1.31 million"])
add("factual", "what time does the ticket office shut on a saturday when theres no game", HT,
    ["13:00", "13:00; on a Saturday with no match it is open 10:00 to 13:00 (10:00 to 16:00 on weekdays)"],
    ["Ticket office, Scree End 10:00 to 16:00 10:00 to 13:00 Closed 2 hours before kick-off until half-time", HOURS])
add("factual", "how many wheelchair spaces are there in the brackwatter", HT,
    ["18", "18 in the Brackwater Stand (and 24 in the Ferryman Stand, 42 in all), each with a seat beside it for a carer"],
    ["There are 42 wheelchair spaces: 24 on the raised platform in the Ferryman Stand and 18 in the Brackwater Stand, each with a seat beside it for a carer."])
add("factual", "how much to park at the ground on a matchday", HT,
    ["£4 a car", "£4 a car in the club car park, which has 180 spaces and is usually full an hour before kick-off"],
    ["The club car park has 180 spaces at £4 a car on matchdays and is usually full an hour before kick-off."])
add("factual", "left my scarf at the match, how long do you hang onto lost propety", HT,
    ["21 days", "21 days at the ticket office; phone Supporter Services to ask about it"],
    ["Lost property is kept at the ticket office for 21 days; phone Supporter Services to ask about a lost item."])
add("factual", "whats the phone number for the control point", TX,
    ["0115 496 0400", "0115 496 0400 for the Ground Control Point, which is on radio channel 1"],
    ["Ground Control Point (radio channel 1) . 0115 496 0400"])
add("factual", "if we have to evacuate a stand how long have we got to get it empty", TX,
    ["8 minutes", "each stand must be clear within 8 minutes; safety supervisors report \"stand clear\" to the GCP"],
    ["4. Each stand must be clear within 8 minutes. Safety supervisors report \"stand clear\" to the GCP.",
     "Stand evacuated .............. 8 minutes"])
add("factual", "how long is the cctv footage kept", TX,
    ["31 days", "CCTV recordings are kept for 31 days (the GCP log and ejection reports for 6 years)"],
    ["CCTV recordings kept ......... 31 days"])
add("factual", "someones collapsed in the stand, how quick should a first aider get there", TX,
    ["within 3 minutes", "a first aider should be there within 3 minutes; radio the GCP, keep the gangway clear and do not move the person"],
    [MEDICAL])

# ---- yes/no (9: 5 no, 4 yes)
add("yes_no", "do i get mileage for driving from home to tarn lane", MD,
    ["no", "no, travel from home to Tarn Lane is not paid; mileage (45p a mile) is only for your own car on club business"],
    ["Claim expenses in StewardLink within **30 days**, with a receipt. Travel from home to Tarn Lane is not paid.",
     "| Own car on club business | 45p a mile | Plus 5p a mile for each member of staff you carry |"])
add("yes_no", "game got called off after id already turned up for my steward shift, do i still get paid", MD,
    ["yes", "yes, casual workers are paid for at least 4 hours for any matchday shift, even if the match is postponed after they arrive"],
    ["Casual workers are paid the hourly rate of their grade, and are paid for at least **4 hours** for any matchday shift, even if the match is postponed after they arrive."])
add("yes_no", "can i put my ticket in my mates name for free, the games in 3 days", PD,
    ["yes", "yes, a transfer through TarnTix is free up to 48 hours before kick-off (after that it costs £2, and transfers close 2 hours before kick-off)"],
    [("3. The transfer is free up to 48 hours before kick-off. After that it costs £2 a ticket, and transfers close 2 hours before kick-off.", 3),
     ("Transferring a match ticket is now free up to 48 hours before kick-off, instead of £2.", 1)])
add("yes_no", "is the boxing day game one of the cheaper category b ones", PD,
    ["no", "no, the Boxing Day match is category A, like the derbies against Haverby United and Fells Challenge Cup ties"],
    [("Category A matches are the derbies against Haverby United, Fells Challenge Cup ties and the Boxing Day match; other men's matches are category B.", 1)])
add("yes_no", "is tarn lane getting renamed after some car dealer", DX,
    ["no", "no, the board did not agree to Greywell Motor Group's offer of £40,000 a year for 5 years; the ground keeps the name Tarn Lane"],
    ["Tobenna Rigg presented an offer from Greywell Motor Group of £40,000 a year for 5 years to rename the ground the Greywell Motors Stadium.",
     "The board did not agree: the ground keeps the name Tarn Lane."],
    note="78% of the 1,204 members who answered the Supporters' Trust survey were against a new name.")
add("yes_no", "coming straight from work, can i bring my rucksack in", HT,
    ["no", "no, rucksacks, large bags and suitcases are not allowed; they can be left at the bag drop by the Scree End for £2, and bags no bigger than A4 are allowed"],
    ["Rucksacks, large bags and suitcases. These can be left at the bag drop by the Scree End for £2.",
     "Bags no bigger than A4 paper. Every bag is searched at the turnstiles."])
add("yes_no", "can my guide dog come in with me", HT,
    ["yes", "yes, assistance dogs are welcome in every part of the ground"],
    ["There are accessible toilets in every stand, and assistance dogs are welcome in every part of the ground."])
add("yes_no", "lads chucking stuff at the away fans, can i just go in and sort him out myself", TX,
    ["no", "no, do not act alone: radio the GCP with his seat or position and a description and wait for a safety supervisor, who decides whether to eject him"],
    ["1. Do not act alone. Radio the GCP with the supporter's seat or position and a description, and wait for a safety supervisor.",
     "2. The safety supervisor decides whether to eject."])
add("yes_no", "found a little lad on his own by the kiosk, do i take him to the stewarding office", TX,
    ["yes", "yes, two stewards take him to the Stewarding Office, never out of sight of others, and the Designated Safeguarding Lead is told at once"],
    ["A child found on their own is taken by two stewards to the Stewarding Office, never out of sight of others, and the Designated Safeguarding Lead is told at once."])

# ---- list (6)
add("list", "what can i claim expenses for", MD,
    ["your own car on club business, 45p a mile plus 5p a mile for each member of staff you carry",
     "a motorcycle, 24p a mile", "a bicycle, 20p a mile",
     "a meal on a course or away trip, up to £8, only when the away travel allowance is not paid",
     "a hotel, up to £95 a night, booked through the club office",
     "your DBS check, paid by the club",
     "coaching badge courses, up to £300 a year, for academy and foundation coaches"],
    ["| Own car on club business | 45p a mile | Plus 5p a mile for each member of staff you carry |",
     "| Motorcycle | 24p a mile | Club business only |",
     "| Bicycle | 20p a mile | Includes school sessions for the foundation |",
     "| Meal on a course or away trip | Up to £8 | Only when the away travel allowance is not paid |",
     "| Hotel | Up to £95 a night | Booked through the club office |",
     "| DBS check | Paid by the club | Renewed every 3 years |",
     "| Coaching badge courses | Up to £300 a year | Academy and foundation coaches |"],
    note="Claims go in StewardLink within 30 days, with a receipt; travel from home to Tarn Lane is not paid.")
add("list", "whats diffrent in the new version of the ticket guide", PD,
    ["an adult category A ticket in the Ferryman Stand £22 instead of £20",
     "an adult Scree End season ticket £215 instead of £199",
     "concessions from age 66 instead of 65",
     "an under-18 category B ticket in the Family Zone £3 instead of £5",
     "the Tarn Suite matchday package £75 a person instead of £69",
     "transferring a match ticket free up to 48 hours before kick-off instead of £2",
     "group discounts from 10 people instead of 12",
     "refunds for a postponed match claimed within 14 days instead of 7 days"],
    [("An adult category A ticket in the Ferryman Stand now costs £22, instead of £20.", 1),
     ("An adult season ticket for the Scree End now costs £215, instead of £199.", 1),
     ("Concession prices now start at age 66, instead of 65.", 1),
     ("An under-18 category B ticket in the Family Zone now costs £3, instead of £5.", 1),
     ("The Tarn Suite matchday package now costs £75 a person, instead of £69.", 1),
     ("Transferring a match ticket is now free up to 48 hours before kick-off, instead of £2.", 1),
     ("Group discounts now start at 10 people, instead of 12.", 1),
     ("Refunds for a postponed match can now be claimed within 14 days, instead of 7 days.", 1)],
    note="The board meeting of 20 January 2038 extends the postponed-match claim to 28 days from Monday 15 February 2038.")
add("list", "what were the safety numbers in gareths report to the board", DX,
    ["27 ejections (44 in the whole of last season)", "4 arrests",
     "11 incidents with flares or smoke bombs, 9 of them in the Gill End",
     "38 medical incidents, with 3 supporters taken to hospital",
     "58 stewards on average at each men's match"],
    ["There were 27 ejections, against 44 in the whole of last season, 4 arrests and 11 incidents with flares or smoke bombs, 9 of them in the Gill End.",
     "First aiders dealt with 38 medical incidents, and 3 supporters were taken to hospital.",
     "On average 58 stewards worked at each men's match."],
    note="Over 13 men's and 7 women's home matches; at the Boxing Day match 612 away supporters had only 6 stewards.")
add("list", "what am i allowed to bring into the ground", HT,
    ["a bag no bigger than A4 paper, which is searched at the turnstiles",
     "a flag up to 2 metres by 1 metre, fire-resistant and approved by the Stewarding Office at least 7 days before the match",
     "one sealed plastic bottle of water or soft drink, up to 500 ml",
     "a small folding umbrella, kept down in the seated stands",
     "food for babies and young children, and any medicines you need"],
    ["Bags no bigger than A4 paper. Every bag is searched at the turnstiles.",
     "Flags up to 2 metres by 1 metre, if they are fire-resistant and the Stewarding Office has approved them at least 7 days before the match.",
     "One sealed plastic bottle of water or soft drink, up to 500 ml.",
     "Small folding umbrellas, kept down in the seated stands.",
     "Food for babies and young children, and any medicines you need."],
    note="Not allowed: pyrotechnics, alcohol, glass or cans, rucksacks and large bags (bag drop £2), laser pens, drones, air horns, offensive banners, animals other than assistance dogs.")
add("list", "what do the supervisors check round the ground before we open up", TX,
    ["every stand", "every exit gate", "every gangway", "every fire extinguisher", "the public address system"],
    ["2. Safety supervisors check every stand, exit gate, gangway, fire extinguisher and the public address system, and report to the GCP. The ground check is finished 2 hours 30 minutes before kick-off."],
    note="The turnstile counting system is also tested before the turnstiles open.")
add("list", "what can get a fan thrown out", TX,
    ["pyrotechnics", "violence", "discriminatory abuse", "throwing objects", "drunkenness"],
    [EJECT],
    note="A safety supervisor authorises it; out within 10 minutes, banning letter within 7 days, at least 3 years' ban for pyrotechnics or discriminatory abuse.")

# ---- explanation (6)
add("explanation", "whats the deal for stewards when its boiling hot or freezing", MD,
    ["When it is 25°C or more, stewards in exposed positions on the Scree End and the pitch perimeter are rotated "
     "every 45 minutes and drink water at every rotation. When it is 2°C or less, they are rotated every 60 minutes "
     "and get a free hot drink from the kiosks. If frost is forecast, ground staff start at 06:00 and the referee "
     "inspects the pitch by 10:00 for a 15:00 kick-off; if lightning is seen, the referee takes the players off and "
     "stewards follow the Safety Officer's instructions"],
    ["- When it is **25°C** or more, stewards in exposed positions on the Scree End and the pitch perimeter are rotated every **45 minutes** and drink water at every rotation.",
     "- When it is **2°C** or less, stewards in exposed positions are rotated every **60 minutes** and get a free hot drink from the kiosks.",
     "- If frost is forecast, ground staff start at **06:00**, and the referee inspects the pitch by **10:00** for a 15:00 kick-off.",
     "- If lightning is seen, the referee takes the players off, and stewards follow the Safety Officer's instructions."])
add("explanation", "want to bring my sons under 11s team to a game, how do i sort it", PD,
    ["Email the ticket office at least 14 days before the match with the date, the number in your group, how many "
     "are under 18 and the group leader's name. The ticket office holds the places for 5 working days and sends a "
     "booking form and an invoice, which you pay by card or bank transfer within those 5 working days or the places "
     "are released. The group leader collects the tickets or gets them by email and brings photo ID. A junior club "
     "group pays £2 a pupil for a category B match, with one adult free per 10"],
    [("1. Email the ticket office at least 14 days before the match with the date, the number in your group, how many are under 18 and the name of the group leader.", 2),
     ("2. The ticket office holds the places for 5 working days and sends you a booking form and an invoice.", 2),
     ("3. Pay the invoice by card or bank transfer within those 5 working days, or the places are released.", 3),
     ("4. The group leader collects the tickets from the ticket office, or gets them by email, and brings photo ID on the day.", 3),
     ("School or junior club group £2 a pupil category B; one adult free per 10", 2)])
add("explanation", "ticket office was rude to me, how do i complain and what if they fob me off", PD,
    ["Contact Supporter Services within 28 days, by email, by phone or at the ticket office; they reply within 10 "
     "working days. If you are not happy with the reply, ask for the Chief Executive to review it, who replies within "
     "15 working days. If you still disagree, you can take the complaint to the North Fells League Supporter "
     "Complaints Panel within 3 months of the club's final reply; it is independent of the club and free to use"],
    [("1. Contact Supporter Services within 28 days of the match, or of what went wrong, by email, by phone or at the ticket office.", 4),
     ("2. Supporter Services replies within 10 working days.", 4),
     ("3. If you are not happy with the reply, ask for the Chief Executive to review it. The Chief Executive replies within 15 working days.", 4),
     ("4. If you still disagree, you can take your complaint to the North Fells League Supporter Complaints Panel within 3 months of our final reply. It is independent of the club and free to use.", 4)])
add("explanation", "why has the new 3g pitch at rakefoot been kicked into the long grass", DX,
    ["It has not been turned down but deferred. Declan Murtagh's proposal, presented by Rosalind Ashburner, is for a "
     "floodlit 3G pitch for the academy and the foundation at Rakefoot Fields, at about £640,000. The Fells Pitch Fund "
     "may pay up to 50% of the cost and its decision is expected in early March, so the proposal was deferred to the "
     "March meeting on Wednesday 17 March 2038"],
    ["Rosalind Ashburner presented Declan Murtagh's proposal for a floodlit 3G artificial pitch for the academy and the foundation at Rakefoot Fields, at about £640,000.",
     "The Fells Pitch Fund may pay up to 50% of the cost, and its decision is expected in early March.",
     "The proposal was deferred to the March meeting on Wednesday 17 March 2038."])
add("explanation", "my grandad is partially sited, how does the commentary thing work", HT,
    ["Audio commentary for blind and partially sighted supporters is on 20 headsets lent free from the ticket office, "
     "with a refundable deposit of £10, and starts 15 minutes before kick-off. The ticket office opens 2 hours before "
     "kick-off on a matchday. Disabled supporters pay the concession price and their carer gets a free ticket, booked "
     "through TarnTix or by phone"],
    ["Audio commentary for blind and partially sighted supporters is on 20 headsets lent free from the ticket office, with a refundable deposit of £10. Commentary starts 15 minutes before kick-off.",
     "Ticket office, Scree End 10:00 to 16:00 10:00 to 13:00 Closed 2 hours before kick-off until half-time",
     "Disabled supporters pay the concession price and their carer gets a free ticket. Book both through TarnTix or by phone"])
add("explanation", "what happens when the tannoy says mr gilbert", TX,
    ["\"Would Mr Gilbert please report to the Ground Control Point\" is the stand-by: stewards go to their exit gates "
     "and get ready to open them but say nothing to supporters. If the Safety Officer then orders an evacuation, the PA "
     "tells supporters which stand is to leave and by which exits, stewards open every exit gate and direct supporters "
     "away from the danger, and those who cannot use the stairs are helped to the refuge point with two stewards. "
     "Each stand must be clear within 8 minutes. \"Mr Gilbert has left the ground\" is the stand-down, and stewards go "
     "back to their posts"],
    ["1. Stand-by: the PA announces \"Would Mr Gilbert please report to the Ground Control Point\". Stewards go to their exit gates and get ready to open them, but say nothing to supporters.",
     "2. If the Safety Officer orders an evacuation, the PA tells supporters which stand is to leave and by which exits. Stewards open every exit gate and direct supporters away from the danger.",
     "3. Supporters who cannot use the stairs are helped to the refuge point at the end of each stand, where two stewards stay with them until the fire service arrives.",
     "4. Each stand must be clear within 8 minutes.",
     "5. Stand-down: the PA announces \"Mr Gilbert has left the ground\", and stewards go back to their posts."])

# ---- unanswerable (6: 5 near misses, one per document, and 1 off-topic)
add("unanswerable", "how much notice do i have to give if i want to leave, im an academy coach", MD, [], [], subtype="near_miss",
    note="The handbook gives probation by grade (6 months for T2), sickness reporting and leave, but no notice period for leaving.")
add("unanswerable", "how much is a season ticket for the gill end", PD, [], [], subtype="near_miss",
    note="The Gill End is the away end with a match price (£16, £7, £11); the guide lists no Gill End season ticket.")
add("unanswerable", "how much did the new floodlight control panel cost", DX, [], [], subtype="near_miss",
    note="The minutes say the panel was fitted on Wednesday 9 December 2037 but give no cost.")
add("unanswerable", "is there a cash machine at tarn lane", HT, [], [], subtype="near_miss",
    note="The help page says the kiosks take cards only, but says nothing about cash machines.")
add("unanswerable", "whats the radio channel for stewards in the gill end", TX, [], [], subtype="near_miss",
    note="The procedure gives only the Ground Control Point's channel 1; no channel for the Gill End stewards.")
add("unanswerable", "best stretches for a tight hamstring before 5 a side", None, [], [], subtype="off_topic",
    note="Not covered by any document.")

# ---- summary (2)
add("summary", "give us the gist of the ticket guide", PD, [
    "Version 4 of Skelwith Town's Tickets, Season Tickets and Hospitality Guide is for the 2037/38 season, from Monday 1 June 2037; prices include VAT",
    "Match tickets are sold through TarnTix, by phone and at the ticket office, priced by stand, category A or B and adult, under 18 or concession (from £12 to £22 for an adult at men's matches, £6 at women's matches), £2 more on the day",
    "Season tickets cost from £199 to £275 for an adult (£215 on the Scree End), with a women's season ticket at £55 and Tarn Club membership at £25; they can be paid by 10 monthly direct debits",
    "Hospitality in the Tarn Suite costs £75 a person at a men's match, with a 25% deposit; groups of 10 or more get 10% off, and school and junior club groups pay £2 a pupil",
    "Match tickets can be transferred free up to 48 hours before kick-off, then for £2 until 2 hours before",
    "If a match is postponed the ticket is valid for the new date, or a refund can be claimed within 14 days less £1.50 a ticket; a match abandoned before half-time is free to get into when replayed, after half-time half price; season ticket holders get no refund",
    "Complaints go to Supporter Services within 28 days, then to the Chief Executive, then to the North Fells League Supporter Complaints Panel"],
    [("Version 4, for the 2037/38 season, from Monday 1 June 2037;", 1),
     ("Prices include VAT.", 1),
     ("Tickets bought on the day at the ticket office cost £2 more than the prices below.", 1),
     ("Ferryman Stand, category A £22 £11 £16", 1),
     ("Women's first team, all open stands £6 £2 £4", 1),
     ("Season ticket, Ferryman Stand £275 £195 £120 reserved seat; 10% off in shop", 2),
     ("Tarn Suite matchday package £75 a person three-course lunch, seat, programme", 2),
     ("3. The transfer is free up to 48 hours before kick-off. After that it costs £2 a ticket, and transfers close 2 hours before kick-off.", 3),
     ("If you cannot go, you can claim a refund within 14 days of the original date, less an admin fee of £1.50 a ticket.", 3),
     ("1. Contact Supporter Services within 28 days of the match, or of what went wrong, by email, by phone or at the ticket office.", 4)])
add("summary", "what did the board decide at the january meeting", DX, [
    "From Monday 1 February 2038 the evening kick-off supplement goes up from £9 to £12 a shift; the away travel allowance of £25 a day does not change",
    "From Monday 15 February 2038 refunds for a postponed match can be claimed within 28 days of the original date instead of 14; the £1.50 admin fee a ticket stays",
    "From Saturday 6 February 2038 there must be at least 1 steward for every 75 away supporters in the Gill End, instead of 1 for every 100",
    "From Monday 1 March 2038 the Tarn Shop closes at 18:00 on weekdays when there is no match, instead of 17:00",
    "The naming rights offer of £40,000 a year from Greywell Motor Group was turned down; the ground keeps the name Tarn Lane",
    "Deferred: the 3G pitch at Rakefoot Fields (March meeting, 17 March 2038) and the Scree End roof (May meeting, 19 May 2038)"],
    ["From Monday 1 February 2038 the evening kick-off supplement goes up from £9 to £12 a shift; the away travel allowance of £25 a day does not change.",
     "From Monday 15 February 2038 refunds for a postponed match can be claimed within 28 days of the original date, instead of 14 days; the admin fee of £1.50 a ticket stays.",
     "From Saturday 6 February 2038 there must be at least 1 steward for every 75 away supporters in the Gill End, instead of 1 for every 100.",
     "From Monday 1 March 2038 the Tarn Shop closes at 18:00 on weekdays when there is no match, instead of 17:00.",
     "The ground keeps the name Tarn Lane; the offer of £40,000 a year for naming rights was not accepted.",
     "Deferred: the 3G pitch at Rakefoot Fields (March meeting, 17 March 2038) and the Scree End roof (May meeting, 19 May 2038)."])

# ---- conversations (4)
def turn(n, type, q, doc, answers, evidence):
    ev = [{"quote": e[0], "page": e[1]} if isinstance(e, tuple) else {"quote": e} for e in evidence]
    return {"turn": n, "type": type, "q": q, "doc": doc, "answerable": True, "answers": answers, "evidence": ev}
items.append({"id": f"sk-{len(items)+1:03d}", "type": "conversation", "doc": MD, "turns": [
    turn(1, "factual", "on the gates for the tuesday night game, im not done till after 10, do i get owt extra", MD,
         ["£9 a shift", "the evening kick-off supplement of £9 a shift, for a matchday shift that ends after 22:00"],
         [EVENING]),
    turn(2, "factual", "what if i go with the academy lads to an away game instead", MD,
         ["£25 a day", "the away travel allowance of £25 a day for an away match more than 4 hours from Tarn Lane door to door, or £45 with an overnight stay, with the hotel booked by the club"],
         [AWAY, "The club books the hotel."]),
    turn(3, "factual", "niamh says the evening money is going up, to how much", DX,
         ["£12 a shift", "£12 a shift, up from £9, from Monday 1 February 2038, for a matchday shift that ends after 22:00"],
         ["The board agreed that from Monday 1 February 2038 the evening kick-off supplement for a matchday shift that ends after 22:00 goes up from £9 to £12 a shift."]),
    turn(4, "yes_no", "is the away one going up an all", DX,
         ["no", "no, the away travel allowance of £25 a day, or £45 with an overnight stay, does not change, and nor does time and a half on bank holidays"],
         ["The away travel allowance of £25 a day, or £45 with an overnight stay, does not change, and nor does time and a half on bank holidays."]),
]})
items.append({"id": f"sk-{len(items)+1:03d}", "type": "conversation", "doc": PD, "turns": [
    turn(1, "factual", "sundays game got postponned and i cant do the new date, how long have i got to claim my money back", PD,
         ["within 14 days of the original date", "within 14 days of the original date of the match, through TarnTix (it was 7 days before version 4)"],
         [("If you cannot go, you can claim a refund within 14 days of the original date, less an admin fee of £1.50 a ticket.", 3),
          ("1. Sign in to TarnTix within 14 days of the original date of the match, open My Tickets and choose Claim a refund.", 3),
          ("Refunds for a postponed match can now be claimed within 14 days, instead of 7 days.", 1)]),
    turn(2, "yes_no", "do i get the whole lot back", PD,
         ["no", "no, an admin fee of £1.50 a ticket is taken off; the rest is paid to your card within 10 working days"],
         [("If you cannot go, you can claim a refund within 14 days of the original date, less an admin fee of £1.50 a ticket.", 3),
          ("4. The refund, less the admin fee of £1.50 a ticket, is paid to that card within 10 working days.", 4)]),
    turn(3, "yes_no", "someone on the forum reckons you get longer to claim now, is that right", DX,
         ["yes", "yes, from Monday 15 February 2038 a refund can be claimed within 28 days of the original date instead of 14 days; the £1.50 admin fee a ticket stays and season ticket holders still get no refund"],
         ["The board agreed that from Monday 15 February 2038 supporters can claim a refund for a postponed match within 28 days of the original date, instead of 14 days.",
          "The admin fee of £1.50 a ticket stays, and season ticket holders still get no refund."]),
]})
items.append({"id": f"sk-{len(items)+1:03d}", "type": "conversation", "doc": TX, "turns": [
    turn(1, "factual", "how many stewards do we need in the away end", TX,
         ["1 for every 100 away supporters", "at least 1 steward for every 100 away supporters in the Gill End, and the Safety Officer authorises opening it"],
         ["* At least 1 steward for every 100 away supporters in the Gill End.", GILL]),
    turn(2, "factual", "and for our lot in the home end", TX,
         ["1 for every 250 supporters", "at least 1 steward for every 250 supporters in the home areas, and never fewer than 2 stewards at an open exit gate"],
         ["* At least 1 steward for every 250 supporters in the home areas, and never fewer than 2 stewards at an open exit gate."]),
    turn(3, "factual", "gareth said its changing for the away end after the boxing day mess, whats the new number", DX,
         ["1 for every 75 away supporters", "at least 1 steward for every 75 away supporters in the Gill End, instead of 1 for every 100, from Saturday 6 February 2038"],
         ["Following the Safety Advisory Group's request, the board agreed that from Saturday 6 February 2038 there must be at least 1 steward for every 75 away supporters in the Gill End, instead of 1 for every 100."]),
    turn(4, "yes_no", "does the home end one change too", DX,
         ["no", "no, the home areas stay at 1 steward for every 250 supporters"],
         ["The home areas stay at 1 steward for every 250 supporters."]),
]})
items.append({"id": f"sk-{len(items)+1:03d}", "type": "conversation", "doc": HT, "turns": [
    turn(1, "factual", "what time does the club shop shut on a weekday", HT,
         ["17:00", "17:00; it is open 10:00 to 17:00 Monday to Friday when there is no match"],
         [SHOP, HOURS]),
    turn(2, "yes_no", "is it open on a sunday when theres no match", HT,
         ["no", "no, the Tarn Shop is closed on Sundays when there is no match (Saturdays 10:00 to 16:00)"],
         [SHOP, HOURS]),
    turn(3, "factual", "heard its staying open later in the week, till when", DX,
         ["18:00", "18:00 on weekdays when there is no match, instead of 17:00, from Monday 1 March 2038; it still opens at 10:00, Saturday stays 10:00 to 16:00 and it stays closed on Sundays without a match"],
         ["The board agreed that from Monday 1 March 2038 the Tarn Shop closes at 18:00 on weekdays when there is no match, instead of 17:00.",
          "It still opens at 10:00, its Saturday hours of 10:00 to 16:00 do not change, and it stays closed on Sundays when there is no match."]),
]})
json.dump({"items": items}, open(HERE / "dev.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
import collections
print(len(items), collections.Counter(i["type"] for i in items),
      sum(len(i["turns"]) if i["type"] == "conversation" else 1 for i in items), "judged rows")
