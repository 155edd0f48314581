"""Writes dev.json for the yarrowby held-out set: questions written from the documents in docs/ before any product
run. Same schema as wrenfield (and hollowbrook, thornbury, pinecrest and the earlier sets)."""
from pathlib import Path
HERE = Path(__file__).resolve().parents[1]  # tests/data/yarrowby
import json
MD, PD, DX, HT, TX = ("staff-handbook.md", "tenant-repairs-policy.pdf", "operations-team-minutes-2029-06-13.docx",
                      "tenant-faq.html", "damp-and-mould-procedure.txt")
items = []
def add(type, q, doc, answers, evidence, **kw):
    ev = [{"quote": e[0], "page": e[1]} if isinstance(e, tuple) else {"quote": e} for e in evidence]
    it = {"id": f"yb-{len(items)+1:03d}", "type": type, "q": q, "doc": doc, "answerable": type != "unanswerable",
          "answers": answers, "evidence": ev}
    it.update(kw)
    items.append(it)
    return it

# ---- factual (19)
add("factual", "wots the most a gas engineer can earn a yr", MD,
    ["£36,800", "£36,800 at the top of band B5 (£33,100 to £36,800), plus a £2,000 market supplement"],
    ["| Gas Engineer | B5 | £33,100 – £36,800 | 6 months |",
     "Gas engineers also get a market supplement of **£2,000** a year."],
    note="Repairs supervisors share band B5 but get no supplement; multi-trade repairs operatives are B3, £26,900 to £29,650.")
add("factual", "done 6 yrs here now, how many days hols do i get", MD,
    ["29 days", "29 days a year, on top of the eight bank holidays and the 2 closure days, with up to 5 days to carry over"],
    ["| 5 to 9 years | 29 days | Up to 5 days |",
     "On top of the **eight bank holidays**, full-time staff get annual leave depending on completed years of service on 1 April"],
    note="26 days under 2 years, 27 days for 2 to 4 years, 31 days from 10 years; part-time staff pro rata.")
add("factual", "repairs op based in ellerdale, wot time do i start", MD,
    ["08:00", "08:00, working 08:00 to 16:30 Monday to Friday"],
    ["| Repairs Operative | 07:30 – 16:00 Monday to Friday (Ellerdale: 08:00 – 16:30) | Van kept at the depot unless you are on call |"],
    note="Brackenfold operatives, and gas engineers in both districts, work 07:30 to 16:00.")
add("factual", "how long is probation for a contact centre advisor", MD,
    ["3 months", "3 months (band B2)"],
    ["| Contact Centre Adviser | B2 | £23,850 – £25,400 | 3 months |"],
    note="Bands B3 to B5 have 6 months and Housing Managers (B6) 9 months.")
add("factual", "how long do u take to do a routine repair in brackenfold", PD,
    ["20 working days", "within 20 working days of the report (it used to be 28 calendar days)"],
    [("Routine Dripping tap, broken extractor fan Complete within 20 working days", 2),
     ("Routine repairs are now completed within 20 working days, instead of 28 calendar days.", 1)],
    note="The Ellerdale villages have 25 working days in the policy (20 from 3 September 2029 under the minutes); Ellerdale Bridge has the same times as Brackenfold.")
add("factual", "locked out at 11 at night and need u to get me in, how much is that", PD,
    ["£160", "£160 out of hours (£110 in working hours)"],
    [("Forced entry when you are locked out £110 £160", 3)])
add("factual", "wot do i get if ur repair guy doesnt turn up", PD,
    ["£20", "£20, as a shopping voucher or a credit to your rent account, if they did not tell you at least 24 hours before (it used to be £10)"],
    [("If we miss an appointment without telling you at least 24 hours before, we pay you £20, as a shopping voucher or a credit to your rent account.", 4),
     ("If we miss an appointment without telling you at least 24 hours before, we now pay you £20, instead of £10.", 1)])
add("factual", "not happy with the stage 1 answer to my complaint, how long have i got to take it further", PD,
    ["20 working days", "ask for a Stage 2 review within 20 working days; the Director of Property Services replies within 20 working days"],
    [("3. Stage 2: if you are still unhappy, ask within 20 working days for a review. The Director of Property Services replies within 20 working days.", 4)])
add("factual", "how many repairs got done in ellerdale in may", DX,
    ["660", "660 (1,480 in Brackenfold, 2,140 in all)"],
    ["Gareth Holroyd reported 2,140 repairs completed in May: 1,480 in Brackenfold and 660 in Ellerdale."])
