"""Writes dev.json for the calderbrook held-out set: questions written from the documents in docs/ before any product
run. Same schema as fellgate (and ellerby, tarnbeck, stainforth, coldharbour, ferncombe, hartwell, ashgrove and the
earlier sets)."""
from pathlib import Path
HERE = Path(__file__).resolve().parents[1]  # tests/data/calderbrook
import json
MD, PD, DX, HT, TX = ("players-and-staff-handbook.md", "tickets-friends-and-group-bookings-guide.pdf",
                      "board-meeting-minutes-2037-03-11.docx", "audience-help-pages.html",
                      "stage-and-touring-procedures.txt")
items = []
def add(type, q, doc, answers, evidence, **kw):
    ev = [{"quote": e[0], "page": e[1]} if isinstance(e, tuple) else {"quote": e} for e in evidence]
    it = {"id": f"cb-{len(items)+1:03d}", "type": type, "q": q, "doc": doc, "answerable": type != "unanswerable",
          "answers": answers, "evidence": ev}
    it.update(kw)
    items.append(it)
    return it

# rows of the procedure's column table, their wrapped cells in line order
JOB_A = ("A: platform Deputy Stage seating plan printed ready 60 set-up, hall Manager from StandPlan; risers minutes "
         "before pinned and checked the first call")
JOB_B = ("B: moving a Hall Manager Pell & Hebblewhite booked 10 concert grand piano movers only, working days piano "
         "never stage crew or ahead players")
JOB_C = ("C: get-in at a Stage and venue confirms the van on site 5 touring venue Touring Manager dock and get-in "
         "time hours before in writing the concert")
JOB_D = ("D: work at Stage and two trained crew; permit issued height Touring Manager tower or podium, never on the "
         "day a ladder alone")
JOB_E = ("E: haze or Hall Manager fire detectors 14 days' notice smoke effects isolated by hall security and "
         "restored after")
JOB_F = ("F: outdoor Chief Executive covered platform; decision 3 platform gusts under 30 mph; hours before 14°C or "
         "warmer the start")
NOT_AVAILABLE = ("If the person named is not available, the Orchestra Manager may authorise jobs A and C on the day, "
                 "but never B, D, E or F.")
LIFT = "* No one may lift a load of more than 25 kg on their own. Use a trolley, or ask for a second person."
DOUBLING = ("- **Doubling fee:** **£32** a concert and **£20** a rehearsal session for playing a second instrument, "
            "such as the piccolo, cor anglais, E-flat clarinet, bass clarinet, contrabassoon or Wagner tuba. Each "
            "further instrument adds **£16**.")
HOURS = "Service and season Monday to Friday Saturday Sunday Concert days"
PHONE = "Phone line, concert season 10:00 to 17:00 10:00 to 14:00 Closed Usual hours only"
PHONE_SUMMER = "Phone line, summer 11:00 to 15:00 Closed Closed No concerts"
PRICES = "Series and seat band Adult Under 26 Concession"
GRADES = "Grade Price a year Benefits"

# ---- factual (19)
add("factual", "just been offered principal clarinet, whats the salary for a principal", MD,
    ["£42,600 – £46,300 a year", "£42,600 to £46,300 a year on grade P3, with a trial of 9 months"],
    ["| P3 | Principal | £42,600 – £46,300 a year | Trial of 9 months |"],
    note="P2 (sub-principal, co-principal and No. 2) is £37,800 – £40,100 a year and P4 (Leader and Co-Leader) £51,900 – £56,400.")
add("factual", "been in the band 3 and a half years, how many weeks full sick pay am i on", MD,
    ["10 weeks", "10 weeks' full pay and then 10 weeks' half pay (2 to 5 years' service), counted over a rolling 12 months and including SSP"],
    ["| 2 to 5 years | 10 weeks | 10 weeks |",
     "Company sick pay for contracted players and staff depends on your continuous service on the first day of absence, is counted over a rolling 12 months and includes SSP."],
    note="1 to 2 years gives 6 weeks of each; 5 years or more 16 weeks of each.")
add("factual", "im stage crew and feel awful, whats the latest i can call in sick", MD,
    ["by 07:00", "phone the Stage and Touring Manager by 07:00 on the day; phone, do not text or email"],
    ["2. **Stage crew:** phone the Stage and Touring Manager by **07:00** on the day.",
     "Phone, do not text or email, the person below, and say when you expect to be back:"],
    note="Players and extras phone the duty phone at least 3 hours before the call or by 08:00 for a morning session; education staff by 07:30; box office and front of house at least 4 hours before.")
