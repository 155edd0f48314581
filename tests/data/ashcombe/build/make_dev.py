"""Writes dev.json for the ashcombe held-out set: questions written from the documents in docs/ before any product
run. Same schema as fernhill (and oakridge, meridian, northwind, harbor)."""
from pathlib import Path
HERE = Path(__file__).resolve().parents[1]  # tests/data/ashcombe
import json
MD, PD, DX, HT, TX = ("staff-handbook.md", "safeguarding-and-online-safety-policy.pdf", "governors-minutes-2027-11-24.docx",
                      "parents-faq.html", "exams-and-site-procedures.txt")
items = []
def add(type, q, doc, answers, evidence, **kw):
    ev = [{"quote": e[0], "page": e[1]} if isinstance(e, tuple) else {"quote": e} for e in evidence]
    it = {"id": f"ac-{len(items)+1:03d}", "type": type, "q": q, "doc": doc, "answerable": type != "unanswerable",
          "answers": answers, "evidence": ev}
    it.update(kw)
    items.append(it)
    return it

# ---- factual (19)
add("factual", "whats the most an HLTA can earn", MD,
    ["£28,230", "28,230", "£28,230 a year full-time equivalent (Grade 5, from 1 April 2027)"],
    ["| Higher Level Teaching Assistant (HLTA) | Grade 5 | £26,410 – £28,230 | Yes, and may teach planned lessons to a whole class for up to **5 hours a week** | Term time plus 5 days |"],
    note="£25,940 is the top of the Cover Supervisor range and £24,320 the top of the Teaching Assistant range.")
add("factual", "what time do i have to ring in sick by if im based at mill lane", MD,
    ["07:30", "by 7:30am, and text the Head of Sixth Form as well", "before 07:30"],
    ["Sixth Form Centre staff phone the same line by **07:30** and also text the Head of Sixth Form."],
    note="Main site staff must phone before 07:00.")
add("factual", "who do i talk to about getting cover for my lessons", MD,
    ["Bev Tilley", "Mrs Bev Tilley, the Cover Manager (ext 231)"],
    ["Cover is arranged by the Cover Manager, **Mrs Bev Tilley**.",
     "| Cover and timetable changes | Bev Tilley, Cover Manager | 231 |"])
add("factual", "mileage rate if i drive between the two sites?", MD, ["45p a mile", "45p", "45 pence per mile"],
    ["Staff are paid **45p a mile** for business journeys in their own car, such as a trip visit or travelling between the two sites during the day"],
    note="The journey from home to your usual site does not count.")
add("factual", "how long do we hang on to web filter logs now", PD, ["12 months", "a year", "one year"],
    [("Web filtering logs 12 months Online Safety Lead", 3),
     ("Web filtering logs are now kept for 12 months instead of 6 months", 1)],
    note="Version 4 of the policy kept them for 6 months.")
add("factual", "who's the deputy safegaurding lead at the sixth form centre", PD,
    ["Grace Osei-Mensah", "Grace Osei-Mensah, Sixth Form Pastoral Manager"],
    [("Deputy DSL Aisha Karim, Assistant Head Grace Osei-Mensah, Pastoral Manager", 1)],
    note="Aisha Karim is the Main site deputy; Tobias Lund is the second deputy at the Sixth Form Centre.")
add("factual", "what number do i call about a safeguarding worry in the summer holidays", PD,
    ["07700 900 318", "07700 900 318, 09:00 to 17:00 on weekdays"],
    [("In the school holidays the DSL or a deputy can be reached on 07700 900 318 between 09:00 and 17:00 on weekdays.", 1)],
    note="Outside those hours: the county emergency duty team, or 999.")
add("factual", "how long are safeguarding files kept for", PD,
    ["until the student's 25th birthday", "until they turn 25"],
    [("Safeguarding file (SafeLog) Until the 25th birthday DSL", 3)])
