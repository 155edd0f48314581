"""Writes dev.json for the marsden held-out set: questions written from the documents in docs/ before any product
run. Same schema as fellgate (and ellerby, tarnbeck, stainforth, coldharbour, ferncombe, hartwell, ashgrove and the
earlier sets)."""
from pathlib import Path
HERE = Path(__file__).resolve().parents[1]  # tests/data/marsden
import json
MD, PD, DX, HT, TX = ("council-staff-handbook.md", "allotments-and-hall-hire-fees-guide.pdf",
                      "full-council-minutes-2035-05-19.docx", "residents-help-centre.html",
                      "cemetery-and-burial-regulations.txt")
items = []
def add(type, q, doc, answers, evidence, **kw):
    ev = [{"quote": e[0], "page": e[1]} if isinstance(e, tuple) else {"quote": e} for e in evidence]
    it = {"id": f"mv-{len(items)+1:03d}", "type": type, "q": q, "doc": doc, "answerable": type != "unanswerable",
          "answers": answers, "evidence": ev}
    it.update(kw)
    items.append(it)
    return it

# rows of the regulations' column table, their wrapped cells in line order
TYPE_A = ("A: exclusive £980 lawn grave for up to 3 lasts 50 years; right of burial burials; deed issued to can be "
          "renewed the person who pays for 25 years")
TYPE_C = ("C: child burial no fee anyone under 18; the book 3 working exclusive right is also days ahead free")
TYPE_D = ("D: cremated £215 in an existing grave or book 2 working remains a cremated remains plot days ahead; "
          "(plot right £420) 20-minute slot")
TYPE_G = ("G: headstone £165 lawn graves; registered not until 6 permit masons only; up to 1.2 m months after the "
          "high and 0.9 m wide burial")
STANDBY = ("- **Standby allowance:** **£25** for each weekday night on standby (17:00 to 07:00), or **£40** for each "
           "Saturday, Sunday or bank holiday on standby.")
TIMES = "Place Monday Tuesday to Friday Saturday Sunday"
RECYCLING = "Coldwell Road recycling point Closed 12:00 to 18:00 08:30 to 16:00 10:00 to 14:00"
RENTS = "Site Full plot (250 m²) Half plot (125 m²) Starter plot (60 m²)"
RATES = "Room and time Standard rate Community rate"

# ---- factual (19)
add("factual", "im a caretaker on lates, what time do i actually knock off", MD,
    ["23:00", "the late shift is 14:30 – 23:00, and the late caretaker locks up after the last booking"],
    ["| Town Hall Caretakers | Town Hall | Early 07:00 – 15:00, late 14:30 – 23:00 | One weekend in 3; the late caretaker locks up after the last booking |"],
    note="The early shift is 07:00 – 15:00. Rooms must be empty by 23:00, or midnight in the Assembly Hall on a Friday or Saturday (fees guide).")
add("factual", "whats the most i can earn as a market officer", MD,
    ["£31,420 a year", "£31,420 a year, the top of grade 3 (scale points 12 – 17, £28,160 – £31,420 a year); after probation you move up one point every April until the top of the grade"],
    ["| 3 | Senior Caretaker, Market Officer, Youth Worker, Bookings Assistant | 12 – 17 | £28,160 – £31,420 a year | 6 months |",
     "After probation you move up one scale point every **April** until you reach the top of your grade."],
    note="Grade 2 is £25,590 – £27,730 and grade 4 £32,070 – £35,240 a year.")
add("factual", "been working for the council 4 yrs now, how long would i get full sick pay for", MD,
    ["5 months", "5 months' full pay and then 5 months' half pay (3 to 5 years' service), including statutory sick pay"],
    ["| 3 to 5 years | 5 months | 5 months |",
     "Council sick pay depends on your continuous local government service on the first day of absence, and includes statutory sick pay (SSP)."],
    note="2 to 3 years gives 4 months of each; 5 years or more 6 months of each.")
add("factual", "im on the grounds team, whats the latest i can ring in sick", MD,
    ["by 06:45", "phone (do not text or email) the Grounds Team Leader by 06:45 on the day"],
    ["2. **Grounds, parks and cemetery staff:** phone the Grounds Team Leader by **06:45** on the day.",
     "Phone, do not text or email, the person below."],
    note="Market officers phone by 05:30, the Town Clerk's Office by 09:00, youth workers by 13:00, caretakers 4 hours before or by 06:00.")