add("factual", "how much a mile do i get for driving my own car to a gig away", MD,
    ["45p a mile", "45p a mile, plus 4p a mile for each player or crew member you carry; travel from home to the Calderbrook Hall is not paid; claim in ClaimSheet within 60 days"],
    ["| Own car on orchestra business | 45p a mile | Not for travel from home to the Calderbrook Hall |",
     "| Passengers | 4p a mile each | Other players or crew you carry |",
     "Claim in ClaimSheet within **60 days**, with receipts."])
add("factual", "how much is a band c seat for the hall series, im 23", PD,
    ["£8", "£8 for an under-26 ticket in Band C of the Hall Series (the adult price is £26 and the concession £23); bring proof of age"],
    [("Hall Series, Band C £26 £8 £23", 2), (PRICES, 2),
     ("Under-26 prices are for anyone aged 25 or under; please bring proof of age.", 2)])
add("factual", "whats it cost to swap my tickets to a different night", PD,
    ["£3 a ticket", "£3 a ticket (it was £2 before version 6), up to 48 hours before the concert, for another concert in the same season; Friends exchange free, and you pay any difference in price"],
    [("You can exchange a ticket for another concert in the same season, for £3 a ticket, up to 48 hours before the concert. Friends exchange free.", 3),
     ("Exchanging a ticket now costs £3 a ticket, instead of £2, and can be done up to 48 hours before the concert, instead of 7 days before.", 1)])
add("factual", "how much deposit do we pay on a group booking", PD,
    ["25% of the total", "25% of the total, paid within 7 days of booking to confirm it; the balance is due no later than 6 weeks before the concert"],
    [("Group deposit 25% of the total within 7 days of booking", 3),
     ("3. Pay the deposit of 25% within 7 days to confirm the booking.", 3),
     ("4. Pay the balance no later than 6 weeks before the concert.", 3)])
add("factual", "how much is principal friend a year", PD,
    ["£180 a year", "£180 a year (it was £150 before version 6), with priority booking 21 days ahead and every open rehearsal"],
    [("Principal Friend £180 priority booking 21 days ahead; every open rehearsal", 2),
     ("Principal Friend membership now costs £180 a year, instead of £150.", 1)])
add("factual", "how many friends members have we got at the moment", DX,
    ["2,860", "2,860 members, against 2,610 a year ago; Gift Aid on Friends' subscriptions and donations brought in £71,500 in 2036"],
    ["The Friends' scheme has 2,860 members, against 2,610 a year ago, and Gift Aid on Friends' subscriptions and donations brought in £71,500 in 2036."])
add("factual", "whats the finance director saying income will be for this season", DX,
    ["£6.42 million", "£6.42 million forecast for the season, against a budget of £6.30 million, with a forecast surplus of £48,000"],
    ["Gideon Pellowe added that income for the season is forecast at £6.42 million, against a budget of £6.30 million, with a forecast surplus of £48,000."],
    note="Touring costs were £312,000 against a budget of £290,000.")
add("factual", "what time does the box office open til on a saturday during the season", HT,
    ["16:00", "10:00 to 16:00 on Saturdays in the concert season (it is closed on Saturdays in July and August)"],
    ["Box office, concert season 10:00 to 18:00 10:00 to 16:00 Closed From 90 minutes before the concert until the interval",
     HOURS])
add("factual", "what time does the cafe bar shut on a sunday when theres no concert", HT,
    ["16:00", "16:00; it is open 11:00 to 16:00 on Sundays in the concert season and closed on Sundays in summer"],
    ["Mezzanine Café Bar, concert season 09:30 to 16:00 10:00 to 17:00 11:00 to 16:00 From 17:30 until 30 minutes after the concert",
     "Mezzanine Café Bar, summer 10:00 to 15:00 10:00 to 15:00 Closed No concerts", HOURS])
add("factual", "hows much is it to park near the hall for an evening concert", HT,
    ["£4", "£4 after 18:00 (and on Sundays) in the Weavers Row car park, run by the council; there are 6 Blue Badge spaces on the hall's forecourt"],
    ["The Weavers Row car park, run by the council, costs £4 after 18:00 and on Sundays.",
     "There are 6 Blue Badge spaces on the hall's forecourt, which can be booked with your tickets."])
add("factual", "how many wheelchiar spaces are there upstairs in the circle", HT,
    ["4", "4 in the circle (and 8 in the stalls), with step-free access from Weavers Row and a lift to every level"],
    ["There are 8 wheelchair spaces in the stalls and 4 in the circle.",
     "There is step-free access from Weavers Row and a lift to every level."])
