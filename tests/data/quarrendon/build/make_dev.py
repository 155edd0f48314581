"""Writes dev.json for the quarrendon held-out set: questions written from the documents in docs/ before any product
run. Same schema as fellgate (and ellerby, tarnbeck, stainforth, coldharbour, ferncombe, hartwell, ashgrove and the
earlier sets)."""
from pathlib import Path
HERE = Path(__file__).resolve().parents[1]  # tests/data/quarrendon
import json
MD, PD, DX, HT, TX = ("co-op-staff-handbook.md", "share-offer-and-member-charges-guide.pdf",
                      "board-meeting-minutes-2035-09-22.docx", "members-help-centre.html",
                      "site-access-and-permit-to-work-procedures.txt")
items = []
def add(type, q, doc, answers, evidence, **kw):
    ev = [{"quote": e[0], "page": e[1]} if isinstance(e, tuple) else {"quote": e} for e in evidence]
    it = {"id": f"qc-{len(items)+1:03d}", "type": type, "q": q, "doc": doc, "answerable": type != "unanswerable",
          "answers": answers, "evidence": ev}
    it.update(kw)
    items.append(it)
    return it

# rows of the procedure's column table, their wrapped cells in line order
CLIMB = ("Turbine climb a Senior two trained climbers; ask 2 working days permit Authorised rotor locked; no climb "
         "ahead; daylight Person (SAP) if mean wind speed at hours only the hub is above 12 m/s or lightning is "
         "within 16 km")
SCREW = ("Screw channel a Senior screw stopped and ask 3 working days entry permit Authorised locked; stop logs in; "
         "ahead; valid for 8 Person (SAP) gas test clear; rescue hours team of 3 at the top; river below 1.2 m on "
         "the Lenbury gauge")
ROOF = ("Roof access an Authorised school holidays or ask 5 working days permit Person (AP) weekends only; edge "
        "ahead; valid for protection in place; one day stop when gusts reach 30 mph")
HOT = ("Hot work an Authorised extinguisher at the ask 1 working day permit Person (AP) work; fire watch for ahead; "
       "valid up to 60 minutes after work 4 hours ends")
ONCALL = ("- **On-call allowance:** **£25** for each weekday night on call, Monday to Friday, and **£40** for each "
          "Saturday, Sunday or bank holiday on call, for the full 24 hours.")
CALLOUT = ("- **Call-out payment:** **£50** each time you are called out to a site, plus your hours on site at time "
           "and a half, with at least **2 hours** paid.")
HOURS = "Service Monday to Friday Saturday Sunday and bank holidays"
VC_WINTER = "Hobb's Weir visitor centre, November to March Closed 11:00 to 15:00 11:00 to 15:00"
VC_SUMMER = ("Hobb's Weir visitor centre, April to October 10:00 to 16:00 (Wednesday to Friday only) 10:00 to 17:00 "
             "10:00 to 17:00")
ADVICE_WINTER = "Home energy advice line, November to March 08:30 to 19:00 09:00 to 13:00 Closed"
ADVICE_SUMMER = "Home energy advice line, April to October 09:00 to 17:00 Closed Closed"
CHARGE_HDR = "Site and charger Time of day Members Non-members"
SHARE_HDR = "Share class Price Minimum Maximum Interest"

# ---- factual (19)
add("factual", "whats a field tech on salary wise", MD,
    ["£31,500 – £36,900 a year", "£31,500 to £36,900 a year on grade Q3, with a 6-month probation; you move up one step each April after 12 months in the grade"],
    ["| Q3 | Field Technician, Senior Energy Adviser, Finance Officer | £31,500 – £36,900 a year | 6 months |",
     "You move up one step in your grade each April once you have been in the grade for 12 months."],
    note="A Senior Technician (Authorised Person) is on Q4, £38,200 – £44,600 a year; apprentices get £12.10 an hour.")
add("factual", "been here 3 and a half yrs, how many weeks full pay do i get if im off sick", MD,
    ["10 weeks", "10 weeks' full pay and then 10 weeks' half pay (2 to 5 years' service), counted over a rolling 12 months and including SSP"],
    ["| 2 to 5 years | 10 weeks | 10 weeks |",
     "Company sick pay is based on how long you have worked here on the first day of absence. It is measured over a rolling 12 months and includes statutory sick pay (SSP)."],
    note="1 to 2 years gives 5 weeks of each; 5 years or more 16 weeks of each.")
