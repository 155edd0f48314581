"""Writes dev.json for the quayside held-out set: questions written from the documents in docs/ before any product
run. Same schema as brightwater (and ashcombe, fernhill, oakridge, meridian, northwind, harbor)."""
from pathlib import Path
HERE = Path(__file__).resolve().parents[1]  # tests/data/quayside
import json
MD, PD, DX, HT, TX = ("staff-handbook.md", "reservations-and-cancellation-policy.pdf",
                      "operations-meeting-minutes-2027-10-06.docx", "guest-faq.html",
                      "housekeeping-and-front-office-procedures.txt")
items = []
def add(type, q, doc, answers, evidence, **kw):
    ev = [{"quote": e[0], "page": e[1]} if isinstance(e, tuple) else {"quote": e} for e in evidence]
    it = {"id": f"qs-{len(items)+1:03d}", "type": type, "q": q, "doc": doc, "answerable": type != "unanswerable",
          "answers": answers, "evidence": ev}
    it.update(kw)
    items.append(it)
    return it

# ---- factual (19)
add("factual", "what time do lates finish at linnet lodge", MD,
    ["22:30", "10:30pm", "the Linnet Lodge late shift runs 14:00 to 22:30"],
    ["| Late | 14:30 – 23:00 | 14:00 – 22:30 | **£0.60** |"],
    note="The late shift at The Quayside Hotel ends at 23:00.")
add("factual", "hourly pay for a guest services supervisor?", MD,
    ["£14.10 – £15.00", "£14.10 to £15.00 an hour (Band 3, from 1 April 2027)"],
    ["| Guest Services Supervisor | Band 3 | £14.10 – £15.00 | Up to **£150** | Front Office Manager |"],
    note="A Housekeeping Supervisor is also Band 3 but at £13.90 – £14.80; a Duty Manager is Band 4 at £16.20 – £17.50.")
add("factual", "im at the lodge and feel rough, who do i ring and by when? im on an early", MD,
    ["Ravi Chandran, the Hotel Manager, on 01632 960 720 by 07:00", "Ravi Chandran", "01632 960 720, by 7am"],
    ["**Linnet Lodge:** phone Ravi Chandran, Hotel Manager, on 01632 960 720 by **07:00** for an early or housekeeping shift, or at least **four hours** before a late or night shift."],
    note="Quayside Hotel staff phone the Duty Manager on 01632 960 450 at least two hours before the shift (by 18:00 for nights).")
add("factual", "how much can a front desk agent knock off a guests bill after a complaint without asking anyone", MD,
    ["up to £50", "£50 of goodwill credit"],
    ["| Front Desk Agent | Band 2 | £12.60 – £13.20 | Up to **£50** | Guest Services Supervisor |"],
    note="A Guest Services Supervisor may give up to £150 and a Duty Manager up to £500.")
add("factual", "whats the staff rate for a room at the quayside", MD,
    ["£45 a night, room only", "£45 a night, up to 6 nights a year", "£45"],
    ["| Employee | £45 a night, room only | £30 a night, with breakfast | Up to 6 nights |"],
    note="Linnet Lodge is £30 a night with breakfast; family and friends get 25% off the best flexible rate.")
add("factual", "how much deposit for a group booking", PD,
    ["30% of the total room charge, when the group contract is signed", "30%", "30% (it was 20% under version 3)"],
    [("The deposit for group bookings of 10 rooms or more is now 30% of the total, instead of 20%, payable when the group contract is signed.", 1),
     ("The group organiser pays a deposit of 30% of the total room charge when the contract is signed, and the balance 14 days before arrival.", 3)],
    note="20% was the deposit under version 3.")
add("factual", "a wedding group wants to cancel 2 weeks before arrival, what do they have to pay", PD,
    ["60% of the total room charge", "60%"],
    [("8 to 20 days 60% of the total room charge", 3)],
    note="14 days falls in the 8 to 20 days band; 21 to 41 days loses the 30% deposit, 7 days or less is 100%.")
add("factual", "how long do we keep reg cards for", PD,
    ["12 months", "a year"],
    [("Guest registration cards 12 months Front Office Manager", 4)],
    note="Booking and payment records and waivers are kept 6 years, guest profiles 3 years, chargeback files 2 years.")