add("factual", "left my scarf at the concert, how long do you hang on to lost property", HT,
    ["6 weeks", "6 weeks at the box office; phone the box office during its opening hours to ask about it"],
    ["Lost property is kept at the box office for 6 weeks; phones, keys and bank cards are logged the same night.",
     "Phone the box office during its opening hours to ask about a lost item."])
add("factual", "who can sign off moving the steinway", TX,
    ["the Hall Manager", "the Hall Manager; only Pell & Hebblewhite, the piano movers, may move it, never stage crew or players, booked 10 working days ahead"],
    [JOB_B, "* Concert grand pianos are moved only by Pell & Hebblewhite, the piano movers, never by stage crew or players, even across the platform."])
add("factual", "on tour how early does the van need to be at the venue", TX,
    ["5 hours before the concert", "on site 5 hours before the concert; the platform must then be ready 45 minutes before the players' seating call"],
    ["2. The van leaves Calderbrook in time to be on site 5 hours before the concert.",
     "Van on site, touring venue ....... 5 hours before the concert",
     "5. Set the platform to the tour plan. It must be ready 45 minutes before the players' seating call."])
add("factual", "whats the number for the piano removal firm", TX,
    ["0161 496 0712", "0161 496 0712, Pell & Hebblewhite, the piano movers"],
    ["Pell & Hebblewhite, piano movers ..... 0161 496 0712"])
add("factual", "how long do we have to keep the stage log", TX,
    ["3 years", "stage log records are kept for 3 years; accidents and near misses are logged within 24 hours"],
    ["Stage log records kept ........... 3 years", "Accident or near miss logged ..... within 24 hours"])

# ---- yes/no (9: 5 no, 4 yes)
add("yes_no", "our rehersal ran 10 mins over the 3 hours, do tutti players get paid for that", MD,
    ["yes", "yes, players on P1 and P2 get £15 for each 15 minutes or part of them that a session runs past 3 hours (£19 on P3 and P4)"],
    ["- **Overtime:** **£15** for each 15 minutes or part of them that a session runs past 3 hours, for players on P1 and P2, and **£19** for P3 and P4.",
     "| P1 | Tutti player (strings, wind, brass, percussion) | £34,200 – £36,900 a year | Trial of 6 months |"],
    note="Overtime must be agreed by the Orchestra Manager before it is worked.")
add("yes_no", "can i just text the duty phone if im too ill for the morning sesh", MD,
    ["no", "no, you must phone, not text or email, the Orchestra Manager's duty phone at least 3 hours before the call, or by 08:00 for a morning session, so that a dep can be booked"],
    ["Phone, do not text or email, the person below, and say when you expect to be back:",
     "1. **Players and extras:** phone the Orchestra Manager's duty phone at least **3 hours** before the call, or by **08:00** for a morning session, so that a dep can be booked."])
add("yes_no", "were a school about 35 miles away, can we get any help with the coach", PD,
    ["yes", "yes, schools more than 20 miles away can get a coach subsidy of up to £150 a coach"],
    [("Coach subsidy for schools up to £150 a coach schools more than 20 miles away", 3)])
add("yes_no", "the soloist has pulled out of the concert, can i get my money back", PD,
    ["no", "no, there is no refund when the advertised soloist or conductor is replaced, but you can exchange free of charge or ask for a credit note up to 24 hours before the concert"],
    [("If the advertised soloist or conductor is replaced, there is no refund, but you can exchange free of charge or ask for a credit note up to 24 hours before the concert.", 3)])
add("yes_no", "are under 26 tickets going up to 12 quid in every band", DX,
    ["no", "no, the proposal for a single under-26 price of £12 in every band of the Hall Series was not agreed; under-26 prices stay as they are"],
    ["The Board did not agree: under-26 prices stay as they are in every band.",
     "Under-26 prices stay as they are; the proposal for a single under-26 price of £12 was not agreed."])
add("yes_no", "can i take my glass of wine back in with me at a hall series concert", HT,
    ["no", "no, drinks from the café bar may be taken in only in the plastic cups, and only at Late Lights and Family Matinees"],
    ["Drinks from the café bar may be taken in only in our plastic cups, and only at Late Lights and Family Matinees."])
add("yes_no", "my dad wears a hearing aid and were sat in the circle, is there a loop up there", HT,
    ["yes", "yes, since January 2037 the circle has a hearing loop as well as the stalls; set the hearing aid to T"],
    ["The stalls have a hearing loop, and since January 2037 so does the circle. Set your hearing aid to T."])
