"""Writes dev.json for the brackenholme held-out set: questions written from the documents in docs/ before any
product run. Same schema as fellgate (and ellerby, tarnbeck, stainforth, coldharbour, ferncombe, hartwell, ashgrove
and the earlier sets)."""
from pathlib import Path
HERE = Path(__file__).resolve().parents[1]  # tests/data/brackenholme
import json
MD, PD, DX, HT, TX = ("trust-staff-handbook.md", "admissions-and-venue-hire-prices-guide.pdf",
                      "board-of-trustees-minutes-2035-06-16.docx", "visitor-help-centre.html",
                      "collections-loans-and-object-handling-procedures.txt")
items = []
def add(type, q, doc, answers, evidence, **kw):
    ev = [{"quote": e[0], "page": e[1]} if isinstance(e, tuple) else {"quote": e} for e in evidence]
    it = {"id": f"bh-{len(items)+1:03d}", "type": type, "q": q, "doc": doc, "answerable": type != "unanswerable",
          "answers": answers, "evidence": ev}
    it.update(kw)
    items.append(it)
    return it

# rows of the procedure's column table, their wrapped cells in line order
TYPE_A = ("A: outgoing a loan of our no fee; facilities request 6 loan, museum objects to an borrower pays report; "
          "our months accredited packing, courier for before museum transport and objects over opening insurance "
          "£50,000")
TYPE_B = ("B: outgoing a loan to a £180 a loan facilities request 9 loan, other library, school, plus £45 an report, "
          "site months venue visitor centre object visit, locked before or other showcases, opening non-accredited "
          "courier for every venue object")
TYPE_C = ("C: incoming a loan to us no fee lender's agreed 4 loan from a museum, conditions; months collector or "
          "indemnity or before community group insurance display arranged by the Registrar")
TYPE_D = ("D: research studying objects free for up to 4 visitors, 10 working visit at Flaxley Road students and "
          "always supervised days' community notice groups; £35 an hour for commercial researchers")
TYPE_E = ("E: handling a group handling free for up to 30 people, 15 working session objects from the booked a "
          "learning days' handling schools; £60 a officer present notice collection session for other groups")
TYPE_F = ("F: image photographs of £25 an image; credit line to 10 working request objects for a £90 for the Trust; "
          "no days publication or commercial use changes to the website image")
SUNDAY = "- **Sunday supplement:** **£1.40 an hour** for every hour worked on a Sunday, for staff on M1 and M2."
BANKHOL = ("- **Bank holidays:** **double time** for staff on M1 and M2, and **time and a half** for staff on M3. "
           "Staff on M4 and M5 take a day off in lieu instead.")
HOURS = "Site and season Monday Tuesday, Wednesday and Friday Thursday Saturday Sunday"
SELWOOD = "Selwood Gallery, all year Closed 10:00 to 17:00 10:00 to 20:00 10:00 to 17:00 11:00 to 16:00"
HIRE = "Room and hirer Weekday day Weekend day Evening"
ADM = "Site Adult Concession Child (5 to 16) Family"

# ---- factual (19)
add("factual", "whats the hourly rate for a security officer", MD,
    ["£13.60 – £14.75 an hour", "£13.60 to £14.75 an hour on grade M2, with a 3-month probation"],
    ["| M2 | Visitor Services Supervisor, Café Supervisor, Security Officer, Gardener | £13.60 – £14.75 an hour | 3 months |"],
    note="M1 is £12.40 – £12.95 an hour; M3 and above are paid a yearly salary.")
add("factual", "been at the trust 3 and a half years, how many weeks full pay do i get if im off sick", MD,
    ["10 weeks", "10 weeks' full pay and then 10 weeks' half pay (2 to 5 years' service), counted over a rolling 12 months and including SSP"],
    ["| 2 to 5 years | 10 weeks | 10 weeks |",
     "Company sick pay depends on your continuous service on the first day of absence, is counted over a rolling 12 months and includes statutory sick pay (SSP)."],
    note="1 to 2 years gives 5 weeks of each; 5 years or more 16 weeks of each.")