add("factual", "whats sixth form attendance been this half term", DX, ["94.8%", "94.8 per cent"],
    ["Attendance for the half term was 93.4% overall: 93.1% on the Main site and 94.8% at the Sixth Form Centre."],
    note="93.1% is the Main site figure and 93.4% the overall one.")
add("factual", "how late is the study centre at mill lane open after the new year", DX,
    ["18:00 on Mondays to Thursdays from 10 January 2028 (17:00 on Fridays)", "18:00", "6pm Mon-Thu"],
    ["The Sixth Form Centre study centre stays open until 18:00 on Mondays to Thursdays from 10 January 2028.",
     "Friday closing stays at 17:00."],
    note="The exams and site procedures document (reviewed September 2027) still shows 08:00-17:00 every weekday.")
add("factual", "when do the governors meet next", DX,
    ["Wednesday 9 February 2028 at 18:00 at the Sixth Form Centre, Mill Lane", "9 February 2028", "9 Feb"],
    ["The next Full Governing Board meeting is on Wednesday 9 February 2028 at 18:00 at the Sixth Form Centre, Mill Lane."])
add("factual", "how much has gone on supply teachers so far this yr", DX,
    ["£71,400 to 31 October 2027", "£71,400", "71,400"],
    ["Spending on supply teachers was £71,400 to 31 October, against £95,000 budgeted for the whole year"],
    note="£95,000 is the whole-year budget; the forecast assumes £150,000 for the year.")
add("factual", "how much is a blazer", HT,
    ["£32.50 for chest sizes up to 36 inches, £36.50 for larger sizes", "£32.50", "£36.50 for bigger sizes"],
    ["Blazer with badge: £32.50 for chest sizes up to 36 inches, £36.50 for larger sizes"])
add("factual", "when do the kids go back after christmas", HT,
    ["Wednesday 5 January 2028", "5 January", "5th Jan"],
    ["Spring 2028 Wednesday 5 January 2028 Friday 31 March 2028 Monday 14 to Friday 18 February 2028"],
    note="Tuesday 4 January 2028 is an INSET day with no students.")
add("factual", "what number do i ring to say my son is off sick", HT,
    ["01632 960 510 (option 1 for the Main site, option 2 for the Sixth Form Centre), before 08:30",
     "01632 960 510", "the attendance line, 01632 960 510, or the ParentHub app"],
    ["Please phone the attendance line on 01632 960 510 (option 1 for the Main site, option 2 for the Sixth Form Centre), or send a message through the ParentHub app, before 08:30 on every day your child is absent."])
add("factual", "when's the second hand uniform sale on", HT,
    ["the first Friday of every month, 15:15 to 16:00, in the Main site dining hall", "first Friday of the month 3:15-4pm"],
    ["The Friends of Ashcombe run a second-hand uniform sale in the Main site dining hall on the first Friday of every month from 15:15 to 16:00."])
add("factual", "when are the yr 11 mocks", TX,
    ["Monday 10 to Friday 21 January 2028", "10-21 January 2028"],
    ["Year 11 mock exams ........ Monday 10 to Friday 21 January 2028"],
    note="The Year 13 mocks are 29 November to 10 December 2027.")
add("factual", "how much to get an a level paper remarked", TX,
    ["£48 per paper", "£48", "£48, or £58 for a priority review"],
    ["Review of marking, A level, per paper ............. £48"],
    note="GCSE is £42 a paper; a priority A level review is £58.")
add("factual", "what time do students need to be there for an afternoon exam", TX,
    ["13:15", "by 1:15pm, outside the exam room", "13:15 for a 13:30 start"],
    ["Candidates must be outside the exam room by 08:40 for a morning exam and by 13:15 for an afternoon exam"],
    note="08:40 is for morning exams; afternoon exams start at 13:30.")

# ---- yes/no (9: 5 no, 4 yes)
add("yes_no", "can a cover supervisor actually teach the class new stuff", MD,
    ["no", "a cover supervisor supervises work set by the absent teacher and does not teach new material"],
    ["| Cover Supervisor | Grade 4 | £24,790 – £25,940 | Yes, to supervise work set by the absent teacher; does not teach new material | Term time plus 5 days |"],
    note="An HLTA may teach planned lessons for up to 5 hours a week.")