add("factual", "whats the rent on a half plot up tenter lane", PD,
    ["£48 a year", "£48 a year for a half plot (125 m²) at Tenter Lane; a full plot there is £88 and a starter plot £27"],
    [("Tenter Lane £88 £48 £27", 1), (RENTS, 1)],
    note="Half plots are £44 at Coldwell Road and £40 at Brookfoot Bottoms; residents aged 66 or over or on council tax support pay half.")
add("factual", "our knitting group wants the fleece room on weds evenings, were a proper community group, how much an hour", PD,
    ["£9 an hour", "£9 an hour at the community rate (the standard rate is £18); the shortest booking is 2 hours"],
    [("Fleece Room, Monday to Friday evening £18 £9", 2), (RATES, 2),
     ("The shortest booking is 2 hours, or 4 hours for the Assembly Hall on a Saturday or Sunday.", 2)])
add("factual", "what do u charge if our party runs over at the hall", PD,
    ["£40 for each 30 minutes or part", "a late finish charge of £40 for each 30 minutes or part of 30 minutes after your end time"],
    [("Late finish £40 for each 30 minutes or part after your end time", 3)],
    note="Rooms must be empty by 23:00, or by midnight in the Assembly Hall on a Friday or Saturday.")
add("factual", "had to cancel my hall booking 2 weeks before, how much do i get back", PD,
    ["half of the hire charge", "half of the hire charge, as 14 days is in the 8 to 20 days band; the deposits are always returned, and only cancelling 21 days or more before gets a full refund"],
    [("Cancel 8 to 20 days before and you get half of the hire charge back.", 4),
     ("Deposits are always returned.", 4),
     ("Cancel a hall booking 21 days or more before it and you get a full refund.", 4)])
add("factual", "how much money did the hall bookings bring in last yr", DX,
    ["£71,400", "£71,400 in 2034-35, against a budget of £66,000; allotment rents brought in £9,860"],
    ["Hall hire brought in £71,400 in 2034-35, against a budget of £66,000, and allotment rents £9,860."],
    note="Cemetery fees were £118,300 against a budget of £125,000.")
add("factual", "how many fly tipping reports came in on the app last year", DX,
    ["412", "412 of the 1,286 FixMyVale reports in 2034-35 were of fly-tipping, and it was cleared within 2 working days in 91% of cases"],
    ["Declan Pennycook reported 1,286 FixMyVale reports in 2034-35: 412 of fly-tipping, 268 of broken or faulty street lights, 197 of dog fouling, 154 of graffiti and 255 of other problems in the parks and on council land.",
     "Fly-tipping on council land was cleared within 2 working days in 91% of cases"])
add("factual", "how many people are on the alotment waiting list", DX,
    ["146", "146 names, many of whom never replied to an offer, as reported when a waiting list fee was proposed"],
    ["Cllr Farida Coyle proposed a fee of £10 to join the allotment waiting list, saying that the list had 146 names, many of whom never replied to an offer."])
add("factual", "what time does the front desk at the town hall open on saturdays", HT,
    ["09:30", "09:30 to 12:30 on Saturdays (09:00 to 16:30 on weekdays, closed on Sundays)"],
    ["Town Hall reception 09:00 to 16:30 09:00 to 16:30 09:30 to 12:30 Closed", TIMES])
add("factual", "what time do they lock the cemetary gates in winter", HT,
    ["16:30", "16:30 from October to March, every day; they open at 08:00, or 09:00 on Sundays"],
    ["Hollins Lane Cemetery gates, October to March 08:00 to 16:30 08:00 to 16:30 08:00 to 16:30 09:00 to 16:30", TIMES],
    note="From April to September the gates close at 20:00.")
add("factual", "how much is a one off stall on the saturday market", HT,
    ["£34", "£34 for a casual stall on a Saturday, gazebo included, booked on HallBook by 12:00 the day before; regular traders pay £30"],
    ["Casual stalls cost £28 on a Thursday and £34 on a Saturday, including the gazebo, and are booked on HallBook by 12:00 on the day before.",
     "Regular traders who book 12 weeks at a time pay £24 and £30."])
add("factual", "what nights is the youth club at the town hall on, my lad is 13", HT,
    ["Tuesdays, Wednesdays and Fridays, 18:00 to 21:00", "Tuesdays, Wednesdays and Fridays from 18:00 to 21:00, for anyone aged 11 to 18 living in Marsden Vale; it is free"],
    ["The Attic youth club, on the top floor of the Town Hall, is open to anyone aged 11 to 18 living in Marsden Vale, from 18:00 to 21:00 on Tuesdays, Wednesdays and Fridays."],
    note="Youth workers are also in Vale Park and Kilnhurst Recreation Ground on Thursday and Saturday evenings, 18:00 to 21:00.")