add("factual", "im a learning officer and feel rubbish, whats the latest i can ring in on a day weve got a school in", MD,
    ["by 07:30", "phone the Learning Manager by 07:30 on a day with a school booking, so the school can be told; phone, do not text or email"],
    ["3. **Learning officers:** phone the Learning Manager by **07:30** on a day with a school booking, so the school can be told.",
     "Phone, do not text or email, the person below."],
    note="Visitor services, café and retail phone the Duty Manager by 08:00; security and facilities at least 4 hours before; curators and office staff by 09:00.")
add("factual", "how often do i have to check in with control if im on my own up at flaxley rd", MD,
    ["every 30 minutes", "every 30 minutes in the Flaxley Road store (every 60 minutes elsewhere); lone working in the store is not allowed after 18:00"],
    ["3. Check in with the control room every **60 minutes**, or every **30 minutes** in the Flaxley Road store.",
     "but never in the mill wheelhouse, on a ladder or scaffold above **2 metres**, or in the store after **18:00**."])
add("factual", "hows much is wintersett for a pensioner", PD,
    ["£12", "£12 for a concession ticket to Wintersett Hall and Gardens (visitors aged 65 or over), or £7 for the gardens only; the adult price is £14"],
    [("Wintersett Hall and Gardens £14 £12 £7 £36", 1), (ADM, 1),
     ("Concessions are for visitors aged 65 or over, full-time students and people receiving a means-tested benefit.", 2)])
add("factual", "whats it cost to join as a family", PD,
    ["£85 a year", "£85 a year for two adults and up to 4 children under 17 (it was £79 before version 5)"],
    [("Family £85 two adults and up to 4 children under 17", 2),
     ("Family membership now costs £85 a year, instead of £79.", 1)])
add("factual", "were a local charity wanting the weavers loft on a saturday daytime, how much", PD,
    ["£380", "£380 for a weekend day (09:00 to 17:00) at the charity or community rate; the commercial rate is £590, and VAT is added"],
    [("Weavers' Loft, Dunnock Bridge, charity or community £290 £380 £440", 3), (HIRE, 3),
     ("Day hire is 09:00 to 17:00 and evening hire 18:00 to 23:00.", 3)])
add("factual", "how much do you charge for a security guard at an evening do", PD,
    ["£32 an hour", "£32 an hour a security officer, needed at every evening hire: 1 per 60 guests, for at least 4 hours (it was £29)"],
    [("Security officer £32 an hour every evening hire; 1 per 60 guests, 4 hours minimum", 3),
     ("A security officer for a hire now costs £32 an hour, instead of £29.", 1)])
add("factual", "how much did venue hire bring in last year", DX,
    ["£412,000", "£412,000 in the year to 31 March 2035, against a budget of £380,000"],
    ["Venue hire brought in £412,000, against a budget of £380,000, and the cafés and shops £1.27 million."])
add("factual", "how many members have we got now", DX,
    ["4,180", "4,180 memberships at 31 March 2035, against 3,760 a year earlier; 1,240 of them are family memberships"],
    ["There were 4,180 memberships at 31 March 2035, against 3,760 a year earlier, 1,240 of them family memberships."])
add("factual", "whats the new roof at wintersett costing us", DX,
    ["£640,000", "£640,000 for re-roofing the east wing of Wintersett Hall, on budget and finishing in September"],
    ["The re-roofing of the east wing at Wintersett Hall is on budget at £640,000 and will finish in September."])
add("factual", "what time does the town museum open on a sunday", HT,
    ["11:00", "11:00 to 16:00 on Sundays; 10:00 to 17:00 Tuesday to Saturday, closed on Mondays"],
    ["Brackenholme Town Museum, all year Closed 10:00 to 17:00 10:00 to 17:00 10:00 to 17:00 11:00 to 16:00", HOURS])
add("factual", "what time does the mill shut on a saturday in the winter", HT,
    ["15:30", "15:30; in winter (November to March) Dunnock Bridge Mill opens only on Saturdays and Sundays, 10:30 to 15:30, with last entry 45 minutes before closing"],
    ["Dunnock Bridge Mill Museum, winter Closed Closed Closed 10:30 to 15:30 10:30 to 15:30", HOURS,
     "Summer is April to October and winter is November to March."])
add("factual", "how much is it to park at wintersett", HT,
    ["£4 a day", "£4 a day, free for members; there are 8 accessible spaces next to the Stable Yard"],
    ["The car park at Wintersett costs £4 a day and is free for members;"])
