"""Writes dev.json for the penhallow held-out set: questions written from the documents in docs/ before any product
run. Same schema as coldharbour (and ferncombe, hartwell, ashgrove, saltmoor and the earlier sets)."""
from pathlib import Path
HERE = Path(__file__).resolve().parents[1]  # tests/data/penhallow
import json
MD, PD, DX, HT, TX = ("staff-handbook.md", "deliveries-returns-and-plant-guarantee-policy.pdf",
                      "management-team-minutes-2032-10-13.docx", "visiting-us-faq.html",
                      "glasshouse-heating-failure-procedure.txt")
items = []
def add(type, q, doc, answers, evidence, **kw):
    ev = [{"quote": e[0], "page": e[1]} if isinstance(e, tuple) else {"quote": e} for e in evidence]
    it = {"id": f"pg-{len(items)+1:03d}", "type": type, "q": q, "doc": doc, "answerable": type != "unanswerable",
          "answers": answers, "evidence": ev}
    it.update(kw)
    items.append(it)
    return it

# rows of the procedure's column table, their wrapped cells in line order
GH3 = "Glasshouse 3 poinsettias from 17°C 13°C August to December, then young bedding"
GH4 = "Glasshouse 4 tender perennials, 10°C 7°C fuchsias and houseplants growing on"

# ---- factual (19)
add("factual", "my daughters just got a job as a cook in the orangery cafe, what will she be paid", MD,
    ["£23,500 – £25,900 a year", "£23,500 to £25,900 a year full-time: Cooks are on grade P2, with a 3-month probation, and the pay bands are the same at every site"],
    ["| P2 | Customer Services Adviser, Cook, Delivery Driver, Landscaper | £23,500 – £25,900 | 3 months |",
     "Pay bands are for full-time staff and are the same at every site."],
    note="A Head Cook is P3, £26,200 to £29,800; Café Assistants are P1, £22,400 to £23,600.")
add("factual", "ive worked here 8 years now, how much annual leave am i entitled to", MD,
    ["33 days", "33 days a year (7 to 12 years' service), including the eight bank holidays, with up to 5 days to carry over; the leave year runs from 1 October to 30 September"],
    ["| 7 to 12 years | 33 days | Up to 5 days |",
     "Full-time staff get the following, **including the eight bank holidays**:",
     "The leave year runs from **1 October to 30 September**."],
    note="30 days under 3 years, 32 days for 3 to 7 years, 35 days from 12 years.")
add("factual", "been here just over 3 yrs, how many weeks full pay do i get if im off sick", MD,
    ["8 weeks", "8 weeks on full pay and then 8 weeks on half pay (2 to 5 years' service), counted over a rolling 12 months and including SSP"],
    ["| 2 to 5 years | 8 weeks | 8 weeks |",
     "Company sick pay depends on your continuous service on the first day of absence, is counted over a rolling 12 months and includes statutory sick pay (SSP)."],
    note="6 months to 2 years gives 4 weeks of each; 5 to 10 years 13 weeks of each.")
add("factual", "doing an early in the orangery tomorrow but feel rough, whats the latest i can ring in", MD,
    ["06:45", "by 06:45, by phone (not text) to the café manager; for a late shift it is by 08:30"],
    ["2. **Café staff:** phone the café manager by **06:45** for an early shift or by **08:30** for a late shift.",
     "Phone, do not text, before your shift starts:"],
    note="Retail staff phone the duty manager by 07:45 (09:00 on a Sunday); nursery staff by 06:30, dispatch by 05:30.")
add("factual", "how much extra is it to have a pallet of compost delivered", PD,
    ["£15 a pallet", "£15 a pallet, added to the delivery charge for the zone, delivered to the kerb by tail lift (it was £10 before version 4)"],
    [("Pallet of compost, bark or aggregates £15 a pallet to the kerb, by tail lift", 2),
     ("These extra charges are added to the delivery charge where they apply:", 2),
     ("The charge for delivering a pallet of compost, bark or aggregates is now £15 a pallet, instead of £10.", 1)])
add("factual", "how long are bedding plants guaranteed for", PD,
    ["14 days", "14 days from the date on the receipt, for bedding, annuals and vegetable plants; houseplants get 30 days and hardy trees, shrubs, roses and climbers 2 years"],
    [("Bedding, annuals and vegetable plants 14 days from the date on the receipt", 3),
     ("Houseplants and orchids 30 days kept indoors", 3),
     ("Hardy trees, shrubs, roses and climbers 2 years from the date on the receipt", 3)])
add("factual", "bought a parasol in the sale and changed my mind, how long have i got to bring it back", PD,
    ["14 days", "14 days, and sale and clearance goods are refunded as a gift card only; other unused goods can be returned within 30 days"],
    [("Sale and clearance goods 14 days gift card only", 4),
     ("Unused goods, with a receipt 30 days to the card used, or in cash", 4)])