add("factual", "how much do we charge if someone smokes in there room", PD,
    ["£250 cleaning charge", "£250", "£250 (it was £150 under version 3)"],
    [("We charge £250 for cleaning a room after smoking or vaping", 4),
     ("The cleaning charge for smoking in a bedroom is now £250, instead of £150.", 1)],
    note="£150 was the old charge.")
add("factual", "what was occupancy like at linnet lodge in sept", DX,
    ["91%", "91%, against a budget of 88%"],
    ["Occupancy in September was 84% at The Quayside Hotel, against a budget of 82%, and 91% at Linnet Lodge, against a budget of 88%."],
    note="84% is The Quayside Hotel's figure.")
add("factual", "when's the next ops meeting and where", DX,
    ["Wednesday 3 November 2027 at 10:00 in the breakfast room at Linnet Lodge", "3 November 2027, Linnet Lodge",
     "3 Nov at 10am at Linnet Lodge"],
    ["The next group operations meeting is on Wednesday 3 November 2027 at 10:00 in the breakfast room at Linnet Lodge."],
    note="The October meeting was in the Wharf Suite at The Quayside Hotel.")
add("factual", "how much is parking at the quayside hotel", HT,
    ["£18 per 24 hours", "£18 a day, paid at check-out"],
    ["The Quayside Hotel 40 spaces under the hotel, entrance on Ropewalk Lane £18 per 24 hours"],
    note="Parking at Linnet Lodge is free; the station car park next door is £9.50 for 24 hours.")
add("factual", "what time is breakfast at the quayside on a sunday", HT,
    ["07:30 to 10:30", "7:30am to 10:30am at weekends"],
    ["The Quayside Hotel, full breakfast in the Estuary Restaurant £19.50 £9.75 07:00 to 10:00 on weekdays, 07:30 to 10:30 at weekends"],
    note="Linnet Lodge serves 07:30 to 10:00 at weekends.")
add("factual", "how much do you hold on my card when i check in at linnet lodge", HT,
    ["£50 for the stay", "£50"],
    ["£100 for your stay at The Quayside Hotel and £50 for your stay at Linnet Lodge."],
    note="The Quayside Hotel holds £100 per stay.")
add("factual", "im staying at the lodge, can i use the pool at your other hotel? how much", HT,
    ["£12 a person for a day pass to the pool and gym", "£12"],
    ["Guests staying at Linnet Lodge can buy a day pass for the pool and gym for £12 a person."],
    note="Guests at The Quayside Hotel use it free from 07:00 to 21:00.")
add("factual", "how far is the quayside from the train station", HT,
    ["about 25 minutes' walk or 5 minutes by taxi", "25 min walk, 5 min taxi"],
    ["The Quayside Hotel is about 25 minutes' walk or 5 minutes by taxi from the station"],
    note="Linnet Lodge is a two-minute walk from the station.")
add("factual", "how long should i spend on a departure clean in a suite", TX,
    ["60 minutes", "an hour"],
    ["Estuary Suite QH 60 minutes 30 minutes"],
    note="Classic rooms are 30 minutes, dog-friendly Classic rooms 50, Superior 40; a stayover clean of a suite is 30 minutes.")
add("factual", "fire assembly point at linnet lodge?", TX,
    ["Point L1, front car park, by the bike racks", "L1, in the front car park by the bike racks"],
    ["Linnet Lodge ............ Point L1, front car park, by the bike racks"],
    note="The Quayside Hotel's assembly point is Point Q1 on Wharf Street by the old crane.")
add("factual", "what times does the night auditor at the lodge have to check in with someone", TX,
    ["00:00, 03:00 and 05:30, by phoning the Quayside Night Manager", "midnight, 3am and 5:30am"],
    ["They phone the Quayside Night Manager at 00:00, 03:00 and 05:30 to say all is well."],
    note="The Quayside night porter walks every floor at 00:30 and 04:00.")

# ---- yes/no (9: 5 no, 4 yes)
add("yes_no", "is our lunch break paid at the quayside", MD,
    ["yes", "yes, a 30-minute paid meal break with a free hot meal in the staff canteen"],
    ["Shifts at The Quayside Hotel include a **30-minute paid meal break**, with a free hot meal in the staff canteen."],
    note="At Linnet Lodge the meal break is 30 minutes unpaid, with a £5 meal allowance for shifts of six hours or more.")
