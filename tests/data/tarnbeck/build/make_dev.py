"""Writes dev.json for the tarnbeck held-out set: questions written from the documents in docs/ before any product
run. Same schema as stainforth (and coldharbour, ferncombe, hartwell, ashgrove and the earlier sets)."""
from pathlib import Path
HERE = Path(__file__).resolve().parents[1]  # tests/data/tarnbeck
import json
MD, PD, DX, HT, TX = ("staff-handbook.md", "passenger-and-parking-charges-guide.pdf",
                      "operations-committee-minutes-2032-09-16.docx", "passenger-help-faq.html",
                      "lost-property-and-unattended-items-procedure.txt")
items = []
def add(type, q, doc, answers, evidence, **kw):
    ev = [{"quote": e[0], "page": e[1]} if isinstance(e, tuple) else {"quote": e} for e in evidence]
    it = {"id": f"tb-{len(items)+1:03d}", "type": type, "q": q, "doc": doc, "answerable": type != "unanswerable",
          "answers": answers, "evidence": ev}
    it.update(kw)
    items.append(it)
    return it

# rows of the procedure's column table, their wrapped cells in line order
CAT_A = ("A: everyday clothes, bags, log it in FoundLog, 30 days, then items umbrellas, books, tag it and put it on "
         "given to the toys, sunglasses the shelves hospice shop")
CAT_B = ("B: valuables phones, laptops, log it, check it with 90 days tablets, jewellery, a witness and lock it "
         "watches, cash over in the lost property £20 safe")
CAT_C = ("C: documents passports, ID take passports and ID not kept; to cards, driving cards to the Border the Border "
         "licences, bank Force office; cut up Force the cards bank cards with a same day witness")

# ---- factual (19)
add("factual", "whats the pay range for a baggage handler", MD,
    ["£24,300 – £27,800", "£24,300 to £27,800 a year full-time (band TA2, with a 6-month probation)"],
    ["| TA2 | Security Officer, Ramp Agent, Baggage Handler, Cargo Agent | £24,300 – £27,800 | 6 months |",
     "Pay bands are for full-time staff."],
    note="TA1 is £22,900 – £24,600 and TA3 £29,400 – £34,700.")
add("factual", "been here 4 years, how many weeks full sick pay do i get", MD,
    ["12 weeks", "12 weeks' full pay and then 12 weeks' half pay (3 to 5 years' service), counted over a rolling 12 months and including SSP"],
    ["| 3 to 5 years | 12 weeks | 12 weeks |",
     "Company sick pay depends on your continuous service on the first day of absence and is counted over a rolling 12 months.",
     "It includes statutory sick pay (SSP)."],
    note="1 to 3 years gives 6 weeks of each; 5 years or more 20 weeks of each.")
add("factual", "whats the latest i can phone in sick if im on security earlies", MD,
    ["by 02:30", "phone the Security Control Room by 02:30 for an early shift (4 hours before a late shift); phone, do not text or email"],
    ["2. **Security screening:** phone the Security Control Room by **02:30** for an early shift, or **4 hours** before a late shift.",
     "Phone, do not text or email, before your shift starts:"],
    note="Ramp Control is by 03:00 for earlies; the cargo shed by 07:00.")
add("factual", "how much holiday do i get once ive done 6 years", MD,
    ["27 days", "27 days a year (5 to 10 years' service) plus the eight bank holidays; up to 5 days can be carried over"],
    ["| 5 to 10 years | 27 days | Up to 5 days |",
     "Full-time staff get the following, **plus the eight bank holidays**."])
add("factual", "how much for 2 weeks in the mid stay if i book it online", PD,
    ["£149", "£149 for up to 14 days in Mid Stay (P2) booked with ParkWise at least 24 hours ahead (£98 in Long Stay, £289 in Short Stay)"],
    [("Up to 14 days £98 £149 £289", 2),
     ("Length of stay Long Stay (P3) Mid Stay (P2) Short Stay (P1)", 2),
     ("Booking with ParkWise at least 24 hours before you arrive costs much less than driving up.", 2)])
add("factual", "whats the charge if i just turn up and leave the car in short stay for a day", PD,
    ["£32", "£32 for up to 24 hours at the drive-up rate, and £32 for each extra day"],
    [("Short Stay (P1) 2 minutes £7 £32 £32", 1),
     ("Car park Walk to terminal Up to 1 hour Up to 24 hours Each extra day", 1),
     ("If you arrive without booking, pay at the machine in the car park or online with ParkWise before you drive out;", 1)])
