"""Writes dev.json for the alderley held-out set: questions written from the documents in docs/ before any product
run. Same schema as yarrowby (and wrenfield, hollowbrook and the earlier sets)."""
from pathlib import Path
HERE = Path(__file__).resolve().parents[1]  # tests/data/alderley
import json
MD, PD, DX, HT, TX = ("staff-handbook.md", "archive-access-and-copying-policy.pdf",
                      "service-management-team-minutes-2030-03-12.docx", "visitor-faq.html",
                      "collections-salvage-procedure.txt")
items = []
def add(type, q, doc, answers, evidence, **kw):
    ev = [{"quote": e[0], "page": e[1]} if isinstance(e, tuple) else {"quote": e} for e in evidence]
    it = {"id": f"al-{len(items)+1:03d}", "type": type, "q": q, "doc": doc, "answerable": type != "unanswerable",
          "answers": answers, "evidence": ev}
    it.update(kw)
    items.append(it)
    return it

# ---- factual (19)
add("factual", "whats the top of the pay scale for an archivist", MD,
    ["£35,200", "£35,200 at the top of grade AL5 (£31,400 to £35,200), with one professional membership fee paid up to £240 a year"],
    ["| Archivist | AL5 | £31,400 – £35,200 | 6 months |",
     "Archivists and\nConservators have one professional membership fee paid each year, up to **£240**."],
    note="Conservators share grade AL5; Branch Managers are AL6, £36,050 to £40,300; Searchroom Assistants are AL3.")
add("factual", "been with the council 8 years now, how many days leave do i get", MD,
    ["29 days", "29 days a year (7 to 11 years' service), on top of the eight bank holidays, with up to 5 days to carry over"],
    ["| 7 to 11 years | 29 days | Up to 5 days |",
     "On top of the **eight bank holidays**, full-time staff get annual leave depending\non completed years of continuous local government service on 1 April."],
    note="25 days under 3 years, 27 days for 3 to 6 years, 32 days from 12 years; part-time staff pro rata.")
add("factual", "i drive the south route mobile, wot time do i finish", MD,
    ["17:00", "17:00, working 08:30 to 17:00 Monday to Friday, with one evening stop to 19:00 each fortnight"],
    ["| Mobile Library Driver | 08:00 – 16:30 Monday to Friday (South route: 08:30 – 17:00) | One evening stop to 19:00 each fortnight |"],
    note="Drivers on the North route work 08:00 to 16:30.")
add("factual", "when do we get paid each month", MD,
    ["the 20th", "on the 20th of each month, or the last working day before it"],
    ["Pay day is the **20th** of each month, or the last working day before it."])
add("factual", "how long is a readers ticket valid for now", PD,
    ["5 years", "5 years (under version 3 of the policy it was 3 years)"],
    [("A reader's ticket now lasts 5 years, instead of 3 years.", 1),
     ("Tickets last 5 years.", 1)])
add("factual", "how much to take pics with my own camera for the day", PD,
    ["£6", "£6 for a day permit (a yearly permit is £45); own cameras are not allowed for publication or commercial use"],
    [("Own camera, day permit £6 Not allowed", 3),
     ("Own camera, yearly permit £45 Not allowed", 3)],
    note="Version 3 charged £10 a day and £60 a year.")
add("factual", "how long before i can look at a coroners inquest file", PD,
    ["75 years", "75 years from the latest entry; next of kin can see them earlier with the coroner's consent"],
    [("Coroners' inquest files 75 years Next of kin, with the coroner's consent", 2)],
    note="Juvenile court registers and adoption and hospital records are closed for 100 years, adult magistrates' court registers for 30 years.")
add("factual", "wots the latest i can order stuff on a thursday at the serchroom", PD,
    ["18:00", "18:00 on Thursdays (15:30 on other weekdays, 12:00 on Saturdays)"],
    [("The last order is at 15:30 on weekdays, 18:00 on Thursdays and 12:00 on Saturdays.", 2)])
