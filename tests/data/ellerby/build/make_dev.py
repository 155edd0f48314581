"""Writes dev.json for the ellerby held-out set: questions written from the documents in docs/ before any product
run. Same schema as tarnbeck (and stainforth, coldharbour, ferncombe, hartwell, ashgrove and the earlier sets)."""
from pathlib import Path
HERE = Path(__file__).resolve().parents[1]  # tests/data/ellerby
import json
MD, PD, DX, HT, TX = ("staff-handbook.md", "fees-and-charges-guide.pdf",
                      "quality-committee-minutes-2032-09-15.docx", "visiting-and-families-help.html",
                      "resident-falls-procedure.txt")
items = []
def add(type, q, doc, answers, evidence, **kw):
    ev = [{"quote": e[0], "page": e[1]} if isinstance(e, tuple) else {"quote": e} for e in evidence]
    it = {"id": f"el-{len(items)+1:03d}", "type": type, "q": q, "doc": doc, "answerable": type != "unanswerable",
          "answers": answers, "evidence": ev}
    it.update(kw)
    items.append(it)
    return it

# rows of the procedure's column table, their wrapped cells in line order
TYPE_A = ("A: no injury no pain, moves get them up with the every 4 hours arms and legs LiftEase cushion, for 24 hours "
          "normally, knows record in CareNest where they are")
TYPE_C = ("C: head bump to the head, do not move them every 30 min injury or unwitnessed fall, until checked; start "
          "for 2 hours, unwitnessed on blood thinners head injury checks; hourly for phone the GP the same 4 hours, "
          "then day 4-hourly to 24 hours")

# ---- factual (19)
add("factual", "whats the pay range for a senior carer", MD,
    ["£25,200 – £28,300", "£25,200 to £28,300 a year full-time (band EC2, with a 6-month probation)"],
    ["| EC2 | Senior Carer, Cook, Activities Coordinator, Maintenance Technician, Administrator | £25,200 – £28,300 | 6 months |",
     "Pay bands are for full-time staff."],
    note="EC1 is £23,100 – £24,400 and EC3 £36,800 – £41,900.")
add("factual", "been here 5 years now, how many weeks full sick pay am i entitled to", MD,
    ["10 weeks", "10 weeks' full pay and then 10 weeks' half pay (4 to 8 years' service), counted over a rolling 12 months and including SSP"],
    ["| 4 to 8 years | 10 weeks | 10 weeks |",
     "Company sick pay depends on your continuous service on the first day of absence and is counted over a rolling 12 months.",
     "It includes statutory sick pay (SSP)."],
    note="2 to 4 years gives 5 weeks of each; 8 years or more 16 weeks of each.")
add("factual", "im on nights, whats the latest i can ring in sick", MD,
    ["by 16:00 on the day of the night shift", "phone the nurse or senior carer on shift by 16:00 on the day of your night shift; phone, do not text or message"],
    ["2. **Night staff:** phone the nurse or senior carer on shift by **16:00** on the day of your night shift.",
     "Phone, do not text or message, the person below."],
    note="Day care staff phone at least 3 hours before; nurses at least 4 hours before; the kitchen by 06:00.")
add("factual", "how much annual leave do i get after 7 years", MD,
    ["28 days", "28 days a year (6 to 10 years' service) plus the eight bank holidays; up to 5 days can be carried over"],
    ["| 6 to 10 years | 28 days | Up to 5 days |",
     "Full-time staff get the following, **plus the eight bank holidays**."])
add("factual", "how much a week is an ensuite room at the willows", PD,
    ["£1,120", "£1,120 a week for an en-suite room for residential care at The Willows (£1,050 standard, £1,230 premium en-suite)"],
    [("The Willows, residential £1,050 £1,120 £1,230", 1),
     ("Home and type of care Standard room En-suite room Premium en-suite", 1)])
add("factual", "how much deposit do we have to pay when mum moves in", PD,
    ["2 weeks' fees", "a deposit of 2 weeks' fees for residents who pay their own fees, paid back within 30 days after they leave, less anything still owed"],
    [("Residents who pay their own fees pay a deposit of 2 weeks' fees when they move in. It is paid back within 30 days after they leave, less anything still owed.", 2)])
