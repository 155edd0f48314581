"""Writes dev.json for the oakridge held-out set: questions written from the documents in docs/ before any
product run. Same schema as meridian (and northwind and harbor)."""
from pathlib import Path
HERE = Path(__file__).resolve().parents[1]  # tests/data/oakridge
import json
MD, PD, DX, HT, TX = ("volunteer-handbook.md", "safeguarding-policy.pdf", "trustee-board-minutes-2027-11-18.docx",
                      "community-centre-room-hire.html", "food-bank-operations.txt")
items = []
def add(type, q, doc, answers, evidence, **kw):
    ev = [{"quote": e[0], "page": e[1]} if isinstance(e, tuple) else {"quote": e} for e in evidence]
    it = {"id": f"ok-{len(items)+1:03d}", "type": type, "q": q, "doc": doc, "answerable": type != "unanswerable",
          "answers": answers, "evidence": ev}
    it.update(kw)
    items.append(it)
    return it

# ---- factual (19)
add("factual", "how much do i get back per mile if i drive to my shift", MD,
    ["45p a mile", "45p per mile", "45p", "45 pence"],
    ["**Mileage at 45p a mile** for your own car, and **20p a mile** by bicycle, from home to your volunteering place and back."],
    note="20p a mile is the bicycle rate.")
add("factual", "when are the new volunteer inductions held", MD,
    ["the second Saturday of each month 10:00–13:00 and the first Tuesday of each month 18:30–21:30",
     "second Saturday of the month and first Tuesday evening of the month"],
    ["Inductions run at the Oakridge Community Centre on the **second Saturday of each month from 10:00 to 13:00** and on the **first Tuesday of each month from 18:30 to 21:30**."])
add("factual", "whats the youngest you can be to do deliveries", MD,
    ["21", "21 years old", "21, with a licence held for at least 2 years"],
    ["| Delivery driver | 21 | Basic | Induction and a driving licence check; licence held for at least 2 years | One shift a month |"],
    note="Table row in section 2; the minibus needs 25 (section 7), which is a different thing.")
add("factual", "how often does the dbs need renewing", MD,
    ["every three years", "every 3 years", "3 years"],
    ["DBS checks are renewed **every three years**."],
    note="Update Service members are checked online once a year instead.")
add("factual", "what colour lanyard for youth club vols?", MD, ["blue", "blue lanyard"],
    ["**Blue lanyard:** youth club assistants and young leaders"])
add("factual", "whats the DSL's phone number", PD, ["07700 900 218"],
    [("Designated Safeguarding Lead Priya Raman 07700 900 218", 2)])
add("factual", "how many kids per adult at the juniors club?", PD,
    ["8", "one adult for every 8 young people", "1:8"],
    [("Ratios: at least one adult for every 8 young people at the Juniors club (ages 8 to 12) and one for every 12 at the Seniors club (ages 13 to 18).", 2)],
    note="1:12 is the Seniors ratio.")
add("factual", "how long do we hang on to safeguarding records about a child", PD,
    ["until the child reaches 25", "until they are 25", "until age 25"],
    [("Records about a child are kept until the child reaches 25.", 3)])
add("factual", "how many food parcels went out in october", DX,
    ["2,140", "2140", "2,140 in October 2027, up 37% from 1,560 in October 2026"],
    ["Priya reported that the three food banks gave out 2,140 food parcels in October 2027, compared with 1,560 in October 2026, an increase of 37%."])
add("factual", "how much is the new roof costing us", DX, ["£48,500", "48,500", "£48.5k", "48500"],
    ["WestRoof Ltd is appointed to replace the main hall roof for £48,500, starting in February 2028."],
    note="£52,300 was the rejected Harlow & Sons quote.")
add("factual", "when's the next trustee meeting", DX,
    ["Thursday 20 January 2028 at 18:30", "20 January 2028", "20 January"],
    ["The next Board meeting is on Thursday 20 January 2028 at 18:30 at the Oakridge Community Centre."])
add("factual", "how much lunch money do we get from january", DX, ["£6", "£6 for shifts of more than 4 hours", "6 pounds"],
    ["The volunteer lunch allowance rises from £5 to £6 from 1 January 2028; it is still paid only for shifts of more than 4 hours."],
    note="The handbook (version of September 2027) still says £5; the minutes raise it to £6 from 1 January 2028.")
add("factual", "how much does meeting rm 1 cost per hour for a business?", HT, ["£20", "20 pounds", "£20 an hour"],
    ["Meeting Room 1 20 seated £10 £20"],
    note="Price table: £10 is the community rate, £20 the commercial rate.")