add("factual", "im on nights in the control room, how much notice do i give if im too ill to come in", MD,
    ["at least 6 hours before the night shift", "phone the Control Room Supervisor at least 6 hours before a night shift (4 hours before a day shift); a text or email is not enough"],
    ["2. **Operations controllers:** phone the Control Room Supervisor at least **4 hours** before a day shift, or **6 hours** before a night shift.",
     "Ring the person below (a text or email is not enough), saying what the illness is and when you hope to return:"],
    note="Field technicians phone Operations Control by 07:00; energy advisers the Energy Advice Manager by 08:00.")
add("factual", "whats the mileage if i use my own motor for work", MD,
    ["45p a mile", "45p a mile, dropping to 25p a mile after 10,000 miles in the tax year, plus 5p a mile for each colleague you carry; claimed in Rotaline within 3 months"],
    ["| Own car on co-op business | 45p a mile | 25p a mile after 10,000 miles in the tax year |",
     "| Passengers | 5p a mile | for each colleague you carry |",
     "Claim expenses in Rotaline within **3 months**, with a receipt for everything except mileage."])
add("factual", "how much is one of the solar farm shares and whats the least i can put in", PD,
    ["£10 a share, with a minimum of £250", "Sallow Hill Solar Shares cost £10 each, with a minimum holding of £250 and a maximum of £50,000, and a target interest rate of 4.25%"],
    [("Sallow Hill Solar Shares (2035 offer) £10 £250 £50,000 4.25%", 1), (SHARE_HDR, 1)],
    note="Community Shares are £1 each with a £100 minimum.")
add("factual", "not a member, how much per kwh on the rapid charger in market square at night", PD,
    ["46p a kWh", "46p a kWh between 19:00 and 07:00 on the 50 kW rapid chargers (members pay 34p); 55p in the daytime"],
    [("Market Square, 50 kW rapid 19:00 to 07:00 34p 46p", 3), (CHARGE_HDR, 3),
     ("Market Square, 50 kW rapid 07:00 to 19:00 42p 55p", 3)])
add("factual", "how much for a home energy visit if im not in the co op", PD,
    ["£60", "£60 for a standard visit for a non-member (members pay £45); it was £45 for everyone before version 5, and it is free for households who qualify"],
    [("A standard visit costs £45 for members and £60 for non-members.", 3),
     ("A home energy advice visit for a non-member now costs £60, instead of £45. Members still pay £45.", 1)])
add("factual", "whats the charge if i leave my car plugged in at market square after its finished", PD,
    ["10p a minute", "an overstay fee of 10p a minute once the car has stayed plugged in more than 15 minutes after charging ends at Market Square (60 minutes at the other sites)"],
    [("An overstay fee of 10p a minute is charged when a car stays plugged in more than 15 minutes after charging ends at Market Square, or more than 60 minutes after it ends at the other sites.", 3)])
add("factual", "how many home visits did the advice team do last year", DX,
    ["1,186", "1,186 home visits, 71% of them free, and the advice line took 6,420 calls"],
    ["The home energy advice service made 1,186 home visits, 71% of them free, and the advice line took 6,420 calls."])
add("factual", "how much did the solar share offer actually raise in the end", DX,
    ["£1.46 million", "£1.46 million of its £1.8 million target, from 612 applicants, 423 of them new members; the offer closed on 30 June 2035"],
    ["The Sallow Hill Solar Share offer closed on 30 June 2035 having raised £1.46 million of its £1.8 million target from 612 applicants, 423 of them new members."])
add("factual", "how many call outs did the techs get last year", DX,
    ["214", "214 call-outs in 2034/35, 61% of them at night"],
    ["Gideon Marwood reported 214 call-outs in 2034/35, 61% of them at night"])
add("factual", "what time does the advice line shut on weekdays in the winter", HT,
    ["19:00", "19:00: from November to March the advice line is open 08:30 to 19:00 Monday to Friday (09:00 to 17:00 from April to October)"],
    [ADVICE_WINTER, HOURS, ADVICE_SUMMER])
add("factual", "hows much to do the tour round the screw thing at hobbs weir", HT,
    ["£4 for adults and £2 for children", "£4 for adults and £2 for children, free for members; tours of the screw house run at 11:30 and 14:30 on weekends from April to October, and entry to the visitor centre is free"],
    ["Guided tours of the screw house run at 11:30 and 14:30 on weekends from April to October and cost £4 for adults and £2 for children, free for members.",
     "Entry to the visitor centre at Hobb's Weir, on the River Lenn at Lenbury, is free."])
