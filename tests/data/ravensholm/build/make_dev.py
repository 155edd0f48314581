"""Writes dev.json for the ravensholm held-out set: questions written from the documents in docs/ before any product
run. Same schema as alderley (and yarrowby, wrenfield, hollowbrook and the earlier sets)."""
from pathlib import Path
HERE = Path(__file__).resolve().parents[1]  # tests/data/ravensholm
import json
MD, PD, DX, HT, TX = ("staff-handbook.md", "trade-customer-policy.pdf", "management-team-minutes-2031-03-11.docx",
                      "visitor-faq.html", "product-recall-procedure.txt")
items = []
def add(type, q, doc, answers, evidence, **kw):
    ev = [{"quote": e[0], "page": e[1]} if isinstance(e, tuple) else {"quote": e} for e in evidence]
    it = {"id": f"rv-{len(items)+1:03d}", "type": type, "q": q, "doc": doc, "answerable": type != "unanswerable",
          "answers": answers, "evidence": ev}
    it.update(kw)
    items.append(it)
    return it

# ---- factual (19)
add("factual", "whats the most a dray driver can get paid", MD,
    ["£31,000", "£31,000 at the top of grade R3 (£28,200 to £31,000), plus a £750 a year licence allowance"],
    ["| Dray Driver | R3 | £28,200 – £31,000 | 6 months |",
     "Dray drivers also get a **licence allowance of £750** a year, which covers the driver CPC course and medicals."],
    note="Packaging and cellar operatives are R2 (£24,600 to £26,800); brewers and quality technicians R4 (£30,500 to £34,200).")
add("factual", "started here 7 years ago, how many days holiday am i on", MD,
    ["28 days", "28 days a year (6 to 9 years' service), on top of the eight bank holidays, with up to 5 days to carry over; three days are kept for the Christmas closure"],
    ["| 6 to 9 years | 28 days | Up to 5 days |",
     "On top of the **eight bank holidays**, full-time staff get\nannual leave depending on completed years of service on 1 January"],
    note="25 days under 3 years, 26 days for 3 to 5 years, 30 days from 10 years; part-time staff pro rata.")
add("factual", "cellar op at the harrowfield depot, what time do i knock off", MD,
    ["16:00", "16:00, working 07:30 to 16:00"],
    ["| Cellar Operative | 07:00 – 15:30 at the brewery (Harrowfield: 07:30 – 16:00) | Cask washing and racking |"],
    note="Cellar operatives at the brewery work 07:00 to 15:30, like packaging operatives.")
add("factual", "been with the company 2 yrs and off sick, how long am i on full pay", MD,
    ["6 weeks", "6 weeks' full pay and then 6 weeks' half pay in any rolling 12 months (1 year to under 3 years' service)"],
    ["| 1 year to under 3 years | 6 weeks | 6 weeks |",
     "Company sick pay is full pay and then half pay in any rolling 12 months, depending on your length of service:"],
    note="2 weeks from 3 months to 1 year, 10 weeks for 3 to 5 years, 16 weeks from 5 years; SSP only under 3 months.")
add("factual", "wots the deposit on a kilderkin", PD,
    ["£45", "£45 (the lost container charge is £140)"],
    [("Kilderkin 144 pints (18 gallons) £45 £140", 2)],
    note="A firkin is £35 and a pin £30; kegs are £40.")
add("factual", "we're a pub in greyhope, what day do you deliver out to us", PD,
    ["Wednesday", "Wednesday only (Greyhope is in Zone C, delivered from the Harrowfield depot)"],
    [("C Greyhope, Aldwick Moor, Nether Skelby, Thornsett Wednesday only From £250", 2),
     ("Zone A is delivered from the brewery, Zones B and C from our Harrowfield depot", 2)])
add("factual", "whats the latest i can get an order in for delivery tomorow", PD,
    ["11:00", "by 11:00 on the working day before delivery (it used to be 14:00); in the two weeks before Christmas, by 11:00 two working days before"],
    [("Orders for next-day delivery must now reach us by 11:00 on the working day before, instead of 14:00.", 1),
     ("In the two weeks before Christmas, orders must reach us by 11:00 two working days before delivery.", 2)])
add("factual", "how much do u charge to clean our lines", PD,
    ["£28", "£28 a visit for up to 4 lines and £5 for each further line; free for customers taking at least 10 containers a month"],
    [("Line cleaning visit, up to 4 lines £28", 3),
     ("Line cleaning, each further line £5", 3),
     ("Customers who take at least 10 containers of our beer a month get line cleaning free.", 3)])