add("yes_no", "been off 10 days now, do i need a doctors note", MD,
    ["yes", "yes, a fit note is needed from the 8th calendar day"],
    ["From the **8th calendar day**, send the HR office a fit note from your GP or hospital."],
    note="Up to 7 calendar days is self-certified on form HR-S2.")
add("yes_no", "am i allowed to message a student from my personal phone about homework", PD,
    ["no", "staff must not contact students by text or give them a personal number; use Teams and academy email only"],
    [("contact students by text, personal email, phone call or social media, or give students a personal number; use Teams and academy email only;", 3)])
add("yes_no", "can sixth formers use there phones in the study centre", PD,
    ["yes", "yes, in the common room and the study centre, but not in lessons unless the teacher allows it"],
    [("Students in Years 12 and 13 may use phones in the common room and the study centre, but not in lessons unless the teacher allows it.", 3)])
add("yes_no", "are school dinners going up in price?", DX,
    ["yes", "the meal deal rises from £2.65 to £2.80 (Main site) and £2.90 to £3.05 (Sixth Form Centre) from 5 January 2028"],
    ["The lunchtime meal deal rises from £2.65 to £2.80 on the Main site and from £2.90 to £3.05 at the Sixth Form Centre from 5 January 2028, and the free school meals allowance rises to £2.80."],
    note="The parents' FAQ still shows £2.65 and £2.90.")
add("yes_no", "can year 9s go to the shops at lunch", HT,
    ["no", "students in Years 7 to 11 may not leave the Main site at lunchtime"],
    ["Students in Years 7 to 11 may not leave the Main site at lunchtime."],
    note="Year 12 may leave with a signed form, Year 13 without one.")
add("yes_no", "can i top up my daughters dinner money online", HT,
    ["yes", "yes, through the ParentHub app"],
    ["Top up your child's account online through the ParentHub app, and your child pays at the till with their fingerprint or student card."])
add("yes_no", "can you keep your phone in your pocket in an exam if its turned off", TX,
    ["no", "phones are handed in before entering; a phone found on a candidate is reported to the exam board even if switched off"],
    ["Phones, smartwatches and earbuds are handed to the invigilator in a labelled bag before entering the room.",
     "A phone or watch found on a candidate in the exam room is reported to the exam board, even if it is switched off."])
add("yes_no", "is the sixth form centre open over the holidays", TX,
    ["no", "it is closed in all school holidays except on results days"],
    ["The Sixth Form Centre is closed in all school holidays, except on results days (section 2).",
     "Sixth Form Centre 07:30-18:00 07:30-17:30 closed closed"])

# ---- list (6)
add("list", "what do the different lanyard colours mean", MD,
    ["Navy: permanent staff", "Green: supply, agency and peripatetic staff with a DBS check seen",
     "Yellow: visitors with a DBS check seen, may move around unescorted",
     "Red: visitors without a checked DBS, escorted at all times", "Grey: sixth form students"],
    ["**Navy lanyard:** permanent staff",
     "**Green lanyard:** supply, agency and peripatetic staff whose DBS check has been seen by the academy",
     "**Yellow lanyard:** visitors whose DBS check has been seen at reception; they may move around unescorted",
     "**Red lanyard:** visitors without a checked DBS, who must be escorted by a member of staff at all times",
     "Sixth form students wear a grey lanyard with their student card."])
add("list", "what are staff not allowed to do online with students", PD,
    ["contact students by text, personal email, phone or social media, or give them a personal number (Teams and academy email only)",
     "follow, friend or accept requests from current students, or former students under 18",
     "take photos or videos of students on a personal device",
     "be alone with a student in a car, except in an emergency agreed by the Headteacher"],
    [("contact students by text, personal email, phone call or social media, or give students a personal number; use Teams and academy email only;", 3),
     ("follow, friend or accept requests from current students, or former students under 18, on social media;", 3),
     ("take photos or videos of students on a personal device; use an academy camera or iPad and delete images from it once they have been uploaded to the academy system;", 3),
     ("be alone with a student in a car, except in an emergency agreed by the Headteacher.", 3)])
