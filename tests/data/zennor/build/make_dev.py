"""Writes dev.json for the zennor held-out set: questions written from the documents in docs/ before any product
run. Same schema as yarrowby (and wrenfield, hollowbrook and the earlier sets)."""
from pathlib import Path
HERE = Path(__file__).resolve().parents[1]  # tests/data/zennor
import json
MD, PD, DX, HT, TX = ("staff-handbook.md", "subcontractor-payment-policy.pdf", "hs-committee-minutes-2030-03-11.docx",
                      "neighbour-faq.html", "permit-to-work-procedure.txt")
items = []
def add(type, q, doc, answers, evidence, **kw):
    ev = [{"quote": e[0], "page": e[1]} if isinstance(e, tuple) else {"quote": e} for e in evidence]
    it = {"id": f"zn-{len(items)+1:03d}", "type": type, "q": q, "doc": doc, "answerable": type != "unanswerable",
          "answers": answers, "evidence": ev}
    it.update(kw)
    items.append(it)
    return it

# ---- factual (19)
add("factual", "wots the most a QS can earn here", MD,
    ["£50,500", "£50,500 at the top of grade Z5 (£43,000 to £50,500)"],
    ["| Quantity Surveyor | Z5 | £43,000 – £50,500 | 6 months |"],
    note="Assistant quantity surveyors are Z4, £32,500 to £38,000; site managers are Z6, £47,500 to £55,000.")
add("factual", "been here 7 yrs now, how many days hol do i get", MD,
    ["27 days", "27 days a year on top of the eight bank holidays, 3 of them kept for the Christmas shutdown, with up to 5 days to carry over"],
    ["| 6 to 9 years | 27 days | Up to 5 days |",
     "All sites and offices close between Christmas and New Year, and **3 days** of your annual leave are kept for this shutdown."],
    note="23 days under 3 years, 25 days for 3 to 5 years, 29 days from 10 years; the leave year runs from 1 January.")
add("factual", "wot time do i start on a town centre job in kestlemoor", MD,
    ["07:30", "07:30, working 07:30 to 16:00 (Pelworth town and city-centre sites are 08:00 to 16:30)"],
    ["| Town and city-centre sites | 08:00 – 16:30 | 07:30 – 16:00 | Only when the Site Manager books it |"],
    note="Housing estate sites are 07:30 to 16:00 in Pelworth and 07:45 to 16:15 in Kestlemoor; occupied sites 08:00 to 16:30 in both.")
add("factual", "how long is probation for a site manager", MD,
    ["9 months", "9 months (grade Z6, £47,500 to £55,000)"],
    ["| Site Manager | Z6 | £47,500 – £55,000 | 9 months |"],
    note="Plant operators and quantity surveyors have 6 months, site operatives and apprentices 3 months, contracts managers 9 months.")
add("factual", "how long til i get paid on a 30k subbie job", PD,
    ["30 days", "by 30 days after the application date (the 20th of the month); it used to be 45 days"],
    [("Under £50,000 30 days after the application date Monthly", 2),
     ("Subcontracts under £50,000 are now paid within 30 days of the application date, instead of 45 days.", 1)],
    note="£50,000 to £250,000 is 35 days and over £250,000 45 days; small local subcontractors can ask for 21 days.")
add("factual", "wots the retention on a £400k package", PD,
    ["3%", "3%: 1.5% released at practical completion and 1.5% after the 12-month defects period (it used to be 5%)"],
    [("Over £250,000 3% 1.5% released 1.5% after 12 months", 3),
     ("Retention on subcontracts over £250,000 is now 3%, instead of 5%.", 1)],
    note="£50,000 to £250,000 is 5%; a mechanical and electrical package over £50,000 is 3% with the second half after 24 months.")
add("factual", "wots the cis deduction if im not registered with hmrc", PD,
    ["30%", "30% of the labour part of each payment (20% if registered, 0% with gross payment status); nothing is deducted from materials shown separately"],
    [("0% for subcontractors with gross payment status, 20% for registered subcontractors and 30% for subcontractors who are not registered.", 3),
     ("Nothing is deducted from the cost of materials if you show it separately on your application.", 3)])
add("factual", "wots the deadline for gettin my valuation in each month", PD,
    ["the 20th of the month", "by the 20th of the month, on ZenPass (it used to be the 25th); a later application goes into the next month's cycle"],
    [("Applications for payment must now reach us by the 20th of the month, instead of the 25th.", 1),
     ("The application date is the 20th of the month; an application that reaches us after the 20th is dealt with in the next month's cycle.", 2)])
add("factual", "how many near misses got reported in kestlemoor", DX,
    ["54", "54 from December to February (92 in Pelworth, 146 in all)"],
    ["146 near misses reported on SiteSafe, 92 in Pelworth and 54 in Kestlemoor."])
