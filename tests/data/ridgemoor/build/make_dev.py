"""Writes dev.json for the ridgemoor held-out set: questions written from the documents in docs/ before any product
run. Same schema as fellgate (and ellerby, tarnbeck, stainforth, coldharbour, ferncombe, hartwell, ashgrove and the
earlier sets)."""
from pathlib import Path
HERE = Path(__file__).resolve().parents[1]  # tests/data/ridgemoor
import json
MD, PD, DX, HT, TX = ("bakery-and-shop-staff-handbook.md", "wholesale-and-celebration-cakes-guide.pdf",
                      "management-meeting-minutes-2038-05-06.docx", "customer-help-pages.html",
                      "bakery-safety-and-delivery-procedures.txt")
items = []
def add(type, q, doc, answers, evidence, **kw):
    ev = [{"quote": e[0], "page": e[1]} if isinstance(e, tuple) else {"quote": e} for e in evidence]
    it = {"id": f"rm-{len(items)+1:03d}", "type": type, "q": q, "doc": doc, "answerable": type != "unanswerable",
          "answers": answers, "evidence": ev}
    it.update(kw)
    items.append(it)
    return it

# rows of the procedure's column table, their wrapped cells in line order
OVEN = ("Oven fault night supervisor oven switched off and engineer called or Head Baker isolated; bake moved "
        "within 30 to the spare oven minutes")
RESTART = ("Restarting an Head Baker only engineer's sign-off before the oven after a and a test bake next bake "
           "fault")
SPILL = ("Allergen spill shift supervisor line stopped and line stopped at cleaned; swab clear once; Technical "
         "before restart Manager told within 1 hour")
BREAKDOWN = ("Van breakdown transport office driver safe first; recovery within hazard lights on; 60 minutes; "
             "stock moved to a relief van relief van within 90 minutes")
LATE = ("Late delivery driver, with the customer phoned and phone when a transport office new time logged in drop "
        "is likely RoundTrack to be more than 30 minutes late")
NIGHT = "- **Night premium:** **£2.10 an hour** for every hour worked between 22:00 and 06:00."
EARLY = ("- **Early-start premium:** **£1.20 an hour** for hours worked before 06:00 on a shift that starts between "
         "03:00 and 05:30. It is not paid on top of the night premium.")
HOURS = "Shop, café or line Monday to Friday Saturday Sunday Bank holidays"
PHONE = "Customer phone line (all year) 08:00 to 18:00 08:00 to 12:00 Closed Closed"
PRICES = "Product line and order size Standard Next-day Same-day"
CAKES = "Size Serves Price from Lead time"

# ---- factual (19)
add("factual", "im a delivery driver, whats the pay range for my grade", MD,
    ["£13.60 – £14.85 an hour", "£13.60 to £14.85 an hour on grade B2, with a 12-week probation"],
    ["| B2 | Baker, Delivery Driver, Cake Decorator, Café Supervisor | £13.60 – £14.85 an hour | 12 weeks |"],
    note="B1 is £12.40 – £12.95 an hour and B3 £15.20 – £17.40 an hour.")
add("factual", "been on the tills here 7 years, how many weeks sick pay do i get at full whack", MD,
    ["10 weeks", "10 weeks' full pay and then 10 weeks' half pay (5 to 10 years' service), counted over a rolling 12 months and including SSP"],
    ["| 5 to 10 years | 10 weeks | 10 weeks |",
     "Company sick pay depends on your continuous service on the first day of absence, is counted over a rolling 12 months and includes statutory sick pay (SSP)."],
    note="2 to 5 years gives 5 weeks of each; 10 years or more 16 weeks of each.")
add("factual", "on the early van round tomoz and feel rough, whats the latest i can ring in sick", MD,
    ["by 03:30", "phone the transport office by 03:30 for an early round (by 07:00 for a late round), so your drops can be moved in RoundTrack; phone, do not text or message"],
    ["3. **Delivery drivers:** phone the transport office by **03:30** for an early round, or by **07:00** for a late round, so that your drops can be moved in RoundTrack.",
     "Phone, do not text or message, the person below."],
    note="Night bakers phone the Head Baker by 18:00; shop and café staff at least 2 hours before; cake studio and head office by 07:30.")
add("factual", "how much do i get a mile if i use my own car to run stuff between shops", MD,
    ["45p a mile", "45p a mile (25p a mile after 10,000 miles in a tax year), plus 5p a mile for each colleague you carry; claim in CrumbShift within 2 months"],
    ["| Own car on company business | 45p a mile | 25p a mile after 10,000 miles in a tax year |",
     "| Carrying a colleague | 5p a mile | for each colleague you carry |"])