add("list", "what actions did martin cole get at the governors meeting", DX,
    ["Order the phone pouches and write to parents of Years 7 to 9 (10 March 2028)",
     "Tell parents about the new lunch prices and update the website (15 December 2027)"],
    ["Order the phone pouches and write to parents of Years 7 to 9 Martin Cole 10 March 2028",
     "Tell parents about the new lunch prices and update the website Martin Cole 15 December 2027"],
    note="Rows of the action table whose owner is Martin Cole.")
add("list", "which days are inset days this year", HT,
    ["Wednesday 1 September 2027", "Tuesday 4 January 2028", "Monday 26 June 2028"],
    ["The academy is closed to students on three training (INSET) days: Wednesday 1 September 2027, Tuesday 4 January 2028 and Monday 26 June 2028."],
    note="The academy is also closed on the May Day bank holiday, Monday 1 May 2028.")
add("list", "what pe kit does my son need", HT,
    ["navy PE polo shirt with the academy badge", "plain navy shorts or a navy skort", "navy sports socks",
     "non-marking trainers for indoor lessons", "football boots and a gum shield for outdoor games (October to March)"],
    ["A navy PE polo shirt with the academy badge, plain navy shorts or a navy skort, navy sports socks, non-marking trainers for indoor lessons, and football boots and a gum shield for outdoor games from October to March."],
    note="A plain navy training top is optional, for cold weather.")
add("list", "what can my kid take into the exam room", TX,
    ["a clear pencil case", "black pens", "pencils", "a ruler", "an eraser", "a calculator for papers that allow one",
     "water in a clear bottle with the label taken off"],
    ["Bring everything in a clear pencil case: black pens, pencils, a ruler, an eraser, and a calculator for papers that allow one.",
     "Water is allowed only in a clear bottle with the label taken off."],
    note="Phones, smartwatches and earbuds are handed in before entering.")

# ---- explanation (6)
add("explanation", "how do i ask for a day off in term time", MD,
    ["Fill in form HR-L1 on the HR portal at least 15 school days ahead; your line manager comments on the effect on "
     "classes and cover; the Headteacher decides within five school days. Leave is paid only for your own or your "
     "child's graduation (1 day), moving house (1 day) or compassionate leave (up to 5 days); other leave is unpaid"],
    ["Complete form **HR-L1** on the HR portal at least **15 school days** before the date, or as soon as you can in an emergency.",
     "Your line manager adds a comment on the effect on classes and cover.",
     "The **Headteacher** decides and replies within five school days.",
     "Paid leave is given for: your own or your child's graduation ceremony (1 day); moving house (1 day); and compassionate leave on the death of a close relative (up to **5 days**). Other requests, if granted, are unpaid."])
add("explanation", "a yr 8 told me something worrying and asked me not to tell anyone, what do i do", PD,
    ["Listen calmly without leading questions; never promise to keep it secret; if the student is at risk of immediate "
     "harm, go to the DSL or the deputy DSL on your site straight away in person; record it in the student's own words "
     "on SafeLog the same day before leaving site; do not discuss it with others, the DSL decides what happens next"],
    [("Listen calmly and let the student talk. Do not ask leading questions or investigate.", 2),
     ("Never promise to keep it secret: explain that you may need to tell someone who can help.", 2),
     ("If the student is at risk of immediate harm, find the DSL or the deputy DSL on your site straight away, in person, and do not leave the student alone.", 2),
     ("Record what you saw and heard, in the student's own words, on SafeLog the same day, before you leave site.", 2),
     ("The DSL decides what happens next and will tell you what you need to know.", 2)])
