"""Writes dev.json for the hollowbrook held-out set: questions written from the documents in docs/ before any product
run. Same schema as thornbury (and pinecrest, quayside, brightwater, ashcombe, fernhill, oakridge, meridian,
northwind, harbor)."""
from pathlib import Path
HERE = Path(__file__).resolve().parents[1]  # tests/data/hollowbrook
import json
MD, PD, DX, HT, TX = ("staff-handbook.md", "repairs-policy-for-tenants.pdf",
                      "housing-management-meeting-minutes-2028-02-09.docx", "tenant-faq.html",
                      "gas-and-fire-safety-procedures.txt")
items = []
def add(type, q, doc, answers, evidence, **kw):
    ev = [{"quote": e[0], "page": e[1]} if isinstance(e, tuple) else {"quote": e} for e in evidence]
    it = {"id": f"hb-{len(items)+1:03d}", "type": type, "q": q, "doc": doc, "answerable": type != "unanswerable",
          "answers": answers, "evidence": ev}
    it.update(kw)
    items.append(it)
    return it

# ---- factual (19)
add("factual", "hsg officer pay band, whats the top end", MD,
    ["£32,200", "£32,200 (grade H3, £29,500 to £32,200)"],
    ["| Housing Officer | H3 | £29,500 – £32,200 | 6 months | Housing Services Manager |"],
    note="An Income Officer, also H3, tops out at £31,000 (£28,600 – £31,000); a Tenancy Sustainment Officer has the same band as a Housing Officer.")
add("factual", "been here 6 yrs now, how many days hol do i get", MD,
    ["28 days", "28 days plus the eight bank holidays, and you can buy back 1 day a year"],
    ["| 5 to 9 years | 28 days | 1 day to buy back each year |",
     "Full-time staff receive annual leave on top of the eight bank holidays, depending on completed years of service on 1 January:"],
    note="26 days under 2 years, 27 days for 2 to 4 years, 30 days from 10 years. 3 days must be kept for the Christmas closure.")
add("factual", "gas engineer here, feel rough, who do i ring in the morning and by what time", MD,
    ["the repairs planning desk on 01632 770 140, by 07:00",
     "phone the repairs planning desk (01632 770 140) by 7am so your jobs can be moved"],
    ["**Repairs operatives and gas engineers:** phone the repairs planning desk on 01632 770 140 by **07:00**, so that your jobs can be moved."],
    note="Call centre advisors phone their team leader at least 1 hour before the shift; everyone else phones their manager by 09:30.")
add("factual", "wots the mileage rate for using my own car", MD,
    ["45p a mile for the first 10,000 business miles in the tax year, then 25p a mile", "45p a mile (25p after 10,000 miles)"],
    ["If you use your own car for work you claim **45p a mile** for the first 10,000 business miles in the tax year and **25p a mile** after that"],
    note="Claimed on PeopleHub by the 5th of the following month; travel between home and the usual office is never paid.")
add("factual", "how long have u got to fix an urgent repair", PD,
    ["3 working days", "within 3 working days (it was 5 working days under version 4)"],
    [("2 Urgent Blocked toilet (if only one), a leaking pipe - 3 working days", 2),
     ("Urgent repairs are now completed within 3 working days, instead of 5 working days.", 1)],
    note="Emergencies are attended within 4 hours (was 6) and routine repairs completed within 20 working days.")
add("factual", "lost my keys, how much to get the locks changed on a sunday", PD,
    ["£95", "£95, the out-of-hours charge (it's £65 in working hours)"],
    [("Changing the locks after lost keys costs £65 in working hours and £95 out of hours.", 3),
     ("Out of hours (17:00 to 08:00 on weekdays, and at weekends and on bank holidays), we attend emergencies only.", 2)],
    note="£65 in working hours, up from £45 under version 4. No charge where the damage was caused by a reported crime or domestic abuse.")
add("factual", "what time is the school run appointment slot", PD,
    ["09:30 to 14:30", "9:30am to 2:30pm, on weekdays"],
    [("We offer morning (08:00 to 12:00), afternoon (12:00 to 16:00) and school-run (09:30 to 14:30) appointments on weekdays.", 2)],
    note="The school-run slot is new in version 5.")