add("factual", "i live about 25 miles from polgarrow, how long till my delivery turns up", PD,
    ["within 8 working days", "within 8 working days of the order, as 20 to 30 miles is zone C, which costs £19.50 and is never free; a 2-hour delivery slot is texted the evening before"],
    [("Deliveries in zones A and B are made within 5 working days of the order, and in zone C within 8 working days.", 2),
     ("Zone C 20 to 30 miles £19.50 never free", 1),
     ("The evening before, Tillway texts the customer a 2-hour delivery slot.", 2)])
add("factual", "how many of the poinsetias got ruined when the boiler packed up", DX,
    ["2,300", "2,300 of the 14,000 poinsettias in Glasshouse 3 were damaged, a loss of about £9,200 at trade prices, after the heating failure in the early hours of Sunday 26 September 2032"],
    ["Glasshouse 3 fell to 8°C before the portable heaters brought it back, and 2,300 of the 14,000 poinsettias there were damaged, a loss of about £9,200 at trade prices.",
     "Kerenza Blamey reported on the heating failure in the early hours of Sunday 26 September 2032."])
add("factual", "what profit did the company make april to september", DX,
    ["£585,000", "an operating profit of £585,000 for April to September, against a budget of £540,000"],
    ["Anil Mistry reported an operating profit of £585,000 for April to September, against a budget of £540,000."])
add("factual", "how much would the new biomass boiler cost", DX,
    ["about £186,000", "about £186,000 to replace both gas boilers with a biomass boiler and a heat store, with a grant of up to 40% possible; the team asked for a second quote and the grant decision and deferred it to the January meeting on 19 January 2033"],
    ["Joost Verhoeven proposed replacing both gas boilers with a biomass boiler and a heat store, at about £186,000, with a grant of up to 40% possible.",
     "The team asked for a second quote and the grant decision, so the proposal was deferred to the January meeting on Wednesday 19 January 2033."])
add("factual", "what time does the orangery cafe shut on a sunday", HT,
    ["16:00", "16:00: the Orangery Café at Trevissick is open from 10:30 to 16:00 on Sundays all year, and hot food is served until 30 minutes before it closes"],
    ["Orangery Café, Trevissick 09:00 to 17:00 09:30 to 16:00 10:30 to 16:00",
     "Sunday hours are the same all year.",
     "Hot food is served until 30 minutes before the café closes."],
    note="Trevissick Garden Centre itself is open 10:30 to 16:30 on Sundays; the café also closes at 16:00 on winter weekdays.")
add("factual", "how many disabled parking spaces are there at polgarrow", HT,
    ["6", "6 blue badge spaces, out of 90 spaces; parking is free"],
    ["Polgarrow has 90 spaces, with 6 blue badge spaces.",
     "Parking is free at both centres."],
    note="Trevissick has 220 spaces, with 12 blue badge spaces.")
add("factual", "how many points do i need on my green leaf card before i get a voucher", HT,
    ["500 points", "every 500 points gives a £5 voucher, sent by email; you get 1 point for every £1 you spend in the garden centres and the cafés"],
    ["a £5 voucher by email for every 500 points;",
     "1 point for every £1 you spend, in the garden centres and the cafés;"])
add("factual", "whats the late night shopping time at trevissick in december", HT,
    ["until 20:00 on Thursdays", "on Thursdays in December Trevissick Garden Centre stays open until 20:00 for late-night Christmas shopping, and the Orangery Café until 19:30"],
    ["On Thursdays in December, Trevissick Garden Centre stays open until 20:00 for late-night Christmas shopping, and the Orangery Café until 19:30."])
add("factual", "what temprature sets the alarm off in glasshouse 4", TX,
    ["below 7°C", "below 7°C; Glasshouse 4, with tender perennials, fuchsias and houseplants growing on, is kept at 10°C"],
    [GH4],
    note="The propagation houses alarm below 14°C, Glasshouse 3 below 13°C and the cold houses below 1°C.")
add("factual", "how long have i got to answer when the heating alarm rings me", TX,
    ["10 minutes", "within 10 minutes, pressing 1 to acknowledge the alarm; if nobody answers within 10 minutes, Glasslog phones the Head Grower and then the Nursery Manager"],
    ["1. Answers the call and presses 1 to acknowledge the alarm, within 10 minutes.",
     "If nobody answers within 10 minutes, it phones the Head Grower, and then the Nursery Manager."])
add("factual", "if the boiler goes in january how long have hendra got to get an engineer here", TX,
    ["within 4 hours", "within 4 hours, day or night, from 1 October to 30 April under the contract, and within 8 hours at other times"],
    ["Under our contract their engineer is on site within 4 hours, day or night, from 1 October to 30 April, and within 8 hours at other times."])
add("factual", "how long do we keep the night logs for", TX,
    ["5 years", "5 years, for the night logs and the Glasslog records"],
    ["Night logs and Glasslog records kept ............................. 5 years"])