add("factual", "whats the chiropodist cost these days", PD,
    ["£32 a visit", "£32 a visit, every 6 weeks or as needed, added to the monthly invoice (it was £28 before version 6)"],
    [("Chiropody £32 a visit every 6 weeks, or as needed", 2),
     ("A chiropody visit now costs £32, instead of £28.", 1)])
add("factual", "how much would nursing care in one of the premium rooms at larkfield be", PD,
    ["£1,620 a week", "£1,620 a week for nursing care in a premium en-suite room at Larkfield House; the NHS nursing care contribution is taken off the invoice"],
    [("Larkfield House, nursing £1,420 £1,495 £1,620", 1),
     ("Home and type of care Standard room En-suite room Premium en-suite", 1),
     ("For nursing care at Larkfield House, the NHS pays a nursing care contribution straight to us, and we take it off your invoice.", 2)])
add("factual", "how full were the homes at the end of august", DX,
    ["104 of 114 rooms (91%)", "104 of the 114 rooms were occupied on 31 August 2032, 91%: 44 of 48 at Larkfield House, 33 of 36 at Beckside Lodge and 27 of 30 at The Willows"],
    ["Conrad Makepeace reported that 104 of the 114 rooms were occupied on 31 August 2032, 91%: 44 of 48 at Larkfield House, 33 of 36 at Beckside Lodge and 27 of 30 at The Willows."])
add("factual", "how much have we spent on agency staff", DX,
    ["£212,000", "£212,000 in the five months to 31 August 2032, against a budget of £150,000, most of it for night shifts at Larkfield House"],
    ["Spending on agency staff was £212,000 over the same months, against a budget of £150,000, most of it for night shifts at Larkfield House.",
     "Income for the five months to 31 August was £2.94 million"])
add("factual", "how many falls have there been recently across the homes", DX,
    ["146 in the six months to 31 August 2032", "146 falls in the six months to 31 August 2032, against 151 in the six months before; 18 needed a doctor and 3 were fractures"],
    ["Temitope Aldous reported 146 falls in the six months to 31 August 2032, against 151 in the six months before",
     "18 caused an injury that needed a doctor, and 3 of those were fractures."])
add("factual", "what time can i visit my dad at the willows on a sunday", HT,
    ["10:00 to 18:00", "10:00 to 18:00 on Sundays at The Willows (09:30 to 20:30 on Monday to Saturday); no need to book"],
    ["The Willows, Marrick Bridge 09:30 to 20:30 09:30 to 20:30 10:00 to 18:00",
     "Home Monday to Friday Saturday Sunday"])
add("factual", "how long does the parking permit at beckside last", HT,
    ["3 hours", "the free visitor permit from reception for the on-street bays in Mill Lane lasts 3 hours; Beckside Lodge has no car park"],
    ["Beckside Lodge: there is no car park. Ask at reception for a free visitor permit for the on-street bays in Mill Lane, which lasts for 3 hours."])
add("factual", "how long does it take for mums washing to come back", HT,
    ["within 2 days", "usually back in her room within 2 days; it is washed in the home's own laundry free of charge"],
    ["Everything is washed in the home's own laundry, free of charge, and is usually back in the resident's room within 2 days."])
add("factual", "what times should i avoid turning up because of meals", HT,
    ["12:00 to 13:00 and 17:00 to 17:45", "mealtimes are protected from 12:00 to 13:00 and from 17:00 to 17:45; you can stay to help your relative eat if you tell staff first"],
    ["Mealtimes are protected from 12:00 to 13:00 and from 17:00 to 17:45, so that residents can eat without interruption.",
     "You are welcome to stay and help your relative eat, but please let staff know first."])
add("factual", "how often do i do obs on someone whos banged their head", TX,
    ["every 30 minutes for 2 hours, hourly for 4 hours, then every 4 hours to 24 hours",
     "a type C fall (head injury or unwitnessed): checks every 30 minutes for 2 hours, hourly for 4 hours, then 4-hourly up to 24 hours; the resident is woken at night for them, and the GP is phoned the same day"],
    [TYPE_C,
     "Wake a resident at night for type C checks."])
add("factual", "whats the number for the community falls team", TX,
    ["01632 784 650", "01632 784 650, the Wensholm Community Falls Team"],
    ["Wensholm Community Falls Team ........ 01632 784 650"])
add("factual", "how long do we have to keep falls records for", TX,
    ["8 years", "CareNest falls records are kept for 8 years"],
    ["CareNest falls records kept .... 8 years"])
