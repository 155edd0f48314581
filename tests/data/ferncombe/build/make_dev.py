"""Writes dev.json for the ferncombe held-out set: questions written from the documents in docs/ before any product
run. Same schema as hartwell (and ashgrove, saltmoor, alderley and the earlier sets)."""
from pathlib import Path
HERE = Path(__file__).resolve().parents[1]  # tests/data/ferncombe
import json
MD, PD, DX, HT, TX = ("staff-handbook.md", "milk-supply-terms-and-price-schedule.pdf",
                      "board-meeting-minutes-2032-07-20.docx", "farm-shop-faq.html", "cold-chain-failure-procedure.txt")
items = []
def add(type, q, doc, answers, evidence, **kw):
    ev = [{"quote": e[0], "page": e[1]} if isinstance(e, tuple) else {"quote": e} for e in evidence]
    it = {"id": f"fc-{len(items)+1:03d}", "type": type, "q": q, "doc": doc, "answerable": type != "unanswerable",
          "answers": answers, "evidence": ev}
    it.update(kw)
    items.append(it)
    return it

# rows of the procedure's column table, their wrapped cells in line order
EVERYDAY = ("Farm bulk tank, 8.0°C or over 8.0°C: milk the tanker driver, every-day below not collected who phones the "
            "collection Transport Office")
ALTDAY = ("Farm bulk tank, 6.0°C or over 6.0°C: milk the tanker driver, alternate-day below not collected who phones "
          "the collection Transport Office")
TANKER = ("Tanker load on 10.0°C or over 10.0°C: load the laboratory arrival at the below held, not technician; the "
          "creamery unloaded Technical and Quality Manager decides")
SHOPFRIDGE = ("Shop display 1.0 to 5.0°C over 8.0°C for 20 the Shop Manager fridges and cold minutes on duty and the "
              "rooms engineer on call")

# ---- factual (19)
add("factual", "whats the pay band for a cheesmaker", MD,
    ["£28,300 – £32,900", "£28,300 to £32,900 a year full-time (grade FV3), with a 6-month probation; the bands are the same at every site"],
    ["| FV3 | Cheesemaker, Laboratory Technician, Tanker Driver | £28,300 – £32,900 | 6 months |",
     "Pay bands are for full-time staff and are the same at every site."],
    note="A Head Cheesemaker is FV4, £34,100 to £40,500; Butter Makers are FV2, £24,800 to £27,600.")
add("factual", "been here 8 yrs, how much holiday do i get now", MD,
    ["36 days", "36 days a year (7 to 9 years' service), including the eight bank holidays, with up to 5 days to carry over; the leave year runs from 1 April to 31 March"],
    ["| 7 to 9 years | 36 days | Up to 5 days |",
     "Full-time staff get the following, **including the eight bank holidays**:",
     "The leave year runs from **1 April to 31 March**."],
    note="33 days under 3 years, 34 days for 3 to 6 years, 38 days from 10 years.")
add("factual", "what time does the late round finish for the tanker drivers", MD,
    ["22:30", "22:30: the late round is 12:30 to 22:30 (the early round is 04:30 to 14:30), four days on and four days off"],
    ["| Tanker Driver | Tanker yard, Hensford | Early round 04:30 – 14:30, late round 12:30 – 22:30 | Four days on, four days off |"])
add("factual", "how much sick pay do i get, ive been here 2 years", MD,
    ["6 weeks' full pay, then 6 weeks' half pay", "6 weeks on full pay and then 6 weeks on half pay (1 to 3 years' service), counted over a rolling 12 months and including SSP"],
    ["| 1 to 3 years | 6 weeks | 6 weeks |",
     "Company sick pay depends on your continuous service on the first day of absence and is counted over a rolling 12 months."],
    note="3 months to 1 year gives 2 weeks of each; 3 to 7 years 10 weeks of each.")
add("factual", "whats the organic price for april to june", PD,
    ["50.40 ppl", "50.40 ppl for a standard litre of 4.00% butterfat and 3.30% protein (standard milk is 39.35 ppl in the same quarter)"],
    [("April to June 39.35 ppl 50.40 ppl", 1),
     ("The base price is paid for a standard litre of 4.00% butterfat and 3.30% protein.", 1)])
add("factual", "how much do you charge for alternate day collection", PD,
    ["0.45 ppl", "0.45 ppl (it used to be 0.35 ppl), by agreement only; every-day collection has no charge"],
    [("Alternate-day collection 0.45 ppl by agreement only", 2),
     ("The alternate-day collection charge is now 0.45 ppl, instead of 0.35 ppl.", 1),
     ("Every-day collection none the usual collection", 2)])
