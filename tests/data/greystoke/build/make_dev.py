"""Writes dev.json for the greystoke set: questions written from the documents in docs/ before any product run. Same
schema as hartwell and ferncombe. This set is for studying yes/no verdicts: 48 of its 60 items are yes/no questions
(24 yes, 24 no), spread over the five documents, and every later turn of its four conversations is a yes/no
question."""
from pathlib import Path
HERE = Path(__file__).resolve().parents[1]  # tests/data/greystoke
import json
MD, PD, DX, HT, TX = ("staff-handbook.md", "school-booking-terms-and-prices-2033.pdf",
                      "managers-meeting-minutes-2033-03-14.docx", "visitor-faq.html",
                      "capsize-missing-person-and-lightning-procedure.txt")
items = []
def add(type, q, doc, answers, evidence, **kw):
    ev = [{"quote": e[0], "page": e[1]} if isinstance(e, tuple) else {"quote": e} for e in evidence]
    it = {"id": f"gm-{len(items)+1:03d}", "type": type, "q": q, "doc": doc, "answerable": type != "unanswerable",
          "answers": answers, "evidence": ev}
    it.update(kw)
    items.append(it)
    return it

# rows of the procedure's column table of weather limits, their wrapped cells in line order
KAYAK = ("Kayaking gusts of 25 mph water below 8°C: session wetsuits for all; leader stop if you cannot see 200 m")
CANOE = "Open canoe gusts of 25 mph rafted in pairs when session gusts are over 15 mph leader"
PADDLE = ("Paddleboard gusts of 15 mph; swimmers of 25 m only; session never in an water 12°C or more leader "
          "offshore wind")

# ---- factual (4)
add("factual", "how much do we get paid for a night on duty", MD,
    ["£45 a night", "£45 a night, sleeping in the duty flat in the Lodge from 21:00 to 07:00, and nobody does more than 2 nights a week"],
    ["Night duty is paid at **£45 a night**, and nobody does more than **2 nights a week**.",
     "one member of staff sleeps in the duty flat in the Lodge as night duty officer, from 21:00 to 07:00."])
add("factual", "whats the price per kid for 3 nights in june", PD,
    ["£292", "£292 a pupil for a 3-night course in high season (May to July), including meals, beds, activities with instructors and specialist equipment"],
    [("3 nights, Mon to Thu or Tue to Fri £246 £268 £292", 1),
     ("high season is May to July", 1),
     ("Course prices include all meals from dinner on the day you arrive to a packed lunch on the day you leave, beds in shared rooms in the Lodge, activities led by qualified instructors, and all specialist equipment and waterproofs.", 1)],
    note="Low season is £246 and mid season £268 for 3 nights.")
add("factual", "what time can we check in to the bunkhouse", HT,
    ["from 16:00", "from 16:00 to 19:00; check-out is by 10:00"],
    ["Check-in is from 16:00 to 19:00 and check-out by 10:00."])
add("factual", "when is the next managers meeting", DX,
    ["Monday 9 May 2033 at 09:30 in the meeting room of the Lodge"],
    ["The next managers' meeting is on Monday 9 May 2033 at 09:30 in the meeting room of the Lodge."])

# ---- yes/no (48: 24 yes, 24 no)
# staff handbook: 5 yes, 5 no
add("yes_no", "do we not get paid extra for the evening session?", MD,
    ["no", "no, the one evening session a week in the season is part of your contracted hours and is not paid as extra; only a second evening session in the same week is paid, at £16 an hour"],
    ["It is part of your contracted hours and is not paid as extra.",
     "In the season every instructor leads **one evening session a week** (19:00 – 21:00)",
     "A second evening session in the same week is paid at **£16 an hour**, or taken as time off in lieu if you prefer."],
    note="Negatively phrased; the gold follows the fact: the first evening session of the week is not paid as extra.")
add("yes_no", "ended up doing 2 evening sessions this week, does the 2nd one get paid", MD,
    ["yes", "yes, a second evening session in the same week is paid at £16 an hour, or you can take it as time off in lieu"],
    ["A second evening session in the same week is paid at **£16 an hour**, or taken as time off in lieu if you prefer."])
