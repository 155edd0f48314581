"""Writes dev.json for the millbeck read set: questions written from the documents in docs/ before any product run.
Same schema as hartwell and ferncombe (and ashgrove and the earlier sets). The set is built for studying list answers:
a list row's answers are its gold items, one item to a string, in the document's order, and its evidence quotes the
line, step, table row or sentence that each item comes from."""
from pathlib import Path
HERE = Path(__file__).resolve().parents[1]  # tests/data/millbeck
import json
MD, PD, DX, HT, TX = ("staff-handbook.md", "terms-of-trade-and-price-list-2033.pdf",
                      "management-meeting-minutes-2033-02-16.docx", "customer-faq.html",
                      "guard-failure-and-trapped-person-procedure.txt")
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
    it = {"id": f"mb-{len(items)+1:03d}", "type": type, "q": q, "doc": doc, "answerable": type != "unanswerable",
          "answers": answers, "evidence": ev_of(evidence)}
    it.update(kw)
    items.append(it)
    return it

# rows of the procedure's column table, their wrapped cells in line order
L1ROW = ("L1 litho interlocked gates at wall isolator the maintenance press the feeder and behind the engineer only "
         "delivery; nip bars on feeder the inking rollers")
L23ROW = ("L2 and L3 interlocked delivery isolator at the the maintenance litho gates; nip bars delivery end of "
          "engineer or the presses each press Production Manager")
DROW = ("D1 and D2 interlocked covers plug and switch the maintenance digital and doors on the wall engineer or a "
        "presses behind each trained digital press operator")
G1ROW = ("G1 light curtain; red isolator to the maintenance guillotine two-hand control; the left of the engineer only "
         "interlocked rear guillotine guard")
FROW = ("F2 and F3 interlocked top grey isolator on the maintenance folders covers; fixed side each folder's engineer "
        "or the guards frame Finishing Supervisor")
DCROW = ("DC1 light curtain at the isolator beside the maintenance die-cutter feed; interlocked the dust engineer or "
         "the front gate extractor Finishing Supervisor")
W1ROW = ("W1 shrink light curtain at the isolator on the the maintenance wrapper exit; interlocked control box "
         "engineer or the tunnel door Warehouse and Dispatch Manager")

# ---- factual (6)
add("factual", "whats the pay band for a senior press operator", MD,
    ["£34,500 – £40,200", "£34,500 to £40,200 a year full-time (grade MP4), with a 6-month probation"],
    ["| MP4 | Senior Press Operator, Finishing Supervisor, Senior Estimator | £34,500 – £40,200 | 6 months |",
     "Pay bands are for full-time staff."],
    note="Press Operators are MP3, £28,900 to £33,700.")
add("factual", "when do we get paid", MD,
    ["the 28th of each month", "on the 28th of each month, or the Friday before if the 28th falls at a weekend"],
    ["Pay day is the **28th** of each month, or the Friday before if it falls at a weekend."])
add("factual", "how long is a quote good for", PD,
    ["30 days", "30 days; if the paper supplier raises a price by more than 5% before you order, the quote may be redone"],
    [("A quote is valid for 30 days.", 1),
     ("If our supplier raises a price by more than 5% before you order, we may requote.", 1)])
add("factual", "how much overtime did we do in january", DX,
    ["1,140 hours", "1,140 hours, against a budget of 800, mostly on Saturdays in the finishing room and on the digital presses"],
    ["Overtime in January was 1,140 hours, against a budget of 800, mostly on Saturdays in the finishing room and on the digital presses."])
add("factual", "how much do u charge if the driver has to come back", HT,
    ["£20", "£20 to deliver it again, if nobody was in to sign for it and the order went back to the works"],
    ["The driver needs a signature; if nobody is in, the order comes back to us and we charge £20 to deliver it again."])
add("factual", "who do i ring if a guard goes at night and wilf isnt about", TX,
    ["the out of hours engineer, Castwell Machine Services, on 0114 496 0777",
     "Castwell Machine Services, the out of hours engineer, on 0114 496 0777; if anyone is seriously hurt, dial 999 first, then 222"],
    ["Out of hours engineer (Castwell Machine Services) .............................. 0114 496 0777",
     "For anyone seriously hurt, dial 999 first, then 222."])

# ---- list (36)
# handbook (7)
add("list", "what do i need to bring on day one", MD,
    ["your passport, or your birth certificate and National Insurance number (right to work in the UK)",
     "your P45 from your last job, if you have one",
     "your bank details",
     "your own safety boots, if you have a pair that meets EN ISO 20345",
     "a padlock for your locker",
     "your driving licence and digital tachograph card, if you are joining as a driver"],
    ["- your passport, or your birth certificate and National Insurance number, to show you have the right to work in the UK;",
     "- your P45 from your last job, if you have one;",
     "- your bank details, so that we can pay you;",
     "- your own safety boots if you have a pair that meets EN ISO 20345 (if not, we fit you for a pair on the day);",
     "- a padlock for your locker;",
     "- your driving licence and digital tachograph card, if you are joining as a driver."],
    structure="bulleted list with a lead-in line")