add("factual", "whats the number to ring when one of your chargers is playing up", HT,
    ["01632 960 440", "the charge point helpline, 01632 960 440, 24 hours a day; give the charger number on its yellow label"],
    ["If it still won't start, phone the charge point helpline on 01632 960 440, 24 hours a day, and give the charger number on its yellow label, such as QCE-MS-03."])
add("factual", "how many chargers are there at lenbury station", HT,
    ["four", "four 22 kW chargers"],
    ["We have 14 public charge points: four 50 kW rapid chargers at Market Square, four 22 kW chargers in Mill Leat Yard, four 22 kW chargers at Lenbury Station and two 7 kW chargers in the Hobb's Weir car park."])
add("factual", "how far ahed do i need to ask for a permit to go in the screw channel", TX,
    ["3 working days", "3 working days ahead; the permit is issued by a Senior Authorised Person and is valid for 8 hours"],
    [SCREW, "Screw channel entry permit ....... 3 working days ahead"])
add("factual", "how long is a hot works permit good for", TX,
    ["up to 4 hours", "up to 4 hours, issued by an Authorised Person with 1 working day's notice; a fire watch is kept for 60 minutes after the work ends"],
    [HOT])
add("factual", "whats the number for wessmore networks control room", TX,
    ["01632 960 480", "01632 960 480, Wessmoor Electricity Networks control"],
    ["Wessmoor Electricity Networks control 01632 960 480"])
add("factual", "how long do we hang on to old permits", TX,
    ["7 years", "permit records are kept for 7 years"],
    ["Permit records kept .............. 7 years"])

# ---- yes/no (9: 5 no, 4 yes)
add("yes_no", "im head of field services, do i get the £50 call out money if i go out at night", MD,
    ["no", "no, staff on grade Q5 (which includes the Head of Field Services) are not paid overtime or call-out payments; they take time off in lieu within 8 weeks"],
    ["Staff on grade Q5 are not paid overtime or call-out payments but take time off in lieu within **8 weeks**.",
     "| Q5 | Head of Field Services, Energy Advice Manager, Finance Manager, Operations Manager | £48,000 – £57,500 a year | 6 months |"])
add("yes_no", "am i ok to do the meter reads at sallow hill on my own", MD,
    ["yes", "yes, meter readings and walking inspections at Sallow Hill can be done alone; check in with Operations Control when you arrive, at least every 60 minutes and when you leave"],
    ["- You may work alone only on meter readings, walking inspections at Sallow Hill, charge point checks and advice visits.",
     "- Check in with Operations Control when you arrive, at least every **60 minutes**, and when you leave."])
add("yes_no", "can i put some of my shares in my daughters name", PD,
    ["yes", "yes, shares can be transferred to a child (or a spouse, civil partner or grandchild) who is, or becomes, a member; a transfer costs £10 and takes up to 20 working days"],
    [("Shares can be transferred only to a spouse, civil partner, child or grandchild who is, or becomes, a member. A transfer costs £10 and takes up to 20 working days.", 3)])
add("yes_no", "can i stick my share money on a credit card", PD,
    ["no", "no, you pay by bank transfer or debit card; credit cards and cash are not taken"],
    [("3. Pay by bank transfer or debit card. We do not take credit cards or cash.", 2)])
add("yes_no", "is the minimun you have to put in going up to £250", DX,
    ["no", "no, the proposal to raise the minimum holding of Community Shares from £100 to £250 was not agreed; it stays at £100"],
    ["The board did not agree: the minimum holding of Community Shares stays at £100.",
     "The minimum holding of Community Shares stays at £100; the proposal to raise it to £250 was not agreed."])
add("yes_no", "do i have to be a member to use your chargers", HT,
    ["no", "no, you don't need to be a member; non-members pay the non-member tariff, by contactless card on the charger or in the QCharge app"],
    ["You don't need to be a member to use them.",
     "Download the QCharge app and link your membership number to pay the member tariff, or tap a contactless card on the charger to pay the non-member tariff."])
add("yes_no", "im 70, does that get me a free advice visit", HT,
    ["no", "no, not on age alone: the age rule is 75 or over; you could still qualify on another ground, such as a means-tested benefit or a long-term health condition made worse by the cold"],
    ["is aged 75 or over;",
     "The visit itself is free if someone in your household:",
     "gets Universal Credit, Pension Credit or another means-tested benefit, or Council Tax Reduction;"])