add("factual", "how much is a 10 inch bday cake and how much notice do u need", PD,
    ["from £82, with 10 days' notice", "from £82 for a 10-inch round, serving 30 to 35, with a lead time of 10 days counted from when the deposit is paid"],
    [("10-inch round 30 to 35 £82 10 days", 3), (CAKES, 3),
     ("Lead times count from the day your deposit is paid.", 3)])
add("factual", "we run a cafe and want 30 sourdough loaves next day, whats the price per loaf", PD,
    ["£2.75 a loaf", "£2.75 a loaf on next-day delivery (ordered by 14:00 the day before) for orders of 20 or more; standard delivery is £2.55 and same-day £3.15"],
    [("Sourdough loaf, 20 or more £2.55 £2.75 £3.15", 2), (PRICES, 2)],
    note="For 1 to 19 loaves it is £2.85, £3.05 and £3.45.")
add("factual", "whats the charge if we pay an invoise late", PD,
    ["£25", "£25 for an invoice unpaid after 30 days (it was £20 before version 6)"],
    [("Late payment fee £25 for an invoice unpaid after 30 days", 2),
     ("The late payment fee on a wholesale invoice is now £25, instead of £20.", 1)])
add("factual", "how long have i got to report a dodgy delivery", PD,
    ["within 24 hours of delivery", "within 24 hours of delivery, on Breadboard (Report a problem next to the delivery), with photos of the faulty items"],
    [("1. Report it on Breadboard within 24 hours of delivery, choosing Report a problem next to the delivery.", 4),
     ("2. Add photos of the faulty items and keep them, in case our driver collects them.", 4)])
add("factual", "how many celebration cakes did the cake studio knock out last year", DX,
    ["1,340", "1,340 celebration cakes in the year to 31 March 2038, 96 of them wedding cakes"],
    ["The cake studio made 1,340 celebration cakes, 96 of them wedding cakes."])
add("factual", "how many of our wholesale drops were late last year", DX,
    ["410 (1.3%)", "410 of 31,200 wholesale drops, 1.3%, arrived more than 30 minutes late, most of them on the Orrin Bridge and Gansby rounds during the A614 roadworks"],
    ["Tomasz Wierzbicki reported that the vans made 31,200 wholesale drops in the year. 410 drops, 1.3%, arrived more than 30 minutes late, most of them on the Orrin Bridge and Gansby rounds while the A614 roadworks lasted."])
add("factual", "how much did we spend on agency night bakers", DX,
    ["£84,000", "£84,000 in the year; three skilled night bakers had also left for supermarket in-store bakeries paying more for nights"],
    ["Ifeoma Castleton reported that agency night bakers cost £84,000 in the year, and that three skilled night bakers had left for supermarket in-store bakeries paying more for nights."],
    note="6 of the 28 night baker posts were vacant at the end of April 2038.")
add("factual", "what time does the staion road shop open on a sunday", HT,
    ["08:00", "08:00 to 16:00 on a Sunday, all year"],
    ["Station Road shop, Ridgemoor (all year) 06:00 to 19:00 07:00 to 18:00 08:00 to 16:00 08:00 to 16:00", HOURS],
    note="Other shops open on Sundays at 09:00.")
add("factual", "hows much is home delivery from the online shop", HT,
    ["£3.95", "£3.95, free for orders of £30 or more; within 8 miles of any shop, Tuesday to Saturday, in a two-hour slot"],
    ["Home delivery is available within 8 miles of any of our shops, from Tuesday to Saturday, in a two-hour slot: it costs £3.95, and is free for orders of £30 or more."])
add("factual", "how many stamps til i get a free coffee on the app", HT,
    ["8 stamps", "8 stamps: you get a stamp for every hot drink and your ninth hot drink is free"],
    ["A stamp for every hot drink you buy, and your ninth hot drink free after 8 stamps."])
add("factual", "what time do the cafes shut on a sunday in winter", HT,
    ["13:30", "13:30 (09:30 to 13:30 on Sundays from October to March), and hot food orders stop 30 minutes before closing"],
    ["Cafés, winter 08:00 to 16:00 08:00 to 16:00 09:30 to 13:30 Closed", HOURS,
     "Cafés stop taking hot food orders 30 minutes before they close.",
     "Our summer hours run from April to September and our winter hours from October to March:"],
    note="In summer the cafés are open 09:30 to 14:30 on Sundays.")