# ---- yes/no (9: 5 no, 4 yes)
add("yes_no", "im a retail assistant, if i do extra hours on a sunday is it time and a half", MD,
    ["yes", "yes, Retail Assistants are on grade P1, and staff on P1 to P3 are paid time and a half for overtime on Sundays and bank holidays (time and a quarter Monday to Saturday); overtime must be agreed by your manager first"],
    ["| P1 | Retail Assistant, Café Assistant, Nursery Assistant, Dispatch Operative | £22,400 – £23,600 | 3 months |",
     "Staff on grades P1 to P3 are paid **time and a quarter** from Monday to Saturday and **time and a half** on Sundays and bank holidays.",
     "Overtime is any time worked beyond your rota'd hours and must be agreed by your manager before you work it."])
add("yes_no", "i work in the glasshouses at carnvellan, can i book a fortnight off in april", MD,
    ["no", "no, nursery and dispatch staff can take no more than one week of leave at a time from March to June"],
    ["- **Nursery and dispatch:** no more than one week of leave at a time from March to June."])
add("yes_no", "got a climbing rose from you about 18 months ago and its died, can i get it replaced", PD,
    ["yes", "yes, hardy trees, shrubs, roses and climbers are guaranteed for 2 years from the date on the receipt; bring the plant, or a photo of it with its label, to the customer service desk with the receipt or the Green Leaf Club card used to buy it"],
    [("Hardy trees, shrubs, roses and climbers 2 years from the date on the receipt", 3),
     ("1. Bring the plant, or a photo of it with its label, to the customer service desk at either centre.", 3),
     ("Hardy trees, shrubs, roses, climbers and perennials are now guaranteed for 2 years from purchase, instead of 1 year.", 1)],
    note="Under version 3 of the policy the guarantee was 1 year.")
add("yes_no", "paid cash for a shrub that died, can i have my cash back", PD,
    ["no", "no, a plant paid for in cash is refunded as a gift card, or you can choose a replacement of the same or a similar plant; each plant is replaced once only"],
    [("A plant paid for in cash is refunded as a gift card.", 3),
     ("4. Choose a replacement of the same or a similar plant, or a refund of the price paid to the card used.", 3)])
add("yes_no", "did management decide to cut the 2 year guarentee on shrubs and that", DX,
    ["no", "no, the proposal to cut the guarantee on hardy trees, shrubs, roses, climbers and perennials from 2 years to 1 year was not agreed; it stays at 2 years until CS-2 is next reviewed in February 2034"],
    ["The team did not agree: the guarantee on hardy plants stays at 2 years until the policy, CS-2, is next reviewed in February 2034.",
     "The guarantee on hardy trees, shrubs, roses, climbers and perennials stays at 2 years; the proposal to cut it to 1 year was not agreed."])
add("yes_no", "can my dog come in the potting shed cafe with me", HT,
    ["no", "no, only assistance dogs are allowed in the cafés; dogs on a short lead are welcome in the outdoor plant areas and the garden shops of both centres"],
    ["Only assistance dogs are allowed in the cafés, the food hall at Trevissick and Santa's grotto.",
     "Dogs on a short lead are welcome in the outdoor plant areas and the garden shops of both centres"])
add("yes_no", "got given a penhallow gift card for my birthday, can i use it in the cafe", HT,
    ["yes", "yes, gift cards can be spent in both garden centres and both cafés for 24 months from the day they were bought; they can't be exchanged for cash"],
    ["Gift cards can be spent in both garden centres and both cafés for 24 months from the day they're bought, but can't be exchanged for cash."])
add("yes_no", "boiler wont fire up, is it ok to just keep resetting it till it goes", TX,
    ["no", "no, reset the boiler once only; if it does not start, or stops again, do not keep resetting it: write the fault code in the night log and phone Hendra Heating's breakdown line"],
    ["* Reset the boiler once only. If it does not start, or stops again, do not keep resetting it.",
     "* Phone Hendra Heating's breakdown line.",
     "* Read the fault code on the boiler panel and write it in the night log."])
add("yes_no", "if i get called out on standby do i get paid for the callout on top of the standby money", TX,
    ["yes", "yes, the on-call grower is paid the heating standby allowance in the staff handbook and at least 2 hours' pay for each call-out"],
    ["The on-call grower is paid the heating standby allowance in the staff handbook, and at least 2 hours' pay for each call-out."])