add("factual", "how big is the deposit for a birthday party", HT, ["£150", "150 pounds"],
    ["Community groups pay a refundable deposit of £50, and commercial hirers and private parties pay £150."])
add("factual", "shortest time i can book the main hall for?", HT, ["2 hours", "two hours"],
    ["The Main Hall has a minimum booking of 2 hours; the other rooms can be booked for 1 hour."])
add("factual", "what time is northgate foodbank open", TX, ["Wednesday 16:00-19:00", "Wednesdays 4pm to 7pm", "Wed 16:00-19:00"],
    ["Northgate (The Old Library, Northgate St) ...... Wed 16:00-19:00"],
    note="From 8 January 2028 the minutes add a Saturday session, 10:00-12:00.")
add("factual", "min number of volunteers to open at eastfield", TX, ["5", "5 volunteers", "five"],
    ["Eastfield ..... 5 volunteers"])
add("factual", "how long is a food voucher good for", TX, ["14 days", "two weeks", "14 days after it is issued"],
    ["Vouchers expire 14 days after they are issued."])
add("factual", "eastfield parcels for 2026?", TX, ["9,610", "9610", "9,610 parcels in 2026"],
    ["Eastfield       9,610        23,150    January"],
    note="2026 table in section 8; 910 in October 2027 is from the minutes.")

# ---- yes/no (9: 5 no, 4 yes)
add("yes_no", "can my 15 yr old volunteer with me at the foodbank?", MD,
    ["yes", "in the warehouse on Saturday mornings, alongside a parent or carer who is a registered volunteer"],
    ["Young people aged **14 and 15** can volunteer in the food bank warehouse on Saturday mornings only, alongside a parent or carer who is also a registered volunteer."])
add("yes_no", "do i have to pay for my own dbs check", MD, ["no", "the Trust pays"],
    ["The Trust pays for every DBS check a role needs; you never pay for it yourself."])
add("yes_no", "a client gave me a £20 gift card to say thanks, can i keep it", MD,
    ["no", "gifts worth more than £10 must not be accepted"],
    ["Volunteers must not accept gifts worth more than **£10**; tell your shift leader about any gift you receive."])
add("yes_no", "if a kid discloses something can i promise to keep it between us", PD,
    ["no", "explain that you will have to tell someone whose job is to help"],
    [("Never promise to keep it secret. Explain that you will have to tell someone whose job is to help.", 2)])
add("yes_no", "is it ok to drive one of the youth club kids home after club", PD,
    ["no", "only in an emergency agreed with the session lead, with a second adult in the car"],
    [("Staff and volunteers never give young people lifts in their own cars, except in an emergency agreed with the session lead, and then with a second adult in the car.", 3)])
add("yes_no", "did the board ok paying lunch money for 3 hour shifts?", DX,
    ["no", "the 4-hour rule was kept"],
    ["Tom asked whether the lunch allowance could be paid for shifts of 3 hours instead of 4; the Board agreed to keep the 4-hour rule for now.",
     "it is still paid only for shifts of more than 4 hours."])
add("yes_no", "is harlow and sons doing the hall roof?", DX, ["no", "WestRoof Ltd"],
    ["WestRoof Ltd is appointed to replace the main hall roof for £48,500, starting in February 2028."])
add("yes_no", "can we have drinks (alcohol) at our party in the garden room", HT,
    ["yes", "with written permission requested at least 28 days before; selling it needs a Temporary Event Notice"],
    ["Alcohol may be served at private functions in the Main Hall and Garden Room with our written permission, which must be requested at least 28 days before."])
add("yes_no", "someone donated yoghurts a day past use by, they look fine - can we use them?", TX,
    ["no", "food past its use by date is never accepted, even by one day"],
    ["Food past its USE BY date, even by one day."])

# ---- list (6)
add("list", "apart from induction what else do i have to do in my first month", MD,
    ["Safeguarding Level 1 (online, about 45 minutes)", "the fire safety video for your building",
     "any training listed for your role"],
    ["After the induction you must also complete, within your **first four weeks**:",
     "Safeguarding Level 1 (online, about 45 minutes).", "The fire safety video for the building you will work in.",
     "Any training listed for your role in the table in section 2."])
add("list", "what counts as abuse of an adult", PD,
    ["physical", "emotional", "sexual", "neglect", "financial abuse", "discriminatory abuse", "self-neglect",
     "domestic abuse", "modern slavery"],
    [("Abuse can be physical, emotional, sexual or neglect. For adults it also includes financial abuse, discriminatory abuse, self-neglect, domestic abuse and modern slavery.", 1)])