add("factual", "our cell count is averaging about 300,000, what do we lose for that", PD,
    ["0.75 ppl", "0.75 ppl is deducted: 250,001 to 400,000 cells per ml is Band C for somatic cell count (over 400,000 is Band D, 2.50 ppl)"],
    [("C 50,001 to 100,000 -1.50 ppl 250,001 to 400,000 -0.75 ppl", 2),
     ("and in a band for somatic cell count (SCC), on the average of the last 3 months' tests.", 2)],
    note="The Band C deduction for TBC (Bactoscan) is 1.50 ppl, not 0.75.")
add("factual", "what date does the milk money go in", PD,
    ["the 20th of the following month", "on the 20th of the following month, or the working day before, by bank transfer (it used to be the 25th); the statement is in Churnlog by the 10th"],
    [("Milk is paid for by bank transfer on the 20th of the following month, or the working day before.", 3),
     ("Milk is now paid for on the 20th of the following month, instead of the 25th.", 1),
     ("Your statement for each month is published in Churnlog by the 10th of the following month", 3)])
add("factual", "how much stock got binned when the lintonbury fridge packed up", DX,
    ["£1,380", "stock worth £1,380 was thrown away after the display fridge failed overnight on Saturday 10 July 2032 and had been over 8.0°C for more than 2 hours; no unsafe product was sold"],
    ["The fridge had been over 8.0°C for more than 2 hours, and stock worth £1,380 was thrown away.",
     "Dr Maeve Cullinan reported on the display fridge that failed overnight at the Lintonbury shop on Saturday 10 July 2032.",
     "No unsafe product was sold."])
add("factual", "how many litres did the members send in in june", DX,
    ["4.61 million litres", "4.61 million litres, 3% more than in June 2031"],
    ["Declan Rowcliffe reported that members supplied 4.61 million litres in June, 3% more than in June 2031"])
add("factual", "when is the agm this year", DX,
    ["Saturday 18 September 2032 at 11:00 at the creamery"],
    ["The annual general meeting is on Saturday 18 September 2032 at 11:00 at the creamery"])
add("factual", "how much is milk from the vending machine", HT,
    ["£1.60 a litre", "£1.60 a litre for fresh pasteurised whole milk; a 1-litre glass bottle costs £2.50, or bring your own clean bottle"],
    ["for £1.60 a litre.",
     "your own clean bottle, or one of our 1-litre glass bottles from the machine next to it, for £2.50;"])
add("factual", "how much is the creamery tour for kids", HT,
    ["£4", "£4 for children aged 5 to 15; under 5s go free and adults pay £8; tours run on Saturdays at 10:30 from April to October"],
    ["Tickets are £8 for adults, £4 for children aged 5 to 15, and free for under 5s.",
     "Guided tours of the creamery run on Saturdays at 10:30 from April to October"])
add("factual", "what time does lintonbury open on a saturday", HT,
    ["08:30", "08:30 (it is open 08:30 to 16:00 on Saturdays; 08:00 to 16:00 Monday to Friday)"],
    ["Saturday 09:00 to 16:00 08:30 to 16:00"],
    note="The Hensford shop opens at 09:00 on Saturdays; Lintonbury opens at 08:00 on weekdays.")
add("factual", "how much to post cheese", HT,
    ["£6.95", "£6.95, and free on orders over £50; cheese is posted to mainland Britain from Monday to Wednesday only"],
    ["Postage is £6.95, and free on orders over £50.",
     "We post cheese and butter to addresses in mainland Britain from our online shop, Monday to Wednesday only"])
add("factual", "max temp for the milk in the tank if the farm is on alternate day collection?", TX,
    ["6.0°C or below", "6.0°C or below; milk over 6.0°C is not collected and the driver phones the Transport Office (for every-day collection the limit is 8.0°C)"],
    [ALTDAY],
    note="Every-day collection allows up to 8.0°C.")
add("factual", "at what temp does a tanker get turned away at the creamery", TX,
    ["over 10.0°C", "a load over 10.0°C on arrival is held and not unloaded; the laboratory technician acts and the Technical and Quality Manager decides what happens to it"],
    [TANKER])