add("factual", "whens the post fall review meant to happen by", TX,
    ["within 72 hours", "within 72 hours, held by the home manager or the deputy with the staff involved, looking at medicines, eyesight, footwear, the room and the time of day"],
    ["4. The home manager, or the deputy, holds a post-fall review with the staff involved within 72 hours, looking at medicines, eyesight, footwear, the room and the time of day."])

# ---- yes/no (9: 5 no, 4 yes)
add("yes_no", "if i pick up a shift 3 hours before it starts do i get the £25 bonus", MD,
    ["no", "no, the £25 is for a shift picked up with less than 24 hours' notice; one picked up with less than 4 hours' notice gets £40 instead"],
    ["- **Short-notice shift bonus:** **£25** for an extra shift picked up with less than 24 hours' notice, or **£40** for one picked up with less than 4 hours' notice."],
    note="The minutes of 15 September 2032 raise the £25 to £35 from Friday 1 October 2032; the £40 does not change.")
add("yes_no", "i do nights at beckside 8 till 8, do i get anything extra for nights", MD,
    ["yes", "yes, the night allowance of £1.60 an hour for hours worked between 22:00 and 07:00; night care assistants work 20:00 – 08:00"],
    ["- **Night allowance:** **£1.60 an hour** for hours worked between 22:00 and 07:00.",
     "| Night Care Assistant | All homes | Nights 20:00 – 08:00 | Three or four nights a week; at The Willows one senior sleeps in 22:00 – 07:00 |"])
add("yes_no", "mums going into hospital for a couple of weeks, do we still have to pay for her room", PD,
    ["yes", "yes, the room is kept and the fee is 90% of the weekly fee for up to 6 weeks; after 6 weeks the home talks to you about keeping the room"],
    [("Hospital stays: the room is kept and the fee is 90% of the weekly fee for up to 6 weeks.", 3),
     ("After 6 weeks we talk to you about whether the room can still be kept.", 3)],
    note="Before version 6 the full fee was charged during a hospital stay.")
add("yes_no", "can i still pay dads fees by cheque", PD,
    ["no", "no, cheques are no longer taken; pay by direct debit on the 5th, by bank transfer within 14 days, or by card at the home office up to £2,000 at a time"],
    [("We no longer take cheques.", 2),
     ("Pay by direct debit, taken on the 5th of the month, or by bank transfer within 14 days of the invoice.", 2),
     ("Card payments are taken at the home office, up to £2,000 at a time.", 2)])
add("yes_no", "did they agree to start charging residents for wifi", DX,
    ["no", "no, the proposal to charge £6 a month was not agreed; wifi stays free for residents and visitors"],
    ["The committee did not agree: wifi stays free for residents and visitors.",
     "Wifi stays free for residents; the proposal to charge £6 a month was not agreed."])
add("yes_no", "can i bring my dog in to sit with mum at dinner", HT,
    ["no", "no, dogs on a lead are welcome in bedrooms and lounges but not in the dining rooms or the kitchen"],
    ["Well-behaved dogs on a lead are welcome in bedrooms and lounges, but not in the dining rooms or the kitchen."])
add("yes_no", "is it ok to bring some lilies in for my nan at beckside", HT,
    ["no", "no, lilies are not allowed in Beckside Lodge because their pollen is poisonous if eaten"],
    ["Lilies are not allowed in Beckside Lodge, because their pollen is poisonous if eaten."])
add("yes_no", "a resident slid off her chair onto the floor but says shes fine, do i still have to treat it as a fall", TX,
    ["yes", "yes, a resident who slides gently from a chair to the floor has had a fall, even if they say they are fine; a fall is any time a resident ends up on the floor without meaning to, hurt or not"],
    ["A resident who slides gently from a chair to the floor has had a fall, even if they say they are fine.",
     "A fall is any time a resident ends up on the floor or a lower level without meaning to, whether or not anyone saw it and whether or not they are hurt."])
add("yes_no", "found a lady on the floor of her room and no one saw what happend, do we treat it like she hit her head", TX,
    ["yes", "yes, an unwitnessed fall is treated as a possible head injury: a type C fall, so do not move her until checked and start head injury checks"],
    ["A resident found on the floor, who cannot say how they got there, has had an UNWITNESSED FALL. Treat it as a possible head injury.",
     TYPE_C])