# ---- list (6)
add("list", "what extra payments can i get on top of my basic pay", MD,
    ["weekend watering payment: £45 a day on the weekend watering rota",
     "heating standby allowance: £30 a night from 1 November to 31 March and £15 a night at other times, plus at least 2 hours' pay for each call-out",
     "spraying allowance: £650 a year for staff with the PA1 and PA6 certificates on the spraying rota",
     "first aid allowance: £250 a year for trained first aiders"],
    ["- **Weekend watering payment:** **£45 a day** for each day on the weekend watering rota.",
     "- **Heating standby allowance:** the grower on the glasshouse heating alarm rota is paid **£30 a night** from 1 November to 31 March and **£15 a night** at other times, plus at least 2 hours' pay for each call-out.",
     "- **Spraying allowance:** staff who hold the PA1 and PA6 certificates and are on the spraying rota are paid **£650 a year**.",
     "- **First aid allowance:** trained first aiders are paid **£250 a year**."])
add("list", "what was changed in the new version of the delivery n returns policy", PD,
    ["hardy trees, shrubs, roses, climbers and perennials guaranteed for 2 years, instead of 1 year",
     "zone A delivery, up to 10 miles, £7.50, instead of £6.50",
     "free delivery on orders over £150 in zones A and B, instead of over £100 in all zones",
     "unused goods other than plants returnable within 30 days, instead of 14 days",
     "a 2-hour delivery slot, instead of a morning or an afternoon",
     "delivering a pallet of compost, bark or aggregates £15 a pallet, instead of £10",
     "gift cards usable for 24 months, instead of 12 months"],
    [("Hardy trees, shrubs, roses, climbers and perennials are now guaranteed for 2 years from purchase, instead of 1 year.", 1),
     ("Delivery in zone A, up to 10 miles from the centre, now costs £7.50, instead of £6.50.", 1),
     ("Delivery is now free on orders over £150 in zones A and B, instead of over £100 in all zones.", 1),
     ("Unused goods other than plants can now be returned within 30 days, instead of 14 days.", 1),
     ("Customers are now given a 2-hour delivery slot, instead of a morning or an afternoon.", 1),
     ("The charge for delivering a pallet of compost, bark or aggregates is now £15 a pallet, instead of £10.", 1),
     ("Gift cards can now be used for 24 months from the date they are bought, instead of 12 months.", 1)])
add("list", "what has jodie got to do after the october management meeting", DX,
    ["update the website delivery charges, by 17 December 2032",
     "update the website questions page for Polgarrow's summer hours, by 18 February 2033"],
    ["Update the website delivery charges Jodie Rickard 17 December 2032",
     "Update the website questions page for Polgarrow's summer hours Jodie Rickard 18 February 2033"])
add("list", "what sort of pots can i bring back to recycle", HT,
    ["black, grey and taupe plastic pots of any size",
     "plastic plant trays and module trays",
     "the plastic labels from their plants"],
    ["black, grey and taupe plastic pots of any size;",
     "plastic plant trays and module trays;",
     "the plastic labels from our plants."],
    note="Not polystyrene trays, compost bags or terracotta.")
add("list", "if we cant get the heating back on what do we do to save the plants", TX,
    ["close all vents and doors and draw the thermal screens across the roof of every heated house",
     "move the most tender batches, starting with the youngest cuttings, into the warmest house that has room",
     "cover benches of plugs and cuttings with a double layer of fleece",
     "set up the portable electric heaters from the potting shed store, no more than two to a house and at least 1 metre from any plants or fleece",
     "stay until the Head Grower or the day staff take over, and hand over the night log"],
    ["1. Closes all vents and doors and draws the thermal screens across the roof of every heated house.",
     "2. Moves the most tender batches, starting with the youngest cuttings, into the warmest house that has room.",
     "3. Covers benches of plugs and cuttings with a double layer of fleece.",
     "4. Sets up the portable electric heaters from the store in the potting shed, no more than two to a house, at least 1 metre from any plants or fleece.",
     "5. Stays until the Head Grower or the day staff take over, and hands over the night log.",
     "If a house cannot be brought back above its alarm temperature, the on-call grower, with the Head Grower's agreement:"])
add("list", "first time on call tonight, what are the safety rules for being up the nursery at night", TX,
    ["wear the head torch and the hi-vis jacket from the boiler house, and keep the rota phone on you",
     "do not climb on benches, staging or the glasshouse roofs, and do not go into a glasshouse or polytunnel when the wind is above 50 mph",
     "keep to the lit paths between the houses and keep the reservoir gate shut",
     "if you are hurt or feel unwell, phone 999 first and then the Head Grower; the first aid kit and defibrillator are inside the Nursery Office door",
     "if someone you do not know is on the site, do not go near them: lock yourself in your car or the Nursery Office and phone 999"],
    ["* Wear the head torch and the hi-vis jacket from the boiler house, and keep the rota phone on you.",
     "* Do not climb on benches, staging or the glasshouse roofs, and do not go into a glasshouse or polytunnel when the wind is above 50 mph.",
     "* Keep to the lit paths between the houses. The reservoir by Glasshouse 6 is fenced, but the gate must stay shut.",
     "* If you are hurt or feel unwell, phone 999 first and then the Head Grower. The first aid kit and the defibrillator are inside the Nursery Office door, and the gate code opens it.",
     "* If someone you do not know is on the site, do not go near them. Lock yourself in your car or the Nursery Office and phone 999."])

