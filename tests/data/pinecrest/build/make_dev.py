"""Writes dev.json for the pinecrest held-out set: questions written from the documents in docs/ before any product
run. Same schema as quayside (and brightwater, ashcombe, fernhill, oakridge, meridian, northwind, harbor)."""
from pathlib import Path
HERE = Path(__file__).resolve().parents[1]  # tests/data/pinecrest
import json
MD, PD, DX, HT, TX = ("staff-handbook.md", "client-fees-and-payment-policy.pdf",
                      "practice-managers-meeting-minutes-2027-10-12.docx", "client-faq.html",
                      "clinical-and-safety-procedures.txt")
items = []
def add(type, q, doc, answers, evidence, **kw):
    ev = [{"quote": e[0], "page": e[1]} if isinstance(e, tuple) else {"quote": e} for e in evidence]
    it = {"id": f"pc-{len(items)+1:03d}", "type": type, "q": q, "doc": doc, "answerable": type != "unanswerable",
          "answers": answers, "evidence": ev}
    it.update(kw)
    items.append(it)
    return it

# ---- factual (19)
add("factual", "what time do lates finish at alder bank", MD,
    ["18:45", "6:45pm", "the Alder Bank Surgery late shift runs 10:30 to 18:45"],
    ["| Late | 11:00 – 19:30 | 10:30 – 18:45 | **£0.75** |"],
    note="The late shift at Pinecrest Vets ends at 19:30.")
add("factual", "whats the hourly rate for an rvn", MD,
    ["£14.30 – £16.10", "£14.30 to £16.10 an hour (Band 3, from 1 April 2027)"],
    ["| Registered Veterinary Nurse | Band 3 | £14.30 – £16.10 | Up to **£50** | Head Nurse |"],
    note="A Client Care Lead is also Band 3 but at £13.80 – £14.60; a Student Veterinary Nurse is Band 2 at £12.20 – £12.90.")
add("factual", "im at alder bank and feel awful, who do i ring and by what time", MD,
    ["Callum Reid, the Practice Manager, on 07700 900 624 by 07:45", "Callum Reid", "07700 900 624, by 7:45am"],
    ["**Alder Bank Surgery:** phone Callum Reid, Practice Manager, on 07700 900 624 by **07:45**."],
    note="Pinecrest Vets staff phone the nurses' station on 01632 961 210 by 07:00, or three hours before a late or overnight shift.")
add("factual", "how much can reception knock off a clients bill without asking anyone", MD,
    ["up to £20", "£20 (a Client Care Advisor, on a single invoice)"],
    ["| Client Care Advisor | Band 1 | £12.00 – £12.60 | Up to **£20** | Client Care Lead |"],
    note="A Client Care Lead may give up to £100, an RVN up to £50 and a vet up to £250. Waiving a missed appointment fee is not a discount: the policy lets only the Client Care Lead do that.")
add("factual", "how many days full sick pay do i get, been here 3 yrs", MD,
    ["20 days", "20 working days in any rolling 12 months"],
    ["after 2 years' service: **20 days**"],
    note="10 days after 6 months' service, 30 days after 5 years'.")
add("factual", "how much is a normal consult at alder bank", PD,
    ["£49", "£49 for a standard 15-minute consultation"],
    [("Standard consultation (15 minutes) £54 £49", 2)],
    note="A standard consultation at Pinecrest Vets is £54.")
add("factual", "how much deposit do we take when someone books a dental", PD,
    ["30% of the upper estimate, when the procedure is booked", "30%", "30% of the upper estimate (it was 20% under version 2)"],
    [("Dental procedures 30% of the upper estimate, when booking", 2),
     ("The deposit for planned operations and dental procedures is now 30% of the upper estimate, instead of 20%, payable when the procedure is booked.", 1)],
    note="20% was the deposit under version 2; routine neutering is a flat £50.")
add("factual", "whats the ooh consult fee now", PD,
    ["£185", "£185 at Pinecrest Vets (it was £160)"],
    [("The out-of-hours consultation fee at Pinecrest Vets is now £185, instead of £160.", 1),
     ("Out-of-hours consultation £185 Not offered", 2)],
    note="£160 was the fee under version 2; Alder Bank Surgery does not offer out-of-hours consultations.")