add("factual", "how much were the electric vans gonna cost", DX,
    ["about £78,000", "about £78,000 for two electric vans for the Ellerdale depot; deferred to the Board's capital programme meeting on 19 September 2029"],
    ["Gareth proposed buying two electric vans for the Ellerdale depot, at a cost of about £78,000, to replace two diesel vans due for renewal.",
     "the proposal was deferred to the Board's capital programme meeting on Wednesday 19 September 2029."])
add("factual", "when n where is the next OLT meeting", DX,
    ["Wednesday 11 July 2029 at 10:00 at the Ellerdale office, 14 Market Place, Ellerdale Bridge"],
    ["The next meeting of the Operations Leadership Team is on Wednesday 11 July 2029 at 10:00 at the Ellerdale office, 14 Market Place, Ellerdale Bridge."])
add("factual", "wot time does the brackenfold office open on weds", HT,
    ["10:00", "10:00 (until 17:00), because of staff training; 09:00 on other weekdays"],
    ["Brackenfold office, Tanner House, 22 Tanner Street Monday to Friday (Wednesdays from 10:00) 09:00 to 17:00",
     "The Brackenfold office opens at 10:00 on Wednesdays because of staff training"],
    note="The Ellerdale office opens at 09:30 on the days it is open.")
add("factual", "how long does it take u to say yes or no to a house swap", HT,
    ["42 days", "within 42 days of getting the full application"],
    ["We decide within 42 days of getting your full application and inspect your home before we agree."])
add("factual", "my daughter's coming to stay, how much is the guest room at my scheme in ellerdale", HT,
    ["£14 a night", "£14 a night (£18 at the Brackenfold schemes), booked through the scheme manager for up to 3 nights at a time"],
    ["It costs £18 a night at our Brackenfold schemes and £14 a night at our Ellerdale schemes.",
     "Most schemes have a guest room that you can book through your scheme manager for up to 3 nights at a time."])
add("factual", "whats the number to pay rent over the phone", HT,
    ["01632 960 444", "01632 960 444, the 24-hour automated payment line"],
    ["by card in MyYarrowby, or on our 24-hour automated payment line, 01632 960 444;"],
    note="01632 960 400 is the contact centre and 01632 960 999 the out-of-hours repairs line.")
add("factual", "how quick does a cat 2 mould wash need doing", TX,
    ["within 10 working days", "within 10 working days of the inspection, with a follow-up visit at 6 weeks"],
    ["2 Moderate 1 m2 to 3 m2 10 working days visit, 6 weeks",
     "Times run from the inspection:"],
    note="Category 1 is 20 working days and Category 3 is 5 working days (2 working days from 1 August 2029 under the minutes).")
add("factual", "how much do we put on the rent acct for the tenant running the dehumidifier", TX,
    ["£12 a month", "£12 a month towards the electricity, for Category 3 cases, with the dehumidifier lent for up to 8 weeks"],
    ["For Category 3 we also lend a dehumidifier for up to 8 weeks and credit the tenant's rent account with £12 a month towards the electricity."])
add("factual", "wots the min extraction rate for a bathroom fan", TX,
    ["15 litres a second", "at least 15 litres a second (a kitchen fan at least 60)"],
    ["A kitchen fan must extract at least 60 litres a second and a bathroom fan at least 15 litres a second."])
add("factual", "when does the damp n mould panel meet", TX,
    ["every 2 weeks, on Thursdays"],
    ["Damp and Mould Panel meets ........... every 2 weeks, on Thursdays"],
    note="Cases open more than 8 weeks go to the panel.")

# ---- yes/no (9: 5 no, 4 yes)
add("yes_no", "only been here a yr, can i carry any leave over", MD,
    ["yes", "yes, up to 3 days (with 26 days' leave a year under 2 years' service)"],
    ["| Under 2 years | 26 days | Up to 3 days |"])
add("yes_no", "im a repairs supervisor, do i get the call out money", MD,
    ["no", "no, supervisors get no call-out payment but take time off in lieu for time on site; the £30 call-out is for repairs operatives and gas engineers"],
    ["| Repairs Supervisor | £22 | £75 | £35 a day | No call-out payment; time off in lieu for time on site |"])
add("yes_no", "im 78 and cant get up a ladder to change my bulbs, will u do it", PD,
    ["yes", "yes, through Handy Help: up to 3 small jobs a year free for tenants aged 70 or over with nobody in the household able to help"],
    [("Our Handy Help service does up to 3 small tenant jobs a year free, such as changing light bulbs, fitting a toilet seat or unblocking a sink, for tenants aged 70 or over or disabled tenants who have nobody in the household able to help.", 3)],
    note="Light bulbs are normally the tenant's job; sheltered scheme tenants ask their scheme manager instead.")