# ---- list (6)
add("list", "what perks do we get on top of wages", MD,
    ["a pension: the company pays 5% of salary and you pay at least 5%",
     "a free hot meal on every shift of 6 hours or more",
     "your DBS check and uniform paid for (three tunics, replaced every year)",
     "a £250 refer-a-friend bonus when someone you recommend passes probation"],
    ["- A pension: we pay **5%** of your salary and you pay at least 5%.",
     "- A free hot meal on every shift of 6 hours or more, from the home's kitchen.",
     "- Your DBS check and uniform paid for: three tunics when you start, and replacements every year.",
     "- A **£250** refer-a-friend bonus when someone you recommend passes their probation."])
add("list", "whats changed in the latest fees guide", PD,
    ["The Willows standard room, residential, £1,050 a week, instead of £1,010",
     "Larkfield House en-suite room, residential, £1,265 a week, instead of £1,210",
     "Beckside Lodge standard room, dementia, £1,240 a week, instead of £1,185",
     "during a hospital stay 90% of the weekly fee, instead of the full fee",
     "hairdresser wash and set £16, instead of £14",
     "chiropody £32 a visit, instead of £28",
     "fees after a death charged for 3 days, instead of 7",
     "late payment interest 3% a year above base rate, instead of 4%"],
    [("A standard room for residential care at The Willows now costs £1,050 a week, instead of £1,010.", 1),
     ("An en-suite room for residential care at Larkfield House now costs £1,265 a week, instead of £1,210.", 1),
     ("A standard room for dementia care at Beckside Lodge now costs £1,240 a week, instead of £1,185.", 1),
     ("While a resident is in hospital, the fee is now 90% of the weekly fee, instead of the full fee.", 1),
     ("A wash and set at the hairdresser now costs £16, instead of £14.", 1),
     ("A chiropody visit now costs £32, instead of £28.", 1),
     ("After a resident dies, fees are now charged for 3 days, instead of 7 days.", 1),
     ("Interest on late payments is now 3% a year above the Bank of England base rate, instead of 4%.", 1)])
add("list", "how many falls did each home have", DX,
    ["Larkfield House: 71", "Beckside Lodge: 52", "The Willows: 23"],
    ["Temitope Aldous reported 146 falls in the six months to 31 August 2032, against 151 in the six months before: 71 at Larkfield House, 52 at Beckside Lodge and 23 at The Willows."],
    note="146 in all in the six months to 31 August 2032.")
add("list", "what does my mum need to pack for moving in", HT,
    ["clothes for at least 7 days, including a warm cardigan, nightwear, slippers with a back and well-fitting shoes",
     "toiletries, a hairbrush, glasses, hearing aids and dentures, with spares if possible",
     "all her medicines in the pharmacy boxes, and a list from the GP if possible",
     "photos, a favourite chair, cushions, a radio or small television (electrical items are tested first)",
     "a small amount of money for the hairdresser and the shop trolley"],
    ["Clothes for at least 7 days, including a warm cardigan, nightwear, slippers with a back and well-fitting shoes.",
     "Toiletries, a hairbrush, glasses, hearing aids and dentures, each with a spare if you have one.",
     "All their medicines in the boxes from the pharmacy, and a list of them from the GP if you can get one.",
     "Photos, a favourite chair, cushions, a radio or a small television, to make the room feel like home.",
     "A small amount of money for the hairdresser and the shop trolley, which the office keeps safe for them."],
    note="Not to bring: rugs, electric heaters or electric blankets, valuable jewellery.")
add("list", "what equipment can we use for someone whos at high risk of falling", TX,
    ["a sensor mat by the bed", "a low bed with a crash mat", "hip protectors"],
    ["Residents at high risk can have a sensor mat by the bed, a low bed with a crash mat, or hip protectors, with their agreement or a best interests decision."],
    note="Bed rails are used only after a separate risk check.")
