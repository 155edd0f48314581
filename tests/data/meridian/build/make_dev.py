"""Writes dev.json for the meridian held-out set: questions written from the documents in docs/ before any
product run. Same schema as northwind and harbor."""
from pathlib import Path
HERE = Path(__file__).resolve().parents[1]  # tests/data/meridian
import json
MD, PD, DX, HT, TX = ("rotas-shifts-handbook.md", "reception-booking-faq.pdf", "ops-board-minutes-2027-10-14.docx",
                      "vaccine-cold-chain-procedure.html", "clinic-emergency-procedures.txt")
items = []
def add(type, q, doc, answers, evidence, **kw):
    ev = [{"quote": e[0], "page": e[1]} if isinstance(e, tuple) else {"quote": e} for e in evidence]
    it = {"id": f"mr-{len(items)+1:03d}", "type": type, "q": q, "doc": doc, "answerable": type != "unanswerable",
          "answers": answers, "evidence": ev}
    it.update(kw)
    items.append(it)
    return it

# ---- factual (19)
add("factual", "how far in advance is the rota published?", MD,
    ["at least six weeks before the period starts", "six weeks", "6 weeks"],
    ["The rota for each period is published at least **six weeks** before the period starts."])
add("factual", "whats the laundry allowence for washing my uniform", MD, ["£6 a month", "£6 per month", "£6", "6 pounds"],
    ["Staff who launder their own uniforms receive a **laundry allowance of £6 a month**, paid with salary."])
add("factual", "What colour tunic do HCAs wear?", MD, ["green", "green tunic"],
    ["Healthcare assistants: green tunic"])
add("factual", "max overtime I can do in a rota period?", MD,
    ["16 hours", "16 hours of overtime in one four-week rota period", "16"],
    ["Nobody may work more than **16 hours of overtime** in one four-week rota period without written approval from the Head of Workforce, Priya Natarajan."],
    note="More needs written approval from the Head of Workforce.")
add("factual", "how long is a standard nurse appointment", PD, ["15 minutes", "15 mins", "15"],
    [("A standard GP appointment is 12 minutes and a standard nurse appointment is 15 minutes.", 1)])
add("factual", "what time do same day appointments get released?", PD, ["08:00", "8am", "8:00 each weekday"],
    [("Same-day appointments are not bookable in advance. They are released at 08:00 each weekday and given out by the duty GP after triage.", 1)])
add("factual", "how much do we charge to fill in an insurance claim form?", PD, ["£45", "45 pounds", "45"],
    [("Insurance or holiday cancellation claim form £45 10 working days", 2)],
    note="Table row: service, fee £45, usual turnaround 10 working days.")
add("factual", "whats our lingualine account code", PD, ["MHC-7716"],
    [("available 24 hours a day on 0800 046 2299 with the Meridian account code MHC-7716.", 2)])
add("factual", "How long does a repeat prescription take?", PD, ["2 full working days", "2 working days", "two working days"],
    [("Allow 2 full working days before the prescription is sent to the patient's chosen pharmacy.", 3)])
add("factual", "how many patients have had their flu jab so far", DX,
    ["6,240", "6240", "6,240 patients, 54% of the 11,500 target"],
    ["Siobhan reported that 6,240 patients have been vaccinated so far against a target of 11,500 for the season, which is 54% of the target."])
add("factual", "what was the average wait to get through on the phones in september?", DX, ["14 minutes", "14 mins", "14"],
    ["The average time to answer was 14 minutes against our target of 5 minutes"])
add("factual", "how much is the kingsway refurb going to cost", DX, ["£86,000", "86,000", "£86k", "86k"],
    ["The Kingsway refurbishment goes ahead from 10 January 2028 at a cost of £86,000."])
add("factual", "When is the next Clinical Operations Board?", DX,
    ["Thursday 11 November 2027", "11 November 2027", "11 November"],
    ["The next Clinical Operations Board meeting is on Thursday 11 November 2027 at 13:30 at Eastgate."])
add("factual", "what temperature should the vaccine fridge be?", HT,
    ["between +2 °C and +8 °C, aiming for +5 °C", "between 2 and 8 degrees", "2–8 °C", "2-8°C"],
    ["Vaccines are kept in a dedicated, lockable pharmaceutical fridge between +2 °C and +8 °C, aiming for +5 °C."])
add("factual", "how quickly do vaccine deliveries have to go in the fridge?", HT,
    ["within 20 minutes", "20 minutes", "20 mins"],
    ["Put the vaccines in the fridge within 20 minutes of the delivery arriving."])