add("yes_no", "some1 smashed my front window, police gave me a crime number, do i have to pay for the glass", PD,
    ["no", "no, glass broken by crime is repaired by Yarrowby Homes when you give the crime reference number"],
    [("Glass broken by crime, with a crime number Yarrowby Homes", 3),
     ("We do not charge for damage caused by a crime if you give us a crime reference number", 4)])
add("yes_no", "did they agree to put the no access charge up to 40 quid", DX,
    ["no", "no, the rise to £40 was not agreed and the charge stays at £30"],
    ["The meeting did not agree: the charge stays at £30, and Priya will look into the missing texts."])
add("yes_no", "can i pay my rent in cash at the office", HT,
    ["no", "no, neither office takes cash; you can pay by card at the Brackenfold office"],
    ["by card at the Brackenfold office. We do not take cash at either office."])
add("yes_no", "we've got a house with a garden, can we have 2 dogs", HT,
    ["yes", "yes, a house with its own garden can have up to 2 dogs or cats, but fill in a pet request form first"],
    ["A house with its own garden: up to 2 dogs or cats, or one of each.",
     "Fill in a pet request form in MyYarrowby before you get a pet; we reply within 10 working days."])
add("yes_no", "tenant's got a small bit of mould on the baby's cot mattress, does that count as cat 3", TX,
    ["yes", "yes, mould on a child's bedding or a mattress, or in a room where a baby sleeps, is Category 3 whatever its area"],
    ["Mould on a child's bedding, a mattress or clothing, or any mould in a room where a baby sleeps, is Category 3 whatever its area."])
add("yes_no", "can i just tell the tenant to open the windows more n close the job", TX,
    ["no", "no, never tell a tenant that opening windows is all that is needed; deal with the cause, and cases close only when there is no mould 12 weeks after the wash"],
    ["Never paint over mould, never tell a tenant that opening windows is all that is needed, and never record the cause as \"lifestyle\".",
     "Closing a case ....................... no mould 12 weeks after the wash"])

# ---- list (6)
add("list", "wot perks do we get working here", MD,
    ["the Social Housing Pension Scheme: you pay 5%, Yarrowby pays 8%",
     "the free, confidential Wellbeing Line, 24 hours a day",
     "long service vouchers: £250 at 10 years and £500 at 25 years",
     "eye tests paid up to £25 for people who use a screen most of the day",
     "cycle to work scheme and interest-free season ticket loans up to £1,500"],
    ["Pension: the Social Housing Pension Scheme, in which you pay **5%** of pay and we pay **8%**.",
     "The free, confidential **Wellbeing Line**, 24 hours a day.",
     "A long service award: a **£250** voucher at 10 years and **£500** at 25 years.",
     "Eye tests paid up to **£25** for anyone who uses a screen for most of the day.",
     "Cycle to work scheme, and interest-free season ticket loans of up to **£1,500**."],
    note="Repairs operatives using their own tools also get a £350 tool allowance, and essential car users £960 a year.")
add("list", "whats changed in the new repairs policy", PD,
    ["emergency repairs attended within 4 hours instead of 6 hours",
     "urgent repairs completed within 3 working days instead of 5 working days",
     "routine repairs within 20 working days instead of 28 calendar days, and 25 working days in the Ellerdale villages instead of 35 calendar days",
     "damp and mould inspected within 10 working days instead of 15 working days",
     "the no access (missed appointment) charge is £30 instead of £25",
     "changing locks after lost keys costs £85 a door instead of £70",
     "compensation when Yarrowby misses an appointment is £20 instead of £10"],
    [("We now attend emergency repairs within 4 hours, instead of 6 hours.", 1),
     ("Urgent repairs are now completed within 3 working days, instead of 5 working days.", 1),
     ("Routine repairs are now completed within 20 working days, instead of 28 calendar days. In the Ellerdale villages they are completed within 25 working days, instead of 35 calendar days.", 1),
     ("We now inspect damp and mould within 10 working days of your report, instead of 15 working days.", 1),
     ("The charge when we cannot get in for an appointment you agreed is now £30, instead of £25.", 1),
     ("Changing locks after lost keys now costs £85 a door, instead of £70.", 1),
     ("If we miss an appointment without telling you at least 24 hours before, we now pay you £20, instead of £10.", 1)])