add("explanation", "what happens when a kid is off and nobody has rung in", PD,
    ["The attendance team contacts the parent by 09:30 (Main site) or 10:15 (Sixth Form Centre); if there is no "
     "contact by the end of the second day the Head of Year or Sixth Form Pastoral Manager tells the DSL and a home "
     "visit is made on the third day; after 10 school days in a row without explanation the student is referred to "
     "the local authority as a child missing education"],
    [("If a student is absent and no reason has been given, the attendance team contacts the parent by 09:30 on the Main site and by 10:15 at the Sixth Form Centre.", 2),
     ("If there has been no contact with the family by the end of the second day, the Head of Year or the Sixth Form Pastoral Manager tells the DSL, and a home visit is made on the third day.", 2),
     ("A student who has missed 10 school days in a row without explanation is referred to the local authority as a child missing education.", 2)])
add("explanation", "why are heads of year getting more money", DX,
    ["Since September the Heads of Year have taken on first-day follow-up of unexplained absence and the third-day "
     "home visits, which added a lot to their workload, so the allowance rises from TLR 2b (£4,650) to TLR 2c "
     "(£5,400) from 1 January 2028"],
    ["since September the five Heads of Year have taken on first-day follow-up of unexplained absence and the home visits on the third day, which has added considerably to their workload.",
     "She proposed that the Head of Year allowance be raised from TLR 2b (£4,650) to TLR 2c (£5,400) from 1 January 2028."])
add("explanation", "what happens if i take the kids to spain in term time", HT,
    ["The Headteacher only grants term-time leave in exceptional circumstances, never for a family holiday; if a child "
     "misses five or more days for an unauthorised holiday the council may issue a penalty notice of £80 per parent "
     "for each child if paid within 21 days, rising to £160 if paid within 28 days"],
    ["The Headteacher can only grant leave in term time in exceptional circumstances, and never for a family holiday.",
     "If a child misses five or more days for an unauthorised holiday, Vale County Council may issue a penalty notice of £80 per parent for each child if it is paid within 21 days, rising to £160 if it is paid within 28 days."])
add("explanation", "what happens if the fire alarm goes off in the middle of an exam", TX,
    ["The lead invigilator stops the exam and candidates note the time and leave papers face down; they leave in "
     "silence in seat order with invigilators and are kept apart from other students, not talking or using phones; "
     "when safe they return and the lost time is added to the end; the Exams Officer reports it to the board the same day"],
    ["The lead invigilator stops the exam and tells candidates to note the time and leave their papers face down on the desk.",
     "Candidates leave in silence, in seat order, with the invigilators, and are kept apart from other students at the assembly point.",
     "Candidates must not talk about the exam or use their phones.",
     "When it is safe, candidates return and the time lost is added to the end of the exam. The Exams Officer reports the incident to the exam board the same day."])

# ---- unanswerable (6)
add("unanswerable", "whats the starting salary for a newly qualified teacher", MD, [], [], subtype="near_miss",
    note="The handbook gives TLR values and support staff grades only; teachers' pay scales are in the trust pay policy and are not repeated.")
add("unanswerable", "how long do we keep the visitor signing in book", PD, [], [], subtype="near_miss",
    note="The retention table covers SafeLog files, transfers, filtering logs, monitoring alerts, allegations, gate CCTV "
         "and the single central record, not visitor sign-in records.")
add("unanswerable", "how many safeguarding concerns were logged in the whole of last year", DX, [], [], subtype="near_miss",
    note="Only 1 September to 31 October 2027 (214) and the same period last year (188) are given.")
add("unanswerable", "what are the term dates for 2028-29", HT, [], [], subtype="near_miss",
    note="The FAQ gives 2027/28 only; the minutes say the 2028/29 dates will be published in January 2028 without giving them.")
add("unanswerable", "how much is a review of marking for a btec", TX, [], [], subtype="near_miss",
    note="Fees are given only for GCSE and A level papers and copies of scripts.")
add("unanswerable", "how do i renew my passport", None, [], [], subtype="off_topic",
    note="Not covered by any document.")

