from pathlib import Path
HERE = Path(__file__).resolve().parents[1]  # tests/data/harbor
import json
MD, PD, DX, HT, TX = ("it-onboarding-guide.md", "benefits-leave-faq.pdf", "steering-committee-2027-03-04.docx",
                      "returns-warranty-policy.html", "oncall-runbook.txt")
items = []
def add(type, q, doc, answers, evidence, **kw):
    ev = [{"quote": e[0], "page": e[1]} if isinstance(e, tuple) else {"quote": e} for e in evidence]
    it = {"id": f"hb-{len(items)+1:03d}", "type": type, "q": q, "doc": doc, "answerable": type != "unanswerable",
          "answers": answers, "evidence": ev}
    it.update(kw)
    items.append(it)
    return it

# ---- factual (20)
add("factual", "how many characters does my password need?", MD, ["at least 12 characters", "12 characters", "12"],
    ["Must be at least **12 characters** long and must not contain any part of your name."])
add("factual", "whats the service desk phone extension", MD, ["4357", "extension 4357"],
    ["call extension **4357** (it spells HELP on the keypad)."])
add("factual", "after how many wrong password attempts do I get locked out?", MD,
    ["5 failed sign-in attempts", "5 attempts", "5", "five"],
    ["After **5 failed sign-in attempts** your account is locked for 30 minutes."])
add("factual", "How long have I got to report a stolen laptop?", MD,
    ["within 4 hours", "4 hours", "immediately, and at the latest within 4 hours"],
    ["Report a lost or stolen laptop, tablet or phone to the Service Desk immediately, and at the latest within **4 hours**, so that it can be locked and wiped remotely."])
add("factual", "How many days annual leave do full timers get?", PD, ["26 days", "26"],
    [("Full-time employees get 26 days of paid annual leave per calendar year, on top of the public holidays", 1)])
add("factual", "whats the dedline for using carried over leave days", PD, ["30 June", "30 June of the following year", "by 30 June"],
    [("Carried-over days must be taken by 30 June of the following year, after which they expire.", 1)])
add("factual", "wellbeing budget per year?", PD, ["EUR 300", "€300", "300 euros", "300"],
    [("Every employee has a wellbeing budget of EUR 300 per calendar year", 3)])
add("factual", "how much does harbor put into my pension if im 35?", PD, ["8%", "8% of pensionable salary"],
    [("30 to 44 4% 8%", 2),
     ("Contributions are a percentage of your pensionable salary and depend on your age:", 2)],
    note="Table row: age 30 to 44, your contribution 4%, Harbor's contribution 8%.")
add("factual", "mileage allowance for commuting?", PD, ["EUR 0.23 per kilometre", "€0.23 per km", "0.23 per kilometre", "0.23"],
    [("If you do not have a company car, you receive EUR 0.23 per kilometre for commuting, for up to 40 km each way", 3)])
add("factual", "what's the new go-live date for Antwerp?", DX, ["3 May 2027", "3 May"],
    ["The Antwerp go-live moves from 12 April to 3 May 2027."])
add("factual", "how much has lighthouse spent so far", DX, ["€1.15 million", "1.15 million", "€1,150,000"],
    ["The approved budget is €2.4 million, of which €1.15 million has been spent to date."])
add("factual", "how long do the new scanners last on a charge?", DX, ["about six hours", "six hours", "6 hours"],
    ["the new handheld scanners last only about six hours, while a shift is eight hours long"])
add("factual", "When's the next steering committee?", DX, ["Thursday 1 April 2027", "1 April 2027", "1 April"],
    ["The next steering committee meeting is on Thursday 1 April 2027 at 14:00 CET in the Boardroom."])
add("factual", "What was the Antwerp pick accuracy after the pilot", DX, ["99.4%", "99.4"],
    ["Pick accuracy rose from 98.1% to 99.4%."])
add("factual", "how long is the warranty on the gps trackers", HT, ["24 months", "2 years", "two years"],
    ["HarborTrack GPS trackers: 24 months"])