add("factual", "tanker broke down with milk on, how long have we got to get it to the creamery", TX,
    ["within 8 hours of its first collection", "the load must reach the creamery within 8 hours of its first collection (the Transport Office sends a relief tanker); a later load is tested as usual but the Technical and Quality Manager decides whether it is used"],
    ["3. The Transport Office sends a relief tanker, so that the load reaches the creamery within 8 hours of its first collection.",
     "A load that reaches the creamery more than 8 hours after its first collection is tested like any other, but the Technical and Quality Manager decides whether it is used."])
add("factual", "how often do the temp probes get checked", TX,
    ["every month", "every month, against the laboratory's reference thermometer; any that reads more than 0.5°C out is replaced the same day"],
    ["Every probe and thermometer is checked against the laboratory's reference thermometer every month, and any that reads more than 0.5°C out is replaced the same day."])

# ---- yes/no (9: 5 no, 4 yes)
add("yes_no", "im a butter maker, do i get paid extra for working boxing day", MD,
    ["yes", "yes, Butter Makers are on grade FV2, and staff on FV1 to FV3 are paid double time on Christmas Day, Boxing Day and New Year's Day"],
    ["| FV2 | Creamery Operative, Butter Maker, Office Administrator | £24,800 – £27,600 | 3 months |",
     "Staff on grades FV1 to FV3 are paid **time and a half** for extra hours and **double time** on Christmas Day, Boxing Day and New Year's Day."])
add("yes_no", "had a sickness bug, last threw up late last night, am i ok to come in for my shift today", MD,
    ["no", "no, after diarrhoea or vomiting you must not come to work until you have been free of symptoms for 48 hours"],
    ["**Fitness to work:** if you have had diarrhoea or vomiting, do not come to work until you have been free of symptoms for **48 hours**."])
add("yes_no", "can we get some of the milk money early this month", PD,
    ["yes", "yes, you can ask for an advance of up to 50% of the previous month's milk value, paid on the 5th and taken back from the next payment"],
    [("You may ask for an advance of up to 50% of the previous month's milk value, paid on the 5th and taken back from the next payment.", 3)])
add("yes_no", "we're on every day collection and the tank is reading 7 degrees, will the driver still take it", PD,
    ["yes", "yes, for every-day collection milk must be at 8.0°C or below, so 7°C is collected (for alternate-day collection the limit is 6.0°C)"],
    [("Milk must be cooled to 8.0°C or below for every-day collection, and to 6.0°C or below for alternate-day collection.", 3)])
add("yes_no", "did the board put the capital retention back up to 0.75", DX,
    ["no", "no, the proposal to raise it from 0.50 ppl to 0.75 ppl was not agreed; it stays at 0.50 ppl until the supply terms are next reviewed in February 2034"],
    ["The board did not agree: the capital retention stays at 0.50 ppl until the supply terms are next reviewed in February 2034.",
     "The capital retention stays at 0.50 ppl; the proposed rise to 0.75 ppl was not agreed."])
add("yes_no", "can i bring my dog in the cafe", HT,
    ["no", "no, only assistance dogs are allowed inside the shops and the café, but dogs on a lead are welcome in the café garden at Lintonbury"],
    ["Only assistance dogs are allowed inside our shops and the café.",
     "Well-behaved dogs on a lead are welcome in the café garden at Lintonbury"])
add("yes_no", "is your vintage cheddar veggie", HT,
    ["no", "no, the Vintage Cheddar is made with traditional animal rennet; all the other cheeses are made with vegetarian rennet"],
    ["All our cheeses are made with vegetarian rennet except the Vintage Cheddar, which is made with traditional animal rennet."])
add("yes_no", "shop fridge was at 9 degrees for about an hour this morning, can we still sell the yoghurts", TX,
    ["yes", "yes, products over 8.0°C for less than 2 hours go into the back cold room and can be sold once they are back at 5.0°C or below; after 2 hours or more yoghurt would be thrown away"],
    ["* Products that have been over 8.0°C for less than 2 hours go into the back cold room and can be sold once they are back at 5.0°C or below.",
     "* Milk, cream, yoghurt, soft cheese and café food that has been over 8.0°C for 2 hours or more, or for a time you do not know, is thrown away."])
add("yes_no", "fridge alarm at the shop, its cold again now, can i reset the alarm myself", TX,
    ["no", "no, do not reset an alarm yourself: only the engineer may do that, once the unit is back below its action level"],
    ["Do not reset an alarm yourself: only the engineer may do that, once the unit is back below its action level."])