add("factual", "mould in my daughters room, shes 3, how quick will someone come and look", PD,
    ["within 24 hours", "within 24 hours, because a child under 5 lives in the home (otherwise 10 working days)"],
    [("Reports of damp and mould are inspected within 10 working days, or within 24 hours when a child under 5 or someone with a breathing condition lives in the home.", 2)])
add("factual", "whats the rent arrears in cobham ridge", DX,
    ["4.0%", "4.0% of the annual rent due (against a 3.0% target)"],
    ["Rhys Cadogan reported rent arrears of 3.4% of the annual rent due, against a target of 3.0%: 3.1% in Eastleigh Vale and 4.0% in Cobham Ridge."],
    note="3.1% in Eastleigh Vale and 3.4% overall.")
add("factual", "how much would a parts store at cobham ridge cost", DX,
    ["about £48,000", "about £48,000 (Gareth's estimate; deferred to the April 2028 capital budget meeting)"],
    ["Gareth estimated a lock-up store with a van-stock top-up service at about £48,000.",
     "The request was deferred to the capital budget meeting in April 2028."])
add("factual", "when n where is the nxt housing mgmt meeting", DX,
    ["Wednesday 8 March 2028 at 10:00 in the meeting room at the Cobham Ridge office",
     "8 March 2028, 10am, Cobham Ridge office meeting room"],
    ["The next housing management meeting is on Wednesday 8 March 2028 at 10:00 in the meeting room at the Cobham Ridge office."])
add("factual", "whats the number to pay my rent over the phone", HT,
    ["01632 770 111", "01632 770 111, the automated payment line (debit card, 24 hours a day; reaches your account the next working day)"],
    ["Automated payment line, 01632 770 111 Debit card, 24 hours a day The next working day"],
    note="01632 770 100 is the call centre, not the payment line.")
add("factual", "if i pay at the paypoint in the shop how long b4 it shows on my rent acc", HT,
    ["2 working days"],
    ["PayPoint Cash or card with your rent payment card, at any shop showing the PayPoint sign 2 working days"],
    note="Direct Debit and office payments reach the account the same day they are taken; bank transfers up to 3 working days.")
add("factual", "is the call centre open saturdays, what hours", HT,
    ["09:00 to 13:00", "yes, 9am to 1pm on Saturdays (emergency repairs 24 hours a day)"],
    ["(08:00 to 20:00 Monday to Friday and 09:00 to 13:00 on Saturdays; emergency repairs 24 hours a day)"],
    note="The Eastleigh Vale office is open 09:00 to 12:00 on Saturdays; the Cobham Ridge office is closed.")
add("factual", "how long does the gas check take, need to know for work", HT,
    ["about 45 minutes"],
    ["The check is free and takes about 45 minutes."])
add("factual", "which assembly point for the van yard", TX,
    ["Point B, by the van yard exit on Dyer Lane", "Point B (van yard exit, Dyer Lane)"],
    ["Eastleigh Vale depot, stores and van yard ............................ Point B, by the van yard exit on Dyer Lane"],
    note="Mill House itself uses Point A (front car park by the Tanner Street gate); the Cobham Ridge office uses Point C.")
add("factual", "when do they test the fire alarm at the cobham ridge office", TX,
    ["every Monday at 09:30", "Mondays, 9:30am"],
    ["The fire alarm is tested every Wednesday at 10:00 at Eastleigh Vale and every Monday at 09:30 at Cobham Ridge"],
    note="Wednesday at 10:00 is the Eastleigh Vale test.")
add("factual", "how often does a tenanted house need an eicr", TX,
    ["every 5 years", "every 5 years (and every time before a new tenant moves in)"],
    ["Every occupied home ........................ every 5 years",
     "Empty homes, before a new tenant ........... every time"])
add("factual", "how long have we got to give the tenant a copy of the gas cert", TX,
    ["within 28 days of the check", "28 days; a new tenant gets one before moving in"],
    ["The tenant is given a copy of the gas safety record within 28 days of the check, and a new tenant is given one before they move in."])

# ---- yes/no (9: 5 no, 4 yes)
add("yes_no", "still on probation, do i get company sick pay", MD,
    ["no", "no, only Statutory Sick Pay during probation"],
    ["| During probation | Statutory Sick Pay only | None |"],
    note="Once probation is passed, under 1 year's service gives 4 weeks full pay then 4 weeks half pay.")
