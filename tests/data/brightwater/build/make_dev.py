"""Writes dev.json for the brightwater held-out set: questions written from the documents in docs/ before any product
run. Same schema as ashcombe (and fernhill, oakridge, meridian, northwind, harbor)."""
from pathlib import Path
HERE = Path(__file__).resolve().parents[1]  # tests/data/brightwater
import json
MD, PD, DX, HT, TX = ("employee-handbook.md", "quality-and-returns-policy.pdf", "production-meeting-minutes-2027-09-15.docx",
                      "customer-faq.html", "site-safety-procedures.txt")
items = []
def add(type, q, doc, answers, evidence, **kw):
    ev = [{"quote": e[0], "page": e[1]} if isinstance(e, tuple) else {"quote": e} for e in evidence]
    it = {"id": f"bw-{len(items)+1:03d}", "type": type, "q": q, "doc": doc, "answerable": type != "unanswerable",
          "answers": answers, "evidence": ev}
    it.update(kw)
    items.append(it)
    return it

# ---- factual (19)
add("factual", "what time do lates finish at the warehouse", MD,
    ["23:30", "11:30pm", "the Kelso Street late shift runs 15:30 to 23:30"],
    ["| Late | 14:00 – 22:00 | 15:30 – 23:30 | **12%** |"],
    note="The late shift at the Harbour Road factory ends at 22:00; Kelso Street has no night shift.")
add("factual", "whats the hourly rate for a quality tech", MD,
    ["£16.30 – £17.80", "£16.30 to £17.80 an hour (Band 3, from 1 April 2027)"],
    ["| Quality Technician | Band 3 | £16.30 – £17.80 | Yes, and may approve concessions up to **£2,000** | Quality Manager |"],
    note="A Quality Inspector is Band 2 at £14.60 – £15.60; a CNC Setter is also Band 2 at £14.20 – £15.60.")
add("factual", "i work at kelso st, who do i phone when im sick", MD,
    ["Nadia Wojcik, the Warehouse Team Leader, on 0117 496 0380 (by 06:30 for days, 13:30 for lates)",
     "Nadia Wojcik", "0117 496 0380"],
    ["**Kelso Street:** phone the Warehouse Team Leader, Nadia Wojcik, on 0117 496 0380 by **06:30** for the day shift or by **13:30** for the late shift."],
    note="Harbour Road staff phone the absence line, 0117 496 0210, at least one hour before the shift.")
add("factual", "does the company chip in for steel toe caps? how much", MD,
    ["up to £75 every 12 months", "£75", "up to £75 a year towards safety boots, claimed through payroll with the receipt"],
    ["Brightwater pays up to **£75** towards a pair of safety boots every 12 months; keep the receipt and claim through payroll."],
    note="The safety procedures add that boots damaged at work are replaced free of charge.")
add("factual", "warranty length on keystone valves?", PD,
    ["36 months", "36 months from delivery", "3 years"],
    [("Keystone gate valves 36 months Gland packing, gaskets", 2)],
    note="Tidewell pumps and Swift ball valves are 24 months, Marlin pumps 12 months, spares 6 months.")
add("factual", "how fast do we have to get back to a customer about a critical fault", PD,
    ["within 4 hours", "4 hours, at any time of day", "4 hours (it was 8 hours under version 2)"],
    [("The first response to a Class A (critical) defect is now within 4 hours instead of 8 hours, at any time of day.", 1),
     ("A, critical Risk of injury, leak or pressure failure 4 hours 8D report in 10 working days", 2)],
    note="Class B (major) is 1 working day and Class C (minor) 3 working days.")
add("factual", "how many years do we hang onto pump test certs", PD,
    ["10 years", "ten years"],
    [("Pump test certificates 10 years Quality Manager", 4)],
    note="Returns and RMA files and concessions are kept 6 years, calibration records 5 years.")