add("yes_no", "i work on reception, can i book a week off over xmas", MD,
    ["no", "front office staff may not take holiday between 20 December and 2 January"],
    ["Front office and food and beverage staff may not take holiday between **20 December and 2 January**."])
add("yes_no", "can a front desk agent waive a no show charge", PD,
    ["no", "Front Desk Agents may not waive a cancellation or no-show charge; a Guest Services Supervisor can waive up to £150 and a Duty Manager up to £500"],
    [("Front Desk Agents and Night Auditors take payments and pre-authorisations but may not waive a cancellation or no-show charge.", 1),
     ("A Guest Services Supervisor may waive a charge of up to £150 and a Duty Manager a charge of up to £500", 1)],
    note="The handbook lets a Front Desk Agent give up to £50 of goodwill credit; that is a different thing from waiving a charge.")
add("yes_no", "guest on the saver rate wants to put the booking in her husbands name, can she do that for free", PD,
    ["yes", "yes, free of charge up to 24 hours before arrival (there used to be a £20 amendment fee)"],
    [("Guests on the Saver rate may now change the name on a booking free of charge up to 24 hours before arrival, instead of paying a £20 amendment fee.", 1)],
    note="The Saver rate still cannot be cancelled, refunded or moved to other dates.")
add("yes_no", "is check in at the quayside moving to 2pm", DX,
    ["no", "it stays at 15:00; the proposal was not agreed and will be looked at again in April 2028"],
    ["The meeting did not agree: check-in at The Quayside Hotel stays at 15:00, and the question will be looked at again in April 2028.",
     "Check-in at The Quayside Hotel stays at 15:00; it will not move to 14:00."],
    note="Linnet Lodge check-in is already 14:00.")
add("yes_no", "can my 10 yr old go in the pool at 6pm", HT,
    ["no", "under-16s may use the pool only from 09:00 to 11:00 and 15:00 to 17:00, with an adult in the water"],
    ["Children under 16 may use the pool from 09:00 to 11:00 and from 15:00 to 17:00 only, with an adult in the water."])
add("yes_no", "staying at linnet lodge, can i eat at the restaurant and put it on my room", HT,
    ["yes", "yes, Linnet Lodge guests can eat at the Estuary Restaurant and charge dinner to their Linnet Lodge room"],
    ["Linnet Lodge has no restaurant or bar, but guests staying there are welcome at the Estuary Restaurant and can charge dinner to their Linnet Lodge room."])
add("yes_no", "lady says she lost her key card and hasnt got any id on her, am i allowed to give her a new one", TX,
    ["yes", "yes, if she correctly gives the name, home address and dates on the booking"],
    ["A guest who has lost their key card is given a new one only after showing photo ID, or, if they have none, after correctly giving the name, home address and dates on the booking."])
add("yes_no", "is there a lifeguard on at the spa pool", TX,
    ["no", "the pool is unsupervised; there is no lifeguard"],
    ["The pool is unsupervised; there is no lifeguard."])

# ---- list (6)
add("list", "what are the overtime rates", MD,
    ["hours beyond 40 in a week: time and a quarter", "bank holidays: time and a half",
     "Christmas Day and New Year's Day: double time"],
    ["hours beyond 40 in a week: **time and a quarter**",
     "bank holidays: **time and a half**",
     "Christmas Day and New Year's Day: **double time**"],
    note="Part-time staff are paid at their basic rate for extra hours until they reach 40 hours in the week.")
add("list", "what discounts do staff get on food and the spa", MD,
    ["20% off food in the Estuary Restaurant, except on Fridays and Saturdays",
     "free use of the Salt Spa pool and gym before 09:00 and after 20:00", "30% off spa treatments"],
    ["Staff at both hotels get **20% off** food in the Estuary Restaurant, except on Fridays and Saturdays.",
     "Staff may use the Salt Spa pool and gym free of charge **before 09:00 and after 20:00**, and get **30% off** treatments."])
