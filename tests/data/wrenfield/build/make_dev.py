"""Writes dev.json for the wrenfield held-out set: questions written from the documents in docs/ before any product
run. Same schema as hollowbrook (and thornbury, pinecrest, quayside, brightwater, ashcombe, fernhill, oakridge,
meridian, northwind, harbor)."""
from pathlib import Path
HERE = Path(__file__).resolve().parents[1]  # tests/data/wrenfield
import json
MD, PD, DX, HT, TX = ("staff-handbook.md", "membership-and-pricing-policy.pdf",
                      "centre-managers-meeting-minutes-2028-05-16.docx", "customer-faq.html",
                      "pool-safety-and-emergency-procedures.txt")
items = []
def add(type, q, doc, answers, evidence, **kw):
    ev = [{"quote": e[0], "page": e[1]} if isinstance(e, tuple) else {"quote": e} for e in evidence]
    it = {"id": f"wf-{len(items)+1:03d}", "type": type, "q": q, "doc": doc, "answerable": type != "unanswerable",
          "answers": answers, "evidence": ev}
    it.update(kw)
    items.append(it)
    return it

# ---- factual (19)
add("factual", "whats the most a gym instructor can earn an hr", MD,
    ["£13.80", "£13.80 an hour (grade L3, £12.90 to £13.80)"],
    ["| Gym Instructor | L3 | £12.90 – £13.80 | 6 months |"],
    note="A lifeguard (L2) tops out at £13.10 and a swimming teacher (L4) at £16.80; casual staff are paid the bottom of the grade.")
add("factual", "been here 8 yrs now, how much hol do i get a year", MD,
    ["28 days", "28 days plus the eight bank holidays (pro rata for part-timers), with 1 day you can carry over"],
    ["| 7 to 9 years | 28 days | 1 day to carry over |",
     "Full-time staff receive annual leave on top of the eight bank holidays, depending on completed years of service on 1 April; part-time staff receive the same pro rata, in hours:"],
    note="25 days under 3 years, 27 days for 3 to 6 years, 30 days from 10 years; the leave year runs from 1 April.")
add("factual", "swim teacher here, feel rough, how long b4 my shift do i have to ring in n who do i call", MD,
    ["at least 2 hours before the shift, to the duty manager on the centre's duty phone",
     "phone the duty manager on your centre's duty phone (Wrenfield 07700 900 411, Ashby Moor 07700 900 422) at least 2 hours before"],
    ["**Lifeguards, swimming teachers and receptionists:** phone the duty manager on your centre's duty phone at least **2 hours** before your shift.",
     "Duty phones: Wrenfield 07700 900 411, Ashby Moor 07700 900 422."],
    note="Gym instructors and café staff phone at least 1 hour before; office staff and managers phone their manager by 09:00.")
add("factual", "starting as a lifeguard nxt month, how long's the probation", MD,
    ["3 months"],
    ["| Lifeguard | L2 | £12.30 – £13.10 | 3 months |"],
    note="Gym instructors, swimming teachers and duty managers have 6 months; casual staff have no probation period.")
add("factual", "how much is off peak at ashby moor a month", PD,
    ["£23.50", "£23.50 a month (it is £28.00 at Wrenfield)"],
    [("Off-Peak (adult) £28.00 £23.50", 2),
     ("Off-Peak: as Anytime, but only before 16:00 on weekdays and at any time at weekends and on bank holidays.", 1)])
add("factual", "how much discount do uni students get on membership", PD,
    ["20% off", "20% off, for full-time students aged 18 or over with a student card for this year"],
    [("Full-time students aged 18 or over 20% off Student card for this year", 2)],
    note="Concessions apply to Anytime, Off-Peak and Swim Only, not to Family memberships or Anytime paid 12 months up front.")
add("factual", "how much notice do i need to give to quit my gym membership", PD,
    ["one calendar month", "one calendar month's notice, counted from the day they receive it (it used to be two months)"],
    [("You must give one calendar month's notice, counted from the day we receive it.", 3),
     ("Notice to cancel a membership is now one calendar month, instead of two months.", 1)],
    note="Memberships taken on a promotional offer have a 3-month minimum term.")
add("factual", "wots the joining fee these days", PD,
    ["£15", "£15 (it was £25) for Anytime, Off-Peak and Family; no joining fee for Junior or Swim Only"],
    [("The joining fee is now £15, instead of £25.", 1),
     ("The joining fee of £15 is paid for Anytime, Off-Peak and Family memberships.", 2)])