add("factual", "what labour rate do distributors get paid for doing warranty repairs", PD,
    ["£48 an hour", "£48 per hour, up to the repair times in the distributor repair guide"],
    [("pay labour at a fixed rate of £48 an hour, up to the repair times in our distributor repair guide", 4)],
    note="Only Tidewell pumps and Swift ball valves may be repaired by distributors under warranty.")
add("factual", "what was the returns rate for august", DX,
    ["0.8% of units shipped", "0.8%", "0.8 per cent, within the target of below 1%"],
    ["Ingrid Halvorsen reported that the returns rate in August was 0.8% of units shipped, within the target of below 1%."])
add("factual", "when's the next production and safety meeting and where", DX,
    ["Wednesday 20 October 2027 at 13:30 in the meeting room at the Kelso Street warehouse", "20 October 2027, Kelso Street",
     "20 Oct at 1:30pm at Kelso Street"],
    ["The next production and safety meeting is on Wednesday 20 October 2027 at 13:30 in the meeting room at the Kelso Street warehouse."],
    note="The September meeting was in the Training Room at Harbour Road.")
add("factual", "how many near misses were reported at harbour road in august?", DX,
    ["5", "five", "5 (of 7 in total; 2 were at Kelso Street)"],
    ["Staff reported 7 near misses, 5 at Harbour Road and 2 at Kelso Street, against 11 in July."],
    note="7 is the total for both sites and 11 the July figure.")
add("factual", "whats the smallest order you'll take", HT,
    ["£150 excluding VAT; below that a £12.50 small order charge is added", "£150", "£150 ex VAT"],
    ["The minimum order value is £150 excluding VAT; below that we add a small order charge of £12.50."])
add("factual", "cost to ship a pallet to belfast?", HT,
    ["£120", "£120 excluding VAT, about 3 working days"],
    ["Northern Ireland £26 £120 3 working days"],
    note="£26 is the Northern Ireland parcel price; mainland England and Wales pallets are £68.")
add("factual", "whats the distributor discount on valves", HT,
    ["35% off list price", "35%", "35% on valves, spare parts and seal kits (30% on pumps)"],
    ["Approved distributors receive 30% off list price on pumps and 35% off list price on valves, spare parts and seal kits."],
    note="30% is the discount on pumps.")
add("factual", "what times is the trade counter open", HT,
    ["08:00 to 16:30 Monday to Friday, at Kelso Street", "8am-4:30pm weekdays", "08:00-16:30 Mon-Fri; order at least two hours before"],
    ["Yes, from the trade counter at Kelso Street, 08:00 to 16:30 Monday to Friday."],
    note="The minutes add that it closes at 12:00 on 24 December 2027 and reopens on 4 January 2028.")
add("factual", "can i get a delivery on a saturday and whats it cost", HT,
    ["£45 per consignment, parcels only, to mainland England and Wales, ordered by 12:00 on Friday",
     "£45", "yes for parcels at £45, not for pallets"],
    ["Saturday morning delivery to mainland England and Wales can be booked for parcels at £45 per consignment if the order is placed by 12:00 on Friday.",
     "Our carriers do not offer Saturday delivery for pallets."])
add("factual", "where do we meet up at kelso street if theres a fire", TX,
    ["Point K1, at the far end of the lorry park by gate 2", "assembly point K1", "far end of the lorry park, by gate 2"],
    ["Kelso Street ....... Point K1, far end of the lorry park, by gate 2"],
    note="Harbour Road's assembly point is Point A, in the visitor car park by the flagpole.")
add("factual", "how often do fork lift drivers have to redo there training", TX,
    ["every 3 years", "a refresher course every 3 years", "every three years"],
    ["Authorisation needs a recognised licence, a site assessment by the Health and Safety Advisor and a refresher course every 3 years."],
    note="The minutes arrange for refresher courses to be run on the late shift as well; the interval does not change.")
add("factual", "max speed for a forklift inside the factory?", TX,
    ["5 km/h", "5 km/h (walking pace)"],
    ["Inside the Harbour Road factory .............. 5 km/h"],
    note="Harbour Road yard 10 km/h; inside the Kelso Street warehouse 8 km/h; Kelso Street yard 15 km/h, cut to 10 km/h from 4 October 2027 by the minutes.")