add("factual", "how much did the sidings tap take in feb", DX,
    ["£38,900", "£38,900 (the Millrace Taproom took £61,400)"],
    ["The Millrace Taproom took £61,400 and the Sidings Tap £38,900."])
add("factual", "who's writing the board paper on the new fermenters and when is it due", DX,
    ["Ruth Ashdown, by 10 April 2031"],
    ["Board paper on four new fermenting vessels Ruth Ashdown 10 April 2031"],
    note="The Board meets on 24 April 2031 about the four 60-hectolitre vessels, about £210,000.")
add("factual", "when n where is the next management team meeting", DX,
    ["Tuesday 8 April 2031 at 09:30 at Harrowfield depot, Unit 4, Cinder Lane, Harrowfield"],
    ["The next meeting of the Management Team is on Tuesday 8 April 2031 at 09:30 at Harrowfield depot, Unit 4, Cinder Lane, Harrowfield."])
add("factual", "what time does the sidings tap close on a saturday night", HT,
    ["23:30", "23:30 (it opens at 12:00 on Fridays and Saturdays); last orders 30 minutes before closing"],
    ["The Sidings Tap Friday and Saturday 12:00 to 23:30",
     "Last orders are\n30 minutes before closing."],
    note="The Millrace Taproom closes at 23:00 on Fridays and Saturdays.")
add("factual", "how much is postage if i order beer off the website", HT,
    ["£6.95", "£6.95 to the UK mainland, free on orders over £60"],
    ["Delivery to the UK mainland costs £6.95, and it is free on orders over £60."])
add("factual", "how much to hire the loft for a saturday night do", HT,
    ["£150", "£150 on a Friday or Saturday evening, with a £100 deposit; free from Sunday to Thursday with at least £400 spent at the bar"],
    ["It costs £150 on a Friday or\nSaturday evening, and from Sunday to Thursday it is free if your group spends at least £400 at the bar.",
     "we take a £100 deposit, refunded in full if you cancel at least 14 days before."])
add("factual", "got a gift card for xmas, how long have i got to use it", HT,
    ["24 months", "24 months; it can be spent in both taprooms, the brewery shop and on tours, but not in the online shop"],
    ["A gift card lasts 24 months and can be spent in both taprooms, in\nthe brewery shop and on tours, but not in the online shop."])
add("factual", "how fast does stock have to be held for a level 2", TX,
    ["within 4 hours", "within 4 hours of the problem first being reported"],
    ["2 Withdrawal  with trade         4 hours     24 hours        Head of Quality",
     "Times for holding stock run from\nwhen the problem is first reported"],
    note="Levels 1 and 3 hold stock within 1 hour.")
add("factual", "max amount of beer we can pour down the drain in a day", TX,
    ["10 hectolitres", "up to 10 hectolitres a day under the trade effluent consent, slowly and with the pH checked; larger amounts go by Harling Environmental tanker"],
    ["Up to 10 hectolitres a day may go to drain under our\ntrade effluent consent, slowly and with the pH checked.",
     "Larger\namounts are collected by Harling Environmental."])
add("factual", "how long do we hang on to recall records", TX,
    ["6 years"],
    ["Records kept ........................ 6 years"])
add("factual", "where's the quarentine bay at harrowfield", TX,
    ["bay 14", "bay 14 at Harrowfield depot (at the brewery it is bay Q1, next to the cold store)"],
    ["quarantine bay: bay Q1 next to the cold store at the\n       brewery, or bay 14 at Harrowfield depot."])

# ---- yes/no (9: 5 no, 4 yes)
add("yes_no", "i do the keyholder rota at harrowfield, do i get a call out payment", MD,
    ["no", "no, alarm keyholders get no call-out payment but take time off in lieu for time on site"],
    ["| Alarm keyholder (Harrowfield) | £16 | £55 | £30 a day | No call-out payment; time off in lieu for time on site |"],
    note="Brewers and quality technicians get £35 a call-out plus time and a half.")
add("yes_no", "can my partner use my staff discount if we go to the taproom together", MD,
    ["yes", "yes, 25% off in both taprooms and the shop for you and up to three guests (not on tour tickets)"],
    ["**25% off** in both taprooms and the shop, for you and up to three guests, but not on tour tickets."])
add("yes_no", "firkin went sour but we tapped it 4 days ago, can we claim it back", PD,
    ["no", "no, beer served from a cask tapped more than 3 days before is not credited"],
    [("We do not credit beer that is past its best before date, was kept above 13C in the cellar, or was served from a cask tapped more than 3 days before.", 3)])
