"""Writes dev.json for the ludworth set: questions written from the documents in docs/ before any product run. Same
schema as coldharbour, greystoke and millbeck. The set is built for studying its two forms, lists and yes/no: 60
items, 30 list questions and 30 yes/no questions (15 yes, 15 no), 6 of each form for each of the five documents (3 yes
and 3 no each), and no conversations. A list row's answers are its gold items, one item to a string, in the document's
order, and its evidence quotes the line, step, table row or sentence that each item comes from; its note names the
kind of structure the items come from. A yes/no row's answers are "yes" or "no" and then a longer answer starting
with that word and a comma."""
from pathlib import Path
HERE = Path(__file__).resolve().parents[1]  # tests/data/ludworth
import json
MD, PD, DX, HT, TX = ("staff-handbook.md", "tickets-membership-and-refunds-policy.pdf",
                      "management-meeting-minutes-2033-09-14.docx", "customer-faq.html",
                      "show-stop-and-screen-evacuation-procedure.txt")
items = []
def ev_of(evidence):
    return [{"quote": e[0], "page": e[1]} if isinstance(e, tuple) else {"quote": e} for e in evidence]
def with_structure(kw):
    # the kind of structure a list comes from goes into the note, so that the schema stays the templates'
    st = kw.pop("structure", None)
    if st:
        kw["note"] = f"Gold items from {st}." + (" " + kw["note"] if "note" in kw else "")
    return kw
def add(type, q, doc, answers, evidence, **kw):
    kw = with_structure(kw)
    it = {"id": f"lw-{len(items)+1:03d}", "type": type, "q": q, "doc": doc, "answerable": True,
          "answers": answers, "evidence": ev_of(evidence)}
    it.update(kw)
    items.append(it)
    return it

# rows of the procedure's column table, their wrapped cells in line order
PICTURE = ("Picture lost black or frozen projectionist tries Technical or frozen screen; the sound one restart of the "
           "Manager, then may carry on playlist in Showlog Lumacast")
LAMP = ("Lamp or laser picture goes dim stop the show; never Lumacast only failure or dark; warning open the projector "
        "light on the or touch the lamp projector")
CAWLEY = ("Cawley player picture or sound the trained volunteer Cawley or projector lost at Cawley restarts the player "
          "Coordinator fault Picture Room and the projector once")

# =====================================================================================================
# staff handbook (Markdown): 6 list, 6 yes/no (3 yes, 3 no)
add("list", "what do i need to bring on my first day", MD,
    ["your passport, or your birth certificate and National Insurance number (to show your right to work in the UK)",
     "your P45 from your last job, if you have one",
     "your bank details",
     "black trousers or a black knee-length skirt, and plain black shoes with a closed toe",
     "a padlock for your staff locker",
     "your food hygiene certificate, if you already have one",
     "your personal licence, if you hold one"],
    ["Please bring:",
     "- your passport, or your birth certificate and National Insurance number, to show you have the right to work in the UK;",
     "- your P45 from your last job, if you have one;",
     "- your bank details, so that we can pay you;",
     "- black trousers or a black knee-length skirt, and plain black shoes with a closed toe;",
     "- a padlock for your staff locker;",
     "- your food hygiene certificate, if you already have one;",
     "- your personal licence, if you hold one."],
    structure="a bulleted list with a lead-in line (\"Please bring:\")",
    note="The numbered steps for the day itself (arrive at 10:00, the walk round, Rotareel, uniform, shadowing) are what happens, not what to bring.")
add("list", "what shifts do front of house do at the arcade?", MD,
    ["earlies, 10:00 – 18:00", "lates, 17:30 – 00:30"],
    ["| Front of House Assistant | The Arcade | Earlies 10:00 – 18:00, lates 17:30 – 00:30 | Box office, ushering and the kiosk |"],
    structure="one cell of a table row (shift hours by role and site)",
    note="Asks for one site only: the Lyric's front of house shifts, 13:30 – 22:00 or 16:00 – 23:45, are in the next row and are not in the answer.")
add("list", "perks of working here?", MD,
    ["free films: up to two free tickets a week for any standard screening, for you or a guest (not event cinema)",
     "staff discount: 30% off food and drink in the bars and the Arcade Café (15% for casual staff and those contracted for under 12 hours a week)",
     "a free staff meal on any shift of 6 hours or more",
     "pension: 5% of your pay from us when you pay 4%",
     "cycle to work: a bike and safety kit of up to £1,500, paid back before tax",
     "employee assistance: Lanternline, a free and confidential helpline open 24 hours a day"],
    ["- **Free films:** up to **two free tickets a week** for any standard screening at our three cinemas, for you or a guest, booked at the box office. Event cinema screenings are not included.",
     "- **Staff discount:** **30% off** food and drink in our bars and the Arcade Café for staff contracted for **12 hours a week or more**; casual staff and staff contracted for fewer hours get **15% off**.",
     "- **Staff meal:** a free meal from the café or bar menu on any shift of **6 hours or more**.",
     "- **Pension:** we pay **5%** of your pay into the company pension plan when you pay 4%.",
     "- **Cycle to work:** a bike and safety kit of up to **£1,500**, paid back from your pay before tax.",
     "- **Employee assistance:** Lanternline, a free and confidential helpline for money, health and family worries, open 24 hours a day."],
    structure="a bulleted list under a heading with no lead-in line (4.3 Benefits)",
    note="The allowances in 3.3 (personal licence, first aid, projection call-out) are pay for particular duties, not benefits.")