add("factual", "we live in town, how much to buy a grave plot for me and my husband", TX,
    ["£980", "£980 for the exclusive right of burial in a lawn grave for up to 3 burials, lasting 50 years and renewable for 25 years"],
    [TYPE_A, "Fees below are for residents."],
    note="Non-residents pay twice the resident fee, £1,960.")
add("factual", "how much to bury dads ashes in mums grave", TX,
    ["£215", "£215 to bury cremated remains in an existing grave, booked 2 working days ahead, with a 20-minute slot"],
    [TYPE_D])
add("factual", "whats the phone number for the cemetary office", TX,
    ["01632 470 160", "01632 470 160, the cemetery office in the lodge, open Monday to Friday 09:00 to 16:00"],
    ["Cemetery office (lodge) ............. 01632 470 160",
     "The cemetery office is open Monday to Friday from 09:00 to 16:00."])
add("factual", "how long do they leave fake flowers on a grave before clearing them", TX,
    ["8 weeks", "artificial flowers are cleared after 8 weeks; dead flowers are cleared on the first Monday of every month"],
    ["Dead flowers are cleared on the first Monday of every month, and artificial flowers after 8 weeks."])

# ---- yes/no (9: 5 no, 4 yes)
add("yes_no", "can i borrow the council van at the weekend to pick up a sofa, ill pay for the diesel", MD,
    ["no", "no, council vehicles are never used for personal journeys"],
    ["Council vehicles are never used for personal journeys."])
add("yes_no", "do staff get money off if i hire the town hall for my daughters christening do", MD,
    ["yes", "yes, staff get 50% off the standard hire rate for a private family event at the Town Hall, up to twice a year"],
    ["- **50% off** the standard hire rate for a private family event at the Town Hall, up to twice a year."])
add("yes_no", "were a church toddler group doing a summer ball at £15 a ticket, do we still get the community rate", PD,
    ["no", "no, a community group that charges more than £12 a ticket for an event pays the standard rate for that event"],
    [("A community group that charges more than £12 a ticket for an event pays the standard rate for that event.", 2)])
add("yes_no", "can we sell booze at my 40th in the assembly hall", PD,
    ["yes", "yes, but only through a licensed caterer or under a Temporary Event Notice, and not after 23:00; tell the council when you book"],
    [("3. Tell us when you book if you will serve or sell alcohol. Alcohol may be sold only through a licensed caterer or under a Temporary Event Notice, and not after 23:00.", 3)])
add("yes_no", "is it going to cost money to go on the allotment list now", DX,
    ["no", "no, the proposal for a £10 fee to join the waiting list was lost, 2 in favour and 6 against; joining stays free"],
    ["The proposal was put to the vote and lost, with 2 in favour and 6 against: joining the waiting list stays free.",
     "Joining the allotment waiting list stays free; the proposal for a £10 fee was not agreed."])
add("yes_no", "can i take my dog round linden meadow when i visit my husbands grave", HT,
    ["no", "no, only assistance dogs are allowed in the Linden Meadow natural burial area; dogs on a short lead are welcome in the rest of the cemetery"],
    ["Dogs are welcome at Hollins Lane Cemetery on a short lead, except in the Linden Meadow natural burial area, where only assistance dogs are allowed."])
add("yes_no", "can i get rid of an old car tyre at the coldwell rd tip", HT,
    ["no", "no, tyres are not accepted at the Coldwell Road recycling point, nor trade waste or building rubble"],
    ["Trade waste, tyres and building rubble are not accepted."])
add("yes_no", "my nan moved into a care home out of town 8 months ago, shed lived in marsden vale all her life, does she count as a resident for the cemetary", TX,
    ["yes", "yes, a resident includes anyone who lived in Marsden Vale in the 12 months before they moved into a care home or hospital outside the town, so resident fees apply"],
    ["* A RESIDENT is anyone who lived in Marsden Vale when they died, or in the 12 months before they moved into a care home or hospital outside the town."])
add("yes_no", "my sisters little boy has died, hes 9, is it true theres no charge for the burial", TX,
    ["yes", "yes, there is no fee at all for the burial of anyone under 18, wherever they lived, and the exclusive right of burial is also free"],
    ["* There is no fee at all for the burial of anyone under 18, whether or not they lived in the town.", TYPE_C])