add("list", "starting monday, how does the first day go", MD,
    ["report to reception at 08:30, whatever your shift",
     "a site safety tour with Nerys Bevington: fire exits, the assembly point, first aid boxes and the emergency stops",
     "collect your PPE and a locker key from the stores",
     "set up your Quirebook login and collect your clock-in card",
     "meet your supervisor and your buddy, and work alongside your buddy for the rest of the shift",
     "start your machine training record: no machine until your supervisor signs you off on it in Quirebook"],
    ["1. Report to reception at **08:30**, whatever shift you will work later.",
     "2. Go on a site safety tour with Nerys Bevington: fire exits, the assembly point in the staff car park, first aid boxes and the emergency stops on every machine.",
     "3. Collect your PPE and a locker key from the stores.",
     "4. Set up your Quirebook login and collect your clock-in card.",
     "5. Meet your supervisor and your buddy, and work alongside your buddy for the rest of the shift.",
     "6. Start your machine training record: you must not run any machine until your supervisor has signed you off on it in Quirebook."],
    structure="numbered steps")
add("list", "which presses can print B1?", MD,
    ["L1 (sheetfed litho, 5 colours and coater, senior press operators only)",
     "L2 (sheetfed litho, 4 colours)"],
    ["| L1 | Sheetfed litho | B1, 720 × 1020 mm | 5 colours and coater | Senior press operators |",
     "| L2 | Sheetfed litho | B1, 720 × 1020 mm | 4 colours | Press operators and senior press operators |"],
    structure="table rows that match a condition (first column)",
    note="L3 and D2 take B2 and D1 SRA3, so they are not in the answer.")
add("list", "wat ppe do i need in the finshing room", MD,
    ["safety boots", "ear defenders at all times",
     "cut-resistant gloves for blade changes and moving stacks", "long hair tied back"],
    ["| Finishing room | Safety boots | Ear defenders at all times | Cut-resistant gloves for blade changes and moving stacks | Long hair tied back |"],
    structure="the cells of one table row")
add("list", "when do i get double time", MD,
    ["Sundays", "bank holidays", "the days of the Christmas shutdown"],
    ["Double time is paid for work on Sundays, bank holidays and the days of the Christmas shutdown."],
    structure="a single sentence enumerating items",
    note="Weekday overtime and Saturdays are time and a half; managers take time off in lieu instead.")
add("list", "do staff get any perks here", MD,
    ["25% off print for your own use, not for resale",
     "a pension: the company pays 5% of your salary and you pay at least 3%",
     "free safety boots every 12 months, and prescription safety glasses if you need them",
     "a £300 bonus for each person you recommend who joins and passes probation",
     "an extra day's leave after 5 years' service, and a £500 long service award at 10 years",
     "free tea, coffee and fruit in the canteen"],
    ["- **25% off** print for your own use, not for resale, ordered through the sales office.",
     "- A pension: we pay **5%** of your salary and you pay at least 3%.",
     "- Free safety boots every 12 months, and prescription safety glasses if you need them.",
     "- A **£300 bonus** for each person you recommend who joins us and passes probation.",
     "- An extra day's leave after 5 years' service, and a **£500** long service award at 10 years.",
     "- Free tea, coffee and fruit in the canteen."],
    structure="a list under a heading with no lead-in line")
add("list", "who are the first aiders", MD,
    ["Maxine Aspinall (finishing room, day shift)", "Sam Ollerenshaw (litho pressroom, early shift)",
     "Rafal Nowicki (litho pressroom, late shift)", "Dionne Carrick (warehouse and dispatch bay, day shift)",
     "Oren Haddleton (prepress studio, office hours)"],
    ["| Maxine Aspinall | Finishing room | Day | 231 |",
     "| Sam Ollerenshaw | Litho pressroom | Early | 214 |",
     "| Rafal Nowicki | Litho pressroom | Late | 214 |",
     "| Dionne Carrick | Warehouse and dispatch bay | Day | 250 |",
     "| Oren Haddleton | Prepress studio | Office | 205 |"],
    structure="one column of a table")