add("factual", "when does the mill wheel actually go round, want to take the kids to see it", HT,
    ["11:00, 13:00 and 15:00", "at 11:00, 13:00 and 15:00 on summer opening days"],
    ["The mill wheel turns at 11:00, 13:00 and 15:00 on summer opening days."])
add("factual", "how much do we charge a commercial researcher to come and look at stuff in the store", TX,
    ["£35 an hour", "£35 an hour for commercial researchers (free for students and community groups), up to 4 visitors, always supervised, with 10 working days' notice"],
    [TYPE_D])
add("factual", "whats the max light level for watercolours on display", TX,
    ["50 lux", "50 lux for works on paper and textiles (200 lux for oil paintings and wood)"],
    ["Light, works on paper and textiles . 50 lux"])
add("factual", "how long have we got to check things over when they come back off loan", TX,
    ["5 working days", "within 5 working days the objects are checked against their condition reports and CurioBase is updated"],
    ["When the objects come back, they are checked against their condition reports within 5 working days and CurioBase is updated.",
     "Condition check on return ....... 5 working days"])
add("factual", "whats the number for the registar", TX,
    ["01632 961 435", "01632 961 435 (Barnaby Lightowler, Registrar)"],
    ["Registrar, Barnaby Lightowler ........ 01632 961 435"])

# ---- yes/no (9: 5 no, 4 yes)
add("yes_no", "im on the keyholder rota, do i get paid if im called out at 2am", MD,
    ["yes", "yes, £35 for each call-out outside your shift, plus £15 a night for being on the keyholder rota"],
    ["- **Keyholder call-out:** **£35** for each call-out outside your shift, plus **£15 a night** for being on the keyholder rota."])
add("yes_no", "can i go up the scaffold on my own to check the lights in the gallery if i keep checking in with control", MD,
    ["no", "no, lone working is never allowed on a ladder or scaffold above 2 metres, whatever the check-ins"],
    ["Lone working is allowed in offices, galleries after closing and the Flaxley Road store, but never in the mill wheelhouse, on a ladder or scaffold above **2 metres**, or in the store after **18:00**."])
add("yes_no", "can i get a refund on our wintersett tickets if i cancel the day before", PD,
    ["no", "no, admission tickets can be refunded only up to 48 hours before your visit (it was 7 days before version 5); exhibition tickets can be moved to another date up to the day before"],
    [("1. Sign in to TicketLoft, open My bookings and choose Cancel, no later than 48 hours before your visit.", 4),
     ("3. Exhibition tickets can instead be moved to another date free of charge up to the day before.", 4)])
add("yes_no", "can we bring our own wine for the wedding do in the great hall", PD,
    ["yes", "yes, wine you supply is allowed with corkage of £12 a bottle, but no spirits; catering is by the Stable Yard Café team only"],
    [("Corkage £12 a bottle wine you supply; no spirits", 3),
     ("Catering is by the Stable Yard Café team only.", 3)])
add("yes_no", "are they going to start charging to get into the town museum", DX,
    ["no", "no, the proposal to charge adults £4 was not agreed; entry to Brackenholme Town Museum stays free"],
    ["The Board did not agree: entry to Brackenholme Town Museum stays free.",
     "Entry to Brackenholme Town Museum stays free; the proposal to charge adults £4 was not agreed."])
add("yes_no", "can i take the dog round the gardens at wintersett", HT,
    ["yes", "yes, dogs on a short lead are welcome in the Wintersett gardens and parkland, but not inside the buildings (except assistance dogs)"],
    ["Dogs inside any of our buildings, except assistance dogs. Dogs on a short lead are welcome in the Wintersett gardens and parkland and in the mill yard."])
add("yes_no", "can i get my nan in her wheelchair up to the top floors of the mill", HT,
    ["no", "no, the upper floors of Dunnock Bridge Mill are reached by stairs only; the ground floor, yard and wheelhouse viewing window are step-free, and there is a virtual tour on tablets at the desk"],
    ["At Dunnock Bridge Mill the ground floor, the yard and the wheelhouse viewing window are step-free. The upper floors are reached by stairs only, so we offer a virtual tour on tablets at the admissions desk."])