add("factual", "how many members has ashby moor got", DX,
    ["2,030", "2,030 at the end of April 2028 (4,380 at Wrenfield, 6,410 in all)"],
    ["Imran Sheikh reported 6,410 members at the end of April: 4,380 at Wrenfield and 2,030 at Ashby Moor."])
add("factual", "when n where is the nxt centre managers meeting", DX,
    ["Tuesday 20 June 2028 at 09:30 in the meeting room at Ashby Moor Pool & Fitness",
     "20 June 2028, 9:30am, Ashby Moor meeting room"],
    ["The next centre managers' meeting is on Tuesday 20 June 2028 at 09:30 in the meeting room at Ashby Moor Pool & Fitness."])
add("factual", "how much was the spin room at ashby moor gonna cost", DX,
    ["about £64,000", "about £64,000 for a spin studio with 16 bikes (deferred to the Board's capital programme meeting on 29 June 2028)"],
    ["Kayleigh Dunn proposed turning the old store room next to the studio at Ashby Moor into a spin studio with 16 bikes, at a cost of about £64,000, as spin classes at Wrenfield are full most evenings.",
     "The proposal was deferred to the Board's capital programme meeting on 29 June 2028."])
add("factual", "wot time is ashby moor open on a sat", HT,
    ["08:00 to 17:00", "8am to 5pm (last entry to the pool and gym 45 minutes before closing)"],
    ["Ashby Moor Pool & Fitness 06:30 to 21:00 08:00 to 17:00 08:00 to 16:00 Closed"],
    note="Wrenfield is open 07:00 to 18:00 on Saturdays.")
add("factual", "how far in advance can i book a spin class if im a member", HT,
    ["8 days", "8 days ahead (non-members 6 days)"],
    ["WrenActive app Book swims, classes and courts; pay by card; join the swim school waiting list Members can book classes 8 days ahead, everyone else 6 days ahead"])
add("factual", "left my hoodie in the chaning rooms, how long do u keep lost property", HT,
    ["28 days", "28 days, then it goes to charity"],
    ["We keep lost property for 28 days, and then give it to charity."],
    note="Jewellery, phones, keys and bank cards are kept in the safe and handed to the police after 28 days.")
add("factual", "how long can i park for free at wrenfield", HT,
    ["up to 3 hours", "3 hours, if you enter your registration on the screen at reception"],
    ["Parking at Wrenfield Leisure Centre is free for up to 3 hours.",
     "Enter your car registration on the screen at reception: cars that stay longer, or are not registered, may get a parking charge notice from the council."],
    note="Ashby Moor has no car park; the council's Mill Lane pay and display car park is free after 18:00 and on Sundays.")
add("factual", "max how many ppl can we let in the little pool", TX,
    ["40"],
    ["Teaching pool, WLC 40 1 1.5 to 2.5 7.2-7.4"],
    note="160 in the main pool, 90 at Ashby Moor, 60 in an inflatable session.")
add("factual", "wots the ph range for the ashby moor pool", TX,
    ["7.2-7.6", "7.2 to 7.6"],
    ["AMPF pool 90 1 (2 over 30) 1.0 to 2.0 7.2-7.6"],
    note="The Wrenfield pools are kept at 7.2-7.4.")
add("factual", "fire alarm at ashby moor, where do the swimmers go", TX,
    ["Point 3, Mill Lane car park, by the library",
     "Point 3 in the Mill Lane car park by the library; in cold or wet weather into the library foyer"],
    ["AMPF, whole building .................. Point 3, Mill Lane car park, by the library",
     "In cold or wet weather, swimmers at Point 2 are taken on to the Cooper Road Community Hall, and swimmers at Point 3 into the library foyer, which the council has agreed we may use."])
add("factual", "wot do 3 short whistles mean", TX,
    ["a lifeguard is going in for a rescue"],
    ["Three short blasts .................... a lifeguard is going in for a rescue"],
    note="Two short blasts call another lifeguard; one long blast clears the pool.")

# ---- yes/no (9: 5 no, 4 yes)
add("yes_no", "im on a casual contract, do i get company sick pay", MD,
    ["no", "no, casual staff get Statutory Sick Pay only, if they qualify"],
    ["Casual staff get Statutory Sick Pay only, if they qualify."])