add("yes_no", "just opened our account, do we have to pay on delivery", PD,
    ["yes", "yes, new accounts pay on delivery, by card or bank transfer, for their first 3 months (it used to be 6); after that, within 30 days of the invoice"],
    [("New accounts pay on delivery, by card or bank transfer, for their first 3 months.", 4),
     ("New accounts now pay on delivery for their first 3 months, instead of their first 6 months.", 1)])
add("yes_no", "did the tour price go up to £18", DX,
    ["no", "no, the rise from £15 to £18 was not agreed; the tour price stays at £15"],
    ["The meeting did not agree: the tour price stays at £15."])
add("yes_no", "can i bring my 16 yr old on the brewery tour with me", HT,
    ["no", "no, everyone on a tour must be 18 or over; under-18s can come into the taprooms with an adult until 20:00"],
    ["Everyone on a tour must be 18 or over, and we ask for photo ID from anyone who looks under 25.",
     "Under-18s are welcome in both taprooms with an adult until 20:00. They cannot come on brewery tours"])
add("yes_no", "can i bring my dog inside the sidings tap", HT,
    ["no", "no, because the Sidings Tap has its own kitchen dogs are allowed in its beer garden only (assistance dogs are welcome everywhere)"],
    ["Because the Sidings Tap has its own kitchen, dogs there are allowed in the beer garden\nonly. Assistance dogs are welcome everywhere."],
    note="Dogs on a lead are welcome inside the Millrace Taproom.")
add("yes_no", "found a swollen can in the warehouse, none of the batch has gone out yet, is it still a level 3", TX,
    ["yes", "yes, any safety risk such as swelling cans is Level 3 wherever the beer is"],
    ["Any safety risk, such as glass, swelling cans, a foreign body\nor an allergen missing from the label, is Level 3 wherever the\nbeer is."])
add("yes_no", "brewer on call, it's 2am and a batch smells off, can i hold it myself", TX,
    ["yes", "yes, out of hours the brewer on call can start a Level 1 hold and then phones the Head Brewer"],
    ["Out of hours, the brewer on call can start a Level 1 hold and\nthen phones the Head Brewer."])

# ---- list (6)
add("list", "what perks do staff get", MD,
    ["pension: you pay 5% of pay and we pay 6%, or 8% if you pay 6% or more",
     "a share of profits through the employee ownership trust, paid in June to everyone with at least 6 months' service",
     "25% off in both taprooms and the shop, for you and up to three guests (not on tour tickets)",
     "a staff beer allowance of one case of 12 cans a month from the core range",
     "the free, confidential Employee Assistance Line, 24 hours a day",
     "long service awards: an extra day's leave and a £300 voucher at 5 years, and £750 at 10 years"],
    ["Pension: you pay **5%** of pay and we pay **6%**, or **8%** if you pay 6% or more.",
     "A share of profits through the employee ownership trust, paid in **June** each year to everyone with at least 6\n  months' service.",
     "**25% off** in both taprooms and the shop, for you and up to three guests, but not on tour tickets.",
     "A staff beer allowance of **one case of 12 cans a month** from our core range, collected from the shop.",
     "The free, confidential **Employee Assistance Line**, 24 hours a day.",
     "A long service award: an extra day's leave and a **£300** voucher at 5 years, and **£750** at 10 years."])
add("list", "what's changed in the new version of the trade policy", PD,
    ["next-day orders by 11:00 on the working day before, instead of 14:00",
     "free delivery in Zones A and B from £180 instead of £150, and in Zone C from £250 instead of £200",
     "the charge for a delivery below the minimum is £15 instead of £12",
     "the deposit on a firkin is £35 instead of £20, and on a keg £40 instead of £30",
     "containers are charged for if not returned within 8 weeks instead of 12 weeks",
     "ullage claims must arrive within 5 working days of delivery instead of 10",
     "new accounts pay on delivery for their first 3 months instead of 6 months"],
    [("Orders for next-day delivery must now reach us by 11:00 on the working day before, instead of 14:00.", 1),
     ("Free delivery in Zones A and B now needs an order of at least £180 before VAT, instead of £150. In Zone C it now needs £250, instead of £200.", 1),
     ("The charge for a delivery below the free delivery minimum is now £15, instead of £12.", 1),
     ("The deposit on a firkin is now £35, instead of £20, and on a keg £40, instead of £30.", 1),
     ("We now charge for containers that are not returned within 8 weeks, instead of 12 weeks.", 1),
     ("Claims for faulty beer (ullage) must now reach us within 5 working days of the delivery, instead of 10.", 1),
     ("New accounts now pay on delivery for their first 3 months, instead of their first 6 months.", 1)])