add("factual", "how long can vaccines stay in a cool box on home visits", HT, ["up to 8 hours", "8 hours", "eight hours"],
    ["Vaccines may stay in a cool box for up to 8 hours."])
add("factual", "whats the internal emergency extension?", TX, ["333", "extension 333"],
    ["Dialling 333 from any clinic phone rings every phone in the building"])
add("factual", "where's the fire assembly point at millbrook", TX,
    ["the forecourt of St Columba's Hall, across Mill Lane", "St Columba's Hall", "forecourt of St Columba's Hall"],
    ["Millbrook .... forecourt of St Columba's Hall, across Mill Lane"])
add("factual", "how long does the emergency lighting last in a power cut?", TX, ["three hours", "3 hours"],
    ["Emergency lighting runs for three hours."])

# ---- yes/no (9: 5 no, 4 yes)
add("yes_no", "can I swap a flu clinic session with another nurse in october?", MD, ["no"],
    ["Sessions booked as flu vaccination clinics in October and November cannot be swapped, because the patients were invited by name to a specific nurse's session."])
add("yes_no", "Is mandatory training done in paid time?", MD, ["yes"],
    ["All mandatory training is done in paid working time."])
add("yes_no", "do new patients have to show proof of address to register", PD, ["no"],
    [("Proof of identity or address is not required to register, and you must not refuse a registration because the patient cannot provide it.", 2)])
add("yes_no", "can patients get the yellow fever jab at kingsway?", PD, ["no", "only at Eastgate", "Eastgate only"],
    [("Yellow fever vaccination £75 per dose Eastgate only", 2)],
    note="The fees table says the yellow fever vaccination is available at Eastgate only.")
add("yes_no", "GP appointments are 15 mins, right?", PD, ["no", "12 minutes"],
    [("A standard GP appointment is 12 minutes and a standard nurse appointment is 15 minutes.", 1)],
    note="15 minutes is the nurse appointment; GP appointments are 12 minutes.")
add("yes_no", "Did the board approve a referral bonus for nurses?", DX, ["yes", "£1,000"],
    ["A refer-a-friend bonus of £1,000 is introduced for nurses, paid once the person referred has completed six months with Meridian."])
add("yes_no", "if the vaccine fridge breaks can we put the vaccines in the staff room fridge for a bit?", HT, ["no"],
    ["Domestic fridges must never be used, even in an emergency."],
    note="Section 7: move them to validated cool boxes or the nearest clinic's vaccine fridge.")
add("yes_no", "can unused vaccines from a home visit go back in the clinic fridge?", HT,
    ["yes", "only if the cool box logger shows they stayed between +2 °C and +8 °C"],
    ["Unused vaccines can go back in the clinic fridge only if the cool box logger shows they stayed between +2 °C and +8 °C the whole time; mark them so that they are used first."])
add("yes_no", "can a patient who gets violent with staff be taken off the list straight away?", TX, ["yes"],
    ["Patients who are violent towards staff may be removed from the practice list straight away; verbal abuse normally leads to a written warning first."])

# ---- list (6)
add("list", "what training do new starters have to do in the first 4 weeks?", MD,
    ["Basic Life Support", "fire safety and evacuation", "infection prevention and control",
     "information governance and data protection", "safeguarding adults and children (level 2 or level 3)"],
    ["New starters complete, within their first **four weeks**:", "Basic Life Support (face to face, 3 hours);",
     "fire safety and evacuation;", "infection prevention and control;", "information governance and data protection;",
     "safeguarding adults and children, level 2 for reception staff and level 3 for GPs, nurses and clinical pharmacists."])
add("list", "what shifts are there", MD,
    ["Early 07:30–15:30", "Late 11:00–19:00", "Clinical day 08:00–18:30", "Extended evening 12:30–20:30", "Saturday 07:45–12:45"],
    ["| Early | 07:30–15:30 |", "| Late | 11:00–19:00 |", "| Clinical day | 08:00–18:30 |",
     "| Extended evening | 12:30–20:30 |", "| Saturday | 07:45–12:45 |"],
    note="The Shift column of the table in 4.1.")
add("list", "what are the red flag questions for same day requests?", PD,
    ["chest pain", "difficulty breathing", "signs of a stroke", "heavy bleeding", "a child who is floppy or hard to wake"],
    [("Ask the red-flag questions on the reception prompt card: chest pain, difficulty breathing, signs of a stroke, heavy bleeding, or a child who is floppy or hard to wake.", 1)])