add("yes_no", "can i take the van home when im on call", MD,
    ["yes", "yes, you take the van home while on call (otherwise it stays in the Eastleigh Vale van yard overnight)"],
    ["While on call you must be able to reach any home in Eastleigh Vale within **1 hour**, keep your phone on and take the van home.",
     "Repairs operatives and gas engineers are given a van, which stays in the Eastleigh Vale van yard overnight unless you are on call or your manager has agreed otherwise."])
add("yes_no", "boiler's gone, its july but my nan lives with us and shes 82, does that count as an emergency", PD,
    ["yes", "yes, with someone over 75 in the home loss of heating or hot water is an emergency all year round (attended within 4 hours)"],
    [("From 1 May to 30 September it is urgent, unless someone in the home is over 75, under 2, or has a medical need recorded with us, in which case it is an emergency all year round.", 2),
     ("1 Emergency Gas leak, flood, no power, door will not lock Within 4 hours Safe in 24 hours", 2)])
add("yes_no", "my lad put a football thru the window, will you pay to fix the glass", PD,
    ["no", "no, the tenant repairs broken glass unless there is a crime number"],
    [("Broken window glass Only with a crime number Yes, in all other cases", 2)])
add("yes_no", "is the decoration allowance going up to 250", DX,
    ["no", "not yet: the proposal was deferred to the Board meeting on 22 March 2028 and the allowance stays at £150 a room until then"],
    ["As it changes the budget, the proposal was deferred to the Board meeting on 22 March 2028; until then the allowance stays at £150."])
add("yes_no", "can i pay rent with cash at the eastleigh vale office", HT,
    ["no", "no, cash is only taken at the Cobham Ridge office (card at both); you can pay cash at any PayPoint shop"],
    ["At our offices Card at both offices; cash at the Cobham Ridge office only The same day",
     "PayPoint Cash or card with your rent payment card, at any shop showing the PayPoint sign 2 working days"])
add("yes_no", "can my universal credit rent bit get paid straight to u", HT,
    ["yes", "yes, you can ask for the housing part of Universal Credit to be paid straight to Hollowbrook"],
    ["If you get Universal Credit, you can ask for the housing part to be paid straight to us."])
add("yes_no", "fire alarm going off in alder court, do the residents stay put", TX,
    ["no", "no, Alder Court has simultaneous evacuation: the alarm sounds in every flat and everyone leaves"],
    ["Alder Court: simultaneous evacuation. A fire alarm in the common parts sounds in every flat, and everyone leaves when it sounds."],
    note="Larkspur House and Heron House are stay put.")
add("yes_no", "trip switch gone at a tenants, am i ok to flick it back on even tho im not an electrician", TX,
    ["yes", "yes, once; if it trips again, leave it off and report it"],
    ["Anyone may reset a tripped breaker once; if it trips again, leave it off and report it."])

# ---- list (6)
add("list", "what perks do we get as staff", MD,
    ["pension: Social Housing Pension Scheme, you pay 5%, we pay 8%",
     "tool allowance for repairs operatives (£250 a year) and gas engineers (£350)",
     "eye care: free eye test every two years and up to £50 towards glasses, for screen users and van drivers",
     "cycle to work, up to £2,000, after probation",
     "long service at 10 and 20 years: 2 extra days and a £300 voucher",
     "StaffLine assistance line, free and confidential, 24 hours"],
    ["| Pension | All staff, from the first day | Social Housing Pension Scheme: you pay **5%** of pay, we pay **8%** |",
     "| Tool allowance | Repairs operatives and gas engineers | **£250** a year for operatives, **£350** a year for gas engineers, paid in April |",
     "| Eye care | Staff who use screens or drive our vans | A free eye test every two years and up to **£50** towards glasses needed for work |",
     "| Cycle to work | Staff who have passed probation | Up to **£2,000** for a bike, paid back from salary over 12 months |",
     "| Long service | At 10 and 20 years | **2 extra days** of leave that year and a **£300** voucher |",
     "| StaffLine assistance line | All staff and anyone living with them | Free, confidential advice 24 hours a day |"])
