"""Writes dev.json for the kettlewell set: questions written from the documents in docs/ before any product run. Same
schema as coldharbour's factual items (and ferncombe's, hartwell's and the earlier sets'). This set is for studying
factual questions with a short answer: all 48 items are factual, about 10 per document, and every row's first answer
is the short answer (the figure, name or place as a person would say it) and its second a longer one."""
from pathlib import Path
HERE = Path(__file__).resolve().parents[1]  # tests/data/kettlewell
import json
MD, PD, DX, HT, TX = ("staff-handbook.md", "admission-membership-and-booking-terms.pdf",
                      "management-team-minutes-2034-02-15.docx", "visitor-faq.html",
                      "animal-escape-procedure.txt")
items = []
def add(type, q, doc, answers, evidence, **kw):
    ev = [{"quote": e[0], "page": e[1]} if isinstance(e, tuple) else {"quote": e} for e in evidence]
    it = {"id": f"kw-{len(items)+1:03d}", "type": type, "q": q, "doc": doc, "answerable": type != "unanswerable",
          "answers": answers, "evidence": ev}
    it.update(kw)
    items.append(it)
    return it

# a row of the procedure's column table, its wrapped cells in line order
CODE_GREEN = ("Code Green: lemurs, penguins, keepers of the carry on, kept Category 3 wallabies and farm section "
              "10 metres back animals")

# ---- staff handbook (10)
add("factual", "i'm a keeper at the farm park, what time do i start in the winter", MD,
    ["08:30", "08:30, on the winter shift of 08:30 – 16:00 (winter runs from 1 November to the end of February); in summer farm keepers start at 08:00"],
    ["| Farm Keeper | Hobb Green Farm Park | 08:00 – 16:30 | 08:30 – 16:00 |",
     "The summer season runs from **1 March to 31 October** and the winter season from **1 November to the end of February**."],
    note="Zoo section keepers start at 08:00 in winter (lates 09:00) and CBU keepers at 07:00 all year.")
add("factual", "been here 7 years now, how many days hols do i get", MD,
    ["33 days", "33 days a year (6 to 10 years' service), including the eight bank holidays, with up to 5 days to carry over; the leave year runs from 1 April to 31 March"],
    ["| 6 to 10 years | 33 days | Up to 5 days |",
     "The leave year runs from **1 April to 31 March**. Full-time staff get the following, **including the eight bank holidays**:"],
    note="30 days under 3 years, 32 days for 3 to 6 years, 35 days from 10 years.")
add("factual", "on lates in primates this week and feel rough, whats the latest i can ring in sick", MD,
    ["by 09:00", "by 09:00, by phone (not text) to your section's Head Keeper, Leah Okonjo for Primates; keepers on an early shift must phone by 06:45"],
    ["1. **Zoo keepers:** phone your section's Head Keeper by **06:45**, or by **09:00** if you are on a late.",
     "Phone, do not text, before your shift starts:",
     "Leah Okonjo (Primates)"],
    note="The sentence gives two times; the asker is on a late.")
add("factual", "im the on call vet nurse this saturday, how much do i get for the night", MD,
    ["£55", "£55 a night (Friday to Sunday and bank holidays), plus pay for any time called in; from Monday to Thursday it is £35 a night"],
    ["- **On-call allowance:** the vet or vet nurse on call is paid **£35 a night** from Monday to Thursday and **£55 a night** from Friday to Sunday and on bank holidays, plus pay for any time called in."],
    note="The sentence gives two rates; Saturday is in Friday to Sunday.")
add("factual", "whats the sallary range for a vet nurse", MD,
    ["£28,100 – £31,900", "£28,100 to £31,900 a year full-time (grade Z3), with a 6-month probation; a Registered Veterinary Nurse is Z4, £33,500 to £38,800"],
    ["| Z3 | Senior Keeper, CBU Keeper, Veterinary Nurse, Catering Supervisor | £28,100 – £31,900 | 6 months |",
     "| Z4 | Head Keeper, Registered Veterinary Nurse, Duty Manager | £33,500 – £38,800 | 6 months |"])
