"""Writes dev.json for the kestrel held-out set: questions written from the documents in docs/ before any
product run. Same schema as oakridge (and meridian, northwind and harbor)."""
from pathlib import Path
HERE = Path(__file__).resolve().parents[1]  # tests/data/kestrel
import json
MD, PD, DX, HT, TX = ("lab-safety-handbook.md", "travel-and-conference-policy.pdf",
                      "rd-leadership-minutes-2026-11-17.docx", "it-help-centre-faq.html",
                      "equipment-booking-and-sample-storage.txt")
items = []
def add(type, q, doc, answers, evidence, **kw):
    ev = [{"quote": e[0], "page": e[1]} if isinstance(e, tuple) else {"quote": e} for e in evidence]
    it = {"id": f"ke-{len(items)+1:03d}", "type": type, "q": q, "doc": doc, "answerable": type != "unanswerable",
          "answers": answers, "evidence": ev}
    it.update(kw)
    items.append(it)
    return it

# ---- factual (19)
add("factual", "how many litres of flammables can we keep in a lab in dundee outside the cabinets", MD,
    ["30 litres", "30 L", "30"],
    ["Outside the cabinets, no more than **50 litres** of flammable liquid may be kept in any one lab in Cambridge, and no more than **30 litres** in any one lab in Dundee, where the labs are smaller."],
    note="50 litres is the Cambridge limit.")
add("factual", "if i spill cells outside the hood how long do i wait before going back in", MD,
    ["30 minutes", "half an hour", "30 min"],
    ["Outside a cabinet, leave the room for **30 minutes** to let aerosols settle"],
    note="15 minutes is the Virkon contact time later in the same procedure; the chemical spill procedure has no waiting time.")
add("factual", "what colour coat do you wear in tissue culture", MD, ["green", "green lab coats"],
    ["white coats in general labs and **green coats** in the CL2 tissue culture suites, which never leave the suite"])
add("factual", "how often does the lone worker app ping you", MD, ["every 60 minutes", "every hour", "60 minutes"],
    ["The app checks on you **every 60 minutes**."])
add("factual", "when are lab inductions in dundee?", MD,
    ["the first and third Wednesday of each month at 10:00", "1st and 3rd Wednesday of the month, 10:00"],
    ["run every Monday at 09:30 in Cambridge and on the first and third Wednesday of each month at 10:00 in Dundee"],
    note="Monday 09:30 is Cambridge.")
add("factual", "whats the max hotel rate in london now", PD, ["£190 a night", "£190", "190 pounds"],
    [("London £190 £45", 2),
     ("The London hotel limit rises from £160 to £190 a night", 4)],
    note="£160 was the limit under version 5; £45 is the London meals limit.")
add("factual", "what's the mileage rate if I drive my own car to a meeting", PD,
    ["45p a mile for the first 10,000 business miles in the tax year, then 25p", "45p a mile", "45p"],
    [("Kestrel pays 45p a mile for the first 10,000 business miles in the tax year and 25p a mile after that", 2)],
    note="Plus 5p a mile per colleague carried.")
add("factual", "how long do i have to put my expenses in after a trip", PD,
    ["within 30 days of the end of the trip", "30 days"],
    [("every cost goes into Spendline with a photo of the receipt within 30 days of the end of the trip.", 3)],
    note="Claims more than 90 days after the trip are not paid at all.")
add("factual", "who signs off a trip that'll cost around 2k", PD,
    ["your head of department", "head of department, at least 14 days before"],
    [("£500 to £3,000 Your head of department 14 days before", 1)])
add("factual", "whats the conference budget per scientist from january?", DX,
    ["£2,200 a year", "£2,200", "2200"],
    ["The annual conference budget for each scientist rises from £1,800 to £2,200 from 1 January 2027; the one-international-conference rule stays for 2027."],
    note="The travel policy (version 6, October 2026) still says £1,800; the minutes raise it to £2,200 from 1 January 2027.")
add("factual", "how much is the new tissue culture room in dundee going to cost", DX,
    ["up to £86,000", "£86,000", "86k"],
    ["Convert the store room next to TC3 in Dundee into a second CL2 tissue culture room, up to £86,000, subject to Biological Safety Committee approval."])
add("factual", "when does the R&D leadership team meet next", DX,
    ["Tuesday 15 December 2026 at 14:00", "15 December 2026", "15 Dec"],
    ["The next R&D Leadership Team meeting is on Tuesday 15 December 2026 at 14:00 in the Osprey Room, with video link to Dundee."])