add("factual", "how long do we keep the payment plan forms for", PD,
    ["6 years", "six years (form CF-3, HR and Finance)"],
    [("Payment plan forms (CF-3) 6 years HR and Finance", 4)],
    note="Clinical records 7 years after the last visit, insurance claim forms 3 years, card terminal receipts 18 months.")
add("factual", "how many consults did alder bank do in september", DX,
    ["910", "910 consultations"],
    ["The group saw 2,870 consultations, 1,960 at Pinecrest Vets and 910 at Alder Bank Surgery"],
    note="1,960 is the Pinecrest Vets figure and 2,870 the group's.")
add("factual", "how much is a booster for a cat", HT,
    ["£52", "£52 for the annual booster"],
    ["Cats £76 for two injections £52 9 weeks"],
    note="A dog booster is £58 and a rabbit £46; £76 is the cat first course.")
add("factual", "what time do i drop my dog off for his op, we normally go to alder bank", HT,
    ["between 08:00 and 08:45 at Pinecrest Vets", "8 to 8:45am, at Pinecrest Vets on Mill Street"],
    ["All operations under general anaesthetic take place at Pinecrest Vets, even if your pet is usually seen at Alder Bank Surgery.",
     "Please bring your pet to Pinecrest Vets between 08:00 and 08:45."])
add("factual", "how much a month is the health club for a cat", HT,
    ["£14.50 a month", "£14.50"],
    ["£14.50 a month for cats"],
    note="Dogs are £17.50 (rising to £18.95 from 1 January 2028 in the minutes) and rabbits £9.00; the cat fee does not change.")
add("factual", "how much to get my kitten chipped", HT,
    ["£22", "£22, in a nurse clinic at either practice"],
    ["Microchipping costs £22 and can be done in a nurse clinic at either practice."])
add("factual", "where do i park for alder bank", HT,
    ["pay and display on Alder Bank Parade; the first 30 minutes are free", "there's no car park, use the pay and display on Alder Bank Parade (first 30 mins free)"],
    ["Alder Bank Surgery has no car park of its own, but there is pay and display parking on Alder Bank Parade, and the first 30 minutes are free."],
    note="Pinecrest Vets has a free 12-space car park behind the building, entered from Tanners Lane.")
add("factual", "how long does a ferret need to be starved before a GA", TX,
    ["4 hours", "no food for 4 hours before; water until admission"],
    ["Ferrets None for 4 hours before Until admission"],
    note="Dogs and cats have no food after 22:00 the night before; rabbits, guinea pigs and chinchillas are not fasted.")
add("factual", "fire assembly point at alder bank?", TX,
    ["Point A1, on the pavement outside the library", "A1, outside the library"],
    ["Alder Bank Surgery ...... Point A1, pavement outside the library"],
    note="The Pinecrest Vets assembly point is Point P1 in the Tanners Lane car park, by the gate.")
add("factual", "what dilution of virasan do i use for the floors", TX,
    ["1:200", "Virasan 1:200"],
    ["Floors ..................................... Virasan 1:200"],
    note="Tables and kennels are 1:100 and cleaning after a suspected infectious case is 1:50.")
add("factual", "what times does the overnight nurse have to ring the on call vet", TX,
    ["22:00 and 02:00 (and at once if a patient gets worse)", "10pm and 2am"],
    ["The overnight nurse phones the vet on call at 22:00 and again at 02:00 with an update on every in-patient, and at once if any patient gets worse."],
    note="The 03:00 check call comes from the lone worker monitoring centre, not to the vet.")

# ---- yes/no (9: 5 no, 4 yes)
add("yes_no", "is our lunch break paid", MD,
    ["no", "no, it is 30 minutes unpaid on shifts of six hours or more (45 minutes unpaid on the overnight ward)"],
    ["Meal breaks are **30 minutes unpaid** on every shift of six hours or more, and **45 minutes unpaid** on the overnight ward"])
add("yes_no", "can i get my dogs jabs done for free here", MD,
    ["yes", "yes, vaccinations are free once a year for up to three of your own pets registered on the staff scheme"],
    ["Each employee may register up to **three** pets of their own under the staff scheme, at either practice:",
     "| Vaccinations | Free, once a year | Free, once a year |"],
    note="Bank staff only after 12 months; pets of family members are not covered.")