add("yes_no", "im an AP, can i sign the roof permit for the job on st ebbas roof", TX,
    ["yes", "yes, an Authorised Person may issue general, roof access and hot work permits; a roof access permit needs 5 working days' notice and is for school holidays or weekends only"],
    ["An AP may issue general, roof access and hot work permits.", ROOF])
add("yes_no", "just doing a visual check by the weir, do i still need a life jacket", TX,
    ["yes", "yes, a life jacket is worn within 2 metres of the weir or the screw channel, with a hard hat, safety boots and hi-vis"],
    ["Wear a hard hat, safety boots and hi-vis at Sallow Hill, Tallow Rigg and Hobb's Weir, and a life jacket within 2 metres of the weir or the screw channel."])

# ---- list (6)
add("list", "what perks do we get on top of wages", MD,
    ["a pension: the co-op pays 6% and you pay at least 4%",
     "2 days a year of paid volunteering leave",
     "£100 of Community Shares in your name when you pass probation",
     "free charging for your own electric car at Mill Leat Yard with a staff QCharge card"],
    ["- A pension: we pay **6%** of your pay and you pay at least **4%**.",
     "- **2 days** a year of paid volunteering leave.",
     "- **£100** of Community Shares in your name when you pass probation, so every member of staff is also a member.",
     "Staff charge their own electric car free at Mill Leat Yard with a staff QCharge card."])
add("list", "whats changed in the new version of the share guide", PD,
    ["Sallow Hill Solar Shares target interest 4.25% a year instead of 4%",
     "Community Shares can be held up to £25,000 instead of £20,000",
     "minimum holding of Junior Shares £25 instead of £50",
     "members' daytime charging at Mill Leat Yard and Lenbury Station 32p a kWh instead of 29p",
     "a home energy advice visit for a non-member £60 instead of £45 (members still £45)",
     "transferring shares to a family member £10 instead of £20",
     "the withdrawal fee £15 instead of £25"],
    [("The target interest rate on Sallow Hill Solar Shares is now 4.25% a year, instead of 4%.", 1),
     ("You can now hold up to £25,000 of Community Shares, instead of £20,000.", 1),
     ("The minimum holding of Junior Shares is now £25, instead of £50.", 1),
     ("Members now pay 32p a kWh to charge in the daytime at Mill Leat Yard and Lenbury Station, instead of 29p.", 1),
     ("A home energy advice visit for a non-member now costs £60, instead of £45. Members still pay £45.", 1),
     ("Transferring shares to a family member now costs £10 a transfer, instead of £20.", 1),
     ("The fee for withdrawing shares is now £15 a withdrawal, instead of £25.", 1)])
add("list", "how much did each of our sites generate last year", DX,
    ["Sallow Hill Solar Farm: 5,310 MWh", "Tallow Rigg: 2,140 MWh", "Hobb's Weir: 318 MWh",
     "St Ebba's Primary School rooftop: 151 MWh", "Wyvern Vale Academy rooftop: 198 MWh"],
    ["Sallow Hill Solar Farm generated 5,310 MWh, against a forecast of 5,050 MWh.",
     "Tallow Rigg generated 2,140 MWh and was available 94% of the time.",
     "Hobb's Weir generated 318 MWh, down from 362 MWh the year before because of the dry summer.",
     "The school rooftops generated 151 MWh at St Ebba's Primary School and 198 MWh at Wyvern Vale Academy."],
    note="The year to 31 March 2035; the charge points delivered 612 MWh.")
add("list", "what do i need to sign up as a member", HT,
    ["to be 18 or over with a UK address (or 12 to 17 for Junior Shares bought by a parent or guardian)",
     "your full name, date of birth, home address and email address",
     "a UK bank account in your name",
     "at least £100 for Community Shares, or £250 for Sallow Hill Solar Shares",
     "a debit card or the details to pay by bank transfer (no credit cards or cash)",
     "photo ID or a recent bank statement, only if the online identity check can't confirm who you are"],
    ["To be 18 or over with a UK address. Young people aged 12 to 17 can hold Junior Shares bought for them by a parent or guardian.",
     "Your full name, date of birth, home address and email address.",
     "A UK bank account in your name, for interest and for any money you withdraw.",
     "At least £100 for Community Shares, or £250 for Sallow Hill Solar Shares while the offer is open.",
     "A debit card, or the details to pay by bank transfer. We can't take credit cards or cash.",
     "Photo ID or a recent bank statement, but only if our online identity check can't confirm who you are."],
    note="A group, charity or business also needs its registered name and number and two named contacts.")