add("list", "whats different in the new repairs policy", PD,
    ["emergencies attended within 4 hours instead of 6", "urgent repairs completed in 3 working days instead of 5 (routine still 20)",
     "missed appointment compensation £20 instead of £10", "decoration allowance £150 a room instead of £100",
     "a new school-run appointment, 09:30 to 14:30", "lock change after lost keys £65 in working hours instead of £45"],
    [("We now attend emergency repairs within 4 hours, instead of 6 hours.", 1),
     ("Urgent repairs are now completed within 3 working days, instead of 5 working days. Routine repairs stay at 20 working days.", 1),
     ("Compensation for a missed appointment is now £20, instead of £10.", 1),
     ("The decoration allowance after our repairs is now £150 a room, instead of £100.", 1),
     ("We now offer a school-run appointment from 09:30 to 14:30, as well as morning and afternoon slots.", 1),
     ("Changing the locks after lost keys now costs £65 in working hours, instead of £45.", 1)])
add("list", "wich repairs are down to me as the tenant", PD,
    ["testing smoke and CO alarms weekly", "broken window glass, unless there is a crime number",
     "first trying to clear a blocked sink or toilet with a plunger", "lost keys and lock changes (or Hollowbrook does it for a charge)",
     "fences between gardens", "inside decoration (except after Hollowbrook's repairs)",
     "your own appliances, including their plumbing"],
    [("Smoke and CO alarms Yes, and replaces them Tests them weekly", 2),
     ("Broken window glass Only with a crime number Yes, in all other cases", 2),
     ("Blocked sink or toilet If a plunger does not clear it First try with a plunger", 2),
     ("Lost keys and lock changes No Yes, or we do it for a charge", 2),
     ("Fences between gardens No Yes", 2),
     ("Inside decoration Only after our repairs Yes", 2),
     ("Tenant's own appliances No Yes, including plumbing", 2)],
    note="Tenants over 70 or disabled with nobody in the household to help may ask Hollowbrook to do small tenant repairs free.")
add("list", "what actions did lorna get from the feb meeting", DX,
    ["notices and the FAQ for the end of the Thursday late opening, by 17 February 2028",
     "a second quote for evening webchat, by 1 March 2028"],
    ["Notices and FAQ for the end of the Thursday late opening Lorna Fitch 17 February 2028",
     "Second quote for evening webchat Lorna Fitch 1 March 2028"])
add("list", "what counts as an emergency repair", HT,
    ["a smell of gas (phone the National Gas Emergency Service on 0800 111 999 first)",
     "water pouring through a ceiling or a burst pipe you cannot turn off",
     "no electricity anywhere in the home, or sparking sockets",
     "an outside door or ground-floor window that will not lock",
     "no heating or hot water between 1 October and 30 April, or any time if someone is over 75, under 2 or has a known medical need"],
    ["a smell of gas: first phone the National Gas Emergency Service on 0800 111 999, open windows and do not use switches;",
     "water pouring through a ceiling or a burst pipe you cannot turn off;",
     "no electricity anywhere in your home, or sparking sockets;",
     "an outside door or ground-floor window that will not lock;",
     "no heating or hot water between 1 October and 30 April, or at any time of year if someone in your home is over 75, under 2 or has a medical need we know about."],
    note="A blocked toilet is urgent, not an emergency, if there is a second toilet.")
add("list", "whats meant to be in the van safety wise", TX,
    ["a CO detector", "a first aid kit", "a fire extinguisher", "a torch"],
    ["Every van carries a CO detector, a first aid kit, a fire extinguisher and a torch."],
    note="Checked at the start of each week.")

# ---- explanation (6)
add("explanation", "doing a visit on my own this arvo, how does the safevisit check in thing work and what if i forget to check out", MD,
    ["Before the visit log the address and your expected finish time on the SafeVisit app and check Homefile for a red "
     "flag (red-flagged addresses are only visited by two staff, never alone and never after 17:00). Check out on "
     "SafeVisit when you leave. If you have not checked out 30 minutes after your expected finish, the call centre "
     "phones you; if you do not answer within a further 15 minutes, they phone your manager and then the police"],
    ["Log the address and the time you expect to finish on the **SafeVisit** app.",
     "A red-flagged address is only ever visited by two members of staff, never alone, and never after 17:00.",
     "Check out on SafeVisit when you leave. If you have not checked out 30 minutes after your expected finish, the call centre phones you; if you do not answer within a further 15 minutes, they phone your manager and then the police."])