add("factual", "restocking fee for retuning a harbortrack device i dont want anymore?", HT, ["15% of the item price", "15%"],
    ["Changed your mind: HarborTrack devices", "15% of the item price"],
    note="Return shipping of €6.95 is also deducted; the restocking fee itself is 15%.")
add("factual", "How soon do I get my refund after sending something back?", HT,
    ["within 5 business days of receiving the return", "within 5 business days", "5 business days"],
    ["We inspect returned items and issue your refund within 5 business days of receiving them."])
add("factual", "how much is harborcare", HT, ["€19 per device", "€19", "19 euros"],
    ["HarborCare extends the warranty on a HarborTrack GPS tracker or temperature logger by 12 months for €19 per device."])
add("factual", "What's the on-call allowance for the primary?", TX, ["EUR 300 per week", "€300 per week", "EUR 300", "300"],
    ["Compensation: the primary receives an allowance of EUR 300 per week and the secondary EUR 150 per week."])
add("factual", "whats the command to roll back a release", TX, ["harbor-deploy rollback <service>", "harbor-deploy rollback"],
    ["To roll back, run harbor-deploy rollback <service>."])
add("factual", "how long does the canary run for?", TX, ["30 minutes"],
    ["The canary takes 10% of traffic for 30 minutes."])

# ---- yes/no (9)
add("yes_no", "can i forward my work email to my gmail?", MD, ["no"],
    ["forward company email to a personal email address, whether manually or with an automatic rule;"],
    note="Listed under 'You must not:'.")
add("yes_no", "Can I use my own phone for MFA?", MD, ["yes"],
    ["Use the Microsoft Authenticator app on your company phone or on your own phone."])
add("yes_no", "can I sell back unused leave days?", PD, ["no"],
    [("Selling leave days back to Harbor is not possible, because we want everyone to take real time off.", 1)])
add("yes_no", "is it possible to buy extra holiday days?", PD, ["yes"],
    [("You can buy up to 5 extra days of leave once a year, during the benefits window in November.", 1)])
add("yes_no", "was the hamburg cold store added to the project scope?", DX, ["no"],
    ["The request to add the Hamburg cold store to the project scope is rejected for this phase and will be reconsidered for phase 2."])
add("yes_no", "Did the steering committee approve the extra 150k?", DX, ["yes"],
    ["The budget increase of €150,000 is approved, funded from the IT contingency reserve."])
add("yes_no", "can I return custom printed labels?", HT, ["no"],
    ["For hygiene, safety or practical reasons we cannot accept returns of:",
     "custom-printed boxes, tape and labels made to your design;"],
    note="Unless they are faulty: faulty items are always covered by the warranty.")
add("yes_no", "is it ok to deploy to prod on a friday", TX, ["no"],
    ["There are no releases on Mondays, Wednesdays, Fridays, weekends or public holidays"])
add("yes_no", "Something was deployed to the service an hour ago and now it's down. Should I roll back before investigating?", TX, ["yes"],
    ["If anything was deployed to the affected service in the last 2 hours, roll it back first and investigate afterwards."])

# ---- list (6)
add("list", "what equipment do developers get?", MD, ['16" MacBook Pro', '2 x 27" monitors', "mobile phone on request"],
    ['| Developers and data analysts | 16" MacBook Pro | 2 x 27" | On request | 3 years |'])
add("list", "what special leave is there besides annual leave?", PD,
    ["own wedding or registered partnership: 2 days", "moving house: 1 day per year",
     "death of a partner, child or parent: 5 days", "death of a brother, sister or grandparent: 2 days",
     "medical appointments that cannot be scheduled outside working hours: up to 4 hours"],
    [("Special leave is paid in full and does not come out of your annual leave:", 2),
     ("your own wedding or registered partnership: 2 days;", 2),
     ("death of a partner, child or parent: 5 days;", 2)])