add("yes_no", "can reception waive a missed appt fee if the client kicks off", PD,
    ["no", "no, Client Care Advisors may not waive a missed appointment fee; the Client Care Lead may"],
    [("Client Care Advisors take payments and deposits but may not waive a missed appointment fee or a deposit, and may not agree a payment plan.", 1),
     ("The Client Care Lead may waive a missed appointment fee.", 1)],
    note="The handbook lets a Client Care Advisor give a discount of up to £20, but says this does not include waiving a fee controlled by the policy.")
add("yes_no", "client has been with us 6 months, wants to split a £700 op bill into monthly payments, is that ok", PD,
    ["no", "no, payment plans need the client to have been registered for at least 12 months (and have no unpaid balance)"],
    [("A client may spread a bill of £400 or more over up to 6 monthly payments, with no interest, if they have been registered with us for at least 12 months and have no unpaid balance.", 2)],
    note="The bill is large enough (£400 or more), but the client has not been registered for 12 months.")
add("yes_no", "is alder bank going card only", DX,
    ["no", "no, the meeting did not agree; both practices keep taking cash and it will be looked at again in April 2028"],
    ["The meeting did not agree: both practices will keep taking cash, and the question will be looked at again in April 2028.",
     "Both practices keep taking cash; Alder Bank Surgery will not go card only."])
add("yes_no", "my rabbit is being neutered tomorrow, can he have his breakfast", HT,
    ["yes", "yes, rabbits must not be starved: feed him as normal and bring some of his usual food"],
    ["Rabbits and guinea pigs must not be starved: feed them as normal and bring some of their usual food with you."],
    note="Dogs and cats have no food after 22:00 the night before.")
add("yes_no", "can i still pay cash at alder bank", HT,
    ["yes", "yes, both practices take cash as well as cards and contactless (not cheques)"],
    ["We take debit and credit cards, contactless payments and cash at both practices."],
    note="The October minutes rejected a proposal that Alder Bank Surgery go card only.")
add("yes_no", "pup in at alder bank with bloody diarrhoea, can the vet just see it in the car", TX,
    ["yes", "yes, Alder Bank has no isolation ward, so the vet sees it in the car or the minor procedures room and refers it to Pinecrest if it must be admitted"],
    ["At Alder Bank Surgery, which has no isolation ward, the vet sees the animal in the car or in the minor procedures room, and refers it to Pinecrest if it has to be admitted."])
add("yes_no", "im a 17 yr old work experience, can i hold the dog still for an xray", TX,
    ["no", "no, nobody under 18 ever holds an animal for an X-ray"],
    ["Nobody holds an animal for an X-ray unless the vet says it is the only safe way, and never anyone under 18 or anyone who is pregnant."])

# ---- list (6)
add("list", "whats the overtime rate for bank hols, xmas etc", MD,
    ["hours beyond 37.5 in a week: time and a quarter", "bank holidays: time and a half",
     "Christmas Day, Boxing Day and New Year's Day: double time"],
    ["hours beyond 37.5 in a week: **time and a quarter**",
     "bank holidays: **time and a half**",
     "Christmas Day, Boxing Day and New Year's Day: **double time**"],
    note="Part-time staff are paid at their basic rate for extra hours until they reach 37.5 hours in the week.")
add("list", "how much cpd money and days do we get", MD,
    ["vets: £1,200 and 5 days of paid CPD leave", "Registered Veterinary Nurses: £600 and 3 days",
     "Student Veterinary Nurses: college fees in full and 1 study day a week during term"],
    ["vets **£1,200** and **5 days** of paid CPD leave;",
     "Registered Veterinary Nurses **£600** and **3 days**;",
     "Student Veterinary Nurses their college fees in full, and **1 study day a week** during term."],
    note="The minutes defer a proposal to raise the RVN allowance from £600 to £800 to the January budget meeting.")
add("list", "what cant go on a payment plan", PD,
    ["repeat prescriptions", "food", "Pet Health Club fees"],
    [("Payment plans are not offered for repeat prescriptions, food or Pet Health Club fees.", 2)])