add("list", "what can we charge a guest for if they damage stuff or things go missing", PD,
    ["£250 for cleaning a room after smoking or vaping", "£40 for each towel, bathrobe or hairdryer missing at check-out",
     "the cost of repair for any other damage (after the Duty Manager has seen it and taken photographs)"],
    [("We charge £250 for cleaning a room after smoking or vaping, £40 for each towel, bathrobe or hairdryer missing at check-out, and the cost of repair for any other damage, after the Duty Manager has seen it and taken photographs.", 4)],
    note="The guest is told of every extra charge before it is taken.")
add("list", "what do i get if i book direct", HT,
    ["the best price for the room", "free Wi-Fi", "a free drink in the Boathouse Bar (stays at The Quayside Hotel)",
     "free cancellation on the Flexible rate", "10% off the Flexible rate for Quayside Circle members"],
    ["Booking on this website or by phone always gets you our best price for the room, plus free Wi-Fi, a free drink in the Boathouse Bar for stays at The Quayside Hotel, and free cancellation on our Flexible rate.",
     "Members of our free Quayside Circle also get 10% off the Flexible rate."])
add("list", "which colour cloth do i use for what", TX,
    ["red: toilets and urinals only", "yellow: bathroom sinks, baths and showers", "blue: bedrooms and public areas",
     "green: kitchens, bars and the breakfast room"],
    ["Red ........ toilets and urinals only", "Yellow ..... bathroom sinks, baths and showers",
     "Blue ....... bedrooms and public areas", "Green ...... kitchens, bars and the breakfast room"])
add("list", "what are the rules for the pool", TX,
    ["no more than 24 people in the pool at one time", "children under 16 only at family times, with an adult in the water",
     "no glass, food or drink in the pool hall", "it is unsupervised: there is no lifeguard"],
    ["No more than 24 people may be in the pool at one time.",
     "Children under 16 only at family times, with an adult in the water.",
     "No glass, food or drink in the pool hall.",
     "The pool is unsupervised; there is no lifeguard."])

# ---- explanation (6)
add("explanation", "how do tips work, is it the same at both hotels", MD,
    ["No. At The Quayside Hotel a discretionary 12.5% service charge on food and drink in the Estuary Restaurant and "
     "Boathouse Bar all goes into the tronc, shared among Quayside staff on a points system and paid with the last pay "
     "of each month; cash tips handed to you personally are yours. Linnet Lodge has no service charge; tips left in "
     "the jar at reception are shared equally among all Linnet Lodge staff each month"],
    ["A discretionary service charge of **12.5%** is added to food and drink bills in the Estuary Restaurant and the Boathouse Bar.",
     "All of it goes into the tronc and is shared among staff at The Quayside Hotel on a points system agreed with the staff forum; it is paid with the last pay of each month.",
     "Cash tips handed to you personally are yours.",
     "Linnet Lodge has no service charge; tips left in the jar at reception are shared **equally** among all Linnet Lodge staff each month."])
add("explanation", "on nights at the lodge, what do i do if someone hasnt turned up", PD,
    ["At 23:00 run the StayLedger arrivals report; phone and email each missing guest (if they are still coming, keep "
     "the room); if there is no answer, keep the room until the end of the night shift at Linnet Lodge, then mark it "
     "as a no-show; for a Flexible booking charge the first night to the guaranteed card by 10:00 the next morning and "
     "cancel the rest of the stay (a Saver booking is already paid); email the guest about the charge"],
    [("At 23:00, run the arrivals report in StayLedger and list every booking that has not checked in.", 3),
     ("Phone each guest on the number in the booking and send an email from the hotel's address.", 3),
     ("If there is no answer, keep the room until 02:00 at The Quayside Hotel or until the end of the night shift at Linnet Lodge, then mark the booking as a no-show in StayLedger.", 3),
     ("For a Flexible booking, charge the first night to the guaranteed card by 10:00 the next morning and cancel the rest of the stay.", 3),
     ("Email the guest to say that the charge has been made and how to contact the reservations team.", 3)],
    note="At The Quayside Hotel the room is kept until 02:00, not until the end of the night shift.")