add("list", "what do you want us to do in the cellar to keep your beer right", PD,
    ["keep the cellar between 11C and 13C, and kegs and bag-in-box at the same temperature or colder",
     "put casks on the stillage on arrival, vent with a soft spile and let them settle at least 24 hours before tapping",
     "use each cask within 3 days of tapping and sell the oldest stock first",
     "clean beer lines at least every 7 days and keep a record",
     "keep gas cylinders chained upright, away from the cellar steps"],
    [("keep the cellar between 11C and 13C, and kegs and bag-in-box at the same temperature or colder;", 3),
     ("put casks on the stillage as soon as they arrive, vent them with a soft spile and leave them to settle for at least 24 hours before tapping;", 3),
     ("use each cask within 3 days of tapping, and sell the oldest stock first;", 3),
     ("clean beer lines at least every 7 days, and keep a record of the cleaning;", 3),
     ("keep gas cylinders chained upright, away from the cellar steps.", 3)],
    note="Account managers give cellar care training free.")
add("list", "what got put off till later at the march meeting", DX,
    ["four new fermenting vessels, about £210,000, to the Board on 24 April 2031",
     "a four-day week trial for the packaging team, to the People Committee on 20 May 2031",
     "opening the Sidings Tap on Mondays, to the April meeting"],
    ["Deferred: four new fermenting vessels (Board, 24 April 2031), a four-day week trial for the packaging team (People Committee, 20 May 2031) and opening the Sidings Tap on Mondays (April meeting).",
     "Ruth Ashdown presented the case for four new 60-hectolitre fermenting vessels, at a cost of about £210,000",
     "As it is capital spending over £50,000, the proposal was deferred to the Board on Thursday 24 April 2031."])
add("list", "whats included in a tour ticket", HT,
    ["a walk through the brewhouse, the fermenting room and the packaging hall with a brewer",
     "a look at the malt store, tasting the grains and smelling the hops",
     "four tasters of beer, each a third of a pint",
     "a Ravensholm glass to take home"],
    ["a walk through the brewhouse, the fermenting room and the packaging hall with one of our brewers;",
     "a look at the malt store, with a chance to taste the grains and smell the hops;",
     "four tasters of our beer, each a third of a pint;",
     "a Ravensholm glass to take home."],
    note="A ticket is £15; designated drivers pay £9 and get soft drinks.")
add("list", "ringing a pub about a level 2 withdrawal, what do i need to tell them", TX,
    ["which beer and batch code, and how many containers our records show they have",
     "that it is a quality problem and not a safety one, if that is the case",
     "to stop serving it now and not to pour it away",
     "when we will collect it",
     "that they will be credited in full, with no claim needed"],
    ["which beer and which batch code, and how many containers\n      our records show they have;",
     "that it is a quality problem and not a safety one, if\n      that is the case;",
     "to stop serving it now, and not to pour it away;",
     "when we will collect it;",
     "that they will be credited in full, with no claim needed."],
    note="Never guess at the cause; questions from journalists go to the Managing Director.")

# ---- explanation (6)
add("explanation", "on call n vesselwatch just went off at midnight, what do i actually do", MD,
    ["Acknowledge the alarm in VesselWatch within 15 minutes; check the readings remotely and, if it cannot be fixed "
     "from the app, get to the brewery within 45 minutes; never go into the fermenting room or cold store alone while "
     "a CO2 alarm is sounding, but wait for the second person on call and use the lab's portable monitor; and record "
     "what happened and any beer at risk in the brewing log before your next shift. If the call-out keeps you after "
     "midnight, you start your next shift 10 hours after you leave, with no loss of pay"],
    ["1. Acknowledge the alarm in VesselWatch within **15 minutes**.",
     "2. Check the readings remotely and, if the problem cannot be fixed from the app, get to the brewery within **45\n   minutes**.",
     "3. Never enter the fermenting room or the cold store alone when a CO2 alarm is sounding. Wait for the second\n   person on call, and use the portable monitor from the lab.",
     "4. Record what happened, and any beer at risk, in the brewing log before your next shift.",
     "If a call-out keeps you at work\nafter midnight, you start your next shift **10 hours** after you leave, with no loss of pay."])