add("list", "which grades have a 6 month probation", MD,
    ["LP3 (Duty Manager, Senior Projectionist, Cawley Coordinator)",
     "LP4 (Cinema Manager of the Lyric, Marketing and Membership Officer, Head Chef)",
     "LP5 (General Manager of the Arcade, head office managers)"],
    ["| LP3 | Duty Manager, Senior Projectionist, Cawley Coordinator | £26,900 – £29,800 | 6 months |",
     "| LP4 | Cinema Manager (The Lyric), Marketing and Membership Officer, Head Chef | £31,200 – £36,400 | 6 months |",
     "| LP5 | General Manager (The Arcade), head office managers | £39,000 – £48,500 | 6 months |"],
    structure="table rows that match a condition (first column)",
    note="LP1 and LP2 have a 3-month probation.")
add("list", "im starting on the bar, what training do i have to do", MD,
    ["fire safety training with the duty manager, on the first day",
     "food hygiene Level 2, online within the first four weeks",
     "the licensing module, before the first bar shift",
     "safeguarding training, within the first three months"],
    ["Everyone completes fire safety training with the duty manager on their first day.",
     "Food hygiene Level 2 is completed online in your first four weeks if you work in a bar or the café.",
     "Bar staff and duty managers also complete the licensing module before their first bar shift.",
     "Safeguarding training follows within your first three months."],
    structure="items spread over several sentences",
    note="Asks for one role: the two further shifts in the booth are for projectionists only and are not in the answer.")
add("list", "what uniform do you get given? im front of house", MD,
    ["two black polo shirts", "a grey Ludworth Picturehouses fleece", "a lanyard", "a name badge"],
    ["On your first day you are given two black polo shirts, a grey Ludworth Picturehouses fleece, a lanyard and a name badge; kitchen staff are given chef's whites and an apron instead of the polo shirts."],
    structure="a single sentence enumerating items",
    note="Kitchen staff get chef's whites and an apron instead of the polo shirts; staff bring their own black trousers or skirt and shoes.")

add("yes_no", "i work 20 hours a week, do i get the staff discount?", MD,
    ["yes", "yes, staff contracted for 12 hours a week or more get 30% off food and drink in the bars and the Arcade Café, so 20 hours a week qualifies; casual staff and those on fewer hours get 15%"],
    ["- **Staff discount:** **30% off** food and drink in our bars and the Arcade Café for staff contracted for **12 hours a week or more**; casual staff and staff contracted for fewer hours get **15% off**."],
    note="A threshold the asker's hours are above.")
add("yes_no", "is 10 days notice enough to book a day off?", MD,
    ["no", "no, leave must be booked in Rotareel at least 14 days before the first day off (at least 28 days ahead for a week or more)"],
    ["Book leave in Rotareel at least **14 days** before your first day off, or at least **28 days** ahead for a week or more."],
    note="A figure compared: 10 days is below the 14 days asked for.")
add("yes_no", "been here 6 years now, do i get 30 days holiday?", MD,
    ["no", "no, with 5 to 10 years' service full-time staff get 28 days on top of the bank holidays; 30 days is for 10 years or more"],
    ["| 5 to 10 years | 28 days | Up to 5 days |",
     "| 10 years or more | 30 days | Up to 5 days |",
     "On top of the eight bank holidays, full-time staff get:"])
add("yes_no", "i finish at half 12 on a late at the arcade, do they pay for a taxi home? i live about 6 miles out", MD,
    ["yes", "yes, if your shift ends after 23:30 the duty manager books a taxi home on the company's account, up to 10 miles from the cinema, and 6 miles is within that"],
    ["If your shift ends after **23:30**, the duty manager books you a taxi home with Ludworth Cabs on our account, up to **10 miles** from the cinema.",
     "| Front of House Assistant | The Arcade | Earlies 10:00 – 18:00, lates 17:30 – 00:30 | Box office, ushering and the kiosk |"],
    note="The minutes of 14 September 2033 pay the taxi after 23:00 instead of 23:30 from Monday 3 October 2033; the answer is yes either way.")
add("yes_no", "can i just text the duty manager if im ill and cant come in", MD,
    ["no", "no, you must phone the duty manager of your cinema at least 3 hours before your shift starts; do not text or message, and if nobody answers phone head office or the other cinema"],
    ["1. Phone the duty manager of your cinema at least **3 hours** before your shift starts. Do not text or message: if nobody answers, phone head office or the other cinema."])
add("yes_no", "do i get paid for my break if im on a 5 hour shift", MD,
    ["yes", "yes, a shift of 4 to 6 hours has a 15-minute paid break; only on shifts of more than 6 hours is the break (30 minutes) unpaid"],
    ["On a shift of **4 to 6 hours** you have a **15-minute paid break**. On a shift of more than 6 hours you have a **30-minute unpaid break** instead."])

# =====================================================================================================
# tickets, membership and refunds policy (PDF): 6 list, 6 yes/no (3 yes, 3 no)
add("list", "what are the membership tiers and how much are they", PD,
    ["Reel: £25 a year (£40 joint, £15 under 26)",
     "Silver Screen: £45 a year (£75 joint, £30 under 26)",
     "Gold: £75 a year (£125 joint, no under-26 rate)"],
    [("There are three tiers:", 2),
     ("Tier Single Joint, two people at one address Under 26", 2),
     ("Reel £25 a year £40 a year £15 a year", 2),
     ("Silver Screen £45 a year £75 a year £30 a year", 2),
     ("Gold £75 a year £125 a year –", 2)],
    structure="the rows of a table (first column, with the price columns)")