add("list", "who was at the steering committee on 4 march?", DX,
    ["Ingrid Vermeulen", "Tobias Hartmann", "Karim Benali", "Lotte Jansen", "Sanne de Groot", "Ruben Achterberg"],
    ["Ingrid Vermeulen (Chief Operating Officer, chair)", "Ruben Achterberg (Account lead, Korvo Software, for item 1 only)"],
    note="Elif Aydın sent apologies and did not attend.")
add("list", "which items can't be returned?", HT,
    ["custom-printed boxes, tape and labels", "opened rolls of stretch film, tape or strapping",
     "temperature loggers with a broken calibration seal", "clearance sale items marked final sale",
     "gift cards and prepaid HarborTrack data plans"],
    ["custom-printed boxes, tape and labels made to your design;",
     "opened rolls of stretch film, tape or strapping;",
     "items bought in our clearance sale and marked \"final sale\";",
     "gift cards and prepaid HarborTrack data plans."])
add("list", "what are the severity levels?", TX, ["SEV1 - Critical", "SEV2 - Major", "SEV3 - Minor", "SEV4 - Low"],
    ["SEV1 - Critical", "SEV2 - Major", "SEV3 - Minor", "SEV4 - Low"])
add("list", "what do we need to go through at the monday on-call handover?", TX,
    ["open incidents and their current status", "post-mortems still due and who is writing them",
     "alerts that fired more than three times during the week", "planned maintenance or releases in the coming week"],
    ["open incidents and their current status;", "post-mortems that are still due, and who is writing them;",
     "alerts that fired more than three times during the week, so they can be tuned or fixed;",
     "any planned maintenance or releases in the coming week."])

# ---- explanation (6)
add("explanation", "why are usb sticks blocked on our laptops?", MD,
    ["Because both malware infections Harbor had in 2025 came in on USB sticks brought back from customer sites"],
    ["USB storage is blocked on all company laptops because both malware infections we had in 2025 came in on USB sticks brought back from customer sites."])
add("explanation", "how does sick pay work?", PD,
    ["Harbor pays 100% of your salary for the first 52 weeks of illness and 70% for the next 52 weeks, more than the legal minimum of 70%; call your manager before 09:00 (depot staff and drivers before their shift) and record the absence in HarborHR"],
    [("Harbor pays 100% of your salary for the first 52 weeks of illness and 70% for the next 52 weeks.", 1),
     ("Call your manager before 09:00 on your first day of sickness", 1)])
add("explanation", "Why was the Antwerp go-live pushed back?", DX,
    ["Korvo Software changed its order API in January, so the TMS integration had to be partly rewritten and the project is three weeks behind; keeping 12 April would have left only one week of end-to-end testing instead of four"],
    ["Korvo Software changed its order API in January, and the interface built in the autumn has to be partly rewritten.",
     "because it would leave only one week for end-to-end testing instead of the four weeks in the plan."])
add("explanation", "what did Karim say about paying for the overrun?", DX,
    ["The €150,000 overrun must be covered from the IT contingency reserve, not the warehouse operations budget, because operations already carries the cost of the extra staff needed during the cutover"],
    ["Karim said that the overrun must be covered from the IT contingency reserve and not from the warehouse operations budget, because operations already carries the cost of the extra staff needed during the cutover."])
add("explanation", "why can't I return a temperature logger once I've opened it?", HT,
    ["Because once the calibration seal is broken Harbor cannot guarantee its accuracy for the next customer"],
    ["HarborTrack temperature loggers whose calibration seal has been broken, because we cannot guarantee their accuracy for the next customer;"])
add("explanation", "why shouldnt I restart the database primary during an incident?", TX,
    ["Because it can destroy evidence or make the outage worse; it needs the incident commander's agreement"],
    ["Never delete logs, restart a database primary or change firewall rules during an incident without the IC's agreement.",
     "These actions destroy evidence or can make the outage worse."])

# ---- unanswerable (6)
add("unanswerable", "what's the wifi password for the guest network in rotterdam?", MD, [], [], subtype="near_miss",
    note="The guide mentions depot Wi-Fi and public Wi-Fi rules but gives no network names or passwords.")