add("list", "just found a resident on the floor, what do i do step by step", TX,
    ["stay with them, tell them help is coming and don't try to get them up",
     "press the call bell or the emergency button on your pager for the nurse in charge and a second member of staff",
     "make the area safe",
     "the nurse in charge checks them head to toe, asks about pain and takes pulse, blood pressure and oxygen level",
     "for a type D fall the nurse phones 999 and then the on-call manager; nothing to eat or drink",
     "for types A to C they are got up only when the nurse says so, with the LiftEase cushion or hoist and at least two staff",
     "if they were on the floor more than 1 hour, tell the GP the same day"],
    ["1. Stays with them, tells them help is coming and does not try to get them up.",
     "2. Presses the call bell or the emergency button on their pager, so that the nurse in charge and a second member of staff come.",
     "3. Makes the area safe: moves furniture back, switches on the lights, and puts a pillow under their head only if they are already lying down.",
     "4. The nurse in charge checks them from head to toe, asks about pain, looks for the signs in section 3 and takes their pulse, blood pressure and oxygen level.",
     "5. For a type D fall, the nurse in charge phones 999 at once and then the on-call manager.",
     "6. For types A to C, the resident is got up only when the nurse in charge says so, with the LiftEase cushion or the hoist and at least two staff.",
     "7. If a resident has been on the floor for more than 1 hour, tell the GP the same day"])

# ---- explanation (6)
add("explanation", "how does overtime work for me as a nurse", MD,
    ["Registered nurses are on band EC3. Extra shifts must be agreed by the home manager or the nurse in charge before "
     "you work them, and staff on EC3 take time off in lieu within 6 weeks instead of overtime pay, or are paid time "
     "and a quarter if the rota cannot give the time off"],
    ["| EC3 | Registered Nurse, Head Cook, Head of Housekeeping | £36,800 – £41,900 | 6 months |",
     "Extra shifts are offered first to our own staff in ShiftLoom, and must be agreed by the home manager or the nurse in charge before you work them.",
     "Staff on EC3 take time off in lieu within **6 weeks**, or time and a quarter if the rota cannot give it."],
    note="EC1 and EC2 are paid time and a quarter, and time and a half on Sundays and bank holidays; EC4 and EC5 get no overtime.")
add("explanation", "theres a charge on mums invoice i think is wrong, how do i sort it", PD,
    ["Contact the home office within 30 days of the invoice, saying which charge you are asking about. The home "
     "administrator replies within 10 working days, and you do not have to pay that charge while it is looked at. If "
     "you are not happy with the reply, write to the Finance Manager, who replies within 20 working days. If you still "
     "disagree, you can ask the Independent Care Fees Review Panel to look at it within 3 months of the final reply, "
     "free of charge"],
    [("1. Contact the home office within 30 days of the invoice, saying which charge you are asking about.", 3),
     ("2. The home administrator replies within 10 working days. You do not have to pay the charge in question while it is being looked at.", 3),
     ("3. If you are not happy with the reply, write to the Finance Manager, who replies within 20 working days.", 3),
     ("4. If you still disagree, you can ask the Independent Care Fees Review Panel to look at it within 3 months of our final reply. It costs you nothing.", 3)])
add("explanation", "my dad passed away at larkfield on monday, what happens with his fees and his things now", PD,
    ["Fees are charged for 3 days after the death and then stop. Belongings should be collected within 7 days; after "
     "that the home stores them for up to 4 weeks at £15 a week. The final invoice is sent within 14 days, and any "
     "money owed to you is paid back within 30 days, as is the deposit, less anything still owed"],
    [("4. If a resident dies, fees are charged for 3 days after the death, and then stop.", 3),
     ("5. Please collect belongings within 7 days. After that we store them for up to 4 weeks at £15 a week.", 3),
     ("6. The final invoice is sent within 14 days, and any money owed to you is paid back within 30 days.", 3)],
    note="Before version 6, fees were charged for 7 days after a death.")
add("explanation", "why didnt the new minibus for the willows get approved", DX,
    ["It was not turned down but deferred. The Willows' minibus, bought in 2017, failed its last two services and "
     "cannot take a wheelchair, and a new wheelchair-accessible one would cost about £58,000. The committee asked "
     "for a leasing quotation and for the 2033 capital budget to be settled first, so it was deferred to the "
     "December meeting on Wednesday 8 December 2032"],
    ["Dafydd Trelawney reported that The Willows' minibus, bought in 2017, failed its last two services and cannot take a wheelchair.",
     "A new wheelchair-accessible minibus would cost about £58,000.",
     "The committee asked for a leasing quotation and for the 2033 capital budget to be settled first, so the proposal was deferred to the December meeting on Wednesday 8 December 2032."])