add("factual", "whats the number for the oven engineers", TX,
    ["01632 961 880", "01632 961 880, Hearthline Services, who answer 24 hours a day; only the people named in section 3 (the night supervisor or Head Baker) may call them"],
    ["Oven engineer, Hearthline Services ...... 01632 961 880",
     "Hearthline Services and Moorside Recovery answer 24 hours a day, but only the people named in section 3 may call them.",
     OVEN])
add("factual", "vans conked out on the a road, how long till recovery gets to me", TX,
    ["within 60 minutes", "Moorside Recovery should reach you within 60 minutes of the transport office calling them, and the stock is moved to a relief van within 90 minutes of your call"],
    ["3. The transport office calls Moorside Recovery, who should reach you within 60 minutes.",
     "4. The transport office sends a relief van, and the stock is moved to it within 90 minutes of your call."])
add("factual", "how long do we hang on to the incident records", TX,
    ["3 years", "incident records are kept for 3 years"],
    ["Incident records kept .......... 3 years"])
add("factual", "who can ok restarting an oven after its broke down", TX,
    ["the Head Baker only", "only the Head Baker, after the engineer has signed the oven off and a test bake has come out right"],
    [RESTART,
     "5. Only the Head Baker removes the tag, after the engineer has signed the oven off and a test bake has come out right."])

# ---- yes/no (9: 5 no, 4 yes)
add("yes_no", "im on nights, do i get the early start money on top as well", MD,
    ["no", "no, the £1.20 an hour early-start premium is not paid on top of the night premium of £2.10 an hour"],
    [EARLY, NIGHT],
    note="The minutes of 6 May 2038 raise the night premium to £2.60 from Monday 7 June 2038.")
add("yes_no", "had a sickness bug, stopped being sick last night, can i come in for my shift this morning", MD,
    ["no", "no, after diarrhoea or vomiting you must be free of symptoms for 48 hours before coming in, and tell your supervisor before your shift"],
    ["- If you have had diarrhoea or vomiting, do not come in until you have been free of symptoms for **48 hours**, and tell your supervisor before your shift."])
add("yes_no", "can we still chnage tomorrows order at 4pm today", PD,
    ["no", "no, wholesale orders can be changed free of charge on Breadboard only until 14:00 the day before delivery; after that the order is charged in full"],
    [("Wholesale orders, including a day's standing order, can be changed or cancelled on Breadboard free of charge until 14:00 the day before delivery. After that, the order is charged in full.", 3)])
add("yes_no", "if i cancel my daughters cake 3 weeks before the party do i get the deposit back", PD,
    ["yes", "yes, cancelling 14 days or more before the date gets the deposit back less a £15 admin fee"],
    [("If you cancel a cake 14 days or more before the date, we refund your deposit less a £15 admin fee.", 3)],
    note="From 13 to 7 days before the deposit is kept; with less than 7 days' notice the full price is payable.")
add("yes_no", "are they bringing in a charge for small click and collect orders", DX,
    ["no", "no, the proposal to charge £1.50 on click-and-collect orders under £15 was not agreed; click-and-collect stays free whatever the size of the order"],
    ["The directors did not agree: click-and-collect stays free, whatever the size of the order.",
     "Click-and-collect stays free; the proposal to charge £1.50 on orders under £15 was not agreed."])
add("yes_no", "can i bring my dog in the hallowby cafe", HT,
    ["yes", "yes, well-behaved dogs on a lead are welcome in the cafés at Abbey Green, Hallowby, Lusby and Orrin Bridge"],
    ["Well-behaved dogs on a lead are welcome in the cafés at Abbey Green, Hallowby, Lusby and Orrin Bridge, where we keep water bowls and dog biscuits."])
add("yes_no", "can i use my crust club points to pay the deposit on a cake", HT,
    ["no", "no, points and stamps can't be used for celebration cake deposits or wholesale orders, only in the shops, cafés and online"],
    ["Points and stamps can be used in any of our shops and cafés and online, but not for wholesale orders or celebration cake deposits."])
add("yes_no", "im agency, first night, the oven alarms going off and no ones about, am i allowed to switch it off", TX,
    ["yes", "yes, anyone may stop an oven if someone could be hurt: switch it off at its panel and press the red isolator, never open the side panels, and tell the night supervisor at once; only they decide what happens next"],
    ["* Anyone may stop an oven, a line or a van if they think someone could be hurt or a customer harmed.",
     "1. Switch the oven off at its panel and press the red isolator beside it. Never open the side panels.",
     "2. Tell the night supervisor at once, or the Head Baker on a day shift."])