add("yes_no", "can we use the smoke machine at the minster gig", TX,
    ["no", "no, haze is never used at Thirlby Minster, where the fire detectors cannot be isolated; it is only used at Late Lights and Family Matinees, agreed by the Hall Manager with 14 days' notice"],
    ["Haze is only used at Late Lights and Family Matinees, and never at Thirlby Minster, where the fire detectors cannot be isolated.",
     JOB_E])
add("yes_no", "ruaraidhs off sick, can the orchestra manager ok the get in at eskholme", TX,
    ["yes", "yes, if the person named is not available the Orchestra Manager may authorise a get-in at a touring venue (job C) on the day"],
    [NOT_AVAILABLE, JOB_C])

# ---- list (6)
add("list", "whats the rules on touring, like rest and travel and that", MD,
    ["at least 11 hours between the end of a concert and the next day's coach departure",
     "a 30-minute break on every coach journey of more than 3 hours",
     "an overnight stay when a concert away ends after 22:00 and the venue is more than 90 miles from Calderbrook",
     "no more than 6 working days in a row on tour",
     "van drivers do not drive after a get-out that ends after 23:30 and drive back the next morning"],
    ["- At least **11 hours** between the end of a concert and the next day's coach departure.",
     "- A **30-minute** break on every coach journey of more than **3 hours**.",
     "- The orchestra stays overnight when a concert away ends after 22:00 and the venue is more than **90 miles** from Calderbrook.",
     "- No more than **6 working days in a row** on tour.",
     "- Stage crew who drive the instrument van do not drive after a get-out that ends after 23:30; they drive back the next morning."],
    note="The touring day fee is £28 a day and the overnight touring allowance £42 a night.")
add("list", "what changed in the new version of the ticket guide", PD,
    ["Hall Series adult ticket in Band A £42 instead of £39",
     "under-26 Hall Series ticket in Band B £10 instead of £8",
     "Principal Friend £180 a year instead of £150",
     "exchanging a ticket £3 instead of £2, up to 48 hours before the concert instead of 7 days",
     "group discount for 10 or more 15% off adult prices instead of 10%",
     "Sound Out schools' concerts £5 a pupil instead of £4",
     "phone booking £2.50 an order instead of £2",
     "refunds for a cancelled concert within 10 working days instead of 20"],
    [("A Hall Series adult ticket in Band A now costs £42, instead of £39.", 1),
     ("An under-26 ticket for the Hall Series in Band B now costs £10, instead of £8.", 1),
     ("Principal Friend membership now costs £180 a year, instead of £150.", 1),
     ("Exchanging a ticket now costs £3 a ticket, instead of £2, and can be done up to 48 hours before the concert, instead of 7 days before.", 1),
     ("The discount for groups of 10 or more is now 15% off adult prices, instead of 10%.", 1),
     ("Tickets for our Sound Out schools' concerts now cost £5 a pupil, instead of £4.", 1),
     ("Booking by phone now costs £2.50 an order, instead of £2.", 1),
     ("If we cancel a concert, refunds are now paid within 10 working days, instead of 20.", 1)])
add("list", "hows each series selling this season", DX,
    ["Hall Series: 82% (an average of 1,012 of 1,240 seats)", "Late Lights: 94%", "Family Matinees: 88%",
     "Minster Series: 71%"],
    ["Leopold Vantongeren reported that, to the end of February, Hall Series concerts in the 2036-37 season averaged 1,012 of the hall's 1,240 seats, 82%.",
     "Late Lights sold 94% of its seats, Family Matinees 88% and the Minster Series 71%."],
    note="9,140 under-26 tickets had been sold, against 7,480 at the same point last season.")
add("list", "what am i allowed to take in with me to a concert", HT,
    ["water in a plastic bottle (no hot drinks)",
     "café bar drinks only in the plastic cups, and only at Late Lights and Family Matinees",
     "no food from outside, but sweets are fine if unwrapped before the music starts",
     "coats, umbrellas and large bags go in the free cloakroom, but no suitcases",
     "phones on silent with the screen off; no photos, filming or recording while the orchestra plays, but photos without flash during the applause at the end",
     "children under 5 only at Family Matinees"],
    ["Water in a plastic bottle is fine in the auditorium. No hot drinks.",
     "Drinks from the café bar may be taken in only in our plastic cups, and only at Late Lights and Family Matinees.",
     "No food from outside the hall. Sweets are fine, but please unwrap them before the music starts.",
     "Coats, umbrellas and large bags go in the cloakroom, free of charge. We cannot take suitcases.",
     "Switch your phone to silent with the screen off. No photos, filming or recording while the orchestra is playing; photos without flash are fine during the applause at the end.",
     "Children under 5 are only admitted to Family Matinees."])