# ---- list (6)
add("list", "whats the rules for driving the council vans", MD,
    ["hold a current council driving permit, with a full licence held for at least 2 years (C1 for the tipper lorry)",
     "do the walk-round check in the vehicle logbook before the first journey each day",
     "never use a phone while driving, even hands-free",
     "keep to 5 mph in the cemetery and 10 mph in the parks, and reverse only with a banksman where the public are about",
     "report any damage or accident to the Grounds and Parks Manager within 24 hours",
     "no personal journeys"],
    ["- Only staff with a current **council driving permit** may drive a council vehicle. You need a full licence held for at least **2 years**, and the tipper lorry also needs C1 on your licence.",
     "- Do the walk-round check in the vehicle logbook before your first journey each day.",
     "- Never use a phone while driving, even hands-free. Keep to **5 mph** inside the cemetery and **10 mph** in the parks, and reverse only with a banksman where the public are about.",
     "- Report any damage or accident to the Grounds and Parks Manager within **24 hours**. Council vehicles are never used for personal journeys."])
add("list", "whats different in the new fees guide", PD,
    ["full plot at Tenter Lane £88 a year instead of £82",
     "half plot at Coldwell Road £44 a year instead of £40",
     "water included in the rent at Brookfoot Bottoms instead of a water charge of £8 a year",
     "Assembly Hall at weekends £52 an hour at the standard rate instead of £48",
     "Ruskin Room on weekday evenings £14 an hour at the community rate instead of £12",
     "key deposit £25 instead of £20",
     "cleaning charge £60 instead of £45",
     "full refund for cancelling 21 days or more before instead of 28 days"],
    [("A full plot at Tenter Lane now costs £88 a year, instead of £82.", 1),
     ("A half plot at Coldwell Road now costs £44 a year, instead of £40.", 1),
     ("Water is now included in the rent at Brookfoot Bottoms, instead of a water charge of £8 a year.", 1),
     ("The Assembly Hall at weekends now costs £52 an hour at the standard rate, instead of £48.", 1),
     ("The Ruskin Room on weekday evenings now costs £14 an hour at the community rate, instead of £12.", 1),
     ("The key deposit is now £25, instead of £20.", 1),
     ("The cleaning charge is now £60, instead of £45.", 1),
     ("You now get a full refund if you cancel a booking 21 days or more before it, instead of 28 days.", 1)])
add("list", "who got up and spoke from the public at the may meeting and what about", DX,
    ["Mrs Delphine Rushworth of Hollins Lane: why families wait so long before a headstone can go on a lawn grave",
     "Mr Osric Blamires, a Tenter Lane tenant: the Sunday queue for the Coldwell Road recycling point, asking for longer Sunday opening",
     "Ms Lorna Haigh: when a splash pad would be built in Vale Park"],
    ["Mrs Delphine Rushworth of Hollins Lane asked why families must wait so long before a headstone can be put on a lawn grave; her mother's grave had been unmarked since the winter.",
     "Mr Osric Blamires, a tenant at Tenter Lane, said that the queue of cars for the Coldwell Road recycling point on Sunday mornings reached back to Kilnhurst Road, and asked for longer Sunday opening.",
     "Ms Lorna Haigh asked when a splash pad in Vale Park would be built, as promised in the Vale Park plan."])
add("list", "just got my first allotment, what am i not allowed to do on it", HT,
    ["light bonfires between 1 April and 30 September, or at any time at weekends",
     "sublet the plot or sell produce as a business",
     "keep cockerels (up to 6 hens with written permission, no other animals)",
     "put up a shed larger than 2.4 metres by 1.8 metres, or any building, without permission",
     "connect a hosepipe to the water troughs or leave a sprinkler running",
     "use carpet to cover the ground or bring rubbish onto the site",
     "let a dog off its lead or stay overnight"],
    ["Light bonfires between 1 April and 30 September, or at any time on a Saturday or Sunday.",
     "Sublet your plot, or sell what you grow as a business.",
     "Keep cockerels. Up to 6 hens may be kept with written permission, but no other animals.",
     "Put up a shed larger than 2.4 metres by 1.8 metres, or any building, without permission.",
     "Connect a hosepipe to the water troughs or leave a sprinkler running.",
     "Use carpet to cover the ground, or bring rubbish onto the site.",
     "Let a dog off its lead, or stay on the site overnight."])