add("factual", "how much were the cameras for the dumpers gonna cost", DX,
    ["about £46,000", "about £46,000 for 360-degree cameras and proximity sensors on all 14 dumpers and telehandlers; deferred to the Board's capital meeting on 24 April 2030"],
    ["Jasdeep proposed fitting 360-degree cameras and proximity sensors to all 14 dumpers and telehandlers, at a cost of about £46,000.",
     "the proposal was deferred to the Board's capital meeting on Wednesday 24 April 2030."])
add("factual", "when's the next h&s committee n where", DX,
    ["Monday 10 June 2030 at 13:30 at the Kestlemoor office, 12 Chapel Yard, Kestlemoor"],
    ["The next meeting of the Health and Safety Committee is on Monday 10 June 2030 at 13:30 at the Kestlemoor office, 12 Chapel Yard, Kestlemoor."])
add("factual", "wot time can hatherley fields start up on a sat", HT,
    ["08:00", "08:00, until 14:00; noisy work such as breaking, piling and disc cutting not before 09:00 on Saturdays"],
    ["Hatherley Fields, Kestlemoor 07:30 to 18:00 08:00 to 14:00 No work",
     "Noisy work, such as breaking, piling and disc cutting, does not start before 08:00 on weekdays or 09:00 on Saturdays."],
    note="Mill Quay and Carrow Street stop at 13:00 on Saturdays (Carrow Street starts at 09:00); Lowen Park works Saturdays in school holidays only.")
add("factual", "whats the number to ring about the kestlemoor sites, got a complaint", HT,
    ["01632 960 350", "01632 960 350, the community line for the Kestlemoor sites, Monday to Friday 08:00 to 17:00; for something urgent out of hours, the duty manager on 01632 960 299"],
    ["phone the community line for your area: 01632 960 250 for our Pelworth sites or 01632 960 350 for our Kestlemoor sites, Monday to Friday, 08:00 to 17:00.",
     "phone our duty manager on 01632 960 299, 24 hours a day."],
    note="01632 960 250 is the Pelworth sites' community line and 01632 960 377 the customer care line for new homes.")
add("factual", "got no heating in my new house at hatherley fields, how quick will u come out", HT,
    ["within 24 hours", "within 24 hours, as an emergency, during the first 2 years after you move in; report it on the customer care line, 01632 960 377"],
    ["We attend an emergency, such as no heating, no water or a leak that cannot be contained, within 24 hours, and put right other defects within 28 days.",
     "Report a defect through the customer care line, 01632 960 377, or the online form."])
add("factual", "dust from ur site all over my car, wot do i get", HT,
    ["a £15 car wash voucher", "a voucher for a professional car wash worth £15, if you tell them within 7 days with a photo"],
    ["Tell us within 7 days, with a photo, and we will give you a voucher for a professional car wash worth £15."])
add("factual", "how long is a confined space permit valid for", TX,
    ["4 hours", "4 hours; it may be renewed once, after a new gas test"],
    ["Confined space entry Yellow Site Manager 4 hours",
     "A confined space permit may be renewed once, after a new gas test."],
    note="Hot work and fragile roof permits last 1 shift (up to 8 hours), excavation 7 days, electrical isolation 24 hours, lifting 1 working day.")
add("factual", "how often do u gas test in a confined space", TX,
    ["every 30 minutes", "before anyone enters, then every 30 minutes while anyone is inside, and each person inside wears a personal gas monitor"],
    ["Gas test in a confined space ......... before entry, then every 30 minutes",
     "Test again every 30 minutes while anyone is inside, and each person inside wears a personal gas monitor."])
add("factual", "number for the confined space rescue lot?", TX,
    ["01632 960 271", "01632 960 271, SafeEntry Rescue"],
    ["SafeEntry Rescue (confined space rescue team) ..................... 01632 960 271"],
    note="Voltline Electrical is 01632 960 284 and the out-of-hours duty manager 01632 960 299.")
add("factual", "how long does an excavation permitt last", TX,
    ["7 days", "7 days; it is renewed each week after the written inspection"],
    ["Excavation Green Site Manager 7 days",
     "An excavation permit is renewed each week after the written inspection."])

# ---- yes/no (9: 5 no, 4 yes)
add("yes_no", "got my CPCS for a crawler crane, do i get extra for that", MD,
    ["yes", "yes, a lifting supplement of £2,400 a year for plant operators with a CPCS card for a crawler crane or a tower crane"],
    ["Plant operators who hold a CPCS card for a crawler crane or a tower crane also get a lifting supplement of **£2,400** a year."])