add("yes_no", "can my other half get cheap membership cos i work there", MD,
    ["yes", "yes, 50% off a membership for one partner living with you"],
    ["Free use of the pools, gyms and classes at both centres while you work for us, and **50% off** a membership for one partner living with you."])
add("yes_no", "can i freeze my annual membership while im travling for 2 months", PD,
    ["no", "no, Anytime paid 12 months up front can only be frozen for medical reasons"],
    [("Anytime paid 12 months up front can only be frozen for medical reasons, and swimming lessons cannot be frozen.", 3)])
add("yes_no", "got anytime at wrenfield, can i use the ashby moor gym too", PD,
    ["yes", "yes, Anytime at Wrenfield includes Ashby Moor (it's Ashby Moor members who pay £3 to use Wrenfield)"],
    [("Anytime at Wrenfield includes Ashby Moor; Anytime members at Ashby Moor pay a £3 visit fee to use Wrenfield.", 1)])
add("yes_no", "r they gonna start charging for parking at wrenfield", DX,
    ["no", "no, the £1 charge was not agreed; parking stays free for up to 3 hours"],
    ["The meeting did not agree: parking at Wrenfield stays free for up to 3 hours, and Tom will ask the council to enforce the 3-hour limit."])
add("yes_no", "can my 6yo go in the pool on her own if i watch from the cafe", HT,
    ["no", "no, under 8s must be with someone aged 16 or over who is in the water with them"],
    ["Under 8: must be with someone aged 16 or over who is in the water with them and watching them all the time."])
add("yes_no", "is there a hoist to get in the pool at ashby moor, my dads in a wheelchair", HT,
    ["yes", "yes, the Ashby Moor pool has a hoist (so does the main pool at Wrenfield) and a member of staff trained to use it; ask at reception"],
    ["The main pool at Wrenfield and the pool at Ashby Moor both have a hoist and a member of staff trained to use it; ask at reception when you arrive."])
add("yes_no", "some1 threw up in the big pool, do we have to clear it", TX,
    ["yes", "yes, treat it like a solid stool: clear the pool, scoop it out, check free chlorine; it may reopen 30 minutes after removal if tests are in range"],
    ["Solid stool or vomit: clear the pool, remove it with the scoop, and check free chlorine is in range.",
     "The pool may reopen 30 minutes after removal if the tests are in range."])
add("yes_no", "kid had diarhoea in the teaching pool, can we reopen in half an hour", TX,
    ["no", "no, it stays closed for six turnover periods, at least 3 hours for the teaching pool"],
    ["The pool stays closed for six turnover periods: at least 24 hours for the main pool, 3 hours for the teaching pool and 18 hours for the AMPF pool."],
    note="30 minutes applies to a solid stool or vomit, not to diarrhoea.")

# ---- list (6)
add("list", "what perks do we get working here", MD,
    ["free use of the pools, gyms and classes at both centres, and 50% off a membership for one partner living with you",
     "25% off in the Poolside Café",
     "pension: you pay 4%, the trust pays 6%",
     "free uniform (three polo shirts, a hoodie, and a whistle and bum bag for lifeguards), replaced when worn out",
     "long service vouchers: £150 at 10 years and £300 at 20 years",
     "the CareFirst assistance line, free and confidential, 24 hours a day"],
    ["Free use of the pools, gyms and classes at both centres while you work for us, and **50% off** a membership for one partner living with you.",
     "**25% off** in the Poolside Café, on or off shift.",
     "Pension: you pay **4%** of pay and we pay **6%**, from the first day for anyone who earns over the threshold.",
     "Uniform: three polo shirts, a hoodie and (for lifeguards) a whistle and bum bag, replaced free when worn out.",
     "Long service: a **£150** voucher at 10 years and **£300** at 20 years.",
     "The free, confidential **CareFirst** assistance line, 24 hours a day."],
    note="The trust also pays for NPLQ renewal and first aid training, and may pay for the Swim England Level 2 course.")
add("list", "who gets money off membership", PD,
    ["people aged 65 or over: 30% off", "full-time students aged 18 or over: 20% off",
     "Wrenfield Leisure Card holders: 50% off", "disabled people: 30% off, and a carer goes free",
     "armed forces veterans: 20% off"],
    [("People aged 65 or over 30% off Photo ID with date of birth", 2),
     ("Full-time students aged 18 or over 20% off Student card for this year", 2),
     ("Wrenfield Leisure Card holders 50% off Leisure Card", 2),
     ("Disabled people 30% off, carer free Blue Badge or PIP letter", 2),
     ("Armed forces veterans 20% off Veteran ID card", 2)],
    note="One concession at a time; not on Family memberships or Anytime paid 12 months up front.")