add("explanation", "new operative here, do i have to go on the on call rota and whats involved", MD,
    ["Yes: for anyone who joined after 1 April 2019 on-call is part of the job (voluntary only for earlier starters). "
     "The rota runs Monday 08:00 to Monday 08:00 and is set on RotaPoint six weeks ahead; nobody is on call more than "
     "one week in three. While on call you must reach any Eastleigh Vale home within 1 hour, keep your phone on, take "
     "the van home and drink no alcohol. An operative gets £28 a weeknight and £85 a weekend on standby, and time and "
     "a half (minimum 2 hours) when called out"],
    ["The rota runs from Monday 08:00 to the next Monday 08:00, and is set on RotaPoint six weeks ahead.",
     "Nobody is on call for more than **one week in three**. The rota is voluntary for staff who joined before 1 April 2019, and part of the job for everyone who joined after.",
     "While on call you must be able to reach any home in Eastleigh Vale within **1 hour**, keep your phone on and take the van home. No alcohol while on call.",
     "| Repairs Operative | £28 a night | **£85** | Time and a half, minimum 2 hours |"],
    note="The February 2028 minutes raise the operative's weekend standby to £110 from 3 March 2028.")
add("explanation", "heating was off 4 days in january, can i get compo for that and how do i claim", PD,
    ["Yes: no heating or hot water for over 48 hours earns £5 a day, up to £100 (in January it is an emergency). "
     "Claim within 28 days of the repair being completed, by phone on 01632 770 100 or on the MyHollowbrook portal "
     "with the job number; the repairs planning desk checks the job history and confirms the amount within 10 working "
     "days. It is credited to the rent account, or paid by bank transfer if you ask (always to the rent account if "
     "it is in arrears)"],
    [("No heating or hot water over 48 hours £5 a day £100", 3),
     ("Loss of heating or hot water is an emergency between 1 October and 30 April.", 2),
     ("Compensation must be claimed within 28 days of the repair being completed.", 3),
     ("1. Phone 01632 770 100 or use the MyHollowbrook portal, giving the job number.", 3),
     ("2. The repairs planning desk checks the job history and confirms the amount within 10 working days.", 3),
     ("When we fall short we pay compensation as set out below, as a credit to the tenant's rent account or, if the tenant asks, by bank transfer.", 3)])
add("explanation", "why didnt they stop taking cash at cobham ridge", DX,
    ["Colin proposed stopping cash at the Cobham Ridge office because it costs about £3,100 a year in cash collections "
     "and insurance, but Samir said about 140 tenants pay their rent in cash there each month, many of them older "
     "tenants without bank cards. The meeting did not agree, so the office keeps taking cash and housing officers "
     "will tell tenants about PayPoint"],
    ["Colin proposed that the Cobham Ridge office stop taking cash, which costs about £3,100 a year in cash collections and insurance.",
     "Samir said that about 140 tenants pay their rent in cash there each month, many of them older tenants without bank cards.",
     "The meeting did not agree: the Cobham Ridge office will keep taking cash, and housing officers will tell tenants about PayPoint."])
add("explanation", "locked out n lost my keys, what do i do, can u let me in", HT,
    ["Hollowbrook does not keep spare keys, so it cannot let you in. Call a locksmith yourself, or Hollowbrook can "
     "change the lock for £65 in working hours or £95 out of hours, added to your rent account. There is no charge if "
     "the keys were stolen and you give a crime reference number"],
    ["We do not keep spare keys. You can call a locksmith yourself, or we can change the lock for a charge of £65 in working hours or £95 out of hours, which is added to your rent account.",
     "There is no charge if your keys were stolen and you give us a crime reference number."])