add("yes_no", "broke my wrist falling off a trestle at work, only started 3 months ago, is it just ssp for me", MD,
    ["no", "no, if the injury at work was reported on SiteSafe on the day, you get full pay for up to 26 weeks whatever your length of service (otherwise under 6 months is SSP only)"],
    ["If you are off because of an injury at work that was reported on SiteSafe on the day it happened, you get full pay for up to **26 weeks**, whatever your length of service.",
     "| Under 6 months | Statutory Sick Pay only | None |"])
add("yes_no", "im a sole trader, no staff, do i still need employers liability insurence", PD,
    ["no", "no, sole traders with no employees do not need employer's liability insurance, but must hold the public liability cover for their trade"],
    [("Sole traders with no employees do not need employer's liability insurance but must hold the public liability cover for their trade:", 2)])
add("yes_no", "if ur client hasnt paid zennor yet do i still get paid", PD,
    ["yes", "yes, Zennor never pays on a \"pay when paid\" basis: you are paid even if the client has not yet paid Zennor"],
    [("We never pay on a \"pay when paid\" basis: we pay you even if our client has not yet paid us.", 3)])
add("yes_no", "did the M&E lot get the ok to do their own hot works permits", DX,
    ["no", "no, the meeting did not agree; permits are still issued only by Zennor's authorised persons, and site managers aim to issue one within 30 minutes of a request"],
    ["The meeting did not agree, given the Carrow Street fire: permits are still issued only by Zennor's authorised persons, and site managers will aim to issue a permit within 30 minutes of a request."])
add("yes_no", "can i bring my 10 yr old to look round our new house while its being built", HT,
    ["no", "no, children under 12 cannot come on site; buyers can have up to 2 booked visits with the Site Manager, not on Saturdays"],
    ["Children under 12 cannot come on site, and visits are not possible on Saturdays.",
     "Yes, on a booked visit with the Site Manager, up to 2 visits for each purchase."])
add("yes_no", "live right next to mill quay n my windows r filthy from the dust, will u clean them", HT,
    ["yes", "yes, a free window clean for homes next to the site, up to 4 times a year"],
    ["For windows, we arrange a free window clean for homes next to the site, up to 4 times a year."])
add("yes_no", "do i need a hot works permit for soldering with an electric iron", TX,
    ["no", "no, soldering with an electric iron is not hot work"],
    ["Soldering with an electric iron and cutting with hand tools are not hot work."])
add("yes_no", "can a subbie's supervisor hold the permit for his own lads", TX,
    ["yes", "yes, a subcontractor's supervisor may hold a permit for their own team's work, but may not issue one"],
    ["A subcontractor's supervisor may hold a permit for their own team's work but may not issue one."])

# ---- list (6)
add("list", "wot ppe do i need on site", MD,
    ["a hard hat: white for managers, blue for Zennor site staff, green for apprentices",
     "safety boots with a midsole, and gloves",
     "a hi-vis vest or jacket: yellow, or orange for plant operators and slingers",
     "safety glasses, and ear defenders where the sign says so"],
    ["a hard hat: white for managers, blue for Zennor site staff, green for apprentices;",
     "safety boots with a midsole, and gloves;",
     "a hi-vis vest or jacket: yellow, or orange for plant operators and slingers;",
     "safety glasses, and ear defenders where the sign says so."],
    note="Worn at all times outside the welfare cabins.")
add("list", "wots changed in v4 of the subbie payment policy", PD,
    ["subcontracts under £50,000 paid within 30 days of the application date instead of 45 days",
     "retention on subcontracts over £250,000 is 3% instead of 5%",
     "half the retention released at practical completion instead of all of it at the end of the defects period",
     "employer's liability insurance of at least £10 million for every trade instead of £5 million",
     "applications for payment by the 20th of the month instead of the 25th",
     "RAMS to the Site Manager 5 working days before starting instead of 3 working days",
     "small local subcontractors can ask to be paid within 21 days instead of 28 days"],
    [("Subcontracts under £50,000 are now paid within 30 days of the application date, instead of 45 days.", 1),
     ("Retention on subcontracts over £250,000 is now 3%, instead of 5%.", 1),
     ("Half of the retention is now released at practical completion, instead of all of it at the end of the defects period.", 1),
     ("Employer's liability insurance of at least £10 million is now needed for every trade, instead of £5 million.", 1),
     ("Applications for payment must now reach us by the 20th of the month, instead of the 25th.", 1),
     ("Risk assessments and method statements must now reach the Site Manager 5 working days before you start, instead of 3 working days.", 1),
     ("Small local subcontractors can now ask to be paid within 21 days, instead of 28 days.", 1)])
add("list", "wot gets u a straight red card on site", PD,
    ["working at height without edge protection",
     "doing hot work without a permit",
     "entering a confined space without a permit",
     "being under the influence of drink or drugs",
     "a third unsafe act (after a verbal warning and a yellow card)"],
    [("A third unsafe act, or any serious one, such as working at height without edge protection, doing hot work or entering a confined space without a permit, or being under the influence of drink or drugs: a red card and removal from all our sites for at least 6 months.", 3)],
    note="A red card means removal from all Zennor sites for at least 6 months.")
