"""Writes dev.json for the ashgrove held-out set: questions written from the documents in docs/ before any product
run. Same schema as saltmoor (and alderley, yarrowby, wrenfield and the earlier sets)."""
from pathlib import Path
HERE = Path(__file__).resolve().parents[1]  # tests/data/ashgrove
import json
MD, PD, DX, HT, TX = ("staff-handbook.md", "tickets-and-hire-terms.pdf", "senior-management-team-minutes-2032-03-17.docx",
                      "customer-faq.html", "fire-evacuation-procedure.txt")
items = []
def add(type, q, doc, answers, evidence, **kw):
    ev = [{"quote": e[0], "page": e[1]} if isinstance(e, tuple) else {"quote": e} for e in evidence]
    it = {"id": f"ag-{len(items)+1:03d}", "type": type, "q": q, "doc": doc, "answerable": type != "unanswerable",
          "answers": answers, "evidence": ev}
    it.update(kw)
    items.append(it)
    return it

STAGE1 = ("Stage 1 one smoke or Duty Manager, 3 minutes to staff alert heat detector with the usher investigate, "
          "(main in the main nearest the then stand down building) building zone or go to Stage 2")
STAGE2 = ("Stage 2 a second Duty Manager; Kiln Theatre full detector, a every usher clear within 3 evacuation call "
          "point, the sweeps their minutes; cinema (main Duty Manager, own area screens within building) or the end "
          "of 2 minutes; the Stage 1 time whole building within 5 minutes")
YARD = ("Single any detector or Head of yard clear stage call point Workshop, or within 90 (Ferrier's the most senior "
        "seconds Yard) person there")

# ---- factual (19)
add("factual", "how much does a duty manager earn", MD,
    ["£28,400 – £31,700", "£28,400 to £31,700 a year full-time (grade AG3), with a 6-month probation, plus a first aid allowance of £600 a year while they hold a current first aid at work certificate"],
    ["| AG3 | Duty Manager, Stage Carpenter, Scenic Painter | £28,400 – £31,700 | 6 months |",
     "Duty Managers get a **first aid allowance of £600** a year while they hold a current first aid at work certificate."],
    note="Box Office Assistants are AG1, £23,100 to £24,600; Stage and Cinema Technicians AG2, £25,200 to £27,900.")
add("factual", "been here 7 years now, how many days holiday do i get", MD,
    ["29 days", "29 days a year (6 to 9 years' service), on top of the eight bank holidays, with up to 5 days to carry over"],
    ["| 6 to 9 years | 29 days | Up to 5 days |",
     "On top of the **eight bank holidays**, full-time staff get:"],
    note="25 days under 3 years, 27 days for 3 to 5 years, 31 days from 10 years.")
add("factual", "im a techie, wot time do i have to ring in sick by", MD,
    ["08:30", "by 08:30, by phone (not text or email) to the Technical Manager"],
    ["2. **Stage and Cinema Technicians:** phone the Technical Manager by **08:30**.",
     "Phone, do not text or email, on the first day:"],
    note="Ferrier's Yard staff by 07:30, learning, gallery and office staff by 09:00, front of house at least 3 hours before the shift.")
add("factual", "what hours does a scenic painter do at ferriers yard", MD,
    ["08:00 – 16:30 Monday to Friday", "08:00 to 16:30, Monday to Friday, with a 14:30 finish on Fridays in January and February; at the main building they work on fit-ups only"],
    ["| Stage Carpenter or Scenic Painter | Fit-ups only | 08:00 – 16:30 Monday to Friday | Friday finish at 14:30 in January and February |"])
add("factual", "how much is an adult cinema ticket in the evening", PD,
    ["£9.80", "£9.80 for an adult in the evening (from 17:00); £7.60 in the daytime, £7.80 for Friends at any time, and £6.00 on Cheap Tuesdays"],
    [("Adult £9.80 £7.60 £7.80", 1),
     ("Cinema ticket Evening (from 17:00) Daytime (before 17:00) Friends, any time", 1),
     ("Every Tuesday is Cheap Tuesday, when all cinema tickets cost £6.00 all day.", 2)])
add("factual", "whats the booking fee if i buy tickets online", PD,
    ["£1.75 an order", "£1.75 an order, however many tickets are in it (it used to be £1.25); there is no booking fee for tickets bought in person at the box office"],
    [("Online and phone orders pay a booking fee of £1.75 an order, however many tickets are in it.", 1),
     ("There is no booking fee for tickets bought in person.", 1),
     ("The booking fee for online and phone orders is now £1.75 an order, instead of £1.25.", 1)])