add("list", "which jobs cant the orchestra manager sign off if the usual person isnt there", TX,
    ["moving a concert grand piano (B)", "work at height (D)", "haze or smoke effects (E)", "an outdoor platform (F)"],
    [NOT_AVAILABLE, JOB_B, JOB_D, JOB_E, JOB_F],
    note="The Orchestra Manager may authorise jobs A (platform set-up in the hall) and C (a get-in at a touring venue) on the day, and authorises job G (lending staging or instruments) anyway.")
add("list", "what do we need to get confirmed from a venue before a tour date", TX,
    ["the dock", "the get-in time", "parking for the van", "the venue's duty manager"],
    ["1. At least 2 weeks before the date, the Stage and Touring Manager confirms in writing the dock, the get-in time, parking for the van and the venue's duty manager."],
    note="Confirmed in writing at least 2 weeks ahead; the van must be on site 5 hours before the concert.")

# ---- explanation (6)
add("explanation", "new trumpet player here, how does the hearing protecion stuff work", MD,
    ["You have a hearing test when you join and then every 2 years, in work time. The orchestra pays for custom-moulded "
     "musicians' ear plugs, up to £180 every 3 years. Where daily exposure is likely to pass 85 dB(A), ear protection "
     "must be worn in rehearsal for the loud passages, and works marked red on the ScoreShelf noise risk list are "
     "rehearsed with acoustic screens in front of the brass and percussion"],
    ["- Every contracted player has a hearing test on joining and then every **2 years**, in work time.",
     "- We pay for custom-moulded musicians' ear plugs, up to **£180** every **3 years**, for players and stage crew.",
     "- Where daily exposure is likely to pass **85 dB(A)**, ear protection must be worn in rehearsal for the loud passages.",
     "Works on the ScoreShelf noise risk list marked red are rehearsed with acoustic screens in front of the brass and percussion."])
add("explanation", "im depping as an extra for a few weeks, how do i get paid and what can i claim back", MD,
    ["Freelance extras are paid £98 a rehearsal session and £142 a concert call, within 30 days of the call through "
     "StandPlan. Expenses and mileage are claimed in ClaimSheet within 60 days, with receipts, and extras are paid "
     "them within 30 days: for example 45p a mile for your own car on orchestra business (not from home to the "
     "Calderbrook Hall), £12 a call for carrying a large instrument such as a double bass, and £16 for an evening "
     "meal when a call away ends after 20:00"],
    ["| Extra | Freelance extra player | £98 a rehearsal session, £142 a concert call | None |",
     "Extras are paid within **30 days** of the call through StandPlan.",
     "Claim in ClaimSheet within **60 days**, with receipts. Claims are paid with the next salary, or for extras within 30 days.",
     "| Own car on orchestra business | 45p a mile | Not for travel from home to the Calderbrook Hall |",
     "| Large instrument carriage | £12 a call | Double bass, harp, tuba or contrabassoon in your own vehicle |",
     "| Evening meal away | £16 | When a call away from Calderbrook ends after 20:00 |"])
add("explanation", "how do i sort a group booking for my choir, theres about 25 of us", PD,
    ["Groups book through the group bookings team, not online: phone 0161 496 0465 or use the contact form with the "
     "concert, the number of seats and the band. A group of 20 or more gets 15% off adult prices plus 1 free ticket "
     "for every 20. The seats are held for 7 days; pay a 25% deposit within 7 days to confirm, and the balance no "
     "later than 6 weeks before the concert, or unpaid seats are released. You can add seats later, but cannot take "
     "any off or get a refund once the balance is paid"],
    [("Groups of 10 or more and schools book through the group bookings team, not online.", 3),
     ("Groups of 20 or more 15% off adult prices plus 1 free ticket for every 20", 3),
     ("1. Phone the group bookings team on 0161 496 0465, or email groups through the contact form on our website, with the concert, the number of seats and the band you would like.", 3),
     ("2. We hold the seats for 7 days and send you a booking form.", 3),
     ("3. Pay the deposit of 25% within 7 days to confirm the booking.", 3),
     ("4. Pay the balance no later than 6 weeks before the concert. Seats that are not paid for by then are released for general sale.", 3),
     ("5. You can add seats at any time while they last, but seats cannot be taken off or refunded after the balance is paid.", 3)])