add("list", "whats different in the new membership prices thing", PD,
    ["Anytime £38.50 a month at Wrenfield (was £36.00) and £31.00 at Ashby Moor (was £29.50)",
     "joining fee £15 instead of £25 (still none for Junior or Swim Only)",
     "freezing costs £5 a month instead of being free, except for medical reasons or pregnancy",
     "over-65 concession 30% instead of 25%",
     "children's 30-minute swimming lessons £27.50 at Wrenfield (was £26.00) and £26.00 at Ashby Moor (was £24.50)",
     "notice to cancel one calendar month instead of two months"],
    [("Anytime membership at Wrenfield Leisure Centre is now £38.50 a month, instead of £36.00. At Ashby Moor Pool & Fitness it is now £31.00, instead of £29.50.", 1),
     ("The joining fee is now £15, instead of £25. There is still no joining fee for Junior or Swim Only memberships.", 1),
     ("Freezing a membership now costs £5 a month, instead of being free, except for medical reasons or pregnancy.", 1),
     ("The concession for people aged 65 or over is now 30% off, instead of 25%.", 1),
     ("Children's swimming lessons (30 minutes) now cost £27.50 a month at Wrenfield, instead of £26.00, and £26.00 a month at Ashby Moor, instead of £24.50.", 1),
     ("Notice to cancel a membership is now one calendar month, instead of two months.", 1)])
add("list", "wot actions did owen get from the may meeting", DX,
    ["brief lifeguards on the hourly teaching pool tests, by 31 May 2028",
     "offer Ashby Moor lesson places to families on the Wrenfield waiting list, by 30 June 2028"],
    ["Brief lifeguards on hourly teaching pool tests Owen Prothero 31 May 2028",
     "Offer Ashby Moor lesson places to families on the Wrenfield waiting list Owen Prothero 30 June 2028"])
add("list", "what do i need to bring", HT,
    ["a £1 coin for the lockers at Wrenfield (Ashby Moor lockers use a code)",
     "your membership card or the booking barcode in the WrenActive app",
     "a towel (no towel hire)",
     "a swimming costume or trunks (no long shorts, T-shirts or everyday clothes in the pools)",
     "a lock and water bottle for the gym, and trainers with clean soles"],
    ["a £1 coin for the lockers at Wrenfield (you get it back); at Ashby Moor the lockers take a code you choose;",
     "your membership card or the booking barcode in the WrenActive app;",
     "a towel, as we do not hire them out;",
     "a swimming costume or trunks: long shorts, T-shirts and everyday clothes are not allowed in the pools;",
     "a lock and water bottle for the gym, and trainers with clean soles."])
add("list", "what rescue gear should be by the pool", TX,
    ["a reaching pole", "two throw bags", "a spinal board with head blocks and straps",
     "a grab bag with foil blankets", "a first aid kit", "(the AED is kept by the pool hall entrance)"],
    ["Each pool has on poolside a reaching pole, two throw bags, a spinal board with head blocks and straps, a grab bag with foil blankets, and a first aid kit.",
     "The AED is kept by the pool hall entrance at each centre."],
    note="Rescue equipment is checked daily, before opening.")

# ---- explanation (6)
add("explanation", "lifeguard on the 6am tmrw n think im coming down with sumthing, how do i ring in sick", MD,
    ["Phone the duty manager on your centre's duty phone (Wrenfield 07700 900 411, Ashby Moor 07700 900 422). "
     "Normally that is at least 2 hours before the shift, but as the shift starts before 08:00, phone by 20:00 the "
     "evening before if you can, or as soon as the centre opens. Ring in again each day you are off unless a fit note "
     "covers it (you can self-certify for up to 7 calendar days), and have a return-to-work chat on form RW2 on your "
     "first day back"],
    ["1. **Lifeguards, swimming teachers and receptionists:** phone the duty manager on your centre's duty phone at least **2 hours** before your shift. For a shift starting before 08:00, phone by **20:00 the evening before** if you can, or as soon as the centre opens.",
     "Duty phones: Wrenfield 07700 900 411, Ashby Moor 07700 900 422.",
     "4. Ring in again each day you are off, unless a fit note covers the days.",
     "You can self-certify for up to **7 calendar days**; after that you need a fit note.",
     "5. On your first day back, have a return-to-work chat with your manager, recorded on form **RW2**."])