add("yes_no", "can i do 3 night duties a week? could do with the cash", MD,
    ["no", "no, nobody does more than 2 nights of night duty a week (paid at £45 a night)"],
    ["Night duty is paid at **£45 a night**, and nobody does more than **2 nights a week**."])
add("yes_no", "ive got my ML, RCI and paddlesport instuctor, do i get all 3 allowances", MD,
    ["no", "no, allowances are paid for no more than two awards; with more you are paid for the two highest, here Mountain Leader (£900) and Rock Climbing Instructor (£700)"],
    ["Allowances are paid monthly, for **no more than two awards** per person: if you hold more, you are paid for the two highest.",
     "| Mountain Leader | £900 |",
     "| Rock Climbing Instructor | £700 |",
     "| Paddlesport Instructor | £600 |"])
add("yes_no", "im 23 and passed my test at 17, am i allowed to drive the minibus?", MD,
    ["no", "no, minibus drivers must be 25 or over, as well as having held a full car licence for at least 3 years and passed the centre's minibus driving assessment"],
    ["The centre's three minibuses may be driven only by staff who are **25 or over**, have held a full car licence for at least **3 years** and have passed the centre's minibus driving assessment."],
    note="The minutes of 14 March 2033 defer lowering the age to 21 to the May meeting; until then drivers must still be 25 or over.")
add("yes_no", "is a pint with lunch at 1 ok if my evening session starts at 7", MD,
    ["no", "no, you must not drink alcohol within 8 hours before leading an activity, and 1 pm is only 6 hours before a 7 pm session"],
    ["Do not drink alcohol within **8 hours** before leading an activity or driving a centre vehicle, or at any time while on night duty."])
add("yes_no", "my sister wants to stay in the bunkhouse in october, do i still get the half price for family?", MD,
    ["yes", "yes, family and friends can stay in the Bunkhouse at half price except in July and August, so October is fine"],
    ["- Family and friends can stay in the Bunkhouse at **half price**, except in July and August."])
add("yes_no", "been here 3 years, do i get more than 25 days holiday now", MD,
    ["yes", "yes, with 2 to 4 years' service you get 27 days a year, on top of the bank holidays (25 days is for under 2 years)"],
    ["| 2 to 4 years | 27 days | Up to 3 days |",
     "| Under 2 years | 25 days | Up to 3 days |",
     "On top of the bank holidays, full-time staff get:"])
add("yes_no", "was off a week with a bad back, do i need to see cormac before i take kayaking again?", MD,
    ["yes", "yes, an instructor who has been off for more than 5 days with an illness or injury has a fitness to instruct check with the Head of Instruction, Cormac Dunleavy, before leading any water or rope session"],
    ["3. An instructor who has been off for more than **5 days** with an illness or injury has a fitness to instruct check with the Head of Instruction before leading any water or rope session.",
     "Cormac Dunleavy is Head of Instruction and signs off every instructor's remits."])
add("yes_no", "are staff allowed on the barn wall after work for free", MD,
    ["yes", "yes, staff climb free of charge outside booked sessions once they have signed in at reception, but never alone: another member of staff must be in the Barn with you"],
    ["Staff climb on the Barn Wall **free of charge** outside booked sessions, once they have signed in at reception.",
     "Never climb alone: another member of staff must be in the Barn with you, and lead climbing needs a belayer who holds a wall remit."])

# booking terms (PDF): 5 yes, 5 no
add("yes_no", "one of my year 4s is 8, can she do the kayaking?", PD,
    ["no", "no, the minimum age for kayaking is 10, and pupils must have reached it on the first day of the course; at 8 she can do open canoeing, whose minimum age is 8, and the instructors offer another activity at the same time"],
    [("Kayaking 10 8 pupils Scarrow Water", 2),
     ("Open canoeing 8 10 pupils Scarrow Water", 2),
     ("Pupils must have reached the minimum age on the first day of the course.", 2),
     ("We cannot make exceptions, even for confident pupils, but the instructors will offer them another activity at the same time.", 2)])