add("yes_no", "the library in town wants to borrow a few bits for a display, do they have to pay", TX,
    ["yes", "yes, a library is a non-accredited venue (type B): £180 a loan plus £45 an object, asked for 9 months before opening, with a courier for every object"],
    [TYPE_B,
     "Any other borrower, such as a library, school, shop or visitor centre, is a NON-ACCREDITED VENUE."],
    note="The minutes of 16 June 2035 raise the £180 to £240 from Monday 3 September 2035; the £45 an object does not change.")
add("yes_no", "can we use one of the old accessioned pots in the school handling session if were really careful", TX,
    ["no", "no, never use an accessioned object in a handling session; handling sessions use the handling collection (numbers starting HC)"],
    ["Never use an accessioned object in a handling session, even if it looks like a handling collection object.",
     "Handling collection numbers start with HC."])

# ---- list (6)
add("list", "what perks do staff get apart from pay", MD,
    ["a pension: the Trust pays 6% and you pay at least 4%",
     "free entry to every site and exhibition for you and up to 3 guests",
     "20% off in the cafés and shops, including the Stable Yard Café",
     "an eye test every two years",
     "a cycle to work scheme"],
    ["- A pension: the Trust pays **6%** of your pay and you pay at least 4%.",
     "- Free entry to every site, and to exhibitions, for you and up to **3 guests** on each visit.",
     "- **20% off** in our cafés and shops, including the Stable Yard Café.",
     "- An eye test every two years and a cycle to work scheme."])
add("list", "whats gone up in the new prices guide", PD,
    ["Wintersett Hall and Gardens adult ticket £14 instead of £13",
     "Dunnock Bridge Mill family ticket £24 instead of £22",
     "family membership £85 a year instead of £79",
     "Great Hall evening hire for a commercial hirer £1,450 instead of £1,300",
     "security officer £32 an hour instead of £29",
     "standard cleaning charge £95 instead of £80",
     "late finish charge £150 for each 30 minutes instead of £100",
     "admission ticket refunds now up to 48 hours before the visit instead of 7 days"],
    [("An adult ticket for Wintersett Hall and Gardens now costs £14, instead of £13.", 1),
     ("A family ticket for Dunnock Bridge Mill Museum now costs £24, instead of £22.", 1),
     ("Family membership now costs £85 a year, instead of £79.", 1),
     ("Evening hire of the Great Hall at Wintersett by a commercial hirer now costs £1,450, instead of £1,300.", 1),
     ("A security officer for a hire now costs £32 an hour, instead of £29.", 1),
     ("The standard cleaning charge for a hire is now £95, instead of £80.", 1),
     ("The late finish charge is now £150 for each 30 minutes, instead of £100.", 1),
     ("Admission tickets can now be refunded up to 48 hours before your visit, instead of 7 days before.", 1)])
add("list", "how many visits did each site get last year", DX,
    ["Brackenholme Town Museum: 61,400", "Dunnock Bridge Mill Museum: 38,750", "Selwood Gallery: 47,900",
     "Wintersett Hall and Gardens: 84,300"],
    ["The four sites had 232,350 visits, against 219,600 the year before: 61,400 at Brackenholme Town Museum, 38,750 at Dunnock Bridge Mill Museum, 47,900 at the Selwood Gallery and 84,300 at Wintersett Hall and Gardens."],
    note="232,350 in all in the year to 31 March 2035, against 219,600 the year before.")
add("list", "who gets in for free", HT,
    ["everyone, at Brackenholme Town Museum and the Selwood Gallery collection (not Selwood exhibitions)",
     "children under 5, everywhere",
     "members, at every site and exhibition",
     "one carer or personal assistant with a disabled visitor",
     "Hollindale residents at Dunnock Bridge Mill on the first Sunday of every month",
     "school groups booked through the learning team, with up to 1 adult for every 6 pupils",
     "Annual Pass holders, for 12 months after a Gift Aided visit to Dunnock Bridge Mill or Wintersett"],
    ["Everyone, at Brackenholme Town Museum and the Selwood Gallery collection. Selwood exhibitions are ticketed.",
     "Children under 5, at every site and exhibition.",
     "Members, at every site and exhibition, with two guest passes a year.",
     "One carer or personal assistant with a disabled visitor.",
     "Hollindale residents at Dunnock Bridge Mill on the first Sunday of every month, with a bill or library card showing a Hollindale address.",
     "School groups booked through our learning team, and up to 1 adult for every 6 pupils.",
     "Holders of an Annual Pass, for 12 months after a Gift Aided visit to Dunnock Bridge Mill or Wintersett."])