add("factual", "how much to hire the rehearsal room at ferriers yard for the whole day? we're a registered charity", PD,
    ["£120", "£120 a day (09:00 to 18:00) at the community rate, without VAT; the commercial rate is £220"],
    [("Rehearsal Room, Ferrier's Yard each day, 09:00 to 18:00 £120 £220", 3),
     ("The community rate is for registered charities, schools and groups based in the Ashgrove district;", 3)],
    note="By the hour it is £18 (community) or £32 (commercial).")
add("factual", "how much deposit do we pay to confirm a hire", PD,
    ["30%", "30% of the hire charge (it was 25%), with the rest due at least 28 days before the hire; hires costing less than £150 are paid in full when you book"],
    [("2. Confirm the booking by paying a deposit of 30% of the hire charge. Hires that cost less than £150 are paid in full when you book.", 3),
     ("3. Pay the rest at least 28 days before the hire starts.", 3),
     ("Hirers now pay a deposit of 30% to confirm a booking, instead of 25%.", 1)])
add("factual", "how much is friends membership for me and my wife", PD,
    ["£65 a year", "£65 a year for two people at the same address (£40 for one person, £20 for under 26s)"],
    [("A Friends membership costs £40 a year, £65 for two people at the same address and £20 for under 26s.", 2)])
add("factual", "how many tickets did the panto sell in the end", DX,
    ["19,860", "19,860 tickets over 52 performances, 91% of seats, with box office income of £268,300"],
    ["Final figures for the pantomime, Jack and the Beanstalk, which closed on Sunday 4 January: 52 performances, 19,860 tickets sold, 91% of seats, and box office income of £268,300."])
add("factual", "how many people were in the theatre when we evacuated in feb", DX,
    ["356", "356 people in the Kiln Theatre (and 141 at the screening in Screen 1), on Friday 27 February 2032 at 19:52"],
    ["Aled Morgan reported on the evacuation of the main building on Friday 27 February 2032 at 19:52, during a performance in the Kiln Theatre (356 people) and a screening in Screen 1 (141 people)."])
add("factual", "when and where is the next smt meeting", DX,
    ["Wednesday 21 April 2032 at 09:30 in the Rehearsal Room at Ferrier's Yard, Canal Road"],
    ["The next meeting of the Senior Management Team is on Wednesday 21 April 2032 at 09:30 in the Rehearsal Room at Ferrier's Yard, Canal Road."])
add("factual", "what time does the foyer bar shut on a sunday", HT,
    ["22:30", "22:30 (it is open 11:00 to 22:30 on Sundays, and 09:30 to 23:00 Monday to Saturday)"],
    ["Foyer Bar 09:30 to 23:00 11:00 to 22:30"])
add("factual", "how much is it to park at tanyard", HT,
    ["£1.20 an hour", "£1.20 an hour from 08:00 to 18:00, Monday to Saturday, and free after 18:00; it is a 3-minute walk away"],
    ["Tanyard car park on Tanyard Lane is a 3-minute walk away: it costs £1.20 an hour from 08:00 to 18:00, Monday to Saturday, and is free after 18:00."],
    note="The Arts Centre has no car park of its own; hirers of the Rehearsal Room park free at Ferrier's Yard.")
add("factual", "what time are the parent and baby film showings", HT,
    ["Wednesday mornings at 10:30", "Wednesday mornings at 10:30, for adults with babies under 12 months, who go free"],
    ["our Parent and Baby screenings on Wednesday mornings at 10:30 are for adults with babies under 12 months, who go free."])
add("factual", "how long do u keep lost property for", HT,
    ["30 days", "30 days at the box office; bank cards are cut up after 2 days, and items can't be posted back"],
    ["We keep items handed in for 30 days.",
     "Bank cards are cut up after 2 days for your safety, and we can't post items back."])
add("factual", "how long have we got to get everyone out of the yard when the alarm goes", TX,
    ["within 90 seconds", "within 90 seconds; Ferrier's Yard has a single-stage alarm with no staff alert, so everyone leaves at once, led by the Head of Workshop or the most senior person there"],
    [YARD,
     "At Ferrier's Yard there is no staff alert: when the alarm sounds, everyone leaves at once."],
    note="The main building has 3 minutes for the Kiln Theatre, 2 minutes for the cinema screens and 5 minutes for the whole building.")
add("factual", "where are the propane bottles at the yard, the fire brigade always ask", TX,
    ["in the cage by the loading bay", "in the cage by the loading bay; they are for the paint shop heater, and the fire service must be told where they are"],
    ["tell the fire service that the propane cylinders for the paint shop heater are in the cage by the loading bay;"])