add("factual", "my local history society wants to book a group session with an archivist, how much is it", PD,
    ["£40", "£40 for a society or other adult group, for up to 2 hours on a Monday morning, for 6 to 12 people, booked at least 4 weeks ahead"],
    [("A session lasts up to 2 hours, with an archivist, and costs £40 for a society or other adult group.", 3),
     ("Groups of 6 to 12 people, such as family history societies and school classes, can book a group session on a Monday morning", 3),
     ("Book at least 4 weeks ahead.", 3)],
    note="Free for schools in the Alderley district, £25 for schools outside it.")
add("factual", "how many loans did whinfell do in feb", DX,
    ["6,080", "6,080 in February (47,360 across the service)"],
    ["Natalie Osei reported 47,360 loans in February: 19,640 at Central, 9,870 at Hesketh Bridge, 8,120 at Pennington, 6,080 at Whinfell, 1,150 at Coldwater and 2,500 on the two mobile libraries."])
add("factual", "how much would a new electric mobile library cost", DX,
    ["about £165,000", "about £165,000; the proposal was deferred to the council's Capital Programme Board on Wednesday 22 May 2030"],
    ["She proposed buying a new electric mobile library at a cost of about £165,000.",
     "As it is capital spending, the proposal was deferred to the council's Capital Programme Board on Wednesday 22 May 2030."])
add("factual", "when's the next SMT meeting and where", DX,
    ["Tuesday 9 April 2030 at 09:30 in the conference room at Fairbank House, Mill Road, Alderley"],
    ["The next meeting of the Service Management Team is on Tuesday 9 April 2030 at 09:30 in the conference room at Fairbank House, Mill Road, Alderley."])
add("factual", "wot time does pennington library close for lunch", HT,
    ["13:00 to 14:00", "13:00 to 14:00 (it is open 10:00 to 17:00, Saturdays 10:00 to 13:00)"],
    ["Pennington Library Monday to Saturday 10:00 to 17:00, closed 13:00 to 14:00 (Saturday 10:00 to 13:00)"])
add("factual", "how many books can my kid have out at once", HT,
    ["12 items", "up to 12 items on a children's card (20 on an adult card), usually for 3 weeks"],
    ["You can have up to 20 items on an adult card and up to 12 items on a children's card."])
add("factual", "how much to hire the garden room for our knitting group", HT,
    ["£18 an hour", "£18 an hour for community groups and charities (£36 for businesses); it holds up to 40 people and must be booked at least 10 working days ahead"],
    ["The Garden Room, for up to 40 people: £18 an hour for community groups and charities, £36 an hour for businesses.",
     "Book at least 10 working days ahead:"])
add("factual", "how much is it to print a colour page", HT,
    ["50p", "50p for A4 colour (£1 for A3 colour; black and white is 15p for A4)"],
    ["Printing and copying: 15p for A4 black and white, 50p for A4 colour, 30p for A3 black and white and £1 for A3 colour."])
add("factual", "how fast does glossy paper need to go in the freezer", TX,
    ["within 6 hours", "within 6 hours, or the pages stick together for good (ordinary wet paper within 48 hours)"],
    ["Coated or glossy paper (magazines, catalogues, some maps and posters): freeze within 6 hours, or the pages stick together for good."],
    note="Other wet paper and bound volumes are frozen within 48 hours, at -20C or below.")
add("factual", "need to ring harwood document recovery, wots the number", TX,
    ["0113 496 0742"],
    ["Harwood Document Recovery (freezing, drying, Level 3 support) ............... 0113 496 0742"])
add("factual", "what humidity r the strongrooms meant to be kept at", TX,
    ["45% to 55% relative humidity", "45% to 55% relative humidity, at 16C to 19C; the alarm goes off when RH is over 60%"],
    ["The strongrooms are kept at 16C to 19C and 45% to 55% relative humidity (RH).",
     "The environment alarm goes to Alderley Valley Monitoring when RH is over 60%"])

# ---- yes/no (9: 5 no, 4 yes)
add("yes_no", "im a library assistant at central, do i get extra for doing a sunday", MD,
    ["yes", "yes, Sunday hours at Central are paid at time and a half"],
    ["| Library Assistant | Time and a half | Time and a quarter | Double time | Not on the rota | None |"],
    note="Saturdays are paid at plain time for everyone.")