# terms and price list (7)
add("list", "what formats can i send my artwork in", PD,
    ["print-ready PDF files, PDF/X-4 preferred",
     "packaging artwork as a PDF on the cutter guide, with the cutter guide on its own layer",
     "InDesign packages with all fonts and links, for jobs where the studio makes changes",
     "Word or PowerPoint files, for letterheads and simple flyers only, with a £35 studio fee"],
    [("We accept artwork as:", 1),
     ("print-ready PDF files, with PDF/X-4 preferred;", 1),
     ("packaging artwork as a PDF on our cutter guide, with the cutter guide on its own layer;", 1),
     ("InDesign packages with all fonts and links, for jobs where our studio makes changes;", 1),
     ("Word or PowerPoint files for letterheads and simple flyers only, with a studio fee of £35 to set them up.", 1)],
    structure="bulleted list with a lead-in line")
add("list", "how do i sign off my proof", PD,
    ["log in to Proofmark and open the job from the list of proofs waiting for you",
     "check every page: text, images, size, folds and colours",
     "click \"Approve\", or \"Request changes\" and type what needs changing on each page",
     "tick the box to confirm the quantity and delivery address, then click \"Send to press\""],
    [("1. Log in to Proofmark and open the job from the list of proofs waiting for you.", 1),
     ("2. Check every page: the text, the images, the size, the folds and the colours.", 1),
     ("3. Click \"Approve\", or click \"Request changes\" and type what needs changing on each page.", 1),
     ("4. Tick the box to confirm the quantity and the delivery address, then click \"Send to press\".", 1)],
    structure="numbered steps")
add("list", "which products can i order just 250 of", PD,
    ["business cards (£38)", "flyers (£54)", "posters (£145)", "letterheads (£72)"],
    [("Business cards 85 x 55 mm, 400gsm silk £38 £62 £165", 2),
     ("Flyers A5, 150gsm gloss £54 £89 £210", 2),
     ("Posters A2, 200gsm silk, one side £145 £310 -", 2),
     ("Letterheads A4, 120gsm Recycled Bond £72 £118 £260", 2),
     ("A dash means we do not offer that quantity.", 2)],
    structure="table rows that match a condition (first column)",
    note="Folded leaflets, booklets, presentation folders and mailer boxes have a dash in the 250 column.")
add("list", "whats 1000 of everything cost", PD,
    ["business cards £62", "flyers £89", "folded leaflets £168", "posters £310", "letterheads £118",
     "booklets £640", "presentation folders £720", "mailer boxes £1,380"],
    [("Product Size and stock 250 1,000 5,000", 2),
     ("Business cards 85 x 55 mm, 400gsm silk £38 £62 £165", 2),
     ("Flyers A5, 150gsm gloss £54 £89 £210", 2),
     ("Folded leaflets A4 folded to DL, 170gsm silk - £168 £395", 2),
     ("Posters A2, 200gsm silk, one side £145 £310 -", 2),
     ("Letterheads A4, 120gsm Recycled Bond £72 £118 £260", 2),
     ("Booklets A5, 16 pages, self cover - £640 £1,920", 2),
     ("Presentation folders A4, 350gsm, one pocket - £720 £2,150", 2),
     ("Mailer boxes 220 x 160 x 50 mm, E-flute - £1,380 £4,950", 2)],
    structure="one column of a table, with each row's label",
    note="Prices without VAT, full colour both sides unless shown otherwise.")
add("list", "where dont u deliver", PD,
    ["Northern Ireland", "the Channel Islands", "the Isle of Man", "addresses outside the UK"],
    [("We do not deliver to Northern Ireland, the Channel Islands, the Isle of Man or addresses outside the UK.", 2)],
    structure="a single sentence enumerating items")
add("list", "what wont you take responsibility for", PD,
    ["small colour differences between your screen, a PDF proof and the printed job",
     "mistakes in text, images or layout that were in a proof you approved",
     "fonts, images or bleed missing from files you supplied",
     "delays caused by late artwork, late approval or a wrong delivery address you gave",
     "overs or unders of up to 5% on litho and packaging orders, charged or credited at the unit price"],
    [("We take care over every job, but we are not responsible for:", 3),
     ("small colour differences between your screen, a PDF proof and the printed job;", 3),
     ("mistakes in text, images or layout that were in a proof you approved;", 3),
     ("fonts, images or bleed missing from files that you supplied;", 3),
     ("delays caused by late artwork, late approval or a wrong delivery address that you gave us;", 3),
     ("overs or unders of up to 5% on litho and packaging orders, which we charge or credit at the unit price.", 3)],
    structure="bulleted list with a lead-in line")
add("list", "my leaflets came out wrong, how do i complain", PD,
    ["tell customer service within 5 working days of delivery, by phone or a Proofmark message, quoting your job number",
     "send photos of the fault and keep the whole order, boxed, for inspection",
     "they reply within 2 working days and may collect samples or the whole order",
     "if the fault is theirs, they reprint on Priority turnaround at no charge or credit your account",
     "if you are still unhappy, write to the Sales Manager, who replies within 10 working days"],
    [("1. Tell customer service within 5 working days of delivery, by phone or by a message in Proofmark, quoting your job number.", 3),
     ("2. Send photos of the fault and keep the whole order, boxed, for us to inspect.", 3),
     ("3. We reply within 2 working days and may collect samples or the whole order.", 3),
     ("4. If the fault is ours, we reprint the job on Priority turnaround at no charge, or credit your account.", 3),
     ("5. If you are still unhappy, write to the Sales Manager, who replies within 10 working days.", 3)],
    structure="numbered steps")