# ---- explanation (6)
add("explanation", "how do the annualised hours work, do i get paid less in the winter", MD,
    ["Garden centre, nursery, delivery and landscaping staff work 42 hours a week in the main season, from March to "
     "August, and 36 hours a week from September to February, but are paid for an average of 39 hours a week all year, "
     "so pay does not drop in winter. Café and head office staff work 37.5 hours a week all year instead. Rotas are "
     "published in Rotabloom four weeks ahead"],
    ["Garden centre, nursery, delivery and landscaping staff work **annualised hours**: **42 hours a week** in the main season, from March to August, and **36 hours a week** from September to February.",
     "You are paid for an average of 39 hours a week all year.",
     "Café and head office staff work **37.5 hours a week** all year.",
     "Rotas are published in Rotabloom **four weeks** ahead."])
add("explanation", "how do i claim if a plant ive bought from you dies", PD,
    ["Bring the plant, or a photo of it with its label, to the customer service desk at either centre, with the receipt "
     "or the Green Leaf Club card used to buy it so that the purchase can be found in Tillway, and tell the plant area "
     "supervisor when and where it was planted and how it has been watered. If it is within its guarantee period (for "
     "example 2 years for hardy shrubs and roses, 14 days for bedding), you choose a replacement of the same or a "
     "similar plant, or a refund of the price paid to the card used; a plant paid for in cash is refunded as a gift "
     "card, and each plant is replaced once only"],
    [("1. Bring the plant, or a photo of it with its label, to the customer service desk at either centre.", 3),
     ("2. Show the receipt, or the Green Leaf Club card used to buy the plant, so that the purchase can be found in Tillway.", 3),
     ("3. Tell the plant area supervisor when and where it was planted and how it has been watered.", 3),
     ("4. Choose a replacement of the same or a similar plant, or a refund of the price paid to the card used. A plant paid for in cash is refunded as a gift card. Each plant is replaced once only.", 3),
     ("Hardy trees, shrubs, roses and climbers 2 years from the date on the receipt", 3),
     ("Bedding, annuals and vegetable plants 14 days from the date on the receipt", 3)])
add("explanation", "what happens if im out when your van comes with my delivery", PD,
    ["If nobody is in and no safe place was agreed, the driver leaves a card and takes the order back to Sawmill Yard, "
     "and the second delivery is charged at the zone charge again. To avoid it, make sure someone aged 18 or over is at "
     "home during the 2-hour delivery slot texted the evening before, or agree a safe place; a delivery can also be "
     "moved to another day free until 17:00 on the working day before it is due"],
    [("If nobody is in and no safe place was agreed, the driver leaves a card and takes the order back to Sawmill Yard.", 2),
     ("The second delivery is charged at the zone charge again.", 2),
     ("Make sure someone aged 18 or over is at home during the delivery slot, unless a safe place has been agreed.", 2),
     ("The evening before, Tillway texts the customer a 2-hour delivery slot.", 2),
     ("A delivery can be moved to another day, free, until 17:00 on the working day before it is due.", 2)])
add("explanation", "why have they made the on call growers get to the nursery quicker", DX,
    ["Because of the heating failure at Carnvellan in the early hours of Sunday 26 September 2032: boiler 2 stopped at "
     "02:35, Glasslog raised the alarm at 02:52 when Glasshouse 3 fell below 13°C, and the on-call grower arrived at "
     "03:36, within the 45 minutes NU-07 allowed. The boiler did not restart, the Hendra Heating engineer arrived at "
     "06:10, Glasshouse 3 fell to 8°C and 2,300 of the 14,000 poinsettias were damaged, a loss of about £9,200. With its "
     "boiler off Glasshouse 3 loses about 1°C every 8 minutes on a cold night, so from Monday 1 November 2032 the "
     "on-call grower must arrive within 30 minutes of the alarm instead of 45"],
    ["Kerenza Blamey reported on the heating failure in the early hours of Sunday 26 September 2032.",
     "Boiler 2 stopped at 02:35, and Glasslog raised the alarm at 02:52, when Glasshouse 3 fell below 13°C.",
     "The on-call grower, Tom Jago, acknowledged the alarm at 02:58 and arrived at 03:36, within the 45 minutes that NU-07 allows.",
     "The boiler did not restart after one reset, and the Hendra Heating engineer arrived at 06:10.",
     "Glasshouse 3 fell to 8°C before the portable heaters brought it back, and 2,300 of the 14,000 poinsettias there were damaged, a loss of about £9,200 at trade prices.",
     "Kerenza said that with its boiler off, Glasshouse 3 loses about 1°C every 8 minutes on a cold night.",
     "The team agreed that from Monday 1 November 2032 the on-call grower must arrive at the nursery within 30 minutes of the alarm, instead of 45 minutes."])