add("list", "what do you get with gold memebership", PD,
    ["£2 off every standard ticket",
     "6 free tickets a year",
     "booking for new films 7 days before general sale",
     "15% off food and drink in the bars and the Arcade Café",
     "a free regular popcorn with every film",
     "two guest tickets a month at the member price",
     "free entry to members' preview screenings",
     "free exchanges of tickets",
     "the monthly members' newsletter"],
    [("Gold members get:", 2),
     ("• £2 off every standard ticket;", 2),
     ("• 6 free tickets a year;", 2),
     ("• booking for new films 7 days before general sale;", 2),
     ("• 15% off food and drink in our bars and the Arcade Café;", 2),
     ("• a free regular popcorn with every film they see;", 2),
     ("• two guest tickets a month at the member price;", 2),
     ("• free entry to members' preview screenings;", 2),
     ("• free exchanges of tickets;", 3),
     ("• the monthly members' newsletter.", 3)],
    structure="a bulleted list with a lead-in line, split over the page break from page 2 to page 3",
    note="One of three near-duplicate lists, one per tier (Reel, Silver Screen, Gold); the Silver Screen list has £1.50 off, 2 free tickets, 5 days' early booking and 10% off food and drink. The last two Gold items are on page 3.")
add("list", "which tickets can i buy at cawley", PD,
    ["Adult, £7.00", "Concession, £6.00", "Child (under 16), £4.50", "Family (2 adults and 2 children), £20.00",
     "Carer with a CEA card, free"],
    [("Ticket The Arcade The Lyric Cawley Picture Room", 1),
     ("Adult £10.50 £9.50 £7.00", 1),
     ("Concession £8.50 £7.50 £6.00", 1),
     ("Child (under 16) £7.00 £6.50 £4.50", 1),
     ("Family (2 adults and 2 children) £30.00 £27.00 £20.00", 1),
     ("Carer with a CEA card free free free", 1)],
    structure="one column of a table, leaving out the rows with a dash",
    note="Asks for one site only: Cawley has no Snug sofa seat and no Tuesday price (dashes in its column), as it shows films from Thursday to Sunday only.")
add("list", "whats changed in the new version of the ticket policy", PD,
    ["an adult ticket at the Arcade is £10.50, instead of £9.95",
     "no booking fee online or in the app, instead of 75p a ticket",
     "refunds up to 2 hours before the screening, instead of 24 hours",
     "Gold membership is £75 a year, instead of £65",
     "concessions are for people aged 65 and over, instead of 60 and over",
     "gift vouchers are valid for 12 months, instead of 6 months"],
    [("2. What changed in version 4", 1),
     ("• An adult ticket at the Arcade now costs £10.50, instead of £9.95.", 1),
     ("• There is no booking fee for tickets bought online or in the app, instead of 75p a ticket.", 1),
     ("• Tickets can now be refunded up to 2 hours before the screening starts, instead of 24 hours.", 1),
     ("• Gold membership now costs £75 a year, instead of £65.", 1),
     ("• The concession price is now for people aged 65 and over, instead of 60 and over.", 1),
     ("• Gift vouchers are now valid for 12 months from the day they are bought, instead of 6 months.", 1)],
    structure="a bulleted list under a heading with no lead-in line (what changed in version 4)")
add("list", "how do i get a refund", PD,
    ["open your booking in the app or the confirmation email and choose Refund, or phone the box office on 01632 960 420, or go to any box office",
     "give your booking reference and the last four digits of the card you paid with",
     "the refund goes to that card within 5 working days (cash back in cash at the box office, free tickets back to your membership account)",
     "you get an email confirming the refund"],
    [("To ask for a refund:", 3),
     ("1. Open your booking in the app or in your confirmation email and choose Refund, or phone the box office on 01632 960 420, or come to any of our box offices.", 3),
     ("2. Give your booking reference and the last four digits of the card you paid with.", 3),
     ("3. We refund the card you paid with within 5 working days. Cash is refunded in cash at the box office, and free tickets go back to your membership account.", 3),
     ("4. We email you to confirm the refund.", 3)],
    structure="numbered steps",
    note="Refunds are given up to 2 hours before the screening starts; after that a ticket can only be exchanged, for £1.")
add("list", "who gets concession prices", PD,
    ["people aged 65 and over", "full-time students with a valid student card", "disabled people",
     "people receiving Universal Credit or Jobseeker's Allowance"],
    [("A concession ticket is for people aged 65 and over, full-time students with a valid student card, disabled people and people receiving Universal Credit or Jobseeker's Allowance.", 1)],
    structure="a single sentence enumerating items",
    note="Carers of CEA card holders get a free ticket, not a concession.")

add("yes_no", "film's at 8 tonight and its 5 now, can i still get my money back", PD,
    ["yes", "yes, you can have a full refund for any ticket up to 2 hours before the screening starts, and 5 pm is 3 hours before an 8 pm film"],
    [("You can have a full refund for any ticket up to 2 hours before the screening starts.", 3)],
    note="A figure compared: 3 hours before is more than the 2 hours needed. Less than 2 hours before, the ticket can only be exchanged, for £1.")
add("yes_no", "can i use one of my gold free tickets for the live opera screening?", PD,
    ["no", "no, members' free tickets are for standard screenings only and are not valid for event cinema screenings such as live and recorded opera, or for the Snug sofa seats"],
    [("Free tickets are for standard screenings only: they are not valid for event cinema screenings or the Snug sofa seats, and they can be given to a guest.", 3),
     ("event cinema screenings (live and recorded opera, ballet, theatre and concerts) are priced separately for each event", 1)],
    note="An exception to the Gold tier's 6 free tickets a year; that opera is event cinema is said on page 1.")