# minutes (8)
add("list", "who was at the meeting", DX,
    ["Howard Kilbride (Managing Director, chair)", "Ottilie Brammer (Finance Director)",
     "Euan Moorcroft (Production Manager)", "Anwen Roscoe (Sales Manager)",
     "Oren Haddleton (Prepress Studio Manager)", "Mairead Tolland (HR and Office Manager, minutes)",
     "Ilse Mortensen (Finishing Supervisor, for item 4)", "Wilf Garside (Maintenance Engineer, for item 4)"],
    ["Howard Kilbride (Managing Director, chair)", "Ottilie Brammer (Finance Director)",
     "Euan Moorcroft (Production Manager)", "Anwen Roscoe (Sales Manager)",
     "Oren Haddleton (Prepress Studio Manager)",
     "In attendance: Mairead Tolland (HR and Office Manager, minutes), Ilse Mortensen (Finishing Supervisor, for item 4) and Wilf Garside (Maintenance Engineer, for item 4)."],
    structure="the attendees of the meeting (Present list and In attendance)",
    note="The first five are listed as Present, the last three as In attendance; Lorraine Hebblethwaite and Nerys Bevington sent apologies.")
add("list", "who couldnt make it to the feb management meeting", DX,
    ["Lorraine Hebblethwaite (Warehouse and Dispatch Manager), at a pallet network meeting",
     "Nerys Bevington (Health and Safety Advisor), on a course"],
    ["Apologies: Lorraine Hebblethwaite (Warehouse and Dispatch Manager), who was at a pallet network meeting and sent figures for item 6, and Nerys Bevington (Health and Safety Advisor), who was on a course and whose report for item 4 was presented by Wilf Garside."],
    structure="a single sentence enumerating items (apologies)")
add("list", "what was on the agenda in february", DX,
    ["minutes of the last meeting (19 January 2033) and matters arising", "sales and orders",
     "the pressroom, shifts and overtime", "the folder guard incident of 24 January",
     "prices and service levels", "warehouse, dispatch and the trade counter",
     "staffing and training", "any other business"],
    ["Minutes of the last meeting (19 January 2033) and matters arising", "Sales and orders",
     "The pressroom, shifts and overtime", "The folder guard incident of 24 January",
     "Prices and service levels", "Warehouse, dispatch and the trade counter",
     "Staffing and training", "Any other business"],
    structure="numbered list under a heading with no lead-in")
add("list", "what did we decide about overtime", DX,
    ["overtime must be booked in Quirebook by 12:00 on the working day before",
     "nobody works more than 2 Saturdays of overtime in a calendar month",
     "finishers signed off on the D1 digital press may be offered overtime on the digital presses"],
    ["Overtime is booked in Quirebook by 12:00 on the working day before.",
     "Nobody works more than 2 Saturdays of overtime in a calendar month.",
     "Finishers signed off on D1 may be offered overtime on the digital presses.",
     "The meeting agreed three changes to overtime."],
    structure="the decisions that match a topic",
    note="The overtime rates in the Staff Handbook do not change; the other decisions (the digital shift, interlock tests, the Priority surcharge, the delivery threshold, the trade counter, the inkjet press) are not about overtime.")
add("list", "what got decided at the management meeting on the 16th", DX,
    ["overtime booked in Quirebook by 12:00 on the working day before",
     "nobody works more than 2 Saturdays of overtime in a calendar month",
     "finishers signed off on D1 may be offered overtime on the digital presses",
     "from Monday 7 March 2033 the digital pressroom day shift is 06:30 to 15:00, instead of 07:00 to 15:30",
     "from Monday 28 February 2033 interlocks on all finishing machines are tested weekly, instead of monthly",
     "from Friday 1 April 2033 the Priority surcharge goes up from 25% to 30%; Standard and Same day unchanged",
     "the free delivery threshold stays at £150; the rise to £250 was not agreed",
     "from Saturday 5 March 2033 the trade counter is open until 13:00 on Saturdays, instead of 12:00",
     "deferred: a second digital inkjet press, to the May meeting on 18 May 2033"],
    ["Overtime is booked in Quirebook by 12:00 on the working day before.",
     "Nobody works more than 2 Saturdays of overtime in a calendar month.",
     "Finishers signed off on D1 may be offered overtime on the digital presses.",
     "From Monday 7 March 2033 the digital pressroom day shift is 06:30 to 15:00, instead of 07:00 to 15:30.",
     "From Monday 28 February 2033 interlocks on all finishing machines are tested weekly, instead of monthly.",
     "From Friday 1 April 2033 the Priority surcharge goes up from 25% to 30%; Standard and Same day do not change.",
     "The free delivery threshold stays at £150; the proposed rise to £250 was not agreed.",
     "From Saturday 5 March 2033 the trade counter is open until 13:00 on Saturdays, instead of 12:00.",
     "Deferred: a second digital inkjet press (May meeting, 18 May 2033)."],
    structure="the Decisions list")