add("list", "what cant i leave on my mums grave, its in the lawn bit", TX,
    ["plants: nothing may be planted on a lawn grave", "balloons", "windmills", "solar lights", "candles", "toys",
     "kerbs, chippings, railings, fences or glass"],
    ["Do not plant anything on a lawn grave, or leave balloons, windmills, solar lights, candles or toys.",
     "Kerbs, chippings, railings, fences and glass are not allowed on lawn graves."],
    note="Anything removed is kept at the lodge for 28 days.")
add("list", "whats the coffin allowed to be made of for an eco burial in the meadow", TX,
    ["wood", "wicker", "cardboard", "wool (a shroud)"],
    ["The coffin or shroud must be of wood, wicker, cardboard or wool, with no metal handles or plastic lining."],
    note="No metal handles, plastic lining or embalming.")

# ---- explanation (6)
add("explanation", "what happens if i forget to check in when im locking up the town hall on my own", MD,
    ["Caretakers on the late shift press the lone-worker button in ValeRota every 60 minutes. If a check-in is 15 "
     "minutes late, the duty manager phones you, and if there is no answer within a further 15 minutes they come to "
     "you or call the police. When a booking has a bar, a second caretaker joins the late caretaker from 21:00 until "
     "the building is locked"],
    ["- Caretakers on the late shift, cemetery staff working alone and market officers locking up press the lone-worker button in ValeRota every **60 minutes**.",
     "- If a check-in is **15 minutes** late, the duty manager phones you. If there is no answer within a further 15 minutes, they come to you or call the police.",
     "- When a Town Hall booking has a bar, a second caretaker joins the late caretaker from **21:00** until the building is locked."])
add("explanation", "never had an allotment before, how do i go about getting one", PD,
    ["Join the waiting list on HallBook or with a paper form from the Town Hall reception; it is free. Plots are "
     "offered in waiting list order, residents first, and the list is checked every January: reply within 28 days or "
     "you are taken off. When offered a plot, visit it and say within 14 days whether you want it; turning down two "
     "offers sends you to the bottom of the list. Then sign the tenancy agreement and pay the £30 plot deposit, the "
     "£10 gate key deposit and the rent. New tenants can take a starter plot in their first two years"],
    [("1. Join the waiting list on HallBook, or with a paper form from the Town Hall reception. Joining is free.", 3),
     ("2. Plots are offered in waiting list order, to residents first. We check the list every January, and you are taken off it if you do not reply within 28 days.", 3),
     ("3. When you are offered a plot, visit it and tell us within 14 days whether you want it. If you turn down two offers, you go to the bottom of the list.", 3),
     ("4. Sign the tenancy agreement and pay the plot deposit of £30, the gate key deposit of £10 and the rent.", 3),
     ("A starter plot is for new tenants in their first two years.", 1)])
add("explanation", "got a letter saying im getting kicked off my plot for not keeping it up, how do i fight it", PD,
    ["A plot that is not cultivated gets an improvement notice with 28 days to put it right, then a final notice "
     "with 14 days, then notice to quit. To appeal, write to the Town Clerk within 14 days saying why the decision is "
     "wrong; the Town Clerk replies within 10 working days and may change it. If you still disagree, the appeal goes "
     "to a panel of three councillors from the Amenities Committee, who meet within 28 days; you can speak at the "
     "meeting, and the panel's decision is final"],
    [("A plot that is not being cultivated gets an improvement notice with 28 days to put it right, then a final notice with 14 days, and then notice to quit.", 4),
     ("1. Write to the Town Clerk within 14 days, saying why you think the decision is wrong.", 4),
     ("2. The Town Clerk replies within 10 working days, and may change the decision.", 4),
     ("3. If you still disagree, your appeal goes to a panel of three councillors from the Amenities Committee, who meet within 28 days. You can speak at the meeting. The panel's decision is final.", 4)])
add("explanation", "why isnt the splash pad in vale park going ahead yet", DX,
    ["It has not been turned down but deferred. The Amenities Committee proposed a splash pad beside the play area "
     "in Vale Park at about £96,000; the Calderbrook Play Fund may pay up to half of the cost and decides in early "
     "July, so the council deferred the proposal to the Full Council meeting on Monday 16 July 2035"],
    ["Cllr Ruaridh Beckwith presented the Amenities Committee's proposal for a splash pad beside the play area in Vale Park, at about £96,000.",
     "The Calderbrook Play Fund may pay up to half of the cost and will decide in early July, so the proposal was deferred to the Full Council meeting on Monday 16 July 2035."])