add("list", "wot actions has dean got from the march meeting", DX,
    ["write to Quayside Court residents about Saturday hours at Mill Quay, by 22 March 2030",
     "update the neighbour FAQ page for Saturday hours at Mill Quay, by 29 March 2030"],
    ["Write to Quayside Court residents about Saturday hours at Mill Quay Dean Probert 22 March 2030",
     "Update the neighbour FAQ page for Saturday hours at Mill Quay Dean Probert 29 March 2030"])
add("list", "wot info do u need if i want to complain", HT,
    ["which site it is about", "the date and time it happened",
     "what happened, with photos or a video if you have them",
     "your name, address and a phone number"],
    ["which site it is about;", "the date and time it happened;",
     "what happened, with photos or a video if you have them;",
     "your name, address and a phone number."])
add("list", "which jobs need a permit", TX,
    ["hot work: welding, flame cutting, grinding, brazing, torch-on roofing felt or anything that makes a flame or sparks",
     "entering a confined space, such as a manhole, chamber, tank, silo or sealed ceiling void",
     "excavation deeper than 1.2 m, or any digging within 3 m of a buried service",
     "work on or within 2 m of a fragile roof or roof light",
     "work on electrical systems that must be isolated",
     "lifting operations with a crane, or a telehandler used as a crane"],
    ["hot work: welding, flame cutting, grinding, brazing, torch-on roofing felt, or anything else that makes a flame or sparks;",
     "entering a confined space, such as a manhole, chamber, tank, silo or sealed ceiling void;",
     "excavation deeper than 1.2 m, or any digging within 3 m of a buried service;",
     "work on or within 2 m of a fragile roof or roof light;",
     "work on electrical systems that must be isolated;",
     "lifting operations with a crane, or with a telehandler used as a crane."],
    note="Soldering with an electric iron and hand-tool cutting are not hot work; hand digging under 300 mm needs no permit but a CAT scan.")

# ---- explanation (6)
add("explanation", "plant op here, feeling rough, how do i call in sick n wot happens after", MD,
    ["Phone the plant yard (01632 960 245) by 06:30, so that your machine and low loader can be given to someone "
     "else; days not reported this way are not paid as sick pay unless you were in hospital. You can self-certify for "
     "up to 7 calendar days and need a fit note after that. Within 2 working days of coming back you have a "
     "return-to-work talk recorded on form RW2. Four absences or 10 working days off in a rolling 12 months start an "
     "attendance review"],
    ["2. **Plant operators:** phone the plant yard by **06:30**, so that your machine and low loader can be given to someone else.",
     "| Sickness, plant operators | Plant yard, Brinsey Lane | 01632 960 245 |",
     "5. You can self-certify for up to **7 calendar days**; after that you need a fit note.",
     "6. Within **2 working days** of coming back, have a return-to-work talk, recorded on form **RW2**.",
     "Four absences, or **10 working days** off, in any rolling 12 months start an attendance review with your manager.",
     "Sick pay is not paid for days you did not report as set out in 5.1, unless you were in hospital."],
    note="Site operatives and apprentices phone the Site Manager by 07:00, site managers their Contracts Manager by 06:45, office staff by 09:30.")
add("explanation", "working away on a job next month, how does the travel n hotel money work", MD,
    ["A daily travel allowance is paid for each day at a site more than 15 miles by road from your base (for example "
     "£14 for plant operators and £11 for site operatives; site managers have a company car and quantity surveyors a "
     "car allowance). Lodging is paid when the site is more than 60 miles from your home or your Contracts Manager "
     "asks you to stay away, and the office books and pays the hotel: £95 a night for site managers and quantity "
     "surveyors, £75 for plant operators and site operatives and £60 for apprentices aged 18 or over, plus an evening "
     "meal of £25 or £20. Apprentices under 18 never stay away overnight. Claim on the payroll portal by the 5th of the "
     "following month, with receipts for meals"],
    ["A daily travel allowance is paid for each day you work at a site more than **15 miles** by road from your base.",
     "Lodging is paid when the site is more than **60 miles** from your home, or when your Contracts Manager asks you to stay away; the office books and pays the hotel.",
     "| Site Manager | None | £95 | £25 | Company car with fuel card |",
     "| Plant Operator | £14 | £75 | £20 | Low loader or crew van from the plant yard |",
     "| Site Operative or Labourer | £11 | £75 | £20 | Crew van if 3 or more travel from the same base |",
     "| Apprentice | £9 | £60, aged 18 or over only | £20 | Crew van, or bus fares refunded |",
     "Apprentices under 18 never stay away overnight.",
     "Claim on the payroll portal by the **5th** of the following month, with receipts for meals."],
    note="The handbook's apprentice travel allowance of £9 a day becomes £12 from 1 April 2030 under the minutes of 11 March 2030.")