add("list", "what do you get with the pet health club", HT,
    ["the annual vaccination and health check", "flea and worm treatment every month",
     "two nurse health checks a year, including a weight check",
     "10% off other consultations and 10% off pet food", "no deposit for routine neutering"],
    ["the annual vaccination and health check;",
     "flea and worm treatment every month, posted to you or collected from either practice;",
     "two nurse health checks a year, including a weight check;",
     "10% off other consultations, and 10% off pet food bought at our receptions;",
     "no deposit for routine neutering."],
    note="It does not cover illness or accidents.")
add("list", "which bin does what", TX,
    ["yellow sharps bin: needles, blades and glass ampoules", "orange bag: swabs, dressings and other infectious waste",
     "purple-lidded bin: cytotoxic drugs and anything that has touched them",
     "blue-lidded bin: unused and out-of-date medicines", "black bag: ordinary waste only"],
    ["Yellow sharps bin ....... needles, blades and glass ampoules",
     "Orange bag .............. swabs, dressings and other infectious waste",
     "Purple-lidded bin ....... cytotoxic drugs and anything that has touched them",
     "Blue-lidded bin ......... unused and out-of-date medicines",
     "Black bag ............... ordinary waste only"])
add("list", "what do i need to wear in the xray room", TX,
    ["a lead apron", "a thyroid shield", "your personal dosemeter, on the trunk under the apron (if you take X-rays)"],
    ["Everyone in the room wears a lead apron and a thyroid shield, and staff who take X-rays wear their personal dosemeter on the trunk, under the apron."])

# ---- explanation (6)
add("explanation", "im a vet at pinecrest, how do i call in sick and what happens when im back", MD,
    ["Phone the nurses' station on 01632 961 210 by 07:00 (or at least three hours before a late or overnight shift) "
     "and, as a vet, also phone the Clinical Director, Rowan Achterberg, on 07700 900 611; texts and messages left "
     "with colleagues do not count. Keep in touch each day you are off unless a fit note covers it, and when you come "
     "back complete return-to-work form PV-7 with your Practice Manager"],
    ["**Pinecrest Vets:** phone the nurses' station on 01632 961 210 by **07:00**, or at least **three hours** before a late or overnight shift.",
     "Vets on either site also phone the Clinical Director, Rowan Achterberg, on 07700 900 611.",
     "Keep in touch each day you are off, unless a fit note covers the days.",
     "When you come back, complete the return-to-work form **PV-7** with your Practice Manager."])
add("explanation", "how do i set up a payment plan for a client", PD,
    ["The vet confirms the bill or estimate in PawTrack; the Client Care Advisor checks the client has been registered "
     "for 12 months with no unpaid balance and fills in form CF-3; the Practice Manager approves and signs CF-3 (if "
     "they are not on site it waits until the next working day); take 25% by card on the day and set up a direct debit "
     "for the rest on the 1st of each month; record the plan in PawTrack, which sends reminders"],
    [("The vet confirms the final bill, or the estimate for a planned procedure, in PawTrack.", 2),
     ("The Client Care Advisor checks that the client has been registered for 12 months and has no unpaid balance, and fills in form CF-3 with the client.", 2),
     ("The Practice Manager approves the plan and signs form CF-3.", 3),
     ("Take the first payment of 25% of the bill by card on the day, and set up a direct debit for the rest on the 1st of each month.", 3),
     ("Record the plan in PawTrack, which sends the client a reminder 5 days before each payment.", 3)],
    note="Plans are for bills of £400 or more, up to 6 monthly payments, no interest.")
add("explanation", "what happens if a client just doesnt pay", PD,
    ["PawTrack emails a reminder after 14 days; after 30 days a second reminder goes by post and a £15 admin fee is "
     "added; after 60 days the HR and Finance Manager may pass the debt to Hollinford Credit Services and the client "
     "must pay in advance for non-emergency treatment. An animal is never kept as security for an unpaid bill"],
    [("PawTrack emails a reminder after 14 days.", 3),
     ("After 30 days a second reminder is sent by post, and an admin fee of £15 is added to the account.", 3),
     ("After 60 days the HR and Finance Manager may pass the debt to Hollinford Credit Services, and the client is asked to pay in advance for any treatment that is not an emergency.", 3),
     ("We never keep an animal at the practice as security for an unpaid bill.", 3)],
    note="The admin fee was £10 under version 2.")