add("factual", "how much to get my lost bag posted back to me, i live in france", PD,
    ["£32", "£32 to post lost property abroad, tracked; a parcel over 2 kg is quoted separately"],
    [("Lost property posted abroad £32 tracked; over 2 kg quoted", 2)],
    note="Posting to a UK address is £15.")
add("factual", "how much is the tarn lounge for my 8 year old", PD,
    ["£15", "£15 for a child aged 2 to 11 (£29 for an adult; children under 2 free)"],
    [("Tarn Lounge, child aged 2 to 11 £15 children under 2 free", 2),
     ("Tarn Lounge, adult £29 from 3 hours before your flight", 2)])
add("factual", "how many passengers did we have last year", DX,
    ["612,400", "612,400 passengers in the year to 31 August 2032, 8% more than the year before, with 71,300 in August alone"],
    ["Hamish Corrigall reported 612,400 passengers in the year to 31 August 2032, 8% more than the year before, and 71,300 in August alone, the busiest month on record."])
add("factual", "how much would a new fire engine cost us", DX,
    ["about £780,000", "about £780,000 for a new major foam tender to replace Tender 2, bought in 2011; the proposal was deferred to the December meeting on 9 December 2032"],
    ["Tender 2, bought in 2011, is due for replacement, and a new major foam tender would cost about £780,000.",
     "so the proposal was deferred to the December meeting on Thursday 9 December 2032."])
add("factual", "how much cargo went through the shed this year", DX,
    ["1,840 tonnes", "1,840 tonnes in the year, 6% more than last year; the Christmas parcel flights start on Monday 22 November"],
    ["Hamish Corrigall reported that the cargo shed handled 1,840 tonnes in the year, 6% more than last year, and that the Christmas parcel flights start on Monday 22 November."])
add("factual", "what time does lost property shut on a saturday", HT,
    ["13:00", "the lost property office is open 09:00 to 13:00 on Saturdays, 08:00 to 18:00 on weekdays, and closed on Sundays"],
    ["Lost property office 08:00 to 18:00 09:00 to 13:00 Closed",
     "Service Monday to Friday Saturday Sunday"])
add("factual", "how often does the 47 bus run to the airport", HT,
    ["every 20 minutes", "every 20 minutes from Tarnbeck bus station, 04:30 to 23:00 (every 30 minutes on Sundays); it takes 25 minutes and a single is £3.20"],
    ["Bus: the 47 runs from Tarnbeck bus station every 20 minutes from 04:30 to 23:00 (every 30 minutes on Sundays) and takes 25 minutes.",
     "A single fare is £3.20."])
add("factual", "when does check in close for fellwing", HT,
    ["45 minutes before the flight", "45 minutes before departure for Fellwing Airways (40 minutes for other airlines); check-in opens 2 hours before"],
    ["Check-in and bag drop open 2 hours before your flight and close 40 minutes before it, or 45 minutes before for Fellwing Airways."])
add("factual", "hows far is the train station from the airport", HT,
    ["3 miles", "Kelderby Parkway is 3 miles away, and a free shuttle bus meets every train from 05:00 to 23:00"],
    ["Train: the nearest station is Kelderby Parkway, 3 miles away. A free shuttle bus meets every train from 05:00 to 23:00."])
add("factual", "how far back do i keep people from a bag thats been left", TX,
    ["at least 25 metres", "at least 25 metres back until a Security Supervisor arrives, which should be within 5 minutes; if the item fails the checks the area is cleared to at least 100 metres"],
    ["4. Keeps people at least 25 metres back until a Security Supervisor arrives, which should be within 5 minutes.",
     "the Terminal Duty Manager clears the area to at least 100 metres"])
add("factual", "how long have i got to hand in something i found", TX,
    ["within 2 hours of finding it", "within 2 hours of finding it and before the end of your shift, to the lost property office, or to the information desk when the office is closed"],
    ["1. Take the item to the lost property office, or to the information desk when the office is closed, within 2 hours of finding it and before the end of your shift."])
add("factual", "whats the number for the border force office", TX,
    ["01632 961 580", "01632 961 580, the Border Force office in arrivals"],
    ["Border Force office, arrivals ....... 01632 961 580"])