add("explanation", "how do refunds work and what happens if a guest disputes a charge", PD,
    ["Refunds go back to the card used for the original payment within 5 working days of being agreed, never in cash. "
     "A guest who disagrees with a charge writes to the reservations team and the Revenue and Reservations Manager "
     "replies within 10 working days; for a chargeback, the reservations team sends the bank the evidence (booking "
     "terms and registration card) within 7 days"],
    [("Refunds are made to the card used for the original payment within 5 working days of being agreed; we do not refund in cash.", 3),
     ("A guest who disagrees with a charge writes to the reservations team, and the Revenue and Reservations Manager replies within 10 working days.", 3),
     ("When a bank tells us about a chargeback, the reservations team sends the evidence, including the booking terms and the registration card, within 7 days.", 3)])
add("explanation", "why are the master keys only going to work in the daytime now", DX,
    ["Because a housekeeping master key card went missing at Linnet Lodge on 14 September; it was cancelled within 40 "
     "minutes and not used, but all Linnet Lodge master cards were reissued. From 18 October 2027 master cards at both "
     "hotels work only between 07:30 and 17:00, and the Duty Manager checks every card is back in the key safe at the "
     "end of each housekeeping shift"],
    ["On Tuesday 14 September a housekeeping master key card went missing at Linnet Lodge during the day shift.",
     "It was cancelled within 40 minutes, and the door log showed that it had not been used after it was lost, but every master card at Linnet Lodge was reissued as a precaution.",
     "The meeting agreed that from Monday 18 October 2027 housekeeping master key cards at both hotels will work only between 07:30 and 17:00, and that the Duty Manager will check at the end of each housekeeping shift that every card is back in the key safe."],
    note="The procedures (HK-03) still describe master cards signed out and in each shift, with no time limit.")
add("explanation", "i left my phone charger in the room, how do i get it back", HT,
    ["Email lostproperty@quaysidehotels.example as soon as you can with the hotel, the room number and your dates; "
     "items are kept for a limited time, and can be posted to you for the cost of postage plus a £5 handling charge, "
     "paid by card"],
    ["with the hotel, the room number and your dates as soon as you can.",
     "Items handed in are kept safely for a limited time.",
     "We can post your item to you for the cost of postage plus a £5 handling charge, paid by card."],
    note="The procedures keep ordinary items such as chargers for 3 months; the minutes cut this to 1 month from 1 November 2027.")
add("explanation", "the relax sign is still on the door in the afternoon, what do i do", TX,
    ["If the green \"Relax\" card is still out at 14:00, the Housekeeping Supervisor phones the room; a room that staff "
     "have not entered for 48 hours is checked by the Duty Manager and a member of housekeeping together, for the "
     "guest's welfare"],
    ["If the card is still out at 14:00, the Housekeeping Supervisor phones the room.",
     "A room that has not been entered by staff for 48 hours is checked by the Duty Manager and a member of housekeeping together, for the guest's welfare."])

# ---- unanswerable (6)
add("unanswerable", "how much does the company put into my pension", MD, [], [], subtype="near_miss",
    note="The handbook covers pay bands, shift premiums, overtime, sick pay, holidays and staff benefits but says nothing about pensions.")
add("unanswerable", "whats the cancellation policy for a table at the estuary restaurant", PD, [], [], subtype="near_miss",
    note="The policy covers room bookings only and says restaurant and spa bookings are covered by separate terms, which no document gives; the FAQ only gives spa treatment cancellation.")
add("unanswerable", "how much money did the spa take in september", DX, [], [], subtype="near_miss",
    note="The minutes say spa treatment income was 6% above budget, but give no amount.")
add("unanswerable", "how much is a massage at the salt spa", HT, [], [], subtype="near_miss",
    note="The FAQ explains how to book and cancel treatments and the Linnet Lodge day pass price, but gives no treatment prices.")
add("unanswerable", "what should the ph be in the hot tub", TX, [], [], subtype="near_miss",
    note="The procedures give pH and chlorine ranges for the pool only; no hot tub is mentioned.")
add("unanswerable", "can you recommend a good fish and chip shop in aldmouth", None, [], [], subtype="off_topic",
    note="Not covered by any document.")