add("yes_no", "someone knocked a tub of sesame seeds over by the roll line, do we need to stop it", TX,
    ["yes", "yes, an allergen spill means the line is stopped at once; the shift supervisor holds back product made since the spill and tells the Food Safety and Technical Manager within 1 hour"],
    ["1. Stop the line and keep everyone away from the spill.", SPILL,
     "2. Tell the shift supervisor, who holds back all product made on that line since the spill."])

# ---- list (6)
add("list", "what perks do we get apart from the wages", MD,
    ["30% off everything in the shops and cafés, for you and one other person with you",
     "a free loaf or six rolls at the end of every shift",
     "50% off one celebration cake a year",
     "a pension: the company pays 4% and you pay at least 5%",
     "a £200 refer-a-friend bonus when someone you recommend passes probation"],
    ["- **30%** off everything in our shops and cafés, with your staff card, for you and one other person with you.",
     "- A free loaf or six rolls at the end of every shift, from what is left on the day.",
     "- **50%** off one celebration cake a year from the cake studio, ordered at the normal lead time.",
     "- A pension: we pay **4%** of your pay and you pay at least 5%, once you earn enough to be enrolled.",
     "- A **£200** refer-a-friend bonus when someone you recommend passes their probation."])
add("list", "whats different in the new version of the wholesale guide", PD,
    ["sourdough loaf, 20 or more, standard delivery, £2.55 instead of £2.40",
     "same-day orders by 07:30 instead of 07:00",
     "free delivery for orders of £60 or more instead of £50",
     "delivery of a smaller order £8 a drop instead of £6.50",
     "celebration cake deposit 30% instead of 25%",
     "two-tier cake lead time 14 days instead of 21",
     "cake delivery £12 within 10 miles instead of £10",
     "late payment fee £25 instead of £20"],
    [("A sourdough loaf on a standard delivery, in orders of 20 or more, now costs £2.55 instead of £2.40.", 1),
     ("Same-day orders must now be placed by 07:30, instead of 07:00.", 1),
     ("Delivery is now free for wholesale orders of £60 or more, instead of £50.", 1),
     ("Delivery of a smaller wholesale order now costs £8 a drop, instead of £6.50.", 1),
     ("The deposit for a celebration cake is now 30% of the price, instead of 25%.", 1),
     ("A two-tier cake now needs 14 days' notice, instead of 21 days.", 1),
     ("Delivering a celebration cake now costs £12 within 10 miles, instead of £10.", 1),
     ("The late payment fee on a wholesale invoice is now £25, instead of £20.", 1)])
add("list", "how much did each bit of the business bring in last year", DX,
    ["shops and cafés: £4.91 million", "wholesale: £1.96 million", "online shop: £0.58 million", "cake studio: £0.39 million"],
    ["Harriet Garside reported that turnover for the year to 31 March 2038 was £7.84 million, against a budget of £7.60 million: £4.91 million from the shops and cafés, £1.96 million from wholesale, £0.58 million from the online shop and £0.39 million from the cake studio."],
    note="£7.84 million in all, against a budget of £7.60 million.")
add("list", "whats the point of the crust club app, what do i actually get", HT,
    ["1 point for every £1 spent, every 100 points worth £2 off",
     "a stamp for every hot drink, the ninth hot drink free after 8 stamps",
     "a free slice of cake or a traybake in your birthday week",
     "double points every Wednesday in the cafés",
     "Last Loaves alerts: bread left at 16:00 half price",
     "Christmas ordering two days before everyone else"],
    ["1 point for every £1 you spend. Every 100 points is worth £2 off your next purchase.",
     "A stamp for every hot drink you buy, and your ninth hot drink free after 8 stamps.",
     "A free slice of cake or a traybake in the week of your birthday.",
     "Double points every Wednesday in our cafés.",
     "Last Loaves alerts: bread left at 16:00 is half price in the shop you choose, and the app tells you what is left.",
     "Christmas ordering two days before everyone else."])
add("list", "went to pick up my click n collect and it wasnt ready, and half of it was wrong, what do you do about it", HT,
    ["not ready within 10 minutes of your collection time: a free hot drink and 50 Crust Club points",
     "anything missing or wrong when you collect: replaced at once from the shelves or refunded to your card",
     "a problem found at home: report it through Breadboard within 48 hours with a photo, refunded within 3 working days"],
    ["If your order is not ready within 10 minutes of your collection time, we give you a free hot drink and add 50 points to your Crust Club account.",
     "If anything is missing or wrong when you collect, the shop will replace it at once from what is on the shelves, or refund it to your card.",
     "If you find a problem after you get home, report it through Breadboard within 48 hours, with a photo. We refund the item within 3 working days."])