add("explanation", "theyve moved the concert to a date i cant make, how do i get a refund", PD,
    ["When a concert is moved you can keep your ticket for the new date or ask for a refund within 28 days of the "
     "announcement. Sign in to Ovation, open My Bookings and choose Ask for a refund, or phone the box office. You "
     "can choose to give the ticket price as a donation with Gift Aid instead. The refund goes to the card you paid "
     "with within 10 working days, or by bank transfer if you paid in cash"],
    [("If we move a concert to a new date, you can keep your ticket for the new date or ask for a refund within 28 days of our announcement.", 3),
     ("1. Sign in to Ovation, open My Bookings and choose Ask for a refund, or phone the box office, within 28 days of our announcement.", 4),
     ("2. You can choose to give the ticket price to the orchestra as a donation instead, with Gift Aid.", 4),
     ("3. The refund is paid to the card you paid with within 10 working days. If you paid in cash, we pay it by bank transfer.", 4)])
add("explanation", "why didnt the board approve the youth orchestra summer course", DX,
    ["It was not turned down but deferred. Amara Tregellas's proposal was for a week-long Youth Sinfonia summer "
     "residential course at Heskin Grange, at about £36,000. The Hester Ramsgill Foundation may pay up to 50% of the "
     "cost and its decision is expected in July, so the proposal was deferred to the September meeting on Wednesday "
     "16 September 2037"],
    ["Amara Tregellas's proposal for a week-long Youth Sinfonia summer residential course at Heskin Grange, at about £36,000, was presented by Leopold Vantongeren.",
     "The Hester Ramsgill Foundation may pay up to 50% of the cost, and its decision is expected in July. The proposal was deferred to the September meeting on Wednesday 16 September 2037."])
add("explanation", "one of the lads has done his back in unloading at a venue, what do i do", TX,
    ["Stop the job and make the area safe, and do not move him if he has hurt his back or neck. Call a first aider "
     "(on tour through the venue's duty manager, at the Calderbrook Hall through hall security on 0161 496 0444) and "
     "999 if it is serious. Tell the Stage and Touring Manager at once, and the Orchestra Manager if a call may be "
     "delayed. Log the injury in the stage log within 24 hours with the names of anyone who saw it; the Stage and "
     "Touring Manager reviews it within 7 days"],
    ["1. Stop the job and make the area safe. Do not move anyone who has hurt their back or neck.",
     "2. Call a first aider: at the Calderbrook Hall, hall security on 0161 496 0444; on tour, the venue's duty manager. Call 999 if it is serious.",
     "3. Tell the Stage and Touring Manager at once, and the Orchestra Manager if a player is hurt or a call may be delayed.",
     "4. Log the injury in the stage log within 24 hours, with the names of anyone who saw it.",
     "5. The Stage and Touring Manager reviews every injury within 7 days and changes the job if it could happen again."])

# ---- unanswerable (6: 5 near misses, one per document, and 1 off-topic)
add("unanswerable", "whats the most i can borrow on the instrument loan thing", MD, [], [], subtype="near_miss",
    note="The handbook says contracted players can apply to the Finance Director for an interest-free instrument loan, repaid from salary, but gives no amount.")
add("unanswerable", "how much is a season ticket for the whole hall series", PD, [], [], subtype="near_miss",
    note="The guide gives single ticket prices by series and seat band, Friends' grades and group discounts, but no season tickets or subscriptions.")
add("unanswerable", "how many people went for the principal oboe job", DX, [], [], subtype="near_miss",
    note="The minutes give the audition dates (2 and 3 February 2037) and who starts a trial, not the number of applicants.")
add("unanswerable", "does the cafe do gluten free stuff, im coeliac", HT, [], [], subtype="near_miss",
    note="The help page says the café bar's menu always has vegetarian and vegan dishes, but says nothing about gluten-free food.")
add("unanswerable", "whats the max load the choir risers can take", TX, [], [], subtype="near_miss",
    note="The procedure says risers are pinned by two crew and checked, and that choir risers above 2 metres are work at height, but gives no load rating.")
add("unanswerable", "whats the best way to get candle wax out of a tablecloth", None, [], [], subtype="off_topic",
    note="Not covered by any document.")