add("list", "which repairs am i meant to sort out myself as the tenant", PD,
    ["fences between your garden and a neighbour's", "light bulbs, fuses and plugs",
     "blocked sinks, baths and basins", "toilet seats, bath plugs and chains",
     "internal doors, handles and hinges", "decorating inside your home",
     "sheds and anything you fitted yourself", "glass broken other than by crime (rechargeable)",
     "keys, fobs and locks after lost keys (rechargeable)"],
    [("Fences between your garden and a neighbour's You", 3),
     ("Light bulbs, fuses and plugs You", 3),
     ("Blocked sinks, baths and basins You", 3),
     ("Toilet seats, bath plugs and chains You", 3),
     ("Internal doors, handles and hinges You", 3),
     ("Decorating inside your home You", 3),
     ("Sheds and anything you fitted yourself You", 3),
     ("Glass broken in any other way You (rechargeable)", 3),
     ("Keys, fobs and locks after lost keys You (rechargeable)", 3)],
    note="A blocked toilet is Yarrowby's unless caused by misuse; Handy Help does up to 3 of these jobs a year for tenants aged 70 or over or disabled.")
add("list", "wot actions has farah got from the june meeting", DX,
    ["update DM-02 for the 2-day Category 3 mould wash, by 20 July 2029",
     "brief surveyors and operatives on the Category 3 mould wash, by 27 July 2029"],
    ["Update DM-02 for the 2-day Category 3 mould wash Farah Siddiqui 20 July 2029",
     "Brief surveyors and operatives on the Category 3 mould wash Farah Siddiqui 27 July 2029"])
add("list", "wot are the ways i can pay my rent", HT,
    ["Direct Debit on the 1st, 8th, 15th or 22nd of the month",
     "by card in MyYarrowby or on the 24-hour automated payment line, 01632 960 444",
     "with an allpay card at any Post Office or PayPoint shop",
     "by standing order, quoting your rent reference",
     "by card at the Brackenfold office (no cash at either office)"],
    ["Direct Debit, taken on the 1st, 8th, 15th or 22nd of the month, whichever you choose;",
     "by card in MyYarrowby, or on our 24-hour automated payment line, 01632 960 444;",
     "with your allpay card at any Post Office or PayPoint shop;",
     "by standing order from your bank, quoting your rent reference;",
     "by card at the Brackenfold office. We do not take cash at either office."])
add("list", "who counts as vulnerable for damp n mould cases", TX,
    ["someone under 5 or aged 75 or over", "someone who is pregnant",
     "someone with asthma, COPD or another lung or heart condition",
     "someone with a weakened immune system, for example during cancer treatment"],
    ["is under 5, or is aged 75 or over;", "is pregnant;",
     "has asthma, COPD or another lung or heart condition;",
     "has a weakened immune system, for example during cancer treatment."],
    note="Vulnerable households are inspected within 5 working days and their category is raised by one.")

# ---- explanation (6)
add("explanation", "on call in brackenfold this wk, wot am i meant to do when careline rings", MD,
    ["Answer or ring Careline back within 15 minutes of the first call; get to the home within the emergency time of "
     "4 hours, make it safe and tell Careline when you leave; log the job, your times and any parts on RepairsHub "
     "before your next shift; and phone the on-call supervisor before ordering work from a contractor or if you cannot "
     "make the home safe. If the job ends after midnight you start your next shift 11 hours after finishing, with no "
     "loss of pay"],
    ["1. Answer or ring Careline back within **15 minutes** of the first call.",
     "2. Get to the home within the policy's emergency time (**4 hours**), make it safe, and tell Careline when you leave.",
     "3. Log the job, your times and any parts on the RepairsHub app before your next shift.",
     "4. Phone the on-call supervisor before you order work from a contractor, or if you cannot make a home safe.",
     "If an out-of-hours job ends after midnight, you start your next shift **11 hours** after you finish, with no loss of pay."])
add("explanation", "scheme manager here, how do i go about calling in sick", MD,
    ["Phone the Sheltered Housing Manager by 08:00 so that Careline can cover your scheme (a text or email is not "
     "enough). You can self-certify for up to 7 calendar days and need a fit note after that. Within 3 working days "
     "of coming back you have a return-to-work meeting recorded on form RTW1. Three absences or 8 working days off in "
     "a rolling 12 months start an attendance review"],
    ["3. **Scheme managers:** phone the Sheltered Housing Manager by **08:00**, so that Careline can cover your scheme.",
     "5. You can self-certify for up to **7 calendar days**; after that you need a fit note.",
     "6. Within **3 working days** of coming back, have a return-to-work meeting, recorded on form **RTW1**.",
     "Three absences, or **8 working days** off, in any rolling 12 months start an attendance review with your manager."],
    note="Repairs staff phone the planning desk by 07:00, contact centre advisers 1 hour before the shift, others by 09:30.")