add("factual", "how many ushers do we need on for a theatre show", TX,
    ["at least one usher for every 50 audience members", "at least one usher for every 50 audience members in the Kiln Theatre (and one for each cinema screen in use), each with a radio and briefed on their evacuation position"],
    ["briefs the ushers on their evacuation positions and gives each a radio, with at least one usher for every 50 audience members in the Kiln Theatre and one for each screen in use;"])

# ---- yes/no (9: 5 no, 4 yes)
add("yes_no", "im the gallery curator, do i get paid for overtime", MD,
    ["no", "no, the Gallery Curator is on grade AG4, and staff on AG4 and AG5 take time off in lieu instead, within 2 months"],
    ["| AG4 | Deputy Technical Manager, Gallery Curator, Marketing Manager | £33,000 – £37,400 | 6 months |",
     "Staff on grades AG4 and AG5 take time off in lieu instead, within **2 months**."],
    note="Time and a half on weekdays and Saturdays and double time on Sundays and bank holidays is for AG1 to AG3.")
add("yes_no", "ive worked here 3 yrs and been off sick 5 weeks, am i still on full pay", MD,
    ["yes", "yes, with 2 to 4 years' service you get 6 weeks' full pay and then 6 weeks' half pay"],
    ["| 2 to 4 years | 6 weeks | 6 weeks |"],
    note="6 months to 2 years gives 3 weeks' full pay; casual staff get SSP only.")
add("yes_no", "can i get a refund on my cinema tickets if i cant go", PD,
    ["no", "no, cinema tickets (and event cinema tickets) cannot be exchanged or refunded"],
    [("Cinema tickets and event cinema tickets cannot be exchanged or refunded.", 2)],
    note="Theatre tickets can be exchanged up to 48 hours before for £2 a ticket.")
add("yes_no", "if we hire the kiln theatre do we get a techie included", PD,
    ["yes", "yes, a Kiln Theatre hire includes a duty technician, as well as a duty manager, front of house staff and the box office; extra technicians cost £32 an hour each"],
    [("A Kiln Theatre hire includes a duty manager, a duty technician, front of house staff and the box office.", 3),
     ("Extra technicians cost £32 an hour each", 3)])
add("yes_no", "are we getting the new laser projector for screen 1", DX,
    ["no", "no, not yet: the proposal (about £64,000) was deferred to the trustees' meeting on Thursday 22 April 2032, and until then the present projector stays in use"],
    ["As it is capital spending, the proposal was deferred to the trustees' meeting on Thursday 22 April 2032.",
     "Until then the present projector stays in use, and a spare lamp will be bought."])
add("yes_no", "can i bring my own popcorn into the theatre", HT,
    ["no", "no, please don't bring any food into the theatre except sweets; you can bring your own cold snacks and soft drinks into the cinema"],
    ["please don't bring any food into the theatre except sweets.",
     "In the cinema you can bring your own cold snacks and soft drinks."])
add("yes_no", "is there a hearing loop in screen 1", HT,
    ["yes", "yes, the Kiln Theatre and Screen 1 have a hearing loop, and infrared headsets can be borrowed from the box office"],
    ["The Kiln Theatre and Screen 1 have a hearing loop, and infrared headsets can be borrowed from the box office."])
add("yes_no", "stage 1 alert went off in the middle of a film, do we stop it", TX,
    ["no", "no, at Stage 1 the show or film carries on while the Duty Manager investigates, and the Stage Manager and the Cinema Technician stand by"],
    ["When \"Mr Ashby\" is called, the show or film carries on, and the Stage Manager and the Cinema Technician stand by."])
add("yes_no", "the director wants haze in the kiln theatre, can the smoke detectors be turned off", TX,
    ["yes", "yes, but only by the Technical Manager, and only with a member of staff posted on fire watch in the auditorium until they are switched back on"],
    ["Smoke detectors in the Kiln Theatre may be isolated for haze or smoke effects only by the Technical Manager, and only with a member of staff posted on fire watch in the auditorium until they are switched back on."])