add("yes_no", "do your staff watch the kids at night so the teachers can get some sleep", PD,
    ["no", "no, teachers stay responsible for their pupils at all times outside activity sessions, including at night; the night duty officer looks after the building and emergencies and does not supervise pupils"],
    [("Teachers stay responsible for their pupils at all times outside activity sessions, including at mealtimes, in the evenings and at night.", 2),
     ("Our instructors supervise pupils only during activity sessions.", 2),
     ("Our night duty officer looks after the building and emergencies, and does not supervise pupils.", 2)])
add("yes_no", "we're bringing 48 kids so we get 6 teachers free, yeah?", PD,
    ["yes", "yes, there is one free place for a teacher or other adult from the school for every 8 pupils, so the group gets 6 free places; further adults pay £58 a night"],
    [("We give one free place for a teacher or other adult from the school for every 8 pupils.", 2),
     ("Further adults pay £58 a night, meals included.", 2)])
add("yes_no", "we booked 40, can we drop 3 kids a week before we come without paying for them", PD,
    ["no", "no, numbers can be reduced by up to 10% without charge only until 2 weeks before arrival; after that the full price is charged for every pupil booked, whether or not they come"],
    [("After the balance is paid you may reduce your numbers by up to 10% without charge until 2 weeks before arrival.", 2),
     ("After that, the full price is charged for every pupil booked, whether or not they come.", 2)])
add("yes_no", "if the kayaking gets called off cos its too windy do we get money back", PD,
    ["no", "no, there are no refunds when the weather changes the activities: the instructors replace the activity with another one and the price stays the same"],
    [("We do not give refunds when the weather changes the activities: the instructors replace an activity that cannot go ahead with another one, and the price stays the same.", 3)])
add("yes_no", "only 14 in our class, can we still book a residential with you?", PD,
    ["yes", "yes, a group smaller than 16 pupils is welcome but is charged as 16 pupils"],
    [("The smallest group we take is 16 pupils; a smaller group is welcome but is charged as 16 pupils.", 2)])
add("yes_no", "if we cancel 8 weeks before do we lose the whole lot", PD,
    ["no", "no, cancelling 12 to 6 weeks before arrival costs 50% of the course price; the full price is charged only for less than 6 weeks"],
    [("12 to 6 weeks before arrival 50% of the course price", 3),
     ("Less than 6 weeks before arrival 100% of the course price", 3)])
add("yes_no", "is lunch included on the day we go home", PD,
    ["yes", "yes, course prices include all meals from dinner on the day you arrive to a packed lunch on the day you leave"],
    [("Course prices include all meals from dinner on the day you arrive to a packed lunch on the day you leave", 1)])
add("yes_no", "if you have to close because of flodding do we get our deposit back", PD,
    ["yes", "yes, although the deposit is otherwise not refundable, if the centre cancels the course (for example because of flooding or a power cut) everything you have paid is refunded, including the deposit, or you are offered new dates"],
    [("If we have to cancel your course, for example because the centre is closed by flooding or a power cut, we refund everything you have paid, including the deposit, or offer you new dates.", 3),
     ("The deposit is not refundable, except as set out in section 7.", 2)])
add("yes_no", "a few of our pupils cant swim, can they still go kayaking?", PD,
    ["yes", "yes, pupils who cannot swim 25 metres can still take part in open canoeing and kayaking, wearing a buoyancy aid like everyone else, but not in paddleboarding"],
    [("Pupils who cannot swim 25 metres can still take part in open canoeing and kayaking, wearing a buoyancy aid like everyone else, but not in paddleboarding.", 2)])

# minutes: 5 yes, 5 no
add("yes_no", "did the managers say yes to dogs in the staff cottage", DX,
    ["no", "no, the request was not agreed: no pets are allowed in the staff cottage, as the Staff Handbook says"],
    ["The meeting did not agree: no pets are allowed in the staff cottage, as the Staff Handbook says."])
add("yes_no", "are you taking school bookings for august this year", DX,
    ["no", "no, not for now: opening the Lodge to school courses in August was deferred to the meeting on Monday 9 May 2033, and until then no school courses are taken for August"],
    ["The proposal was deferred to the next meeting on Monday 9 May 2033; until then no school courses are taken for August."],
    note="The booking terms also say that no school courses are run in August.")