add("explanation", "how does the trust paying for the level 2 swim teaching course work, wot if i leave after", MD,
    ["Once you have passed probation the trust may pay for the Swim England Level 2 teaching course, which costs about "
     "£750. If you leave within 12 months of qualifying you repay half of the cost; after 12 months you repay nothing. "
     "A Level 2 swimming teacher is on grade L4, £15.20 to £16.80 an hour"],
    ["After you pass probation, we may pay for the Swim England Level 2 teaching course (about **£750**). If you leave within **12 months** of qualifying, you repay half of the cost.",
     "| Swimming Teacher (Level 2) | L4 | £15.20 – £16.80 | 6 months |"])
add("explanation", "how do i freeze my membership n does it cost anything", PD,
    ["You can freeze a monthly membership for 1 to 3 months at a time (no more than 3 months in any 12). It costs £5 "
     "a month, or nothing with a fit note or if you are pregnant. Ask at least 10 days before your next Direct Debit "
     "date: choose Freeze membership in the WrenActive app or on the website, or fill in a form at reception; pick the "
     "first month and number of months (upload a fit note for a medical freeze); you get an email within 2 working "
     "days and pay the £5 instead of your normal payment; the membership restarts by itself at the end. Annual "
     "Anytime memberships can only be frozen for medical reasons, and swimming lessons cannot be frozen"],
    [("You can freeze a monthly membership for 1 to 3 months at a time, and for no more than 3 months in any 12 months.", 3),
     ("A freeze costs £5 a month, or nothing with a fit note or when you are pregnant.", 3),
     ("Ask at least 10 days before your next Direct Debit date.", 3),
     ("1. Choose Freeze membership in the WrenActive app or on our website, or fill in a freeze form at reception.", 3),
     ("2. Pick the first month and the number of months, and upload a fit note if the freeze is for medical reasons.", 3),
     ("3. We confirm by email within 2 working days, and take the £5 fee instead of your normal payment for each frozen month.", 3),
     ("4. Your membership starts again by itself at the end of the freeze, at the price that applies then.", 3),
     ("Anytime paid 12 months up front can only be frozen for medical reasons, and swimming lessons cannot be frozen.", 3)])
add("explanation", "why arent they charging for parking at wrenfield then", DX,
    ["Graham proposed a £1 parking charge for customers who are not members, which would raise about £21,000 a year, "
     "but Tom said many swim school parents are not members and the car park is often full of town centre shoppers "
     "who do not use the centre. The meeting did not agree: parking stays free for up to 3 hours, and Tom will ask the "
     "council to enforce the 3-hour limit"],
    ["Graham proposed a charge of £1 for parking at Wrenfield, for customers who are not members, which would raise about £21,000 a year.",
     "Tom said that many swim school parents are not members and that the car park is often full of town centre shoppers who do not use the centre at all.",
     "The meeting did not agree: parking at Wrenfield stays free for up to 3 hours, and Tom will ask the council to enforce the 3-hour limit."])
add("explanation", "how do i get my lad into swimming lessons", HT,
    ["Join the waiting list in the WrenActive app, choosing the centre and the days that suit you. When a place comes "
     "up your child is invited to a free 15-minute assessment in the water so the teacher can place them in the right "
     "stage. The wait is currently about 10 to 12 weeks at Wrenfield and about 4 weeks at Ashby Moor"],
    ["Join the waiting list in the WrenActive app, choosing the centre and the days that suit you.",
     "When a place comes up, we invite your child to a free 15-minute assessment in the water, so that the teacher can place them in the right stage.",
     "At the moment the wait for a place is about 10 to 12 weeks at Wrenfield and about 4 weeks at Ashby Moor."])