# ---- list (6)
add("list", "what perks do staff get", MD,
    ["20% off everything in both farm shops and the Lintonbury café",
     "a free 1 kg block of Ferncombe Vale cheddar every month after probation",
     "a pension: the co-op pays 6% of salary and you pay at least 4%",
     "life cover of three times your salary from your first day",
     "boots, overalls and hats provided and laundered free",
     "a £500 bonus if someone you recommend joins and passes probation"],
    ["- **20% off** everything in both farm shops and the Lintonbury café, with your staff card.",
     "- A free **1 kg block of Ferncombe Vale cheddar** every month after probation.",
     "- A pension: we pay **6%** of your salary and you pay at least 4%.",
     "- Life cover of **three times** your salary from your first day.",
     "- Boots, overalls and hats provided and laundered free of charge.",
     "- A **£500 bonus** if someone you recommend joins us and passes probation."])
add("list", "what changed in the new version of the milk price schedule", PD,
    ["butterfat adjustment now 0.30 ppl for each 0.1%, instead of 0.26 ppl",
     "Band C Bactoscan (TBC) deduction now 1.50 ppl, instead of 1.00 ppl",
     "alternate-day collection charge now 0.45 ppl, instead of 0.35 ppl",
     "capital retention now 0.50 ppl, instead of 0.75 ppl",
     "milk paid for on the 20th of the following month, instead of the 25th",
     "notice to leave now 12 months, instead of 6 months",
     "base price changes announced at least 30 days ahead, instead of 14 days"],
    [("The butterfat adjustment is now 0.30 ppl for each 0.1% above or below 4.00%, instead of 0.26 ppl.", 1),
     ("The Band C deduction for Bactoscan (TBC) is now 1.50 ppl, instead of 1.00 ppl.", 1),
     ("The alternate-day collection charge is now 0.45 ppl, instead of 0.35 ppl.", 1),
     ("The capital retention is now 0.50 ppl, instead of 0.75 ppl.", 1),
     ("Milk is now paid for on the 20th of the following month, instead of the 25th.", 1),
     ("Notice to leave the co-operative is now 12 months, instead of 6 months.", 1),
     ("Changes to the base price are now announced at least 30 days ahead, instead of 14 days.", 1)])
add("list", "what charges come off my milk cheque", PD,
    ["alternate-day collection: 0.45 ppl (every-day collection is free)",
     "small collection under 1,500 litres: £14 a collection",
     "capital retention: 0.50 ppl, held in your member account",
     "membership subscription: £120 a year, taken in April",
     "wasted visit when the tanker cannot collect: £85 a visit"],
    [("Alternate-day collection 0.45 ppl by agreement only", 2),
     ("Small collection, under 1,500 litres £14 a collection on top of any ppl charge", 2),
     ("Capital retention 0.50 ppl held in your member account", 2),
     ("Membership subscription £120 a year taken in April", 2),
     ("Wasted visit, tanker cannot collect £85 a visit blocked access or tank not ready", 2),
     ("Every-day collection none the usual collection", 2)])
add("list", "what actions did colin get from the july board", DX,
    ["get a leasing quote for a 30,000-litre tanker, by 10 September 2032",
     "advertise the three tanker driver vacancies, by 13 August 2032"],
    ["Get a leasing quote for a 30,000-litre tanker Colin Penhallow 10 September 2032",
     "Advertise the three tanker driver vacancies Colin Penhallow 13 August 2032"])
add("list", "what cheeses do you make", HT,
    ["Ferncombe Vale Mature Cheddar, aged 9 to 12 months",
     "Ferncombe Vale Vintage Cheddar, aged at least 18 months",
     "Oak Smoked Cheddar",
     "Hensford Crumbly, aged 6 weeks",
     "Vale Blue, and Vale Blue with walnuts"],
    ["Ferncombe Vale Mature Cheddar, aged for 9 to 12 months;",
     "Ferncombe Vale Vintage Cheddar, aged for at least 18 months;",
     "Oak Smoked Cheddar, smoked over oak chips at the creamery;",
     "Hensford Crumbly, a young, fresh-tasting cheese aged for 6 weeks;",
     "Vale Blue, and Vale Blue with walnuts;"],
    note="The page says six cheeses; the shops also sell salted and unsalted butter and, at Christmas, cultured butter.")