add("explanation", "im a drayman and feel rough, whats the process for calling in sick", MD,
    ["Phone the transport office by 04:45 so that your round can be covered (it is answered from 04:30); a text or "
     "email is not enough. You can self-certify for up to 7 calendar days and need a fit note after that. Within 2 "
     "working days of coming back you have a return-to-work chat with your manager, recorded on form RW2. Three "
     "absences or 6 working days off in a rolling 12 months start an attendance review"],
    ["1. **Dray drivers:** phone the transport office by **04:45**, so that your round can be covered. The office phone\n   is answered from 04:30.",
     "A text or email is not enough.",
     "5. You can self-certify for up to **7 calendar days**; after that you need a fit note.",
     "6. Within **2 working days** of coming back, have a return-to-work chat with your manager, recorded on form **RW2**.",
     "Three absences, or **6 working days** off, in any rolling 12 months start an attendance review with your manager."],
    note="Brewers, packaging and cellar staff phone the production planner at least 1 hour before the shift; taproom staff the Taproom Manager 3 hours before.")
add("explanation", "got a bad cask, how do i go about claiming for it", PD,
    ["Stop serving the beer and keep the container, without pouring the beer away, as the lab needs a sample. Claim in "
     "RavenTrade or by phoning the trade desk within 5 working days of the delivery, giving the batch code on the cask "
     "label (starting RB) and how much beer is left. Mark the container ULLAGE with the claim number and the driver "
     "collects it on the next delivery. The lab tests it within 3 working days of it coming back and, if the fault is "
     "the brewery's, the full price of the container is credited on the next invoice. At least half of the beer must "
     "still be in the container, and beer past its best before date, kept above 13C or from a cask tapped more than 3 "
     "days before is not credited"],
    [("1. Stop serving the beer and keep the container. Do not pour the beer away, as our lab needs a sample.", 3),
     ("2. Claim in RavenTrade or phone the trade desk within 5 working days of the delivery, giving the batch code on the cask label, which starts RB, and how much beer is left.", 3),
     ("3. Mark the container ULLAGE with your claim number. The driver collects it on your next delivery.", 3),
     ("4. Our lab tests the beer within 3 working days of it coming back. If the fault is ours, we credit the full price of the container on your next invoice.", 3),
     ("We credit a claim only if at least half of the beer is still in the container.", 3),
     ("We do not credit beer that is past its best before date, was kept above 13C in the cellar, or was served from a cask tapped more than 3 days before.", 3)])
add("explanation", "why do we have to phone pubs quicker now on a level 2", DX,
    ["On Wednesday 19 February a batch of Moorcock Mild, RB4471, was withdrawn from trade for a haze (a Level 2 "
     "withdrawal); 63 firkins had gone to 31 customers. The stock was held within 2 hours, but some customers heard "
     "22 hours after the hold and 11 had already served some of the beer, and most customers want a phone call the "
     "same day. So from Monday 17 March 2031 trade customers must be told within 12 hours of the hold instead of 24 "
     "hours; Level 1 and Level 3 times do not change, and Imogen will update QP-04 and brief the trade desk"],
    ["On Wednesday 19 February a batch of Moorcock Mild, RB4471, was withdrawn from trade because of a haze: a Level 2 withdrawal under QP-04.",
     "63 firkins had gone to 31 customers.",
     "The stock was held within 2 hours, but some customers heard from us 22 hours after the hold, and 11 of them had already served some of the beer.",
     "The meeting agreed that from Monday 17 March 2031 trade customers must be told about a Level 2 withdrawal within 12 hours of the hold, instead of 24 hours.",
     "The times for Level 1 and Level 3 do not change."])
add("explanation", "how does the growler thing work", HT,
    ["Buy a 2-litre growler for £8 at either taproom and it is filled with any cask or keg beer on the bar, at the "
     "price per litre on the board. Bring it back clean to have it refilled. Other breweries' growlers are not filled, "
     "and empty cans or bottles are not taken back"],
    ["Buy one of our 2-litre growlers for £8 at either taproom, and we fill it with any cask or keg beer on the\nbar, at the price per litre on the board.",
     "Bring it back clean and we refill it.",
     "We do not fill other breweries'\ngrowlers, and we cannot take back empty cans or bottles; please recycle them."])