# ---- list (6)
add("list", "wot perks do staff get", MD,
    ["two free tickets for any Kiln Theatre show with seats unsold 24 hours before, and a free cinema ticket for yourself at any screening with seats left",
     "20% off in the Foyer Bar, and free hot drinks on shift",
     "50% off learning courses once you have passed probation",
     "a pension: the Arts Centre pays 6% of your pay and you pay at least 4%",
     "a cycle to work scheme and an interest-free season ticket loan of up to £1,500"],
    ["- **Two free tickets** for any show in the Kiln Theatre with seats unsold 24 hours before, and a free cinema ticket for yourself at any screening with seats left.",
     "- **20% off** in the Foyer Bar, and free hot drinks on shift.",
     "- **50% off** our learning courses once you have passed probation.",
     "- A pension: the Arts Centre pays **6%** of your pay and you pay at least 4%.",
     "- A cycle to work scheme, and an interest-free season ticket loan of up to **£1,500**."])
add("list", "whats changed in the new ticket and hire terms", PD,
    ["online and phone booking fee now £1.75 an order, instead of £1.25",
     "theatre tickets can be exchanged up to 48 hours before, instead of 24 hours",
     "exchange fee now £2 a ticket, instead of £1.50 (still free for Friends)",
     "Studio 1 community rate now £28 an hour, instead of £25",
     "hire deposit now 30%, instead of 25%",
     "hirers' public liability insurance now at least £5 million, instead of £2 million",
     "a hire cancelled less than 8 weeks before is charged in full, instead of less than 6 weeks"],
    [("The booking fee for online and phone orders is now £1.75 an order, instead of £1.25.", 1),
     ("Theatre tickets can now be exchanged up to 48 hours before the performance, instead of 24 hours.", 1),
     ("The exchange fee is now £2 a ticket, instead of £1.50. Friends still exchange tickets for free.", 1),
     ("The community rate for Studio 1 is now £28 an hour, instead of £25.", 1),
     ("Hirers now pay a deposit of 30% to confirm a booking, instead of 25%.", 1),
     ("Hirers' public liability insurance must now cover at least £5 million, instead of £2 million.", 1),
     ("A hire cancelled less than 8 weeks before it starts is now charged in full, instead of less than 6 weeks.", 1)])
add("list", "what actions did aled get from the march meeting", DX,
    ["update FE-03 for the 2-minute Stage 1 investigation time, by 2 April 2032",
     "brief every Duty Manager on the new Stage 1 time, by 9 April 2032"],
    ["Update FE-03 for the 2-minute Stage 1 investigation time Aled Morgan 2 April 2032",
     "Brief every Duty Manager on the new Stage 1 time Aled Morgan 9 April 2032"])
add("list", "doing the pottery course, what do i need to bring", HT,
    ["clothes you don't mind getting clay on, or an apron",
     "closed shoes, not sandals",
     "an old towel",
     "a box or bag to carry your finished pieces home",
     "something to tie back long hair"],
    ["clothes you don't mind getting clay on, or an apron;",
     "closed shoes, not sandals;",
     "an old towel;",
     "a box or bag to carry your finished pieces home;",
     "something to tie back long hair."],
    note="Clay, glazes, tools and two firings are included.")
add("list", "where are the assembly points", TX,
    ["audiences from the main building: Market Square, in front of the Corn Exchange",
     "staff, performers and crew: Tanyard car park, by the pay machines",
     "learning groups and children: St Anne's churchyard, Kiln Street",
     "Ferrier's Yard: the towpath gate at the yard entrance"],
    ["Audiences, main building ......... Market Square, in front of the Corn Exchange",
     "Staff, performers and crew ....... Tanyard car park, by the pay machines",
     "Learning groups and children ..... St Anne's churchyard, Kiln Street",
     "Ferrier's Yard ................... the towpath gate at the yard entrance"])
add("list", "what does the duty manager have to check before the house opens", TX,
    ["that the fire panel shows no faults and every exit door opens and is free of obstructions",
     "brief the ushers on their evacuation positions and give each a radio, with at least one usher for every 50 audience members in the Kiln Theatre and one for each screen in use",
     "agree with the Stage Manager who will read the evacuation message if the recorded one fails",
     "check the number of wheelchair users booked, and where they are sitting"],
    ["checks that the fire panel shows no faults and that every exit door opens and is free of obstructions;",
     "briefs the ushers on their evacuation positions and gives each a radio, with at least one usher for every 50 audience members in the Kiln Theatre and one for each screen in use;",
     "agrees with the Stage Manager who will read the evacuation message if the recorded one fails;",
     "checks the number of wheelchair users booked, and where they are sitting."])