add("list", "which actions did siobhan get from the october board?", DX,
    ["Staff and publicise the Millbrook Saturday flu clinics (19 October 2027)",
     "Report flu vaccination progress by clinic (11 November 2027)"],
    ["Staff and publicise the Millbrook Saturday flu clinics", "Report flu vaccination progress by clinic", "Siobhan Reilly"],
    note="Rows of the action items table whose owner is Siobhan Reilly.")
add("list", "What can't be stored in the vaccine fridge?", HT, ["food", "drink", "specimens", "other medicines"],
    ["Never store food, drink, specimens or other medicines in a vaccine fridge."])
add("list", "what are the emergency phone numbers?", TX,
    ["Emergency services: 999", "Internal emergency call: extension 333", "On-call manager: 07700 900 417",
     "Estates helpdesk: extension 2200", "IT service desk: extension 2250"],
    ["Emergency services (fire, ambulance, police) ....... 999",
     "Internal emergency call (all clinics) .............. extension 333",
     "On-call manager (out of hours and weekends) ........ 07700 900 417",
     "Estates helpdesk (power, water, lifts) ............. extension 2200",
     "IT service desk (CareDesk down, phones down) ....... extension 2250"])

# ---- explanation (6)
add("explanation", "why do GP shift swaps need the clinical director to sign off?", MD,
    ["Because each GP's booked patients have to be moved to the other GP's list"],
    ["GPs' swaps always need approval from the Clinical Director, because each GP's booked patients have to be moved to the other GP's list."])
add("explanation", "how does the same day appointment process work?", PD,
    ["Same-day appointments are released at 08:00 and given out by the duty GP after triage: reception takes the name, date of birth "
     "and a phone number, asks the red-flag questions (if any is yes, call 999 and tell the duty GP), otherwise adds the patient "
     "to the duty GP triage list in CareDesk, and the duty GP calls back within 2 hours"],
    [("They are released at 08:00 each weekday and given out by the duty GP after triage.", 1),
     ("Take the patient's full name, date of birth and a phone number they can answer in the next two hours.", 1),
     ("If the answer to any red-flag question is yes, tell the patient to call 999 straight away", 1),
     ("Otherwise add the patient to the duty GP triage list in CareDesk with a one-line reason in the patient's own words.", 1),
     ("Tell the patient the duty GP will call back within 2 hours.", 1)])
add("explanation", "why isn't the new phone system going in until april?", DX,
    ["Because the £38,000 could not be found in this year's budget; it can be funded from the 2028/29 capital budget "
     "if installation waits until April 2028, when the current phone contract ends (31 March 2028) anyway"],
    ["Tom said that the £38,000 could not be found in this year's budget, but could be funded from the 2028/29 capital budget if installation waits until April 2028, when the current contract ends anyway.",
     "Daniel presented two options to replace the current phone system, whose contract ends on 31 March 2028."])
add("explanation", "What did Grace say about phone waits at Kingsway?", DX,
    ["Kingsway moved two receptionists from the front desk to the phones from 08:00 to 10:00 on weekdays from 13 September, "
     "and its average wait fell from 13 to 6 minutes with no increase in complaints at the desk"],
    ["Grace explained that Kingsway moved two receptionists from the front desk to the phones between 08:00 and 10:00 on weekdays from 13 September, and Kingsway's average wait fell from 13 minutes to 6 minutes with no increase in complaints at the desk."])
add("explanation", "why shouldn't we throw vaccines away after the fridge goes out of range?", HT,
    ["Because most short breaches do not affect the vaccines, and discarding them wastes stock that is often hard to replace; "
     "quarantine them and wait for the manufacturer's advice (frozen vaccines are never used)"],
    ["Do not throw away quarantined vaccines until the manufacturer has given advice, because most short breaches do not affect the vaccines and discarding them wastes stock that is often hard to replace."])
add("explanation", "how do we keep seeing patients if caredesk goes down?", TX,
    ["After 30 minutes switch to paper: reception prints the next day's appointment lists at 17:00 each day and keeps them in the red "
     "folder at reception; clinicians write notes on the paper consultation forms and enter them in CareDesk within 24 hours of it coming back"],
    ["If CareDesk is unavailable for more than 30 minutes, switch to paper.",
     "Reception prints the next day's appointment lists for every clinician at 17:00 each day and keeps them in the red folder at reception",
     "Clinicians write their notes on the paper consultation forms in the same folder and enter them in CareDesk within 24 hours of the system coming back."])