# ---- summary (2)
add("summary", "can u summarise what changed in version 4 of the reservations policy", PD, [
    "Version 4 of RP-02 was approved on 24 June 2027 and applies to bookings made from 1 July 2027, replacing version 3 of January 2026",
    "Flexible bookings at The Quayside Hotel can be cancelled free until 15:00 two days before arrival instead of the day before; Linnet Lodge is unchanged",
    "The group deposit (10 rooms or more) is 30% instead of 20%, payable when the contract is signed",
    "The check-in pre-authorisation at The Quayside Hotel is £100 per stay instead of £50 a night; Linnet Lodge stays at £50 per stay",
    "The smoking cleaning charge is £250 instead of £150",
    "Saver rate guests can change the name on a booking free up to 24 hours before arrival instead of paying a £20 fee"],
    [("Approved by Eleanor Fairweather, Managing Director, on 24 June 2027 and in force for bookings made from 1 July 2027", 1),
     ("Flexible rate bookings at The Quayside Hotel can now be cancelled free of charge until 15:00 two days before arrival, instead of until 15:00 on the day before arrival. Linnet Lodge does not change.", 1),
     ("The deposit for group bookings of 10 rooms or more is now 30% of the total, instead of 20%, payable when the group contract is signed.", 1),
     ("The card pre-authorisation taken at check-in at The Quayside Hotel is now £100 per stay, instead of £50 a night. Linnet Lodge stays at £50 per stay.", 1),
     ("The cleaning charge for smoking in a bedroom is now £250, instead of £150.", 1),
     ("Guests on the Saver rate may now change the name on a booking free of charge up to 24 hours before arrival, instead of paying a £20 amendment fee.", 1)])
add("summary", "give me a quick rundown of the health and safety bit of the october ops meeting", DX, [
    "3 staff accidents in September, none reportable (a burned wrist, a twisted ankle at Linnet Lodge, a strained back), 2 minor guest slips (one in the pool changing area) and 6 near misses, against 9 in August",
    "A housekeeping master key card went missing at Linnet Lodge on 14 September; it was cancelled and all Linnet Lodge master cards reissued, and from 18 October 2027 master cards at both hotels work only 07:30 to 17:00, with the Duty Manager checking they are all back",
    "The Linnet Lodge fire drill on 22 September took 4 minutes 10 seconds against a 3-minute target because guests waited to pack; a line about leaving belongings will be added to the bedroom fire notices",
    "The anti-slip matting in the pool changing area will be replaced before the pool reopens in November"],
    ["There were 3 accidents to staff, none of them reportable",
     "There were 2 accidents to guests, both minor slips, one of them on the wet floor of the pool changing area, and staff reported 6 near misses, against 9 in August.",
     "On Tuesday 14 September a housekeeping master key card went missing at Linnet Lodge during the day shift.",
     "The meeting agreed that from Monday 18 October 2027 housekeeping master key cards at both hotels will work only between 07:30 and 17:00",
     "The fire drill at Linnet Lodge on 22 September emptied the building in 4 minutes 10 seconds, against a target of 3 minutes, because two guests on the second floor waited to pack.",
     "The anti-slip matting in the pool changing area will be replaced before the pool reopens in November (see item 5)."])

# ---- conversations (4)
def turn(n, type, q, doc, answers, evidence):
    ev = [{"quote": e[0], "page": e[1]} if isinstance(e, tuple) else {"quote": e} for e in evidence]
    return {"turn": n, "type": type, "q": q, "doc": doc, "answerable": True, "answers": answers, "evidence": ev}