add("factual", "how long do we keep the foundlog records", TX,
    ["2 years", "FoundLog records are kept for 2 years (the security incident log for 6 years)"],
    ["FoundLog records kept ...... 2 years",
     "Security incident log ...... 6 years"])

# ---- yes/no (9: 5 no, 4 yes)
add("yes_no", "im a ramp agent and my earlies start at 4, do i get the £14 early start money", MD,
    ["no", "no, the £14 is for a shift that starts before 04:00; a ramp agent's early shift starts at 04:00, which is before 05:00, so it gets £9"],
    ["- **Early start allowance:** **£9** for each shift that starts before 05:00, or **£14** for a shift that starts before 04:00.",
     "| Ramp Agent and Baggage Handler | Ground handling | Earlies 04:00 – 12:00, lates 12:00 – 20:00 | De-icing standby rota from November to March |"],
    note="The minutes of 16 September 2032 raise the £9 to £12 from Friday 1 October 2032; the £14 does not change.")
add("yes_no", "i do nights in the car park, do i recieve anything extra for them", MD,
    ["yes", "yes, the night allowance of £2.40 an hour for hours worked between 22:00 and 06:00; car park attendants' nights run 22:00 – 06:00"],
    ["- **Night allowance:** **£2.40 an hour** for hours worked between 22:00 and 06:00.",
     "| Car Park Attendant | Car parks | 06:00 – 14:00, 14:00 – 22:00 or nights 22:00 – 06:00 | Patrols Short Stay, Mid Stay and Long Stay |"],
    note="Firefighters do not get it, because their pay already includes nights.")
add("yes_no", "if i cancel my parking 3 days before do i get my money back", PD,
    ["yes", "yes, cancelling more than 48 hours before the booking starts gets a full refund less a £5 admin fee, paid to your card within 7 working days"],
    [("3. If you cancel more than 48 hours before your booking starts, you get a full refund less a £5 admin fee.", 3),
     ("6. Refunds are paid to the card you used within 7 working days.", 3)])
add("yes_no", "can i pay for parking with cash at the machine", PD,
    ["no", "no, the pay machines do not take cash; cash is taken only at the car park office, up to £100 at a time"],
    [("The pay machines do not take cash.", 3),
     ("Cash is taken only at the car park office, up to £100 at a time.", 3)])
add("yes_no", "did they agree to cut the free pick up time in long stay", DX,
    ["no", "no, the proposal to cut it from 30 to 15 minutes was not agreed; free pick-up in Long Stay stays at 30 minutes"],
    ["The committee did not agree: free pick-up in Long Stay stays at 30 minutes.",
     "Free pick-up in the Long Stay car park stays at 30 minutes; the proposal to cut it to 15 minutes was not agreed."])
add("yes_no", "can i take my 150ml perfume in my hand lugage", HT,
    ["no", "no, liquids must be in containers of 100 ml or less, in one clear resealable bag of up to 1 litre"],
    ["Liquids, gels, creams and pastes in containers of 100 ml or less, all in one clear resealable bag of up to 1 litre."],
    note="Anything you cannot carry is destroyed at security.")
add("yes_no", "can i bring my guide dog in to the terminal", HT,
    ["yes", "yes, assistance dogs can come into the terminal and are welcome; other pets cannot"],
    ["Only assistance dogs can come into the terminal, and they are welcome."])
add("yes_no", "found a bag on its own by the check in desks, should i carry it to lost property", TX,
    ["no", "no, an item on its own is unattended: do not touch, move or open it, ask people nearby for no more than 2 minutes, then phone the Security Control Room on 01632 961 555 (2222 if it looks suspicious)"],
    ["UNATTENDED until security says otherwise.",
     "1. Does not touch, move or open it, and does not use a radio or mobile phone within 15 metres of it.",
     "2. Asks the people nearby whether it is theirs, and looks around for the owner for no more than 2 minutes.",
     "3. If nobody claims it, phones the Security Control Room on 01632 961 555, or on 2222 if it looks suspicious"])
add("yes_no", "someone left their passport in a security tray, does that go to border force", TX,
    ["yes", "yes, passports and ID cards are not kept: take them to the Border Force office the same day"],
    [CAT_C])