add("explanation", "im not trade, is there any way i can buy plants at the nursery itself", HT,
    ["Carnvellan is a working wholesale nursery, and its trade counter, open 07:30 to 15:30 Monday to Friday, serves "
     "trade customers only; trade accounts are for businesses, with a first order of at least £250. Everyone else can "
     "come to the four nursery open days each year, in April, June, September and November, to tour the glasshouses, "
     "meet the growers and buy plants straight from the nursery. The dates are announced to Green Leaf Club members "
     "first"],
    ["Carnvellan Nursery is a working wholesale nursery, and its trade counter serves trade customers only, such as landscapers, councils and other garden centres, from 07:30 to 15:30 Monday to Friday.",
     "Trade accounts are for businesses, with a first order of at least £250.",
     "Everyone else is welcome at our four nursery open days each year, in April, June, September and November, when you can tour the glasshouses, meet our growers and buy plants straight from the nursery.",
     "Dates are announced to Green Leaf Club members first."])
add("explanation", "what happens if theres a power cut up at the nursery overnight", TX,
    ["Glasslog raises an alarm when the mains power fails, and the back-up generator starts on its own within 30 "
     "seconds and runs the boilers, the pumps and Glasslog for up to 36 hours on a full tank. The on-call grower goes "
     "to the generator shed first; if the generator has not started, press the green start button, and never refuel "
     "it while it is running. Phone 105 to report the power cut and ask how long it is expected to last, and tell the "
     "Head Grower if the tank is below half full so that fuel can be ordered"],
    ["Glasslog raises an alarm when a house falls below its alarm temperature, and also when a boiler or the mains power fails.",
     "* The back-up generator starts on its own within 30 seconds of a power cut and runs the boilers, the pumps and Glasslog for up to 36 hours on a full tank.",
     "5. Goes to the boiler house first, unless the app shows a power cut, in which case goes to the generator shed first.",
     "* If it has not started, press the green start button in the generator shed. Never refuel it while it is running.",
     "* Phone 105 to report the power cut and ask how long it is expected to last.",
     "* Tell the Head Grower if the tank is below half full, so that a fuel delivery can be ordered."])

# ---- unanswerable (6: 5 near misses, one per document, and 1 off-topic)
add("unanswerable", "how much maternity pay will i get, im due in march", MD, [], [], subtype="near_miss",
    note="The handbook gives sick pay and annual leave by length of service, but says family leave such as maternity leave is covered by the Family Leave Policy on the intranet.")
add("unanswerable", "whats the guarantee on a patio your landscaping lads laid for us", PD, [], [], subtype="near_miss",
    note="The policy gives guarantee periods for plants, but says gardens built or planted by the landscaping team are covered by the separate Landscaping Terms, which have their own guarantees.")
add("unanswerable", "how much did the potting shed cafe take in august", DX, [], [], subtype="near_miss",
    note="The minutes give café sales for April to September together (£191,000 at the Potting Shed Café), not for August.")
add("unanswerable", "how much is a cream tea at the orangery", HT, [], [], subtype="near_miss",
    note="The FAQ says the Orangery Café serves cream teas, and gives its opening hours, but gives no prices.")
add("unanswerable", "whats hendras call out charge if they come out in the middle of the night", TX, [], [], subtype="near_miss",
    note="The procedure gives Hendra Heating's breakdown number and its response times under the contract (4 hours from 1 October to 30 April, 8 hours otherwise), but no charges.")
add("unanswerable", "how do i get red wine out of a cream carpet", None, [], [], subtype="off_topic",
    note="Not covered by any document.")

# ---- summary (2)
add("summary", "can you sum up the deliveries returns and plant guarantee policy for me", PD, [
    "Policy CS-2, version 4, in force from Monday 1 March 2032, covers deliveries, returns, the plant guarantee and complaints for Trevissick and Polgarrow garden centres; trade customers and landscaping work have their own terms",
    "Deliveries from Sawmill Yard, Monday to Saturday 08:00 to 17:00: zone A up to 10 miles £7.50, zone B 10 to 20 miles £12.50, zone C 20 to 30 miles £19.50, further by quote; free on orders over £150 in zones A and B; a 2-hour slot texted the evening before",
    "Extras: £15 a pallet of compost, bark or aggregates, £20 for a two-person delivery of items over 40 kg, £25 to take away old furniture; a failed delivery is charged again",
    "Plant guarantee: 2 years for hardy trees, shrubs, roses, climbers, perennials and fruit, 1 year for bare-root hedging, 30 days for houseplants and 14 days for bedding; bulbs, seeds, cut flowers and Christmas trees are not covered; a replacement or a refund, with cash purchases refunded as a gift card",
    "Returns: unused goods within 30 days, sale goods within 14 days for a gift card only, faulty goods refunded within 30 days and repaired or replaced for up to 12 months",
    "Gift cards last 24 months; Green Leaf Club members earn 1 point per £1 and a £5 voucher for every 500 points",
    "Complaints go to the duty manager, then customer services (full reply within 10 working days), the Retail Director (within 20 working days) and then free independent mediation"],
    [("Approved by the Management Team on 8 February 2032 and in force from Monday 1 March 2032", 1),
     ("Zone A up to 10 miles £7.50 on orders over £150", 1),
     ("Zone C 20 to 30 miles £19.50 never free", 1),
     ("Pallet of compost, bark or aggregates £15 a pallet to the kerb, by tail lift", 2),
     ("Hardy trees, shrubs, roses and climbers 2 years from the date on the receipt", 3),
     ("Bedding, annuals and vegetable plants 14 days from the date on the receipt", 3),
     ("Unused goods, with a receipt 30 days to the card used, or in cash", 4),
     ("Sale and clearance goods 14 days gift card only", 4),
     ("Gift cards can be used in both centres and both cafés for 24 months from the date they are bought.", 4),
     ("2. If that does not settle it, write to customer services at Trevissick, who reply in full within 10 working days.", 4)])