add("list", "had a bump in the van with a car, what am i meant to do", TX,
    ["stop, check nobody is hurt, and phone 999 if anyone is injured or the road is blocked",
     "swap names, addresses and the van's registration with the other driver",
     "take photos of both vehicles",
     "do not admit fault or agree to pay for anything",
     "phone the transport office before driving on, and record it in RoundTrack the same day"],
    ["* Stop, check that nobody is hurt, and phone 999 if anyone is injured or the road is blocked.",
     "* Swap names, addresses and the van's registration with the other driver, and take photos of both vehicles.",
     "* Do not admit fault or agree to pay for anything.",
     "* Phone the transport office before you drive on, and record the collision in RoundTrack the same day."])

# ---- explanation (6)
add("explanation", "how does pay work if im working the bank holiday, im full time in despatch", MD,
    ["Every hour worked on a bank holiday is paid at time and a half, and as a full-time member of staff you also get "
     "a day off in lieu within 8 weeks; Boxing Day and New Year's Day are paid at double time. Despatch shifts run "
     "03:00 – 11:00, so the early-start premium of £1.20 an hour is also paid for the hours before 06:00"],
    ["- **Bank holiday rate:** **time and a half** for every hour worked on a bank holiday, and full-time staff also get a day off in lieu within **8 weeks**. Boxing Day and New Year's Day are paid at **double time**.",
     "| Despatch | Central bakery | 03:00 – 11:00, Monday to Saturday | First vans leave at 05:00 |",
     EARLY])
add("explanation", "want to order a wedding cake for about 100 ppl, how do i go about it", PD,
    ["A three-tier cake (6, 8 and 10 inch) serves 110, from £310, and needs 21 days' notice, counted from when the "
     "deposit is paid. Choose it on Breadboard or in a shop and book a design chat with the cake studio for anything "
     "not in the range. Pay a 30% deposit to confirm the order and the balance no later than 7 days before, then "
     "collect it from the shop you chose or have it delivered in a chilled van (£12 within 10 miles, 90p a mile "
     "beyond)"],
    [("Three-tier (6, 8 and 10 inch) 110 £310 21 days", 3), (CAKES, 3),
     ("1. Choose your cake on Breadboard or at any of our shops, and book a design chat with the cake studio if you want something not in our range.", 3),
     ("2. Pay a deposit of 30% of the price. Your order is not confirmed until the deposit is paid.", 3),
     ("3. Pay the balance no later than 7 days before you collect the cake or we deliver it.", 3),
     ("4. Collect the cake from the shop you chose, or we deliver it in a chilled van.", 3),
     ("Celebration cake delivery £12 within 10 miles; 90p a mile beyond", 2)])
add("explanation", "our cafe wants a trade account with you lot, whats involved", PD,
    ["Apply on Breadboard with your business name, address, delivery times and two trade references. A credit check "
     "takes up to 3 working days and a credit limit is agreed. The first 3 orders are paid by card when placed; after "
     "that you are invoiced monthly, with invoices due within 30 days. Standing orders are set up on Breadboard, and "
     "the minimum first order is £40"],
    [("1. Apply on Breadboard with your business name, address, delivery times and two trade references.", 2),
     ("2. We run a credit check, which takes up to 3 working days, and agree a credit limit with you.", 2),
     ("3. Your first 3 orders are paid by card when you place them.", 2),
     ("4. After that you are invoiced monthly, and invoices are due within 30 days of the invoice date.", 2),
     ("5. Set up standing orders on Breadboard for the days you want regular deliveries. The minimum first order is £40.", 2)])
add("explanation", "why are the night bakers getting more money now", DX,
    ["Agency night bakers cost £84,000 in the year, three skilled night bakers had left for supermarket in-store "
     "bakeries paying more for nights, and 6 of the 28 night baker posts were vacant at the end of April. So the "
     "directors agreed that from Monday 7 June 2038 the night premium for hours between 22:00 and 06:00 goes up from "
     "£2.10 to £2.60 an hour"],
    ["Ifeoma Castleton reported that agency night bakers cost £84,000 in the year, and that three skilled night bakers had left for supermarket in-store bakeries paying more for nights.",
     "6 of the 28 night baker posts were vacant at the end of April.",
     "The directors agreed that from Monday 7 June 2038 the night premium for hours worked between 22:00 and 06:00 goes up from £2.10 to £2.60 an hour."])