add("factual", "im on the cat 1 key list, how much extra do i get a year for that right now", MD,
    ["£1,200 a year", "£1,200 a year, paid in monthly instalments, as the dangerous animal allowance for keepers on the Category 1 key list"],
    ["- **Dangerous animal allowance:** keepers on the Category 1 key list are paid **£1,200 a year**, in monthly instalments."],
    note="Asked as it is now. The minutes of 15 February 2034 raise it to £1,500 a year from Saturday 1 April 2034 (kw-021).")
add("factual", "where do i put my holiday requests in, whats the system called", MD,
    ["Shiftwell", "in Shiftwell, which holds rotas, timesheets, leave, sickness and expenses; ask at least 3 weeks ahead, or 1 week ahead for a single day"],
    ["Rotas, timesheets, leave, sickness and expenses are in **Shiftwell**.",
     "Ask for leave in Shiftwell at least **3 weeks** ahead, or **1 week** ahead for a single day."],
    note="Spoorline holds the animal records and Turnstyle the tickets and tills.")
add("factual", "ive worked here 12 years and im signed off, how long is the half pay", MD,
    ["16 weeks", "16 weeks on half pay, after 20 weeks on full pay (10 years or more of service), counted over a rolling 12 months and including SSP"],
    ["| 10 years or more | 20 weeks | 16 weeks |",
     "Company sick pay depends on your continuous service on the first day of absence and is counted over a rolling 12 months. It includes statutory sick pay (SSP)."],
    note="Full pay and half pay differ only in this row (20 and 16 weeks).")
add("factual", "im an apprentice keeper in my second year, what am i on", MD,
    ["£21,300", "£21,300 a year in the second year of the two-year Level 3 apprenticeship (£19,800 in the first); apprentices join Z2 when they qualify"],
    ["Apprentice keepers on the two-year Level 3 animal care apprenticeship are paid **£19,800** in their first year and **£21,300** in their second, and join Z2 when they qualify."],
    note="The sentence gives the first and second year's pay.")
add("factual", "whats the email for hr", MD,
    ["hr@kettlewellzoo.org.uk", "hr@kettlewellzoo.org.uk; the HR Manager is Bethan Lowry, on 01632 960 114"],
    ["Email HR at **hr@kettlewellzoo.org.uk**.",
     "| HR Manager (pay, leave and sickness) | Bethan Lowry | 01632 960 114 |"])

# ---- admission, membership and booking terms (10)
add("factual", "my son is 16, how much is his ticket for the zoo in the summer", PD,
    ["£26.00", "£26.00 at the gate, the adult price: child tickets are for ages 3 to 15, so at 16 he pays as an adult (£2 less if booked online at least 24 hours ahead)"],
    [("Adult, 16 and over £26.00 £19.50 £9.50", 2),
     ("Child tickets are now for ages 3 to 15, instead of 3 to 16. Visitors aged 16 and over pay the adult price.", 1),
     ("Tickets bought online at least 24 hours ahead now cost £2 less than the gate price", 1)],
    note="A child ticket (3 to 15) is £17.50 in summer; under version 3, 16-year-olds still paid the child price.")
add("factual", "whats the price for a pensioner at the zoo in winter", PD,
    ["£17.00", "£17.00 at the gate for a concession (visitors aged 65 and over, full-time students and disabled visitors); it is £23.00 in summer and £8.00 at Hobb Green"],
    [("Concession £23.00 £17.00 £8.00", 2),
     ("Concessions are for visitors aged 65 and over, full-time students and disabled visitors, and proof may be asked for at the kiosk:", 2)])
add("factual", "family ticket for the farm park, how much", PD,
    ["£30.00", "£30.00 for 2 adults and 2 children at Hobb Green, the same price all year"],
    [("Family, 2 adults and 2 children £78.00 £58.00 £30.00", 2),
     ("Hobb Green prices are the same all year.", 2)],
    note="The zoo's family ticket is £78.00 in summer and £58.00 in winter.")