add("factual", "how many R&D staff are there in dundee", DX, ["19"],
    ["Kestrel has 118 employees, 77 of them in R&D: 58 in Cambridge and 19 in Dundee."],
    note="58 is Cambridge; 77 is all R&D.")
add("factual", "how long does my password need to be", HT,
    ["at least 14 characters", "14 characters", "14"],
    ["your password must be at least 14 characters long"])
add("factual", "how long does the guest wifi work for a visitor", HT, ["7 days", "a week"],
    ["Visitors connect to Kestrel-Guest and register with their email address and mobile number; access lasts for 7 days."])
add("factual", "how much space is on my H drive", HT, ["50 GB", "50GB"],
    ["Your personal space, 50 GB."],
    note="Project shares are 2 TB by default.")
add("factual", "how far in advance can i book the confocal", TX, ["up to 4 weeks ahead", "4 weeks", "four weeks"],
    ["Bookings can be made up to 4 weeks ahead."])
add("factual", "max hours a week on the cell sorter?", TX, ["8 hours", "8 h", "8"],
    ["Cell sorter (FACSAria) Dundee 4 h 8 h Dr Aileen Grant",
     "Week = most hours one user may book in a calendar week."],
    note="4 h is the longest single booking.")
add("factual", "at what temperature does the minus 80 alarm go off", TX,
    ["above -65 C", "-65 °C", "when it rises above minus 65"],
    ["4.1 -80 C freezer alarm (temperature above -65 C)"])

# ---- yes/no (9)
add("yes_no", "can a phd student stay late in the lab on their own if their supervisor is ok with it?", MD,
    ["no", "PhD students and visiting scientists may never work out of hours alone, at either site"],
    ["**PhD students and visiting scientists may never work out of hours alone**, at either site."])
add("yes_no", "do we have a CL3 lab anywhere", MD, ["no", "Kestrel has no CL3 facilities at either site"],
    ["Kestrel has **no CL3 facilities**, and no work needing CL3 may be done at either site."])
add("yes_no", "does kestrel pay for prescription safety specs", MD,
    ["yes", "up to £150 every two years"],
    ["prescription safety glasses are paid for by Kestrel, up to £150 every two years"])
add("yes_no", "flying to boston for a conference, about 7 hrs - am i allowed premium economy?", PD,
    ["yes", "premium economy is allowed for flights of more than six hours"],
    [("For flights of more than six hours you may book premium economy.", 2)],
    note="Under version 5 premium economy needed a flight over eight hours.")
add("yes_no", "can i expense a glass of wine with dinner when im away", PD,
    ["no", "alcohol is not paid for"],
    [("Alcohol, minibar items, in-room films and laundry for trips of fewer than five nights are not paid for.", 3)])
add("yes_no", "did they approve buying a second confocal?", DX,
    ["no", "the decision was deferred to the February budget meeting"],
    ["a decision on a second microscope was deferred to the February budget meeting."])
add("yes_no", "can i remote into the plate reader pc from home on the vpn", HT,
    ["no", "instrument PCs are never reachable from outside; copy the data to your project share first"],
    ["Instrument PCs are never reachable from outside: they sit on a separate lab network so that data cannot be changed remotely.",
     "To look at instrument data from home, copy it to your project share first."])
add("yes_no", "do i still need to change my password every 90 days?", HT,
    ["no", "passwords no longer expire since June 2026"],
    ["Since June 2026, Kestrel passwords no longer expire every 90 days."])
add("yes_no", "can i bring some cell lines up to dundee myself on the train in a dry shipper", TX,
    ["no", "samples travel between sites by courier only, never with a member of staff"],
    ["Samples travel between our two sites by courier, never in a car or on a train with a member of staff."])

# ---- list (6)
add("list", "what am i not allowed to do when im in the lab on my own", MD,
    ["use liquid nitrogen", "work at CL2", "use the autoclave", "handle more than 1 litre of a flammable liquid"],
    ["Nobody may do any of the following when working alone, at either site: use liquid nitrogen, work at CL2, use the autoclave or handle more than 1 litre of a flammable liquid."])
add("list", "which online courses do lab techs have to do?", MD,
    ["Chemical safety", "Biosafety CL2", "Waste handling", "Cryogen handling"],
    ["| Lab technician | Chemical safety, Biosafety CL2, Waste handling, Cryogen handling | Autoclave, liquid nitrogen filling | Every year |"],
    note="Research scientists and associates do not do Cryogen handling.")