add("list", "what sorts of requests can people send the registrar", TX,
    ["A: an outgoing loan to an accredited museum", "B: an outgoing loan to a non-accredited venue",
     "C: an incoming loan to the Trust", "D: a research visit to Flaxley Road", "E: a handling session",
     "F: an image request"],
    [TYPE_A, TYPE_B, TYPE_C, TYPE_D, TYPE_E, TYPE_F])
add("list", "a phd student is coming to look at the samplers at flaxley road, what do they need to know", TX,
    ["book through the Registrar with 10 working days' notice (free for students)",
     "visits are Tuesdays to Thursdays, 10:00 to 16:00, in the study room",
     "a member of the collections team stays with them throughout; up to 4 visitors",
     "bring photo ID and use pencil only",
     "objects may be photographed for study without flash"],
    [TYPE_D,
     "Book research visits through the Registrar. Visits are on Tuesdays to Thursdays, 10:00 to 16:00, in the study room at Flaxley Road, and a member of the collections team stays with you throughout.",
     "Researchers bring photo ID, use pencil only and may photograph objects for study without flash."])

# ---- explanation (6)
add("explanation", "how does overtime work for me, im a visitor services supervisor", MD,
    ["Visitor Services Supervisors are on grade M2 (£13.60 – £14.75 an hour). Extra hours must be agreed by your "
     "line manager in StaffDesk before you work them, and staff on M1 and M2 are paid time and a half for hours over "
     "37 in a week. On top of that, M2 staff get double time on bank holidays and a Sunday supplement of £1.40 an "
     "hour"],
    ["| M2 | Visitor Services Supervisor, Café Supervisor, Security Officer, Gardener | £13.60 – £14.75 an hour | 3 months |",
     "Extra hours must be agreed by your line manager in StaffDesk before you work them. Staff on grades M1 and M2 are paid **time and a half** for hours over 37 in a week.",
     BANKHOL, SUNDAY],
    note="M3 staff take time off in lieu within 3 months; M4 and M5 are not paid overtime. The minutes of 16 June 2035 raise the Sunday supplement to £1.75 from Sunday 5 August 2035.")
add("explanation", "how do i go about booking the great hall for my dads 70th", PD,
    ["Check dates in HallKeeper on the website and place a provisional hold, kept for 7 days. Pay a booking deposit "
     "of 25% of the hire fee to confirm, then visit the room with the Events Coordinator to plan layout, catering and "
     "access. Pay the balance and the damage deposit 8 weeks before the hire (in full at once if you book less than "
     "8 weeks ahead), and send final numbers, suppliers' details and risk assessments 14 days before"],
    [("1. Check dates in HallKeeper on our website and place a provisional hold, which we keep for 7 days.", 3),
     ("2. Pay the booking deposit of 25% of the hire fee to confirm the booking.", 3),
     ("3. Visit the room with our Events Coordinator to plan the layout, catering and access.", 3),
     ("4. Pay the balance of the hire fee and the damage deposit 8 weeks before the hire. Bookings made less than 8 weeks ahead are paid in full at once.", 3),
     ("5. Send final numbers, your suppliers' details and their risk assessments 14 days before the hire.", 3)])
add("explanation", "we might have to cancel our room hire about 2 months before, what do we lose", PD,
    ["Cancelling less than 3 months before the hire means 50% of the hire fee is due; if it gets to less than 4 "
     "weeks before, the full hire fee is due. The damage deposit is "
     "always refunded when a hire is cancelled. Cancellations must be made in writing"],
    [("If you cancel a room hire, tell us in writing.", 4),
     ("Less than 3 months before: 50% of the hire fee is due. Less than 4 weeks before: the full hire fee is due.", 4),
     ("The damage deposit is always refunded when a hire is cancelled.", 4)])
add("explanation", "why didnt the coach house café thing get signed off", DX,
    ["It was not turned down but deferred. Dominic Haverfield proposed extending the Stable Yard Café into the Coach "
     "House at Wintersett, adding 48 seats, at about £265,000. The Hollindale Heritage Fund may pay up to half and "
     "its decision is expected in August, so the proposal was deferred to the September meeting on Saturday 15 "
     "September 2035"],
    ["Dominic Haverfield proposed extending the Stable Yard Café into the Coach House at Wintersett, adding 48 seats, at about £265,000.",
     "The Hollindale Heritage Fund may pay up to half, and its decision is expected in August.",
     "The proposal was deferred to the September meeting on Saturday 15 September 2035."])