# ---- list (6)
add("list", "what perks do you get working here apart from pay", MD,
    ["a pension: the company pays 7% of salary and you pay at least 5%",
     "free parking in the staff car park (P4) with a staff permit",
     "20% off in the terminal shops and at the Fellside Kitchen café",
     "half price in the Long Stay car park for your family, up to 2 weeks a year"],
    ["- A pension: we pay **7%** of your salary and you pay at least 5%.",
     "- Free parking in the staff car park (P4) with a staff permit.",
     "- **20%** off in the terminal shops and at the Fellside Kitchen café, with your ID pass.",
     "- Half price in the Long Stay car park for your family, for up to **2 weeks** a year, booked through HR."])
add("list", "whats changed in the new version of the charges guide", PD,
    ["Long Stay for up to 7 days booked online £62, instead of £56",
     "Short Stay up to 30 minutes £4.50, instead of £4",
     "drop-off zone £5 for up to 10 minutes, instead of £4",
     "drop-off penalty charge £60, or £30 if paid within 14 days, instead of £50 and £25",
     "Fast Track £6 a person, instead of £5",
     "Tarn Lounge £29 for an adult, instead of £27",
     "posting lost property to a UK address £15, instead of £12",
     "free pick-up in Long Stay 30 minutes, instead of 20"],
    [("Long Stay (P3) for up to 7 days, booked online, now costs £62, instead of £56.", 1),
     ("Short Stay (P1) for up to 30 minutes now costs £4.50, instead of £4.", 1),
     ("The drop-off zone now costs £5 for up to 10 minutes, instead of £4.", 1),
     ("The penalty charge in the drop-off zone is now £60, reduced to £30 if paid within 14 days, instead of £50 and £25.", 1),
     ("Fast Track security now costs £6 a person, instead of £5.", 1),
     ("Entry to the Tarn Lounge now costs £29 for an adult, instead of £27.", 1),
     ("Posting lost property to a UK address now costs £15, instead of £12.", 1),
     ("Free pick-up in the Long Stay car park now lasts 30 minutes, instead of 20 minutes.", 1)])
add("list", "what were the fire crews called out for over the year", DX,
    ["147 standbys for aircraft", "38 fire alarms in the terminal and car parks", "19 medical calls", "8 fuel spills"],
    ["Tomasz Wielgosz reported 212 calls in the year to 31 August: 147 standbys for aircraft, 38 fire alarms in the terminal and car parks, 19 medical calls and 8 fuel spills."],
    note="212 calls in all.")
add("list", "whats the rules on liquids and stuff going through security", HT,
    ["liquids, gels, creams and pastes in containers of 100 ml or less, in one clear resealable bag of up to 1 litre, one bag each",
     "baby food and milk and medicines needed on the flight can be in bigger containers, shown separately",
     "laptops and tablets out of the bag, in a tray on their own",
     "knives, tools and scissors with blades longer than 6 cm go in the hold bag",
     "one lighter, in the clear bag"],
    ["Liquids, gels, creams and pastes in containers of 100 ml or less, all in one clear resealable bag of up to 1 litre. One bag each; free bags are at the entrance to security.",
     "Baby food and milk, and medicines you need during the flight, can be in bigger containers. Show them to the security officer separately.",
     "Take laptops and tablets out of your bag and put them in a tray on their own.",
     "Knives, tools and scissors with blades longer than 6 cm must go in your hold bag.",
     "You may carry one lighter, in your clear bag."])
add("list", "what sort of things count as valuables for lost property", TX,
    ["phones", "laptops", "tablets", "jewellery", "watches", "cash over £20"],
    [CAT_B],
    note="Category B: checked with a witness, locked in the lost property safe and kept 90 days.")