# ---- yes/no (9: 5 no, 4 yes)
add("yes_no", "is a QI allowed to sign off a batch to go out to a customer", MD,
    ["no", "a Quality Inspector may pass or hold parts at inspection but cannot release a batch; a Quality Technician can"],
    ["| Quality Inspector | Band 2 | £14.60 – £15.60 | No: may pass or hold parts at inspection but cannot release a batch | Quality Manager |",
     "| Quality Technician | Band 3 | £16.30 – £17.80 | Yes, and may approve concessions up to **£2,000** | Quality Manager |"])
add("yes_no", "do u get more holiday the longer youve been here", MD,
    ["yes", "yes: 25 days plus bank holidays, rising to 26 days after 5 years and 27 days after 10 years"],
    ["Full-time staff receive **25 days** plus the 8 bank holidays, rising to 26 days after 5 years' service and 27 days after 10 years."],
    note="The service days only start once probation has been passed.")
add("yes_no", "can i roll over unused hols into next year", MD,
    ["yes", "yes, up to 5 days, which must be taken by 31 March"],
    ["You may carry up to 5 unused days into the next year, but they must be taken by 31 March."])
add("yes_no", "we opened a seal kit and it turns out we dont need it, can it go back", PD,
    ["no", "opened seal kits cannot be returned unless they are faulty"],
    [("and seal kits that have been opened cannot be returned unless they are faulty.", 3)],
    note="Unopened standard items can be returned within 60 days with a 15% restocking fee.")
add("yes_no", "is the mechanical seal covered on a tidewell under warrenty", PD,
    ["no", "mechanical seals are wear parts and are not covered by the Tidewell warranty"],
    [("Tidewell centrifugal pumps 24 months Mechanical seals, impeller wear rings", 2),
     ("Product line Warranty Wear parts not covered", 2)],
    note="Tidewell pumps have a 24-month warranty, but the seals are listed under wear parts not covered.")
add("yes_no", "did the dispatch cut off move to 3pm?", DX,
    ["no", "the same-day dispatch cut-off stays at 14:00, to be looked at again in the new year"],
    ["The meeting agreed to keep the cut-off at 14:00 and to look at it again in the new year.",
     "The same-day dispatch cut-off stays at 14:00."])
add("yes_no", "can we pay by card if we havent got a trade account", HT,
    ["yes", "yes, by debit or credit card over the phone or on the portal, with no card charge"],
    ["Customers without an account, and those paying a pro forma invoice, can also pay by debit or credit card over the phone or on the portal; we do not add a charge for card payments."])
add("yes_no", "ok to wear gloves on the lathe?", TX,
    ["no", "gloves must never be worn at a lathe or milling machine"],
    ["Gloves must never be worn at a lathe or milling machine, because a glove caught in a chuck pulls the hand in with it."],
    note="Cut gloves are worn in the assembly hall when fitting seals, and rigger gloves in the warehouse.")
add("yes_no", "do i need a permit to get into the sump pit", TX,
    ["yes", "yes, a permit to work (permit CS) from the Maintenance Supervisor, or the duty engineer at night"],
    ["Entry to the sump pit or any tank .................... permit CS",
     "A written permit to work is needed, issued by the Maintenance Supervisor or, at night, by the duty engineer, for:"])

# ---- list (6)
add("list", "what do we get paid for overtime", MD,
    ["Monday to Friday beyond normal hours: time and a quarter", "Saturday: time and a half",
     "Sunday and bank holidays: double time"],
    ["Monday to Friday, beyond your normal hours: **time and a quarter**",
     "Saturday: **time and a half**",
     "Sunday and bank holidays: **double time**"],
    note="The shift allowance is not paid on the overtime premium.")