# ---- summary (2)
add("summary", "can someone give me the gist of the tickets and friends guide", PD, [
    "Version 6 of Calderbrook Sinfonia's Tickets, Friends and Group Bookings Guide covers tickets sold from Monday 1 June 2036 for the 2036-37 season: the Hall Series and Late Lights at the Calderbrook Hall, Family Matinees, Chamber Sundays in the Wagtail Room and the Minster Series at Thirlby Minster",
    "Tickets are sold through Ovation online, by phone (£2.50 an order) and at the box office; prices depend on series and seat band, from £14 to £42 for adults, with cheaper under-26 prices (£5 to £12) and concessions for people aged 65 or over, disabled people and people on Universal Credit or Pension Credit",
    "The Friends of Calderbrook Sinfonia have five grades, from Young Friend at £15 a year to the Leader's Circle at £500, with priority booking, free exchanges, a café bar discount and open rehearsals",
    "Groups of 10 or more get 15% off adult prices (and a free ticket for every 20 in groups of 20 or more), Sound Out schools' concerts cost £5 a pupil, and group bookings need a 25% deposit within 7 days and the balance 6 weeks before the concert",
    "Tickets can be exchanged for £3 a ticket (free for Friends) up to 48 hours before, or returned for resale for a credit note; they are refunded within 10 working days if a concert is cancelled, or on request within 28 days if it is moved, but not for a change of soloist or programme",
    "Complaints go to the box office within 28 days, then to the Chief Executive, then to the independent Performing Arts Complaints Review within 3 months of the final reply"],
    [("Version 6, for tickets sold from Monday 1 June 2036 for the 2036-37 season;", 1),
     ("Tickets are sold through Ovation, on our website, by phone and at the box office.", 2),
     ("Hall Series, Band A £42 £12 £38", 2),
     ("Family Matinees, Band B £14 £5 £12", 2),
     ("Young Friend (under 26) £15 priority booking 7 days ahead; 2 open rehearsals a season", 2),
     ("Leader's Circle £500 as Principal Friend, plus supper with the Music Director", 2),
     ("Groups of 20 or more 15% off adult prices plus 1 free ticket for every 20", 3),
     ("You can exchange a ticket for another concert in the same season, for £3 a ticket, up to 48 hours before the concert. Friends exchange free.", 3),
     ("If we cancel a concert, you get the full price of your tickets back to the card you paid with within 10 working days.", 3),
     ("1. Speak to the front of house manager on the night, or write to the box office within 28 days of the concert, saying what went wrong and what you would like us to do.", 4)])
add("summary", "what did the trustees decide at the march board meeting", DX, [
    "From Monday 6 April 2037 the doubling fee for a concert goes up from £32 to £38; the £20 for a rehearsal session does not change",
    "From Monday 1 June 2037 the Friend grade costs £50 a year instead of £45; the Young Friend grade stays at £15",
    "From Monday 20 April 2037 the box office phone line stays open until 18:00 on weekdays in the concert season, instead of 17:00",
    "From Monday 4 May 2037 no one may lift more than 20 kg on their own, instead of 25 kg",
    "Under-26 prices stay as they are; the proposal for a single under-26 price of £12 was rejected",
    "Deferred: the acoustic canopy for the Calderbrook Hall (June meeting, 10 June 2037) and the Youth Sinfonia residential at Heskin Grange (September meeting, 16 September 2037)"],
    ["From Monday 6 April 2037 the doubling fee for a concert goes up from £32 to £38; the £20 for a rehearsal session does not change.",
     "From Monday 1 June 2037 the Friend grade costs £50 a year instead of £45; the Young Friend grade stays at £15.",
     "From Monday 20 April 2037 the box office phone line stays open until 18:00 on weekdays in the concert season, instead of 17:00.",
     "From Monday 4 May 2037 no one may lift more than 20 kg on their own, instead of 25 kg.",
     "Under-26 prices stay as they are; the proposal for a single under-26 price of £12 was not agreed.",
     "Deferred: the acoustic canopy for the Calderbrook Hall (June meeting, 10 June 2037) and the Youth Sinfonia residential at Heskin Grange (September meeting, 16 September 2037)."])

# ---- conversations (4)
def turn(n, type, q, doc, answers, evidence):
    ev = [{"quote": e[0], "page": e[1]} if isinstance(e, tuple) else {"quote": e} for e in evidence]
    return {"turn": n, "type": type, "q": q, "doc": doc, "answerable": True, "answers": answers, "evidence": ev}