add("list", "theres an unattended bag in departures, what are the steps", TX,
    ["don't touch, move or open it, and don't use a radio or mobile phone within 15 metres",
     "ask people nearby if it is theirs and look for the owner for no more than 2 minutes",
     "if nobody claims it, phone the Security Control Room on 01632 961 555, or 2222 if it looks suspicious, saying where it is, what it looks like and when it was first seen",
     "keep people at least 25 metres back until a Security Supervisor arrives, within 5 minutes",
     "the Security Supervisor asks whether it is hidden, obviously suspicious or the kind of thing usually left there; if it passes it becomes lost property",
     "if it does not pass, the police are called and the Terminal Duty Manager clears the area to at least 100 metres",
     "the Security Supervisor records the time of each step in the security incident log"],
    ["1. Does not touch, move or open it, and does not use a radio or mobile phone within 15 metres of it.",
     "2. Asks the people nearby whether it is theirs, and looks around for the owner for no more than 2 minutes.",
     "3. If nobody claims it, phones the Security Control Room on 01632 961 555, or on 2222 if it looks suspicious (wires, leaking liquid, a smell, or someone seen leaving it on purpose), saying where it is, what it looks like and when it was first seen.",
     "4. Keeps people at least 25 metres back until a Security Supervisor arrives, which should be within 5 minutes.",
     "5. The Security Supervisor asks three questions: is it hidden, is it obviously suspicious, and is it the kind of thing usually left in that place? If it passes all three, it becomes lost property and is taken to the lost property office.",
     "6. If it does not pass, the Security Control Room calls the police, and the Terminal Duty Manager clears the area to at least 100 metres",
     "7. The Security Supervisor records the time of each step in the security incident log."],
    note="An unattended bag airside, after security, is always treated as suspicious.")

# ---- explanation (6)
add("explanation", "how does overtime work for me, im a dispatcher", MD,
    ["Dispatchers are on band TA3. Overtime has to be agreed by your supervisor before you work it, and staff on TA3 "
     "take time off in lieu within 4 weeks instead of overtime pay, or are paid time and a quarter if the rota cannot "
     "give the time off"],
    ["| TA3 | Firefighter, Airside Operations Officer, Dispatcher, Special Assistance Lead | £29,400 – £34,700 | 6 months |",
     "Overtime must be agreed by your supervisor before you work it.",
     "Staff on TA3 take time off in lieu within **4 weeks**, or time and a quarter if the rota cannot give it."],
    note="TA1 and TA2 are paid time and a quarter, and time and a half on Sundays and bank holidays; TA4 and TA5 get no overtime.")
add("explanation", "how do i appeal a parking fine from the airport", PD,
    ["Appeal online within 28 days of the date on the charge, giving your reasons and any evidence such as a receipt "
     "or a notice of a flight delay. The reduced amount stays open while the appeal is looked at. The airport replies "
     "within 14 days, and if it turns the appeal down you have another 14 days to pay the reduced amount. If you "
     "still disagree you can go to the Independent Parking Appeals Service within 28 days of the reply, free of charge"],
    [("1. Appeal online within 28 days of the date on the charge, giving your reasons and any evidence, such as a receipt or a notice of a flight delay.", 3),
     ("2. The reduced amount stays open to you while we look at your appeal.", 3),
     ("3. We reply within 14 days. If we turn your appeal down, you have another 14 days to pay the reduced amount.", 3),
     ("4. If you still disagree, you can go to the Independent Parking Appeals Service within 28 days of our reply. It costs you nothing.", 3)])
add("explanation", "i booked parking but the airline cancelled my flight, how do i get a refund", PD,
    ["Sign in to ParkWise with your booking reference and the email address you booked with, and send the airline's "
     "cancellation email within 28 days; you then get a full refund, paid to the card you used within 7 working days"],
    [("1. Sign in to ParkWise with your booking reference and the email address you booked with.", 3),
     ("5. If your airline cancels your flight, send us its cancellation email within 28 days for a full refund.", 3),
     ("6. Refunds are paid to the card you used within 7 working days.", 3)])
add("explanation", "why were the new security scanners put off", DX,
    ["The two CT scanners, which let passengers leave liquids and laptops in their bags, would cost about £2.3 "
     "million including building work. The Regional Airports Fund may pay up to 40% of the cost and its decision is "
     "expected in February, so the proposal was deferred to the March meeting on Thursday 17 March 2033"],
    ["Moira Danskin proposed two CT scanners for the central search area, which let passengers leave liquids and laptops in their bags, at about £2.3 million including building work.",
     "The Regional Airports Fund may pay up to 40% of the cost, and its decision is expected in February.",
     "The proposal was deferred to the March meeting on Thursday 17 March 2033."])