add("list", "what stuff does the warranty not cover", PD,
    ["damage from dry running", "the wrong fluid or pressure", "frost", "poor installation",
     "repairs by anyone other than Brightwater or an approved distributor", "parts that have been modified",
     "wear parts (e.g. mechanical seals, diaphragms, gland packing)", "costs of removal, installation or lost production"],
    [("The warranty does not cover damage from dry running, the wrong fluid or pressure, frost, poor installation, repairs by anyone other than Brightwater or an approved distributor, or parts that have been modified.", 2),
     ("We do not pay for removal, installation or lost production.", 2),
     ("Product line Warranty Wear parts not covered", 2)])
add("list", "what actions has mark tennant got from the sept meeting", DX,
    ["Hold a night shift fire drill at Harbour Road (by 29 October 2027)",
     "Arrange forklift refresher training on the late shift (by 17 November 2027)"],
    ["Hold a night shift fire drill at Harbour Road Mark Tennant 29 October 2027",
     "Arrange forklift refresher training on the late shift Mark Tennant 17 November 2027"],
    note="Rows of the action table whose owner is Mark Tennant.")
add("list", "what cant i send back if i ordered it by mistake", HT,
    ["built-to-order items", "special materials (e.g. duplex, Hastelloy)", "opened seal kits"],
    ["Built-to-order items, special materials and opened seal kits cannot be returned unless they are faulty."],
    note="Unless they are faulty. Other standard items can come back within 60 days with a 15% restocking fee.")
add("list", "what ppe for the test bay", TX,
    ["safety boots", "goggles", "hearing protection", "a face shield at the test rig"],
    ["Test bay, HR Yes No Goggles Yes Face shield at the test rig"],
    note="Hi-vis is not needed in the test bay.")
add("list", "which jobs need a permit to work", TX,
    ["hot work (welding, grinding outside the weld bay) - permit HW", "work on electrical panels - permit EL",
     "entry to the sump pit or any tank - permit CS", "work at height above 2 metres - permit WH"],
    ["Hot work (welding, grinding outside the weld bay) .... permit HW",
     "Work on electrical panels ............................ permit EL",
     "Entry to the sump pit or any tank .................... permit CS",
     "Work at height above 2 metres ........................ permit WH"],
    note="Pneumatic testing above 6 bar also needs a permit from the Maintenance Supervisor (section 5).")

# ---- explanation (6)
add("explanation", "whats the process for calling in sick on nights at harbour rd", MD,
    ["Phone the absence line on 0117 496 0210 at least one hour before the shift (night staff may leave a voicemail, "
     "checked by the night shift leader at 21:30); phone again each day you are off unless a fit note covers it; "
     "texts, emails or messages through a colleague do not count; on return complete form HR-7 with your shift leader"],
    ["**Harbour Road:** phone the absence line on 0117 496 0210 at least **one hour** before your shift starts.",
     "Night shift staff may leave a voicemail; it is checked by the night shift leader at 21:30.",
     "Phone again each day you are off, unless you have sent in a fit note covering the days.",
     "When you come back, complete the self-certification form **HR-7** with your shift leader.",
     "Texts, emails and messages through a colleague are not accepted as notice of absence."])
add("explanation", "how do i go about sending a faulty pump back to you", PD,
    ["Raise a return request on the customer portal with the order number, serial numbers and fault, and get an RMA "
     "number within 2 working days; drain, clean and decontaminate it and complete form QF-12; pack it with the RMA "
     "number on the outside; send it to Returns at Kelso Street (not Harbour Road) within 30 days of the RMA; it is "
     "inspected within 5 working days and you are told whether it will be repaired, replaced or credited"],
    [("Raise a return request on the customer portal, giving the order number, the serial number of each pump or valve and a description of the fault.", 2),
     ("The Returns Coordinator issues an RMA number within 2 working days.", 2),
     ("Drain, clean and decontaminate the product and complete the Decontamination Declaration, form QF-12.", 2),
     ("write the RMA number clearly on the outside of every box or pallet.", 2),
     ("within 30 days of the RMA being issued; after 30 days the RMA expires. Do not send returns to the Harbour Road factory.", 3),
     ("We inspect the product within 5 working days of receiving it and tell you whether we will repair it, replace it or issue a credit.", 3)])
