"""Writes dev.json for the fernhill held-out set: questions written from the documents in docs/ before any
product run. Same schema as oakridge (and meridian, northwind, harbor)."""
from pathlib import Path
HERE = Path(__file__).resolve().parents[1]  # tests/data/fernhill
import json
MD, PD, DX, HT, TX = ("staff-handbook.md", "data-protection-cctv-policy.pdf", "branch-managers-minutes-2027-10-13.docx",
                      "membership-and-borrowing.html", "building-procedures.txt")
items = []
def add(type, q, doc, answers, evidence, **kw):
    ev = [{"quote": e[0], "page": e[1]} if isinstance(e, tuple) else {"quote": e} for e in evidence]
    it = {"id": f"fh-{len(items)+1:03d}", "type": type, "q": q, "doc": doc, "answerable": type != "unanswerable",
          "answers": answers, "evidence": ev}
    it.update(kw)
    items.append(it)
    return it

# ---- factual (19)
add("factual", "whats the top of the pay scale for a senior library assistant", MD,
    ["£28,150", "28,150", "£28,150 a year (LA3, from 1 April 2027)"],
    ["| Senior Library Assistant | LA3 | £26,420 – £28,150 | Everything an LA2 does, plus cashing up, the weekly rota, leading events and holding keys | Yes, at any branch except Central |"],
    note="£25,980 is the top of the Library Assistant (LA2) range.")
add("factual", "how much annual leave do i get if ive worked for the council 6 yrs", MD,
    ["30 days plus the 8 bank holidays", "30 days", "30 days' annual leave"],
    ["Full-time staff get **27 days' annual leave** plus the 8 bank holidays, rising to **30 days** after five years' continuous service in local government."],
    note="27 days is the entitlement before five years' service; part-time staff get it pro rata.")
add("factual", "max amount of toil i can build up?", MD,
    ["15 hours", "15 hours at any time, to be taken within three months"],
    ["You can hold at most **15 hours** of TOIL at any time, and it must be taken within **three months** of being earned."])
add("factual", "how much can an LA2 waive off a customers fines", MD,
    ["£5", "up to £5 per customer per visit", "5 pounds"],
    ["Library Assistants: up to **£5** per customer per visit."],
    note="£15 is the Senior Library Assistant limit; above that the branch manager or Duty Manager decides.")
add("factual", "what colour lanyard are agency staff meant to wear", MD, ["orange", "an orange lanyard"],
    ["**Orange lanyard:** agency workers and contractors"],
    note="Purple is staff, green volunteers, red first aiders on duty.")
add("factual", "when do new volunteers get inducted", MD,
    ["the first Monday of each month, 14:00 to 16:00, at Central", "first Monday of the month 2-4pm"],
    ["New volunteers have an induction at Central on the **first Monday of each month from 14:00 to 16:00**."])
add("factual", "how long do we hang on to the public computer logs", PD, ["90 days", "three months"],
    [("Public computer session logs 90 days IT service, automatically", 3)],
    note="Version 2 of the policy kept them for 12 months; 12 months is now the Wi-Fi log period.")
add("factual", "how many cctv cameras has westgate got", PD, ["5", "five"],
    [("Westgate Library 5 Branch manager's office", 2)])
add("factual", "how long have we got to reply to someone asking for their data", PD,
    ["one month", "within one month", "a month"],
    [("This is a subject access request. It is free, may be made in writing or in person, and must be passed to the Libraries Data Lead on the day it is received. We answer within one month", 2)])
add("factual", "who's the data protection officer", PD, ["Anita Kowalczyk", "Anita Kowalczyk, the council's DPO"],
    [("The council's Data Protection Officer (DPO), Anita Kowalczyk, advises on the law", 1)],
    note="Ravi Chandran is the Libraries Data Lead, a different role.")
add("factual", "how many books did brookside issue in jul-sep", DX, ["41,200", "41200", "41,200 loans"],
    ["Loans by branch for the quarter were: Central 118,400; Brookside 41,200; Kingsmere 33,900;"])
add("factual", "how many ppl waiting for home library service in kingsmere", DX, ["11", "eleven", "11 people"],
    ["but 11 people are on the waiting list in the Kingsmere area because there are not enough volunteer drivers there."])