add("explanation", "someones struggling in the deep end, wot do we do", TX,
    ["Give three short whistle blasts and press the pool alarm if the swimmer is not breathing normally or you need "
     "help; use a reaching rescue (pole or throw bag) if you can, and go in only if you must, with a rescue aid; a "
     "second lifeguard clears the pool with one long blast and covers from poolside; once out, check breathing and "
     "start CPR and send for the AED if they are not breathing normally; the duty manager dials 999 for anyone who was "
     "unconscious, breathed in water or needed CPR; record it on SafeTrack before the end of the shift"],
    ["1. Give three short blasts on the whistle, and press the pool alarm if the swimmer is not breathing normally or you need more help.",
     "2. Use a reaching rescue with the pole or a throw bag if you can. Go into the water only when you have to, and always take a rescue aid with you.",
     "3. A second lifeguard gives one long blast to clear the pool and covers the rescue from poolside.",
     "4. Once the casualty is out of the water, check their breathing. If they are not breathing normally, start CPR and send for the AED.",
     "5. The duty manager dials 999 for anyone who was unconscious, breathed in water or needed CPR, even if they seem to recover.",
     "6. Record the incident on SafeTrack before the end of the shift."])

# ---- unanswerable (6)
add("unanswerable", "is my 15 min break paid or unpaid", MD, [], [], subtype="near_miss",
    note="The handbook gives lifeguards a break of at least 15 minutes after 60 minutes on poolside, and covers pay rates, overtime and payday, but never says whether breaks are paid.")
add("unanswerable", "how much to hire the sports hall for a kids party", PD, [], [], subtype="near_miss",
    note="The policy gives membership and lesson prices but says prices for court hire, children's parties and room hire are on the price list at reception and are not covered by it.")
add("unanswerable", "how many new ppl joined in april", DX, [], [], subtype="near_miss",
    note="The minutes give member totals at the end of April, cancellations and concession numbers, but not how many people joined.")
add("unanswerable", "is there a creche at wrenfield so i can do a class", HT, [], [], subtype="near_miss",
    note="The FAQ covers children's swimming rules, the swim school and teenagers in the gym, but says nothing about a crèche or childcare.")
add("unanswerable", "wot temp should the pool water be kept at", TX, [], [], subtype="near_miss",
    note="The procedures give free chlorine, combined chlorine, pH and clarity limits for each pool, but no water temperature.")
add("unanswerable", "any1 know a decent protein powder for bulking", None, [], [], subtype="off_topic",
    note="Not covered by any document.")

# ---- summary (2)
add("summary", "give me a quick rundown of the membership and pricing policy", PD, [
    "MP-03 version 6, in force from 1 April 2028 and owned by the Membership and Customer Services Manager, covers memberships and swimming lessons at Wrenfield Leisure Centre and Ashby Moor Pool & Fitness, not casual swims, court hire, parties or room hire; members get at least 30 days' notice of price rises",
    "Version 6 raised Anytime to £38.50 a month at Wrenfield (from £36.00) and £31.00 at Ashby Moor (from £29.50), cut the joining fee to £15 (from £25), introduced a £5 a month freeze fee, raised the over-65 concession to 30% (from 25%), raised children's 30-minute lessons to £27.50 and £26.00, and cut notice to cancel to one calendar month",
    "Membership types are Anytime (Wrenfield's includes Ashby Moor), Off-Peak (before 16:00 on weekdays and at weekends), Swim Only, Junior (11 to 17) and Family, paid by Direct Debit on the 1st, with Anytime also available 12 months up front for the price of 10; prices differ by centre",
    "Concessions: 30% off for people aged 65 or over and disabled people (carer free), 20% for full-time students and veterans, 50% for Leisure Card holders (who also get 50% off children's lessons); one at a time and not on Family or annual memberships",
    "Swimming lessons run 46 weeks a year, paid in 12 monthly payments: £27.50 (Wrenfield) or £26.00 (Ashby Moor) for 30-minute children's lessons, £32.00 for stages 8 to 10 at Wrenfield only, £30.00 for adults, with 10% off for further children",
    "Memberships can be frozen for 1 to 3 months (up to 3 months in 12) for £5 a month, free with a fit note or in pregnancy; annual memberships only for medical reasons and lessons not at all",
    "Cancelling needs one calendar month's notice in writing through the app, website or email, not by phone or at reception; failed payments cost £10 and repeated failures suspend then cancel the membership",
    "Refunds: a full refund less £5 a visit in the first 14 days, credits for cancelled classes, 25% of the month's fee for closures of 7 days or more, claimed on the refund form; complaints go to the duty manager and then the Chief Executive"],
    [("Policy MP-03, version 6.", 1),
     ("Approved by the Trust Board on 22 February 2028 and in force from Saturday 1 April 2028", 1),
     ("Prices for casual swims, court hire, children's parties and room hire are on the price list at reception and on our website, and are not covered by this policy.", 1),
     ("Anytime membership at Wrenfield Leisure Centre is now £38.50 a month, instead of £36.00.", 1),
     ("The joining fee is now £15, instead of £25.", 1),
     ("Freezing a membership now costs £5 a month, instead of being free, except for medical reasons or pregnancy.", 1),
     ("Anytime at Wrenfield includes Ashby Moor; Anytime members at Ashby Moor pay a £3 visit fee to use Wrenfield.", 1),
     ("Memberships are paid by Direct Debit on the 1st of each month, with the first part month paid when you join.", 2),
     ("Anytime (adult) £38.50 £31.00", 2),
     ("People aged 65 or over 30% off Photo ID with date of birth", 2),
     ("Wrenfield Leisure Card holders 50% off Leisure Card", 2),
     ("Only one concession can be used at a time, and concessions do not apply to Family memberships or to Anytime paid 12 months up front.", 2),
     ("Lessons run for 46 weeks a year", 2),
     ("Children, stages 1 to 7 (30 minutes) £27.50 £26.00", 2),
     ("Children, stages 8 to 10 (45 minutes) £32.00 Not offered", 2),
     ("You can freeze a monthly membership for 1 to 3 months at a time, and for no more than 3 months in any 12 months.", 3),
     ("You must give one calendar month's notice, counted from the day we receive it.", 3),
     ("We cannot accept a cancellation by phone or at reception.", 3),
     ("You cancel in the first 14 days Full refund, less £5 a visit 14 days of joining", 4),
     ("A pool or gym is shut 7 days or more 25% of that month's fee 28 days", 4),
     ("If a Direct Debit fails, we try again on the 15th of the month and charge £10.", 4),
     ("the Chief Executive reviews your complaint and replies within 15 working days.", 4)])