# ---- summary (2)
add("summary", "can u summarise what changed in the latest safeguarding policy", PD, [
    "Version 5 (SG-01), approved on 22 September 2027 and in force from 1 October 2027, replaces version 4",
    "Web filtering logs are now kept for 12 months instead of 6 months",
    "The DSL and deputy DSLs now do refresher training every year instead of every two years",
    "The Sixth Form Centre has its own deputy DSL, Grace Osei-Mensah, on site every day (before, the Main site deputy covered it)",
    "Students' own devices on the Ashcombe-Student Wi-Fi are now filtered like academy devices",
    "Concerns must be recorded on SafeLog the same day, before leaving site (version 4 allowed 24 hours)"],
    [("Approved by the Full Governing Board on 22 September 2027 and in force from 1 October 2027", 1),
     ("Web filtering logs are now kept for 12 months instead of 6 months", 1),
     ("The DSL and the deputy DSLs now complete refresher training every year instead of every two years.", 1),
     ("The Sixth Form Centre now has its own deputy DSL, Grace Osei-Mensah, on site every school day; before, Mill Lane was covered by the Main site deputy.", 1),
     ("Students' own phones and laptops on the Ashcombe-Student Wi-Fi are now filtered in the same way as academy devices.", 1),
     ("Under version 4 staff had 24 hours to do this.", 2)])
add("summary", "what did the governors decide at the november meeting?", DX, [
    "Years 7 to 9 lock their phones in pouches at the gate from 18 April 2028; Years 10 and 11 keep the current rule",
    "The meal deal rises from £2.65 to £2.80 (Main site) and from £2.90 to £3.05 (Sixth Form Centre) from 5 January 2028; the free school meals allowance rises to £2.80",
    "The Sixth Form Centre study centre stays open until 18:00 Monday to Thursday from 10 January 2028",
    "The Head of Year allowance rises from TLR 2b (£4,650) to TLR 2c (£5,400) from 1 January 2028",
    "The Head of Science post is re-advertised in January 2028 with a £2,000 recruitment payment"],
    ["From 18 April 2028, students in Years 7 to 9 lock their phones in pouches at the gate; the current rule continues for Years 10 and 11.",
     "The lunchtime meal deal rises from £2.65 to £2.80 on the Main site and from £2.90 to £3.05 at the Sixth Form Centre from 5 January 2028, and the free school meals allowance rises to £2.80.",
     "The Sixth Form Centre study centre stays open until 18:00 on Mondays to Thursdays from 10 January 2028.",
     "The Head of Year allowance rises from TLR 2b (£4,650) to TLR 2c (£5,400) from 1 January 2028.",
     "The Head of Science post is re-advertised in January 2028 with a £2,000 recruitment payment."])

# ---- conversations (4)
def turn(n, type, q, doc, answers, evidence):
    ev = [{"quote": e[0], "page": e[1]} if isinstance(e, tuple) else {"quote": e} for e in evidence]
    return {"turn": n, "type": type, "q": q, "doc": doc, "answerable": True, "answers": answers, "evidence": ev}