# ---- unanswerable (6)
add("unanswerable", "how many days annual leave do nurses get?", MD, [], [], subtype="near_miss",
    note="The handbook says annual leave is requested through HR Online and gives study leave (5 days), but no annual leave entitlement.")
add("unanswerable", "how much do we charge for a firearms licence medical report?", PD, [], [], subtype="near_miss",
    note="The fees table lists sick notes, claim forms, travel letters, driver medicals, vaccination records and yellow fever only.")
add("unanswerable", "what was the staff survey response rate last year?", DX, [], [], subtype="near_miss",
    note="Only this year's response rate so far (48%) is given.")
add("unanswerable", "who is the cold chain lead at Harfield?", HT, [], [], subtype="near_miss",
    note="The procedure says each clinic has a named Cold Chain Lead whose name is on the fridge, but names none.")
add("unanswerable", "how often are the fire extinguishers serviced?", TX, [], [], subtype="near_miss",
    note="Fire drills (twice a year) are covered; extinguisher servicing is not.")
add("unanswerable", "when is the staff christmas party?", None, [], [], subtype="off_topic",
    note="Not covered by any document; the minutes only give Christmas opening hours.")

# ---- summary (2)
add("summary", "summarise the vaccine storage procedure", HT, [
    "Each clinic has a Cold Chain Lead (a registered nurse) and a deputy; the Lead Nurse audits quarterly",
    "Deliveries are accepted only by trained clinical staff, refused if the indicator shows a breach, and put in the fridge within 20 minutes",
    "Vaccines are kept in a dedicated, lockable pharmaceutical fridge at +2 to +8 °C (aim +5 °C), never a domestic fridge; no food, drink, specimens or other medicines",
    "Temperatures are recorded twice a day (08:30 and 17:30); data loggers are downloaded weekly",
    "If out of range: stop using the fridge, quarantine the vaccines, tell the Cold Chain Lead, get manufacturer advice, report in SafeReport within 24 hours; never use frozen vaccines",
    "In a power cut keep the door shut; after one hour move vaccines to validated cool boxes or another clinic's fridge",
    "Vaccines can stay in a validated cool box for up to 8 hours on visits"],
    ["Each clinic has a named Cold Chain Lead, who must be a registered nurse, and a deputy who covers their absence.",
     "Put the vaccines in the fridge within 20 minutes of the delivery arriving.",
     "Vaccines are kept in a dedicated, lockable pharmaceutical fridge between +2 °C and +8 °C, aiming for +5 °C.",
     "Twice a day, at 08:30 and 17:30 on every day the clinic is open",
     "Report the breach in SafeReport within 24 hours.",
     "Vaccines may stay in a cool box for up to 8 hours."])
add("summary", "what did the ops board decide on 14 october?", DX, [
    "Two extra Saturday flu clinics at Millbrook on 23 and 30 October 2027",
    "CallSphere chosen as the new phone system, installed in April 2028 and funded from the 2028/29 capital budget; contract signed after the budget is approved in February",
    "From 1 November all clinics put two receptionists on the phones from 08:00 to 10:00 on weekdays",
    "Kingsway refurbishment goes ahead from 10 January 2028 at £86,000",
    "A £1,000 refer-a-friend bonus for nurses, paid after the referred person completes six months",
    "The request for a third HCA at Harfield is deferred to January"],
    ["Two extra Saturday flu clinics will be held at Millbrook on 23 and 30 October 2027.",
     "CallSphere is chosen as the new phone system, to be installed in April 2028 and funded from the 2028/29 capital budget.",
     "From 1 November, all four clinics move two receptionists to the phones from 08:00 to 10:00 on weekdays, as Kingsway has done.",
     "The Kingsway refurbishment goes ahead from 10 January 2028 at a cost of £86,000.",
     "A refer-a-friend bonus of £1,000 is introduced for nurses, paid once the person referred has completed six months with Meridian.",
     "The request for a third HCA at Harfield is deferred to the January meeting."])

# ---- conversations (4)
def turn(n, type, q, doc, answers, evidence):
    ev = [{"quote": e[0], "page": e[1]} if isinstance(e, tuple) else {"quote": e} for e in evidence]
    return {"turn": n, "type": type, "q": q, "doc": doc, "answerable": True, "answers": answers, "evidence": ev}