add("explanation", "why is the health club going up for dogs", DX,
    ["Because drug costs rose by about 6% in the quarter, mostly vaccines and parasite treatments; the monthly dog fee "
     "goes from £17.50 to £18.95 from 1 January 2028, cat and rabbit fees do not change, and members are told by "
     "email at least 30 days before their first payment at the new price"],
    ["Drug costs rose by about 6% in the quarter, mostly vaccines and parasite treatments.",
     "The meeting agreed that the monthly Pet Health Club fee for dogs will go up from £17.50 to £18.95 from 1 January 2028; the fees for cats and for rabbits do not change.",
     "Existing members will be told by email at least 30 days before their first payment at the new price."])
add("explanation", "my dog is really poorly and its 11pm, what do i do", HT,
    ["Phone 01632 961 200; out of hours the call goes to the vet on call, who sees your dog at Pinecrest Vets on Mill "
     "Street (Alder Bank Surgery does not see emergencies out of hours). Phone first so the vet is there. An "
     "out-of-hours consultation costs £185, paid on the day, with treatment extra"],
    ["Outside opening hours your call goes to the vet on call, who will see your pet at Pinecrest Vets on Mill Street; Alder Bank Surgery does not see emergencies out of hours.",
     "An out-of-hours consultation costs £185, paid on the day, and treatment is extra.",
     "Please always phone first, so the vet is there when you arrive."])
add("explanation", "got bitten by a cat on the hand, what do i do", TX,
    ["Wash it with soap and running water for 5 minutes, cover it and go to the minor injuries unit the same day: cat "
     "bites to the hand always need to be seen by a doctor. Record it in the accident book in PawTrack before the end "
     "of your shift and tell your Practice Manager"],
    ["Bites and deep cat scratches: wash with soap and running water for 5 minutes, cover, and go to the minor injuries unit the same day.",
     "Cat bites to the hand always need to be seen by a doctor.",
     "Record every injury and near miss in the accident book in PawTrack before the end of your shift, and tell your Practice Manager."])

# ---- unanswerable (6)
add("unanswerable", "how much maternity pay do we get", MD, [], [], subtype="near_miss",
    note="The handbook covers shift premiums, pay bands, sick pay, holidays and staff benefits but says nothing about maternity pay.")
add("unanswerable", "how much is it to get a cat spayed", PD, [], [], subtype="near_miss",
    note="The policy gives the £50 deposit for routine neutering but no neutering prices; no other document gives them either.")
add("unanswerable", "how much did the new dental xray cost", DX, [], [], subtype="near_miss",
    note="The minutes say the dental X-ray unit was installed and passed its critical examination, but give no cost.")
add("unanswerable", "how much is flea treatment for a dog if im not in the health club", HT, [], [], subtype="near_miss",
    note="The FAQ says monthly flea and worm treatment is included in the Pet Health Club but gives no price for buying it separately.")
add("unanswerable", "how often do the anaesthetic machines get serviced", TX, [], [], subtype="near_miss",
    note="The procedures cover fasting, monitoring under anaesthesia and the X-ray dosemeters, but not anaesthetic machine servicing.")
add("unanswerable", "whats the best dog friendly pub in hollinford", None, [], [], subtype="off_topic",
    note="Not covered by any document.")