add("list", "what actions has jess got from the nov board", DX,
    ["Rota volunteers for the Northgate Saturday session (20 December 2027)",
     "Update the expenses form for the new lunch allowance (31 December 2027)"],
    ["Rota volunteers for the Northgate Saturday session Jess Amankwah 20 December 2027",
     "Update the expenses form for the new lunch allowance Jess Amankwah 31 December 2027"],
    note="Rows of the action table whose owner is Jess Amankwah.")
add("list", "which rooms can you rent at the community centre", HT,
    ["Main Hall", "Garden Room", "Meeting Room 1", "Meeting Room 2", "Kitchen"],
    ["The Oakridge Community Centre at 14 Mill Road has a main hall, two meeting rooms, a garden room and a fully equipped kitchen, all available to hire."])
add("list", "what donations should we refuse", TX,
    ["food past its use by date", "home-cooked or home-made food", "opened or damaged packets, rusty or bulging tins",
     "alcohol", "drinks with more than 150 mg of caffeine per can"],
    ["Food past its USE BY date, even by one day.", "Home-cooked or home-made food, including cakes.",
     "Opened or damaged packets, rusty or bulging tins.", "Alcohol, and drinks with more than 150 mg of caffeine per can."])
add("list", "what special food parcels can people ask for", TX,
    ["halal", "vegetarian", "gluten-free", "kettle packs", "no-cook packs", "baby packs"],
    ["Halal, vegetarian and gluten-free parcels are packed from the separate shelves marked with coloured labels.",
     "\"Kettle packs\" for people with no cooker contain food that only needs boiling water, and \"no-cook packs\" for people with no power at all.",
     "Baby packs (nappies, wipes, formula)"],
    note="Toiletries and period products are offered to everyone and do not count as a parcel.")

# ---- explanation (6)
add("explanation", "why cant i just cancel in the app on the morning of my shift?", MD,
    ["With less than 48 hours' notice you must also phone the shift leader, because shift leaders do not check the app during a session"],
    ["With less than 48 hours' notice, **phone the shift leader** as well; do not rely on the app, as shift leaders do not check it during a session."])
add("explanation", "what happens if someone accuses a volunteer of something", PD,
    ["Tell the DSL on the same day (the safeguarding trustee if it is about the DSL); the DSL contacts the LADO within one working day "
     "without questioning the person; the volunteer may be asked to step back from their role, which is not a disciplinary step"],
    [("If a concern is about a member of staff, a volunteer or a trustee, tell the DSL on the same day. If it is about the DSL, tell the safeguarding trustee instead.", 2),
     ("The DSL contacts the Local Authority Designated Officer (LADO) within one working day and does not question the person concerned.", 2),
     ("this is not a disciplinary step and does not mean that anyone has decided the allegation is true.", 2)])
add("explanation", "why are we opening northgate on saturdays", DX,
    ["Because many Northgate clients work during the week; 11 volunteers have already offered to cover it"],
    ["because many Northgate clients work during the week.",
     "Priya said that 11 volunteers had already offered to cover it."])
add("explanation", "why isnt eastfield getting any of the freshway chilled food", DX,
    ["Because the Eastfield site has no freezer, so chilled food can only go to Mill Road and Northgate until one is bought; "
     "a chest freezer for Eastfield (up to £900) was approved"],
    ["the Eastfield site has no freezer, so chilled food can only go to Mill Road and Northgate until one is bought.",
     "A chest freezer for Eastfield is approved, up to £900."])
add("explanation", "what happens if we overrun our hall booking", HT,
    ["The overrun is charged at the hourly rate plus £20 and taken off the deposit"],
    ["The deposit is paid when you book and is returned within 14 days of the booking, less the cost of any damage, extra cleaning or overrunning past your booked time (charged at the hourly rate plus £20)."])
add("explanation", "the freezer says -10, what do i do with the stuff in it", TX,
    ["Above -15 C the food must not be given out: if it has been out of range for less than two hours move it to a working freezer, "
     "otherwise throw it away and record what was lost"],
    ["If a fridge reads above 8 C, or a freezer above -15 C, do not give out the food in it: move it to a working fridge or freezer if it has been out of range for less than two hours, otherwise throw it away and record what was lost."])

# ---- unanswerable (6)
add("unanswerable", "is there a christmas do for volunteers?", MD, [], [], subtype="near_miss",
    note="The handbook mentions a celebration evening in Volunteers' Week in early June, not a Christmas event.")
add("unanswerable", "whats the email for the safeguarding lead", PD, [], [], subtype="near_miss",
    note="The contact table gives phone numbers only.")