add("explanation", "how do i report a repair n wot happens after", PD,
    ["Report it in the MyYarrowby app or website, by phoning the contact centre on 01632 960 400 (08:00 to 18:00 on "
     "weekdays, 09:00 to 13:00 on Saturdays) or at the Brackenfold or Ellerdale office; out of hours, for emergencies "
     "only, phone 01632 960 999. Say what is wrong, where and for how long, with photos if you can. The repair gets a "
     "priority and a job number starting RJ. For urgent and routine repairs a slot is agreed: morning 08:00 to 12:00, "
     "afternoon 12:00 to 16:00 or, for routine repairs, a school-run slot 09:30 to 14:30. You get a text the day "
     "before and when the operative is 30 minutes away, and the operative shows a Yarrowby ID card"],
    [("Our contact centre takes repair reports from 08:00 to 18:00 on weekdays and from 09:00 to 13:00 on Saturdays.", 1),
     ("1. Use the MyYarrowby app or website, phone the contact centre on 01632 960 400, or tell us at the Brackenfold or Ellerdale office. Out of hours, phone 01632 960 999.", 1),
     ("2. Tell us what is wrong, where it is and how long it has been happening, and add photos in MyYarrowby if you can.", 1),
     ("3. We give the repair a priority and a job number starting RJ.", 1),
     ("4. For urgent and routine repairs we agree a slot with you: morning (08:00 to 12:00), afternoon (12:00 to 16:00) or, for routine repairs only, a school-run slot (09:30 to 14:30).", 1),
     ("5. We text you the day before and again when the operative is 30 minutes away. Our operatives always show a Yarrowby ID card; do not let in anyone who cannot show one.", 1)])
add("explanation", "why r they speeding up the mould wash for the bad cases", DX,
    ["In May there were 58 new damp and mould reports, 9 of them Category 3, and in two Category 3 cases a mould wash "
     "booked for the fifth working day was too late for a baby with a chest infection. So from Wednesday 1 August 2029 "
     "the mould wash for Category 3 (severe) mould is done within 2 working days of the inspection instead of 5; "
     "Category 1 and 2 times do not change, and Farah will update DM-02 and brief surveyors and operatives"],
    ["Farah Siddiqui reported 58 new damp and mould reports in May, 41 in Brackenfold and 17 in Ellerdale, of which 9 were Category 3.",
     "In two Category 3 cases a mould wash booked for the fifth working day was too late for a baby with a chest infection.",
     "The meeting agreed that from Wednesday 1 August 2029 the mould wash for Category 3 (severe) mould is done within 2 working days of the inspection, instead of 5.",
     "Category 1 and Category 2 times do not change."])
add("explanation", "how do the rent free weeks work", HT,
    ["Rent is charged every Monday, weekly in advance, over 50 weeks of the year, so there are two weeks with no rent "
     "charge: the week of Christmas and the last week of March. You can still pay weekly, fortnightly or monthly as "
     "long as your account is never behind, and the dates of your rent-free weeks are on the rent statement sent every "
     "three months"],
    ["Rent is charged every Monday, weekly in advance, over 50 weeks of the year.",
     "There are two rent-free weeks: the week of Christmas and the last week of March.",
     "You can pay weekly, fortnightly or monthly, as long as your account is never behind.",
     "The dates of your rent-free weeks are on your rent statement, which we send every three months."])
add("explanation", "doing my first damp survey tmrw, wot do i need to do when im there", TX,
    ["Text the tenant the day before and show your ID at the door; photograph every affected area with a tape measure "
     "in shot, and every unaffected room; take temperature and relative humidity in each room with the hygrometer and "
     "moisture meter readings on damp walls at 150 mm and 1 m; test the kitchen (at least 60 litres a second) and "
     "bathroom (at least 15 litres a second) extractor fans; look for the cause (leaks, rising damp, rain getting in, "
     "blocked gutters, missing insulation or condensation); complete form DM1 in FieldView before leaving, with the "
     "category and work needed; and send the tenant a written summary within 3 working days"],
    ["1. Text the tenant the day before and show your ID card at the door.",
     "2. Photograph every affected area, with a tape measure in the picture, and every room that is not affected.",
     "3. Take the temperature and relative humidity in each room with the hygrometer, and moisture meter readings on each damp wall, at 150 mm and 1 m above the floor.",
     "4. Test the kitchen and bathroom extractor fans. A kitchen fan must extract at least 60 litres a second and a bathroom fan at least 15 litres a second.",
     "5. Look for the cause: leaks, rising damp, rain getting in, blocked gutters, missing insulation or condensation.",
     "6. Complete form DM1 in the FieldView app before you leave, with the category and the work needed.",
     "7. Send the tenant a written summary of what you found and what we will do within 3 working days."])