add("explanation", "how do i apply for payment n when do i actually get the money", PD,
    ["Submit an application on ZenPass by the 20th of the month (the application date), with a breakdown of the work "
     "done, variations and day work sheets signed by the Site Manager; later ones go into the next month's cycle. The "
     "quantity surveyor values the work within 7 days, a payment notice is issued within 5 days of the application "
     "date, and any pay less notice comes at least 7 days before the final date for payment. Payment is by BACS by "
     "the final date, less retention and any CIS deduction: 30 days after the application date under £50,000, 35 days "
     "for £50,000 to £250,000 and 45 days over £250,000, or 21 days for small local subcontractors who ask. A payment "
     "due on a weekend or bank holiday is made the working day before"],
    [("1. By the 20th of the month, submit your application on ZenPass with a breakdown of the work done, any variations and day work sheets signed by the Site Manager.", 2),
     ("2. Our quantity surveyor values the work within 7 days and may walk the site with you.", 2),
     ("3. We issue a payment notice within 5 days of the application date, showing the sum we consider due and how we worked it out.", 2),
     ("4. If we intend to pay less than the notified sum, we send a pay less notice at least 7 days before the final date for payment, giving our reasons.", 2),
     ("5. We pay by BACS by the final date for payment, less retention and any CIS deduction.", 2),
     ("Under £50,000 30 days after the application date Monthly", 2),
     ("£50,000 to £250,000 35 days after the application date Monthly", 2),
     ("Over £250,000 to £1 million 45 days after the application date Monthly", 2),
     ("Small local subcontractors, with fewer than 10 staff and based within 30 miles of the site, are paid within 21 days of the application date, whatever the subcontract value, if they ask for it on ZenPass.", 3),
     ("A payment that falls due on a weekend or bank holiday is made on the working day before.", 3)])
add("explanation", "why did they put the fire watch up", DX,
    ["On 14 February at Carrow Street Health Centre, insulation smouldering behind a soffit was found 70 minutes after "
     "brazing of copper pipes had stopped, after the 60-minute fire watch had ended; it was put out with an "
     "extinguisher and nobody was hurt. So from Monday 18 March 2030 the fire watch after hot work lasts 90 minutes "
     "after the work stops instead of 60; hot work permits are still valid for one shift, up to 8 hours"],
    ["On 14 February at Carrow Street Health Centre, insulation smouldering behind a soffit was found 70 minutes after brazing of copper pipes had stopped, after the 60-minute fire watch had ended.",
     "Bethany Cole's team put it out with an extinguisher and nobody was hurt.",
     "The meeting agreed that from Monday 18 March 2030 the fire watch after hot work lasts 90 minutes after the work stops, instead of 60 minutes.",
     "Hot work permits are still valid for one shift, up to 8 hours, and the other permits do not change."])
add("explanation", "my kid goes to lowen park primary, how r u keeping the building work safe round the school", HT,
    ["The site is fenced off from the playground with 2.4-metre solid hoarding; site vehicles use a separate gate on "
     "Lowen Road, never the school gate, and every vehicle is guided by a trained banksman. All staff on the school "
     "site have an enhanced DBS check, and each class gets a safety talk before the summer term. There are no "
     "deliveries or crane lifts at the start and end of the school day, 08:30 to 09:15 and 14:45 to 15:30, and the "
     "site works Saturdays only in the school holidays"],
    ["The site is fenced off from the playground with 2.4-metre solid hoarding, and we agreed the following with the head teacher:",
     "our vehicles use the separate site gate on Lowen Road, never the school gate;",
     "every vehicle is guided in and out by a trained banksman;",
     "all our staff on the school site have an enhanced DBS check;",
     "we give a safety talk to each class before the summer term.",
     "At Lowen Park there are no deliveries or crane lifts at the start and end of the school day, 08:30 to 09:15 and 14:45 to 15:30.",
     "Lowen Park Primary School, Pelworth 07:30 to 17:00 School holidays only, 08:00 to 13:00 No work"])