add("list", "what has to be in place before anyone goes down the screw chanel", TX,
    ["a screw channel entry permit from a Senior Authorised Person", "the screw stopped and locked", "stop logs in",
     "a clear gas test", "a rescue team of 3 at the top", "the river below 1.2 m on the Lenbury gauge"],
    [SCREW])
add("list", "which permits have to be signed by a SAP", TX,
    ["electrical isolation permits", "turbine climb permits", "screw channel entry permits"],
    ["An SAP may issue every type of permit, and only an SAP may issue isolation, turbine climb and screw channel entry permits."])

# ---- explanation (6)
add("explanation", "im an energy adviser with an evening visit booked after 5, whats the lone working deal", MD,
    ["Advice visits are one of the jobs you may do on your own, but visits after 17:00 are made in pairs, so take a "
     "colleague. Text Operations Control as the visit starts and ends. If you miss a check-in by 15 minutes Control "
     "phones you, and after 30 minutes it sends the nearest colleague or calls 999"],
    ["- You may work alone only on meter readings, walking inspections at Sallow Hill, charge point checks and advice visits.",
     "- Energy advisers text Operations Control as each visit starts and ends. Visits after 17:00 are made in pairs.",
     "If you miss a check-in by **15 minutes** Control phones you; after **30 minutes** it sends the nearest colleague or calls 999."])
add("explanation", "how do i actually join, step by step", PD,
    ["Read the share offer document and the guide in ShareLedger, then apply in ShareLedger (or on the paper form "
     "from Member Services), choosing a share class and amount. Pay by bank transfer or debit card, not a credit "
     "card or cash. Your identity is checked within 10 working days, and your shares are issued on the 1st of the "
     "following month, when interest starts; your certificate and membership number are in ShareLedger. You can "
     "cancel within 14 days of applying and get your money back in full"],
    [("1. Read the share offer document and this guide in ShareLedger, on our website.", 2),
     ("2. Apply in ShareLedger, or on the paper form from Member Services, choosing a share class and amount.", 2),
     ("3. Pay by bank transfer or debit card. We do not take credit cards or cash.", 2),
     ("4. We check your identity within 10 working days and may ask for a document if the online check fails.", 2),
     ("5. Your shares are issued on the 1st of the following month, and interest is earned from that date. Your share certificate and membership number are in ShareLedger.", 2),
     ("You can cancel a new application within 14 days of applying and get your money back in full.", 2)])
add("explanation", "im a member but got charged the normal price at mill leat yard, how do i get the cheaper rate", PD,
    ["The member tariff is charged only when you start the session in the QCharge app with your membership number "
     "linked. Paying by contactless card at the charger, or in the app without your membership number, is charged "
     "at the non-member tariff. At Mill Leat Yard members pay 32p a kWh from 07:00 to 19:00 and 24p from 19:00 to "
     "07:00, against 44p and 36p for non-members"],
    [("Members pay the member tariff when they start a session in the QCharge app with their membership number linked. Paying by contactless card at the charger, or in the app without a membership number, is charged at the non-member tariff.", 3),
     ("Mill Leat Yard, 22 kW 07:00 to 19:00 32p 44p", 3),
     ("Mill Leat Yard, 22 kW 19:00 to 07:00 24p 36p", 3), (CHARGE_HDR, 3)])
add("explanation", "why was the battery at the solar farm knocked back", DX,
    ["It was not turned down but deferred. Gideon Marwood proposed a 2 MWh battery at Sallow Hill Solar Farm, at "
     "about £420,000. The board wanted Wessmoor Electricity Networks' grid connection offer first, which is expected "
     "in November, so the proposal was deferred to the December meeting on Saturday 15 December 2035"],
    ["Gideon Marwood proposed a 2 MWh battery at Sallow Hill Solar Farm, at about £420,000.",
     "The board asked for Wessmoor Electricity Networks' grid connection offer first, which is expected in November, so the proposal was deferred to the December meeting on Saturday 15 December 2035."])