# ---- unanswerable (6)
add("unanswerable", "how much notice do i have to give if i want to leave", MD, [], [], subtype="near_miss",
    note="The handbook gives probation periods, notice for booking leave (4 weeks or 5 working days) and the 45-minute on-call rule, but no notice period for resigning.")
add("unanswerable", "how much do u charge to put a new toilet seat on", PD, [], [], subtype="near_miss",
    note="The policy makes toilet seats the tenant's job and lists rechargeable prices, but has no price for a toilet seat (Handy Help fits one free for some tenants).")
add("unanswerable", "how many complaints came in during may", DX, [], [], subtype="near_miss",
    note="The minutes give repairs, no-access appointments, damp reports, calls, arrears and empty flats for May, but no complaint numbers.")
add("unanswerable", "how much is the rent on a 2 bed house in brackenfold", HT, [], [], subtype="near_miss",
    note="The FAQ explains when rent is charged, rent-free weeks and ways to pay, but gives no rent amounts.")
add("unanswerable", "how much does a PIV unit cost us to fit", TX, [], [], subtype="near_miss",
    note="The procedure says when to order a positive input ventilation unit from DryLine Surveys but gives no cost.")
add("unanswerable", "any1 know how to get red wine out of a cream carpet", None, [], [], subtype="off_topic",
    note="Not covered by any document.")

# ---- summary (2)
add("summary", "give me the gist of the repairs policy", PD, [
    "RP-01 version 5, approved by the Board on 14 February 2029, in force from Monday 2 April 2029 and owned by the Director of Property Services, tells tenants in Brackenfold and Ellerdale how to report repairs, how quickly they are done, who is responsible and what is charged; it does not cover shared ownership homes",
    "Version 5 cut emergency attendance to 4 hours (from 6), urgent repairs to 3 working days (from 5), routine repairs to 20 working days (from 28 calendar days) or 25 in the Ellerdale villages (from 35), and damp inspections to 10 working days (from 15); it raised the no-access charge to £30 (from £25), lock changes to £85 (from £70) and missed-appointment compensation to £20 (from £10)",
    "Repairs are reported in MyYarrowby, on 01632 960 400 (08:00 to 18:00 weekdays, 09:00 to 13:00 Saturdays) or at an office, with emergencies out of hours on 01632 960 999 and gas smells to 0800 111 999 first; each job gets an RJ number and an appointment slot",
    "Priorities: emergencies attended within 4 hours, urgent repairs within 3 working days, routine within 20 working days (25 in the Ellerdale villages), planned work within 90 days; no heating is an emergency from 1 October to 30 April for households with someone aged 70 or over, under 5 or disabled",
    "Yarrowby repairs the structure, heating, wiring, alarms, kitchens and bathrooms, blocked toilets and back and side fences; tenants look after bulbs, fuses, blocked sinks, toilet seats, internal doors, decorating, sheds, fences between gardens and lost keys; Handy Help does up to 3 small jobs a year for tenants aged 70 or over or disabled",
    "Rechargeable repairs have set prices (e.g. lock change £85, forced entry £110 or £160 out of hours, no access £30), with no charge for crime damage with a crime reference or damage linked to domestic abuse, payment within 28 days or a plan of at least £5 a week, and never added to the rent account",
    "Tenants get 24 hours' notice except in emergencies and must allow yearly gas safety checks; damp and mould is inspected within 10 working days (5 for vulnerable households) with a written summary within 3 working days",
    "Compensation is £20 for a missed appointment and up to £50 under the Right to Repair; complaints go to Stage 1 (10 working days), Stage 2 (20 working days) and then the Housing Ombudsman"],
    [("Policy RP-01, version 5.", 1),
     ("Approved by the Board on 14 February 2029 and in force from Monday 2 April 2029", 1),
     ("It does not cover shared ownership homes", 1),
     ("We now attend emergency repairs within 4 hours, instead of 6 hours.", 1),
     ("Routine repairs are now completed within 20 working days, instead of 28 calendar days.", 1),
     ("The charge when we cannot get in for an appointment you agreed is now £30, instead of £25.", 1),
     ("1. Use the MyYarrowby app or website, phone the contact centre on 01632 960 400, or tell us at the Brackenfold or Ellerdale office. Out of hours, phone 01632 960 999.", 1),
     ("Emergency Flooding, no power, door will not lock Attend within 4 hours", 2),
     ("Urgent No heating or hot water, leaking roof Complete within 3 working days", 2),
     ("Routine (Ellerdale villages) Thorncliffe, Low Sowerby and Haverlea Complete within 25 working days", 2),
     ("No heating or hot water is an emergency between 1 October and 30 April if someone in the home is aged 70 or over, is under 5 or is disabled; otherwise it is urgent.", 2),
     ("We repair the structure and outside of your home, and the fixtures, heating and services we provided.", 3),
     ("Our Handy Help service does up to 3 small tenant jobs a year free", 3),
     ("Changing locks after lost keys (per door) £85 £130", 3),
     ("Forced entry when you are locked out £110 £160", 3),
     ("Missed appointment (no access) £30 Not charged", 3),
     ("We do not charge for damage caused by a crime if you give us a crime reference number, or for damage linked to domestic abuse.", 4),
     ("Pay within 28 days, or agree a payment plan of at least £5 a week for a charge over £100. Recharges are never added to your rent account", 4),
     ("By law we must check the gas appliances, flues and pipework in your home every 12 months", 4),
     ("We inspect within 10 working days of your report, or within 5 working days if a child under 5", 4),
     ("we pay £10 and £2 for each further working day, up to £50.", 4),
     ("2. Stage 1: the Repairs Manager replies within 10 working days of your complaint.", 4),
     ("4. After Stage 2, or if we take too long, you can ask the Housing Ombudsman to look at your complaint.", 4)])