add("explanation", "site manager here, first time issuing a permit, wot do i actually do", TX,
    ["The permit holder (the person in charge of the work) asks for it by 15:00 on the working day before. You and "
     "the holder visit the work area together and check the RAMS, the isolations and the emergency arrangements. You "
     "complete the permit on SiteSafe with the exact location, the work, the hazards, the precautions and the start "
     "and end times; you both sign, and the holder briefs everyone doing the work, who sign the back. A copy is "
     "displayed at the work area while the permit is open, and you enter the permit number in the permit register "
     "on SiteSafe. You must have passed the permit to work course to issue hot work, confined space, excavation and "
     "fragile roof permits"],
    ["1. The permit holder, the person in charge of the work, asks for the permit by 15:00 on the working day before.",
     "2. The issuer and the holder visit the work area together and check the RAMS, the isolations and the emergency arrangements.",
     "3. The issuer completes the permit on SiteSafe: the exact location, the work, the hazards, the precautions, and the start and end times.",
     "4. The issuer and the holder both sign. The holder briefs everyone doing the work, who sign the back of the permit.",
     "5. A copy is displayed at the work area for as long as the permit is open.",
     "6. The issuer enters the permit number in the permit register on SiteSafe.",
     "Site managers and assistant site managers who have passed our permit to work course are authorised persons and may issue hot work, confined space, excavation and fragile roof permits."])

# ---- unanswerable (6)
add("unanswerable", "how much paternity leave do i get", MD, [], [], subtype="near_miss",
    note="The handbook gives annual leave, sick pay, study days for apprentices and the Christmas shutdown, but nothing on paternity or parental leave.")
add("unanswerable", "wots the day work rate for a labourer", PD, [], [], subtype="near_miss",
    note="The policy says day work is paid at the labour rates in the subcontract order plus 15% on materials and 10% on plant, but gives no hourly or daily rate.")
add("unanswerable", "how much did it cost to sort the damage from the carrow st fire", DX, [], [], subtype="near_miss",
    note="The minutes describe the smouldering insulation at Carrow Street on 14 February and the 90-minute fire watch, but give no cost of damage.")
add("unanswerable", "how many of the hatherley fields houses r shared ownership", HT, [], [], subtype="near_miss",
    note="The FAQ gives 84 new homes in three phases, with phase 2 due in November 2030, but no split by tenure.")
add("unanswerable", "how long is the permit to work course", TX, [], [], subtype="near_miss",
    note="The procedure says authorised persons must pass the course and refresh it every 3 years, but not how long it takes.")
add("unanswerable", "who won the darts at the xmas do", None, [], [], subtype="off_topic",
    note="Not covered by any document.")

# ---- summary (2)
add("summary", "give us the gist of the subbie payment policy", PD, [
    "SC-03 version 4, approved by the Board on 10 December 2029 for subcontract orders issued from Monday 7 January 2030 and owned by the Commercial Director, sets out how Zennor pays subcontractors and what it needs from them on its Pelworth and Kestlemoor sites; it does not cover material suppliers or plant hire companies",
    "Version 4 pays subcontracts under £50,000 within 30 days (from 45), cuts retention over £250,000 to 3% (from 5%), releases half the retention at practical completion, needs £10 million employer's liability for every trade (from £5 million), moves the application deadline to the 20th (from the 25th), needs RAMS 5 working days before starting (from 3) and lets small local subcontractors ask for 21 days (from 28)",
    "Subcontractors must be approved on ZenPass (documents checked within 10 working days, CIS status verified, approval for 12 months), send RAMS to the Site Manager at least 5 working days before starting and book an induction for each operative, who needs a valid CSCS card",
    "Insurance minimums by trade: £10 million employer's liability for all; public liability of £10 million for scaffolding, steel frame erection and demolition, £5 million for groundworks, roofing and mechanical and electrical, and £2 million for finishing trades and labour-only; £2 million professional indemnity for design work",
    "Applications go in on ZenPass by the 20th; the work is valued within 7 days, a payment notice follows within 5 days and any pay less notice at least 7 days before the final date for payment, which is 30 days under £50,000, 35 days for £50,000 to £250,000 and 45 days over £250,000 (21 days for small local subcontractors who ask); Zennor never pays on a pay when paid basis",
    "CIS is deducted from labour at 0%, 20% or 30%; retention is none under £50,000, 5% up to £250,000 and 3% over £250,000 or for mechanical and electrical over £50,000, with half released at practical completion and half after a 12-month defects period (24 months for mechanical and electrical)",
    "Unsafe acts lead to a verbal warning, then a yellow card, then a red card and removal from all sites for at least 6 months (serious breaches go straight to a red card); work by operatives without a CSCS card or induction is not paid",
    "Extra work needs a written instruction, priced within 10 working days; day work sheets must be signed by the next working day; the final account is due within 3 months; for late payment contact Accounts Payable on 01632 960 233 and then the Supply Chain Manager, with interest at 8% over base rate, suspension on 7 days' notice and adjudication available"],
    [("Policy SC-03, version 4.", 1),
     ("Approved by the Board on 10 December 2029 and in force for subcontract orders issued from Monday 7 January 2030", 1),
     ("It does not apply to suppliers who only deliver materials or to plant hire companies", 1),
     ("Subcontracts under £50,000 are now paid within 30 days of the application date, instead of 45 days.", 1),
     ("Retention on subcontracts over £250,000 is now 3%, instead of 5%.", 1),
     ("Employer's liability insurance of at least £10 million is now needed for every trade, instead of £5 million.", 1),
     ("Applications for payment must now reach us by the 20th of the month, instead of the 25th.", 1),
     ("2. Our Supply Chain team checks your documents within 10 working days and verifies your CIS status with HMRC.", 1),
     ("4. Send your risk assessments and method statements (RAMS) to the Site Manager at least 5 working days before you start.", 1),
     ("Approval lasts 12 months.", 2),
     ("Scaffolding £10 million £10 million Not needed", 2),
     ("Roofing and cladding £10 million £5 million Not needed", 2),
     ("Plastering, drylining and decorating £10 million £2 million Not needed", 2),
     ("Mechanical and electrical £10 million £5 million £2 million (design only)", 2),
     ("3. We issue a payment notice within 5 days of the application date", 2),
     ("Under £50,000 30 days after the application date Monthly", 2),
     ("£50,000 to £250,000 35 days after the application date Monthly", 2),
     ("We never pay on a \"pay when paid\" basis", 3),
     ("0% for subcontractors with gross payment status, 20% for registered subcontractors and 30% for subcontractors who are not registered.", 3),
     ("£50,000 to £250,000 5% 2.5% released 2.5% after 12 months", 3),
     ("Mechanical and electrical over £50,000 3% 1.5% released 1.5% after 24 months", 3),
     ("a red card and removal from all our sites for at least 6 months.", 3),
     ("Send us your price for each instruction within 10 working days of receiving it.", 4),
     ("You may claim interest at 8% over the Bank of England base rate", 4)])