add("factual", "what did family membership cost last year before it went up", PD,
    ["£175", "£175 a year under version 3 of the terms; from 1 March 2034 (version 4) it is £189 a year"],
    [("Family membership now costs £189 a year, instead of £175.", 1),
     ("Version 4. Agreed by the Trustees on 24 January 2034 and in force from Wednesday 1 March 2034", 1),
     ("This version replaces version 3 of March 2033.", 1)])
add("factual", "if i pay monthly for an adult membrship whats that per month", PD,
    ["£6.50 a month", "£6.50 a month by Direct Debit, for at least 12 months (or £72 a year paid in one go)"],
    [("Adult, 16 and over £72 a year £6.50 a month", 2),
     ("Monthly memberships are paid by Direct Debit for at least 12 months.", 2)])
add("factual", "my son is 4, how old do you have to be for meet the penguins", PD,
    ["6", "6: the minimum age for Meet the Penguins is 6 (£60, 30 minutes, no more than 4 people at a time); the Giraffe Feed takes children from 4"],
    [("Meet the Penguins £60 6 30 minutes not included", 3),
     ("Giraffe Feed £40 4 20 minutes not included", 3),
     ("No more than 4 people take part in Meet the Penguins at a time", 3)])
add("factual", "how much is keeper for a day", PD,
    ["£185", "£185 a person, for 6 hours, with entry to the zoo included; the minimum age is 16"],
    [("Keeper for a Day £185 16 6 hours included", 3)],
    note="Asked as it is now. The minutes of 15 February 2034 raise it to £210 for experiences booked on or after Monday 1 May 2034 (kw-022).")
add("factual", "if i cancel the giraffe feeding 10 days before, how much do i get back", PD,
    ["50%", "50% of the price: cancelling 7 to 13 days before refunds 50%, 14 days or more the full price, and less than 7 days nothing"],
    [("If you cancel 7 to 13 days before, we refund 50%.", 3),
     ("If you cancel an animal experience 14 days or more before its date, we refund the full price.", 3),
     ("If you cancel less than 7 days before, or do not come, there is no refund.", 3)],
    note="Three cancellation periods in one paragraph; 10 days falls in 7 to 13.")
add("factual", "bringing a year 4 class, how many teachers get in free", PD,
    ["one for every 6 pupils", "one free adult for every 6 pupils in Years 1 to 6; further adults pay £10 each"],
    [("Years 1 to 6: one free adult for every 6 pupils.", 3),
     ("Further adults pay £10 each.", 3)],
    note="Nursery and Reception get one free adult for every 3 pupils, Years 7 to 13 one for every 10.")
add("factual", "where do i email a complaint about our visit", PD,
    ["visitor.services@kettlewellzoo.org.uk", "visitor.services@kettlewellzoo.org.uk, within 28 days of your visit, if speaking to the Duty Manager on the day did not settle it; the Visitor Services Manager replies in full within 10 working days"],
    [("2. If that does not settle it, write to visitor.services@kettlewellzoo.org.uk within 28 days of your visit.", 4),
     ("1. Speak to the Duty Manager on the day, through any member of staff.", 4),
     ("3. The Visitor Services Manager replies in full within 10 working days.", 4)])

# ---- management team minutes (10)
add("factual", "how much is the dangerous animal allowance going up to", DX,
    ["£1,500 a year", "£1,500 a year from Saturday 1 April 2034, up from £1,200, for keepers on the Category 1 key list; the on-call allowance, night watch payment and first aid allowance do not change"],
    ["The team agreed that from Saturday 1 April 2034 the dangerous animal allowance goes up from £1,200 to £1,500 a year for keepers on the Category 1 key list.",
     "The on-call allowance, the night watch payment and the first aid allowance do not change."],
    note="Asked as it will be; the handbook still says £1,200 (kw-006).")