add("explanation", "smell gas in a tenants kitchen, what do i do", TX,
    ["Don't use switches, doorbells, phones or anything that could spark, and don't smoke; turn the gas off at the "
     "emergency control valve by the meter if safe; open doors and windows and get everyone out; from outside phone "
     "the National Gas Emergency Service on 0800 111 999, then the repairs planning desk (or the out-of-hours line "
     "after 17:00); call 999 for an ambulance if anyone has CO symptoms; stay until the emergency engineer arrives "
     "unless unsafe. Only Gas Safe registered gas engineers work on the appliance"],
    ["Do not use light switches, doorbells, phones or anything that could make a spark, and do not smoke.",
     "Turn the gas off at the emergency control valve by the meter, if you can do it safely.",
     "Open doors and windows, and get everyone out of the home.",
     "From outside, phone the National Gas Emergency Service on 0800 111 999, then the repairs planning desk, or the out-of-hours line after 17:00.",
     "Stay until the emergency service engineer arrives, unless it is unsafe.",
     "Only gas engineers on our Gas Safe register may work on a gas appliance."])

# ---- unanswerable (6)
add("unanswerable", "how many days compassionate leave do we get if someone dies", MD, [], [], subtype="near_miss",
    note="The handbook gives annual leave by length of service, flexi days, the Christmas closure and sick pay, but nothing on compassionate or bereavement leave.")
add("unanswerable", "how much do you charge to clear rubbish out of my garden", PD, [], [], subtype="near_miss",
    note="The policy says tenants are recharged for damage and for tenant repairs they ask for, but the only charge it gives is for changing locks (£65 or £95).")
add("unanswerable", "how many complaints did we get in january", DX, [], [], subtype="near_miss",
    note="The minutes give repairs, missed appointments, calls answered, arrears and tenancy sustainment referrals for January, but no number of complaints.")
add("unanswerable", "do u do contents insurance for tenants", HT, [], [], subtype="near_miss",
    note="The FAQ covers repairs, rent, offices, pets, shared areas and complaints, but says nothing about contents insurance.")
add("unanswerable", "how often do the lifts in the tower blocks get inspected", TX, [], [], subtype="near_miss",
    note="The procedures list check intervals for fire risk assessments, fire doors, dry risers, emergency lighting and alarms in the blocks, but none for lifts.")
add("unanswerable", "any decent cafe near station parade for lunch", None, [], [], subtype="off_topic",
    note="Not covered by any document.")

# ---- summary (2)
add("summary", "give me a quick summary of the repairs policy", PD, [
    "RP-02 version 5, in force from 1 November 2027 and owned by the Repairs Manager, covers all Hollowbrook rented homes in Eastleigh Vale and Cobham Ridge but not shared ownership homes",
    "Repairs are reported by phone (01632 770 100, emergencies by phone 24 hours), MyHollowbrook or at the offices, and given one of four priorities: emergencies attended within 4 hours and made safe in 24 hours, urgent in 3 working days, routine in 20 working days, planned within 12 months",
    "Loss of heating or hot water is an emergency from 1 October to 30 April, and all year for a household with someone over 75, under 2 or with a medical need; damp and mould inspected within 10 working days, or 24 hours with a child under 5 or someone with a breathing condition",
    "Out of hours only emergencies are attended: by Hollowbrook's on-call operatives in Eastleigh Vale and by Ridgeline Property Services in Cobham Ridge",
    "Hollowbrook repairs the structure, heating and wiring; tenants do small jobs such as broken glass without a crime number, lost keys, fences between gardens, decoration and their own appliances",
    "Appointments are morning, afternoon or school-run slots with an adult at home; after two failed appointments the repair is cancelled, except safety repairs and gas and electrical checks",
    "Compensation: £20 for a missed appointment, £10 then £2 a day (up to £50) for a late urgent repair, £5 a day (up to £100) for no heating over 48 hours, a £150 a room decoration allowance; claimed within 28 days",
    "Recharges for damage (locks £65 or £95), extra help and minor adaptations, improvements with written permission, and a two-stage complaints process leading to the Housing Ombudsman"],
    [("Policy RP-02, version 5.", 1),
     ("It applies to all our homes for rent, including homes in our blocks of flats, but not to shared ownership homes", 1),
     ("Tenants can report a repair by phoning 01632 770 100, through the MyHollowbrook portal or app, or at either of our offices.", 1),
     ("1 Emergency Gas leak, flood, no power, door will not lock Within 4 hours Safe in 24 hours", 2),
     ("2 Urgent Blocked toilet (if only one), a leaking pipe - 3 working days", 2),
     ("3 Routine Dripping tap, sticking door, loose tile - 20 working days", 2),
     ("4 Planned New kitchen, windows, fencing - Within 12 months", 2),
     ("Loss of heating or hot water is an emergency between 1 October and 30 April.", 2),
     ("Reports of damp and mould are inspected within 10 working days, or within 24 hours when a child under 5 or someone with a breathing condition lives in the home.", 2),
     ("In Eastleigh Vale our own on-call operatives attend; in Cobham Ridge our contractor, Ridgeline Property Services, attends.", 2),
     ("Broken window glass Only with a crime number Yes, in all other cases", 2),
     ("If we cannot get in for two booked appointments in a row, we cancel the repair and the tenant must report it again, unless it is a repair that affects safety or the neighbours.", 2),
     ("We miss a booked appointment without notice £20 each time None", 3),
     ("Urgent repair not done in 3 working days £10, then £2 a day £50", 3),
     ("No heating or hot water over 48 hours £5 a day £100", 3),
     ("Compensation must be claimed within 28 days of the repair being completed.", 3),
     ("Changing the locks after lost keys costs £65 in working hours and £95 out of hours.", 3),
     ("Minor adaptations costing under £1,000, such as grab rails, lever taps or a second stair rail, are done without an occupational therapist's assessment", 3),
     ("Tenants must ask us in writing before making an improvement", 4),
     ("after that the tenant may go to the Housing Ombudsman.", 4)])