add("list", "what counts as a cold chain failure", TX,
    ["milk in a farm tank over its limit at collection, or a broken farm cooler",
     "a tanker that breaks down or is delayed with milk on board, or a load over 10.0°C on arrival",
     "a TempWarden alarm on a silo, store, cold room or display fridge, even if it clears by itself",
     "a power cut at the creamery or either shop lasting more than 15 minutes",
     "chilled products left out of a fridge or cold room",
     "a probe or thermometer that reads wrong when checked"],
    ["* milk in a farm tank over its limit at collection, or a farm cooler that has broken down;",
     "* a tanker that breaks down or is delayed with milk on board, or a load over 10.0°C on arrival;",
     "* a TempWarden alarm on a silo, store, cold room or display fridge, even if it clears by itself;",
     "* a power cut at the creamery or either shop lasting more than 15 minutes;",
     "* chilled products left out of a fridge or cold room, for example a delivery not put away;",
     "* a probe or thermometer that reads wrong when checked."])

# ---- explanation (6)
add("explanation", "how does booking holiday work for us tanker drivers", MD,
    ["Drivers book leave in Rotawell in whole blocks of four rota days, and no more than two drivers may be off in the "
     "same week. Leave must be asked for at least 3 weeks ahead, or 8 weeks ahead for more than a week. The leave year "
     "runs from 1 April to 31 March and the entitlement includes the eight bank holidays; if the rota has you working "
     "on a bank holiday, you take the day at another time"],
    ["- **Tanker drivers:** leave is booked in whole blocks of four rota days, and no more than two drivers may be off in the same week.",
     "Ask for leave in Rotawell at least **3 weeks** ahead, or **8 weeks** ahead for more than a week.",
     "The leave year runs from **1 April to 31 March**.",
     "If your rota has you working on a bank holiday, you take the day at another time."])
add("explanation", "how is my milk price actually worked out", PD,
    ["You start from the base price for the quarter, paid for a standard litre of 4.00% butterfat and 3.30% protein "
     "(for example 39.35 ppl standard or 50.40 ppl organic for April to June). It is adjusted by 0.30 ppl for each "
     "0.1% of butterfat and 0.45 ppl for each 0.1% of protein above or below the standard. Hygiene bands for Bactoscan "
     "(TBC) and somatic cell count (SCC) then add a bonus in Band A or a deduction in Bands C and D, and a volume bonus "
     "of 0.15 or 0.30 ppl is added for larger daily supplies. Charges such as the capital retention of 0.50 ppl are "
     "taken off, and the total is paid on the 20th of the following month"],
    [("The base price is paid for a standard litre of 4.00% butterfat and 3.30% protein.", 1),
     ("April to June 39.35 ppl 50.40 ppl", 1),
     ("Constituent Standard level Adjustment for each 0.1% above or below", 2),
     ("Butterfat 4.00% 0.30 ppl", 2),
     ("Protein 3.30% 0.45 ppl", 2),
     ("A up to 30,000 +0.30 ppl up to 150,000 +0.25 ppl", 2),
     ("2,000 to 4,999 litres 0.15 ppl", 2),
     ("5,000 litres or more 0.30 ppl", 2),
     ("Capital retention 0.50 ppl held in your member account", 2),
     ("Milk is paid for by bank transfer on the 20th of the following month, or the working day before.", 3)])
add("explanation", "pretty sure our bactoscan result last week is wrong, what can we do about it", PD,
    ["Phone Milk Supply on 01632 960 410 within 5 working days of the result appearing in Churnlog and ask for the "
     "sample kept from that collection to be tested again. A repeat test costs £25 plus VAT, refunded if the new "
     "result moves your milk into a better band. The repeat result comes within 3 working days and your next "
     "statement is corrected if it changes. If you are still unhappy, the disputes steps apply: the Milk Supply "
     "Manager, then the General Manager, then a member panel of two directors, then an independent arbitrator"],
    [("1. Phone Milk Supply on 01632 960 410 within 5 working days of the result appearing in Churnlog.", 3),
     ("2. Ask for the sample we keep from that collection to be tested again.", 3),
     ("A repeat test costs £25 plus VAT, which we refund if the new result moves your milk into a better band.", 3),
     ("3. We send you the repeat result within 3 working days, and correct your next statement if it changes.", 3),
     ("4. If you are still unhappy, follow the disputes steps in section 12.", 3),
     ("1. Raise it with the Milk Supply Manager, who replies within 10 working days.", 4),
     ("3. If it is still not settled, ask for a member panel of two directors within 28 days.", 4)])