add("list", "whats anwen got to do from the meeting", DX,
    ["write to account customers about the 30% Priority surcharge, by 1 March 2033",
     "update the price list and Proofmark for the new surcharge, by 25 March 2033",
     "visit Calder Homes about their leaflet work, by 28 February 2033"],
    ["Write to account customers about the 30% Priority surcharge Anwen Roscoe 1 March 2033",
     "Update the price list and Proofmark for the new surcharge Anwen Roscoe 25 March 2033",
     "Visit Calder Homes about their leaflet work Anwen Roscoe 28 February 2033"],
    structure="the actions one person owns (action table rows)")
add("list", "which actions are due in march", DX,
    ["brief digital operators on the new day shift (Euan Moorcroft, 2 March 2033)",
     "fit tamper-proof coded switches to the F2 and F3 folders (Wilf Garside, 17 March 2033)",
     "retrain all finishers on locking off (Ilse Mortensen, 10 March 2033)",
     "update SP-07 for the weekly interlock test (Nerys Bevington, 3 March 2033)",
     "write to account customers about the 30% Priority surcharge (Anwen Roscoe, 1 March 2033)",
     "update the price list and Proofmark for the new surcharge (Anwen Roscoe, 25 March 2033)",
     "update the website FAQ and trade counter rota for Saturdays (Lorraine Hebblethwaite, 3 March 2033)"],
    ["Brief digital operators on the new day shift Euan Moorcroft 2 March 2033",
     "Fit tamper-proof coded switches to the F2 and F3 folders Wilf Garside 17 March 2033",
     "Retrain all finishers on locking off Ilse Mortensen 10 March 2033",
     "Update SP-07 for the weekly interlock test Nerys Bevington 3 March 2033",
     "Write to account customers about the 30% Priority surcharge Anwen Roscoe 1 March 2033",
     "Update the price list and Proofmark for the new surcharge Anwen Roscoe 25 March 2033",
     "Update the website FAQ and trade counter rota for Saturdays Lorraine Hebblethwaite 3 March 2033"],
    structure="table rows that match a condition (due date)",
    note="Not due in March: the Quirebook overtime booking (25 February), the Calder Homes visit (28 February) and the inkjet press business case (4 May).")
add("list", "which customers did we lose in january", DX,
    ["Calder Homes", "Brightfield Estates", "Oakmere Foods"],
    ["Three customers moved their leaflet work to other printers in January: Calder Homes, Brightfield Estates and Oakmere Foods, all because of our price on long runs."],
    structure="a single sentence enumerating items")
# FAQ (7)
add("list", "what does the gold account include", HT,
    ["12% off list prices", "free delivery anywhere they deliver", "45 days' credit from month end",
     "free printed proofs", "a named account manager"],
    ["Gold £20,000 or more 12% off list prices Free anywhere we deliver 45 days from month end Free printed proofs and a named account manager"],
    structure="the cells of one table row",
    note="Gold is for customers who spent £20,000 or more in 12 months.")
add("list", "what cant i give back to the driver for recycling", HT,
    ["laminated, foiled or glittered print", "anything with plastic windows, wire binding or spiral binding",
     "boxes with food, grease or liquid on them", "stickers, labels or their backing paper",
     "packaging or print made by other companies"],
    ["We can't take:", "laminated, foiled or glittered print;",
     "anything with plastic windows, wire binding or spiral binding;",
     "boxes with food, grease or liquid on them;", "stickers, labels or their backing paper;",
     "packaging or print made by other companies."],
    structure="bulleted list with a lead-in line")
add("list", "which of ur papers are recyled", HT,
    ["120gsm Recycled Bond, 100% recycled and uncoated, for letterheads",
     "300gsm Ecoboard, 100% recycled board, for swing tags and postcards",
     "E-flute corrugated board with at least 80% recycled fibre, for mailer boxes"],
    ["120gsm Recycled Bond, 100% recycled and uncoated, for letterheads;",
     "300gsm Ecoboard, 100% recycled board, for swing tags and postcards;",
     "E-flute corrugated board with at least 80% recycled fibre, for mailer boxes."],
    structure="the items of a bulleted list that match a condition",
    note="The gloss, silk and silk board stocks are FSC certified, not recycled.")