items.append({"id": f"ac-{len(items)+1:03d}", "type": "conversation", "doc": HT, "turns": [
    turn(1, "factual", "how much is a school lunch", HT,
         ["£2.65 for a meal deal on the Main site", "£2.65"],
         ["Meal deal: main course, dessert or fruit, and a drink £2.65 £2.90"]),
    turn(2, "factual", "what about the sixth form?", HT, ["£2.90", "£2.90 for a meal deal at the Sixth Form Centre"],
         ["Meal deal: main course, dessert or fruit, and a drink £2.65 £2.90"]),
    turn(3, "yes_no", "someone said its going up after christmas, is that right", DX,
         ["yes", "from 5 January 2028 the meal deal goes up to £2.80 on the Main site and £3.05 at the Sixth Form Centre"],
         ["The lunchtime meal deal rises from £2.65 to £2.80 on the Main site and from £2.90 to £3.05 at the Sixth Form Centre from 5 January 2028, and the free school meals allowance rises to £2.80."]),
]})
items.append({"id": f"ac-{len(items)+1:03d}", "type": "conversation", "doc": MD, "turns": [
    turn(1, "factual", "how far in advance do i need to get a day trip approved", MD,
         ["at least 6 weeks before, by sending the proposal to the EVC", "6 weeks"],
         ["Send the trip proposal form to him at least **6 weeks** before a day trip and at least **6 months** before a residential or overseas trip."]),
    turn(2, "factual", "and a residential?", MD, ["at least 6 months before", "6 months"],
         ["Send the trip proposal form to him at least **6 weeks** before a day trip and at least **6 months** before a residential or overseas trip."]),
    turn(3, "factual", "who signs it off?", MD,
         ["the Headteacher approves it after the EVC, Callum Reid, checks the risk assessment; overseas trips also need the governing board",
          "the Headteacher"],
         ["Every trip is planned with the Educational Visits Coordinator (EVC), **Mr Callum Reid**.",
          "The EVC checks the risk assessment and the Headteacher approves it; overseas trips must also be approved by the governing board."]),
    turn(4, "factual", "how many adults do i need for 45 year 8s then", MD,
         ["5 adults", "1 adult for every 10 students, so 5"],
         ["Years 7 to 9: **1 adult for every 10 students**"]),
]})
items.append({"id": f"ac-{len(items)+1:03d}", "type": "conversation", "doc": TX, "turns": [
    turn(1, "factual", "when is gcse results day", TX, ["Thursday 24 August 2028", "24 August", "24 August 2028, from 09:00 in the Main Hall"],
         ["GCSE results day .......... Thursday 24 August 2028",
          "On GCSE results day, results can be collected from 09:00 in the Main Hall."]),
    turn(2, "factual", "and for a levels?", TX, ["Thursday 17 August 2028", "17 August", "17 August 2028, from 08:00 in the Sixth Form Centre hall"],
         ["A level results day ....... Thursday 17 August 2028",
          "On A level results day, results can be collected from 08:00 in the Sixth Form Centre hall."]),
    turn(3, "factual", "if the grade looks wrong how much is it to get it checked", TX,
         ["£48 per paper for an A level review of marking, or £58 for a priority review", "£48"],
         ["Review of marking, A level, per paper ............. £48",
          "Priority review, A level (university place) ....... £58"]),
    turn(4, "yes_no", "do we get that back if it goes up", TX, ["yes", "the fee is refunded if the grade goes up"],
         ["The fee is refunded if the grade goes up."]),
]})
items.append({"id": f"ac-{len(items)+1:03d}", "type": "conversation", "doc": PD, "turns": [
    turn(1, "yes_no", "are year 8s allowed phones in school", PD,
         ["yes", "yes, but switched off and out of sight from the gate until 15:10"],
         [("Students in Years 7 to 11 must keep their phones switched off and out of sight from the moment they come through the gate until 15:10.", 3)]),
    turn(2, "explanation", "what happens if a teacher sees it", PD,
         ["It is confiscated and returned at the end of the day; the second time in a half term a parent must collect it from Student Services"],
         [("A phone that is seen or heard is confiscated and returned at the end of the day; the second time in a half term, a parent must collect it from Student Services.", 3)]),
    turn(3, "yes_no", "i heard thats changing, is it?", DX,
         ["yes", "from 18 April 2028 Years 7 to 9 lock their phones in pouches at the gate; Years 10 and 11 keep the current rule"],
         ["From 18 April 2028, students in Years 7 to 9 lock their phones in pouches at the gate; the current rule continues for Years 10 and 11."]),
]})
json.dump({"items": items}, open(HERE / "dev.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
import collections
print(len(items), collections.Counter(i["type"] for i in items),
      sum(len(i["turns"]) if i["type"] == "conversation" else 1 for i in items), "judged rows")