# ---- explanation (6)
add("explanation", "on lock up tonight after the late show, what do i need to do", MD,
    ["The Duty Manager locks up the main building after the last show and never alone. After 23:00: check both "
     "auditoria, all toilets, the studios and the Foyer Bar with a second member of staff; set the alarm and phone "
     "Beacon Alarm Monitoring to confirm it is set; leave together by the stage door. If the alarm goes off later, do "
     "not go back in alone: Beacon sends a keyholder"],
    ["The Duty Manager locks up the main building after the last show, and never alone. After **23:00**:",
     "1. Check both auditoria, all toilets, the studios and the Foyer Bar with a second member of staff.",
     "2. Set the alarm and phone Beacon Alarm Monitoring to confirm that it is set.",
     "3. Leave together by the stage door. If the alarm goes off later, do not go back in alone: Beacon sends a keyholder."])
add("explanation", "i do front of house and im poorly, how do i call in sick and what happens after", MD,
    ["Phone (not text or email) the Duty Manager at least 3 hours before your shift starts. Record the absence in "
     "Callboard when you are well enough; you can self-certify for up to 7 calendar days, and after 7 days you send a "
     "fit note from your doctor to HR. Within 2 working days of coming back you have a return-to-work chat with your "
     "manager. Four absences, or 10 working days off, in a rolling 12 months start an attendance review. Casual staff "
     "get SSP only"],
    ["Phone, do not text or email, on the first day:",
     "1. **Front of house, bar and box office staff:** phone the Duty Manager at least **3 hours** before your shift starts.",
     "5. Record the absence in Callboard when you are well enough, and self-certify for up to **7 calendar days**.",
     "6. After 7 days, send a fit note from your doctor to HR.",
     "7. Within **2 working days** of coming back, have a return-to-work chat with your manager.",
     "Four absences, or **10 working days** off, in a rolling 12 months start an attendance review.",
     "Casual staff get SSP only, whatever their service."])
add("explanation", "cant make our theatre night anymore, how do i swap to a different date", PD,
    ["Contact the box office at least 48 hours before the performance starts and choose another performance of the "
     "same show. If the new tickets cost more you pay the difference; if they cost less you get a credit note, not "
     "cash, which can be used for tickets, courses or bar vouchers within 12 months. The exchange fee is £2 a ticket, "
     "free for Friends. Tickets are not refunded unless the Arts Centre cancels or moves the performance, and cinema "
     "tickets cannot be exchanged"],
    [("1. Contact the box office at least 48 hours before the performance starts.", 2),
     ("2. Choose another performance of the same show. If the new tickets cost more you pay the difference; if they cost less you get a credit note, not cash.", 2),
     ("3. Pay the exchange fee of £2 a ticket. Friends of the Arts Centre exchange for free.", 2),
     ("4. Use any credit note for tickets, courses or bar vouchers within 12 months.", 2),
     ("We do not refund tickets unless we cancel or move a performance.", 2),
     ("Cinema tickets and event cinema tickets cannot be exchanged or refunded.", 2)])
add("explanation", "why isnt the booking fee going up then", DX,
    ["Gordon Achebe proposed raising the online and phone booking fee from £1.75 to £2.25 an order to cover "
     "Tixwell's card charges, which have gone up by about £7,800 a year. Kezia Lowther said the fee had already gone "
     "up in January and the box office had 41 complaints about it in February. The meeting did not agree, so the fee "
     "stays at £1.75 an order until the terms are next reviewed, and Gordon will look for the cost elsewhere in the "
     "budget"],
    ["Gordon Achebe proposed raising the booking fee for online and phone orders from £1.75 to £2.25 an order, to cover Tixwell's card charges, which have gone up by about £7,800 a year.",
     "Kezia Lowther said the fee had already gone up in January and the box office had 41 complaints about it in February.",
     "The meeting did not agree: the booking fee stays at £1.75 an order until the terms are next reviewed.",
     "Gordon will look for the cost elsewhere in the budget."])
add("explanation", "my dad uses a wheelchair, what's the access like", HT,
    ["There is step-free access through the main entrance on Kiln Street and lifts to every floor. There are 6 "
     "wheelchair spaces in the stalls of the Kiln Theatre, 2 in Screen 1 and 1 in Screen 2, booked through the box "
     "office or online. There is a Changing Places toilet on the ground floor next to Studio 1, and 3 Blue Badge bays on "
     "Kiln Street outside the main entrance. The free Access Scheme gives a free ticket for a companion or carer"],
    ["There is step-free access through the main entrance on Kiln Street, and lifts to every floor.",
     "We have 6 wheelchair spaces in the stalls of the Kiln Theatre, 2 in Screen 1 and 1 in Screen 2; book them through the box office or online.",
     "There is a Changing Places toilet on the ground floor next to Studio 1.",
     "There are 3 Blue Badge bays on Kiln Street outside the main entrance",
     "our free Access Scheme gives a free ticket for a companion or carer."])