add("unanswerable", "who is eligible for a company car?", PD, [], [], subtype="near_miss",
    note="The FAQ only says the commuting allowance is for people without a company car; no company car eligibility.")
add("unanswerable", "how much did the new handheld scanners cost?", DX, [], [], subtype="near_miss",
    note="Only the spare batteries are priced (about €9,000); the scanner cost is not given.")
add("unanswerable", "Is shipping free on orders over a certain amount?", HT, [], [], subtype="near_miss",
    note="The policy covers return shipping and refunds of the delivery charge, but no free-delivery threshold.")
add("unanswerable", "what's the on-call allowance for the incident commander?", TX, [], [], subtype="near_miss",
    note="Allowances are given for primary (EUR 300) and secondary (EUR 150) only.")
add("unanswerable", "when is the summer barbecue at head office?", None, [], [], subtype="off_topic",
    note="Not covered by any document.")

# ---- summary (2)
add("summary", "summarize the returns policy", HT, [
    "Most items can be returned within 30 days of delivery if unused, in their original packaging and complete",
    "Custom-printed items, opened rolls, temperature loggers with a broken calibration seal, final-sale items, gift cards and data plans cannot be returned",
    "Start the return under Orders, print the label and drop the parcel at a Harbor depot or parcel point within 14 days; pallets are collected",
    "Faulty or wrong items are returned free; change-of-mind returns cost €6.95, plus a 15% restocking fee for HarborTrack devices; pallet collection costs €45 per pallet plus 10%",
    "Refunds are issued within 5 business days to the original payment method, or as a credit note for invoice customers",
    "Warranty: 24 months on GPS trackers, 12 months on temperature loggers, 6 months on batteries and chargers; HarborCare adds 12 months for €19",
    "Report transport damage or missing items within 48 hours"],
    ["You can return most items within 30 days of delivery for a refund, as long as they are unused, in their original packaging and include all accessories and manuals.",
     "For hygiene, safety or practical reasons we cannot accept returns of:",
     "We inspect returned items and issue your refund within 5 business days of receiving them.",
     "HarborTrack GPS trackers: 24 months",
     "Report visible transport damage or missing items within 48 hours of delivery"])
add("summary", "what did the lighthouse steering committee decide?", DX, [
    "The Antwerp go-live moves from 12 April to 3 May 2027; Hamburg stays in September 2027",
    "A €150,000 budget increase is approved, funded from the IT contingency reserve",
    "Item records without dimensions or weights are not cleaned before go-live but completed at first receipt",
    "60 spare scanner batteries are bought for Antwerp for about €9,000",
    "Adding the Hamburg cold store to the scope is rejected for this phase (reconsidered for phase 2)",
    "A go/no-go meeting for Antwerp is held on 26 April 2027"],
    ["The Antwerp go-live moves from 12 April to 3 May 2027. The Hamburg go-live stays in September 2027.",
     "The budget increase of €150,000 is approved, funded from the IT contingency reserve.",
     "60 spare scanner batteries will be bought for Antwerp, at a cost of about €9,000.",
     "A go/no-go meeting for Antwerp will be held on 26 April 2027."])

# ---- conversations (4 x 4 turns)
def turn(n, type, q, doc, answers, evidence):
    ev = [{"quote": e[0], "page": e[1]} if isinstance(e, tuple) else {"quote": e} for e in evidence]
    return {"turn": n, "type": type, "q": q, "doc": doc, "answerable": True, "answers": answers, "evidence": ev}