add("summary", "wot did the h&s committee decide in march", DX, [
    "From Saturday 6 April 2030 Saturday work at Mill Quay ends at 12:00 instead of 13:00, with no disc cutting or breaking on Saturdays; weekday hours at Mill Quay and the other sites' Saturday hours are unchanged",
    "From Monday 18 March 2030 the fire watch after hot work lasts 90 minutes instead of 60; hot work permits are still valid for one shift, up to 8 hours",
    "From Wednesday 1 May 2030 roofing and cladding subcontractors need public liability insurance of at least £10 million instead of £5 million; other trades are unchanged",
    "From Monday 1 April 2030 apprentices' daily travel allowance goes up from £9 to £12; the £14 for plant operators and £11 for site operatives are unchanged",
    "Rejected: letting subcontractors' own supervisors issue hot work permits",
    "Deferred: cameras and proximity sensors for dumpers and telehandlers (Board capital meeting, 24 April 2030), a four-day summer week at Hatherley Fields (Operations Board, 8 April 2030) and a £150 boot allowance (pay review, June 2030)"],
    ["From Saturday 6 April 2030 Saturday work at Mill Quay ends at 12:00, instead of 13:00, with no disc cutting or breaking on Saturdays; weekday hours at Mill Quay and the other sites' Saturday hours do not change.",
     "From Monday 18 March 2030 the fire watch after hot work lasts 90 minutes, instead of 60 minutes; hot work permits are still valid for one shift, up to 8 hours.",
     "From Wednesday 1 May 2030 roofing and cladding subcontractors must hold public liability insurance of at least £10 million, instead of £5 million; the minimums for other trades do not change.",
     "From Monday 1 April 2030 the daily travel allowance for apprentices goes up from £9 to £12; the £14 for plant operators and the £11 for site operatives do not change.",
     "Subcontractors' own supervisors may not issue hot work permits; the proposal was not agreed.",
     "Deferred: cameras and proximity sensors for dumpers and telehandlers (Board capital meeting, 24 April 2030), a four-day summer week at Hatherley Fields (Operations Board, 8 April 2030) and a £150 boot allowance (pay review, June 2030)."])

# ---- conversations (4)
def turn(n, type, q, doc, answers, evidence):
    ev = [{"quote": e[0], "page": e[1]} if isinstance(e, tuple) else {"quote": e} for e in evidence]
    return {"turn": n, "type": type, "q": q, "doc": doc, "answerable": True, "answers": answers, "evidence": ev}