add("explanation", "not happy with how my hall booking was handled, how do i complain", HT,
    ["Speak to the team involved first. If that does not work, use the complaints form on the website, email "
     "complaints@marsdenvale-tc.example or write to the Town Clerk at the Town Hall, saying what went wrong and what "
     "you would like done. The council acknowledges it within 3 working days and sends a full reply within 15 working "
     "days. If you are not happy with the reply, ask within 20 working days for a review by the Complaints Panel of "
     "three councillors, whose decision is final"],
    ["Speak to the team involved first; most problems are put right straight away.",
     "If that doesn't work, use the complaints form on this website, email complaints@marsdenvale-tc.example or write to the Town Clerk at the Town Hall, saying what went wrong and what you would like us to do.",
     "We acknowledge your complaint within 3 working days and send a full reply within 15 working days.",
     "If you are not happy with the reply, ask within 20 working days for a review by the Complaints Panel of three councillors, whose decision is final."])
add("explanation", "how does sorting a burial at hollins lane actually work", TX,
    ["The funeral director books a date and time with the cemetery office at least 3 working days ahead (5 for a "
     "Saturday), and sends the Notice of Interment form and the registrar's certificate at least 2 working days "
     "before. For a reopened grave the holder of the exclusive right signs the notice and any headstone is taken down "
     "by a registered mason at least 2 working days before. Fees are paid before the burial (account holders within "
     "30 days). The grave is dug the day before, the cemetery team meets the funeral at the gate 15 minutes before "
     "the booked time, and the grave is filled in the same day; funeral flowers may stay for 14 days"],
    ["1. The funeral director phones the cemetery office to book a date and time at least 3 working days ahead, or 5 working days ahead for a Saturday.",
     "2. The funeral director sends the Notice of Interment form and the registrar's certificate for burial at least 2 working days before the burial.",
     "3. For a reopened grave, the holder of the exclusive right signs the Notice of Interment, and any headstone is taken down by a registered mason at least 2 working days before the burial.",
     "4. Fees are paid before the burial. Funeral directors with an account pay within 30 days of our invoice.",
     "5. The grave is dug the day before and checked by the Bereavement Services Officer. On the day, a member of the cemetery team meets the funeral at the gate 15 minutes before the booked time.",
     "6. The grave is filled in the same day and the ground is made good. Flowers from the funeral may stay on the grave for 14 days."])

# ---- unanswerable (6: 5 near misses, one per document, and 1 off-topic)
add("unanswerable", "how many days paternity leave do we get", MD, [], [], subtype="near_miss",
    note="The handbook gives annual leave, bank holidays and sick pay but nothing on paternity or parental leave.")
add("unanswerable", "how much to hire the football pitch at kilnhurst rec for a saturday match", PD, [], [], subtype="near_miss",
    note="The guide gives rates for the Town Hall rooms and the Vale Park Pavilion, not for pitches.")
add("unanswerable", "how much did the new fence round the sunnybank gardens play area cost", DX, [], [], subtype="near_miss",
    note="The minutes say the fence was finished on Friday 27 April 2035 but give no cost.")
add("unanswerable", "what day do they empty the green bins on my street", HT, [], [], subtype="near_miss",
    note="The help page covers the Coldwell Road recycling point but not household bin collections.")
add("unanswerable", "how much does it cost to have someone exhumed and moved", TX, [], [], subtype="near_miss",
    note="The regulations list burial, memorial and transfer fees but nothing on exhumation.")
add("unanswerable", "whats a good name for our pub quiz team", None, [], [], subtype="off_topic",
    note="Not covered by any document.")