add("explanation", "my mum uses a wheelchair, how does she get asistance through the airport", HT,
    ["Special assistance is free. Book it through the airline at least 48 hours before flying. On the day, go to the "
     "special assistance desk in the check-in hall, or press a help point in any car park or at the drop-off zone, "
     "and staff come to you; they take you through security, to the gate and onto the aircraft, and meet you off it "
     "when you land"],
    ["Special assistance is free. Book it through your airline at least 48 hours before you fly.",
     "On the day, go to the special assistance desk in the check-in hall, or press a help point in any car park or at the drop-off zone, and we will come to you.",
     "We can take you through security, to the gate and onto the aircraft, and meet you off it when you land."],
    note="Blue Badge holders can use the drop-off zone free for up to 30 minutes once registered at the special assistance desk.")
add("explanation", "a phone someone handed in keeps ringing, what am i meant to do with it", TX,
    ["You may answer it to arrange its return, but never unlock it, look through it or charge it with your own "
     "charger. Hand it in within 2 hours, where it is logged in FoundLog; a phone is a category B valuable, checked "
     "by two staff together, locked in the lost property safe and kept for 90 days"],
    ["You may answer a found phone if it rings, to arrange its return, but never unlock it, look through it or charge it with your own charger.",
     "1. Take the item to the lost property office, or to the information desk when the office is closed, within 2 hours of finding it and before the end of your shift.",
     "3. Bags and valuables are opened and checked by two members of staff together, looking only for the owner's name and contact details.",
     CAT_B])

# ---- unanswerable (6: 5 near misses, one per document, and 1 off-topic)
add("unanswerable", "how many days compasionate leave do we get if a grandparent dies", MD, [], [], subtype="near_miss",
    note="The handbook only says compassionate and other special leave are covered by the Family and Special Leave Policy in RosterDeck; its leave table gives annual leave days only.")
add("unanswerable", "how much is it to park a motorhome for a week", PD, [], [], subtype="near_miss",
    note="The guide says motorhomes cannot use Short Stay or Mid Stay and must phone the car park office before they travel; it gives no price for them.")
add("unanswerable", "how many passengers went through the airport in july", DX, [], [], subtype="near_miss",
    note="The minutes give 612,400 for the year to 31 August 2032 and 71,300 for August alone, but nothing for July.")
add("unanswerable", "how much is a return ticket on the 47 bus", HT, [], [], subtype="near_miss",
    note="The help page gives only the single fare, £3.20.")
add("unanswerable", "how long does the bomb squad usually take to get here", TX, [], [], subtype="near_miss",
    note="The procedure says the Security Control Room calls the police for an item that fails the checks, but gives no time for the police to arrive (only the Security Supervisor's 5 minutes).")
add("unanswerable", "how do i get my toddler to sleep through the night", None, [], [], subtype="off_topic",
    note="Not covered by any document.")

# ---- summary (2)
add("summary", "can you give me a quick rundown of the parking and charges guide", PD, [
    "Version 4 of Tarnbeck Airport's Passenger and Parking Charges Guide applies to all charges from Thursday 1 April 2032, and every charge includes VAT; airline fares and bag fees are set by the airlines",
    "There are three public car parks run on ParkWise number plate recognition: drive-up charges for 24 hours are £32 in Short Stay, £19 in Mid Stay and £13 in Long Stay, which has a free bus",
    "Booking online at least 24 hours ahead is cheaper, for example £62 for up to 7 days in Long Stay",
    "The drop-off zone costs £5 for up to 10 minutes and £10 for up to 20, with a £60 penalty charge (£30 within 14 days) after that; pick-up is free for 30 minutes in Long Stay",
    "Other charges include the £8 Airport Development Fee, Fast Track at £6, the Tarn Lounge at £29 for an adult, left luggage at £8 an item a day and posting lost property at £15 in the UK",
    "Bookings cancelled more than 48 hours ahead are refunded less a £5 fee, within 7 working days",
    "Penalty charges can be appealed online within 28 days, then to the Independent Parking Appeals Service"],
    [("Version 4, for all charges from Thursday 1 April 2032;", 1),
     ("All charges in this guide include VAT.", 1),
     ("Short Stay (P1) 2 minutes £7 £32 £32", 1),
     ("Mid Stay (P2) 6 minutes £5 £19 £15", 1),
     ("Long Stay (P3) free bus £4 £13 £10", 1),
     ("Up to 7 days £62 £89 £159", 2),
     ("It costs £5 for up to 10 minutes and £10 for 10 to 20 minutes.", 2),
     ("To pick someone up, use the Long Stay car park (P3), where the first 30 minutes are free", 2),
     ("Airport Development Fee £8 a person departing passengers aged 16 and over", 2),
     ("3. If you cancel more than 48 hours before your booking starts, you get a full refund less a £5 admin fee.", 3),
     ("1. Appeal online within 28 days of the date on the charge", 3)])