add("list", "how should i set up my file before uploading", HT,
    ["the finished size plus 3 mm bleed on every edge", "CMYK, not RGB, with images at 300 dpi at the printed size",
     "all fonts embedded or turned into outlines", "text and logos at least 4 mm inside the trim",
     "100% black only for small black text, not a mix of all four colours"],
    ["Before you upload, check that your file:", "is the finished size plus 3 mm bleed on every edge;",
     "is in CMYK, not RGB, with images at 300 dpi at the size they will print;",
     "has all fonts embedded or turned into outlines;", "keeps text and logos at least 4 mm inside the trim;",
     "uses 100% black only for small black text, not a mix of all four colours."],
    structure="numbered checklist with a lead-in line")
add("list", "what materials can't you print on", HT,
    ["fabric", "glass", "metal", "wood", "vinyl"],
    ["We don't print on fabric, glass, metal, wood or vinyl, and we don't make signs or banners."],
    structure="a single sentence enumerating items",
    note="They print on paper and board up to 1 mm thick and on E-flute board; they also don't make signs or banners.")
add("list", "which trade accounts get free delivery", HT,
    ["Silver: free within 25 miles, any order value", "Gold: free anywhere they deliver"],
    ["Silver £5,000 to £19,999 8% off list prices Free within 25 miles, any order value",
     "Gold £20,000 or more 12% off list prices Free anywhere we deliver"],
    structure="table rows that match a condition (first column)",
    note="Bronze pays standard delivery charges.")
add("list", "ways to pay?", HT,
    ["debit or credit card in Proofmark, when you send a job to press", "bank transfer, quoting your job number",
     "card at the trade counter when you collect", "on your trade account, against a monthly statement"],
    ["By debit or credit card in Proofmark, when you send a job to press.",
     "By bank transfer, quoting your job number.", "By card at the trade counter when you collect.",
     "On your trade account, if you have one, against a monthly statement."],
    structure="a list under a heading with no lead-in line",
    note="No cash or cheques.")
# procedure (7)
add("list", "steps if the guard fails?", TX,
    ["press the emergency stop and wait for every part of the machine to come to rest",
     "do not reach into the machine, even if it looks stopped",
     "switch off at the isolator and, if trained, lock it off",
     "hang a red DO NOT USE tag on the controls with your name, the time and what you saw",
     "tell your supervisor and phone the maintenance engineer",
     "stay by the machine until the engineer or your supervisor takes over"],
    ["1. Press the emergency stop and wait for every part of the machine to come to rest.",
     "2. Do not reach into the machine, even if it looks stopped.",
     "3. Switch the machine off at its isolator and, if you are trained, lock it off as in section 6.",
     "4. Hang a red DO NOT USE tag on the controls, with your name, the time and what you saw.",
     "5. Tell your supervisor and phone the maintenance engineer.",
     "6. Stay by the machine until the engineer or your supervisor takes over, so that nobody restarts it."],
    structure="indented numbered steps")
add("list", "what counts as a guard failure", TX,
    ["a guard, gate or cover opens and the machine does not stop",
     "the machine starts, or can be started, with a guard open",
     "an interlock switch is loose, damaged, taped, wedged or bypassed",
     "a light curtain does not stop the machine when broken, or its test lamp does not light",
     "an emergency stop does not stop the machine, or the machine restarts when the stop is reset",
     "a fixed guard is missing, cracked or held on with fewer bolts than it should have"],
    ["* a guard, gate or cover opens and the machine does not stop;",
     "* the machine starts, or can be started, with a guard open;",
     "* an interlock switch is loose, damaged, taped, wedged or bypassed in any way;",
     "* a light curtain does not stop the machine when it is broken, or its test lamp does not light;",
     "* an emergency stop does not stop the machine, or the machine restarts when the stop is reset;",
     "* a fixed guard is missing, cracked or held on with fewer bolts than it should have."],
    structure="bulleted list with a lead-in line")
add("list", "which machines have a light curtain", TX,
    ["G1 guillotine", "DC1 die-cutter (at the feed)", "W1 shrink wrapper (at the exit)"],
    [G1ROW, DCROW, W1ROW],
    structure="table rows that match a condition (first column)",
    note="The presses and the folders have interlocked gates, covers and nip bars but no light curtain.")