add("unanswerable", "how many parcels did northgate do in oct 2026", DX, [], [], subtype="near_miss",
    note="The minutes give Northgate's October 2027 figure (410) and the October 2026 total (1,560), not Northgate's October 2026 figure.")
add("unanswerable", "how much to hire the sports hall?", HT, [], [], subtype="near_miss",
    note="The centre has a main hall, garden room, two meeting rooms and a kitchen; there is no sports hall.")
add("unanswerable", "how many parcels did we give out in 2025", TX, [], [], subtype="near_miss",
    note="Only 2026 figures are given; 2027 figures come in May 2028.")
add("unanswerable", "when do the clocks go back this year?", None, [], [], subtype="off_topic",
    note="Not covered by any document.")

# ---- summary (2)
add("summary", "summarize the safeguarding policy", PD, [
    "Covers children under 18 and adults at risk; applies to trustees, staff, volunteers, students and contractors",
    "The welfare of the person comes first; safeguarding is everyone's job: pass on concerns, do not investigate",
    "DSL Priya Raman receives all concerns; Deputy DSL Marcus Ellery for youth clubs; safeguarding trustee Rev. Ann Holloway for concerns about the DSL",
    "If in immediate danger call 999; otherwise listen, never promise secrecy, tell the DSL the same day and complete form SG2 within 24 hours",
    "Allegations against staff or volunteers go to the DSL, who contacts the LADO within one working day",
    "Youth club ratios 1:8 (Juniors) and 1:12 (Seniors), always two adults, no lifts or one-to-one in closed rooms",
    "Photos of under-18s need yearly written parental consent",
    "Training: Level 1 for everyone within 4 weeks, Level 2 for youth club staff and shift leaders, Level 3 for the DSLs"],
    [("It covers children under 18 and adults at risk", 1),
     ("Safeguarding is everyone's job. It is not up to you to decide whether abuse has happened: your job is to pass on your concern.", 1),
     ("If someone is in immediate danger, call 999 first and then tell the DSL.", 2),
     ("Tell the DSL or the Deputy DSL on the same day, by phone.", 2),
     ("on the Safeguarding Concern Form (SG2) within 24 hours.", 2),
     ("The DSL contacts the Local Authority Designated Officer (LADO) within one working day", 2),
     ("There are always at least two adults at every session, whatever the numbers", 3),
     ("Photos or videos of under-18s need written consent from a parent or carer, renewed every year in September.", 3),
     ("All staff, trustees and volunteers Level 1, within 4 weeks Every 3 years", 3)])
add("summary", "what did the trustees decide in november?", DX, [
    "Up to £15,000 from reserves to buy food from December 2027 to March 2028",
    "An extra Northgate Saturday session, 10:00–12:00, from 8 January 2028",
    "Volunteer lunch allowance up from £5 to £6 from 1 January 2028, still only for shifts over 4 hours",
    "WestRoof Ltd to replace the main hall roof for £48,500 from February 2028",
    "Commercial and private hire rates up 10% from 1 April 2028; community rates frozen to 31 March 2029",
    "A chest freezer for Eastfield, up to £900"],
    ["Up to £15,000 from unrestricted reserves is approved for buying food between December 2027 and March 2028.",
     "Northgate food bank opens for an extra Saturday session, 10:00 to 12:00, from 8 January 2028.",
     "The volunteer lunch allowance rises from £5 to £6 from 1 January 2028",
     "WestRoof Ltd is appointed to replace the main hall roof for £48,500, starting in February 2028.",
     "Commercial and private room hire rates rise by 10% from 1 April 2028; community group rates are frozen until 31 March 2029.",
     "A chest freezer for Eastfield is approved, up to £900."])

# ---- conversations (4)
def turn(n, type, q, doc, answers, evidence):
    ev = [{"quote": e[0], "page": e[1]} if isinstance(e, tuple) else {"quote": e} for e in evidence]
    return {"turn": n, "type": type, "q": q, "doc": doc, "answerable": True, "answers": answers, "evidence": ev}