# ---- summary (2)
add("summary", "give me the gist of the client fees policy", PD, [
    "Policy CP-04 version 3 was approved by Fiona Blackwood on 14 July 2027 and applies from 1 August 2027 at both practices, replacing version 2",
    "Fees differ by practice (a standard consultation is £54 at Pinecrest Vets and £49 at Alder Bank Surgery); out-of-hours consultations (£185, up from £160) and home visits are at Pinecrest Vets only",
    "Deposits are taken at booking: £50 for routine neutering, 30% of the upper estimate for dentals and other planned operations (up from 20%), 50% for a new client's first operation, £300 for stays over 24 hours",
    "Payment plans for bills of £400 or more (down from £600) over up to 6 months, no interest, for clients registered 12 months with no unpaid balance, approved by the Practice Manager",
    "Consultations can be cancelled free up to 24 hours ahead and operations 48 hours ahead; a missed consultation costs £25 (up from £15) and a nurse clinic £10, but the first miss in 12 months is free",
    "Unpaid bills get reminders at 14 and 30 days, a £15 admin fee after 30 days (up from £10) and may go to a debt collector after 60 days; no animal in pain is refused emergency first aid and no animal is kept as security"],
    [("Approved by Fiona Blackwood, Group Practice Director, on 14 July 2027 and in force from 1 August 2027", 1),
     ("Standard consultation (15 minutes) £54 £49", 2),
     ("The out-of-hours consultation fee at Pinecrest Vets is now £185, instead of £160.", 1),
     ("The deposit for planned operations and dental procedures is now 30% of the upper estimate, instead of 20%, payable when the procedure is booked.", 1),
     ("Payment plans are now available for bills of £400 or more, instead of £600, and can run for up to 6 months, instead of 3 months.", 1),
     ("The missed appointment fee for a consultation is now £25, instead of £15.", 1),
     ("The first missed consultation or nurse clinic in any 12 months is not charged", 3),
     ("The admin fee added to an account still unpaid after 30 days is now £15, instead of £10.", 1),
     ("no animal in pain or distress is refused emergency first aid because its owner cannot pay at the time.", 1)])
add("summary", "what did they decide at the october meeting", DX, [
    "From 1 November 2027 controlled drugs at Pinecrest Vets are counted every day by a vet and an RVN, after a methadone register error; Alder Bank Surgery stays on the weekly Friday count",
    "The Pet Health Club fee for dogs rises from £17.50 to £18.95 a month from 1 January 2028; cats and rabbits unchanged",
    "The missed consultation fee rises from £25 to £35 from 1 January 2028; the first miss in 12 months stays free and nurse clinics stay at £10",
    "Alder Bank Surgery does not go card only; both practices keep taking cash (to be looked at again in April 2028)",
    "From 6 November 2027 Alder Bank Surgery opens on Saturdays from 09:00 to 15:00 instead of 12:30",
    "The vets' weekday on-call allowance rises from £40 to £55 a night from 1 December 2027; the weekend allowance stays at £75",
    "Deferred: an Alder Bank staff kitchen (quotes in November), the RVN CPD allowance (January budget) and an exotics clinic at Alder Bank (December)"],
    ["From 1 November 2027 controlled drugs at Pinecrest Vets are counted every day by a vet and an RVN; Alder Bank Surgery keeps the weekly count on Fridays.",
     "The monthly Pet Health Club fee for dogs rises from £17.50 to £18.95 from 1 January 2028; cat and rabbit fees do not change.",
     "The missed appointment fee for a consultation rises from £25 to £35 from 1 January 2028; the first miss in 12 months is still free and the nurse clinic fee stays at £10.",
     "Both practices keep taking cash; Alder Bank Surgery will not go card only.",
     "From 6 November 2027 Alder Bank Surgery opens on Saturdays from 09:00 to 15:00.",
     "The on-call allowance for a weekday night rises from £40 to £55 from 1 December 2027; the weekend allowance stays at £75.",
     "Bethan asked whether the CPD allowance for Registered Veterinary Nurses could rise from £600 to £800; this was deferred to the budget meeting in January."])

# ---- conversations (4)
def turn(n, type, q, doc, answers, evidence):
    ev = [{"quote": e[0], "page": e[1]} if isinstance(e, tuple) else {"quote": e} for e in evidence]
    return {"turn": n, "type": type, "q": q, "doc": doc, "answerable": True, "answers": answers, "evidence": ev}