add("factual", "when's the next managers meeting", DX,
    ["Wednesday 8 December 2027 at 10:00 at Hollins Park Library", "8 December 2027", "8 December"],
    ["The next Branch Managers' Meeting is on Wednesday 8 December 2027 at 10:00 at Hollins Park Library."])
add("factual", "closing date for the senior LA jobs?", DX, ["5 November 2027", "5 November"],
    ["The meeting agreed to advertise all four posts at once, closing on 5 November 2027."])
add("factual", "how many books can my 14 year old take out at once", HT, ["15", "15 items", "15 on a Teen card"],
    ["Teen Aged 12 to 17 15 3 weeks 10p a day, up to £2"],
    note="A Junior card (0 to 11) allows 12 items; an Adult card 20.")
add("factual", "how much does it cost to reserve a book on an adult card", HT,
    ["60p for an item in Fernhill's stock, £4 for an inter-library loan", "60p", "60 pence"],
    ["On Adult and Concession cards a reservation costs 60p for an item in Fernhill's stock, and £4 for a book we have to borrow from another library service through the inter-library loan scheme."],
    note="Reservations are free on Junior and Teen cards.")
add("factual", "how long can teachers keep books out", HT, ["6 weeks", "six weeks", "6 weeks on an Educator card"],
    ["Educator Teachers, nurseries and registered childminders 40 6 weeks None"])
add("factual", "where do we go if the fire alarm goes off at kingsmere", TX,
    ["Kingsmere Parade, outside the post office", "outside the post office on Kingsmere Parade"],
    ["Kingsmere ....... Kingsmere Parade, outside the post office"])
add("factual", "how long to turn off the alarm when im opening up", TX, ["45 seconds"],
    ["Unlock the staff entrance and switch off the intruder alarm. You have 45 seconds from opening the door."])

# ---- yes/no (9: 5 no, 4 yes)
add("yes_no", "can an LA2 swap onto a seniors keyholder shift", MD,
    ["no", "an LA2 cannot be in charge of the building"],
    ["A Library Assistant cannot take over a Senior Library Assistant's keyholder shift, because an LA2 cannot be in charge of the building."])
add("yes_no", "do volunteers count towards the two staff minimum", MD, ["no", "volunteers do not count towards this number"],
    ["There must be **at least two members of staff in every building whenever it is open to the public**. Volunteers do not count towards this number."])
add("yes_no", "do we get paid extra for doing sundays at brookside?", MD,
    ["yes", "time and a half"],
    ["Sunday shifts at Brookside are paid at **time and a half**; Saturday shifts are paid at the normal rate."],
    note="Saturdays are paid at the normal rate.")
add("yes_no", "do the cctv cameras pick up sound", PD, ["no", "they do not record sound"],
    [("Cameras never cover toilets, baby-change rooms or staff rest areas, and they do not record sound.", 2)])
add("yes_no", "a mum wants to know what her 10 yr old has got out, can I tell her?", PD,
    ["yes", "a parent or carer may ask what is on loan on their own child's card if the child is under 12"],
    [("A parent or carer may ask what is on loan on the card of their own child aged under 12.", 2)],
    note="For adult members nobody, including a partner or parent, may be told.")
add("yes_no", "is hollins park open late on thursdays now", DX,
    ["yes", "until 19:00 on Thursdays from 1 November 2027, instead of Tuesdays"],
    ["The Hollins Park late opening moves from Tuesday to Thursday, until 19:00, from 1 November 2027."],
    note="The building procedures (reviewed August 2027) still show the Tuesday late opening.")
add("yes_no", "I work in fernhill but live outside, can I still join for free?", HT,
    ["yes", "membership is free for anyone who lives, works or studies in Fernhill"],
    ["Membership is free for anyone who lives, works or studies in the Borough of Fernhill."])
add("yes_no", "can my 13 year old borrow a 15 rated dvd on her card", HT,
    ["no", "DVDs rated 15 or 18 can only be borrowed on an Adult or Concession card"],
    ["DVDs rated 15 or 18 can only be borrowed on an Adult or Concession card."])