add("summary", "what got decided at the september ops committee", DX, [
    "From Friday 1 October 2032 the early start allowance for a shift starting before 05:00 rises from £9 to £12; the £14 for a shift starting before 04:00 does not change",
    "From Monday 1 November 2032 the drop-off zone charge for up to 10 minutes rises from £5 to £6; the £10 for 10 to 20 minutes and the penalty charge do not change",
    "Free pick-up in the Long Stay car park stays at 30 minutes; the proposal to cut it to 15 minutes was rejected",
    "From Sunday 31 October 2032 the terminal opens at 04:00 on Sundays instead of 05:00, and security at 04:15 instead of 05:15",
    "From Monday 18 October 2032 everyday lost property is kept for 45 days instead of 30; valuables are still kept for 90 days",
    "Deferred: a new major foam tender to replace Tender 2 (December meeting, 9 December 2032) and CT scanners for the central search area (March meeting, 17 March 2033)"],
    ["From Friday 1 October 2032 the early start allowance for a shift that starts before 05:00 goes up from £9 to £12; the £14 for a shift that starts before 04:00 does not change.",
     "From Monday 1 November 2032 the drop-off zone charge for up to 10 minutes goes up from £5 to £6; the £10 for 10 to 20 minutes and the penalty charge do not change.",
     "Free pick-up in the Long Stay car park stays at 30 minutes; the proposal to cut it to 15 minutes was not agreed.",
     "From Sunday 31 October 2032 the terminal opens at 04:00 on Sundays, instead of 05:00, and security screening at 04:15, instead of 05:15.",
     "From Monday 18 October 2032 everyday lost property is kept for 45 days, instead of 30 days; valuables are still kept for 90 days.",
     "Deferred: a new major foam tender to replace Tender 2 (December meeting, 9 December 2032) and CT scanners for the central search area (March meeting, 17 March 2033)."])

# ---- conversations (4)
def turn(n, type, q, doc, answers, evidence):
    ev = [{"quote": e[0], "page": e[1]} if isinstance(e, tuple) else {"quote": e} for e in evidence]
    return {"turn": n, "type": type, "q": q, "doc": doc, "answerable": True, "answers": answers, "evidence": ev}