add("yes_no", "i live about 35 mins drive from fairbank house, can i go on the archive keyholder rota", MD,
    ["no", "no, you must live within 25 minutes' drive of Fairbank House to join the archive rota"],
    ["You must live within **25 minutes'\ndrive** of Fairbank House to join the archive rota."],
    note="Keyholders must reach Fairbank House within 30 minutes and a branch within 45 minutes.")
add("yes_no", "can my 15 yr old daughter get her own readers ticket", PD,
    ["yes", "yes, young people aged 14 to 17 can have their own ticket with a parent's signed consent"],
    [("Young people aged 14 to 17 can have their own ticket with a parent's signed consent", 1)],
    note="Children under 14 can use the searchroom only with an adult who holds a ticket.")
add("yes_no", "im writing a book, can i use a camera permit to take the photos i want to publish", PD,
    ["no", "no, own cameras are not allowed for publication or commercial use; staff-made digital images cost £25 each for that"],
    [("Own camera, day permit £6 Not allowed", 3),
     ("Digital image made by our staff (each) £7.50 £25", 3)])
add("yes_no", "did they agree to put reservations up to a pound", DX,
    ["no", "no, the rise to £1 was not agreed; the adult reservation charge stays at 80p and children's reservations stay free"],
    ["The meeting did not agree: the charge stays at 80p, and reservations on children's cards stay free."])
add("yes_no", "is hesketh bridge libary open on wednesdays", HT,
    ["no", "no, Hesketh Bridge Library is closed on Wednesdays"],
    ["Hesketh Bridge Library Monday, Tuesday, Thursday, Friday and Saturday (closed Wednesday)"])
add("yes_no", "my mum uses a wheelchair, can she get on the south mobile library", HT,
    ["yes", "yes, the South route vehicle has a wheelchair lift (the North route vehicle does not, but staff bring books to the door)"],
    ["The South route vehicle has a wheelchair lift; the North route vehicle does not, but the staff will bring books to the door."])
add("yes_no", "water coming into strongroom 4 but only 3 boxes wet, thats level 1 right?", TX,
    ["no", "no, any water in a strongroom at Fairbank House is at least Level 2, however few items are wet (Level 1 is otherwise up to 10 items)"],
    ["Any water in a strongroom at Fairbank House is at least Level 2, however few items are wet.",
     "1 Minor up to 10 site staff Conservator told same working day"],
    note="It would be raised a further level if an item on the Priority Salvage List were affected.")
add("yes_no", "im pregnant, am i supposed to keep away from the mouldy boxes", TX,
    ["yes", "yes, staff who are pregnant, have asthma or a weakened immune system do not handle mouldy items"],
    ["Staff who are pregnant, have asthma or a weakened immune system do not handle mouldy items."])

# ---- list (6)
add("list", "wot perks do we get as staff", MD,
    ["the Local Government Pension Scheme: you pay 5.5% to 8.5%, the council pays 17.9%",
     "the free, confidential Employee Assistance Programme, 24 hours a day",
     "long service vouchers: £200 at 15 years and £400 at 25 years",
     "eye tests paid up to £30 for people who use a screen most of the day",
     "20% off at the Cornmarket Café and free meeting rooms for staff groups",
     "cycle to work scheme and interest-free bus season ticket loans up to £1,200"],
    ["Pension: the Local Government Pension Scheme, in which you pay between **5.5% and 8.5%** of pay, depending on your\n  pay, and the council pays **17.9%**.",
     "The free, confidential **Employee Assistance Programme**, 24 hours a day",
     "A long service award: a **£200** voucher at 15 years and **£400** at 25 years.",
     "Eye tests paid up to **£30** for anyone who uses a screen for most of the day.",
     "**20% off** at the Cornmarket Café in Central Library, and free use of the meeting rooms for staff groups.",
     "Cycle to work scheme, and interest-free bus season ticket loans of up to **£1,200**."],
    note="Mobile library drivers also get a £600 licence allowance, and travel between sites is paid at 45p a mile.")
add("list", "which records are shut for 100 years", PD,
    ["adoption records", "hospital patient records", "juvenile court registers"],
    [("Adoption records 100 years The adopted person, through a counsellor", 2),
     ("Hospital patient records 100 years The patient, with proof of identity", 2),
     ("Juvenile court registers 100 years Nobody", 2)],
    note="Coroners' files, school admission registers and staff personnel files are closed for 75 years; adult magistrates' registers and confidential council minutes for 30.")