add("yes_no", "the door's been forced when i got in this morning, should i go in and check it out?", TX,
    ["no", "do not go in: move away, phone 999 and then the Duty Manager"],
    ["If there are signs of a break-in (forced door, broken window, alarm sounding), do NOT go in. Move away, phone the police on 999 and then the Duty Manager."])

# ---- list (6)
add("list", "what training do i have to do as a new starter", MD,
    ["Induction in the first week", "Data protection e-learning within two weeks", "Safeguarding Level 1 within four weeks",
     "Customer service in libraries within three months"],
    ["**Induction**: in your first week, with your branch manager, including a fire safety walk-round of your building.",
     "**Data protection e-learning**: within two weeks of starting, and again every year.",
     "**Safeguarding Level 1**: within four weeks of starting, renewed every three years.",
     "**Customer service in libraries**: a half-day course at Central within three months."],
    note="Fire warden and cash handling training are for Senior Library Assistants and above.")
add("list", "which libraries have got cctv", PD,
    ["Central", "Brookside", "Westgate", "Kingsmere"],
    [("Central Library 14 Staff office, ground floor", 2), ("Brookside Library 6 Branch manager's office", 2),
     ("Westgate Library 5 Branch manager's office", 2), ("Kingsmere Library 4 Workroom, locked cabinet", 2),
     ("There are no cameras at Ashby Green, Hollins Park or Oldfield libraries.", 2)],
    note="Oldfield asked for cameras; the minutes put them in the 2028/29 capital bid.")
add("list", "what actions did bethan get from the october meeting", DX,
    ["Update the volunteer expenses form for the new mileage rate (26 November 2027)",
     "Run the driver recruitment drive at Kingsmere (31 January 2028)"],
    ["Update the volunteer expenses form for the new mileage rate Bethan Mills 26 November 2027",
     "Run the driver recruitment drive at Kingsmere Bethan Mills 31 January 2028"],
    note="Rows of the action table whose owner is Bethan Mills.")
add("list", "what can i bring as proof of address to sign up", HT,
    ["a utility bill", "a council tax bill", "a bank statement", "a tenancy agreement"],
    ["Bring one document with your name and current address on it, such as a utility bill, council tax bill, bank statement or tenancy agreement, dated within the last three months."],
    note="Dated within the last three months; no photo ID needed.")
add("list", "which branches have a defibrillator", TX,
    ["Central (main counter)", "Brookside (foyer)", "Kingsmere (staff entrance)"],
    ["Defibrillators (AEDs) are kept at Central (main counter), Brookside (foyer) and Kingsmere (staff entrance)."])
add("list", "who's allowed to be a keyholder", TX,
    ["branch managers", "Duty Managers", "Library Officers", "Senior Library Assistants who have completed keyholder training"],
    ["Keyholders are branch managers, Duty Managers, Library Officers and Senior Library Assistants who have completed keyholder training.",
     "Library Assistants (LA2) are never keyholders, even when covering for a Senior."])

# ---- explanation (6)
add("explanation", "what happens if i'm off sick a lot", MD,
    ["Three separate absences or 8 working days' absence in any rolling 12 months lead to an attendance review "
     "meeting, which is supportive rather than disciplinary; you can bring a colleague or trade union representative"],
    ["An attendance review meeting is held if you have **three separate absences, or 8 working days' absence**, in any rolling 12 months.",
     "This is a supportive meeting, not a disciplinary one; you can bring a colleague or trade union representative."])
add("explanation", "i emailed a members details to the wrong person, what do i do now", PD,
    ["It is a personal data breach: report it straight away (within 2 hours at the latest) to your branch manager and the "
     "Libraries Data Lead and complete form DP9; do not investigate or contact the people affected yourself; the DPO "
     "decides within 72 hours whether to report it to the ICO"],
    [("A breach is any loss, theft or wrong disclosure of personal information, for example an email sent to the wrong person", 4),
     ("Report it straight away, and within 2 hours at the latest, to your branch manager and the Libraries Data Lead, and complete form DP9.", 4),
     ("Do not try to investigate it yourself or contact the people affected.", 4),
     ("The DPO decides within 72 hours of the breach being found whether it must be reported to the ICO.", 4)])