add("explanation", "what happens when we have to evacuate the kiln theatre mid show", TX,
    ["The Stage Manager stops the show and brings up the house lights, and the recorded voice message plays (or the "
     "Stage Manager reads the evacuation message from the stage if it fails). Ushers open their exit doors and guide "
     "the audience out by the nearest exit, the circle by the circle stairs and never through the foyer lift. "
     "Performers and crew leave by the stage door or the scene dock and the company manager counts them. Each usher "
     "sweeps their own rows and toilets, then radios \"area clear\" to the Duty Manager. The theatre should be clear "
     "within 3 minutes, and audiences go to Market Square, in front of the Corn Exchange"],
    ["1. The Stage Manager stops the show and brings up the house lights, and the recorded voice message plays. If it fails, the Stage Manager reads the evacuation message from the stage.",
     "2. Ushers open their exit doors and guide the audience out by the nearest exit. The circle leaves by the circle stairs, never through the foyer lift.",
     "3. Performers and crew leave by the stage door or the scene dock, and the company manager counts them.",
     "4. Each usher sweeps their own rows and toilets, then radios \"area clear\" to the Duty Manager.",
     STAGE2,
     "Audiences, main building ......... Market Square, in front of the Corn Exchange"])

# ---- unanswerable (6: 5 near misses, one per document, and 1 off-topic)
add("unanswerable", "whats the notice period if i want to leave after my probation", MD, [], [], subtype="near_miss",
    note="The handbook gives probation of 3, 6 or 9 months by grade and trial shifts for casual staff, but no notice periods.")
add("unanswerable", "how much to hire screen 1 for a private screening", PD, [], [], subtype="near_miss",
    note="The terms price Screen 2 (£210 or £380 for each 3-hour slot), but Screen 1 is not offered for hire or priced.")
add("unanswerable", "how many cinema admissions did we have in january", DX, [], [], subtype="near_miss",
    note="The minutes give February admissions (5,940 in Screen 1 and 1,870 in Screen 2), not January's.")
add("unanswerable", "is tanyard car park free on sundays", HT, [], [], subtype="near_miss",
    note="The FAQ gives £1.20 an hour from 08:00 to 18:00 Monday to Saturday and free after 18:00, but says nothing about Sundays.")
add("unanswerable", "what time is the weekly alarm test at ferriers yard", TX, [], [], subtype="near_miss",
    note="The procedure tests the main building's alarm every Monday at 09:30; Ferrier's Yard's is tested every week by the Head of Workshop, at no stated time.")
add("unanswerable", "how do i get red wine out of a carpet", None, [], [], subtype="off_topic",
    note="Not covered by any document.")

# ---- summary (2)
add("summary", "can u give me a quick summary of the ticket and hire terms", PD, [
    "Terms TH-05 version 5, approved by the trustees on 14 October 2031 and in force from Monday 5 January 2032, owned by the General Manager, cover ticket buyers for the Kiln Theatre and the Lantern Cinema, course bookers and hirers of the theatre, Screen 2, the studios and the Rehearsal Room at Ferrier's Yard",
    "Version 5 raised the online and phone booking fee to £1.75 an order (from £1.25), allowed exchanges up to 48 hours before (from 24), raised the exchange fee to £2 (from £1.50), the Studio 1 community rate to £28 an hour (from £25) and the hire deposit to 30% (from 25%), required £5 million insurance (from £2 million) and full charges for hires cancelled less than 8 weeks before (from 6)",
    "Cinema tickets cost £9.80, £7.90 and £6.50 in the evening and £7.60, £6.20 and £5.00 in the daytime for adults, concessions and under 16s, £6.00 on Cheap Tuesdays and £18.00 for adult event cinema",
    "Tickets are refunded only if a performance is cancelled or moved; theatre tickets can be exchanged 48 hours ahead for £2 a ticket (free for Friends), and cinema tickets cannot be exchanged or refunded",
    "Friends pay £40 a year (£65 for two, £20 for under 26s); courses cancelled at least 7 days before are refunded less £10",
    "Hire rates (community and commercial, without VAT) run from £1,150 and £2,400 a day for the Kiln Theatre to £18 and £32 an hour for the Rehearsal Room; studios are booked for at least 2 hours",
    "Hirers pay a 30% deposit and the rest 28 days before, lose the deposit if they cancel 8 weeks or more ahead, and must have £5 million insurance, send a risk assessment 14 days before and ask 21 days ahead for smoke or haze",
    "Complaints go to the Front of House and Box Office Manager (7 working days), then the General Manager (20 working days), then the Chair of the trustees"],
    [("Terms TH-05, version 5.", 1),
     ("Approved by the trustees on 14 October 2031 and in force from Monday 5 January 2032", 1),
     ("The booking fee for online and phone orders is now £1.75 an order, instead of £1.25.", 1),
     ("The community rate for Studio 1 is now £28 an hour, instead of £25.", 1),
     ("Adult £9.80 £7.60 £7.80", 1),
     ("Concession £7.90 £6.20 £6.40", 1),
     ("Under 16 £6.50 £5.00 £5.00", 1),
     ("Every Tuesday is Cheap Tuesday, when all cinema tickets cost £6.00 all day.", 2),
     ("We do not refund tickets unless we cancel or move a performance.", 2),
     ("Cinema tickets and event cinema tickets cannot be exchanged or refunded.", 2),
     ("A Friends membership costs £40 a year, £65 for two people at the same address and £20 for under 26s.", 2),
     ("Kiln Theatre each day, up to 12 hours £1,150 £2,400", 3),
     ("Rehearsal Room, Ferrier's Yard each hour £18 £32", 3),
     ("2. Confirm the booking by paying a deposit of 30% of the hire charge.", 3),
     ("If you cancel a hire 8 weeks or more before it starts, you lose the deposit.", 3),
     ("Hold public liability insurance of at least £5 million", 3),
     ("2. Stage 1: the manager replies within 7 working days.", 4),
     ("The General Manager replies within 20 working days.", 4)])