add("explanation", "my mum has dementia, can i take her out for the afternoon and what do i need to do", HT,
    ["Yes, outings are encouraged. Tell the senior carer or nurse on shift before you go and sign her out on the "
     "tablet in the entrance hall. Staff give you any medicines due while you are out, in a labelled bag, and tell "
     "you how and when to give them. Because she has dementia, staff will talk to you first about what could help, "
     "such as a card with the home's phone number in her pocket. Let the home know if you will be back later than "
     "planned; a meal can be kept for her"],
    ["Yes, and we encourage it. Tell the senior carer or nurse on shift before you go, and sign your relative out on the tablet in the entrance hall.",
     "Staff will give you any medicines that are due while you are out, in a labelled bag, and tell you how and when to give them.",
     "If your relative is living with dementia, we will talk to you first about what could help, such as a card with the home's phone number in their pocket.",
     "Please let us know if you will be back later than planned, and if you are out at a mealtime we can keep a meal for them."])
add("explanation", "how do you use the liftease cushion to get someone up", TX,
    ["Only once the nurse in charge says so, and with at least two staff. Slide the flat cushion under the resident, "
     "with one member of staff at their head supporting them and one at their side. Inflate it one section at a time "
     "from the bottom up, talking to the resident, and stop if they feel faint or in pain. At chair height, help them "
     "sit on the edge and then stand with their frame or move into a wheelchair. Never use it for a type D fall, or "
     "for a type C fall before the nurse in charge has checked them"],
    ["Slide the flat cushion under the resident, with one member of staff at their head to support them and one at their side.",
     "Inflate it one section at a time, from the bottom up, talking to the resident all the time, and stop if they feel faint or in pain.",
     "When the cushion is at chair height, help them to sit on the edge, and then to stand with their frame or into a wheelchair.",
     "Never use the cushion for a type D fall, or for a type C fall before the nurse in charge has checked the resident.",
     "6. For types A to C, the resident is got up only when the nurse in charge says so, with the LiftEase cushion or the hoist and at least two staff."])

# ---- unanswerable (6: 5 near misses, one per document, and 1 off-topic)
add("unanswerable", "how much maternity pay will i get", MD, [], [], subtype="near_miss",
    note="The handbook only says maternity and other family leave are covered by the Family Leave Policy in ShiftLoom; its tables give sick pay and annual leave only.")
add("unanswerable", "how much does the council pay for a funded place at beckside", PD, [], [], subtype="near_miss",
    note="The guide says fees for council-funded places are agreed with the council and are not shown; it gives only self-funded weekly fees.")
add("unanswerable", "how many medication errors were there at the willows", DX, [], [], subtype="near_miss",
    note="The minutes give 22 medicines errors across all three homes (15 of them timing errors), not a figure for each home.")
add("unanswerable", "is there a bus i can get to the willows", HT, [], [], subtype="near_miss",
    note="The help page covers parking at each home (The Willows' 8 spaces and the village hall car park) but says nothing about buses.")
add("unanswerable", "how long should we wait for the ambulance before ringing 999 again", TX, [], [], subtype="near_miss",
    note="The procedure says to phone 999 again if the resident gets worse, but gives no waiting time.")
add("unanswerable", "whats a good recipe for a birthday cake for my nans 90th", None, [], [], subtype="off_topic",
    note="Not covered by any document.")

# ---- summary (2)
add("summary", "can you sum up the fees guide for me", PD, [
    "Version 6 of Ellerby Care's Fees and Charges Guide applies to all fees from Thursday 1 April 2032, for residents who pay their own fees and families paying top-ups; council-funded fees are not shown, and care fees have no VAT",
    "Weekly fees depend on the home, the type of care and the room, from £1,050 for a standard room at The Willows to £1,620 for a premium en-suite room with nursing care at Larkfield House, and cover the room, meals, personal care, laundry, activities and wifi",
    "Extras such as the hairdresser (£16 for a wash and set), chiropody (£32 a visit), hospital escorts (£22 an hour) and guest meals (£7.50, or £9.50 on Sunday) are added to the monthly invoice",
    "Self-funding residents pay a deposit of 2 weeks' fees; invoices come on the 1st of each month, paid by direct debit or bank transfer, and late payments carry interest",
    "Fees are reviewed once a year with at least 28 days' notice; during a hospital stay the fee is 90% for up to 6 weeks",
    "Leaving needs 28 days' written notice (7 days during a trial stay), and after a death fees are charged for 3 days",
    "Fee queries go to the home office within 30 days, then the Finance Manager, then the Independent Care Fees Review Panel"],
    [("Version 6, for all fees from Thursday 1 April 2032;", 1),
     ("Care fees are not subject to VAT.", 1),
     ("Fees for council-funded places are agreed with the council and are not shown here.", 1),
     ("The Willows, residential £1,050 £1,120 £1,230", 1),
     ("Larkfield House, nursing £1,420 £1,495 £1,620", 1),
     ("Hairdresser, wash and set £16 every Tuesday; cut and blow dry £20", 2),
     ("Residents who pay their own fees pay a deposit of 2 weeks' fees when they move in.", 2),
     ("We write to every resident, and to the person who pays the fees, at least 28 days before a change.", 3),
     ("2. After the trial stay, give 28 days' notice in writing to the home manager, by email or letter.", 3),
     ("4. If a resident dies, fees are charged for 3 days after the death, and then stop.", 3),
     ("1. Contact the home office within 30 days of the invoice, saying which charge you are asking about.", 3)])