items.append({"id": f"zn-{len(items)+1:03d}", "type": "conversation", "doc": MD, "turns": [
    turn(1, "factual", "how much travel money do plant ops get a day", MD,
         ["£14", "£14 a day, for each day at a site more than 15 miles by road from their base"],
         ["| Plant Operator | £14 | £75 | £20 | Low loader or crew van from the plant yard |",
          "A daily travel allowance is paid for each day you work at a site more than **15 miles** by road from your base."]),
    turn(2, "factual", "n for apprentices?", MD,
         ["£9", "£9 a day, or their actual bus fares instead, with tickets"],
         ["| Apprentice | £9 | £60, aged 18 or over only | £20 | Crew van, or bus fares refunded |",
          "Apprentices who travel by bus may claim their actual fares instead of the daily allowance, with tickets."]),
    turn(3, "yes_no", "kieran said the apprentice one is going up, is that right", DX,
         ["yes", "yes, from £9 to £12 a day from Monday 1 April 2030"],
         ["The meeting agreed that from Monday 1 April 2030 the daily travel allowance for apprentices goes up from £9 to £12."]),
    turn(4, "yes_no", "plant ops getting more too?", DX,
         ["no", "no, the plant operators' £14 a day does not change (nor the site operatives' £11)"],
         ["The allowances for plant operators (£14) and site operatives (£11) do not change, and apprentices can still claim their actual bus fares instead."]),
]})
items.append({"id": f"zn-{len(items)+1:03d}", "type": "conversation", "doc": PD, "turns": [
    turn(1, "factual", "wot public liability cover do i need as a roofing subbie", PD,
         ["£5 million", "£5 million public liability, plus £10 million employer's liability"],
         [("Roofing and cladding £10 million £5 million Not needed", 2)]),
    turn(2, "factual", "n for scafolders?", PD,
         ["£10 million", "£10 million public liability (and £10 million employer's liability)"],
         [("Scaffolding £10 million £10 million Not needed", 2)]),
    turn(3, "factual", "heard the roofing one is going up after that tile came off at mill quay, up to wot", DX,
         ["£10 million", "at least £10 million, instead of £5 million, for new subcontract orders from Wednesday 1 May 2030"],
         ["The meeting agreed that from Wednesday 1 May 2030 roofing and cladding subcontractors must hold public liability insurance of at least £10 million, instead of £5 million, for new subcontract orders."]),
]})
items.append({"id": f"zn-{len(items)+1:03d}", "type": "conversation", "doc": TX, "turns": [
    turn(1, "factual", "how long is a hot works permit good for", TX,
         ["1 shift, up to 8 hours", "one shift, up to 8 hours; it is never renewed, so the next shift needs a new permit"],
         ["Hot work Red Site Manager 1 shift, up to 8 hours",
          "Hot work and fragile roof permits are never renewed: start a new permit for the next shift."]),
    turn(2, "factual", "n how long do we keep the fire watch going after", TX,
         ["60 minutes", "60 minutes after the hot work stops, by a named fire watcher"],
         ["A named fire watcher stays at the work area during the work and for 60 minutes after it stops, checking behind panels, above ceilings and below floors.",
          "Fire watch after hot work ............ 60 minutes after the work stops"]),
    turn(3, "yes_no", "is that changing after the carrow st fire?", DX,
         ["yes", "yes, from Monday 18 March 2030 the fire watch lasts 90 minutes after the work stops, instead of 60 minutes"],
         ["The meeting agreed that from Monday 18 March 2030 the fire watch after hot work lasts 90 minutes after the work stops, instead of 60 minutes."]),
    turn(4, "yes_no", "so does the permit last longer as well?", DX,
         ["no", "no, hot work permits are still valid for one shift, up to 8 hours"],
         ["Hot work permits are still valid for one shift, up to 8 hours, and the other permits do not change."]),
]})
items.append({"id": f"zn-{len(items)+1:03d}", "type": "conversation", "doc": HT, "turns": [
    turn(1, "factual", "wot time does mill quay start up on a saturday", HT,
         ["08:00", "08:00, with noisy work such as breaking, piling and disc cutting not before 09:00"],
         ["Mill Quay, Pelworth 08:00 to 18:00 08:00 to 13:00 No work",
          "Noisy work, such as breaking, piling and disc cutting, does not start before 08:00 on weekdays or 09:00 on Saturdays."]),
    turn(2, "factual", "n wot time do they have to stop", HT,
         ["13:00"],
         ["Mill Quay, Pelworth 08:00 to 18:00 08:00 to 13:00 No work"]),
    turn(3, "yes_no", "my neighbour reckons they're finishing earlier on sats from april, true?", DX,
         ["yes", "yes, from Saturday 6 April 2030 Saturday work at Mill Quay ends at 12:00 instead of 13:00, with no disc cutting or breaking on Saturdays"],
         ["The meeting agreed that from Saturday 6 April 2030 work at Mill Quay on Saturdays ends at 12:00, instead of 13:00, and that no disc cutting or breaking is done there on Saturdays at all."]),
]})
json.dump({"items": items}, open(HERE / "dev.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
import collections
print(len(items), collections.Counter(i["type"] for i in items),
      sum(len(i["turns"]) if i["type"] == "conversation" else 1 for i in items), "judged rows")