add("yes_no", "can assistant instructors take groups up the pike by themselves now", DX,
    ["no", "no, the proposal to let Assistant Instructors lead above the 600 m contour on their own was not agreed; they still lead hill walks only below 600 m"],
    ["The meeting did not agree: Assistant Instructors still lead hill walks only below 600 m."])
add("yes_no", "so has the minibus driving age come down to 21?", DX,
    ["no", "no, lowering it from 25 to 21 was deferred to the meeting on Monday 9 May 2033 because the insurer has not given a price; until then minibus drivers must still be 25 or over"],
    ["The insurer has not yet given a price for drivers under 25, so the proposal was deferred to the meeting on Monday 9 May 2033.",
     "Until then minibus drivers must still be 25 or over."])
add("yes_no", "the cafe's going to open on mondays in the winter now, isnt it?", DX,
    ["no", "no, opening on Mondays from November to February was not agreed; the café stays closed on Mondays all year"],
    ["The meeting did not agree: the café stays closed on Mondays all year.",
     "Dev proposed opening the café on Mondays from November to February."])
add("yes_no", "are we taking on extra instructors for the summer", DX,
    ["yes", "yes, the meeting agreed to recruit two extra seasonal Assistant Instructors for May to September, because of the high-season bookings"],
    ["The meeting agreed to recruit two extra seasonal Assistant Instructors for May to September, because of the high-season bookings."])
add("yes_no", "was that kid in the february capsize in the water for over 10 mins?", DX,
    ["yes", "yes, a Year 6 pupil was in the water for 14 minutes because the engine of safety boat 2 would not start; the pupil was warmed up, checked by the first aider and was well"],
    ["and a Year 6 pupil was in the water for 14 minutes because the engine of safety boat 2 would not start.",
     "The pupil was warmed up in the Boathouse, checked by the first aider and was well"])
add("yes_no", "is safety boat 2 getting a new engine", DX,
    ["yes", "yes, the meeting agreed to buy a new engine for it at £6,800, to be fitted before 4 April; the electric safety boat was deferred"],
    ["The meeting agreed to buy a new engine for it, at £6,800, to be fitted before 4 April.",
     "Ian Threlkeld said the engine of safety boat 2 is 11 years old."])
add("yes_no", "did we make a surplus last year", DX,
    ["yes", "yes, a surplus of £38,400 for 2032 on an income of £2,140,000, against a budgeted surplus of £25,000"],
    ["Colette Varley reported a surplus of £38,400 for 2032 on an income of £2,140,000, against a budgeted surplus of £25,000"])
add("yes_no", "did more school kids come in 2032 than the year before?", DX,
    ["yes", "yes, there were 9,412 pupil nights from 187 school groups in 2032, up from 8,960 in 2031"],
    ["Rosie Gallimore reported 9,412 pupil nights from 187 school groups in 2032, up from 8,960 in 2031."])

# visitor FAQ: 4 yes, 5 no
add("yes_no", "the bunkhouse sleeps 40, right?", HT,
    ["no", "no, the Bunkhouse has 24 beds in 5 rooms: two rooms of 6 beds and three of 4"],
    ["The Bunkhouse has 24 beds in 5 rooms: two rooms of 6 beds and three of 4."])
add("yes_no", "isnt the cafe open on mondays?", HT,
    ["no", "no, the Pike View Café is closed on Mondays; it opens 09:30 to 16:30 Tuesday to Friday and 09:00 to 17:00 at weekends"],
    ["Monday Closed Closed 09:00 to 17:00",
     "Tuesday and Thursday 09:30 to 16:30 18:00 to 21:30 09:00 to 17:00",
     "Saturday 09:00 to 17:00 10:00 to 16:00 09:00 to 12:00"],
    note="Negatively phrased; the gold follows the fact: the café is not open on Mondays.")
add("yes_no", "can we bring our spaniel when we stay in the bunkhouse", HT,
    ["no", "no, dogs are not allowed in the Bunkhouse, except assistance dogs"],
    ["Dogs are not allowed in the Bunkhouse, except assistance dogs."])
add("yes_no", "can i launch my little boat with an electric outboard from your slipway", HT,
    ["no", "no, powered craft of any kind, including boats with electric motors, are not allowed on Scarrow Water; only kayaks, canoes and paddleboards can launch from the slipway, for £5 a day"],
    ["Powered craft of any kind, including boats with electric motors, are not allowed on Scarrow Water under the lake byelaws.",
     "Yes, if it's a kayak, canoe or paddleboard. You can launch from our slipway for £5 a day."])