add("summary", "what got decided at the march smt", DX, [
    "From Wednesday 1 September 2032 the commercial rate for Studio 1 rises from £46 to £52 an hour; the £28 community rate and the rates for the other spaces do not change",
    "The proposal to raise the online and phone booking fee from £1.75 to £2.25 an order was rejected; it stays at £1.75",
    "From Monday 12 April 2032 the Duty Manager has 2 minutes to investigate a Stage 1 alert instead of 3; Stage 2 clearance times and the Ferrier's Yard alarm do not change",
    "From Monday 5 April 2032 the Casual Stage Technician rate rises from £14.60 to £15.50 an hour; other casual rates do not change",
    "From Monday 10 May 2032 the Mill Gallery also opens on Mondays, 10:00 to 17:00",
    "Deferred: a laser projector for Screen 1 (trustees' meeting, 22 April 2032) and opening the Foyer Bar at 10:00 on Sundays (April meeting)"],
    ["From Wednesday 1 September 2032 the commercial rate for Studio 1 goes up from £46 to £52 an hour; the £28 community rate and the rates for the other spaces do not change.",
     "The booking fee for online and phone orders stays at £1.75 an order; the proposed rise to £2.25 was not agreed.",
     "From Monday 12 April 2032 the Duty Manager has 2 minutes to investigate a Stage 1 alert, instead of 3 minutes; Stage 2 clearance times and the Ferrier's Yard alarm do not change.",
     "From Monday 5 April 2032 the Casual Stage Technician rate goes up from £14.60 to £15.50 an hour; other casual rates do not change.",
     "From Monday 10 May 2032 the Mill Gallery also opens on Mondays, 10:00 to 17:00.",
     "Deferred: a laser projector for Screen 1 (trustees' meeting, 22 April 2032) and opening the Foyer Bar at 10:00 on Sundays (April meeting)."])

# ---- conversations (4)
def turn(n, type, q, doc, answers, evidence):
    ev = [{"quote": e[0], "page": e[1]} if isinstance(e, tuple) else {"quote": e} for e in evidence]
    return {"turn": n, "type": type, "q": q, "doc": doc, "answerable": True, "answers": answers, "evidence": ev}