add("factual", "whats keeper for a day going to cost after the price rise", DX,
    ["£210", "£210, for experiences booked on or after Monday 1 May 2034 (up from £185); experiences booked before then keep the old price, and the minimum age of 16 does not change"],
    ["The team agreed that the price of the Keeper for a Day experience goes up from £185 to £210 for experiences booked on or after Monday 1 May 2034, as the 2033 dates sold out by June.",
     "Experiences booked before then keep the old price. The minimum age of 16 and the other experience prices, including Junior Keeper at £95, do not change."],
    note="Asked as it will be; the terms still say £185 (kw-017).")
add("factual", "from april what time will the tigers get fed", DX,
    ["14:00", "14:00, from Monday 3 April 2034, instead of 15:15; the tigers are still not fed on Tuesdays, and the other feeding times do not change"],
    ["The team agreed that from Monday 3 April 2034 the tiger feed and talk moves from 15:15 to 14:00.",
     "The tigers are still not fed on Tuesdays, and the other feeding times do not change."],
    note="Asked as it will be; the FAQ still says 15:15 (kw-033).")
add("factual", "how often do we have to run escape drills in our section after the change", DX,
    ["every 3 months", "every 3 months from Saturday 1 April 2034, instead of every 6 months; the whole-site Code Red drill stays once a year, in February"],
    ["The team agreed that from Saturday 1 April 2034 each section runs an escape drill every 3 months, instead of every 6 months.",
     "The whole-site Code Red drill stays once a year, in February, and the rest of AC-04 does not change."],
    note="Asked as it will be; AC-04 still says every 6 months.")
add("factual", "who's updating the handbook for the new allowance, and when's it due", DX,
    ["Bethan Lowry, by 17 March 2034", "Bethan Lowry, the HR Manager, by 17 March 2034: she updates the Staff Handbook and the Shiftwell pay codes for the £1,500 allowance"],
    ["Update the Staff Handbook and Shiftwell pay codes for the £1,500 allowance Bethan Lowry 17 March 2034",
     "Bethan Lowry (HR Manager, minutes)"])
add("factual", "how many people came to the zoo in 2033", DX,
    ["412,600", "412,600 visitors to the zoo in 2033, 4% more than in 2032, and 58,300 to Hobb Green Farm Park"],
    ["Callum Ferris reported 412,600 visitors to the zoo in 2033, 4% more than in 2032, and 58,300 to Hobb Green Farm Park."])
add("factual", "how much was the red pandas enclosure going to cost", DX,
    ["about £380,000", "about £380,000, next to Lemur Wood; the team asked for a second quote and news of a grant bid, and deferred it to the meeting on Wednesday 19 April 2034"],
    ["Tobias presented plans for a red panda enclosure next to Lemur Wood, at about £380,000.",
     "The team asked for a second quote and for news of a grant bid to the Harrowfield Foundation, so the proposal was deferred to the next meeting on Wednesday 19 April 2034."])
add("factual", "which manager missed the meeting because of the rare breeds show", DX,
    ["Hattie Pennock", "Hattie Pennock, the Farm Park Manager, who was judging at the Dales Rare Breeds Show; Tobias Quennell presented her report"],
    ["Apologies: Hattie Pennock (Farm Park Manager), judging at the Dales Rare Breeds Show, whose report for item 7 was presented by Tobias Quennell"],
    note="The other apology, Rosalind Ibbotson, was ill.")
add("factual", "how long was the gibbon loose for in january", DX,
    ["35 minutes", "35 minutes: the lar gibbon got out of the Primate House on Sunday 22 January 2034 through a slide that was not fully closed, and went back inside on its own; Code Amber was called and nobody was hurt"],
    ["the gibbon was in the trees by the Savannah path for 35 minutes before it went back inside on its own",
     "Gwen Threlfall reported on the escape of a lar gibbon from the Primate House on Sunday 22 January 2034.",
     "A keeper found a slide not fully closed at 10:40",
     "Code Amber was called, the path was closed and nobody was hurt."])
add("factual", "what time does the staff awards do start", DX,
    ["18:30", "18:30 on Friday 10 March 2034, in the Baobab Café"],
    ["The staff awards evening is in the Baobab Café on Friday 10 March 2034 from 18:30."])