items.append({"id": f"hb-{len(items)+1:03d}", "type": "conversation", "doc": MD, "turns": [
    turn(1, "factual", "how far in advance does my manager have to request accounts for a new starter?", MD,
         ["at least 10 working days", "10 working days"],
         ["Your manager submits a \"New starter\" request in the Service Desk portal at least **10 working days** before your start date."]),
    turn(2, "factual", "and for contractors?", MD, ["at least 5 working days", "5 working days"],
         ["Accounts for contractors and temporary staff are requested by the sponsoring manager at least **5 working days** before the start date."]),
    turn(3, "factual", "how long do their accounts last?", MD, ["at most 90 days", "90 days"],
         ["They are created with an end date and expire after at most **90 days**"]),
    turn(4, "factual", "who renews them?", MD, ["the sponsoring manager", "sponsoring manager"],
         ["the sponsoring manager must renew them in the portal if the assignment continues."]),
]})
items.append({"id": f"hb-{len(items)+1:03d}", "type": "conversation", "doc": PD, "turns": [
    turn(1, "factual", "how much leave does the partner get when a baby is born?", PD,
         ["1 week of birth leave paid in full, then up to 5 weeks of additional birth leave", "1 week", "1 week plus up to 5 weeks"],
         [("The partner gets 1 week of birth leave paid in full, and may then take up to 5 weeks of additional birth leave in the first six months", 2)]),
    turn(2, "yes_no", "is the extra leave paid?", PD, ["yes", "topped up to 100% of salary"],
         [("Harbor tops up the statutory benefit for those weeks to 100% of salary.", 2)]),
    turn(3, "factual", "and if we adopt instead?", PD, ["6 weeks of leave, paid in full", "6 weeks"],
         [("Adoptive and foster parents get 6 weeks of leave, paid in full.", 2)]),
    turn(4, "yes_no", "do contractors get that too?", PD, ["no"],
         [("No. The benefits in this FAQ apply to employees only.", 3)]),
]})
items.append({"id": f"hb-{len(items)+1:03d}", "type": "conversation", "doc": DX, "turns": [
    turn(1, "factual", "what did the committee agree about scanner batteries?", DX,
         ["60 spare scanner batteries will be bought for Antwerp, at a cost of about €9,000", "buy 60 spare batteries", "60 spare batteries"],
         ["60 spare scanner batteries will be bought for Antwerp, at a cost of about €9,000."]),
    turn(2, "factual", "who owns that?", DX, ["Lotte Jansen"],
         ["Order 60 spare scanner batteries", "Lotte Jansen"]),
    turn(3, "factual", "by when?", DX, ["12 March 2027", "12 March"],
         ["12 March 2027"]),
    turn(4, "explanation", "why did they need them?", DX,
         ["The new handheld scanners last only about six hours but a shift is eight hours, so pickers had to swap devices mid-shift; spare batteries are cheaper than more scanners and swap in under a minute"],
         ["the new handheld scanners last only about six hours, while a shift is eight hours long, so pickers had to stop and swap devices mid-shift."]),
]})
items.append({"id": f"hb-{len(items)+1:03d}", "type": "conversation", "doc": TX, "turns": [
    turn(1, "factual", "what counts as a sev1?", TX,
         ["The TMS or the Harbor Driver app is down for all users, a depot cannot dispatch trucks, or customer or employee data has been exposed"],
         ["The TMS or the Harbor Driver app is down for all users; a depot cannot dispatch trucks; or customer or employee data has been exposed."]),
    turn(2, "factual", "how fast do i have to ack it?", TX, ["within 5 minutes", "5 minutes"],
         ["Acknowledge the page within 5 minutes."]),
    turn(3, "factual", "and for a sev2?", TX, ["within 15 minutes", "15 minutes"],
         ["Acknowledge the page within 15 minutes."]),
    turn(4, "factual", "if the sev1 drags on for more than an hour who has to be called?", TX,
         ["the Head of Engineering, Maarten Kuipers", "Maarten Kuipers", "Head of Engineering", "+31 10 555 0177"],
         ["For a SEV1 that lasts longer than one hour, the IC must also call the Head of Engineering, Maarten Kuipers, on +31 10 555 0177, day or night."]),
]})
json.dump({"items": items}, open(HERE / "dev.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
import collections
print(len(items), collections.Counter(i["type"] for i in items))