add("explanation", "why are we scrapping fines for children", DX,
    ["Children's charges brought in only £3,870 in 2026/27, families stop using the library when a child's card is "
     "blocked, and neighbouring authorities that removed children's fines saw more children borrowing"],
    ["Charges on children's cards brought in only £3,870 in 2026/27, and staff at every branch report that families stop using the library when a child's card is blocked.",
     "Several neighbouring authorities have already removed children's fines and seen more children borrowing."])
add("explanation", "why did oldfield's issues drop", DX,
    ["Because Oldfield was closed for ten days in August while the floor was replaced; loans fell 6%"],
    ["Oldfield was the only branch where loans fell, by 6%, which Kieran put down to the library being closed for ten days in August while the floor was replaced."])
add("explanation", "i paid for a book i lost and now ive found it, do i get my money back", HT,
    ["If you bring it back in good condition within six months you get the replacement cost back, but not the £2.50 processing charge"],
    ["We charge the cost of replacing the item plus a £2.50 processing charge.",
     "If you find the item and bring it back in good condition within six months, we refund the replacement cost but not the processing charge."])
add("explanation", "kid still here at closing and no parent has turned up, what do we do", TX,
    ["Two members of staff stay with the child and try the contact numbers the child gives; if no parent or carer has "
     "come 30 minutes after closing, phone the police on 101 (999 if worried about the child's safety) and complete a "
     "ReportIt form; never take the child home or into your car"],
    ["If a child under 16 is still in the library at closing time and has no adult with them, two members of staff stay with the child.",
     "Try the contact numbers the child gives you. If no parent or carer has arrived 30 minutes after closing, phone the police on 101 (or 999 if you are worried about the child's safety) and complete a ReportIt form. Never take a child home or into your car."])

# ---- unanswerable (6)
add("unanswerable", "whats the salary for a branch manager", MD, [], [], subtype="near_miss",
    note="The grades table gives Branch Manager as LA5 but says 'See the council pay policy'; only LA2 to LA4 ranges are given.")
add("unanswerable", "how long do we keep the staff signing in sheets for", PD, [], [], subtype="near_miss",
    note="The retention table covers CCTV, member records, PC and Wi-Fi logs, incident forms, HLS notes, volunteer records, "
         "event lists and the CCTV viewing log, not staff signing-in sheets.")
add("unanswerable", "how many loans did kingsmere do in jul-sep 2026?", DX, [], [], subtype="near_miss",
    note="Branch figures are given only for July to September 2027 (Kingsmere 33,900); 2026 has only the service total (276,900).")
add("unanswerable", "how much to print A3 in colour", HT, [], [], subtype="near_miss",
    note="Printing prices are given for A4 only (15p black and white, 60p colour).")
add("unanswerable", "what are the christmas opening times for 2028", TX, [], [], subtype="near_miss",
    note="Only Christmas and New Year 2027 arrangements are given.")
add("unanswerable", "what day are the bins collected on my road?", None, [], [], subtype="off_topic",
    note="Not covered by any document.")