add("summary", "what did the quality committee decide in september", DX, [
    "From Friday 1 October 2032 the short-notice shift bonus for a shift picked up with less than 24 hours' notice rises from £25 to £35; the £40 for less than 4 hours' notice does not change",
    "From Monday 18 October 2032 a resident is referred to the Wensholm Community Falls Team after 2 falls in 90 days, instead of 3",
    "From Monday 1 November 2032 a guest lunch costs £8.50 instead of £7.50; guest Sunday lunch stays at £9.50",
    "From Saturday 2 October 2032 weekend visiting at Beckside Lodge ends at 20:00 instead of 19:00",
    "Wifi stays free for residents; the proposal to charge £6 a month was rejected",
    "Deferred: a new minibus for The Willows (December meeting, 8 December 2032) and acoustic monitoring at Beckside Lodge (March meeting, 16 March 2033)"],
    ["From Friday 1 October 2032 the short-notice shift bonus for a shift picked up with less than 24 hours' notice goes up from £25 to £35; the £40 for less than 4 hours' notice does not change.",
     "From Monday 18 October 2032 a resident is referred to the Wensholm Community Falls Team after 2 falls in 90 days, instead of 3.",
     "From Monday 1 November 2032 a guest lunch costs £8.50, instead of £7.50; guest Sunday lunch stays at £9.50.",
     "From Saturday 2 October 2032 weekend visiting at Beckside Lodge ends at 20:00, instead of 19:00.",
     "Wifi stays free for residents; the proposal to charge £6 a month was not agreed.",
     "Deferred: a new minibus for The Willows (December meeting, 8 December 2032) and acoustic monitoring at Beckside Lodge (March meeting, 16 March 2033)."])

# ---- conversations (4)
def turn(n, type, q, doc, answers, evidence):
    ev = [{"quote": e[0], "page": e[1]} if isinstance(e, tuple) else {"quote": e} for e in evidence]
    return {"turn": n, "type": type, "q": q, "doc": doc, "answerable": True, "answers": answers, "evidence": ev}