add("summary", "what did they decide at the feb housing management meeting", DX, [
    "Missed appointment compensation goes up from £20 to £30 for appointments missed on or after 1 April 2028; other compensation unchanged",
    "From 3 March 2028 the weekend standby payment for a repairs operative goes up from £85 to £110; gas engineers stay at £95 and weeknight standby is unchanged",
    "From 1 March 2028 communal fire doors in blocks of six storeys or more are checked monthly instead of every 3 months; flat entrance doors stay at every 12 months",
    "The Cobham Ridge office's Thursday late opening ends after 24 February 2028; from 2 March it closes at 16:30 on Thursdays, and Eastleigh Vale's hours are unchanged",
    "A proposal to stop taking cash at the Cobham Ridge office was rejected; it keeps taking cash",
    "Deferred: a Cobham Ridge materials store (April capital budget meeting), raising the decoration allowance (Board, 22 March 2028) and evening webchat (March meeting)"],
    ["Compensation for a missed appointment goes up from £20 to £30 for appointments missed on or after 1 April 2028; other compensation is unchanged.",
     "From 3 March 2028 the weekend standby payment for a repairs operative goes up from £85 to £110; it stays at £95 for a gas engineer, and weeknight standby does not change.",
     "From 1 March 2028 communal fire doors in blocks of six storeys or more are checked every month, instead of every 3 months; flat entrance doors stay at every 12 months.",
     "The Cobham Ridge office's Thursday late opening ends after 24 February 2028; from 2 March 2028 it closes at 16:30 on Thursdays. The Eastleigh Vale office is unchanged.",
     "The Cobham Ridge office keeps taking cash.",
     "Deferred: a materials store at Cobham Ridge (April capital budget meeting), the decoration allowance (Board, 22 March 2028) and evening webchat (March meeting)."])

# ---- conversations (4)
def turn(n, type, q, doc, answers, evidence):
    ev = [{"quote": e[0], "page": e[1]} if isinstance(e, tuple) else {"quote": e} for e in evidence]
    return {"turn": n, "type": type, "q": q, "doc": doc, "answerable": True, "answers": answers, "evidence": ev}