add("explanation", "why have tidewell lead times gone up", DX,
    ["Northgate Foundry has been late with Tidewell pump casings since July and does not expect to be back to normal "
     "before the end of the year, so the quoted lead time for made-to-order Tidewell pumps goes from 15 to 20 working "
     "days from 1 October 2027 until at least 31 December 2027; a second foundry is being asked for quotes"],
    ["The shortfall was almost all in Tidewell centrifugal pumps, where Northgate Foundry has been late with pump casings since July and has warned that deliveries will not be back to normal before the end of the year.",
     "The standard lead time for made-to-order Tidewell centrifugal pumps is extended from 15 to 20 working days from 1 October 2027 until at least 31 December 2027."],
    note="The customer FAQ (updated 23 August 2027) still shows 15 working days.")
add("explanation", "how do i do a hydro test on a pump", TX,
    ["Check the rig's calibration label is in date; fill the pump with water and bleed out all the air; close the "
     "interlocked test cage door (never bypass it); raise the pressure in steps to the test pressure (1.5 times rated) "
     "and hold it for the time on the test sheet, at least 10 minutes; release the pressure fully before opening the "
     "cage. Only staff signed off by the Quality Manager may run the rigs"],
    ["Check the rig's calibration label is in date.",
     "Fill the pump with water and bleed all the air out; trapped air stores energy and can burst a casing.",
     "Close the test cage door. The rig will not pressurise with the door open; never bypass the interlock.",
     "Raise the pressure in steps to the test pressure and hold it for the time on the test sheet (at least 10 minutes).",
     "Release the pressure fully before opening the cage.",
     "Only staff trained and signed off by the Quality Manager may run the test rigs."])
add("explanation", "what if we need to cancel a made to order valve", HT,
    ["It can be cancelled free of charge within 2 working days of the order confirmation; after that you are charged "
     "for the work already done, up to 50% of the order value once machining has started. Contact customer service "
     "rather than placing a second order"],
    ["Orders for built-to-order pumps and valves can be cancelled free of charge within 2 working days of our order confirmation.",
     "After that we charge for the work already done, up to 50% of the order value once machining has started.",
     "Please contact customer service rather than placing a second order."],
    note="Stock items can be changed or cancelled free until they have been picked.")
add("explanation", "what happens to a part that fails inspection", PD,
    ["It gets a red HOLD label and goes to the quarantine cage (test bay at Harbour Road, or goods in at Kelso Street); "
     "only a Quality Technician or the Quality Manager may release, rework or scrap it; it can be shipped out of spec "
     "only under a written concession (Quality Technician up to £2,000, Quality Manager above), with the customer's "
     "written agreement before shipment"],
    [("A part or product that fails inspection is tagged with a red HOLD label and moved to the quarantine cage in the test bay at Harbour Road, or in goods in at Kelso Street.", 3),
     ("Only a Quality Technician or the Quality Manager may release it, rework it or scrap it.", 3),
     ("a Quality Technician may approve a concession up to £2,000 in order value, the Quality Manager above that, and the customer must agree in writing before shipment.", 3)])

# ---- unanswerable (6)
add("unanswerable", "how much paternity leave do we get", MD, [], [], subtype="near_miss",
    note="The handbook covers holidays, sickness, probation and training but says nothing about paternity, maternity or other family leave.")
add("unanswerable", "whats the warranty on the hastelloy pumps", PD, [], [], subtype="near_miss",
    note="Special materials such as duplex and Hastelloy are only mentioned as not returnable and as quoted per order; the warranty table is by product line and gives no period for special materials.")
add("unanswerable", "how many lost time injuries did we have in july", DX, [], [], subtype="near_miss",
    note="The minutes give 2 lost-time injuries for August and 11 near misses for July, but no July injury figure.")
add("unanswerable", "how much would delivery to germany be", HT, [], [], subtype="near_miss",
    note="Deliveries outside the UK are quoted for each order; no price is given.")