items.append({"id": f"ag-{len(items)+1:03d}", "type": "conversation", "doc": MD, "turns": [
    turn(1, "factual", "whats the hourly rate for a casual stage tech", MD,
         ["£14.60", "£14.60 an hour, with a 4-hour minimum call"],
         ["| Casual Stage Technician | £14.60 | 4 hours | 3 |"]),
    turn(2, "factual", "and front of house?", MD,
         ["£12.40", "£12.40 an hour, with a 3-hour minimum call (the same as Bar Assistants)"],
         ["| Front of House Assistant | £12.40 | 3 hours | 2 |",
          "| Bar Assistant | £12.40 | 3 hours | 2 |"]),
    turn(3, "yes_no", "someone said the tech rate is going up, is that right?", DX,
         ["yes", "yes, from £14.60 to £15.50 an hour from Monday 5 April 2032"],
         ["The meeting agreed that from Monday 5 April 2032 the hourly rate for a Casual Stage Technician goes up from £14.60 to £15.50."]),
    turn(4, "yes_no", "front of house as well?", DX,
         ["no", "no, the £12.40 rate for Front of House (and Bar) Assistants does not change, and neither do the minimum calls"],
         ["The £12.40 rate for Front of House and Bar Assistants and the £12.85 rate for casual Box Office Assistants do not change, and neither do the minimum calls."]),
]})
items.append({"id": f"ag-{len(items)+1:03d}", "type": "conversation", "doc": PD, "turns": [
    turn(1, "factual", "how much is studio 1 per hour for a community dance group", PD,
         ["£28 an hour", "£28 an hour at the community rate, without VAT, booked for at least 2 hours (it used to be £25)"],
         [("Studio 1 (sprung dance floor) each hour £28 £46", 3),
          ("Studios and the Rehearsal Room are booked for at least 2 hours.", 3),
          ("The community rate for Studio 1 is now £28 an hour, instead of £25.", 1)]),
    turn(2, "factual", "n if its a private dance school?", PD,
         ["£46 an hour", "£46 an hour at the commercial rate, without VAT"],
         [("Studio 1 (sprung dance floor) each hour £28 £46", 3),
          ("everyone else pays the commercial rate:", 3)]),
    turn(3, "yes_no", "is that going up? someone mentioned september", DX,
         ["yes", "yes, from Wednesday 1 September 2032 the Studio 1 commercial rate goes up from £46 to £52 an hour; the £28 community rate stays the same"],
         ["The meeting agreed that from Wednesday 1 September 2032 the commercial rate for Studio 1 goes up from £46 to £52 an hour.",
          "The community rate for Studio 1 stays at £28 an hour, and the rates for Studios 2 and 3 and the Rehearsal Room do not change."]),
]})
items.append({"id": f"ag-{len(items)+1:03d}", "type": "conversation", "doc": TX, "turns": [
    turn(1, "factual", "how long does the duty manager get to check out a stage 1 alert", TX,
         ["3 minutes", "3 minutes to investigate, then stand down or go to Stage 2; if the time runs out, the panel goes to Stage 2 by itself"],
         [STAGE1,
          "If the time allowed runs out, the panel goes to Stage 2 by itself."]),
    turn(2, "factual", "n once its stage 2 how quick does the theatre have to be empty", TX,
         ["within 3 minutes", "the Kiln Theatre within 3 minutes (cinema screens within 2 minutes, the whole building within 5 minutes)"],
         [STAGE2]),
    turn(3, "factual", "aled said the checking time is changing after the evacuation in feb, whats the new time", DX,
         ["2 minutes", "2 minutes instead of 3, from Monday 12 April 2032"],
         ["The meeting agreed that from Monday 12 April 2032 the Duty Manager has 2 minutes to investigate a Stage 1 alert before the alarm goes to Stage 2, instead of 3 minutes."]),
    turn(4, "yes_no", "does the 3 mins to clear the theatre change too", DX,
         ["no", "no, the Stage 2 clearance times do not change, so the Kiln Theatre still has 3 minutes"],
         ["The Stage 2 clearance times and the single-stage alarm at Ferrier's Yard do not change"]),
]})
items.append({"id": f"ag-{len(items)+1:03d}", "type": "conversation", "doc": HT, "turns": [
    turn(1, "factual", "which days is the mill gallery open", HT,
         ["Tuesday to Sunday, closed Mondays", "Tuesday to Saturday 10:00 to 17:00 and Sunday 11:00 to 16:00; it is closed on Mondays"],
         ["Mill Gallery 10:00 to 17:00 Tuesday to Saturday, closed Mondays 11:00 to 16:00"]),
    turn(2, "factual", "what time on a sunday?", HT,
         ["11:00 to 16:00"],
         ["Mill Gallery 10:00 to 17:00 Tuesday to Saturday, closed Mondays 11:00 to 16:00"]),
    turn(3, "yes_no", "heard its going to start opening mondays too, true?", DX,
         ["yes", "yes, from Monday 10 May 2032 the Mill Gallery also opens on Mondays, 10:00 to 17:00, so it is open every day"],
         ["The meeting agreed that from Monday 10 May 2032 the Mill Gallery also opens on Mondays, 10:00 to 17:00, so it is open every day."]),
]})
json.dump({"items": items}, open(HERE / "dev.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
import collections
print(len(items), collections.Counter(i["type"] for i in items),
      sum(len(i["turns"]) if i["type"] == "conversation" else 1 for i in items), "judged rows")