add("summary", "what did the management team decide in october", DX, [
    "The guarantee on hardy trees, shrubs, roses, climbers and perennials stays at 2 years; the proposal to cut it to 1 year was rejected",
    "From Monday 3 January 2033 the zone A delivery charge rises from £7.50 to £8.50; the zone B and C charges and free delivery on orders over £150 do not change",
    "From Tuesday 1 February 2033 the staff discount on plants, compost and garden products rises from 20% to 25%; the 10% discount and the café discounts do not change",
    "From Monday 1 November 2032 the on-call grower must reach the nursery within 30 minutes of a heating alarm instead of 45; the alarm temperatures and the rest of NU-07 do not change",
    "From Tuesday 1 March 2033 Polgarrow Garden Centre opens 09:00 to 18:00 Monday to Saturday in summer instead of 09:00 to 17:30",
    "Deferred: a biomass boiler for Carnvellan Nursery (January meeting, 19 January 2033) and an online shop with click and collect (April meeting, 13 April 2033)"],
    ["The guarantee on hardy trees, shrubs, roses, climbers and perennials stays at 2 years; the proposal to cut it to 1 year was not agreed.",
     "From Monday 3 January 2033 the zone A delivery charge goes up from £7.50 to £8.50; the zone B and zone C charges and free delivery on orders over £150 do not change.",
     "From Tuesday 1 February 2033 the staff discount on plants, compost and garden products goes up from 20% to 25%; the 10% discount and the café discounts do not change.",
     "From Monday 1 November 2032 the on-call grower must arrive at the nursery within 30 minutes of a heating alarm, instead of 45 minutes; the alarm temperatures and the rest of NU-07 do not change.",
     "From Tuesday 1 March 2033 Polgarrow Garden Centre opens from 09:00 to 18:00, Monday to Saturday, in summer, instead of 09:00 to 17:30.",
     "Deferred: a biomass boiler for Carnvellan Nursery (January meeting, 19 January 2033) and an online shop with click and collect (April meeting, 13 April 2033)."])

# ---- conversations (4)
def turn(n, type, q, doc, answers, evidence):
    ev = [{"quote": e[0], "page": e[1]} if isinstance(e, tuple) else {"quote": e} for e in evidence]
    return {"turn": n, "type": type, "q": q, "doc": doc, "answerable": True, "answers": answers, "evidence": ev}