add("yes_no", "im 62, do i get the concession price", PD,
    ["no", "no, the concession price is for people aged 65 and over since version 4 (it used to be 60 and over), unless you qualify another way: as a full-time student, a disabled person or someone receiving Universal Credit or Jobseeker's Allowance"],
    [("• The concession price is now for people aged 65 and over, instead of 60 and over.", 1),
     ("A concession ticket is for people aged 65 and over, full-time students with a valid student card, disabled people and people receiving Universal Credit or Jobseeker's Allowance.", 1)],
    note="A figure compared, with a change in version 4: 62 would have qualified under version 3's 60 and over.")
add("yes_no", "do i have to pay a booking fee if i book online", PD,
    ["no", "no, since version 4 there is no booking fee for tickets bought online or in the app; it used to be 75p a ticket"],
    [("• There is no booking fee for tickets bought online or in the app, instead of 75p a ticket.", 1)])
add("yes_no", "i have a CEA card, does my carer get in free at the lyric?", PD,
    ["yes", "yes, a carer who comes with a customer holding a CEA card gets a free ticket at all three cinemas, the Lyric included"],
    [("Carer with a CEA card free free free", 1),
     ("A carer who comes with a customer who holds a CEA card gets a free ticket at all three cinemas.", 1)])
add("yes_no", "my gift voucher was bought in june 2033, can i still use it in march?", PD,
    ["yes", "yes, gift vouchers are valid for 12 months from the day they are bought, so a voucher from June 2033 can be used the following March; only vouchers bought before 1 April 2033 were valid for 6 months"],
    [("Gift vouchers are sold for £10 to £100 and are valid for 12 months from the day they are bought, for tickets, membership, food and drink at all three cinemas.", 3),
     ("Vouchers bought before 1 April 2033 are valid for 6 months.", 3)],
    note="A figure compared (9 months against 12), with the exception for vouchers bought before 1 April 2033.")

# =====================================================================================================
# minutes of 14 September 2033 (Word): 6 list, 6 yes/no (3 yes, 3 no)
add("list", "who was at the meeting", DX,
    ["Harriet Quaile (Chair; Managing Director)", "Declan Furness (Operations Manager)",
     "Priya Ramaswamy (Head of Programming)", "Emrys Gethin (Technical Manager)",
     "Maggie Oduya (Food and Beverage Manager)", "Tobias Larkin (Finance Manager)",
     "Bethan Mercer (HR Manager, minutes)",
     "Gemma Stroud (General Manager, the Arcade; in attendance for items 3 and 5)",
     "Ruth Magson (Cawley Coordinator; in attendance for item 6)",
     "Dominic Earnshaw (Lumacast Cinema Services; in attendance for item 4)"],
    ["Harriet Quaile (Chair; Managing Director)", "Declan Furness (Operations Manager)",
     "Priya Ramaswamy (Head of Programming)", "Emrys Gethin (Technical Manager)",
     "Maggie Oduya (Food and Beverage Manager)", "Tobias Larkin (Finance Manager)",
     "Bethan Mercer (HR Manager, minutes)",
     "In attendance: Gemma Stroud (General Manager, the Arcade, for items 3 and 5), Ruth Magson (Cawley Coordinator, for item 6) and Dominic Earnshaw (Lumacast Cinema Services, for item 4)."],
    structure="the Present list and the In attendance sentence",
    note="Seven were present and three in attendance for some items; an answer giving only the seven under Present is partly right. Keziah Fenby and Ivor Castellan sent apologies and were not there.")
add("list", "what did they decide at the september meeting", DX,
    ["the Tuesday price at the Arcade goes up from £6.50 to £7.00 from Tuesday 1 November 2033; the Lyric's stays at £6.00",
     "Gold membership stays at £75 a year; the rise to £85 was not agreed",
     "from Saturday 1 October 2033 a stopped screening is abandoned, with refunds or free tickets, after 15 minutes instead of 20",
     "the Lyric's Screen 1 projector is replaced with a laser projector from Lumacast, at £58,000, in the week of Monday 9 January 2034",
     "coffee comes from Tanager Coffee Roasters from Tuesday 1 November 2033",
     "the Cawley Picture Room bar also opens on Sundays, 14:00 to 17:30, from Sunday 2 October 2033",
     "a taxi home is paid for shifts ending after 23:00 instead of 23:30 from Monday 3 October 2033; the 10-mile limit stays",
     "the Seatwise app upgrade with loyalty points (about £14,500 a year) is deferred to the November meeting on Wednesday 9 November 2033"],
    ["From Tuesday 1 November 2033 the Tuesday price at the Arcade goes up from £6.50 to £7.00; the Lyric's Tuesday price stays at £6.00.",
     "Gold membership stays at £75 a year; the proposed rise to £85 was not agreed.",
     "From Saturday 1 October 2033 a stopped screening is abandoned, with refunds or free tickets, after 15 minutes instead of 20 minutes; the rest of OP-06 does not change.",
     "The projector in Screen 1 at the Lyric is replaced with a laser projector from Lumacast Cinema Services, at £58,000, in the week of Monday 9 January 2034.",
     "Coffee comes from Tanager Coffee Roasters from Tuesday 1 November 2033.",
     "From Sunday 2 October 2033 the bar at Cawley Picture Room also opens on Sundays, 14:00 to 17:30.",
     "From Monday 3 October 2033 a taxi home is paid for shifts ending after 23:00, instead of 23:30; the 10-mile limit does not change.",
     "Deferred: the Seatwise app upgrade with loyalty points, at about £14,500 a year, to the November meeting on Wednesday 9 November 2033."],
    structure="the Decisions bulleted list")