add("explanation", "i use a wheelchair, how accesible is wintersett", HT,
    ["The ground floor rooms of Wintersett Hall are step-free, but the first floor is reached by stairs only, with a "
     "photo book of its rooms. Garden paths are gravel with some slopes. Two wheelchairs can be borrowed free, and a "
     "Tramper all-terrain scooter for the gardens can be booked at least 48 hours ahead. There are 8 accessible "
     "parking spaces next to the Stable Yard, and a carer or personal assistant goes free"],
    ["At Wintersett Hall the ground floor rooms are step-free, and the first floor is reached by stairs only, with a photo book of its rooms. Garden paths are gravel, with some slopes.",
     "Two wheelchairs can be borrowed free at Wintersett, and a Tramper all-terrain scooter for the gardens can be booked at least 48 hours ahead.",
     "There are 8 accessible parking spaces next to the Stable Yard at Wintersett and 3 at Dunnock Bridge Mill.",
     "One carer or personal assistant with a disabled visitor."])
add("explanation", "a painting weve got on loan got scratched while we were hanging it, what do i do", TX,
    ["Stop, leave it where it is and keep people away. Phone the duty conservator at once (on working days a "
     "conservator comes within 2 hours; out of hours, phone the security control room). Photograph the object and "
     "the place, keep any fragments in a labelled bag and never try a repair. Write a damage report in CurioBase "
     "within 24 hours. Because it is on loan, the Registrar tells the lender within 48 hours and the insurer within 5 "
     "working days"],
    ["1. Stop. Leave the object where it is and keep people away from it.",
     "2. Phone the duty conservator at once. On working days a conservator comes within 2 hours; out of hours, phone the security control room.",
     "3. Photograph the object and the place, and keep every fragment in a labelled bag. Never try a repair yourself.",
     "4. Write a damage report in CurioBase within 24 hours.",
     "5. If the object is on loan to or from the Trust, the Registrar tells the lender or borrower within 48 hours, and the insurer within 5 working days."])

# ---- unanswerable (6: 5 near misses, one per document, and 1 off-topic)
add("unanswerable", "whats the most i can spend on a bike through the cycle to work scheme", MD, [], [], subtype="near_miss",
    note="The handbook lists a cycle to work scheme among the benefits, and a 20p a mile bicycle rate, but gives no limit.")
add("unanswerable", "how much is a lifetime membership", PD, [], [], subtype="near_miss",
    note="The guide lists Individual, Concession, Joint, Family, Young Friend and Patron memberships by the year; no lifetime membership.")
add("unanswerable", "how much did the stable yard café make on its own last year", DX, [], [], subtype="near_miss",
    note="The minutes give £1.27 million for the cafés and shops together, not the Stable Yard Café alone.")
add("unanswerable", "what time is the last 62 bus back from wintersett", HT, [], [], subtype="near_miss",
    note="The help page names the 62 bus and its stops but gives no timetable.")
add("unanswerable", "whats the daily rate we charge borrowers for a courier", TX, [], [], subtype="near_miss",
    note="The procedure says when a courier travels and the loan fees, but gives no courier daily rate or expenses.")
add("unanswerable", "anyone got a good recipe for cheese scones", None, [], [], subtype="off_topic",
    note="Not covered by any document.")