EARLY = "- **Early start allowance:** **£9** for each shift that starts before 05:00, or **£14** for a shift that starts before 04:00."
items.append({"id": f"tb-{len(items)+1:03d}", "type": "conversation", "doc": MD, "turns": [
    turn(1, "factual", "whats the early start payment if my shift starts at half 4", MD,
         ["£9", "£9 for a shift that starts before 05:00 (£14 if it starts before 04:00)"],
         [EARLY]),
    turn(2, "factual", "and if i start at 3.30 like the security lot?", MD,
         ["£14", "£14 for a shift that starts before 04:00; security officers' earlies start at 03:30"],
         [EARLY,
          "| Security Officer | Security screening | Earlies 03:30 – 11:30, lates 13:30 – 21:45 | Four on, two off; no more than 20 minutes at a time on the X-ray screen |"]),
    turn(3, "factual", "someone on the ramp said the early money is going up, how much to", DX,
         ["£12", "£12 for a shift that starts before 05:00, up from £9, from Friday 1 October 2032"],
         ["The committee agreed that from Friday 1 October 2032 the early start allowance for a shift that starts before 05:00 goes up from £9 to £12."]),
    turn(4, "yes_no", "does the before 4am one go up as well", DX,
         ["no", "no, the £14 for a shift that starts before 04:00 does not change, and nor does the night allowance of £2.40 an hour"],
         ["The £14 for a shift that starts before 04:00 does not change, and nor does the night allowance of £2.40 an hour."]),
]})
items.append({"id": f"tb-{len(items)+1:03d}", "type": "conversation", "doc": PD, "turns": [
    turn(1, "factual", "how much does it cost to drop someone off outside departures", PD,
         ["£5 for up to 10 minutes", "£5 for up to 10 minutes in the drop-off zone, paid online or at the machine by midnight the next day (it was £4 before version 4)"],
         [("It costs £5 for up to 10 minutes and £10 for 10 to 20 minutes. Pay online or at the machine by the terminal doors by midnight the next day.", 2),
          ("The drop-off zone now costs £5 for up to 10 minutes, instead of £4.", 1)]),
    turn(2, "factual", "what if it takes me 15 mins", PD,
         ["£10", "£10 for 10 to 20 minutes; over 20 minutes brings a penalty charge of £60, reduced to £30 if paid within 14 days"],
         [("It costs £5 for up to 10 minutes and £10 for 10 to 20 minutes.", 2),
          ("Staying more than 20 minutes, or not paying by midnight the next day, brings a penalty charge of £60, reduced to £30 if paid within 14 days.", 2)]),
    turn(3, "yes_no", "my neighbour reckons the drop off charge is going up, is that true", DX,
         ["yes", "yes, from Monday 1 November 2032 the charge for up to 10 minutes goes up from £5 to £6; the £10 for 10 to 20 minutes and the penalty charge do not change"],
         ["The committee agreed that from Monday 1 November 2032 the drop-off zone charge for up to 10 minutes goes up from £5 to £6.",
          "The £10 charge for 10 to 20 minutes, the penalty charge of £60 (£30 if paid within 14 days) and the free 30 minutes for Blue Badge holders do not change."]),
]})
items.append({"id": f"tb-{len(items)+1:03d}", "type": "conversation", "doc": TX, "turns": [
    turn(1, "factual", "how long do we hang on to everyday lost stuff like coats", TX,
         ["30 days", "30 days for everyday items (category A), then they are given to the hospice shop"],
         [CAT_A,
          "Everyday items (A) ......... 30 days, then to the Orrisdale Hospice shop"]),
    turn(2, "factual", "and where does it go after that", TX,
         ["the Orrisdale Hospice shop", "everyday items are given to the Orrisdale Hospice shop; nobody may keep, buy or give away a found item themselves"],
         ["Everyday items (A) ......... 30 days, then to the Orrisdale Hospice shop",
          "Nobody may keep, buy or give away a found item themselves, even at the end of its keeping period."]),
    turn(3, "factual", "sunniva said the 30 days is changing, whats it going to be", DX,
         ["45 days", "45 days for everyday items (category A), instead of 30 days, from Monday 18 October 2032"],
         ["The committee agreed that from Monday 18 October 2032 everyday items (category A) are kept for 45 days, instead of 30 days."]),
    turn(4, "yes_no", "does that change how long we keep valuables", DX,
         ["no", "no, valuables are still kept for 90 days, and passports and identity cards still go to the Border Force on the day they are found"],
         ["Valuables are still kept for 90 days, and passports and identity cards still go to the Border Force on the day they are found."]),
]})
items.append({"id": f"tb-{len(items)+1:03d}", "type": "conversation", "doc": HT, "turns": [
    turn(1, "factual", "what time does security open on a sunday", HT,
         ["05:15", "05:15 on Sundays (04:00 on Monday to Saturday)"],
         ["Security screening 04:00 to 21:30 04:00 to 20:00 05:15 to 21:30"]),
    turn(2, "yes_no", "can i get into the terminal before then", HT,
         ["yes", "yes, the terminal building opens at 05:00 on Sundays (03:45 on other days)"],
         ["Terminal building 03:45 to 23:30 03:45 to 23:30 05:00 to 23:30"]),
    turn(3, "yes_no", "heard its all opening earlier on sundays from the winter, is that right", DX,
         ["yes", "yes, from Sunday 31 October 2032 the terminal opens at 04:00 on Sundays instead of 05:00, and security screening at 04:15 instead of 05:15; other days do not change"],
         ["The committee agreed that from Sunday 31 October 2032 the terminal opens at 04:00 on Sundays, instead of 05:00, and security screening at 04:15, instead of 05:15.",
          "Opening times on Monday to Saturday, and closing times on every day, do not change."]),
]})
json.dump({"items": items}, open(HERE / "dev.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
import collections
print(len(items), collections.Counter(i["type"] for i in items),
      sum(len(i["turns"]) if i["type"] == "conversation" else 1 for i in items), "judged rows")