add("explanation", "why didnt the board go for putting the capital retention back up", DX,
    ["Priya Lakhani proposed raising it from 0.50 ppl back to 0.75 ppl for a year to help pay for a new tanker. Ruth "
     "Cheriton said the retention had only come down in April and that two members had asked her about leaving over "
     "their cash flow, and Tom Vellacott said members would rather see the tanker leased. So the board did not agree, "
     "and it stays at 0.50 ppl until the supply terms are next reviewed in February 2034"],
    ["Priya Lakhani proposed raising the capital retention from 0.50 ppl back to 0.75 ppl for a year, to help pay for a new tanker.",
     "Ruth Cheriton said the retention had only come down in April, and that two members had asked her about leaving over their cash flow.",
     "Tom Vellacott said members would rather see the tanker leased.",
     "The board did not agree: the capital retention stays at 0.50 ppl until the supply terms are next reviewed in February 2034."])
add("explanation", "my son has a nut alergy, is it safe for him to eat at the cafe", HT,
    ["The café can't promise any dish is free from nuts, because its kitchen uses nuts, wheat and eggs, and the Vale "
     "Blue with walnuts contains nuts. The café menu lists the 14 main allergens for each dish and every product's "
     "label has its allergen information. Tell the staff about the allergy every time you order"],
    ["Our Vale Blue with walnuts contains nuts, and the café uses nuts, wheat and eggs in its kitchen, so we can't promise any café dish is free from them.",
     "the café menu lists the 14 main allergens for each dish.",
     "Allergen information for every product is on its label",
     "Please tell us about any allergy when you order, every time."])
add("explanation", "my tanker's broken down on the round with milk on board, what do i do", TX,
    ["Phone the Transport Office straight away (on the out of hours number if it is after 23:00), keep the tanker "
     "closed and take no more collections. The Transport Office sends a relief tanker so that the load reaches the "
     "creamery within 8 hours of its first collection, and you complete the breakdown record in Churnlog before the end "
     "of your shift. A load that arrives more than 8 hours after its first collection is tested as usual, but the "
     "Technical and Quality Manager decides whether it is used"],
    ["1. Phone the Transport Office straight away, on the out of hours number if it is after 23:00.",
     "2. Keep the tanker closed and do not take any further collections.",
     "3. The Transport Office sends a relief tanker, so that the load reaches the creamery within 8 hours of its first collection.",
     "4. Complete the breakdown record in Churnlog before the end of your shift.",
     "A load that reaches the creamery more than 8 hours after its first collection is tested like any other, but the Technical and Quality Manager decides whether it is used."])

# ---- unanswerable (6: 5 near misses, one per document, and 1 off-topic)
add("unanswerable", "how many weeks paternity leave do we get", MD, [], [], subtype="near_miss",
    note="The handbook covers annual leave, sick pay and bank holidays, but says nothing about paternity or other family leave.")
add("unanswerable", "whats the deduction if our milk fails the freezing point test for added water", PD, [], [], subtype="near_miss",
    note="The terms give deductions for TBC and SCC bands and for failed antibiotic tests, but nothing on freezing point or added water.")
add("unanswerable", "how much did the lintonbury cafe take in may", DX, [], [], subtype="near_miss",
    note="The minutes give the café's takings for April to June together (£118,000), not for May.")
add("unanswerable", "do the stamps on my churn card run out", HT, [], [], subtype="near_miss",
    note="The FAQ says a stamp is given for every £10 and 10 stamps earn a £5 voucher, and that gift cards last 24 months, but gives no expiry for Churn Card stamps.")
add("unanswerable", "what temperature should the cheese maturing rooms be kept at", TX, [], [], subtype="near_miss",
    note="The procedure gives limits for farm tanks, tanker loads, silos, the chilled store and shop fridges, but not for the maturing rooms.")
add("unanswerable", "how do i get red wine out of a carpet", None, [], [], subtype="off_topic",
    note="Not covered by any document.")