add("explanation", "my lad is celiac, how do i know whats safe for him to eat from you", HT,
    ["Every pre-packed product is labelled with its ingredients and the 14 major allergens in bold; for loose bread, "
     "cakes and café food, ask staff for the product's allergen sheet (they will not sell it if the sheet is missing), "
     "and online the sheets are on each product page in Breadboard. The Clearbake gluten-free range of bread, rolls "
     "and brownies is made in a sealed room on Mondays and Thursdays only, packed before it leaves the room and "
     "delivered to every shop on Tuesdays and Fridays"],
    ["Every pre-packed product is labelled with its ingredients, with the 14 major allergens in bold.",
     "For loose bread, cakes and café food, ask any member of staff for the allergen sheet for that product. Our staff will never guess, and if the sheet is missing they will not sell you the product.",
     "Allergen sheets for everything in the online shop are shown on each product page in Breadboard.",
     "Our Clearbake range of gluten-free bread, rolls and brownies is made in a sealed room at the bakery, on Mondays and Thursdays only, and is packed before it leaves the room. It is delivered to every shop on Tuesdays and Fridays."])
add("explanation", "how do we deal with an allergen spill on the line", TX,
    ["Stop the line at once and keep everyone away. The shift supervisor, who authorises what happens, holds back all "
     "product made on that line since the spill. Clean down with the red allergen kit and bag the waste and cloths "
     "separately, then take a swab: the line restarts only when the swab is clear. The shift supervisor tells the "
     "Food Safety and Technical Manager within 1 hour and records the spill in LabelBase, and held product is thrown "
     "away unless the Technical Manager decides it is safe to sell"],
    [SPILL,
     "1. Stop the line and keep everyone away from the spill.",
     "2. Tell the shift supervisor, who holds back all product made on that line since the spill.",
     "3. Clean down with the red allergen kit, and bag the waste and the cloths separately.",
     "4. Take a swab. The line restarts only when the swab result is clear.",
     "5. The shift supervisor tells the Food Safety and Technical Manager within 1 hour and records the spill in LabelBase.",
     "6. Held product is thrown away unless the Technical Manager decides it is safe to sell."])

# ---- unanswerable (6: 5 near misses, one per document, and 1 off-topic)
add("unanswerable", "how much do they give you towards safety boots", MD, [], [], subtype="near_miss",
    note="The handbook says safety footwear must be worn in the bakery and in despatch, but gives no allowance for it.")
add("unanswerable", "how much for a four tier wedding cake", PD, [], [], subtype="near_miss",
    note="The guide's cake table goes up to a three-tier cake (£310); it has no four-tier cake.")
add("unanswerable", "what profit did the cake studio make last year", DX, [], [], subtype="near_miss",
    note="The minutes give the cake studio's turnover (£0.39 million) and the company's profit before tax (£412,000), not the cake studio's profit.")
add("unanswerable", "do my crust club points run out if i dont use them", HT, [], [], subtype="near_miss",
    note="The help page says what points are worth and where they can be used, but not whether they expire.")
add("unanswerable", "whats the insurance excess if i prang the van", TX, [], [], subtype="near_miss",
    note="The procedure says what to do after a collision but gives no insurance excess.")
add("unanswerable", "any tips for getting my sourdough starter going at home", None, [], [], subtype="off_topic",
    note="Not covered by any document.")