add("list", "wot actions has ingrid got from the march meeting", DX,
    ["update CS-01 for the 2-hour Level 2 response, by 29 March 2030",
     "train two salvage deputies, at Central and Fairbank House, by 12 April 2030"],
    ["Update CS-01 for the 2-hour Level 2 response Ingrid Halvorsen 29 March 2030",
     "Train two salvage deputies, at Central and Fairbank House Ingrid Halvorsen 12 April 2030"])
add("list", "first time going to the archives, wot shud i take with me", HT,
    ["proof of your name and address on your first visit, such as a driving licence",
     "a pencil (pens are not allowed near documents)",
     "a £1 coin for the lockers, which you get back",
     "the references of the documents you want, if you have them",
     "a laptop, tablet or camera phone if you want to take your own photographs with a permit"],
    ["proof of your name and address for your first visit, such as a driving licence;",
     "a pencil, as pens are not allowed near documents;",
     "a £1 coin for the lockers, which you get back;",
     "the references of the documents you want, if you have them;",
     "a laptop, tablet or camera phone, if you want to take your own photographs with a permit."])
add("list", "where do we keep the red salvage crates", TX,
    ["Fairbank House: three kits in the loading bay",
     "Greystone Lane outstore: one kit by the door",
     "Central Library: two kits, one in the basement and one in the Local Studies Room",
     "Hesketh Bridge and Whinfell: one kit in the staff room"],
    ["at Fairbank House, three kits in the loading bay;",
     "at the Greystone Lane outstore, one kit by the door;",
     "at Central Library, two kits, one in the basement and one in the Local Studies Room;",
     "at Hesketh Bridge and Whinfell, one kit in the staff room."],
    note="Pennington and Coldwater hold no local studies collections and have no kit.")
add("list", "if theres a flood which things do we save first", TX,
    ["the Alderley Borough Charter of 1287 and the other medieval charters",
     "the enclosure award maps and the tithe maps",
     "parish registers from before 1837",
     "the Fairbank Studio glass plate negatives",
     "the Alderley Gazette bound volumes from 1841 to 1900"],
    ["the Alderley Borough Charter of 1287 and the other medieval charters (Strongroom 1, Fairbank House);",
     "the enclosure award maps and the tithe maps (Strongroom 2, map cabinet M1 to M6);",
     "parish registers from before 1837 (Strongroom 3);",
     "the Fairbank Studio glass plate negatives (Strongroom 5, cold store);",
     "the Alderley Gazette bound volumes from 1841 to 1900 (Local Studies Room, Central Library)."])

# ---- explanation (6)
add("explanation", "off sick tmrw and im on the mobile, wot do i have to do", MD,
    ["Phone (not text or email) the Mobile and Home Library Manager by 07:30 on the first day, so that the route can be "
     "cancelled and the stops told in time. You can self-certify for up to 7 calendar days and need a fit note after "
     "that. Within 5 working days of coming back you have a return-to-work meeting recorded on form RW2. Four "
     "absences or 10 working days off in a rolling 12 months start an attendance review"],
    ["Phone, do not text or email, on the first day:",
     "3. **Mobile library drivers:** phone the Mobile and Home Library Manager by **07:30**, so that the route can be\n   cancelled and the stops told in time.",
     "5. You can self-certify for up to **7 calendar days**; after that you need a fit note.",
     "6. Within **5 working days** of coming back, have a return-to-work meeting, recorded on form **RW2**.",
     "Four absences, or **10 working days** off, in any rolling 12 months start an attendance review with your manager."],
    note="Library staff phone the duty manager 1 hour before opening, searchroom staff the Searchroom Supervisor by 08:45, others their manager by 09:30.")