add("yes_no", "my son is 6, can he come on the family kayak taster", HT,
    ["no", "no, the kayak taster is for ages 8 and over; the climbing taster takes children from 5"],
    ["Kayak taster 8 and over £32",
     "Climbing taster 5 and over £24"])
add("yes_no", "ive been climbing for years at other walls, do i still have to do your induction?", HT,
    ["yes", "yes, everyone needs the 45-minute induction (£12) before their first public session, however experienced, unless they hold a NICAS Level 2 certificate or higher"],
    ["Everyone needs the induction before their first public session, however experienced they are, unless they hold a NICAS Level 2 certificate or higher, which you show at reception.",
     "once they have registered and passed our 45-minute induction, which costs £12."])
add("yes_no", "bought a gift vocher 10 months ago, can i still use it?", HT,
    ["yes", "yes, vouchers are valid for 12 months from the date you buy them, for climbing, family adventure days, the Bunkhouse and the café"],
    ["Vouchers can be spent on climbing, family adventure days, the Bunkhouse and the café, and are valid for 12 months from the date you buy them."])
add("yes_no", "isn't the climbing wall open to the public on sunday afternoons?", HT,
    ["yes", "yes, the Barn Wall's public sessions on Sundays run from 10:00 to 16:00"],
    ["Sunday 09:00 to 17:00 10:00 to 16:00 Closed"],
    note="Negatively phrased; the gold follows the fact: the wall is open to the public on Sunday afternoons.")
add("yes_no", "can i bring my dog to the cafe if we sit outside", HT,
    ["yes", "yes, dogs are very welcome on the café terrace, though not inside, except assistance dogs"],
    ["Dogs are very welcome on the café terrace, with water bowls, but not inside, except assistance dogs."])

# procedure: 5 yes, 4 no
add("yes_no", "taking 6 kayaks out with year 9s in boathouse bay, does the safety boat have to be on the water?", TX,
    ["no", "no, a safety boat must be on the water only for sessions with more than 8 boats, with a participant under 12, or north of the Narrows; otherwise it waits at the Boathouse jetty, ready to be on the water within 5 minutes"],
    ["A safety boat, driven by someone with the centre's safety boat remit, must be on the water for any session with more than 8 boats, any session with a participant under 12, and any session north of the Narrows.",
     "Otherwise it waits at the Boathouse jetty with its engine checked, and can be on the water within 5 minutes."],
    note="Year 9 pupils are 13 or 14.")
add("yes_no", "gusting 18mph, ok to take the padleboards out?", TX,
    ["no", "no, the limit for paddleboards is gusts of 15 mph, and never in an offshore wind; nobody may start a session above the limits"],
    [PADDLE,
     "Nobody may start or carry on a session above them, whatever a teacher or a group asks."])
add("yes_no", "kayaking in gusts of 20 mph, are we ok to go?", TX,
    ["yes", "yes, the kayaking limit is gusts of 25 mph, as long as the other limits are met: wetsuits for all if the water is below 8°C, and stop if you cannot see 200 m"],
    [KAYAK],
    note="The minutes of 14 March 2033 lower the open canoe limit to 20 mph but leave the kayak limit at 25 mph.")
add("yes_no", "kid went under after a capsize and came up coughing, says hes fine now, does he still have to go to hospital", TX,
    ["yes", "yes, anyone who went under the water and came up coughing goes to hospital even if they seem well afterwards, because breathing problems can start hours later"],
    ["5. Anyone who went under the water and came up coughing, breathed in water or was unconscious for any time goes to hospital, even if they seem well afterwards: breathing problems can start hours later."])
add("yes_no", "do i need to do an incident form if the safety boat had to pick a kid up", TX,
    ["yes", "yes, an incident form is needed when the safety boat picked anyone up, and it goes in Kitlog within 24 hours"],
    ["An incident form is needed only when the safety boat picked anyone up, when anyone was in the water for more than 10 minutes, or when anyone went to hospital.",
     "Incident form in Kitlog ................ within 24 hours"])