add("list", "someones fingers are caught in the folder what do i do", TX,
    ["press the nearest emergency stop",
     "shout for help and send someone to dial 222 for the first aider; dial 999 if the person is trapped, bleeding heavily or unconscious",
     "switch the machine off at its isolator; never reverse the rollers or open the jaws under power",
     "let the maintenance engineer, or the fire service, free the trapped person",
     "the first aider treats the injured person and goes to hospital with them if needed",
     "leave the machine and the area as they are until the Health and Safety Advisor has seen them"],
    ["1. Press the nearest emergency stop.",
     "2. Shout for help and send someone to dial 222 for the first aider; dial 999 if the person is trapped, bleeding heavily or unconscious.",
     "3. Switch the machine off at its isolator. Never reverse the rollers or open the jaws under power to free a hand.",
     "4. Let the maintenance engineer, or the fire service, free the trapped person.",
     "5. The first aider treats the injured person and goes with them to hospital if needed.",
     "6. Leave the machine and the area as they are until the Health and Safety Advisor has seen them."],
    structure="indented numbered steps")
add("list", "what paperwork after a guard failure and by when", TX,
    ["incident form in Quirebook, by the end of the shift", "engineer's repair report, within 24 hours",
     "investigation by the Health and Safety Advisor, within 5 working days",
     "RIDDOR report, if needed, within 10 days", "toolbox talk for the team, within 2 weeks"],
    ["Incident form in Quirebook ........ by the end of the shift",
     "Engineer's repair report .......... within 24 hours",
     "Investigation by the Health and Safety Advisor .................. within 5 working days",
     "RIDDOR report (if needed) ......... within 10 days",
     "Toolbox talk for the team ......... within 2 weeks"],
    structure="dotted-leader list")
add("list", "what am i never allowed to do with guards", TX,
    ["tape, wedge or bypass an interlock, or run a machine with a fixed guard off",
     "reach past a light curtain or over a guard while the machine is running",
     "remove another person's padlock or tag",
     "reset an interlock or light curtain you are not authorised to reset",
     "use a machine with a red DO NOT USE tag on it"],
    ["* never tape, wedge or bypass an interlock, or run a machine with a fixed guard off;",
     "* never reach past a light curtain or over a guard while the machine is running;",
     "* never remove another person's padlock or tag;",
     "* never reset an interlock or light curtain that you are not authorised to reset;",
     "* never use a machine with a red DO NOT USE tag on it."],
    structure="a list under a heading with no lead-in line")
add("list", "which machines can ilse reset", TX,
    ["F2 and F3 folders", "DC1 die-cutter"],
    ["Finishing Supervisor, Ilse Mortensen ..... 07700 900 931", FROW, DCROW],
    structure="table rows that match a condition (last column)",
    note="Ilse Mortensen is the Finishing Supervisor; the G1 guillotine and L1 are reset by the maintenance engineer only.")

# ---- unanswerable (4 near misses, in four different documents)
add("unanswerable", "how many sick days do we get paid for", MD, [], [], subtype="near_miss",
    note="The handbook says how to call in sick, self-certify for 7 days and send a fit note, but gives no sick pay.")
add("unanswerable", "whats the price for foil blocking on business cards", PD, [], [], subtype="near_miss",
    note="The price list gives lamination (20% more on business cards and folders) but no foil blocking price.")
add("unanswerable", "how much does a press check cost", HT, [], [], subtype="near_miss",
    note="The FAQ says press checks are for litho jobs over £2,000, booked 2 working days ahead, but gives no cost.")
add("unanswerable", "how often does the die cutter get serviced", TX, [], [], subtype="near_miss",
    note="The procedure gives daily light curtain tests and monthly interlock tests, not a service interval.")

# ---- conversations (4 of 3 turns, each with a list turn and a later turn answered by the minutes)
def turn(n, type, q, doc, answers, evidence, **kw):
    t = {"turn": n, "type": type, "q": q, "doc": doc, "answerable": True, "answers": answers,
         "evidence": ev_of(evidence)}
    # structure= and note= are kept in the calls below for readers only: as in the templates, turns carry no note
    return t