# ---- visitor FAQ (9)
add("factual", "what time does hobb green close in the winter", HT,
    ["15:30", "15:30: in winter Hobb Green Farm Park is open 10:00 to 15:30 on Saturdays and Sundays only, and closed Monday to Friday; last entry is 60 minutes before closing"],
    ["Hobb Green Farm Park 10:00 to 17:00 10:00 to 15:30, Saturdays and Sundays 60 minutes before closing Monday to Friday in winter, and 24 December to 1 January"],
    note="The zoo closes at 16:00 in winter, and Hobb Green at 17:00 in summer.")
add("factual", "wat time do the penguins get fed", HT,
    ["11:00 and 14:30", "11:00 and 14:30 every day, at Penguin Cove, with a short keeper talk"],
    ["Humboldt penguins Penguin Cove 11:00 and 14:30 Every day",
     "Our keepers give a short talk at each of these feeds."])
add("factual", "were coming on a thursday, when can we watch the tigers being fed", HT,
    ["15:15", "15:15 at Tiger Ridge, every day except Tuesdays, when the tigers have their fast day"],
    ["Amur tigers Tiger Ridge 15:15 Every day except Tuesdays",
     "In the wild, big cats don't eat every day, so our tigers have one fast day a week, which keeps them healthy."],
    note="Asked as it is now. The minutes of 15 February 2034 move the tiger feed to 14:00 from Monday 3 April 2034 (kw-023).")
add("factual", "how much to hire a mobility scooter", HT,
    ["£12 a day", "£12 a day at the zoo; there are 4, so book ahead on 01632 960 130. Wheelchairs are lent free"],
    ["Mobility scooters can be hired at the zoo for £12 a day; we have 4, so please book ahead on 01632 960 130.",
     "We lend 10 wheelchairs free at the zoo's admissions kiosk, and 2 at Hobb Green, first come first served."])
add("factual", "how often does the 47 run on a sunday", HT,
    ["every hour", "every hour on Sundays (every 30 minutes on other days), from Kettlewell railway station to the zoo's main gate; no bus goes to Hobb Green"],
    ["The number 47 bus runs from Kettlewell railway station to the zoo's main gate every 30 minutes, or every hour on Sundays.",
     "Parking there is free, but no bus goes to it."],
    note="The sentence gives two frequencies.")
add("factual", "whats the last minibus back from the farm park", HT,
    ["16:00", "16:00 from Hobb Green back to the zoo (the others leave at 11:30 and 13:30); the free Two Parks minibus runs on summer weekends and every day in the school holidays, and takes about 20 minutes"],
    ["On summer weekends and every day in the school holidays, the free Two Parks minibus leaves the zoo's main gate at 10:30, 12:30 and 14:30, and comes back from Hobb Green at 11:30, 13:30 and 16:00.",
     "The journey takes about 20 minutes."],
    note="Six times in one sentence; the asker wants the last return from Hobb Green.")
add("factual", "my son is turning 6, how much is a party per kid", HT,
    ["£14.50 a child", "£14.50 a child, with at least 10 children, in the Discovery Centre (ages 4 to 11), including zoo entry for the children, a party tea and a keeper talk; adults pay the normal day ticket price"],
    ["A party costs £14.50 a child, with at least 10 children, and includes zoo entry for the children, a party tea and a keeper talk with an animal to meet.",
     "Yes, in the Discovery Centre, for ages 4 to 11.",
     "Adults pay the normal day ticket price."])
add("factual", "we're members, how much are zoo lates tickets", HT,
    ["£18", "£18 for members (£22 for non-members); Zoo Lates are for adults aged 18 and over only, on Fridays in July, 18:30 to 22:00"],
    ["Zoo Lates, for adults aged 18 and over only: Fridays in July, 18:30 to 22:00, £22 (members £18)."],
    note="Member and non-member prices in one line.")
add("factual", "how many wheelchairs can you borrow at hobb green", HT,
    ["2", "2, lent free at Hobb Green, first come first served (the zoo has 10 at its admissions kiosk)"],
    ["We lend 10 wheelchairs free at the zoo's admissions kiosk, and 2 at Hobb Green, first come first served."])