add("explanation", "car wont charge at lenbury station, what am i meant to do", HT,
    ["Check the charger in the QCharge app, which shows whether it is Available, Charging or Out of order. Unplug "
     "the cable at both ends, plug it back in firmly and start again, or try another connector or charger at the "
     "same site. If it still won't start, phone the 24-hour charge point helpline on 01632 960 440 with the charger "
     "number on its yellow label; they can restart it or unlock a stuck cable, so never force a cable out. If you "
     "paid for a session that failed, report it in QCharge within 30 days and the refund is made within 5 working "
     "days"],
    ["Check the charger in the QCharge app, which shows it as Available, Charging or Out of order.",
     "Unplug the cable at both ends, plug it back in firmly and start again in the app or with your card.",
     "Try another connector, or another charger at the same site.",
     "If it still won't start, phone the charge point helpline on 01632 960 440, 24 hours a day, and give the charger number on its yellow label, such as QCE-MS-03. The helpline can restart a charger or unlock a stuck cable from the control room.",
     "Never force a locked cable out of the socket.",
     "If you paid for a session that failed, report it in QCharge within 30 days. Refunds are made within 5 working days."])
add("explanation", "whats the process for getting a permit sorted for a job", TX,
    ["Ask for the permit in GenWatch under Permits, giving the site, the work, the equipment, everyone's names and "
     "the method statement. The issuer checks the method statement and risk assessment, visiting the site first for "
     "an isolation, a climb or a screw channel entry. The issuer and the permit holder go through the permit at the "
     "site and both sign it; the holder briefs everyone, who each sign it. Operations Control logs it in GenWatch and "
     "takes the equipment out of remote control where needed, and a copy is displayed at the point of work until it "
     "is handed back"],
    ["1. Ask for the permit in GenWatch, under Permits, giving the site, the work, the equipment, the names of everyone working and the method statement.",
     "2. The issuer checks the method statement and risk assessment. For an isolation, a climb or a screw channel entry, the issuer visits the site first.",
     "3. The issuer and the person in charge of the work (the permit holder) go through the permit together at the site and both sign it.",
     "4. The permit holder briefs everyone working, and each of them signs the permit before starting.",
     "5. Operations Control logs the permit in GenWatch and, where the permit says so, takes the equipment out of remote control.",
     "6. A copy of the permit is displayed at the point of work until it is handed back."])

# ---- unanswerable (6: 5 near misses, one per document, and 1 off-topic)
add("unanswerable", "how much do we get towards new safety boots", MD, [], [], subtype="near_miss",
    note="The handbook's expenses table covers mileage, meals, overnight stays and the fleet van, but no allowance for boots or other kit.")
add("unanswerable", "do you do a monthly charging subscription, like unlimited for a flat fee", PD, [], [], subtype="near_miss",
    note="The guide gives per-kWh tariffs by site and time of day and an overstay fee, but no subscription or flat-fee plan.")
add("unanswerable", "how much money did the hobbs weir tours bring in last year", DX, [], [], subtype="near_miss",
    note="The minutes give 9,870 visitors to the visitor centre in 2034/35, but no income from tours.")
add("unanswerable", "are dogs allowed in the visitor centre at hobbs weir", HT, [], [], subtype="near_miss",
    note="The help page covers the visitor centre's hours, tours, car park and step-free access, but says nothing about dogs.")
add("unanswerable", "is there a weight limit for the service lift up tallow rigg", TX, [], [], subtype="near_miss",
    note="The procedure covers turbine climb permits, climbers and rescue, but says nothing about a lift or weight limits.")
add("unanswerable", "anyone got a decent flapjack recipe for the volunteer day", None, [], [], subtype="off_topic",
    note="Not covered by any document.")