# ---- summary (2)
add("summary", "can u give me the gist of the allotments and hall hire fees guide", PD, [
    "Version 4 of the council's Allotments and Hall Hire Fees Guide covers rents and bookings from 1 April 2035 to 31 March 2036, for the three allotment sites (Tenter Lane, Coldwell Road, Brookfoot Bottoms) and the Town Hall rooms and Vale Park Pavilion; bookings and the waiting list go through HallBook",
    "Yearly allotment rents run from £18 for a raised bed at Tenter Lane to £88 for a full plot at Tenter Lane, with half rent for residents aged 66 or over or on council tax support and 50% more for non-residents",
    "Hall hire is charged by the hour at a standard rate or a community rate for charities, local groups, schools and residents' associations, from £8 an hour for the Fleece Room to £52 for the Assembly Hall at weekends",
    "Deposits and charges come on top: a £25 key deposit, a £150 Assembly Hall damage deposit (£250 with alcohol), £60 cleaning and £40 for each 30 minutes of late finish",
    "Plots are offered from a free waiting list, residents first; hall bookings are held for 7 days and paid 14 days ahead",
    "Cancelling 21 days or more ahead gets a full refund and 8 to 20 days half; deposits are always returned",
    "Appeals against notices to quit or refused bookings go to the Town Clerk within 14 days and then to a panel of three councillors"],
    [("Version 4, for rents and bookings from 1 April 2035 to 31 March 2036;", 1),
     ("Raised bed, Tenter Lane not offered not offered £18", 1),
     ("Tenter Lane £88 £48 £27", 1),
     ("Assembly Hall, Saturday and Sunday £52 £30", 2),
     ("Fleece Room, Monday to Friday before 17:00 £16 £8", 2),
     ("Damage deposit, Assembly Hall £150 £250 for parties and events with alcohol", 3),
     ("2. Make a provisional booking. We hold it for 7 days while you pay the deposits.", 3),
     ("Cancel a hall booking 21 days or more before it and you get a full refund.", 4),
     ("1. Write to the Town Clerk within 14 days, saying why you think the decision is wrong.", 4)])
add("summary", "what did the council actually decide at saturdays meeting", DX, [
    "From Monday 2 July 2035 the standby allowance for a weekday night rises from £25 to £30; the £40 for a weekend day or bank holiday does not change",
    "For bookings made from Monday 4 June 2035 the Assembly Hall damage deposit for parties and events with alcohol rises from £250 to £350; the other deposits do not change",
    "From Monday 11 June 2035 a headstone may be placed on a lawn grave 3 months after the burial instead of 6; the permit fee stays at £165",
    "From Sunday 3 June 2035 the Coldwell Road recycling point opens 10:00 to 16:00 on Sundays instead of 10:00 to 14:00",
    "Joining the allotment waiting list stays free; the proposed £10 fee was rejected",
    "Deferred: the Vale Park splash pad (Full Council, 16 July 2035) and CCTV at Hollins Lane Cemetery (Full Council, 17 September 2035)"],
    ["From Monday 2 July 2035 the standby allowance for a weekday night goes up from £25 to £30; the £40 for a weekend day or bank holiday does not change.",
     "For bookings made from Monday 4 June 2035 the Assembly Hall damage deposit for parties and events with alcohol goes up from £250 to £350; the other deposits do not change.",
     "From Monday 11 June 2035 a headstone may be placed on a lawn grave 3 months after the burial, instead of 6 months; the permit fee stays at £165.",
     "From Sunday 3 June 2035 the Coldwell Road recycling point is open 10:00 to 16:00 on Sundays, instead of 10:00 to 14:00.",
     "Joining the allotment waiting list stays free; the proposal for a £10 fee was not agreed.",
     "Deferred: the Vale Park splash pad (Full Council, 16 July 2035) and CCTV at Hollins Lane Cemetery (Full Council, 17 September 2035)."])

# ---- conversations (4)
def turn(n, type, q, doc, answers, evidence):
    ev = [{"quote": e[0], "page": e[1]} if isinstance(e, tuple) else {"quote": e} for e in evidence]
    return {"turn": n, "type": type, "q": q, "doc": doc, "answerable": True, "answers": answers, "evidence": ev}