add("list", "who couldnt make it", DX,
    ["Keziah Fenby (Marketing and Membership Officer), on leave", "Ivor Castellan (Cinema Manager, the Lyric), at the Northern Film Buyers' Day"],
    ["Apologies: Keziah Fenby (Marketing and Membership Officer), on leave, whose membership report for item 3 was presented by Declan Furness, and Ivor Castellan (Cinema Manager, the Lyric), at the Northern Film Buyers' Day, whose report on the Lyric was presented by Priya Ramaswamy."],
    structure="a single sentence enumerating items (the apologies)")
add("list", "whats emrys got to do after the meeting", DX,
    ["update OP-06 for the 15-minute rule and brief all duty managers, by 28 September 2033",
     "order the laser projector for Screen 1 at the Lyric and book the fitting, by 31 October 2033"],
    ["Update OP-06 for the 15-minute rule and brief all duty managers Emrys Gethin 28 September 2033",
     "Order the laser projector for Screen 1 at the Lyric and book the fitting Emrys Gethin 31 October 2033"],
    structure="the action table rows of one owner")
add("list", "which actions are due in october", DX,
    ["book the films for the Ludworth Film Festival (Priya Ramaswamy, 7 October 2033)",
     "update the policy and Seatwise for the £7.00 Tuesday price at the Arcade (Keziah Fenby, 14 October 2033)",
     "order the laser projector for Screen 1 at the Lyric and book the fitting (Emrys Gethin, 31 October 2033)",
     "set up the Tanager coffee account and train bar and café staff (Maggie Oduya, 25 October 2033)"],
    ["Book the films for the Ludworth Film Festival Priya Ramaswamy 7 October 2033",
     "Update the policy and Seatwise for the £7.00 Tuesday price at the Arcade Keziah Fenby 14 October 2033",
     "Order the laser projector for Screen 1 at the Lyric and book the fitting Emrys Gethin 31 October 2033",
     "Set up the Tanager coffee account and train bar and café staff Maggie Oduya 25 October 2033"],
    structure="the action table rows that match a condition (due date)",
    note="Four actions are due in September (28, 28, 26 and 30 September) and one on 2 November 2033; they are not in the answer.")
add("list", "what was on the agenda", DX,
    ["minutes of the last meeting (13 July 2033) and matters arising", "admissions and programming",
     "ticket prices and membership", "projection and show stops", "food and drink", "Cawley Picture Room",
     "people and pay", "any other business"],
    ["Minutes of the last meeting (13 July 2033) and matters arising", "Admissions and programming",
     "Ticket prices and membership", "Projection and show stops", "Food and drink", "Cawley Picture Room",
     "People and pay", "Any other business"],
    structure="a numbered list under a heading with no lead-in line (the agenda)")

add("yes_no", "is the bar open on sundays at the village one?", DX,
    ["yes", "yes, from Sunday 2 October 2033 the bar at Cawley Picture Room also opens on Sundays, from 14:00 to 17:30, run by volunteers with a personal licence holder on duty; its Friday and Saturday evening hours do not change"],
    ["The meeting agreed that from Sunday 2 October 2033 the bar at Cawley Picture Room also opens on Sundays, from 14:00 to 17:30, run by volunteers with a personal licence holder on duty.",
     "Its hours on Friday and Saturday evenings do not change."],
    note="A change made at the meeting: the customer FAQ, written before it, shows the Cawley bar closed on Sundays.")
add("yes_no", "are they putting gold membership up to 85 quid?", DX,
    ["no", "no, the proposal to raise Gold membership from £75 to £85 a year was not agreed; it stays at £75 a year until the policy is next reviewed in March 2035"],
    ["The meeting did not agree: Gold membership stays at £75 a year until the policy is next reviewed in March 2035.",
     "Tobias Larkin proposed raising Gold membership from £75 to £85 a year, as the free popcorn now costs us about £19 a member a year."],
    note="A proposal the meeting rejected, so the old figure holds.")
add("yes_no", "film's been stopped 16 mins and the projectionist is still trying, do i have to call it off and offer refunds now?", DX,
    ["yes", "yes, from Saturday 1 October 2033 a stopped screening is abandoned, and every customer offered a full refund or a free ticket, once it has been stopped for 15 minutes, instead of 20 minutes"],
    ["The meeting agreed that from Saturday 1 October 2033 a stopped screening is abandoned, and every customer offered a full refund or a free ticket, once it has been stopped for 15 minutes, instead of 20 minutes."],
    note="A change made at the meeting and a figure compared: under procedure OP-06 as written (20 minutes) the answer would be no.")
add("yes_no", "is tuesday still £6.50 at the arcade in november", DX,
    ["no", "no, from Tuesday 1 November 2033 the Tuesday price at the Arcade goes up from £6.50 to £7.00 for any seat"],
    ["The meeting agreed that from Tuesday 1 November 2033 the Tuesday price at the Arcade goes up from £6.50 to £7.00 for any seat."],
    note="A change made at the meeting to the policy's £6.50.")