items.append({"id": f"ok-{len(items)+1:03d}", "type": "conversation", "doc": MD, "turns": [
    turn(1, "factual", "how old do you have to be to help out at youth club?", MD,
         ["18 as a youth club assistant, or 16 as a young leader", "18", "16 as a young leader"],
         ["| Youth club assistant | 18 | Enhanced, with children's barred list | Induction and Safeguarding Level 2 | One evening a week for at least 6 months |",
          "| Young leader (youth clubs) | 16 | None (always supervised) | Induction and Safeguarding Level 1 | One evening a week |"]),
    turn(2, "factual", "do they need a dbs?", MD,
         ["assistants need an enhanced DBS with the children's barred list; young leaders need none because they are always supervised",
          "enhanced DBS for assistants, none for young leaders"],
         ["| Youth club assistant | 18 | Enhanced, with children's barred list |",
          "| Young leader (youth clubs) | 16 | None (always supervised) |"]),
    turn(3, "factual", "what about the cafe?", MD,
         ["16, no DBS check, Food Hygiene Level 2 within 4 weeks", "16 and no DBS"],
         ["| Community café volunteer | 16 | None | Induction; Food Hygiene Level 2 within 4 weeks | One 4-hour shift a week |"]),
]})
items.append({"id": f"ok-{len(items)+1:03d}", "type": "conversation", "doc": PD, "turns": [
    turn(1, "factual", "who do i talk to if im worried about a kid at juniors", PD,
         ["the Deputy DSL, Marcus Ellery (first contact for the youth clubs), or the DSL, Priya Raman", "Marcus Ellery"],
         [("The Deputy DSL, Marcus Ellery, Youth Services Manager, covers when the DSL is away and is the first contact for concerns at the youth clubs.", 1),
          ("Tell the DSL or the Deputy DSL on the same day, by phone.", 2)]),
    turn(2, "factual", "whats his number", PD, ["07700 900 563"],
         [("Deputy DSL (youth clubs) Marcus Ellery 07700 900 563", 2)]),
    turn(3, "factual", "and if its saturday night and he doesnt pick up?", PD,
         ["the council's Emergency Duty Team on 01632 960 999", "01632 960 999"],
         [("If you cannot reach either of them, call the local authority numbers in the table below.", 2),
          ("Emergency Duty Team (evenings, weekends) Oakridge Council 01632 960 999", 2)]),
    turn(4, "factual", "do i need to write anything down?", PD,
         ["yes: what was said, in the person's own words, on the Safeguarding Concern Form (SG2) within 24 hours, signed and dated, given to the DSL; keep no copy",
          "form SG2 within 24 hours"],
         [("Write down what was said, in the person's own words, on the Safeguarding Concern Form (SG2) within 24 hours. Sign and date it and give it to the DSL. Do not keep a copy yourself.", 2)]),
]})
items.append({"id": f"ok-{len(items)+1:03d}", "type": "conversation", "doc": HT, "turns": [
    turn(1, "factual", "how much is the main hall for our knitting group", HT,
         ["£22 an hour (community rate)", "£22"],
         ["Main Hall 80 seated, 120 standing £22 £45",
          "The community rate applies to registered charities, and to not-for-profit groups based in Oakridge that have a written constitution or set of rules."]),
    turn(2, "factual", "and if a business hires it?", HT, ["£45 an hour (commercial rate)", "£45"],
         ["Main Hall 80 seated, 120 standing £22 £45"]),
    turn(3, "explanation", "are those prices going up next year?", DX,
         ["Commercial and private rates rise by 10% from 1 April 2028; community group rates are frozen until 31 March 2029",
          "only the commercial rate, by 10%"],
         ["Commercial and private room hire rates rise by 10% from 1 April 2028; community group rates are frozen until 31 March 2029."]),
]})
items.append({"id": f"ok-{len(items)+1:03d}", "type": "conversation", "doc": TX, "turns": [
    turn(1, "factual", "when is mill road food bank on", TX, ["Monday and Thursday 10:00-13:00", "Mon and Thu 10:00-13:00"],
         ["Mill Road (Community Centre, 14 Mill Road) ..... Mon and Thu 10:00-13:00"]),
    turn(2, "factual", "what about eastfield?", TX,
         ["Tuesday 12:00-15:00 and Friday 10:00-13:00", "Tue 12:00-15:00, Fri 10:00-13:00"],
         ["Eastfield (St Barnabas Hall, Eastfield Road) ... Tue 12:00-15:00 Fri 10:00-13:00"]),
    turn(3, "yes_no", "can they give out energy vouchers there?", TX,
         ["yes", "£49 top-up vouchers, at most twice per household between 1 October and 31 March"],
         ["Vouchers are issued at Mill Road and Eastfield only; Northgate clients are referred to Mill Road.",
          "energy top-up voucher worth 49 POUNDS, at most TWICE per household between 1 October and 31 March."]),
    turn(4, "yes_no", "and northgate?", TX, ["no", "Northgate clients are referred to Mill Road"],
         ["Vouchers are issued at Mill Road and Eastfield only; Northgate clients are referred to Mill Road."]),
]})
json.dump({"items": items}, open(HERE / "dev.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
import collections
print(len(items), collections.Counter(i["type"] for i in items))