add("list", "when will kestrel cover a taxi", PD,
    ["when there is no reasonable public transport", "when you are carrying heavy equipment", "for journeys after 21:00"],
    [("Taxis are paid for only when there is no reasonable public transport, when you are carrying heavy equipment, or for journeys after 21:00.", 2)])
add("list", "who sent apologies to the november r&d leadership meeting", DX,
    ["Dr Helena Voss, Head of Computational Biology", "Dr Ben Adeyemi, Head of Translational Research"],
    ["Apologies: Dr Helena Voss, Head of Computational Biology (at the ASHG meeting), and Dr Ben Adeyemi, Head of Translational Research."])
add("list", "what do i have to give back to IT when i leave", HT,
    ["laptop", "encrypted USB drives", "YubiKey", "lab access card"],
    ["Return your laptop, encrypted USB drives, YubiKey and lab access card to the Service Desk or to reception."])
add("list", "what info has to go on a sample label", TX,
    ["the sample ID from the Biorepository system (KB-YYYY-NNNNN)", "a short description, such as the cell line or construct",
     "the date it was frozen", "your initials"],
    ["A sample label shows:",
     "the sample ID from the Biorepository system (format KB-YYYY-NNNNN);",
     "a short description, such as the cell line or construct;",
     "the date it was frozen;",
     "your initials."],
    note="Samples from human donors carry the sample ID only.")

# ---- explanation (6)
add("explanation", "why are the out of hours rules stricter in dundee than cambridge?", MD,
    ["Dundee has no overnight security, so out-of-hours lab work needs a second person in the building and the lab must be empty by 22:00 (weekends 08:00-18:00 only); Cambridge has security on site around the clock"],
    ["**Dundee:** there is no overnight security, so out-of-hours lab work needs a **second person** in the building, and the lab must be empty by **22:00**.",
     "Security staff are on site around the clock."])
add("explanation", "why do conference requests have to go in so early", PD,
    ["At least eight weeks before the early registration deadline, so that Kestrel pays the lower (early) fee"],
    [("Submit a Conference Request in Spendline at least eight weeks before the early registration deadline, so that we pay the lower fee.", 3)])
add("explanation", "why did the conference allowance go up", DX,
    ["Because registration fees for the main meetings have risen by about a quarter since 2023, so it rises from £1,800 to £2,200 from 1 January 2027"],
    ["Miriam proposed raising the annual conference budget for each scientist from £1,800 to £2,200 from 1 January 2027, because registration fees for the main meetings have risen by about a quarter since 2023."])
add("explanation", "why won't IT just patch windows on the instrument computers", HT,
    ["Instrument PCs run the Windows and software versions the manufacturer supports, and an update can stop the instrument working or invalidate its validation; so IT updates them only twice a year (March and September) after the owner agrees and checks with the manufacturer, and meanwhile the separate lab network protects them"],
    ["Instrument PCs run the versions of Windows and software that the manufacturer supports, and an update can stop the instrument working or invalidate its validation.",
     "IT updates instrument PCs twice a year, in March and September, after the instrument owner has agreed the date and checked the update with the manufacturer."])
add("explanation", "why cant i just handwrite the labels on my freezer boxes", TX,
    ["Handwritten labels fade at -80 C and in liquid nitrogen, so every tube, box and rack needs a printed label"],
    ["Every tube, box and rack must carry a label from the label printer (handwritten labels fade at -80 C and in liquid nitrogen)."])
add("explanation", "what happens if i keep cancelling my bookit slots last minute", TX,
    ["Cancellations less than 24 hours ahead are recorded, and more than three late cancellations in a month means losing booking rights for two weeks"],
    ["Cancelling less than 24 hours ahead is recorded, and users with more than three late cancellations in a month lose booking rights for two weeks."])

# ---- unanswerable (6: 5 near misses, 1 off-topic)
add("unanswerable", "whats the number for out of hours security in dundee", MD, [], [], subtype="near_miss",
    note="The handbook gives a 24-hour security extension for Cambridge only; Dundee has no overnight security.")
add("unanswerable", "what's our travel insurance policy number", PD, [], [], subtype="near_miss",
    note="The policy says the number is on the intranet and the corporate card, and gives only the assistance line.")
add("unanswerable", "how many lab incidents were there in dundee between july and october", DX, [], [], subtype="near_miss",
    note="The minutes give 11 incidents for both sites together; only training compliance is split by site.")
add("unanswerable", "how much space do i get on scratch?", HT, [], [], subtype="near_miss",
    note="The FAQ gives quotas for the home drive (50 GB) and project shares (2 TB), but none for scratch, only that unused files are deleted after 30 days.")