items.append({"id": f"qs-{len(items)+1:03d}", "type": "conversation", "doc": MD, "turns": [
    turn(1, "factual", "how much extra an hour do you get for doing nights", MD,
         ["£1.80 an hour on top of the basic rate", "£1.80"],
         ["| Night | 22:45 – 07:00 | 22:15 – 06:15 | **£1.80** |"]),
    turn(2, "factual", "and lates?", MD, ["£0.60 an hour", "60p an hour"],
         ["| Late | 14:30 – 23:00 | 14:00 – 22:30 | **£0.60** |"]),
    turn(3, "yes_no", "is the nights one going up? someone mentioned it at the ops meeting", DX,
         ["yes", "yes, from £1.80 to £2.20 an hour from 1 December 2027", "£2.20 from 1 December 2027"],
         ["The night shift premium rises from £1.80 to £2.20 an hour at both hotels from 1 December 2027; the late shift premium stays at £0.60."]),
    turn(4, "yes_no", "does that count at the lodge too", DX,
         ["yes", "yes, the new £2.20 night premium applies at both hotels, including Linnet Lodge"],
         ["Aisha proposed raising the night shift premium from £1.80 to £2.20 an hour at both hotels."]),
]})
items.append({"id": f"qs-{len(items)+1:03d}", "type": "conversation", "doc": HT, "turns": [
    turn(1, "factual", "how much is brekkie at linnet lodge", HT,
         ["£11.50 for adults", "£11.50"],
         ["Linnet Lodge, buffet breakfast in the breakfast room £11.50 £5.75"]),
    turn(2, "factual", "and for the kids? they're 4 and 8", HT,
         ["£5.75 for the 8-year-old; the 4-year-old eats free", "£5.75 for children aged 5 to 12, under-5s free"],
         ["Linnet Lodge, buffet breakfast in the breakfast room £11.50 £5.75", "Children under 5 eat breakfast free at both hotels."]),
    turn(3, "yes_no", "is that still right? we're coming in mid november", DX,
         ["no", "from 1 November 2027 the adult price is £12.95; children 5 to 12 still pay half the adult price and under-fives eat free"],
         ["The meeting agreed that the Linnet Lodge breakfast will go up from £11.50 to £12.95 for adults from Monday 1 November 2027; children aged 5 to 12 will still pay half the adult price, and under-fives still eat free."]),
]})
items.append({"id": f"qs-{len(items)+1:03d}", "type": "conversation", "doc": TX, "turns": [
    turn(1, "factual", "how long do we hang on to stuff guests leave behind", TX,
         ["ordinary items 3 months, valuables 6 months in the safe", "3 months (6 months for valuables)"],
         ["Ordinary items (clothing, chargers, books) ..... 3 months",
          "Valuables (jewellery, phones, laptops, cash) ... 6 months, in the safe"]),
    turn(2, "factual", "what about a passport", TX,
         ["it goes to the police after 7 days", "handed to the police after 7 days"],
         ["Passports and driving licences ................. to the police after 7 days"]),
    turn(3, "yes_no", "didnt the first one change at the october meeting", DX,
         ["yes", "from 1 November 2027 ordinary lost property is kept for 1 month instead of 3 months; valuables still 6 months"],
         ["The meeting agreed that from Monday 1 November 2027 ordinary lost property will be kept for 1 month instead of 3 months before it is given to charity or thrown away.",
          "Valuables are still kept for 6 months in the safe."]),
    turn(4, "factual", "whos meant to update the procedures and by when", DX,
         ["Marta Kowalczyk, by 29 October 2027", "Marta Kowalczyk, Head of Housekeeping, by 29 Oct"],
         ["Update the Housekeeping and Front Office Procedures for lost property Marta Kowalczyk 29 October 2027"]),
]})
items.append({"id": f"qs-{len(items)+1:03d}", "type": "conversation", "doc": PD, "turns": [
    turn(1, "yes_no", "can guests bring a dog to the quayside", PD,
         ["yes", "yes, up to two dogs per room in selected ground-floor Classic rooms, at £25 per dog per night, booked in advance"],
         [("The Quayside Hotel welcomes up to two dogs per room in selected ground-floor Classic rooms, at £25 per dog per night, which must be booked in advance.", 4)]),
    turn(2, "yes_no", "what about the other hotel", PD,
         ["no", "Linnet Lodge does not accept pets; only assistance dogs, free of charge"],
         [("Linnet Lodge does not accept pets, but assistance dogs are welcome at both hotels free of charge.", 4)]),
    turn(3, "factual", "is the 25 quid going up? a guest is booking for february", DX,
         ["yes, to £30 per dog per night for stays from 1 January 2028", "£30 per dog per night",
          "£30, unless the guest had already booked before the change"],
         ["The meeting agreed that the charge for dogs at The Quayside Hotel will go up from £25 to £30 per dog per night for stays from 1 January 2028.",
          "Guests who have already booked keep the old price."]),
]})
json.dump({"items": items}, open(HERE / "dev.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
import collections
print(len(items), collections.Counter(i["type"] for i in items),
      sum(len(i["turns"]) if i["type"] == "conversation" else 1 for i in items), "judged rows")