items.append({"id": f"mr-{len(items)+1:03d}", "type": "conversation", "doc": MD, "turns": [
    turn(1, "factual", "what's the overtime rate?", MD,
         ["time and a half", "time and a half for hours above 37.5 a week", "1.5x"],
         ["**Full-time staff** (37.5 hours a week) are paid overtime at **time and a half** for hours worked above 37.5 in a week."]),
    turn(2, "factual", "and for part-timers?", MD,
         ["their normal hourly rate up to 37.5 hours a week, then time and a half", "normal hourly rate up to 37.5 hours", "normal rate"],
         ["**Part-time staff** are paid at their normal hourly rate for extra hours up to 37.5 hours in a week, and at time and a half above that."]),
    turn(3, "factual", "what about bank holidays?", MD, ["double time", "double"],
         ["Hours worked on a public holiday are paid at **double time** for everyone."]),
    turn(4, "factual", "who has to approve it?", MD,
         ["the practice manager, in advance", "your practice manager", "practice manager"],
         ["Overtime must be approved in advance by your practice manager."]),
]})
items.append({"id": f"mr-{len(items)+1:03d}", "type": "conversation", "doc": PD, "turns": [
    turn(1, "yes_no", "can reception give patients their test results?", PD,
         ["yes", "only results marked \"normal, no action\", after checking name, date of birth and first line of address"],
         [("Reception may give results that the clinician has marked \"normal, no action\" in CareDesk, after checking the patient's name, date of birth and first line of address.", 2),
          ("Any other result must be given by a clinician; book a telephone appointment instead.", 2)]),
    turn(2, "yes_no", "what if her husband rings up for them?", PD,
         ["no", "only with the patient's written consent recorded in CareDesk"],
         [("Results are never given to relatives, carers or employers unless the patient has given written consent that is recorded in CareDesk.", 2)]),
    turn(3, "factual", "and for kids?", PD, ["parents can receive results for children under 13", "under 13"],
         [("Parents can receive results for children under 13.", 2)]),
]})
items.append({"id": f"mr-{len(items)+1:03d}", "type": "conversation", "doc": DX, "turns": [
    turn(1, "factual", "which phone system did the board go with?", DX, ["CallSphere"],
         ["CallSphere is chosen as the new phone system, to be installed in April 2028 and funded from the 2028/29 capital budget."]),
    turn(2, "factual", "how much does it cost?", DX,
         ["£38,000 to install plus £1,900 a month", "£38,000 plus £1,900 a month", "£38,000"],
         ["CallSphere costs £38,000 to install plus £1,900 a month"]),
    turn(3, "factual", "who's getting the final quote?", DX, ["Daniel Marsh", "Daniel"],
         ["Get a final CallSphere quote fixed until April 2028", "Daniel Marsh"]),
    turn(4, "factual", "by when?", DX, ["4 November 2027", "4 November"], ["4 November 2027"]),
]})
items.append({"id": f"mr-{len(items)+1:03d}", "type": "conversation", "doc": TX, "turns": [
    turn(1, "list", "what do I do if I find a fire?", TX,
         ["Operate the nearest fire alarm call point", "Call 999 and give the clinic's full address",
          "Only tackle it if it is small, you are trained and have a clear way out"],
         ["Operate the nearest fire alarm call point (the red \"break glass\" box).",
          "Call 999 and give the clinic's full address.",
          "Only tackle a fire if it is small, you have been trained, and you can keep a clear way out behind you."]),
    turn(2, "yes_no", "doesn't the alarm call the fire brigade anyway?", TX, ["no"],
         ["The alarm system is NOT connected to the fire service: someone must always make the call."]),
    turn(3, "explanation", "what about patients upstairs at millbrook who can't manage stairs?", TX,
         ["They are taken to the refuge point on the first-floor landing (intercom to reception), and two trained staff bring them down with the evacuation chair; staff must not carry them down by hand"],
         ["Patients who cannot manage the stairs are taken to the refuge point on the first-floor landing, where there is an intercom to reception.",
          "Two trained members of staff then bring them down with the evacuation chair."]),
    turn(4, "factual", "how often do we do fire drills?", TX,
         ["twice a year", "twice a year at every clinic, one during an extended-hours or Saturday session"],
         ["Fire drills are held twice a year at every clinic, one of them during an extended-hours or Saturday session."]),
]})
json.dump({"items": items}, open(HERE / "dev.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
import collections
print(len(items), collections.Counter(i["type"] for i in items))