items.append({"id": f"pg-{len(items)+1:03d}", "type": "conversation", "doc": MD, "turns": [
    turn(1, "factual", "how much staff discount do we get on plants", MD,
         ["20%", "20% off plants, compost and garden products at both centres, when you show your staff card at the till (10% off garden furniture, barbecues and the Christmas shop)"],
         ["- **20%** off plants, compost and garden products at both centres.",
          "Show your staff card at the till.",
          "- **10%** off garden furniture, barbecues and the Christmas shop."]),
    turn(2, "factual", "n if i get my lunch in the cafe when im working?", MD,
         ["50%", "50% off food and drink in either café when you are on shift, and 20% when you are not"],
         ["- **50%** off food and drink in either café when you are on shift, and **20%** when you are not."]),
    turn(3, "yes_no", "someone in the staff room said the plant discount is going up, is that right", DX,
         ["yes", "yes, from Tuesday 1 February 2033 the staff discount on plants, compost and garden products goes up from 20% to 25%"],
         ["The team agreed that from Tuesday 1 February 2033 the staff discount on plants, compost and garden products goes up from 20% to 25%."]),
    turn(4, "yes_no", "and the cafe one, is that going up too", DX,
         ["no", "no, the café discounts of 50% on shift and 20% off shift do not change, and nor does the 10% on garden furniture, barbecues and the Christmas shop"],
         ["The 10% discount on garden furniture, barbecues and the Christmas shop does not change, and nor do the café discounts of 50% on shift and 20% off shift."]),
]})
items.append({"id": f"pg-{len(items)+1:03d}", "type": "conversation", "doc": PD, "turns": [
    turn(1, "factual", "how much do you charge to deliver, im about 6 miles from trevissick", PD,
         ["£7.50", "£7.50, as up to 10 miles from the centre is zone A; deliveries in zone A are made within 5 working days of the order"],
         [("Zone A up to 10 miles £7.50 on orders over £150", 1),
          ("Deliveries in zones A and B are made within 5 working days of the order", 2)]),
    turn(2, "factual", "how much do i have to spend for it to be free", PD,
         ["over £150", "delivery is free on orders over £150 in zones A and B (before version 4 it was over £100 in all zones)"],
         [("Delivery is now free on orders over £150 in zones A and B, instead of over £100 in all zones.", 1),
          ("Zone A up to 10 miles £7.50 on orders over £150", 1)]),
    turn(3, "yes_no", "my neighbour reckons the delivery charge is going up after christmas, is that true", DX,
         ["yes", "yes, from Monday 3 January 2033 the zone A charge goes up from £7.50 to £8.50; the zone B and zone C charges and free delivery on orders over £150 do not change"],
         ["The team agreed that from Monday 3 January 2033 the delivery charge for zone A, up to 10 miles from the centre, goes up from £7.50 to £8.50.",
          "The zone B charge of £12.50 and the zone C charge of £19.50 do not change, and nor does free delivery on orders over £150 in zones A and B."]),
]})
items.append({"id": f"pg-{len(items)+1:03d}", "type": "conversation", "doc": TX, "turns": [
    turn(1, "factual", "im on the heating alarm rota, once it goes off how long have i got to get to the nursery", TX,
         ["within 45 minutes", "you must arrive within 45 minutes of the alarm, having acknowledged it within 10 minutes and checked the Glasslog app before leaving home"],
         ["3. Drives to the nursery, arriving within 45 minutes of the alarm.",
          "1. Answers the call and presses 1 to acknowledge the alarm, within 10 minutes.",
          "2. Checks the house temperatures and the boilers on the Glasslog app before leaving home."]),
    turn(2, "factual", "and once im on site how often do i have to check in on the lone worker app", TX,
         ["every 30 minutes", "every 30 minutes while on site, after signing in on the lone worker app at the gate"],
         ["4. Signs in on the lone worker app at the gate, and checks in on it every 30 minutes while on site."]),
    turn(3, "factual", "heard the time to get there changed after the poinsettias got frosted, whats it now", DX,
         ["within 30 minutes", "within 30 minutes of the alarm, instead of 45 minutes, from Monday 1 November 2032"],
         ["The team agreed that from Monday 1 November 2032 the on-call grower must arrive at the nursery within 30 minutes of the alarm, instead of 45 minutes."]),
    turn(4, "yes_no", "have the alarm temps changed as well", DX,
         ["no", "no, the alarm temperatures, the heating standby allowance and the rest of NU-07 do not change"],
         ["The alarm temperatures, the heating standby allowance and the rest of NU-07 do not change."]),
]})
items.append({"id": f"pg-{len(items)+1:03d}", "type": "conversation", "doc": HT, "turns": [
    turn(1, "factual", "what time does polgarrow garden centre close in the summer", HT,
         ["17:30", "17:30: Polgarrow Garden Centre is open 09:00 to 17:30, Monday to Saturday, in summer, which runs from 1 March to 30 September"],
         ["Polgarrow Garden Centre 09:00 to 17:30 09:00 to 17:00 10:00 to 16:00",
          "Summer hours run from 1 March to 30 September and winter hours from 1 October to the end of February."]),
    turn(2, "factual", "and on a sunday?", HT,
         ["16:00", "16:00: it is open 10:00 to 16:00 on Sundays, all year"],
         ["Polgarrow Garden Centre 09:00 to 17:30 09:00 to 17:00 10:00 to 16:00",
          "Sunday hours are the same all year."]),
    turn(3, "yes_no", "my mate who works there said its staying open later next summer, true?", DX,
         ["yes", "yes, from Tuesday 1 March 2033 Polgarrow Garden Centre opens from 09:00 to 18:00, Monday to Saturday, in summer, instead of 09:00 to 17:30; its winter and Sunday hours do not change"],
         ["The team agreed that from Tuesday 1 March 2033 Polgarrow Garden Centre opens from 09:00 to 18:00, Monday to Saturday, in summer, instead of 09:00 to 17:30.",
          "Its winter hours, 09:00 to 17:00, and its Sunday hours, 10:00 to 16:00, do not change"]),
]})
json.dump({"items": items}, open(HERE / "dev.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
import collections
print(len(items), collections.Counter(i["type"] for i in items),
      sum(len(i["turns"]) if i["type"] == "conversation" else 1 for i in items), "judged rows")