# ---- summary (2)
add("summary", "give us the gist of the wholesale and cakes guide", PD, [
    "Version 6 of Ridgemoor Bakery's Wholesale and Celebration Cakes Guide applies to orders from Monday 4 January 2038, for wholesale customers and cake customers; wholesale prices exclude VAT",
    "Wholesale prices depend on product line, order size and delivery service: standard (ordered by 14:00 two days before), next-day (by 14:00 the day before) or same-day (by 07:30, within 15 miles), for example a sourdough loaf from £2.55 to £3.45",
    "Delivery is free for orders of £60 or more within 25 miles and £8 a drop below that; other charges include £1.10 a mile beyond 25 miles, £6 for a timed slot, £6 for a crate not returned and a £25 late payment fee",
    "Wholesale accounts are opened on Breadboard with two trade references and a credit check; the first 3 orders are paid by card, then invoices are monthly and due within 30 days",
    "Celebration cakes run from a 6-inch round at £38 with 5 days' notice to a three-tier cake at £310 with 21 days, with a 30% deposit and the balance 7 days before; cake delivery is £12 within 10 miles",
    "Wholesale orders can be changed free until 14:00 the day before; cake changes are free up to 10 days before and then cost £20, and a cake cancelled 14 days or more before gets its deposit back less £15",
    "Faulty deliveries are reported on Breadboard within 24 hours and credited within 5 working days; complaints go to Customer Care, then the Operations Manager, then the Wendledale Food Trade Mediation Service"],
    [("Version 6, for orders delivered or collected from Monday 4 January 2038;", 1),
     ("Wholesale prices exclude VAT;", 1),
     ("A standard delivery is ordered by 14:00 two days before, a next-day delivery by 14:00 the day before, and a same-day delivery by 07:30 on the day, for delivery after 11:00:", 2),
     ("Wholesale delivery, £60 or more free within 25 miles of the bakery", 2),
     ("Wholesale delivery, under £60 £8 a drop within 25 miles of the bakery", 2),
     ("3. Your first 3 orders are paid by card when you place them.", 2),
     ("6-inch round 10 to 12 £38 5 days", 3),
     ("Three-tier (6, 8 and 10 inch) 110 £310 21 days", 3),
     ("If you cancel a cake 14 days or more before the date, we refund your deposit less a £15 admin fee.", 3),
     ("1. Report it on Breadboard within 24 hours of delivery, choosing Report a problem next to the delivery.", 4),
     ("4. If you still disagree, you can take your complaint to the Wendledale Food Trade Mediation Service within 3 months of our final reply.", 4)])
add("summary", "what did the directors decide at the may meeting", DX, [
    "From Monday 7 June 2038 the night premium goes up from £2.10 to £2.60 an hour; the early-start premium of £1.20 an hour does not change",
    "From Monday 5 July 2038 wholesale delivery is free only for orders of £75 or more, instead of £60; the £8 charge for smaller orders does not change",
    "From Monday 24 May 2038 drivers phone the customer when a drop is likely to be more than 20 minutes late, instead of 30",
    "From Saturday 5 June 2038 the customer phone line is open 08:00 to 14:00 on Saturdays, instead of 08:00 to 12:00",
    "Click-and-collect stays free: the proposal to charge £1.50 on orders under £15 was rejected",
    "Deferred: the Kelby Retail Park shop (July meeting, 1 July 2038) and two electric vans (September meeting, 2 September 2038)"],
    ["From Monday 7 June 2038 the night premium goes up from £2.10 to £2.60 an hour; the early-start premium of £1.20 an hour does not change.",
     "From Monday 5 July 2038 wholesale delivery is free for orders of £75 or more, instead of £60; the £8 charge for smaller orders does not change.",
     "From Monday 24 May 2038 drivers phone the customer when a drop is likely to be more than 20 minutes late, instead of 30.",
     "From Saturday 5 June 2038 the customer phone line is open from 08:00 to 14:00 on Saturdays, instead of 08:00 to 12:00.",
     "Click-and-collect stays free; the proposal to charge £1.50 on orders under £15 was not agreed.",
     "Deferred: the Kelby Retail Park shop (July meeting, 1 July 2038) and two electric vans (September meeting, 2 September 2038)."])

# ---- conversations (4)
def turn(n, type, q, doc, answers, evidence):
    ev = [{"quote": e[0], "page": e[1]} if isinstance(e, tuple) else {"quote": e} for e in evidence]
    return {"turn": n, "type": type, "q": q, "doc": doc, "answerable": True, "answers": answers, "evidence": ev}