# ---- summary (2)
add("summary", "can u give me the gist of the share offer and charges guide", PD, [
    "Version 5 of Quarrendon Community Energy's Share Offer and Member Charges Guide, in force from Monday 2 April 2035, is for members and would-be members; shares are not a bank deposit, you could lose money, and interest is paid only if the society can afford it",
    "There are four share classes: Community Shares (£1, minimum £100, up to £25,000, 3.5%), Sallow Hill Solar Shares (£10, minimum £250, up to £50,000, 4.25%), Tallow Rigg Turbine Shares (closed, 5%) and Junior Shares for ages 12 to 17 (minimum £25, 3%); rates are targets approved at the June AGM and paid in July",
    "Anyone 18 or over with a UK address, and local groups and businesses, can join through ShareLedger, paying by bank transfer or debit card; shares are issued on the 1st of the following month, and a new application can be cancelled within 14 days",
    "Shares can be withdrawn after 3 years, with 3 months' notice up to £5,000 or 6 months above that, for a £15 fee, and transferred only to close family for £10",
    "Charging at the four charge point sites is priced per kWh by site and time of day, cheaper for members using the QCharge app (for example 32p against 44p in the daytime at Mill Leat Yard), with an overstay fee of 10p a minute",
    "A home energy advice visit costs £45 for members and £60 for non-members, and is free for households who qualify; phone advice is always free",
    "Complaints go to Member Services within 3 months, then to the Managing Director, then to the independent Community Energy Complaints Panel; every member has one vote at the AGM"],
    [("Version 5, in force from Monday 2 April 2035;", 1),
     ("Shares in a community benefit society are not a bank deposit: the value of your shares cannot go up, but you could lose some or all of your money, and interest is paid only if the society can afford it.", 1),
     ("Community Shares £1 £100 £25,000 3.5%", 1),
     ("Sallow Hill Solar Shares (2035 offer) £10 £250 £50,000 4.25%", 1),
     ("Interest rates are targets, not promises.", 2),
     ("Anyone aged 18 or over with a UK address can join, and so can local groups, charities and businesses.", 2),
     ("Withdrawals of up to £5,000 need 3 months' notice, and withdrawals of more than £5,000 need 6 months' notice, counted from the day we receive your request.", 2),
     ("A fee of £15 is taken from each withdrawal.", 2),
     ("Mill Leat Yard, 22 kW 07:00 to 19:00 32p 44p", 3),
     ("A standard visit costs £45 for members and £60 for non-members.", 3),
     ("1. Contact Member Services within 3 months of the problem, through ShareLedger, by email or by phone.", 4)])
add("summary", "what did the board decide at the september meeting", DX, [
    "From Monday 5 November 2035 the on-call allowance for a weekday night goes up from £25 to £30; the £40 for a weekend or bank holiday day and the £50 call-out payment do not change",
    "From Monday 8 October 2035 no one climbs Tallow Rigg when the mean wind speed at the hub is above 10 m/s, instead of 12 m/s",
    "From 1 January 2036 withdrawals of up to £5,000 need 2 months' notice instead of 3 months; the fee stays at £15",
    "From Saturday 3 November 2035 the Hobb's Weir visitor centre closes at 16:00 on winter weekends instead of 15:00",
    "The proposal to raise the minimum holding of Community Shares to £250 was rejected; it stays at £100",
    "Deferred: the battery at Sallow Hill Solar Farm (December meeting, 15 December 2035) and the Market Square solar canopy (March meeting, 22 March 2036)"],
    ["From Monday 5 November 2035 the on-call allowance for a weekday night goes up from £25 to £30; the £40 for a weekend or bank holiday day and the £50 call-out payment do not change.",
     "From Monday 8 October 2035 no one climbs Tallow Rigg when the mean wind speed at the hub is above 10 m/s, instead of 12 m/s.",
     "From 1 January 2036 withdrawals of up to £5,000 need 2 months' notice, instead of 3 months; the fee stays at £15.",
     "From Saturday 3 November 2035 the Hobb's Weir visitor centre closes at 16:00 on winter weekends, instead of 15:00.",
     "The minimum holding of Community Shares stays at £100; the proposal to raise it to £250 was not agreed.",
     "Deferred: the battery at Sallow Hill Solar Farm (December meeting, 15 December 2035) and the Market Square solar canopy (March meeting, 22 March 2036)."])

# ---- conversations (4)
def turn(n, type, q, doc, answers, evidence):
    ev = [{"quote": e[0], "page": e[1]} if isinstance(e, tuple) else {"quote": e} for e in evidence]
    return {"turn": n, "type": type, "q": q, "doc": doc, "answerable": True, "answers": answers, "evidence": ev}