add("yes_no", "walking group is 40 mins late off the pike and we cant get hold of them, time to call 999?", TX,
    ["no", "no, not yet: at 30 minutes overdue the Duty Manager calls the leader by phone and by radio, and phones 999 (Police, then Mountain Rescue) when a group is 60 minutes overdue with no contact"],
    ["1. When a group is 30 minutes overdue, the Duty Manager calls the leader by phone and by radio.",
     "2. When a group is 60 minutes overdue with no contact, the Duty Manager phones 999, asks for Police, then Mountain Rescue, and tells the Head of Centre."])
add("yes_no", "should i ring the parents to tell them whats happened?", TX,
    ["no", "no, only the Head of Centre speaks to parents, schools and the press about an incident; instructors must not phone parents or post anything about it online"],
    ["Only the Head of Centre speaks to parents, schools and the press about an incident.",
     "Instructors must not phone parents or post anything about an incident online"])
add("yes_no", "thunder outside during a session on the barn wall, can we carry on climbing?", TX,
    ["yes", "yes, indoor sessions on the Barn Wall do not need to stop, but nobody leaves the Barn until the storm has passed"],
    ["Indoor sessions on the Barn Wall do not need to stop, but nobody leaves the Barn until the storm has passed."])
add("yes_no", "last rumble of thunder was 35 mins ago, can we go back out on the lake", TX,
    ["yes", "yes, you wait at least 30 minutes after the last thunder before starting an outdoor session again, so you can restart; any new rumble starts the 30 minutes again"],
    ["Wait at least 30 minutes after the last thunder before starting an outdoor session again; each new rumble starts the 30 minutes again."])

# ---- unanswerable (4 near misses, in four different documents)
add("unanswerable", "do kitchen staff get a uniform allowance", MD, [], [], subtype="near_miss",
    note="The handbook gives a kit allowance of £250 a year to instructors only, for boots and waterproofs; it says nothing about uniforms or an allowance for kitchen staff.")
add("unanswerable", "how much is a 5 night residential per pupil", PD, [], [], subtype="near_miss",
    note="The price table covers 2-night, 3-night and 4-night courses and day visits only.")
add("unanswerable", "how much to hire a wetsuit if i bring my own kayak to the lake", HT, [], [], subtype="near_miss",
    note="The FAQ gives the slipway fee (£5 a day) and says wetsuits are provided on family adventure days, but gives no wetsuit hire for people paddling on their own.")
add("unanswerable", "whats the wind limit for sailing dinghies", TX, [], [], subtype="near_miss",
    note="The weather limits table covers kayaking, open canoes, paddleboards, the Greystoke Pike summit walk and rock climbing at Harrow Crag; sailing is not mentioned.")

# ---- conversations (4 of 3 turns; turns 2 and 3 are yes/no, and each has a later turn answered by the minutes)
def turn(n, type, q, doc, answers, evidence):
    ev = [{"quote": e[0], "page": e[1]} if isinstance(e, tuple) else {"quote": e} for e in evidence]
    return {"turn": n, "type": type, "q": q, "doc": doc, "answerable": True, "answers": answers, "evidence": ev}