BONUS = "- **Short-notice shift bonus:** **£25** for an extra shift picked up with less than 24 hours' notice, or **£40** for one picked up with less than 4 hours' notice."
items.append({"id": f"el-{len(items)+1:03d}", "type": "conversation", "doc": MD, "turns": [
    turn(1, "factual", "the home rang me tonight to cover tomorrows early, whats the bonus for that", MD,
         ["£25", "£25 for an extra shift picked up with less than 24 hours' notice (£40 with less than 4 hours' notice)"],
         [BONUS]),
    turn(2, "factual", "and if they ring me like 2 hours before the shift?", MD,
         ["£40", "£40 for a shift picked up with less than 4 hours' notice"],
         [BONUS]),
    turn(3, "factual", "someone on shift said the bonus is going up, how much to", DX,
         ["£35", "£35 for a shift picked up with less than 24 hours' notice, up from £25, from Friday 1 October 2032"],
         ["The committee agreed that from Friday 1 October 2032 the short-notice shift bonus for an extra shift picked up with less than 24 hours' notice goes up from £25 to £35."]),
    turn(4, "yes_no", "does the last minute one go up as well", DX,
         ["no", "no, the £40 for a shift picked up with less than 4 hours' notice does not change, and nor does the night allowance of £1.60 an hour"],
         ["The £40 for a shift picked up with less than 4 hours' notice does not change, and nor does the night allowance of £1.60 an hour."]),
]})
items.append({"id": f"el-{len(items)+1:03d}", "type": "conversation", "doc": PD, "turns": [
    turn(1, "factual", "how much is it if i stay and have lunch with my dad", PD,
         ["£7.50", "£7.50 for a guest lunch, booked 24 hours ahead and added to the monthly invoice"],
         [("Guest lunch £7.50 book 24 hours ahead", 2),
          ("They are added to the next monthly invoice, and the charges are the same in all three homes:", 2)]),
    turn(2, "factual", "what about sunday lunch", PD,
         ["£9.50", "£9.50 for a guest Sunday lunch, also booked 24 hours ahead"],
         [("Guest Sunday lunch £9.50 book 24 hours ahead", 2)]),
    turn(3, "yes_no", "my sister reckons the lunch price is going up, is she right", DX,
         ["yes", "yes, from Monday 1 November 2032 a guest lunch costs £8.50 instead of £7.50; Sunday lunch stays at £9.50 and tea and coffee stay free"],
         ["The committee agreed that from Monday 1 November 2032 a guest lunch costs £8.50, instead of £7.50.",
          "Guest Sunday lunch stays at £9.50, and tea and coffee stay free for visitors."]),
]})
items.append({"id": f"el-{len(items)+1:03d}", "type": "conversation", "doc": TX, "turns": [
    turn(1, "factual", "how many falls before a resident gets sent to the falls team", TX,
         ["3 falls in 90 days", "a resident who falls 3 times in 90 days is referred to the Wensholm Community Falls Team"],
         ["A resident who falls 3 times in 90 days is referred to the Wensholm Community Falls Team by the home manager"]),
    turn(2, "factual", "who does the referral", TX,
         ["the home manager", "the home manager makes the referral, and the GP is asked to review the resident's medicines within 2 weeks"],
         ["A resident who falls 3 times in 90 days is referred to the Wensholm Community Falls Team by the home manager, and the GP is asked to review their medicines within 2 weeks."]),
    turn(3, "factual", "temitope mentioned its changing, whats the new number", DX,
         ["2 falls in 90 days", "after 2 falls in 90 days, instead of 3, from Monday 18 October 2032"],
         ["The committee agreed that from Monday 18 October 2032 a resident is referred to the Falls Team after 2 falls in 90 days, instead of 3."]),
    turn(4, "yes_no", "does the 72 hour review change too", DX,
         ["no", "no, the post-fall review within 72 hours and the GP medicines review within 2 weeks do not change"],
         ["The post-fall review within 72 hours and the GP medicines review within 2 weeks do not change."]),
]})
items.append({"id": f"el-{len(items)+1:03d}", "type": "conversation", "doc": HT, "turns": [
    turn(1, "factual", "what time does visiting finish at beckside on a saturday", HT,
         ["19:00", "19:00 on Saturdays and Sundays at Beckside Lodge, from 10:30 (20:00 on weekdays)"],
         ["Beckside Lodge, Hallowfield 10:00 to 20:00 10:30 to 19:00 10:30 to 19:00",
          "Home Monday to Friday Saturday Sunday"]),
    turn(2, "yes_no", "can i come in at 10 on the sunday then", HT,
         ["no", "no, Sunday visiting at Beckside Lodge starts at 10:30; 10:00 is the weekday start"],
         ["Beckside Lodge, Hallowfield 10:00 to 20:00 10:30 to 19:00 10:30 to 19:00"]),
    turn(3, "yes_no", "heard theyre letting people stay later at weekends now, is that true", DX,
         ["yes", "yes, from Saturday 2 October 2032 weekend visiting at Beckside Lodge ends at 20:00 instead of 19:00; it still starts at 10:30, and weekdays and the other homes do not change"],
         ["The committee agreed that from Saturday 2 October 2032 visiting at Beckside Lodge on Saturdays and Sundays ends at 20:00, instead of 19:00.",
          "Weekend visiting still starts at 10:30, and visiting times on Monday to Friday and at the other two homes do not change."]),
]})
json.dump({"items": items}, open(HERE / "dev.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
import collections
print(len(items), collections.Counter(i["type"] for i in items),
      sum(len(i["turns"]) if i["type"] == "conversation" else 1 for i in items), "judged rows")