# ---- summary (2)
add("summary", "can u give me a summary of the cold chain procedure", TX, [
    "FS-07 version 4, owned by the Technical and Quality Manager, Dr Maeve Cullinan, and reviewed on 12 May 2032, covers tanker drivers, creamery, laboratory and engineering staff and the staff of the two farm shops and the Lintonbury café",
    "Temperature limits: farm tanks 8.0°C or below for every-day collection and 6.0°C for alternate-day collection, tanker loads 10.0°C or below on arrival, silos 2.0 to 5.0°C, and the chilled store and shop fridges 1.0 to 5.0°C, with TempWarden alarms at the action levels",
    "Everyone keeps doors closed, notes readings, phones the engineer on call or the Transport Office, moves stock to a working unit and labels anything too warm ON HOLD",
    "The engineer on call phones back within 15 minutes and is on site within 1 hour; only the engineer resets an alarm",
    "Drivers do not collect milk over its limit; a broken-down tanker's load must reach the creamery within 8 hours of its first collection",
    "In the shops, chilled products over 8.0°C for less than 2 hours can be sold once back at 5.0°C, otherwise milk, cream, yoghurt, soft cheese and café food is thrown away; hard cheese and butter are kept if under 4 hours",
    "A temperature failure form goes in Vatmark within 24 hours, with a review within 10 working days; probes are checked monthly and staff trained every 12 months"],
    ["Document:   FS-07, version 4",
     "Reviewed:   12 May 2032 (next review May 2034)",
     EVERYDAY, ALTDAY, TANKER, SHOPFRIDGE,
     "5. Put a red ON HOLD label on anything that may have been too warm.",
     "The engineer on call must phone back within 15 minutes of a TempWarden alarm and be on site within 1 hour, at the creamery or at either shop.",
     "3. The Transport Office sends a relief tanker, so that the load reaches the creamery within 8 hours of its first collection.",
     "* Products that have been over 8.0°C for less than 2 hours go into the back cold room and can be sold once they are back at 5.0°C or below.",
     "Temperature failure form in Vatmark .... within 24 hours",
     "Everyone named in this procedure is trained in it at induction and again every 12 months"])
add("summary", "what did the board decide at the july meeting", DX, [
    "From Friday 1 October 2032 the standard base price for October to December rises from 42.10 ppl to 42.85 ppl; the organic price stays at 53.15 ppl and the other quarters do not change",
    "The capital retention stays at 0.50 ppl; the proposed rise to 0.75 ppl was rejected",
    "From Monday 6 September 2032 the tanker drivers' early round allowance rises from £18 to £22 a shift; the night shift premium and on-call allowances do not change",
    "From Monday 2 August 2032 the engineer on call must be on site within 45 minutes of a TempWarden alarm instead of 1 hour; the 15 minutes to phone back and the temperature limits do not change",
    "From Sunday 3 October 2032 the Hensford shop opens 10:00 to 16:00 on Sundays instead of 10:00 to 14:00",
    "Deferred: a seventh tanker (September meeting, 21 September 2032) and a milk vending machine at Lintonbury (October meeting, 19 October 2032)"],
    ["From Friday 1 October 2032 the standard base price for October to December goes up from 42.10 ppl to 42.85 ppl; the organic price stays at 53.15 ppl and the other quarters do not change.",
     "The capital retention stays at 0.50 ppl; the proposed rise to 0.75 ppl was not agreed.",
     "From Monday 6 September 2032 the early round allowance for tanker drivers goes up from £18 to £22 a shift; the night shift premium and the on-call allowances do not change.",
     "From Monday 2 August 2032 the engineer on call must be on site within 45 minutes of a TempWarden alarm, instead of 1 hour; the 15 minutes to phone back and the temperature limits do not change.",
     "From Sunday 3 October 2032 the Hensford shop opens from 10:00 to 16:00 on Sundays, instead of 10:00 to 14:00.",
     "Deferred: a seventh tanker (September meeting, 21 September 2032) and a milk vending machine at Lintonbury (October meeting, 19 October 2032)."])

# ---- conversations (4)
def turn(n, type, q, doc, answers, evidence):
    ev = [{"quote": e[0], "page": e[1]} if isinstance(e, tuple) else {"quote": e} for e in evidence]
    return {"turn": n, "type": type, "q": q, "doc": doc, "answerable": True, "answers": answers, "evidence": ev}