# ---- animal escape procedure (9)
add("factual", "whats the on call vets mobile", TX,
    ["07700 900 450", "07700 900 450, the on-call vet; the Duty Manager is on 07700 900 400 or radio channel 1"],
    ["On-call vet ........................... 07700 900 450",
     "Duty Manager (radio channel 1) ........ 07700 900 400"])
add("factual", "how fast has the darting team got to be at the vet centre in a code red", TX,
    ["within 10 minutes", "within 10 minutes of the call: the darting team (a vet and two keepers) and the firearms team meet at the Ridgeway Vet Centre"],
    ["The darting team (a vet and two keepers) and the firearms team meet at the Ridgeway Vet Centre within 10 minutes of the call."])
add("factual", "a wallaby's out, how long before a code green turns into a code amber", TX,
    ["30 minutes", "30 minutes: a Code Green animal that is not back in its enclosure within 30 minutes becomes Code Amber"],
    ["A Code Green animal that is not back in its enclosure within 30 minutes becomes Code Amber.",
     CODE_GREEN])
add("factual", "how often does the lockdown siren go off", TX,
    ["three long blasts every 2 minutes", "three long blasts, repeated every 2 minutes until the all clear, which is one long blast"],
    ["1. Sounds the lockdown siren: three long blasts, repeated every 2 minutes until the all clear.",
     "Duty Manager sounds one long blast of the siren."])
add("factual", "if one of the wildcats escapes at the farm park where do we put the visitors", TX,
    ["the Big Barn", "in the Big Barn, with the main gate closed; a wildcat out of the Conservation Breeding Unit is Code Amber and the Farm Park Manager is Incident Controller"],
    ["* Visitors are gathered in the Big Barn, and the main gate is closed.",
     "A Scottish wildcat out of the Conservation Breeding Unit is Code Amber.",
     "* The Farm Park Manager is Incident Controller"],
    note="At the zoo, Code Red visitors go into the nearest safe building.")
add("factual", "tobias is on holiday, who's in charge if theres a code red", TX,
    ["the most senior Head Keeper on site", "the most senior Head Keeper on site: the Incident Controller is the Curator, or, if the Curator is not on site, the most senior Head Keeper; only the Incident Controller decides whether an animal is darted or shot"],
    ["The Incident Controller is the Curator, or, if the Curator is not on site, the most senior Head Keeper on site.",
     "Only the Incident Controller decides whether an animal is darted or, as a last resort, shot.",
     "Curator, Tobias Quennell .............. 07700 900 421"])
add("factual", "how long do we hang on to the radio logs after an escape", TX,
    ["6 years", "6 years, with the incident records"],
    ["Incident records and radio logs kept .............................. 6 years"])
add("factual", "a penguin's got out onto the path, how far back do we keep people", TX,
    ["at least 10 metres", "at least 10 metres: for Code Green visitors may carry on but are kept back, and penguins are walked back with boards, never picked up"],
    ["For Code Green, the keepers of the section bring the animal back and visitors may carry on, kept at least 10 metres back.",
     "Penguins are walked back with boards, never picked up.",
     CODE_GREEN],
    note="Code Amber closes the paths within 50 metres.")
add("factual", "a lemur got out this morning but its back in now, how long have we got to tell the council", TX,
    ["within 7 days", "within 7 days, as lemurs are Code Green; a Code Red or Code Amber is reported to the council licensing team by the Zoo Director within 24 hours"],
    ["Council told of a Code Green ........ within 7 days",
     "Council licensing team told of a Code Red or Amber, by the Zoo Director .......................... within 24 hours",
     CODE_GREEN],
    note="Two council deadlines in the list; lemurs are Category 3, Code Green.")

json.dump({"items": items}, open(HERE / "dev.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
import collections
print(len(items), dict(collections.Counter(i["type"] for i in items)), dict(collections.Counter(i["doc"] for i in items)))