add("explanation", "how do i put a batch on hold", TX,
    ["Stop packing, loading or sending out the batch and tell your supervisor or the duty manager; put a red HOLD tag "
     "on every container, case and pallet of the batch and move them to the quarantine bay (Q1 next to the cold store "
     "at the brewery, bay 14 at Harrowfield); record the hold in BrewTrace with the batch code, the reason and photos, "
     "which blocks the batch from sale and loading; phone the Head of Quality, or out of hours the Head Brewer, who "
     "confirms the level; and keep 3 samples of each pack type for the lab, labelled with the batch code and time. "
     "The lab tests them within 1 working day, and only the Head of Quality can lift a Level 1 hold"],
    ["1. Stops packing, loading or sending out the batch, and\n       tells their supervisor or the duty manager.",
     "2. Puts a red HOLD tag on every container, case and pallet\n       of the batch they can find, and moves them to the\n       quarantine bay: bay Q1 next to the cold store at the\n       brewery, or bay 14 at Harrowfield depot.",
     "3. Records the hold in BrewTrace, with the batch code (RB\n       and four digits, on every cask label and can base), the\n       reason and photos.",
     "4. Phones the Head of Quality, or out of hours the Head\n       Brewer, who confirms the level.",
     "5. Keeps 3 samples of each pack type for the lab,\n       labelled with the batch code and the time.",
     "The lab tests the samples within 1 working day. A Level 1 hold\nis lifted only by the Head of Quality"])

# ---- unanswerable (6)
add("unanswerable", "roughly how much do we get out of the tronc each month", MD, [], [], subtype="near_miss",
    note="The handbook says tips go into a tronc shared monthly by hours worked, but gives no amount.")
add("unanswerable", "whats the trade price of a firkin of moorcock mild", PD, [], [], subtype="near_miss",
    note="The policy gives deposits, lost container charges and service charges, and says the price list is on RavenTrade, but gives no beer prices.")
add("unanswerable", "how many of the ullage claims in feb were for moorcock mild", DX, [], [], subtype="near_miss",
    note="The minutes give 14 ullage claims in February (9 accepted) and the Moorcock Mild withdrawal, but not claims by beer.")
add("unanswerable", "how much is a pint in the millrace taproom", HT, [], [], subtype="near_miss",
    note="The FAQ gives tour, growler, delivery, bag-in-box and room hire prices, but no bar prices.")
add("unanswerable", "whats the excess on our product recall insurance", TX, [], [], subtype="near_miss",
    note="The procedure names the insurer (Hartside Mutual) and says it is told within 48 hours of a recall, but gives no excess.")
add("unanswerable", "can u recommend a decent homebrew kit for a beginner", None, [], [], subtype="off_topic",
    note="Not covered by any document.")

# ---- summary (2)
add("summary", "give me a quick rundown of the trade customer policy", PD, [
    "TC-03 version 6, approved by the Board on 19 November 2030, in force from Monday 6 January 2031 and owned by the Trade Sales Director, covers trade accounts: ordering, delivery, deposits and charges, faulty beer and payment; it does not cover taproom or online shop sales or wholesalers with a supply agreement",
    "Version 6 moved the next-day order cut-off to 11:00 (from 14:00), raised free delivery minimums to £180 in Zones A and B (from £150) and £250 in Zone C (from £200), the small order charge to £15 (from £12) and deposits to £35 a firkin (from £20) and £40 a keg (from £30); containers are charged after 8 weeks (from 12), ullage claims must come within 5 working days (from 10) and new accounts pay on delivery for 3 months (from 6)",
    "Orders go through RavenTrade or the trade desk on 0191 498 0720 by 11:00 the working day before, get an RT order number, can be changed until 15:00 the day before, and a two-hour delivery window is texted by 18:00",
    "Zone A (Ravensholm) is delivered Monday to Friday, Zone B (Harrowfield) Tuesday and Thursday, Zone C (the moorland villages) Wednesday only and Zone D (Lanchester and Brigford, by Northway Haulage) Friday only, with free delivery from £180, £180, £250 and £300",
    "Deposits run from £30 for a pin to £45 for a kilderkin, with lost container charges from £75 to £140; other charges include £15 below the minimum, £35 for a failed delivery, £40 for same-day delivery in Zone A and £28 for line cleaning",
    "Customers should keep cellars at 11C to 13C, settle casks for 24 hours, use them within 3 days of tapping and clean lines every 7 days; faulty beer is credited if claimed within 5 working days with at least half left, but not if past its best before date, kept above 13C or tapped more than 3 days",
    "Established accounts pay within 30 days; deliveries stop when an invoice is more than 14 days overdue; customers taking 20 or more containers a month get 5% off; complaints go to the Trade Desk Team Leader (5 working days), then the Trade Sales Director (15 working days), then the Managing Director"],
    [("Policy TC-03, version 6. Approved by the Board on 19 November 2030 and in force from Monday 6 January 2031", 1),
     ("It does not cover beer bought at our taprooms or in our online shop", 1),
     ("Orders for next-day delivery must now reach us by 11:00 on the working day before, instead of 14:00.", 1),
     ("Free delivery in Zones A and B now needs an order of at least £180 before VAT, instead of £150. In Zone C it now needs £250, instead of £200.", 1),
     ("The deposit on a firkin is now £35, instead of £20, and on a keg £40, instead of £30.", 1),
     ("1. Order on the RavenTrade portal, or phone the trade desk on 0191 498 0720, Monday to Friday, 08:30 to 17:00.", 1),
     ("5. By 18:00 on the day before delivery we text you a two-hour delivery window.", 1),
     ("A Ravensholm and within 10 miles of the brewery Monday to Friday From £180", 2),
     ("B Harrowfield and the Skelder valley towns Tuesday and Thursday From £180", 2),
     ("C Greyhope, Aldwick Moor, Nether Skelby, Thornsett Wednesday only From £250", 2),
     ("D Lanchester and Brigford (Northway Haulage) Friday only From £300", 2),
     ("Pin 36 pints (4.5 gallons) £30 £75", 2),
     ("Kilderkin 144 pints (18 gallons) £45 £140", 2),
     ("Failed delivery (premises closed, no access or nobody to sign) £35", 3),
     ("Same-day delivery in Zone A (order by 09:30) £40", 3),
     ("keep the cellar between 11C and 13C", 3),
     ("use each cask within 3 days of tapping, and sell the oldest stock first;", 3),
     ("We credit a claim only if at least half of the beer is still in the container.", 3),
     ("Established accounts pay within 30 days of the invoice date", 4),
     ("We stop deliveries to an account with any invoice more than 14 days overdue", 4),
     ("Customers who take 20 or more containers a month get 5% off the list price of cask and keg beer", 4),
     ("2. Stage 1: the Trade Desk Team Leader replies within 5 working days.", 4),
     ("The Trade Sales Director replies within 15 working days.", 4)])