add("explanation", "first keyholder week, what am i meant to do if monitoring rings about a branch alarm", MD,
    ["Answer, or ring Alderley Valley Monitoring back, within 10 minutes of the first call; reach the branch within "
     "45 minutes (30 minutes for Central Library and Fairbank House); never go in alone if there are signs of a "
     "break-in but wait outside for the police with your phone on; and log the call, your times and what you found "
     "on the Keyholder form in StaffHub before your next shift. If the call keeps you out after midnight you can "
     "start your next shift 3 hours later with no loss of pay"],
    ["1. Answer, or ring the monitoring centre back, within **10 minutes** of the first call.",
     "2. Reach the building within **30 minutes** for Central Library and Fairbank House, or **45 minutes** for a branch\n   library.",
     "3. Never go in alone if there are signs of a break-in. Wait outside for the police, and keep your phone on.",
     "4. Log the call, your times and what you found on the Keyholder form in StaffHub before your next shift.",
     "If an alarm call keeps you out after midnight, you may start\nyour next shift **3 hours** later than usual, with no loss of pay."])
add("explanation", "visiting the archives next week for the first time, how does ordering the documents work", PD,
    ["Book a seat at least 1 working day before. Find each document's reference in Alderley Archives Online and order "
     "up to 6 in advance online at least 2 working days before the visit so they are waiting; on the day order more "
     "at the desk, up to 20 a day in all. Documents are fetched every 30 minutes from 09:45, with the last order at "
     "15:30 on weekdays, 18:00 on Thursdays and 12:00 on Saturdays. You can have up to 3 documents at your desk "
     "(and 2 maps on a map table), and documents can be kept for your next visit for up to 10 working days. Outstore "
     "documents need 3 working days' notice"],
    [("Please book a seat at least 1 working day before you visit", 1),
     ("1. Find the reference of each document in our online catalogue, Alderley Archives Online.", 1),
     ("2. Order up to 6 documents in advance, online, at least 2 working days before your visit, so that they are waiting for you when you arrive.", 1),
     ("3. On the day, order more at the desk. You can order up to 20 documents a day, including the ones you ordered in advance.", 2),
     ("4. Documents are fetched every 30 minutes, from 09:45. The last order is at 15:30 on weekdays, 18:00 on Thursdays and 12:00 on Saturdays.", 2),
     ("5. You can have up to 3 documents at your desk at a time, and up to 2 maps or plans on a map table.", 2),
     ("6. Ask us to keep documents for your next visit. We keep them for up to 10 working days.", 2),
     ("in the catalogue and need 3 working days' notice.", 2)])
add("explanation", "why r they opening the searchroom every saturday", DX,
    ["Saturday mornings are the busiest sessions: both Saturday openings in February were full by 10:30 and 27 "
     "readers were turned away. So from Saturday 4 May 2030 the searchroom opens every Saturday, 09:30 to 12:45, "
     "instead of the first and third Saturdays of the month; weekday hours and the Thursday late opening do not "
     "change, and Hugo Leclerc will update the website, the FAQ page and the rota"],
    ["Saturday mornings are the busiest sessions: both Saturday openings in February were full by 10:30, and 27 readers were turned away.",
     "The meeting agreed that from Saturday 4 May 2030 the searchroom opens every Saturday, 09:30 to 12:45, instead of the first and third Saturdays of the month.",
     "Weekday hours and the Thursday late opening do not change.",
     "Hugo will update the website, the FAQ page and the rota."])
add("explanation", "what happens if i bring my books back late", HT,
    ["There are no late return charges: they stopped in April 2028. But once an item is 6 weeks overdue your card is "
     "blocked and you are sent a bill for the cost of replacing it, which is cancelled if you bring the item back in "
     "good condition. You can avoid this by renewing up to 3 times, unless someone has reserved the item"],
    ["No. We stopped charging for late returns in April 2028.",
     "If something is 6 weeks overdue, we block your card and send you a bill for the cost of replacing it.",
     "The bill is cancelled if you bring the item back in good condition.",
     "You can renew up to 3 times online, in the Alderley Libraries app, by phone or at any library, unless someone else has reserved the item."])