add("summary", "wot did they decide at the june ops meeting", DX, [
    "From Monday 3 September 2029 routine repairs in the Ellerdale villages are done within 20 working days instead of 25, with a third village day; emergency and urgent times are unchanged",
    "From Wednesday 1 August 2029 the mould wash for Category 3 mould is done within 2 working days instead of 5; Category 1 and 2 times are unchanged",
    "From Monday 6 August 2029 the weekday night on-call standby for repairs operatives goes up from £28 to £33; the £95 weekend payment, the £30 call-out and the gas engineer and supervisor rates are unchanged",
    "From Tuesday 4 September 2029 the Ellerdale office also opens on Tuesdays, 09:30 to 16:00",
    "The proposal to raise the no-access charge from £30 to £40 was rejected; it stays at £30",
    "Deferred: two electric vans for Ellerdale (Board capital programme, 19 September 2029), extending Handy Help to 5 jobs a year (Board, 26 July 2029) and closing the contact centre on Saturdays (July meeting)"],
    ["From Monday 3 September 2029 routine repairs in the Ellerdale villages are completed within 20 working days, instead of 25; emergency and urgent repair times do not change.",
     "A third village day, on Mondays for Low Sowerby, will be added.",
     "From Wednesday 1 August 2029 the mould wash for Category 3 mould is done within 2 working days, instead of 5; Category 1 and Category 2 times do not change.",
     "From Monday 6 August 2029 the weekday night on-call standby payment for repairs operatives goes up from £28 to £33; the £95 weekend payment, the £30 call-out payment and the rates for gas engineers and supervisors do not change.",
     "From Tuesday 4 September 2029 the Ellerdale office also opens on Tuesdays, 09:30 to 16:00.",
     "The missed appointment (no access) charge stays at £30; the proposed rise to £40 was not agreed.",
     "Deferred: two electric vans for Ellerdale (Board capital programme, 19 September 2029), extending Handy Help to 5 jobs a year (Board, 26 July 2029) and closing the contact centre on Saturdays (July meeting)."])

# ---- conversations (4)
def turn(n, type, q, doc, answers, evidence):
    ev = [{"quote": e[0], "page": e[1]} if isinstance(e, tuple) else {"quote": e} for e in evidence]
    return {"turn": n, "type": type, "q": q, "doc": doc, "answerable": True, "answers": answers, "evidence": ev}