items.append({"id": f"pc-{len(items)+1:03d}", "type": "conversation", "doc": MD, "turns": [
    turn(1, "factual", "how much do vets get for being on call on a weeknight", MD,
         ["£40 a night, plus time and a half for hours worked when called in", "£40"],
         ["The on-call allowance is **£40** for each weekday night and **£75** for each Saturday or Sunday night, plus **time and a half** for the hours actually worked when called in."]),
    turn(2, "factual", "and weekends?", MD, ["£75 for each Saturday or Sunday night", "£75 a night"],
         ["The on-call allowance is **£40** for each weekday night and **£75** for each Saturday or Sunday night"]),
    turn(3, "yes_no", "is the weeknight one going up? someone said it came up at the managers meeting", DX,
         ["yes", "yes, from £40 to £55 a weekday night from 1 December 2027", "£55 from 1 December 2027"],
         ["The meeting agreed that the on-call allowance for a weekday night will go up from £40 to £55 from Wednesday 1 December 2027."]),
    turn(4, "yes_no", "does the weekend one go up too", DX,
         ["no", "no, the Saturday or Sunday night allowance stays at £75 (call-in hours still at time and a half)"],
         ["The allowance for a Saturday or Sunday night stays at £75, and hours worked when called in are still paid at time and a half."]),
]})
items.append({"id": f"pc-{len(items)+1:03d}", "type": "conversation", "doc": HT, "turns": [
    turn(1, "factual", "what time does alder bank shut on a sat", HT,
         ["12:30", "it's open 09:00 to 12:30 on Saturdays"],
         ["Alder Bank Surgery 08:30 to 18:30 09:00 to 12:30 Closed"]),
    turn(2, "factual", "and pinecrest?", HT,
         ["16:00", "08:30 to 16:00 on Saturdays"],
         ["Pinecrest Vets 08:00 to 19:00 08:30 to 16:00 Emergencies only"]),
    turn(3, "yes_no", "is that changing at alder bank? heard its staying open longer", DX,
         ["yes", "yes, from Saturday 6 November 2027 Alder Bank Surgery opens on Saturdays from 09:00 to 15:00 instead of 12:30"],
         ["The meeting agreed that from Saturday 6 November 2027 Alder Bank Surgery will open on Saturdays from 09:00 to 15:00, instead of 09:00 to 12:30."]),
]})
items.append({"id": f"pc-{len(items)+1:03d}", "type": "conversation", "doc": TX, "turns": [
    turn(1, "factual", "how often do we do the cd count", TX,
         ["weekly, every Friday, at both practices, by a vet and an RVN together", "once a week on Fridays"],
         ["The weekly count is done every Friday at both practices, by a vet and a Registered Veterinary Nurse together."]),
    turn(2, "yes_no", "is that changing? heard there was a mix up with the methadone", DX,
         ["yes", "yes, from 1 November 2027 CDs at Pinecrest Vets are counted every day, at the end of evening consultations, by a vet and an RVN"],
         ["the meeting agreed that from Monday 1 November 2027 controlled drugs at Pinecrest Vets will be counted every day, at the end of the evening consultations, by a vet and a Registered Veterinary Nurse."]),
    turn(3, "yes_no", "at alder bank as well?", DX,
         ["no", "no, Alder Bank Surgery stays on the weekly count on Fridays"],
         ["Alder Bank Surgery, which holds far smaller stocks, stays on the weekly count on Fridays."]),
    turn(4, "factual", "whos updating the procedures and by when", DX,
         ["Greg Tanner, by 29 October 2027", "Greg Tanner (Safety Lead), by 29 Oct"],
         ["Update the Clinical and Safety Procedures for the daily controlled drugs count Greg Tanner 29 October 2027"]),
]})
items.append({"id": f"pc-{len(items)+1:03d}", "type": "conversation", "doc": PD, "turns": [
    turn(1, "factual", "how much do we charge if someone no shows a consult", PD,
         ["£25 (but the first miss in any 12 months is not charged)", "£25"],
         [("Consultation £25", 3),
          ("The first missed consultation or nurse clinic in any 12 months is not charged", 3)]),
    turn(2, "factual", "who signs off letting them off it", PD,
         ["the Client Care Lead (Client Care Advisors may not waive it)", "the Client Care Lead"],
         [("The Client Care Lead may waive a missed appointment fee.", 1)]),
    turn(3, "yes_no", "is the 25 quid going up in the new year?", DX,
         ["yes", "yes, to £35 from 1 January 2028; the first miss in 12 months is still free and nurse clinics stay at £10"],
         ["The meeting agreed that the missed appointment fee for a consultation will go up from £25 to £35 from 1 January 2028."]),
]})
json.dump({"items": items}, open(HERE / "dev.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
import collections
print(len(items), collections.Counter(i["type"] for i in items),
      sum(len(i["turns"]) if i["type"] == "conversation" else 1 for i in items), "judged rows")