add("yes_no", "is the lyric's cheap tuesday going up as well then", DX,
    ["no", "no, the Tuesday price at the Lyric stays at £6.00; only the Arcade's goes up, from £6.50 to £7.00"],
    ["The Tuesday price at the Lyric stays at £6.00, and no other ticket price changes until version 5 of the Tickets, Membership and Refunds Policy.",
     "The meeting agreed that from Tuesday 1 November 2033 the Tuesday price at the Arcade goes up from £6.50 to £7.00 for any seat."],
    note="A figure the meeting left unchanged beside one it changed.")
add("yes_no", "my shift at the lyric ends at 23:15, do i get a taxi home now?", DX,
    ["yes", "yes, from Monday 3 October 2033 a taxi home is paid for any shift that ends after 23:00, instead of 23:30; the limit of 10 miles from the cinema does not change"],
    ["The meeting agreed that from Monday 3 October 2033 a taxi home is paid for any shift that ends after 23:00, instead of 23:30.",
     "The limit of 10 miles from the cinema does not change."],
    note="A change made at the meeting and a figure compared: under the handbook's 23:30 the answer would be no.")

# =====================================================================================================
# customer FAQ (HTML): 6 list, 6 yes/no (3 yes, 3 no)
add("list", "which screens have wheelchiar spaces", HT,
    ["the Arcade, Screen 1", "the Arcade, Screen 2", "the Arcade, Screen 3", "the Arcade, Screen 5",
     "the Lyric, Screen 1 (4 spaces in the stalls)", "the Lyric, Screen 2 (2 spaces)",
     "Cawley Picture Room (3 spaces at the end of the front row)"],
    ["The Arcade: Screens 1, 2, 3 and 5, with step-free access by the lift from the foyer. Screen 4 is up 22 stairs and has no wheelchair space.",
     "The Lyric: Screen 1, where there are 4 spaces in the stalls, and Screen 2, which has 2 spaces. The balcony of Screen 1 is reached by stairs only.",
     "Cawley Picture Room: 3 spaces at the end of the front row, reached by the ramp at the village hall's side door."],
    structure="near-duplicate bullets, one per site, each holding a list of screens",
    note="The Arcade's Screen 4 and the Lyric's Screen 1 balcony have no wheelchair space. Spaces are booked by phone or at the box office.")
add("list", "what cant i take into the screen", HT,
    ["hot food or takeaways", "popcorn, sweets or crisps bought elsewhere", "alcohol that wasn't bought at the bars",
     "glass bottles or cans", "cameras or any equipment for recording the film", "bags larger than a cabin bag"],
    ["At the Arcade and the Lyric, please don't bring:",
     "hot food or takeaways;", "popcorn, sweets or crisps bought elsewhere, as our kiosk sales help keep our cinemas open;",
     "alcohol that wasn't bought at our bars;", "glass bottles or cans;",
     "cameras or any equipment for recording the film;",
     "bags larger than a cabin bag, which we can look after at the box office."],
    structure="a bulleted list with a lead-in line",
    note="At Cawley Picture Room your own snacks and soft drinks are allowed. Water, baby food and anything needed for a medical condition are welcome everywhere.")
add("list", "balcony bar opening times?", HT,
    ["Monday to Thursday, 16:00 to 23:00", "Friday and Saturday, 12:00 to 00:30", "Sunday, 12:00 to 22:30"],
    ["The Balcony Bar, the Arcade 16:00 to 23:00 12:00 to 00:30 12:00 to 22:30",
     "Place Monday to Thursday Friday and Saturday Sunday"],
    structure="the cells of one table row, read with the header row")
add("list", "when can i see a film with subtitles", HT,
    ["every Monday at 18:00 at the Arcade", "every Wednesday at 14:00 at the Lyric",
     "the first Thursday of the month at Cawley Picture Room"],
    ["Our subtitled screenings, with the words of the film on screen, are every Monday at 18:00 at the Arcade, every Wednesday at 14:00 at the Lyric and on the first Thursday of the month at Cawley Picture Room."],
    structure="a single sentence enumerating items",
    note="At the Arcade and the Lyric captioning glasses or an audio description headset can also be borrowed for any film.")
add("list", "how can i get tickets for cawley", HT,
    ["online at ludworthpicturehouses.co.uk", "in the Seatwise app", "by phone on 01632 960 420, 12:00 to 20:00 every day",
     "at any of the box offices", "in cash at Cawley Stores, the village shop"],
    ["Online at ludworthpicturehouses.co.uk, with no booking fee.",
     "In the Seatwise app, where your tickets are kept on your phone.",
     "By phone on 01632 960 420, from 12:00 to 20:00 every day.",
     "At the box office of any of our cinemas.",
     "For Cawley Picture Room only, in cash at Cawley Stores, the village shop."],
    structure="a bulleted list under a question heading with no lead-in line",
    note="Asks for one site: the last way, Cawley Stores, is for Cawley Picture Room only.")
add("list", "whats shut on mondays", HT,
    ["the Arcade Café", "the Lyric Lounge (closed Mondays and Tuesdays)", "Cawley Picture Room (from Monday to Thursday it shows films on Thursday only)",
     "the Cawley Picture Room bar"],
    ["The Arcade Café Closed on Mondays; Tuesday to Thursday 09:00 to 17:00",
     "The Lyric Lounge Closed on Mondays and Tuesdays; Wednesday and Thursday 17:00 to 23:00",
     "Cawley Picture Room Thursday only: doors 18:30, film 19:30",
     "Cawley Picture Room bar Closed 18:30 to 22:30 Closed"],
    structure="table rows that match a condition (first column)",
    note="The Arcade and Lyric box offices and the Balcony Bar open on Mondays.")