items.append({"id": f"rm-{len(items)+1:03d}", "type": "conversation", "doc": MD, "turns": [
    turn(1, "factual", "just moved onto nights, whats the extra per hour for them", MD,
         ["£2.10 an hour", "£2.10 an hour night premium for every hour worked between 22:00 and 06:00"],
         [NIGHT]),
    turn(2, "factual", "and the lot on the 4am start, what do they get", MD,
         ["£1.20 an hour", "£1.20 an hour early-start premium for the hours before 06:00 (the early shift runs 04:00 – 12:00); it is not paid on top of the night premium"],
         [EARLY, "| Early Shift | Central bakery | 04:00 – 12:00, Monday to Saturday | Savouries out of the oven by 07:30 |"]),
    turn(3, "factual", "ifeoma reckons the nights money is going up, whats it going to", DX,
         ["£2.60 an hour", "£2.60 an hour, up from £2.10, from Monday 7 June 2038"],
         ["The directors agreed that from Monday 7 June 2038 the night premium for hours worked between 22:00 and 06:00 goes up from £2.10 to £2.60 an hour."]),
    turn(4, "yes_no", "do the early starters get a bump too", DX,
         ["no", "no, the early-start premium of £1.20 an hour does not change, and nor do the Sunday and bank holiday rates"],
         ["The early-start premium of £1.20 an hour does not change, and nor do the Sunday and bank holiday rates."]),
]})
items.append({"id": f"rm-{len(items)+1:03d}", "type": "conversation", "doc": PD, "turns": [
    turn(1, "factual", "whats the minimum we have to order for free delivery to our hotel", PD,
         ["£60", "£60 or more, within 25 miles of the bakery (it was £50 before version 6)"],
         [("Wholesale delivery, £60 or more free within 25 miles of the bakery", 2),
          ("Delivery is now free for wholesale orders of £60 or more, instead of £50.", 1)]),
    turn(2, "factual", "and if were under that?", PD,
         ["£8 a drop", "£8 a drop within 25 miles (it was £6.50), and £1.10 a mile for each mile beyond the first 25"],
         [("Wholesale delivery, under £60 £8 a drop within 25 miles of the bakery", 2),
          ("Delivery beyond 25 miles £1.10 a mile for each mile beyond the first 25", 2),
          ("Delivery of a smaller wholesale order now costs £8 a drop, instead of £6.50.", 1)]),
    turn(3, "yes_no", "heard the free delivery level is going up to 75 quid, is that right", DX,
         ["yes", "yes, from Monday 5 July 2038 wholesale delivery is free only for orders of £75 or more, instead of £60; the £8 a drop for smaller orders does not change"],
         ["The directors agreed that from Monday 5 July 2038 wholesale delivery is free only for orders of £75 or more, instead of £60.",
          "The charge of £8 a drop for smaller orders does not change, and nor do same-day prices."]),
]})
items.append({"id": f"rm-{len(items)+1:03d}", "type": "conversation", "doc": TX, "turns": [
    turn(1, "factual", "running behind on my round, at what point do i have to ring the customer", TX,
         ["when a drop is likely to be more than 30 minutes late", "as soon as a drop is likely to be more than 30 minutes late: phone the customer, hands-free or while parked, give a new time and log it in RoundTrack"],
         ["* Watch the arrival times in RoundTrack. As soon as a drop is likely to be more than 30 minutes late, phone the customer, hands-free or while parked, and give them a new time.",
          LATE]),
    turn(2, "factual", "and if its gonna be hours late?", TX,
         ["the customer is offered cancelling it free of charge", "if a drop will be more than 2 hours late, the transport office offers the customer the choice of cancelling it free of charge"],
         ["* If a drop will be more than 2 hours late, the transport office offers the customer the choice of cancelling it free of charge."]),
    turn(3, "factual", "lachlan said at the briefing the ringing time is changing, whats it now", DX,
         ["20 minutes", "more than 20 minutes late instead of 30, from Monday 24 May 2038"],
         ["The directors agreed that from Monday 24 May 2038 a driver phones the customer as soon as a drop is likely to be more than 20 minutes late, instead of 30 minutes."]),
    turn(4, "yes_no", "do the breakdown times change as well", DX,
         ["no", "no, the timescales for van breakdowns do not change; only the late delivery call moves from 30 to 20 minutes"],
         ["The timescales for van breakdowns do not change."]),
]})
items.append({"id": f"rm-{len(items)+1:03d}", "type": "conversation", "doc": HT, "turns": [
    turn(1, "factual", "what time is your phone line open til on saturdays", HT,
         ["12:00", "08:00 to 12:00 on Saturdays (08:00 to 18:00 Monday to Friday)"],
         [PHONE, HOURS]),
    turn(2, "yes_no", "can i ring on a sunday then", HT,
         ["no", "no, the customer phone line is closed on Sundays and bank holidays"],
         [PHONE, HOURS]),
    turn(3, "yes_no", "someone in the shop said the saturday hours are getting longer, true?", DX,
         ["yes", "yes, from Saturday 5 June 2038 the phone line is open 08:00 to 14:00 on Saturdays instead of 08:00 to 12:00; it stays closed on Sundays and the weekday hours of 08:00 to 18:00 do not change"],
         ["The directors agreed that from Saturday 5 June 2038 the customer phone line is open from 08:00 to 14:00 on Saturdays, instead of 08:00 to 12:00.",
          "It stays closed on Sundays, and the weekday hours of 08:00 to 18:00 do not change."]),
]})
json.dump({"items": items}, open(HERE / "dev.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
import collections
print(len(items), collections.Counter(i["type"] for i in items),
      sum(len(i["turns"]) if i["type"] == "conversation" else 1 for i in items), "judged rows")