add("summary", "what did the management team decide in march", DX, [
    "From Monday 17 March 2031 trade customers are told about a Level 2 withdrawal within 12 hours of the hold instead of 24 hours; Level 1 and Level 3 times are unchanged",
    "From Tuesday 1 April 2031 the free delivery minimum in Zone C is £180 instead of £250, the same as Zones A and B; the Zone D minimum and delivery days are unchanged",
    "From Monday 7 April 2031 the brewers' weekday night on-call standby goes up from £30 to £36; the £100 weekend payment, the £35 call-out and the other on-call rates are unchanged",
    "From Sunday 4 May 2031 there is also a brewery tour on Sundays at 13:00",
    "The proposal to raise the tour price from £15 to £18 was rejected; it stays at £15",
    "Deferred: four new fermenting vessels (Board, 24 April 2031), a four-day week trial for packaging (People Committee, 20 May 2031) and opening the Sidings Tap on Mondays (April meeting)"],
    ["From Monday 17 March 2031 trade customers are told about a Level 2 withdrawal within 12 hours of the hold, instead of 24 hours; Level 1 and Level 3 times do not change.",
     "From Tuesday 1 April 2031 the free delivery minimum in Zone C is £180, instead of £250; the Zone D minimum and all delivery days do not change.",
     "From Monday 7 April 2031 the weekday night on-call standby payment for brewers goes up from £30 to £36; the £100 weekend payment, the £35 call-out payment and the other on-call rates do not change.",
     "From Sunday 4 May 2031 there is also a brewery tour on Sundays at 13:00.",
     "The tour ticket price stays at £15; the proposed rise to £18 was not agreed.",
     "Deferred: four new fermenting vessels (Board, 24 April 2031), a four-day week trial for the packaging team (People Committee, 20 May 2031) and opening the Sidings Tap on Mondays (April meeting)."])

# ---- conversations (4)
def turn(n, type, q, doc, answers, evidence):
    ev = [{"quote": e[0], "page": e[1]} if isinstance(e, tuple) else {"quote": e} for e in evidence]
    return {"turn": n, "type": type, "q": q, "doc": doc, "answerable": True, "answers": answers, "evidence": ev}