add("unanswerable", "who are the first aiders on the late shift at harbour road", TX, [], [], subtype="near_miss",
    note="The procedures only say the first aiders' names are on the green boards by the clocking terminals.")
add("unanswerable", "whats the weather looking like in portlaven this weekend", None, [], [], subtype="off_topic",
    note="Not covered by any document.")

# ---- summary (2)
add("summary", "tldr of whats new in version 3 of the quality and returns policy?", PD, [
    "Version 3 of QP-03 is in force from 1 July 2027 (approved 28 June 2027) and replaces version 2 of March 2025",
    "Tidewell centrifugal pump warranty is now 24 months instead of 18, for pumps shipped from 1 July 2027",
    "First response to a Class A (critical) defect is now within 4 hours instead of 8, at any time of day",
    "Visible transit damage must be reported within 5 working days of delivery instead of 48 hours",
    "The restocking fee for unwanted standard items is 15% (minimum £25) instead of 20%",
    "Every return needs an RMA number raised on the customer portal; phone requests are no longer accepted"],
    [("Approved by Helen Okafor, Managing Director, on 28 June 2027 and in force from 1 July 2027", 1),
     ("The warranty on Tidewell centrifugal pumps is now 24 months from delivery instead of 18 months, for pumps shipped from 1 July 2027.", 1),
     ("The first response to a Class A (critical) defect is now within 4 hours instead of 8 hours, at any time of day.", 1),
     ("Visible transit damage must now be reported within 5 working days of delivery instead of 48 hours.", 1),
     ("The restocking fee for unwanted standard items is now 15% of the invoice value, with a minimum of £25, instead of 20%.", 1),
     ("Every return now needs an RMA number raised on the customer portal; requests by phone are no longer accepted.", 1)])
add("summary", "can you sum up the safety report from the september production meeting", DX, [
    "2 lost-time injuries in August, one at each site (a cut hand at Harbour Road, off 4 days; a strained back at Kelso Street, off 6 days)",
    "7 near misses (5 at Harbour Road, 2 at Kelso Street), down from 11 in July",
    "After a reversing forklift nearly hit a delivery driver in the Kelso Street yard on 24 August, the yard speed limit is cut from 15 to 10 km/h from 4 October 2027 and drivers must wait in the drivers' room during loading",
    "The Harbour Road day shift fire drill took 3 minutes 40 seconds against a 3-minute target; a flashing beacon goes in the test bay and a night shift drill is held in October"],
    ["There were 2 lost-time injuries in August, one at each site",
     "Staff reported 7 near misses, 5 at Harbour Road and 2 at Kelso Street, against 11 in July.",
     "After discussion the meeting agreed that the speed limit in the Kelso Street yard will be reduced from 15 km/h to 10 km/h from Monday 4 October 2027",
     "delivery drivers must wait in the drivers' room while their vehicle is loaded or unloaded, instead of standing by their cab.",
     "The day shift fire drill at Harbour Road on 9 September emptied the building in 3 minutes 40 seconds, against a target of 3 minutes",
     "A flashing beacon will be fitted in the test bay, and a night shift drill will be held in October."])

# ---- conversations (4)
def turn(n, type, q, doc, answers, evidence):
    ev = [{"quote": e[0], "page": e[1]} if isinstance(e, tuple) else {"quote": e} for e in evidence]
    return {"turn": n, "type": type, "q": q, "doc": doc, "answerable": True, "answers": answers, "evidence": ev}