# ---- summary (2)
add("summary", "can u give me the gist of the loans and handling procedure", TX, [
    "Procedure CL-03 (version 4, owned by the Registrar, Barnaby Lightowler) covers everyone who handles, lends, borrows, studies or photographs the Trust's objects, about 118,000 of them, with fewer than 4% on display",
    "Requests are typed A to F: outgoing loans to accredited museums (no fee, 6 months' notice) and to non-accredited venues (£180 a loan plus £45 an object, 9 months), incoming loans (4 months), research visits (£35 an hour for commercial researchers), handling sessions (£60 for non-school groups) and image requests (£25 an image)",
    "Outgoing loans go to the Collections Panel, need a condition check, a signed loan agreement 8 weeks before and an insurance or indemnity certificate 4 weeks before; a courier goes with objects over £50,000 and every non-accredited loan",
    "Handling rules: Level 1 training for accessioned objects and Level 2 for textiles, objects over 20 kg and the Fragile Register, the right gloves, two people for heavy or long objects, and never an accessioned object in a handling session",
    "Damage: stop, call the duty conservator, photograph and keep fragments, report in CurioBase within 24 hours, and the Registrar tells the lender within 48 hours",
    "Display conditions are 16 to 22 C and 45 to 60% relative humidity, with light limits of 50, 200 and 300 lux; loan records are kept 25 years"],
    ["Document:   CL-03, version 4",
     "Owner:      Barnaby Lightowler, Registrar",
     "The Trust cares for about 118,000 objects, of which fewer than 4% are on display at any one time.",
     TYPE_A, TYPE_B, TYPE_D,
     "4. The loan agreement is signed by both sides at least 8 weeks before the objects leave, and any fee is invoiced.",
     "4. Write a damage report in CurioBase within 24 hours.",
     "Temperature ........................ 16 to 22 C",
     "Loan records kept ............... 25 years"])
add("summary", "what did the trustees decide at the june meeting", DX, [
    "From Sunday 5 August 2035 the Sunday supplement for staff on M1 and M2 goes up from £1.40 to £1.75 an hour; bank holiday double time and the late event allowance do not change",
    "For evening hires from Monday 1 October 2035 the damage deposit goes up from £500 to £750; the day hire deposit stays at £250",
    "From Thursday 5 July 2035 the Selwood Gallery stays open until 21:00 on Thursdays, instead of 20:00",
    "From Monday 3 September 2035 the arrangement fee for an outgoing loan to a non-accredited venue goes up from £180 to £240; the £45 an object does not change",
    "Entry to Brackenholme Town Museum stays free; the proposal to charge adults £4 was rejected",
    "Deferred: the Stable Yard Café extension into the Coach House (September meeting, 15 September 2035) and replacing CurioBase (December meeting, 8 December 2035)"],
    ["From Sunday 5 August 2035 the Sunday supplement for staff on M1 and M2 goes up from £1.40 to £1.75 an hour; bank holiday double time and the late event allowance do not change.",
     "For evening hires from Monday 1 October 2035 the damage deposit goes up from £500 to £750; the day hire deposit stays at £250.",
     "From Thursday 5 July 2035 the Selwood Gallery stays open until 21:00 on Thursdays, instead of 20:00.",
     "From Monday 3 September 2035 the arrangement fee for an outgoing loan to a non-accredited venue goes up from £180 to £240; the £45 an object does not change.",
     "Entry to Brackenholme Town Museum stays free; the proposal to charge adults £4 was not agreed.",
     "Deferred: the Stable Yard Café extension into the Coach House (September meeting, 15 September 2035) and replacing CurioBase (December meeting, 8 December 2035)."])

# ---- conversations (4)
def turn(n, type, q, doc, answers, evidence):
    ev = [{"quote": e[0], "page": e[1]} if isinstance(e, tuple) else {"quote": e} for e in evidence]
    return {"turn": n, "type": type, "q": q, "doc": doc, "answerable": True, "answers": answers, "evidence": ev}