add("unanswerable", "who do i ask to get trained on the confocal in dundee", TX, [], [], subtype="near_miss",
    note="The only confocal listed is in Cambridge (owner Dr Priya Nair); no Dundee confocal exists in the documents.")
add("unanswerable", "how do i join the company pension scheme?", None, [], [], subtype="off_topic",
    note="Not covered by any document.")

# ---- summaries (2)
add("summary", "can you summarise the travel and conference policy", PD,
    ["Travel only when it cannot sensibly be done online; choose the cheapest practical option and book at least 14 days ahead",
     "Every trip is approved in advance in Spendline: line manager up to £500, head of department £500-£3,000, Finance Director over £3,000 or outside Europe",
     "Book through Tripwise (Northlight Travel); standard class rail; economy flights, premium economy over six hours, never business",
     "Own car 45p a mile (25p after 10,000 miles); taxis only in limited cases",
     "Hotel and meal limits by destination, e.g. London £190 and £45, Europe €180 and €55, US and Canada $280 and $75; no alcohol",
     "Conference budget £1,800 a year per scientist; one international conference a year unless presenting; PhD students £1,200",
     "Claim in Spendline within 30 days with receipts over £10; claims after 90 days are not paid",
     "Version 6 from 1 October 2026 raised the London and US limits and brought in premium economy over six hours"],
    [("Every trip needs approval before anything is booked, through a Travel Request in Spendline.", 1),
     ("Up to £500 Your line manager 7 days before", 1),
     ("Book all flights, trains and hotels through Tripwise, our travel portal run by Northlight Travel.", 1),
     ("Fly economy class for flights of up to six hours. For flights of more than six hours you may book premium economy. Business class is never booked", 2),
     ("London £190 £45", 2),
     ("Each scientist has a conference budget of £1,800 a year (January to December)", 3),
     ("You may attend one international conference a year. A second is approved only if you are presenting a talk or a poster at it.", 3),
     ("every cost goes into Spendline with a photo of the receipt within 30 days of the end of the trip.", 3),
     ("Version 6 replaces version 5 (October 2024) from 1 October 2026.", 4)])
add("summary", "what did the R&D leadership team decide in november?", DX,
    ["A second CL2 tissue culture room next to TC3 in Dundee, up to £86,000, subject to Biological Safety Committee approval",
     "A fourth −80 °C freezer for Cambridge, up to £14,500",
     "Weekend security at Dundee, 07:00 to 21:00, from 1 February 2027",
     "Conference budget up from £1,800 to £2,200 per scientist from 1 January 2027; the one-international-conference rule stays for 2027",
     "Project share quota raised to 4 TB for the imaging and sequencing groups",
     "Four computational biology staff approved for ISMB 2027",
     "Two PhD studentships with the University of Dundee from October 2027"],
    ["Convert the store room next to TC3 in Dundee into a second CL2 tissue culture room, up to £86,000, subject to Biological Safety Committee approval.",
     "Buy a fourth −80 °C freezer for Cambridge, up to £14,500.",
     "Fund weekend security at the Dundee site, 07:00 to 21:00, from 1 February 2027.",
     "The annual conference budget for each scientist rises from £1,800 to £2,200 from 1 January 2027; the one-international-conference rule stays for 2027.",
     "Raise the project share quota to 4 TB for the imaging and sequencing groups.",
     "Approve four people from computational biology to attend ISMB 2027.",
     "Fund two PhD studentships with the University of Dundee from October 2027."])

# ---- conversations (4)
def turn(n, type, q, doc, answers, evidence):
    ev = [{"quote": e[0], "page": e[1]} if isinstance(e, tuple) else {"quote": e} for e in evidence]
    return {"turn": n, "type": type, "q": q, "doc": doc, "answerable": True, "answers": answers, "evidence": ev}