items.append({"id": f"mb-{len(items)+1:03d}", "type": "conversation", "doc": MD, "turns": [
    turn(1, "list", "which shifts start before 7", MD,
         ["the litho pressroom early shift, 06:00 – 14:00", "drivers, 06:30 – 15:00"],
         ["| Litho pressroom | Early | 06:00 – 14:00 | Monday to Friday |",
          "| Drivers | Day | 06:30 – 15:00 | Monday to Friday |"],
         structure="table rows that match a condition"),
    turn(2, "factual", "n what time does the digital shift finish", MD,
         ["15:30", "15:30 (the digital pressroom day shift is 07:00 to 15:30, Monday to Friday)"],
         ["| Digital pressroom | Day | 07:00 – 15:30 | Monday to Friday |"]),
    turn(3, "factual", "heard digital hours are changing, whats the new times", DX,
         ["06:30 to 15:00", "06:30 to 15:00 from Monday 7 March 2033, instead of 07:00 to 15:30; the litho shifts do not change"],
         ["From Monday 7 March 2033 the digital pressroom day shift is 06:30 to 15:00, instead of 07:00 to 15:30.",
          "The litho shifts do not change."]),
]})
items.append({"id": f"mb-{len(items)+1:03d}", "type": "conversation", "doc": PD, "turns": [
    turn(1, "list", "what turnaround options have u got", PD,
         ["Standard: 7 working days, no surcharge", "Priority: 3 working days, 25% surcharge, all products except mailer boxes",
          "Same day: dispatched by 17:00, 60% surcharge, for digital work approved by 10:00"],
         [("Standard 7 working days none all products", 2),
          ("Priority 3 working days 25% all products except mailer boxes", 2),
          ("Same day dispatched by 17:00 60% digital work approved by 10:00", 2)],
         structure="one column of a table, with each row's cells"),
    turn(2, "factual", "how much extra is priority", PD,
         ["25%", "a 25% surcharge, for 3 working days' turnaround"],
         [("Priority 3 working days 25% all products except mailer boxes", 2)]),
    turn(3, "factual", "someone said thats going up, to what?", DX,
         ["30%", "30% from Friday 1 April 2033, up from 25%; the Standard service and the Same day surcharge of 60% do not change"],
         ["The meeting agreed that from Friday 1 April 2033 the Priority surcharge goes up from 25% to 30%.",
          "The Standard service and the Same day surcharge of 60% do not change, and neither do the prices in the price list."]),
]})
items.append({"id": f"mb-{len(items)+1:03d}", "type": "conversation", "doc": HT, "turns": [
    turn(1, "factual", "what time does the trade counter shut on saturday", HT,
         ["12:00", "12:00 (it is open 08:00 to 12:00 on Saturdays and closed on Sundays)"],
         ["Saturday 08:00 to 12:00 Closed", "Sunday Closed Closed"]),
    turn(2, "list", "which nights are u open till 7", HT,
         ["Wednesday", "Thursday"],
         ["Wednesday 08:00 to 19:00 08:30 to 17:00", "Thursday 08:00 to 19:00 08:30 to 17:00"],
         structure="table rows that match a condition",
         note="The trade counter is open 08:00 to 19:00 on those days; customer service phones still close at 17:00."),
    turn(3, "factual", "is saturday changing? someone mentioned it", DX,
         ["open until 13:00", "yes, from Saturday 5 March 2033 the trade counter is open until 13:00 on Saturdays, instead of 12:00; weekday hours do not change"],
         ["The meeting agreed that from Saturday 5 March 2033 the trade counter is open until 13:00 on Saturdays, instead of 12:00.",
          "Its weekday hours do not change."]),
]})
items.append({"id": f"mb-{len(items)+1:03d}", "type": "conversation", "doc": TX, "turns": [
    turn(1, "list", "how do i lock off the folder before clearing a jam", TX,
         ["tell the operator and your supervisor you are locking off the machine", "stop the machine at its controls",
          "turn the isolator to OFF", "fit your own red padlock to the isolator, with a tag showing your name and the date",
          "press the start button to check the machine is dead, then return it to stop",
          "when finished, remove your padlock yourself: nobody else may remove it"],
         ["1. Tell the operator and your supervisor that you are locking off the machine.",
          "2. Stop the machine at its controls.", "3. Turn the isolator to OFF.",
          "4. Fit your own red padlock to the isolator, with a tag showing your name and the date.",
          "5. Press the start button to check that the machine is dead, then return it to stop.",
          "6. When you have finished, remove your padlock yourself: nobody else may remove it."],
         structure="indented numbered steps"),
    turn(2, "factual", "whos got the spare keys", TX,
         ["the Production Manager", "the Production Manager, in the key safe in the production office; they are used only if the padlock's owner has left site and cannot be reached"],
         ["The spare keys are kept by the Production Manager in the key safe in the production office, and are used only if the owner of a padlock has left site and cannot be reached."]),
    turn(3, "list", "what actions came out of the folder incident", DX,
         ["fit tamper-proof coded switches to the F2 and F3 folders (Wilf Garside, by 17 March 2033)",
          "retrain all finishers on locking off (Ilse Mortensen, by 10 March 2033)",
          "update SP-07 for the weekly interlock test (Nerys Bevington, by 3 March 2033)"],
         ["Fit tamper-proof coded switches to the F2 and F3 folders Wilf Garside 17 March 2033",
          "Retrain all finishers on locking off Ilse Mortensen 10 March 2033",
          "Update SP-07 for the weekly interlock test Nerys Bevington 3 March 2033"],
         structure="the action table rows that match a topic",
         note="The meeting also decided that from Monday 28 February 2033 interlocks on all finishing machines are tested weekly."),
]})
json.dump({"items": items}, open(HERE / "dev.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