items.append({"id": f"bh-{len(items)+1:03d}", "type": "conversation", "doc": MD, "turns": [
    turn(1, "factual", "im M1 on front of house and do most sundays, how much extra do i get an hour", MD,
         ["£1.40 an hour", "a Sunday supplement of £1.40 an hour for every hour worked on a Sunday (staff on M1 and M2); Saturdays get no extra pay"],
         [SUNDAY, "- **Saturday working:** no extra pay; Saturdays are part of the normal pattern for public-facing teams."]),
    turn(2, "factual", "what about working bank hols", MD,
         ["double time", "double time for staff on M1 and M2 (time and a half on M3; M4 and M5 take a day off in lieu)"],
         [BANKHOL]),
    turn(3, "factual", "someone in the staff room reckons the sunday money is going up, to what", DX,
         ["£1.75 an hour", "£1.75 an hour, up from £1.40, from Sunday 5 August 2035, for staff on M1 and M2"],
         ["The Board agreed that from Sunday 5 August 2035 the Sunday supplement for staff on grades M1 and M2 goes up from £1.40 to £1.75 an hour."]),
    turn(4, "yes_no", "are bank hols going up as well then", DX,
         ["no", "no, double time on bank holidays does not change, and nor does the late event allowance of £12 or £20"],
         ["Double time on bank holidays does not change, and nor does the late event allowance of £12 or £20."]),
]})
items.append({"id": f"bh-{len(items)+1:03d}", "type": "conversation", "doc": PD, "turns": [
    turn(1, "factual", "were having the great hall for an evening party, whats the damage deposit", PD,
         ["£500", "£500 for an evening hire, refunded within 14 days after the hire; it is paid with the balance 8 weeks before"],
         [("Damage deposit, evening hire £500 refunded within 14 days after the hire", 3),
          ("4. Pay the balance of the hire fee and the damage deposit 8 weeks before the hire.", 3)]),
    turn(2, "factual", "and if we only had it during the day?", PD,
         ["£250", "£250 for a day hire, also refunded within 14 days after the hire"],
         [("Damage deposit, day hire £250 refunded within 14 days after the hire", 3)]),
    turn(3, "yes_no", "the events lady said its going up in october, is that right", DX,
         ["yes", "yes, for evening hires taking place from Monday 1 October 2035 the damage deposit goes up from £500 to £750; the day hire deposit stays at £250, still refunded within 14 days"],
         ["The Board agreed that for evening hires taking place from Monday 1 October 2035 the damage deposit goes up from £500 to £750.",
          "The damage deposit for day hire stays at £250, and deposits are still refunded within 14 days after the hire."]),
]})
items.append({"id": f"bh-{len(items)+1:03d}", "type": "conversation", "doc": TX, "turns": [
    turn(1, "factual", "whats the fee if we lend stuff to somewhere thats not an accredited museum", TX,
         ["£180 a loan plus £45 an object", "£180 a loan plus £45 an object (type B), invoiced when the loan agreement is signed and due within 30 days"],
         [TYPE_B, "Fees are invoiced when the loan agreement or booking is signed and are due within 30 days."]),
    turn(2, "factual", "how far ahead do they have to ask", TX,
         ["9 months before opening", "at least 9 months before the exhibition opens (6 months for an accredited museum)"],
         ["a facilities report, at least 6 months before the exhibition opens (9 months for a non-accredited venue).",
          TYPE_B]),
    turn(3, "factual", "barnaby says the trustees have put that fee up, whats it now", DX,
         ["£240 a loan", "£240 a loan, up from £180, from Monday 3 September 2035"],
         ["The Board agreed that from Monday 3 September 2035 the arrangement fee for an outgoing loan to a non-accredited venue goes up from £180 to £240 a loan."]),
    turn(4, "yes_no", "does the per object bit go up too", DX,
         ["no", "no, the charge of £45 an object does not change, and loans to accredited museums stay free of fees"],
         ["The charge of £45 an object does not change, and loans to accredited museums stay free of fees."]),
]})
items.append({"id": f"bh-{len(items)+1:03d}", "type": "conversation", "doc": HT, "turns": [
    turn(1, "factual", "what time does selwood shut on a thursday", HT,
         ["20:00", "20:00 on Thursdays, opening at 10:00 (10:00 to 17:00 on Tuesday, Wednesday, Friday and Saturday)"],
         [SELWOOD, HOURS]),
    turn(2, "yes_no", "is it open late on fridays too", HT,
         ["no", "no, on Fridays the Selwood Gallery is open 10:00 to 17:00; only Thursday is late"],
         [SELWOOD, HOURS]),
    turn(3, "yes_no", "my mate says its staying open even later on thursdays from july, true?", DX,
         ["yes", "yes, from Thursday 5 July 2035 the Selwood Gallery stays open until 21:00 on Thursdays instead of 20:00; it still opens at 10:00 and the hours on other days do not change"],
         ["The Board agreed that from Thursday 5 July 2035 the Selwood Gallery stays open until 21:00 on Thursdays, instead of 20:00.",
          "It still opens at 10:00, and the hours on other days do not change."]),
]})
json.dump({"items": items}, open(HERE / "dev.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
import collections
print(len(items), collections.Counter(i["type"] for i in items),
      sum(len(i["turns"]) if i["type"] == "conversation" else 1 for i in items), "judged rows")