add("explanation", "strongroom humidity alarm went off on my keyholder week, what do i do when i get there", TX,
    ["Check the room reading on the panel by the strongroom door and look for water on the floor and walls; switch "
     "on the spare dehumidifier if RH is over 60%; and phone the Conservator if there is water or RH is over 65%. If "
     "RH stays over 65% for more than 48 hours, the Conservator checks every shelf in the room for mould within the "
     "next 5 working days"],
    ["1. Checks the room reading on the panel by the strongroom door, and looks for water on the floor and walls.",
     "2. Switches on the spare dehumidifier if RH is over 60%.",
     "3. Phones the Conservator if there is water, or if RH is over 65%.",
     "If RH stays over 65% for more than 48 hours, the Conservator checks every shelf in the room for mould within the next 5 working days."])

# ---- unanswerable (6)
add("unanswerable", "how much maternity pay do we get", MD, [], [], subtype="near_miss",
    note="The handbook gives sick pay by service, annual leave, pay grades and allowances, but nothing on maternity or other family leave.")
add("unanswerable", "how much is it to join the friends of alderley archives", PD, [], [], subtype="near_miss",
    note="The policy says Friends members get 10% off staff-made digital images, but gives no membership fee; the minutes name the Friends' chair and lecture but no fee either.")
add("unanswerable", "how much did it cost to fix the whinfell roof", DX, [], [], subtype="near_miss",
    note="The minutes describe the Whinfell roof leak of 19 February 2030 and the items saved and lost, but give no repair cost.")
add("unanswerable", "wot days does the mobile library come to my village, Brantwick", HT, [], [], subtype="near_miss",
    note="The FAQ says each route visits about 40 villages and estates every two weeks and that the timetable is on the website, but lists no stops.")
add("unanswerable", "how long does harwood take to dry out the frozen stuff n send it back", TX, [], [], subtype="near_miss",
    note="The procedure says Harwood Document Recovery arrives within 6 hours at Level 3 and collects crates for freezing and drying, but gives no drying or return time.")
add("unanswerable", "anyone know when the brown bin collections start back up", None, [], [], subtype="off_topic",
    note="Not covered by any document.")

# ---- summary (2)
add("summary", "can u give me a quick summary of the archive access policy", PD, [
    "Policy AC-02 version 4, approved by the Communities Committee on 14 November 2029, in force from Monday 7 January 2030 and owned by the County Archivist, covers the searchroom at Fairbank House and the Local Studies Room at Central Library, not library borrowing",
    "Version 4 made reader's tickets last 5 years (from 3), allowed 20 documents a day (from 15), cut outstore notice to 3 working days (from 5) and camera permits to £6 a day and £45 a year (from £10 and £60), raised A4 printouts to 60p (from 50p) and research to £32 a half hour (from £28), and moved the weekday last order to 15:30 (from 16:00)",
    "A free reader's ticket is needed for original documents, with proof of name and address; 14 to 17 year olds need a parent's consent and under-14s must come with a ticket-holding adult; seats are booked at least 1 working day ahead",
    "Readers can order 6 documents in advance and up to 20 a day, fetched every 30 minutes, with up to 3 at a desk; outstore documents need 3 working days' notice and come on Tuesdays and Thursdays",
    "Records with personal information are closed: adoption, hospital and juvenile court records for 100 years, coroners' files, school admission registers and staff files for 75 years, adult magistrates' registers and confidential council minutes for 30 years",
    "Handling rules: pencil only, no food or drink, bags in the £1 lockers, gloves only for photographs",
    "Copies are for own research unless licensed: A4 printouts 60p, staff-made images £7.50 (£25 for publication), camera permits for own research only; no photocopying of originals and no flash; Friends get 10% off staff-made images",
    "Group sessions cost £40 for a society (free for Alderley schools); offers of records are assessed within 30 working days; the research service costs £32 a half hour; tickets can be withdrawn for 6 months or for good; complaints go to Stage 1 (10 working days), Stage 2 (15 working days) and then the Ombudsman"],
    [("Policy AC-02, version 4.", 1),
     ("Approved by the Communities Committee of Alderley Valley Council on 14 November 2029 and in force from Monday 7 January 2030", 1),
     ("It does not cover borrowing from our libraries", 1),
     ("A reader's ticket now lasts 5 years, instead of 3 years.", 1),
     ("You can now order up to 20 documents a day in the searchroom, instead of 15.", 1),
     ("Documents kept at the Greystone Lane outstore now need 3 working days' notice, instead of 5.", 1),
     ("A day permit to use your own camera now costs £6, instead of £10, and a yearly permit £45, instead of £60.", 1),
     ("Young people aged 14 to 17 can have their own ticket with a parent's signed consent", 1),
     ("We bring them to Fairbank House on Tuesdays and Thursdays only.", 2),
     ("Adoption records 100 years The adopted person, through a counsellor", 2),
     ("Coroners' inquest files 75 years Next of kin, with the coroner's consent", 2),
     ("Magistrates' court registers (adult) 30 years Nobody", 2),
     ("Use pencil only.", 2),
     ("A4 printout from microfilm or a digital image 60p 60p plus a licence", 3),
     ("Digital image made by our staff (each) £7.50 £25", 3),
     ("We do not photocopy originals.", 3),
     ("A session lasts up to 2 hours, with an archivist, and costs £40 for a society or other adult group.", 3),
     ("We assess every offer within 30 working days", 3),
     ("A first withdrawal lasts 6 months.", 4),
     ("2. Stage 1: the Searchroom Supervisor replies within 10 working days.", 4),
     ("The County Archivist replies within 15 working days.", 4)])