items.append({"id": f"yb-{len(items)+1:03d}", "type": "conversation", "doc": MD, "turns": [
    turn(1, "factual", "how much is on call standby for a repairs op on a weeknight", MD,
         ["£28", "£28 a weekday night (Monday to Thursday), plus £30 a call-out and time and a half on site"],
         ["| Repairs Operative | £28 | £95 | £45 a day | **£30** a call-out, plus time and a half on site |"]),
    turn(2, "factual", "n the weekend?", MD,
         ["£95", "£95 for the weekend, Friday 16:00 to Monday 07:30"],
         ["| Repairs Operative | £28 | £95 | £45 a day | **£30** a call-out, plus time and a half on site |",
          "| On-call role | Weekday night (Monday to Thursday) | Weekend (Friday 16:00 to Monday 07:30) | Bank holiday | Call-out |"]),
    turn(3, "yes_no", "heard the weeknight one is going up, true?", DX,
         ["yes", "yes, from £28 to £33 from Monday 6 August 2029"],
         ["The meeting agreed that from Monday 6 August 2029 the on-call standby payment for repairs operatives for a weekday night goes up from £28 to £33."]),
    turn(4, "yes_no", "weekend too?", DX,
         ["no", "no, the £95 weekend payment does not change (nor the £30 call-out)"],
         ["The weekend payment of £95 and the £30 call-out payment do not change, and neither do the rates for gas engineers and repairs supervisors."]),
]})
items.append({"id": f"yb-{len(items)+1:03d}", "type": "conversation", "doc": PD, "turns": [
    turn(1, "factual", "how long do routine repairs take out in thorncliffe", PD,
         ["25 working days", "within 25 working days (Thorncliffe is one of the Ellerdale villages, with village days on Tuesdays)"],
         [("Routine (Ellerdale villages) Thorncliffe, Low Sowerby and Haverlea Complete within 25 working days", 2)]),
    turn(2, "factual", "n if i lived in ellerdale bridge?", PD,
         ["20 working days", "20 working days, the same as Brackenfold"],
         [("Ellerdale Bridge itself has the same times as Brackenfold.", 2),
          ("Routine Dripping tap, broken extractor fan Complete within 20 working days", 2)]),
    turn(3, "yes_no", "some1 at the tenants panel said the villages r getting the same as the town, is that right", DX,
         ["yes", "yes, from Monday 3 September 2029 routine repairs in the Ellerdale villages are done within 20 working days instead of 25"],
         ["The meeting agreed that from Monday 3 September 2029 routine repairs in the Ellerdale villages are completed within 20 working days, instead of 25, the same as in Brackenfold and Ellerdale Bridge."]),
]})
items.append({"id": f"yb-{len(items)+1:03d}", "type": "conversation", "doc": TX, "turns": [
    turn(1, "factual", "how long have we got to do the mould wash on a severe one", TX,
         ["5 working days", "within 5 working days of the inspection"],
         ["3 Severe over 3 m2 5 working days visit, 4 weeks"]),
    turn(2, "factual", "n when's the follow up for those", TX,
         ["a visit at 4 weeks"],
         ["3 Severe over 3 m2 5 working days visit, 4 weeks",
          "Category 3 follow-up ................. visit at 4 weeks"]),
    turn(3, "factual", "farah said the wash time is changing in august, wots the new one", DX,
         ["2 working days", "within 2 working days of the inspection, from Wednesday 1 August 2029"],
         ["The meeting agreed that from Wednesday 1 August 2029 the mould wash for Category 3 (severe) mould is done within 2 working days of the inspection, instead of 5."]),
    turn(4, "yes_no", "does that go for cat 2 as well?", DX,
         ["no", "no, Category 1 and Category 2 times do not change (Category 2 stays at 10 working days)"],
         ["Category 1 and Category 2 times do not change."]),
]})
items.append({"id": f"yb-{len(items)+1:03d}", "type": "conversation", "doc": HT, "turns": [
    turn(1, "factual", "wot days is the ellerdale office open", HT,
         ["Monday, Wednesday and Friday", "Monday, Wednesday and Friday, 09:30 to 16:00 (closed Tuesdays and Thursdays)"],
         ["Ellerdale office, 14 Market Place, Ellerdale Bridge Monday, Wednesday and Friday 09:30 to 16:00"]),
    turn(2, "factual", "wot time do they shut", HT,
         ["16:00", "16:00 (open from 09:30)"],
         ["Ellerdale office, 14 Market Place, Ellerdale Bridge Monday, Wednesday and Friday 09:30 to 16:00"]),
    turn(3, "yes_no", "can i pop in on a tuesday after the summer hols then", DX,
         ["yes", "yes, from Tuesday 4 September 2029 the Ellerdale office also opens on Tuesdays, 09:30 to 16:00"],
         ["The meeting agreed that from Tuesday 4 September 2029 the Ellerdale office also opens on Tuesdays, from 09:30 to 16:00."]),
]})
json.dump({"items": items}, open(HERE / "dev.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
import collections
print(len(items), collections.Counter(i["type"] for i in items),
      sum(len(i["turns"]) if i["type"] == "conversation" else 1 for i in items), "judged rows")