items.append({"id": f"ke-{len(items)+1:03d}", "type": "conversation", "doc": MD, "turns": [
    turn(1, "yes_no", "can i work in the lab on a saturday in cambridge?", MD,
         ["yes", "with your group leader's agreement, signing in and out on the KestrelSafe lone worker app"],
         ["**Cambridge:** you may work out of hours if you have your group leader's agreement and you sign in and out on the lone worker app, KestrelSafe.",
          "Outside those hours, and at any time at the weekend, the rules differ between our two sites:"]),
    turn(2, "factual", "what about dundee?", MD,
         ["weekend work only from 08:00 to 18:00, with a second person in the building", "08:00 to 18:00 only"],
         ["Weekend work is allowed from 08:00 to 18:00 only.",
          "out-of-hours lab work needs a **second person** in the building"]),
    turn(3, "explanation", "is that going to change?", DX,
         ["Yes: weekend security at Dundee from 07:00 to 21:00 starts on 1 February 2027; weekday evenings stay as they are, and PhD students and visiting scientists still never work out of hours alone",
          "weekend security 07:00-21:00 from 1 February 2027"],
         ["Fund weekend security at the Dundee site, 07:00 to 21:00, from 1 February 2027.",
          "The team agreed to fund it from 1 February 2027; weekday evenings in Dundee stay as they are."]),
]})
items.append({"id": f"ke-{len(items)+1:03d}", "type": "conversation", "doc": TX, "turns": [
    turn(1, "factual", "the -80 in 2.14 is beeping, what do i do", TX,
         ["silence the alarm and check the display; if the door is not fully closed, close it and wait 20 minutes",
          "silence it, check the display and the door"],
         ["Silence the alarm and check the display. If the door is not fully closed, close it and wait 20 minutes; if the temperature falls again, note the alarm in the freezer log and stop here."]),
    turn(2, "factual", "temp's still going up. where do i put everything", TX,
         ["into the backup freezer F3, using dry ice if the move takes more than 10 minutes", "F3"],
         ["Move the contents to the backup freezer (Cambridge: F3, kept at least one-third empty; Dundee: F5).",
          "Use dry ice from the cold store if the move will take more than 10 minutes."]),
    turn(3, "factual", "and if it was one of the dundee freezers?", TX, ["F5", "the backup freezer F5"],
         ["Move the contents to the backup freezer (Cambridge: F3, kept at least one-third empty; Dundee: F5)."]),
    turn(4, "factual", "whos on call up there", TX,
         ["Iain Kerr and Dr Aileen Grant, rotating weekly", "Iain Kerr and Aileen Grant"],
         ["Dundee: Iain Kerr, Dr Aileen Grant (rotating weekly)"]),
]})
items.append({"id": f"ke-{len(items)+1:03d}", "type": "conversation", "doc": PD, "turns": [
    turn(1, "factual", "how much can i spend on a hotel in munich for a conference", PD,
         ["€180 a night", "€180", "180 euros"],
         [("Europe (EU, EEA, Switzerland) €180 €55", 2)]),
    turn(2, "factual", "and food?", PD, ["€55 a day", "€55"],
         [("Europe (EU, EEA, Switzerland) €180 €55", 2),
          ("the most it will pay per day for other meals and soft drinks, including tips.", 2)]),
    turn(3, "yes_no", "the conference hotel is 230 a night tho, can i still book it?", PD,
         ["yes", "if it is within 1 km of the venue and your approver agrees in the Travel Request"],
         [("If a conference hotel costs more than the limit, you may book it when it is within 1 km of the venue, with your approver's agreement in the Travel Request.", 3)]),
    turn(4, "factual", "who has to approve it if the whole trip is about 1500 quid", PD,
         ["your head of department, at least 14 days before", "head of department"],
         [("£500 to £3,000 Your head of department 14 days before", 1)]),
]})
items.append({"id": f"ke-{len(items)+1:03d}", "type": "conversation", "doc": HT, "turns": [
    turn(1, "factual", "lost my phone with the authenticator app on it, how do i sign in", HT,
         ["call the Service Desk, who can issue a temporary access pass valid for 8 hours after checking your identity by video call with photo ID",
          "a temporary access pass from the Service Desk"],
         ["If you have already lost the old phone, call the Service Desk: they can issue a temporary access pass valid for 8 hours once they have confirmed who you are by video call with your photo ID."]),
    turn(2, "yes_no", "can i just go to the desk instead? im in dundee and its friday", HT,
         ["no", "the Dundee walk-up desk at Riverside Lab reception is open Tuesday and Thursday 09:00 to 13:00 only"],
         ["Dundee Riverside Lab reception, Tuesday and Thursday 09:00 to 13:00"]),
    turn(3, "factual", "ok whats the number then", HT, ["extension 2400, or 01632 960 240 from outside", "2400", "01632 960 240"],
         ["call the Service Desk on extension 2400 (01632 960 240 from outside)"]),
]})
json.dump({"items": items}, open(HERE / "dev.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
import collections
print(len(items), collections.Counter(i["type"] for i in items),
      sum(len(i["turns"]) if i["type"] == "conversation" else 1 for i in items), "judged rows")