add("summary", "wot did they decide at the march SMT", DX, [
    "From Saturday 4 May 2030 the searchroom opens every Saturday, 09:30 to 12:45, instead of the first and third Saturdays; weekday hours and the Thursday late opening are unchanged",
    "From Friday 7 June 2030 outstore documents are also brought to Fairbank House on Fridays; the notice stays at 3 working days",
    "From Monday 15 April 2030 the Conservator or a trained deputy must be on site within 2 hours for a Level 2 incident instead of 4; Level 1 and Level 3 times are unchanged",
    "From Monday 1 April 2030 the archive keyholder standby payment rises from £55 to £65 a week; the £40 library keyholder payment and £25 call-out are unchanged",
    "The proposal to raise the adult reservation charge from 80p to £1 was rejected; it stays at 80p",
    "Deferred: a new electric mobile library (Capital Programme Board, 22 May 2030), the Rootsweave digitisation offer (Cabinet Member's briefing, 26 April 2030) and opening Central until 16:00 on Sundays (April meeting)"],
    ["From Saturday 4 May 2030 the searchroom opens every Saturday, 09:30 to 12:45, instead of the first and third Saturdays of the month; weekday hours and the Thursday late opening do not change.",
     "From Friday 7 June 2030 outstore documents are also brought to Fairbank House on Fridays; the notice needed stays at 3 working days.",
     "From Monday 15 April 2030 the Conservator or a trained deputy is on site within 2 hours for a Level 2 incident, instead of 4 hours; Level 1 and Level 3 times do not change.",
     "From Monday 1 April 2030 the archive keyholder standby payment goes up from £55 to £65 a week; the £40 library keyholder payment and the £25 call-out payment do not change.",
     "The reservation charge on adult cards stays at 80p; the proposed rise to £1 was not agreed.",
     "Deferred: a new electric mobile library (Capital Programme Board, 22 May 2030), the Rootsweave digitisation offer (Cabinet Member's briefing, 26 April 2030) and opening Central until 16:00 on Sundays (April meeting)."])

# ---- conversations (4)
def turn(n, type, q, doc, answers, evidence):
    ev = [{"quote": e[0], "page": e[1]} if isinstance(e, tuple) else {"quote": e} for e in evidence]
    return {"turn": n, "type": type, "q": q, "doc": doc, "answerable": True, "answers": answers, "evidence": ev}