items.append({"id": f"mv-{len(items)+1:03d}", "type": "conversation", "doc": MD, "turns": [
    turn(1, "factual", "ive been put on the grounds on call rota, what do i get for a weeknight", MD,
         ["£25", "£25 standby allowance for each weekday night on standby (17:00 to 07:00)"],
         [STANDBY]),
    turn(2, "factual", "and if im on call on a saturday?", MD,
         ["£40", "£40 for each Saturday, Sunday or bank holiday on standby"],
         [STANDBY]),
    turn(3, "factual", "declan says the councillors voted the weeknight money up, to what", DX,
         ["£30", "£30 for a weekday night, up from £25, from Monday 2 July 2035"],
         ["The council agreed that from Monday 2 July 2035 the standby allowance for a weekday night goes up from £25 to £30."]),
    turn(4, "yes_no", "weekend one going up as well?", DX,
         ["no", "no, the £40 for a Saturday, Sunday or bank holiday on standby does not change, and nor does the minimum call-out payment of 2 hours at time and a half"],
         ["The £40 for a Saturday, Sunday or bank holiday on standby does not change, and nor does the minimum call-out payment of 2 hours at time and a half."]),
]})
items.append({"id": f"mv-{len(items)+1:03d}", "type": "conversation", "doc": PD, "turns": [
    turn(1, "factual", "how much an hour is the assembly hall on a saturday, its for my sons 18th", PD,
         ["£52 an hour", "£52 an hour at the standard rate, which private parties pay; the shortest Saturday or Sunday booking of the Assembly Hall is 4 hours"],
         [("Assembly Hall, Saturday and Sunday £52 £30", 2), (RATES, 2),
          ("Private parties, weddings, businesses and political parties pay the standard rate, even if they are held by a member of a community group.", 2),
          ("The shortest booking is 2 hours, or 4 hours for the Assembly Hall on a Saturday or Sunday.", 2)]),
    turn(2, "factual", "whats the deposit, therell be a bar", PD,
         ["£250", "a £250 damage deposit for parties and events with alcohol in the Assembly Hall, plus the £25 key deposit"],
         [("Damage deposit, Assembly Hall £150 £250 for parties and events with alcohol", 3),
          ("Key deposit £25 returned when keys are back by 10:00 next day", 3)]),
    turn(3, "yes_no", "mate who works at the town hall reckons that deposits gone up, is that right", DX,
         ["yes", "yes, for bookings made from Monday 4 June 2035 the damage deposit for parties and events with alcohol in the Assembly Hall goes up from £250 to £350; the key deposit stays at £25"],
         ["The council agreed that for bookings made from Monday 4 June 2035 the damage deposit for parties and events with alcohol in the Assembly Hall goes up from £250 to £350.",
          "The deposit for other Assembly Hall bookings stays at £150, the deposit for the other rooms and the Pavilion stays at £75, and the key deposit stays at £25."]),
]})
items.append({"id": f"mv-{len(items)+1:03d}", "type": "conversation", "doc": TX, "turns": [
    turn(1, "factual", "how much is the permit to put a headstone up on mums grave", TX,
         ["£165", "£165 for a headstone permit on a lawn grave, applied for by a registered mason; headstones may be up to 1.2 m high and 0.9 m wide"],
         [TYPE_G]),
    turn(2, "factual", "how long after the funeral before it can go up", TX,
         ["6 months", "not until 6 months after the burial, when the ground has settled; a temporary wooden marker up to 0.6 m high may be used until then"],
         ["On the lawn section, a headstone may be placed only when the ground has settled, not until 6 months after the burial. A temporary wooden marker up to 0.6 m high may be used until then.",
          "Headstone after the burial ..... 6 months"]),
    turn(3, "factual", "the mason reckons the waits been cut, how long is it now", DX,
         ["3 months", "3 months after the burial instead of 6 months, from Monday 11 June 2035"],
         ["The council agreed that from Monday 11 June 2035 a headstone may be placed on a lawn grave 3 months after the burial, instead of 6 months."]),
    turn(4, "yes_no", "is the permit fee changing too", DX,
         ["no", "no, the memorial permit fee stays at £165 for a headstone, and temporary wooden markers are still allowed until the headstone is fixed"],
         ["The memorial permit fee stays at £165 for a headstone, and temporary wooden markers are still allowed until the headstone is fixed."]),
]})
items.append({"id": f"mv-{len(items)+1:03d}", "type": "conversation", "doc": HT, "turns": [
    turn(1, "factual", "what time does the coldwell road tip shut on a sunday", HT,
         ["14:00", "14:00 on Sundays, opening at 10:00 (08:30 to 16:00 on Saturdays, closed on Mondays)"],
         [RECYCLING, TIMES]),
    turn(2, "yes_no", "can i go before 10 on sunday then", HT,
         ["no", "no, the recycling point opens at 10:00 on Sundays (08:30 on Saturdays)"],
         [RECYCLING, TIMES]),
    turn(3, "yes_no", "someone on the town facebook page said its open later on sundays now, true?", DX,
         ["yes", "yes, from Sunday 3 June 2035 it is open from 10:00 to 16:00 on Sundays instead of 10:00 to 14:00; the Saturday hours of 08:30 to 16:00 do not change and it stays closed on Mondays"],
         ["The council agreed that from Sunday 3 June 2035 the recycling point is open from 10:00 to 16:00 on Sundays, instead of 10:00 to 14:00.",
          "The Saturday hours of 08:30 to 16:00 do not change, and it stays closed on Mondays."]),
]})
json.dump({"items": items}, open(HERE / "dev.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
import collections
print(len(items), collections.Counter(i["type"] for i in items),
      sum(len(i["turns"]) if i["type"] == "conversation" else 1 for i in items), "judged rows")