items.append({"id": f"fc-{len(items)+1:03d}", "type": "conversation", "doc": MD, "turns": [
    turn(1, "factual", "whats the early start allowance for tanker drivers", MD,
         ["£18 a shift", "£18 a shift for every round that starts before 05:00"],
         ["- **Early round allowance:** tanker drivers get **£18 a shift** for every round that starts before 05:00."]),
    turn(2, "factual", "and the night shift premium?", MD,
         ["20%", "20% on top of the hourly rate for hours worked between 22:00 and 06:00, for hygiene operatives and anyone else on nights"],
         ["- **Night shift premium:** hygiene operatives and anyone else working between 22:00 and 06:00 are paid **20%** on top of their hourly rate for those hours."]),
    turn(3, "yes_no", "one of the drivers reckons the early allowance is going up, true?", DX,
         ["yes", "yes, from Monday 6 September 2032 the early round allowance goes up from £18 to £22 a shift"],
         ["The board agreed that from Monday 6 September 2032 the early round allowance for tanker drivers goes up from £18 to £22 a shift."]),
    turn(4, "yes_no", "nights premium going up as well?", DX,
         ["no", "no, the night shift premium stays at 20%, and the on-call allowances do not change either"],
         ["The night shift premium of 20% and the on-call allowances do not change."]),
]})
items.append({"id": f"fc-{len(items)+1:03d}", "type": "conversation", "doc": PD, "turns": [
    turn(1, "factual", "whats the standard milk price for oct to dec", PD,
         ["42.10 ppl", "42.10 ppl for a standard litre of 4.00% butterfat and 3.30% protein"],
         [("October to December 42.10 ppl 53.15 ppl", 1),
          ("The base price is paid for a standard litre of 4.00% butterfat and 3.30% protein.", 1)]),
    turn(2, "factual", "n organic?", PD,
         ["53.15 ppl", "53.15 ppl for October to December, for milk from a certified organic herd"],
         [("October to December 42.10 ppl 53.15 ppl", 1),
          ("The organic price is paid only for milk from a herd certified as organic by an approved body.", 1)]),
    turn(3, "yes_no", "heard the board put the october price up, is that right?", DX,
         ["yes", "yes, from Friday 1 October 2032 the standard base price for October to December goes up from 42.10 ppl to 42.85 ppl; the organic price stays at 53.15 ppl"],
         ["The board agreed that from Friday 1 October 2032 the standard base price for October to December goes up from 42.10 ppl to 42.85 ppl.",
          "The organic price for October to December stays at 53.15 ppl, because organic cream and butter prices have not risen"]),
]})
items.append({"id": f"fc-{len(items)+1:03d}", "type": "conversation", "doc": TX, "turns": [
    turn(1, "factual", "tempwarden alarm going off at the shop, how quick does the engineer have to ring back", TX,
         ["within 15 minutes", "within 15 minutes of the alarm; if nobody phones back within 15 minutes, phone the out of hours duty manager"],
         ["The engineer on call must phone back within 15 minutes of a TempWarden alarm and be on site within 1 hour, at the creamery or at either shop.",
          "If nobody phones back within 15 minutes, phone the out of hours duty manager, who finds another engineer."]),
    turn(2, "factual", "and how long till theyve got to be here", TX,
         ["within 1 hour", "on site within 1 hour of the alarm, at the creamery or at either shop"],
         ["The engineer on call must phone back within 15 minutes of a TempWarden alarm and be on site within 1 hour, at the creamery or at either shop."]),
    turn(3, "factual", "thought that got shortened after the lintonbury fridge went, whats it now", DX,
         ["45 minutes", "within 45 minutes of a TempWarden alarm, instead of 1 hour, from Monday 2 August 2032"],
         ["The board agreed that from Monday 2 August 2032 the engineer on call must be on site within 45 minutes of a TempWarden alarm, instead of 1 hour."]),
    turn(4, "yes_no", "is the ring back time changing too", DX,
         ["no", "no, the 15 minutes to phone back does not change, and neither do the temperature limits"],
         ["The 15 minutes to phone back does not change, and neither do the temperature limits."]),
]})
items.append({"id": f"fc-{len(items)+1:03d}", "type": "conversation", "doc": HT, "turns": [
    turn(1, "factual", "what time does the hensford shop shut on a sunday", HT,
         ["14:00", "14:00 (it is open 10:00 to 14:00 on Sundays)"],
         ["Sunday 10:00 to 14:00 10:00 to 16:00"]),
    turn(2, "factual", "and lintonbury?", HT,
         ["16:00", "16:00 (open 10:00 to 16:00 on Sundays)"],
         ["Sunday 10:00 to 14:00 10:00 to 16:00"]),
    turn(3, "yes_no", "someone said hensford is staying open later on sundays now, is that right", DX,
         ["yes", "yes, from Sunday 3 October 2032 the Hensford shop opens from 10:00 to 16:00 on Sundays, instead of 10:00 to 14:00"],
         ["The board agreed that from Sunday 3 October 2032 the Hensford shop opens from 10:00 to 16:00 on Sundays, instead of 10:00 to 14:00."]),
]})
json.dump({"items": items}, open(HERE / "dev.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
import collections
print(len(items), collections.Counter(i["type"] for i in items),
      sum(len(i["turns"]) if i["type"] == "conversation" else 1 for i in items), "judged rows")