items.append({"id": f"al-{len(items)+1:03d}", "type": "conversation", "doc": MD, "turns": [
    turn(1, "factual", "how much do archivists get for a week on the keyholder rota", MD,
         ["£55 a week", "£55 a week standby, plus £25 a call-out"],
         ["| Archivist or Conservator | Not rostered | None | Double time | £55 | **£25** a call-out |"]),
    turn(2, "factual", "and branch managers?", MD,
         ["£40 a week", "£40 a week, with no call-out payment but time off in lieu"],
         ["| Branch Manager | Time and a half | None | Double time | £40 | No call-out payment; time off in lieu |"]),
    turn(3, "yes_no", "someone said the archive one is going up, that right?", DX,
         ["yes", "yes, from £55 to £65 a week from Monday 1 April 2030"],
         ["The meeting agreed that from Monday 1 April 2030 the keyholder standby payment for archive keyholders goes up from £55 to £65 a week."]),
    turn(4, "yes_no", "do the branch managers get a rise too?", DX,
         ["no", "no, the library keyholder payment stays at £40 a week (and the £25 call-out does not change)"],
         ["The library keyholder payment of £40 a week and the £25 call-out payment do not change."]),
]})
items.append({"id": f"al-{len(items)+1:03d}", "type": "conversation", "doc": PD, "turns": [
    turn(1, "factual", "how much notice do u need to get a box from the greystone lane store", PD,
         ["3 working days", "3 working days' notice (it used to be 5)"],
         [("in the catalogue and need 3 working days' notice.", 2),
          ("Documents kept at the Greystone Lane outstore now need 3 working days' notice, instead of 5.", 1)]),
    turn(2, "factual", "which days does it get brought over", PD,
         ["Tuesdays and Thursdays", "only on Tuesdays and Thursdays, to Fairbank House"],
         [("We bring them to Fairbank House on Tuesdays and Thursdays only.", 2)]),
    turn(3, "yes_no", "heard they're adding a friday run, is that true", DX,
         ["yes", "yes, from Friday 7 June 2030 outstore documents are also brought on Fridays; the notice stays at 3 working days"],
         ["The meeting agreed that from Friday 7 June 2030 documents from the Greystone Lane outstore are also brought to Fairbank House on Fridays.",
          "The notice needed for outstore documents stays at 3 working days."]),
]})
items.append({"id": f"al-{len(items)+1:03d}", "type": "conversation", "doc": TX, "turns": [
    turn(1, "factual", "how fast has the conservator got to be on site for a level 2", TX,
         ["within 4 hours"],
         ["2 Moderate 11 to 200 Conservator on site within 4 hours"]),
    turn(2, "factual", "n how many items does it have to be to count as that", TX,
         ["11 to 200 items", "11 to 200 items, where a box, a bound volume, a map or a single loose document each count as one item"],
         ["2 Moderate 11 to 200 Conservator on site within 4 hours",
          "Count the items affected: a box, a bound volume, a map or a single loose document each count as one item."]),
    turn(3, "factual", "ingrid said after the whinfell leak that time's getting shorter, wots the new one", DX,
         ["2 hours", "within 2 hours, for the Conservator or a trained deputy, from Monday 15 April 2030"],
         ["The meeting agreed that from Monday 15 April 2030 the Conservator, or a trained deputy, must be on site within 2 hours for a Level 2 incident, instead of 4 hours."]),
    turn(4, "yes_no", "does level 3 change as well", DX,
         ["no", "no, Level 1 and Level 3 times do not change"],
         ["Level 1 and Level 3 times do not change."]),
]})
items.append({"id": f"al-{len(items)+1:03d}", "type": "conversation", "doc": HT, "turns": [
    turn(1, "factual", "which saturdays is the archive searchroom open", HT,
         ["the first and third Saturday of the month", "the first and third Saturday of the month, 09:30 to 12:45"],
         ["Archives searchroom, Fairbank House First and third Saturday of the month 09:30 to 12:45"]),
    turn(2, "factual", "wot time does it shut on those days", HT,
         ["12:45", "12:45 (it opens at 09:30)"],
         ["Archives searchroom, Fairbank House First and third Saturday of the month 09:30 to 12:45"]),
    turn(3, "yes_no", "my friend reckons its going to be every saturday from may, true?", DX,
         ["yes", "yes, from Saturday 4 May 2030 the searchroom opens every Saturday, 09:30 to 12:45"],
         ["The meeting agreed that from Saturday 4 May 2030 the searchroom opens every Saturday, 09:30 to 12:45, instead of the first and third Saturdays of the month."]),
]})
json.dump({"items": items}, open(HERE / "dev.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
import collections
print(len(items), collections.Counter(i["type"] for i in items),
      sum(len(i["turns"]) if i["type"] == "conversation" else 1 for i in items), "judged rows")