add("summary", "wot did they decide at the may managers meeting", DX, [
    "From 1 September 2028 children's 30-minute swimming lessons at Wrenfield go up from £27.50 to £29.00 a month; Ashby Moor stays at £26.00 and 45-minute lessons at £32.00",
    "From 1 June 2028 manual water tests in the Wrenfield teaching pool are hourly instead of every 2 hours; the main pool and the Ashby Moor pool stay at every 2 hours",
    "From Monday 3 July 2028 Ashby Moor opens at 07:00 on weekdays instead of 06:30; its closing time and weekend hours, and Wrenfield's hours, are unchanged",
    "From Sunday 2 July 2028 Sunday overtime is paid at double time instead of time and a half; Monday to Saturday overtime stays at time and a quarter",
    "A proposed £1 parking charge at Wrenfield was rejected; parking stays free for up to 3 hours",
    "Deferred: raising the over-65 concession (Board, 29 June 2028), a spin studio at Ashby Moor (Board capital programme, 29 June 2028) and longer café hours at Wrenfield (June meeting)"],
    ["From 1 September 2028 children's 30-minute swimming lessons at Wrenfield go up from £27.50 to £29.00 a month; they stay at £26.00 at Ashby Moor, and 45-minute lessons stay at £32.00.",
     "From 1 June 2028 manual water tests in the Wrenfield teaching pool are done every hour, instead of every 2 hours; the main pool and the Ashby Moor pool stay at every 2 hours.",
     "From Monday 3 July 2028 Ashby Moor Pool & Fitness opens at 07:00 on weekdays, instead of 06:30; its closing time, its weekend hours and Wrenfield's hours do not change.",
     "From Sunday 2 July 2028 overtime worked on a Sunday is paid at double time, instead of time and a half; overtime from Monday to Saturday stays at time and a quarter.",
     "Parking at Wrenfield stays free for up to 3 hours; the proposed £1 charge was not agreed.",
     "Deferred: the concession for people aged 65 or over (Board, 29 June 2028), a spin studio at Ashby Moor (Board capital programme, 29 June 2028) and longer café hours at Wrenfield (June meeting)."])

# ---- conversations (4)
def turn(n, type, q, doc, answers, evidence):
    ev = [{"quote": e[0], "page": e[1]} if isinstance(e, tuple) else {"quote": e} for e in evidence]
    return {"turn": n, "type": type, "q": q, "doc": doc, "answerable": True, "answers": answers, "evidence": ev}