items.append({"id": f"cb-{len(items)+1:03d}", "type": "conversation", "doc": MD, "turns": [
    turn(1, "factual", "im on piccolo as well as flute for the mahler next week, what extra do i get for the concert", MD,
         ["£32", "£32 a concert doubling fee for playing a second instrument (£20 a rehearsal session; £16 more for each further instrument)"],
         [DOUBLING]),
    turn(2, "factual", "and for the rehersals?", MD,
         ["£20 a rehearsal session", "£20 a rehearsal session"],
         [DOUBLING]),
    turn(3, "factual", "theo reckons the concert one is going up, how much to", DX,
         ["£38", "£38 a concert, up from £32, from Monday 6 April 2037"],
         ["The Board agreed that from Monday 6 April 2037 the doubling fee for a concert goes up from £32 to £38."]),
    turn(4, "yes_no", "does the rehearsal rate go up too", DX,
         ["no", "no, the £20 for a rehearsal session does not change, and nor does the £16 for each further instrument"],
         ["The £20 for a rehearsal session does not change, and nor does the £16 for each further instrument."]),
]})
items.append({"id": f"cb-{len(items)+1:03d}", "type": "conversation", "doc": PD, "turns": [
    turn(1, "factual", "thinking of becoming a friend of the orchestera, how much is the basic one", PD,
         ["£45 a year", "£45 a year for the Friend grade; the grades run from £15 for a Young Friend (under 26) to £500 for the Leader's Circle"],
         [("Friend £45 priority booking 14 days ahead; free ticket exchanges", 2), (GRADES, 2),
          ("Young Friend (under 26) £15 priority booking 7 days ahead; 2 open rehearsals a season", 2)]),
    turn(2, "factual", "what do i actually get for that", PD,
         ["priority booking 14 days ahead and free ticket exchanges", "priority booking 14 days ahead, free ticket exchanges and the Friends' newsletter, for 12 months from the day you join"],
         [("Friend £45 priority booking 14 days ahead; free ticket exchanges", 2),
          ("Membership runs for 12 months from the day you join, and every grade gets the Friends' newsletter.", 2)]),
    turn(3, "factual", "my neighbour says its going up, whats it going to be", DX,
         ["£50 a year", "£50 a year instead of £45, from Monday 1 June 2037, when booking opens for the 2037-38 season"],
         ["The Board agreed that from Monday 1 June 2037, when booking opens for the 2037-38 season, the Friend grade costs £50 a year instead of £45."]),
    turn(4, "yes_no", "will my granddaughters young friend membership go up as well", DX,
         ["no", "no, the Young Friend grade stays at £15 a year, and the other grades do not change"],
         ["The Young Friend grade stays at £15 a year, and the other grades do not change."]),
]})
items.append({"id": f"cb-{len(items)+1:03d}", "type": "conversation", "doc": HT, "turns": [
    turn(1, "factual", "what time can i ring the box office til on a weekday", HT,
         ["17:00", "17:00: the phone line is open 10:00 to 17:00 on weekdays in the concert season (11:00 to 15:00 in July and August)"],
         [PHONE, PHONE_SUMMER, HOURS]),
    turn(2, "yes_no", "can i phone on a sunday then", HT,
         ["no", "no, the phone line is closed on Sundays, in the concert season and in summer"],
         [PHONE, PHONE_SUMMER, HOURS]),
    turn(3, "yes_no", "heard the phones are going to be open later, is that right", DX,
         ["yes", "yes, from Monday 20 April 2037 the phone line stays open until 18:00 on weekdays during the concert season instead of 17:00; it still opens at 10:00, and the Saturday hours of 10:00 to 14:00 and the summer hours do not change"],
         ["The Board agreed that from Monday 20 April 2037 the phone line stays open until 18:00 on weekdays during the concert season, instead of 17:00.",
          "It still opens at 10:00, the Saturday hours of 10:00 to 14:00 do not change, and the summer hours stay as they are."]),
]})
items.append({"id": f"cb-{len(items)+1:03d}", "type": "conversation", "doc": TX, "turns": [
    turn(1, "factual", "whats the heaviest thing im allowed to lift on my own on a get in", TX,
         ["25 kg", "25 kg; anything heavier goes on a trolley or is lifted with a second person"],
         [LIFT]),
    turn(2, "yes_no", "the timps are on wheels, do i still need someone else to move them", TX,
         ["yes", "yes, timpani are always moved by at least two people"],
         ["* Always moved by at least two people: double basses in flight cases, harps, timpani, the celesta, the tubular bells frame, the conductor's podium and any case with a red TWO PERSON label."]),
    turn(3, "factual", "ruaraidh said the board are cutting the weight limit, whats the new one", DX,
         ["20 kg", "20 kg instead of 25 kg, from Monday 4 May 2037; the list of two-person items does not change"],
         ["The Board agreed that from Monday 4 May 2037 no one may lift a load of more than 20 kg on their own, instead of 25 kg.",
          "The list of items that are always moved by two people does not change, and concert grand pianos are still moved only by the piano movers."]),
]})
json.dump({"items": items}, open(HERE / "dev.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
import collections
print(len(items), collections.Counter(i["type"] for i in items),
      sum(len(i["turns"]) if i["type"] == "conversation" else 1 for i in items), "judged rows")