items.append({"id": f"bw-{len(items)+1:03d}", "type": "conversation", "doc": MD, "turns": [
    turn(1, "factual", "how much extra do you get for working nights", MD,
         ["20% on top of the basic hourly rate", "20%"],
         ["| Night | 22:00 – 06:00, Sunday night to Thursday night | Not worked | **20%** |"]),
    turn(2, "factual", "and lates?", MD, ["12%", "12% on top of the basic hourly rate"],
         ["| Late | 14:00 – 22:00 | 15:30 – 23:30 | **12%** |"]),
    turn(3, "factual", "someone said the nights one is going up, to what and from when", DX,
         ["22% from Monday 1 November 2027", "22%", "from 20% to 22% from 1 November 2027"],
         ["The night shift allowance rises from 20% to 22% from 1 November 2027; the late shift allowance stays at 12%."]),
    turn(4, "yes_no", "would i get that at kelso st too", MD,
         ["no", "no: Kelso Street runs only day and late shifts, nobody works nights at the warehouse"],
         ["Kelso Street runs a day shift and a late shift only; nobody works nights at the warehouse."]),
]})
items.append({"id": f"bw-{len(items)+1:03d}", "type": "conversation", "doc": HT, "turns": [
    turn(1, "factual", "lead time on a built to order tidewell pump?", HT,
         ["15 working days", "15 working days from order to dispatch"],
         ["Tidewell centrifugal pumps Same day if ordered by 14:00 15 working days"]),
    turn(2, "factual", "what about a keystone one", HT,
         ["20 working days", "20 working days for a built-to-order Keystone gate valve"],
         ["Keystone gate valves Same day if ordered by 14:00 20 working days"]),
    turn(3, "yes_no", "is that tidewell figure still right? heard there were delays", DX,
         ["no", "from 1 October 2027 it is 20 working days, until at least 31 December 2027, because of late castings"],
         ["The standard lead time for made-to-order Tidewell centrifugal pumps is extended from 15 to 20 working days from 1 October 2027 until at least 31 December 2027.",
          "Lead times for the other product lines do not change."]),
]})
items.append({"id": f"bw-{len(items)+1:03d}", "type": "conversation", "doc": TX, "turns": [
    turn(1, "factual", "speed limit for forklifts in the kelso st yard?", TX,
         ["15 km/h", "15 km/h (cut to 10 km/h from 4 October 2027)"],
         ["Kelso Street yard ............................ 15 km/h"]),
    turn(2, "factual", "and indoors there?", TX, ["8 km/h", "8 km/h inside the Kelso Street warehouse"],
         ["Inside the Kelso Street warehouse ............ 8 km/h"]),
    turn(3, "yes_no", "wasnt the outside one changed after that near miss", DX,
         ["yes", "yes, it goes down from 15 km/h to 10 km/h from Monday 4 October 2027"],
         ["The speed limit in the Kelso Street yard is reduced from 15 km/h to 10 km/h from 4 October 2027"]),
    turn(4, "factual", "what else changed for the lorry drivers", DX,
         ["they must wait in the drivers' room while their vehicle is loaded or unloaded, instead of standing by their cab"],
         ["from the same date delivery drivers must wait in the drivers' room while their vehicle is loaded or unloaded, instead of standing by their cab."]),
]})
items.append({"id": f"bw-{len(items)+1:03d}", "type": "conversation", "doc": PD, "turns": [
    turn(1, "factual", "how long is the guarantee on a marlin pump", PD,
         ["12 months", "12 months from delivery"],
         [("Marlin diaphragm pumps 12 months Diaphragms, valve balls", 2)]),
    turn(2, "yes_no", "does that include the diaphragm", PD,
         ["no", "diaphragms (and valve balls) are wear parts and are not covered"],
         [("Marlin diaphragm pumps 12 months Diaphragms, valve balls", 2),
          ("Product line Warranty Wear parts not covered", 2)]),
    turn(3, "yes_no", "is it getting longer? i heard something about the new diaphragms", DX,
         ["yes", "it goes up to 18 months for pumps shipped from 1 January 2028; diaphragms stay uncovered as wear parts"],
         ["The meeting agreed that the warranty on Marlin diaphragm pumps will be extended from 12 months to 18 months for pumps shipped from 1 January 2028.",
          "The warranty on diaphragms themselves as wear parts does not change."]),
]})
json.dump({"items": items}, open(HERE / "dev.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
import collections
print(len(items), collections.Counter(i["type"] for i in items),
      sum(len(i["turns"]) if i["type"] == "conversation" else 1 for i in items), "judged rows")