items.append({"id": f"rv-{len(items)+1:03d}", "type": "conversation", "doc": MD, "turns": [
    turn(1, "factual", "what do brewers get for being on call on a weeknight", MD,
         ["£30", "£30 a weekday night (Monday to Thursday), plus £35 a call-out and time and a half on site"],
         ["| Brewer | £30 | £100 | £50 a day | **£35** a call-out, plus time and a half on site |"]),
    turn(2, "factual", "and if i actually have to go in?", MD,
         ["£35 a call-out", "£35 a call-out, plus time and a half for the time on site, counted from leaving home to getting back and rounded up to the next 15 minutes"],
         ["| Brewer | £30 | £100 | £50 a day | **£35** a call-out, plus time and a half on site |",
          "Time on site is counted from leaving home to getting back, and\nrounded up to the next **15 minutes**."]),
    turn(3, "yes_no", "heard the weeknight rate is going up after the mgmt meeting, true?", DX,
         ["yes", "yes, from £30 to £36 from Monday 7 April 2031"],
         ["The meeting agreed that from Monday 7 April 2031 the on-call standby payment for brewers for a weekday night goes up from £30 to £36."]),
    turn(4, "yes_no", "does the call out money go up as well", DX,
         ["no", "no, the £35 call-out payment does not change (nor the £100 weekend payment)"],
         ["The weekend payment of £100 and the £35 call-out payment do not change, and neither do the rates for quality technicians, alarm keyholders and duty managers."]),
]})
items.append({"id": f"rv-{len(items)+1:03d}", "type": "conversation", "doc": PD, "turns": [
    turn(1, "factual", "what's the minimum order to get free delivery out to aldwick moor", PD,
         ["£250", "£250 before VAT (Aldwick Moor is in Zone C; it used to be £200)"],
         [("C Greyhope, Aldwick Moor, Nether Skelby, Thornsett Wednesday only From £250", 2),
          ("In Zone C it now needs £250, instead of £200.", 1)]),
    turn(2, "factual", "n for a pub in harrowfield?", PD,
         ["£180", "£180 before VAT (Zone B, delivered on Tuesdays and Thursdays)"],
         [("B Harrowfield and the Skelder valley towns Tuesday and Thursday From £180", 2)]),
    turn(3, "yes_no", "our rep said the moor villages one is coming down, is that right", DX,
         ["yes", "yes, from Tuesday 1 April 2031 the Zone C free delivery minimum is £180 instead of £250, the same as Zones A and B"],
         ["The meeting agreed that from Tuesday 1 April 2031 the free delivery minimum in Zone C is £180, the same as in Zones A and B."]),
]})
items.append({"id": f"rv-{len(items)+1:03d}", "type": "conversation", "doc": TX, "turns": [
    turn(1, "factual", "on a level 2 withdrawal how long have we got to tell the customers", TX,
         ["24 hours", "within 24 hours of the hold"],
         ["2 Withdrawal  with trade         4 hours     24 hours        Head of Quality",
          "times for telling customers\nrun from the hold."]),
    turn(2, "factual", "who has to sign off a level 2 then", TX,
         ["the Head of Quality and the Operations Director"],
         ["2 Withdrawal  with trade         4 hours     24 hours        Head of Quality\n                  customers, no                                  and Operations\n                  safety risk                                    Director"]),
    turn(3, "factual", "imogen said the customer time is changing, whats the new one", DX,
         ["12 hours", "within 12 hours of the hold, from Monday 17 March 2031"],
         ["The meeting agreed that from Monday 17 March 2031 trade customers must be told about a Level 2 withdrawal within 12 hours of the hold, instead of 24 hours."]),
    turn(4, "yes_no", "does that apply to level 3 as well", DX,
         ["no", "no, the Level 1 and Level 3 times do not change (Level 3 customers are still told within 4 hours)"],
         ["The times for Level 1 and Level 3 do not change."]),
]})
items.append({"id": f"rv-{len(items)+1:03d}", "type": "conversation", "doc": HT, "turns": [
    turn(1, "factual", "when do you run brewery tours", HT,
         ["Fridays at 18:00 and Saturdays at 12:00 and 15:00", "Fridays at 18:00 and Saturdays at 12:00 and 15:00, from the Millrace Taproom, lasting about 75 minutes"],
         ["Tours start from the Millrace Taproom on Fridays at 18:00 and on Saturdays at 12:00 and\n15:00, and last about 75 minutes."]),
    turn(2, "factual", "hw much are tickets", HT,
         ["£15", "£15 (designated drivers £9, with soft drinks)"],
         ["A ticket costs £15 and includes:",
          "Designated drivers pay £9 and get soft drinks instead of beer."]),
    turn(3, "yes_no", "any chance of doing one on a sunday after easter", DX,
         ["yes", "yes, from Sunday 4 May 2031 there is also a tour on Sundays at 13:00"],
         ["The meeting agreed that from Sunday 4 May 2031 there will also be a tour on Sundays at 13:00, from the Millrace Taproom."]),
]})
json.dump({"items": items}, open(HERE / "dev.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
import collections
print(len(items), collections.Counter(i["type"] for i in items),
      sum(len(i["turns"]) if i["type"] == "conversation" else 1 for i in items), "judged rows")