# ---- summary (2)
add("summary", "can you summarise the data protection and cctv policy", PD, [
    "Version 3 (IG-04), in force from 1 November 2027; the council is the data controller and the policy covers members, visitors, volunteers and staff at all seven branches",
    "Roles: DPO Anita Kowalczyk; Libraries Data Lead Ravi Chandran owns the policy and approves every release of footage; branch managers run the CCTV at their branch",
    "Borrowing history is not kept after return unless the member turns on My Reading History; never tell anyone what another adult has borrowed",
    "CCTV at Central, Brookside, Westgate and Kingsmere only; no sound, never in toilets, baby-change or staff rest areas",
    "Only the branch manager, Duty Manager or Data Lead view recordings, logged on form CC3",
    "Subject access requests are free and answered within one month; police requests need form DP7 signed by a sergeant or above and approved by the Data Lead",
    "Retention: routine CCTV 31 days (was 14), incident footage 6 months after the case closes, PC logs 90 days, member records 2 years after last use",
    "Breaches reported within 2 hours on form DP9; the DPO decides within 72 hours whether to tell the ICO",
    "Data protection e-learning within two weeks of starting and every year"],
    [("Fernhill Borough Libraries is part of Fernhill Borough Council, which is the data controller for all the personal information the library service holds.", 1),
     ("Routine CCTV footage is now kept for 31 days instead of 14 days", 1),
     ("The Libraries Data Lead, Ravi Chandran, is responsible for this policy within the library service, approves every release of CCTV footage and decides who may view it.", 1),
     ("We do not keep a record of what a member has borrowed once an item is returned, unless the member has switched on the optional My Reading History feature in their online account.", 2),
     ("There are no cameras at Ashby Green, Hollins Park or Oldfield libraries.", 2),
     ("Recorded footage may only be viewed by the branch manager, the Duty Manager at Central or the Libraries Data Lead", 2),
     ("We answer within one month", 2),
     ("The request must be made on form DP7, signed by an officer of the rank of sergeant or above, and approved by the Libraries Data Lead", 3),
     ("CCTV footage saved for an incident 6 months after case closed Libraries Data Lead", 3),
     ("Report it straight away, and within 2 hours at the latest, to your branch manager and the Libraries Data Lead, and complete form DP9.", 4),
     ("All staff and volunteers complete the council's data protection e-learning within two weeks of starting and every year after that.", 4)])
add("summary", "what did the branch managers decide in october?", DX, [
    "Overdue charges on Junior and Teen cards abolished from 1 January 2028 and existing ones written off; lost and damaged item charges still apply",
    "Adult and Concession charges unchanged, to be reviewed in April 2028",
    "Hollins Park late opening moves from Tuesday to Thursday, until 19:00, from 1 November 2027",
    "Two LA3 and two LA2 vacancies advertised together, closing 5 November 2027",
    "Home Library Service volunteer mileage up from 40p to 45p a mile from 1 December 2027",
    "CCTV at Oldfield to go in the 2028/29 capital bid"],
    ["Overdue charges on Junior and Teen cards are abolished from 1 January 2028, and existing overdue charges on those cards are written off; charges for lost or damaged items still apply.",
     "Charges on Adult and Concession cards are unchanged and will be reviewed in April 2028.",
     "The Hollins Park late opening moves from Tuesday to Thursday, until 19:00, from 1 November 2027.",
     "The four vacant posts (two LA3, two LA2) are advertised together, closing on 5 November 2027.",
     "Home Library Service volunteer mileage rises from 40p to 45p a mile from 1 December 2027.",
     "CCTV at Oldfield is to be included in the 2028/29 capital bid."])

# ---- conversations (4)
def turn(n, type, q, doc, answers, evidence):
    ev = [{"quote": e[0], "page": e[1]} if isinstance(e, tuple) else {"quote": e} for e in evidence]
    return {"turn": n, "type": type, "q": q, "doc": doc, "answerable": True, "answers": answers, "evidence": ev}