add("yes_no", "can i bring my own popcorn? going to the arcade on friday", HT,
    ["no", "no, at the Arcade and the Lyric you can't bring popcorn, sweets or crisps bought elsewhere, as kiosk sales help keep the cinemas open; water, baby food and anything needed for a medical condition are fine"],
    ["At the Arcade and the Lyric, please don't bring:",
     "popcorn, sweets or crisps bought elsewhere, as our kiosk sales help keep our cinemas open;",
     "You're welcome to bring a bottle of water, food for a baby and anything you need for a medical condition."])
add("yes_no", "can i bring my dog to the cawley one? its the last sunday of the month", HT,
    ["yes", "yes, dogs can come to Paws and Pictures, the dog-friendly matinee at Cawley Picture Room on the last Sunday of each month, if they are on a lead and happy with crowds; dogs go free. At other screenings only assistance dogs are allowed"],
    ["Other dogs can come only to Paws and Pictures, the dog-friendly matinee at Cawley Picture Room on the last Sunday of each month, as long as they are on a lead and happy with crowds.",
     "Assistance dogs are welcome at every screening.", "Dogs go free, and there is water for them in the foyer."],
    note="A condition: yes for that matinee only.")
add("yes_no", "isnt the cafe at the arcade open on mondays?", HT,
    ["no", "no, the Arcade Café is closed on Mondays; it opens Tuesday to Thursday and Friday and Saturday 09:00 to 17:00, and Sunday 09:30 to 16:00"],
    ["The Arcade Café Closed on Mondays; Tuesday to Thursday 09:00 to 17:00 09:00 to 17:00 09:30 to 16:00"],
    note="A negatively phrased question: the gold follows the fact (the café is not open on Mondays), so it is no.")
add("yes_no", "my mum uses a wheelchair, can she go in screen 4 at the arcade", HT,
    ["no", "no, Screen 4 at the Arcade is up 22 stairs and has no wheelchair space; Screens 1, 2, 3 and 5 have step-free access by the lift"],
    ["The Arcade: Screens 1, 2, 3 and 5, with step-free access by the lift from the foyer. Screen 4 is up 22 stairs and has no wheelchair space."])
add("yes_no", "can we bring our own sweets and pop to cawley?", HT,
    ["yes", "yes, Cawley Picture Room has no kiosk, so you can bring your own snacks and soft drinks there; alcohol must still be bought at the bar"],
    ["Cawley Picture Room has no kiosk, so you can bring your own snacks and soft drinks there.",
     "Alcohol at Cawley must still be bought at the bar, and the other rules above apply."],
    note="An exception: at the Arcade and the Lyric outside snacks are not allowed.")
add("yes_no", "can i take my pint into screen 3 for the 8pm film", HT,
    ["yes", "yes, drinks from the Balcony Bar can be taken into any screen in the cinema's plastic glasses; alcohol is kept out only of family screenings, U or PG films starting before 17:00, and an 8 pm film is not one"],
    ["Drinks from the Balcony Bar and the Lyric Lounge can be taken into any screen in our plastic glasses, except that alcohol can't be taken into family screenings: films rated U or PG that start before 17:00."],
    note="An exception that does not apply: the film starts after 17:00.")

# =====================================================================================================
# show stop and screen evacuation procedure (text): 6 list, 6 yes/no (3 yes, 3 no)
add("list", "whats the phone numbers i need if a show stops", TX,
    ["emergency services, 999", "Duty Manager, the Arcade, 01632 960 410", "Duty Manager, the Lyric, 01632 960 450",
     "Cawley Coordinator, Ruth Magson, 07700 900 482", "Technical Manager, Emrys Gethin, 07700 900 431",
     "Senior Projectionist, Arcade booth, 01632 960 415", "Lumacast Cinema Services (24 hours), 01632 960 777",
     "Operations Manager, Declan Furness, 07700 900 420"],
    ["Emergency services ......................... 999",
     "Duty Manager, the Arcade ................... 01632 960 410",
     "Duty Manager, the Lyric .................... 01632 960 450",
     "Cawley Coordinator, Ruth Magson ............ 07700 900 482",
     "Technical Manager, Emrys Gethin ............ 07700 900 431",
     "Senior Projectionist, Arcade booth ......... 01632 960 415",
     "Lumacast Cinema Services (24 hours) ........ 01632 960 777",
     "Operations Manager, Declan Furness ......... 07700 900 420"],
    structure="a dotted-leader list (key contacts)",
    note="Only the Technical Manager, or the duty manager when he cannot be reached, calls out Lumacast.")
add("list", "what counts as a show stop", TX,
    ["a projector, server or playlist fault that stops or freezes the picture",
     "the sound failing, or so far out of step with the picture that the film can't be followed",
     "a film key (KDM) missing or expired, so the film won't play",
     "the fire alarm, or the building being cleared for any other reason",
     "someone in the screen taken ill or hurt who needs the lights up",
     "a customer putting others at risk, where the duty manager decides to stop the film"],
    ["Treat it as a show stop, and follow this procedure, if:",
     "* a projector, server or playlist fault stops the picture or freezes it;",
     "* the sound fails, or is so far out of step with the picture that the film cannot be followed;",
     "* a film key (KDM) is missing or has expired, so that the film will not play;",
     "* the fire alarm sounds, or the building has to be cleared for any other reason;",
     "* someone in the screen is taken ill or hurt and needs the lights up to be helped;",
     "* a customer is putting others at risk, and the duty manager decides to stop the film."],
    structure="a bulleted list with a lead-in line")