items.append({"id": f"gm-{len(items)+1:03d}", "type": "conversation", "doc": MD, "turns": [
    turn(1, "factual", "how much is the kit allowance for instructors", MD,
         ["£250 a year", "£250 a year for personal kit such as boots, waterproofs, gloves and a rucksack, claimed in Bothyrota with receipts within 2 months of buying"],
         ["Instructors get a kit allowance of **£250 a year** for personal kit such as boots, waterproofs, gloves and a rucksack.",
          "Claim it in Bothyrota with receipts within 2 months of buying."]),
    turn(2, "yes_no", "can i put it towards a new harness?", MD,
         ["no", "no, technical kit such as harnesses, helmets, buoyancy aids and ropes is provided by the centre and is not covered by the allowance, and you must never use your own on a session"],
         ["Technical kit (harnesses, helmets, buoyancy aids and ropes) is provided by the centre and is not covered by the allowance: never use your own on a session."]),
    turn(3, "yes_no", "someone said its going up, is that right", DX,
         ["yes", "yes, from Friday 1 April 2033 the kit allowance goes up from £250 to £300 a year; technical kit is still not covered"],
         ["The meeting agreed that from Friday 1 April 2033 the kit allowance goes up from £250 to £300 a year.",
          "Technical kit is still provided by the centre and is still not covered by the allowance."]),
]})
items.append({"id": f"gm-{len(items)+1:03d}", "type": "conversation", "doc": PD, "turns": [
    turn(1, "factual", "how much extra is the ghyll scramble for a school group", PD,
         ["£14 a pupil", "£14 a pupil, booked in advance; it is not included in the course price"],
         [("the ghyll scramble in Black Sike, which costs £14 a pupil and must be booked in advance", 1)]),
    turn(2, "yes_no", "we're coming for 4 nights in october, is it included for us now?", DX,
         ["yes", "yes, from Thursday 1 September 2033 the ghyll scramble is included in the price of 4-night courses at no extra charge"],
         ["The meeting agreed that from Thursday 1 September 2033 the ghyll scramble is included in the price of 4-night courses, at no extra charge."]),
    turn(3, "yes_no", "and our 3 night trip in june, is it free on that one as well?", DX,
         ["no", "no, groups on 2-night and 3-night courses still pay £14 a pupil for it"],
         ["Groups on 2-night and 3-night courses still pay £14 a pupil for it, and the 2033 course prices do not change."]),
]})
items.append({"id": f"gm-{len(items)+1:03d}", "type": "conversation", "doc": TX, "turns": [
    turn(1, "factual", "whats the wind limit for the open canoes", TX,
         ["gusts of 25 mph", "gusts of 25 mph, measured at the Boathouse anemometer, with the canoes rafted in pairs when gusts are over 15 mph"],
         [CANOE,
          "Wind limits are gusts measured at the Boathouse anemometer, shown on the weather page of Kitlog."]),
    turn(2, "yes_no", "heard that got lowered after the capsize in feb, true?", DX,
         ["yes", "yes, from Monday 4 April 2033 the wind limit for open canoes is gusts of 20 mph, instead of 25 mph"],
         ["The meeting agreed that from Monday 4 April 2033 the wind limit for open canoes is gusts of 20 mph, instead of 25 mph."]),
    turn(3, "yes_no", "does the kayak limit come down as well?", DX,
         ["no", "no, the kayak limit of 25 mph and the paddleboard limit of 15 mph do not change"],
         ["The kayak limit of 25 mph and the paddleboard limit of 15 mph do not change."]),
]})
items.append({"id": f"gm-{len(items)+1:03d}", "type": "conversation", "doc": HT, "turns": [
    turn(1, "factual", "which evenings is the climbing wall open to the public", HT,
         ["Tuesday and Thursday, 18:00 to 21:30", "Tuesday and Thursday evenings, 18:00 to 21:30; on Wednesdays and Fridays it is closed to the public (school groups only), and at weekends it is open 10:00 to 16:00"],
         ["Tuesday and Thursday 09:30 to 16:30 18:00 to 21:30 09:00 to 17:00",
          "Wednesday and Friday 09:30 to 16:30 Closed to the public (school groups only) 09:00 to 17:00",
          "Saturday 09:00 to 17:00 10:00 to 16:00 09:00 to 12:00"]),
    turn(2, "yes_no", "i heard you're opening on wednesday evenings too, is that right?", DX,
         ["yes", "yes, from Wednesday 4 May 2033 the Barn Wall also opens to the public on Wednesday evenings, from 18:00 to 21:30; the Tuesday, Thursday and weekend sessions do not change"],
         ["The meeting agreed that from Wednesday 4 May 2033 the Barn Wall also opens to the public on Wednesday evenings, from 18:00 to 21:30.",
          "Tuesday and Thursday sessions and the weekend sessions do not change."]),
    turn(3, "yes_no", "ive got my nicas level 2, do i still have to do the induction?", HT,
         ["no", "no, you can skip the induction if you hold a NICAS Level 2 certificate or higher, which you show at reception"],
         ["Everyone needs the induction before their first public session, however experienced they are, unless they hold a NICAS Level 2 certificate or higher, which you show at reception."]),
]})
json.dump({"items": items}, open(HERE / "dev.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(len(items), "items")