items.append({"id": f"wf-{len(items)+1:03d}", "type": "conversation", "doc": MD, "turns": [
    turn(1, "factual", "wots the overtime rate on a sunday", MD,
         ["time and a half", "time and a half, paid as pay only (overtime starts once you pass 37.5 hours in the week)"],
         ["| Overtime, Sunday | Time and a half | Pay only |"]),
    turn(2, "factual", "n if i work a bank hol?", MD,
         ["double time", "double time, plus a day off in lieu for full-time staff"],
         ["| Bank holidays (except the three below) | Double time | Pay, plus a day off in lieu for full-time staff |"]),
    turn(3, "yes_no", "some1 said sundays r going up, true?", DX,
         ["yes", "yes, Sunday overtime goes to double time from Sunday 2 July 2028"],
         ["The meeting agreed that from Sunday 2 July 2028 overtime worked on a Sunday is paid at double time, instead of time and a half."]),
    turn(4, "yes_no", "saturdays as well then?", DX,
         ["no", "no, overtime from Monday to Saturday stays at time and a quarter"],
         ["Overtime from Monday to Saturday stays at time and a quarter, and the bank holiday rate does not change."]),
]})
items.append({"id": f"wf-{len(items)+1:03d}", "type": "conversation", "doc": HT, "turns": [
    turn(1, "factual", "what time does ashby moor open in the morning on weekdays", HT,
         ["06:30", "6:30am (until 21:00)"],
         ["Ashby Moor Pool & Fitness 06:30 to 21:00 08:00 to 17:00 08:00 to 16:00 Closed"]),
    turn(2, "factual", "and wrenfield?", HT,
         ["06:00", "6am (06:00 to 22:00 on weekdays)"],
         ["Wrenfield Leisure Centre 06:00 to 22:00 07:00 to 18:00 08:00 to 20:00 08:00 to 16:00"]),
    turn(3, "yes_no", "is ashby moor still the same after june? i go b4 work", DX,
         ["no", "no, from Monday 3 July 2028 Ashby Moor opens at 07:00 on weekdays instead of 06:30 (closing time and weekends unchanged)"],
         ["The meeting agreed that from Monday 3 July 2028 Ashby Moor Pool & Fitness opens at 07:00 on weekdays, instead of 06:30."]),
]})
items.append({"id": f"wf-{len(items)+1:03d}", "type": "conversation", "doc": TX, "turns": [
    turn(1, "factual", "how often r we meant to do the chlorine n ph checks by hand on the little pool", TX,
         ["every 2 hours", "every 2 hours while open"],
         ["Manual water tests, teaching pool, WLC ..... every 2 hours while open"]),
    turn(2, "factual", "whats the free chlorine range for it", TX,
         ["1.5 to 2.5 mg/l"],
         ["Teaching pool, WLC 40 1 1.5 to 2.5 7.2-7.4"]),
    turn(3, "factual", "didnt that testing change after the ph thing in april? how often now", DX,
         ["every hour, from 1 June 2028", "hourly while it is open instead of every 2 hours, from 1 June 2028"],
         ["The meeting agreed that from 1 June 2028 the manual water tests in the teaching pool at Wrenfield are done every hour while it is open, instead of every 2 hours."]),
    turn(4, "yes_no", "big pool hourly as well?", DX,
         ["no", "no, the main pool (and the Ashby Moor pool) stays at every 2 hours"],
         ["Tests in the main pool and the Ashby Moor pool stay at every 2 hours."]),
]})
items.append({"id": f"wf-{len(items)+1:03d}", "type": "conversation", "doc": PD, "turns": [
    turn(1, "factual", "how much r swimming lessons for my 6 yr old at wrenfield", PD,
         ["£27.50 a month", "£27.50 a month for a 30-minute lesson a week (stages 1 to 7)"],
         [("Children, stages 1 to 7 (30 minutes) £27.50 £26.00", 2)]),
    turn(2, "yes_no", "is it cheaper at ashby moor?", PD,
         ["yes", "yes, £26.00 a month"],
         [("Children, stages 1 to 7 (30 minutes) £27.50 £26.00", 2)]),
    turn(3, "yes_no", "heard wrenfields going up in sept?", DX,
         ["yes", "yes, to £29.00 a month from 1 September 2028 (Ashby Moor stays at £26.00)"],
         ["The meeting agreed that from 1 September 2028 children's 30-minute lessons at Wrenfield go up from £27.50 to £29.00 a month."]),
]})
json.dump({"items": items}, open(HERE / "dev.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
import collections
print(len(items), collections.Counter(i["type"] for i in items),
      sum(len(i["turns"]) if i["type"] == "conversation" else 1 for i in items), "judged rows")