items.append({"id": f"hb-{len(items)+1:03d}", "type": "conversation", "doc": MD, "turns": [
    turn(1, "factual", "wot do u get for doing a weekend on call, im a repairs op", MD,
         ["£85", "£85 standby for the weekend (Friday 17:00 to Monday 08:00), plus time and a half if called out"],
         ["| Repairs Operative | £28 a night | **£85** | Time and a half, minimum 2 hours |"]),
    turn(2, "factual", "and the gas lads?", MD,
         ["£95", "£95 for a weekend (£32 a weeknight)"],
         ["| Gas Engineer | £32 a night | **£95** | Time and a half, minimum 2 hours |"]),
    turn(3, "yes_no", "someone said ours is going up?", DX,
         ["yes", "yes, from £85 to £110 from Friday 3 March 2028"],
         ["The meeting agreed that from Friday 3 March 2028 the weekend standby payment for a repairs operative goes up from £85 to £110."]),
    turn(4, "yes_no", "weeknights too?", DX,
         ["no", "no, the weeknight standby payment stays at £28"],
         ["The weeknight standby payment stays at £28."]),
]})
items.append({"id": f"hb-{len(items)+1:03d}", "type": "conversation", "doc": HT, "turns": [
    turn(1, "factual", "what time does the cobham ridge office shut on thursdays", HT,
         ["19:00", "7pm (09:00 to 19:00, closed 13:00 to 14:00 for lunch)"],
         ["Cobham Ridge office, 14 Station Parade 09:00 to 16:30, closed 13:00 to 14:00 09:00 to 19:00, closed 13:00 to 14:00 Closed"]),
    turn(2, "factual", "and the eastleigh one?", HT,
         ["17:00", "5pm (09:00 to 17:00 on Thursdays)"],
         ["Eastleigh Vale office, Mill House, Tanner Street 09:00 to 17:00 09:00 to 17:00 09:00 to 12:00"]),
    turn(3, "yes_no", "is cobham still doing the late thursday in march? cant get there b4 5", DX,
         ["no", "no, the last late opening is on 24 February 2028; from Thursday 2 March 2028 the Cobham Ridge office closes at 16:30 on Thursdays"],
         ["The meeting agreed to end it: the last late opening is on 24 February 2028, and from Thursday 2 March 2028 the Cobham Ridge office closes at 16:30 on Thursdays, as on other weekdays."]),
]})
items.append({"id": f"hb-{len(items)+1:03d}", "type": "conversation", "doc": TX, "turns": [
    turn(1, "factual", "how often do we check the communal fire doors in the high rises", TX,
         ["every 3 months", "every 3 months in blocks of six storeys or more"],
         ["Communal fire doors, blocks of six storeys or more ...................... every 3 months"]),
    turn(2, "factual", "what about the front doors to the flats", TX,
         ["every 12 months"],
         ["Flat entrance doors, blocks of six storeys or more ...................... every 12 months"]),
    turn(3, "factual", "didnt that change after the fire door audit? how often now", DX,
         ["every month, from 1 March 2028", "monthly instead of every 3 months, from 1 March 2028"],
         ["The meeting agreed that from 1 March 2028 the communal fire doors in blocks of six storeys or more will be checked every month, instead of every 3 months."]),
    turn(4, "yes_no", "flat doors monthly as well then?", DX,
         ["no", "no, flat entrance doors are still checked every 12 months"],
         ["Flat entrance doors in those blocks are still checked every 12 months, and checks in low-rise blocks do not change."]),
]})
items.append({"id": f"hb-{len(items)+1:03d}", "type": "conversation", "doc": PD, "turns": [
    turn(1, "factual", "how much compo do i get if the repairs man doesnt turn up", PD,
         ["£20", "£20 each time (it was £10 under version 4)"],
         [("We miss a booked appointment without notice £20 each time None", 3),
          ("Compensation for a missed appointment is now £20, instead of £10.", 1)]),
    turn(2, "yes_no", "they rang the day before to cancel tho, do i still get it", PD,
         ["no", "no, it only counts as missed if you were not told at least 2 hours before"],
         [("An appointment counts as missed when we do not arrive by the end of the slot and have not told the tenant at least 2 hours before.", 3)]),
    turn(3, "yes_no", "heard its going up to 30 quid?", DX,
         ["yes", "yes, £30 for appointments missed on or after 1 April 2028"],
         ["The meeting agreed that compensation for a missed appointment will go up from £20 to £30 for appointments missed on or after 1 April 2028."]),
]})
json.dump({"items": items}, open(HERE / "dev.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
import collections
print(len(items), collections.Counter(i["type"] for i in items),
      sum(len(i["turns"]) if i["type"] == "conversation" else 1 for i in items), "judged rows")