items.append({"id": f"fh-{len(items)+1:03d}", "type": "conversation", "doc": TX, "turns": [
    turn(1, "factual", "what time does brookside library shut on a saturday", TX, ["16:00", "4pm", "09:30-16:00"],
         ["Brookside 09:30-17:30 Wed 19:00 09:30-16:00 11:00-15:00"]),
    turn(2, "factual", "and sundays?", TX, ["11:00-15:00", "open 11am to 3pm", "15:00"],
         ["Brookside 09:30-17:30 Wed 19:00 09:30-16:00 11:00-15:00",
          "Brookside is the only branch open on Sundays."]),
    turn(3, "factual", "what about the central branch?", TX, ["closed on Sundays", "closed"],
         ["Central 09:00-18:00 Tue, Thu 20:00 09:00-17:00 closed"]),
    turn(4, "factual", "which nights is it open late", TX,
         ["Tuesday and Thursday until 20:00", "Tue and Thu until 8pm"],
         ["Central 09:00-18:00 Tue, Thu 20:00 09:00-17:00 closed"]),
]})
items.append({"id": f"fh-{len(items)+1:03d}", "type": "conversation", "doc": HT, "turns": [
    turn(1, "factual", "how much is the fine if i bring my books back late", HT,
         ["25p a day per item, up to £6 (Adult card)", "25p a day"],
         ["Adult Aged 18 and over 20 3 weeks 25p a day, up to £6"]),
    turn(2, "factual", "and for kids?", HT, ["10p a day per item, up to £2 (Junior and Teen cards)", "10p a day"],
         ["Junior Aged 0 to 11 12 3 weeks 10p a day, up to £2",
          "Teen Aged 12 to 17 15 3 weeks 10p a day, up to £2"]),
    turn(3, "yes_no", "i heard they're getting rid of that, is that true?", DX,
         ["yes", "overdue charges on Junior and Teen cards are abolished from 1 January 2028 and existing ones written off; lost or damaged item charges still apply"],
         ["Overdue charges on Junior and Teen cards are abolished from 1 January 2028, and existing overdue charges on those cards are written off; charges for lost or damaged items still apply."]),
]})
items.append({"id": f"fh-{len(items)+1:03d}", "type": "conversation", "doc": PD, "turns": [
    turn(1, "factual", "how long is cctv footage kept", PD, ["31 days", "31 days (routine footage)"],
         [("CCTV footage (routine) 31 days Overwritten automatically", 3),
          ("Routine CCTV footage is now kept for 31 days instead of 14 days", 1)]),
    turn(2, "factual", "what if something happened and we need it for longer?", PD,
         ["The branch manager saves it to the encrypted incident folder within 7 days and records this on the ReportIt form; it is then kept for 6 months after the case is closed",
          "6 months after the case is closed"],
         [("the branch manager saves the relevant recording to the encrypted incident folder within 7 days, before it is overwritten, and records this on the ReportIt incident form.", 2),
          ("CCTV footage saved for an incident 6 months after case closed Libraries Data Lead", 3)]),
    turn(3, "factual", "the police have asked for a copy, who signs that off", PD,
         ["the Libraries Data Lead, Ravi Chandran (or the DPO when he is away), on form DP7 signed by a sergeant or above",
          "Ravi Chandran, the Libraries Data Lead"],
         [("The request must be made on form DP7, signed by an officer of the rank of sergeant or above, and approved by the Libraries Data Lead, or by the DPO when the Data Lead is away.", 3),
          ("Owner: Ravi Chandran, Service Development Manager and Libraries Data Lead.", 1)]),
]})
items.append({"id": f"fh-{len(items)+1:03d}", "type": "conversation", "doc": MD, "turns": [
    turn(1, "factual", "im not well enough for work tomorrow who do i need to ring", MD,
         ["your line manager, by phone; if you cannot reach them, the Duty Manager at Central on 01632 960 410",
          "your line manager"],
         ["**Phone** your line manager, not a text or email, at least **one hour before your shift starts**, and by 08:30 at the latest if your shift starts at 09:00 or earlier. If you cannot reach your manager, phone the Duty Manager at Central on **01632 960 410**."]),
    turn(2, "factual", "by when?", MD,
         ["at least one hour before your shift starts, and by 08:30 if it starts at 09:00 or earlier", "an hour before the shift"],
         ["at least **one hour before your shift starts**, and by 08:30 at the latest if your shift starts at 09:00 or earlier."]),
    turn(3, "factual", "do i need a sick note from the doctor?", MD,
         ["only from the 8th calendar day; for up to 7 days you self-certify on form HR-SC1", "from day 8"],
         ["For absences of up to **7 calendar days**, fill in the self-certification form HR-SC1 on your return.",
          "From the **8th calendar day**, send your manager a fit note from your GP or hospital."]),
    turn(4, "factual", "and when i'm back is there a meeting?", MD,
         ["yes, a short return-to-work meeting within three working days of your return", "within three working days"],
         ["Your manager holds a short return-to-work meeting with you within **three working days** of your return."]),
]})
json.dump({"items": items}, open(HERE / "dev.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
import collections
print(len(items), collections.Counter(i["type"] for i in items),
      sum(len(i["turns"]) if i["type"] == "conversation" else 1 for i in items), "judged rows")