add("list", "picture's gone in screen 2, what do i do first", TX,
    ["bring the house lights up to half", "phone the duty manager, who goes to the screen at once",
     "note the time the film stopped, in Showlog or on paper", "try one restart, as the fault table says",
     "tell the duty manager if the film isn't running again within 5 minutes",
     "phone the Technical Manager if it isn't running again within 10 minutes"],
    ["1. Brings the house lights up to half, so that nobody trips in the dark.",
     "2. Phones the duty manager, who goes to the screen at once.",
     "3. Notes the time the film stopped, in Showlog or on paper.",
     "4. Tries one restart, as the table in section 3 says.",
     "5. Tells the duty manager if the film is not running again within 5 minutes.",
     "6. Phones the Technical Manager if the film is not running again within 10 minutes."],
    structure="indented numbered steps",
    note="For a lost picture, the restart in step 4 is one restart of the playlist in Showlog.")
add("list", "which faults do we get lumacast out for", TX,
    ["picture lost or frozen (after the Technical Manager)", "lamp or laser failure (Lumacast only)"],
    [PICTURE, LAMP],
    structure="the rows of a column table with wrapped cells that match a condition (first column)",
    note="Sound failures go to the Technical Manager, missing keys to the Head of Programming and the distributor, and Cawley faults to the Cawley Coordinator.")
add("list", "where do we meet if the fire alarm goes, for each cinema", TX,
    ["the Arcade: Market Cross, Shambles Street", "the Lyric: the car park behind the cinema",
     "Cawley Picture Room: the playing field gate, Church Bank"],
    ["The Arcade ................ Market Cross, Shambles Street",
     "The Lyric ................. the car park behind the cinema",
     "Cawley Picture Room ....... the playing field gate, Church Bank"],
    structure="a dotted-leader list, one line per site")
add("list", "what has to be done after a show stop and by when", TX,
    ["fault logged in Showlog, before the end of the shift",
     "Technical Manager told, within 24 hours (at once after a fire alarm)",
     "Lumacast call logged, if needed, within 4 hours of the stop",
     "refunds and free tickets put through Seatwise, within 5 working days",
     "the distributor told of a lost screening, within 2 working days",
     "a review of an evacuation, within 10 working days"],
    ["Fault logged in Showlog ................ before the end of the shift",
     "Technical Manager told ................. within 24 hours, or at once after a fire alarm",
     "Lumacast call logged, if needed ........ within 4 hours of the stop",
     "Refunds and free tickets in Seatwise ... within 5 working days",
     "Distributor told of a lost screening ... within 2 working days",
     "Review of an evacuation ................ within 10 working days"],
    structure="a dotted-leader list with wrapped values (deadlines)")

add("yes_no", "film went off for about 8 mins then came back on, do they get a free ticket?", TX,
    ["no", "no, a film stopped for less than 10 minutes and then restarted gets an apology only; a free ticket each is given when it was stopped for 10 minutes or more"],
    ["Stopped less than 10 minutes, then restarted .......................... an apology only",
     "Stopped 10 minutes or more, then restarted .......................... a free ticket each"],
    note="A figure compared: 8 minutes is under the 10 minutes.")
add("yes_no", "we had a 12 minute stop last night but it restarted, do people get anything?", TX,
    ["yes", "yes, a film stopped for 10 minutes or more and then restarted gets everyone a free ticket, valid for any standard screening at any of the cinemas for 3 months"],
    ["Stopped 10 minutes or more, then restarted .......................... a free ticket each",
     "Free tickets given after a show stop are valid for any standard screening at any of our cinemas for 3 months."],
    note="A figure compared. The minutes of 14 September 2033 abandon a screening after 15 minutes instead of 20 and keep the free ticket for a restarted stop of 10 minutes or more, so 12 minutes is still yes.")
add("yes_no", "im a volunteer at cawley, am i allowed to restart the projector if it cuts out", TX,
    ["yes", "yes, at Cawley the trained volunteer restarts the player and the projector once, and the Cawley Coordinator is called; nobody but a Lumacast engineer may open a projector or change a lamp"],
    [CAWLEY,
     "When the picture or the sound fails, the projectionist, or at Cawley the volunteer in charge:"],
    note="A condition: a trained volunteer, and one restart only.")
add("yes_no", "someone's fainted in screen 1, do we stop the film?", TX,
    ["yes", "yes, for someone taken ill the duty manager stops the film and brings the house lights up at once so a first aider can reach them, without waiting to see whether they get better"],
    ["For someone taken ill, the duty manager stops the film and brings the house lights up at once, so that a first aider can reach them; do not wait to see whether they get better."])
add("yes_no", "the lamp's gone, can i change it myself? ive done it before at my old job", TX,
    ["no", "no, nobody but a Lumacast engineer opens a projector, changes a lamp or touches a laser module; for a lamp failure you stop the show and only Lumacast is called"],
    ["Nobody but a Lumacast engineer opens a projector, changes a lamp or touches a laser module, whatever the fault.",
     LAMP])
add("yes_no", "alarm's stopped now, can we let everyone back in?", TX,
    ["no", "no, nobody goes back into the building, even when the alarm has stopped, until the fire service says it is safe (or the duty manager, if the fire service was not called)"],
    ["Nobody goes back into the building, even when the alarm has stopped, until the fire service says it is safe, or the duty manager does if the fire service was not called."])

assert len(items) == 60
json.dump({"items": items}, open(HERE / "dev.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(len(items), "items")