items.append({"id": f"qc-{len(items)+1:03d}", "type": "conversation", "doc": MD, "turns": [
    turn(1, "factual", "on the on call rota next week, what do i get for a weeknight", MD,
         ["£25", "£25 for each weekday night on call, Monday to Friday (£40 for a Saturday, Sunday or bank holiday)"],
         [ONCALL]),
    turn(2, "factual", "and if i actually get called out to a site in the night?", MD,
         ["£50", "£50 for each call-out to a site, plus your hours on site at time and a half, with at least 2 hours paid"],
         [CALLOUT]),
    turn(3, "factual", "one of the lads reckons the weeknight on call money is going up, to how much", DX,
         ["£30", "£30 for a weekday night on call, up from £25, from Monday 5 November 2035"],
         ["The board agreed that from Monday 5 November 2035 the on-call allowance for a weekday night goes up from £25 to £30."]),
    turn(4, "yes_no", "does the weekend one go up too", DX,
         ["no", "no, the £40 for a Saturday, Sunday or bank holiday on call does not change, and nor does the £50 call-out payment"],
         ["The £40 for a Saturday, Sunday or bank holiday on call does not change, and nor does the £50 call-out payment."]),
]})
items.append({"id": f"qc-{len(items)+1:03d}", "type": "conversation", "doc": PD, "turns": [
    turn(1, "factual", "want to cash in £2000 of my community shares, how much notice do i have to give", PD,
         ["3 months", "3 months' notice for a withdrawal of up to £5,000 (6 months above £5,000), counted from the day the request is received; the shares must have been held for 3 years"],
         [("Withdrawals of up to £5,000 need 3 months' notice, and withdrawals of more than £5,000 need 6 months' notice, counted from the day we receive your request.", 2),
          ("Community Shares and Solar Shares can be withdrawn once you have held them for 3 years.", 2)]),
    turn(2, "factual", "do they charge you for it", PD,
         ["£15", "a fee of £15 is taken from each withdrawal (it was £25 before version 5)"],
         [("A fee of £15 is taken from each withdrawal.", 2),
          ("The fee for withdrawing shares is now £15 a withdrawal, instead of £25.", 1)]),
    turn(3, "yes_no", "my neighbour on the board says the notice is getting shorter, is that right", DX,
         ["yes", "yes, from 1 January 2036 withdrawals of up to £5,000 need 2 months' notice instead of 3 months; withdrawals of more than £5,000 still need 6 months and the fee stays at £15"],
         ["The board agreed that from 1 January 2036 withdrawals of up to £5,000 need 2 months' notice, instead of 3 months.",
          "Withdrawals of more than £5,000 still need 6 months' notice, the fee stays at £15 a withdrawal, and shares must still be held for 3 years before they can be withdrawn."]),
]})
items.append({"id": f"qc-{len(items)+1:03d}", "type": "conversation", "doc": TX, "turns": [
    turn(1, "factual", "whats the wind limit for going up tallow rigg", TX,
         ["12 m/s", "no climb if the mean wind speed at the hub is above 12 m/s, or if lightning is within 16 km"],
         [CLIMB]),
    turn(2, "factual", "who has to sign the climb permit", TX,
         ["a Senior Authorised Person (SAP)", "a Senior Authorised Person (SAP), asked 2 working days ahead; climbs are in daylight hours only, with two trained climbers"],
         [CLIMB, "Turbine climb permit ............. 2 working days ahead"]),
    turn(3, "factual", "ewan says the limits being dropped, whats the new figure", DX,
         ["10 m/s", "10 m/s mean wind speed at the hub, instead of 12 m/s, from Monday 8 October 2035"],
         ["The board agreed that from Monday 8 October 2035 no one climbs Tallow Rigg when the mean wind speed at the hub is above 10 m/s, instead of 12 m/s."]),
    turn(4, "yes_no", "so can one of us go up on our own now", DX,
         ["no", "no, climbs still need two trained climbers and a turbine climb permit from a Senior Authorised Person"],
         ["Climbs still need two trained climbers and a turbine climb permit from a Senior Authorised Person."]),
]})
items.append({"id": f"qc-{len(items)+1:03d}", "type": "conversation", "doc": HT, "turns": [
    turn(1, "factual", "what time does the hobbs weir visitor centre shut on a saturday in winter", HT,
         ["15:00", "15:00: from November to March it is open 11:00 to 15:00 on Saturdays and Sundays, with last entry 30 minutes before closing"],
         [VC_WINTER, HOURS, "Last entry to the visitor centre is 30 minutes before it closes."]),
    turn(2, "yes_no", "can we get in for 10 then", HT,
         ["no", "no, in winter it opens at 11:00; it opens at 10:00 only from April to October"],
         [VC_WINTER, VC_SUMMER, HOURS]),
    turn(3, "yes_no", "heard its staying open later this winter, is that true", DX,
         ["yes", "yes, from Saturday 3 November 2035 it closes at 16:00 on Saturdays and Sundays from November to March, instead of 15:00; it still opens at 11:00 and stays closed on weekdays in winter"],
         ["The board agreed that from Saturday 3 November 2035 the visitor centre closes at 16:00 on Saturdays and Sundays from November to March, instead of 15:00.",
          "It still opens at 11:00 and stays closed on weekdays in winter, and the summer hours do not change."]),
]})
json.dump({"items": items}, open(HERE / "dev.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
import collections
print(len(items), collections.Counter(i["type"] for i in items),
      sum(len(i["turns"]) if i["type"] == "conversation" else 1 for i in items), "judged rows")
