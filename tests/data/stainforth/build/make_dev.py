"""Writes dev.json for the stainforth held-out set: questions written from the documents in docs/ before any product
run. Same schema as coldharbour (and ferncombe, hartwell, ashgrove, saltmoor, alderley and the earlier sets)."""
from pathlib import Path
HERE = Path(__file__).resolve().parents[1]  # tests/data/stainforth
import json
MD, PD, DX, HT, TX = ("staff-handbook.md", "client-terms-of-business-and-fee-guide.pdf",
                      "management-board-minutes-2033-04-20.docx", "client-questions-faq.html",
                      "data-breach-and-lost-file-procedure.txt")
items = []
def add(type, q, doc, answers, evidence, **kw):
    ev = [{"quote": e[0], "page": e[1]} if isinstance(e, tuple) else {"quote": e} for e in evidence]
    it = {"id": f"sk-{len(items)+1:03d}", "type": type, "q": q, "doc": doc, "answerable": type != "unanswerable",
          "answers": answers, "evidence": ev}
    it.update(kw)
    items.append(it)
    return it

# rows of the procedure's column table, their wrapped cells in line order
LEVEL1 = ("Level 1: wrong address correct it and record Risk and near miss spotted before it in the breach log "
          "Compliance sending; a file in CaseLedger Manager found within 30 minutes")
LEVEL3 = ("Level 3: a file, will or report it at once; do DPO, then the serious device not found; not contact the "
          "client and, breach health or children recipient again if needed, the details sent to without the DPO "
          "Information the wrong person Commissioner")
LEVEL4 = ("Level 4: a hacked mailbox, disconnect the device IT helpdesk and cyber attack ransomware, or from the "
          "network, do DPO at once, or payment client money sent not switch it off, then the COLP, fraud to a "
          "fraudster and phone at once COFA and bank")

# ---- factual (19)
add("factual", "im a legal secretary, whats the pay range for my job", MD,
    ["£24,800 – £28,100", "£24,800 to £28,100 a year full-time (grade SK2, with a 3-month probation); the bands are the same at every office"],
    ["| SK2 | Legal Secretary, Conveyancing Assistant, Accounts Assistant | £24,800 – £28,100 | 3 months |",
     "Pay bands are for full-time staff and are the same at every office."],
    note="SK1 is £22,600 – £24,200 and SK3 £27,500 – £32,900.")
add("factual", "ive been here 3 and a half years, how long do i get full sick pay for", MD,
    ["10 weeks", "10 weeks' full pay and then 10 weeks' half pay (2 to 5 years' service), counted over a rolling 12 months and including SSP"],
    ["| 2 to 5 years | 10 weeks | 10 weeks |",
     "Company sick pay depends on your continuous service on the first day of absence and is counted over a rolling 12 months.",
     "It includes statutory sick pay (SSP)."],
    note="6 months to 2 years gives 4 weeks of each; 5 to 10 years 16 weeks of each.")
add("factual", "what time do i have to ring in sick by if im at garsby and meant to be in court", MD,
    ["by 07:45", "phone the Garsby Office Manager by 07:45 if you are due at court that day (by 08:30 otherwise), and say you have a hearing so cover can be arranged"],
    ["2. **Garsby family team:** phone the Office Manager by **08:30**, or by **07:45** if you are due at court that day.",
     "If you have a hearing or a completion that day, say so when you phone."])
add("factual", "how much annual leave do i get after 7 years", MD,
    ["27 days", "27 days a year (6 to 10 years' service) plus the eight bank holidays and the Christmas closure days; up to 5 days can be carried over"],
    ["| 6 to 10 years | 27 days | Up to 5 days |",
     "Full-time staff get the following, **plus the eight bank holidays**.",
     "All four sites close between Christmas and New Year, and the closure days, three in most years, are given free on top:"])
add("factual", "how much to sell my house with you, its worth about 320k", PD,
    ["£1,150", "a fixed fee of £1,150 for a freehold home from £250,001 to £500,000 (£950 up to £250,000), plus VAT and disbursements"],
    [("Sale of a freehold home, up to £250,000 £950 £1,150 from £250,001 to £500,000", 2),
     ("Fixed fees do not include VAT or disbursements, and assume your matter has no unusual features:", 2)],
    note="A purchase in the same band is £1,250.")
add("factual", "whats the cost of a lasting power of attorny if i want both the health one and the money one", PD,
    ["£650", "£650 for both types for one person (£425 for one type), plus VAT"],
    [("Lasting power of attorney, one type £425 £650 for both types, one person", 2),
     ("Fixed fees do not include VAT or disbursements", 2)])
add("factual", "our purchase collapsed before we exchanged, what will i still have to pay", PD,
    ["half the fixed fee, plus disbursements already paid", "half the fixed fee, plus any disbursements already paid; money on account that is not needed is returned within 10 working days of the final bill"],
    [("2. If a sale or purchase falls through before contracts are exchanged, we charge half the fixed fee, plus any disbursements already paid.", 3),
     ("4. Money on account that is not needed is returned within 10 working days of the final bill, to the account it came from.", 3)])
add("factual", "how much is the local authority search when buying", PD,
    ["£128", "£128 for a home in Hebbleton district; outside the district it costs what that council or search company charges"],
    [("Local authority search, Hebbleton district £128 purchases", 2),
     ("Searches on homes outside Hebbleton district cost what that council or search company charges", 2)])
add("factual", "how many completions did the property team do last year", DX,
    ["418", "418 completions in the year, 36 more than the year before, with an average of 13 weeks from instruction to completion"],
    ["Aisling Foxton reported 418 completions in the year, 36 more than last year, with an average of 13 weeks from instruction to completion."])
add("factual", "what was our fee income for last year", DX,
    ["£4.86 million", "£4.86 million for the year to 31 March 2033, against a budget of £4.7 million, with a profit of £1.12 million"],
    ["Nandini Raghunathan reported fee income of £4.86 million for the year to 31 March 2033, against a budget of £4.7 million, and a profit of £1.12 million."])
add("factual", "how much would moving the closed files to that commercial store cost", DX,
    ["about £41,000 a year", "about £41,000 a year, at a commercial records store at Holmroyd Park; it was deferred to the October meeting on 19 October 2033"],
    ["Stanley proposed moving the closed files to a commercial records store at Holmroyd Park, at about £41,000 a year, so that Unit 11 could hold only wills and deeds.",
     "the proposal was deferred to the October meeting on Wednesday 19 October 2033."])
add("factual", "how long is the free first meeting for a divorse", HT,
    ["up to 30 minutes", "your first meeting at the Garsby office, of up to 30 minutes, is free"],
    ["your first meeting at our Garsby office, of up to 30 minutes, is free."],
    note="Employment gives a free 20-minute phone call instead.")
add("factual", "is the hebbleton office open saturday, what times", HT,
    ["09:30 to 12:30, first Saturday of the month", "only on the first Saturday of the month, from 09:30 to 12:30; Garsby and Thursgill are closed on Saturdays"],
    ["Head office, Hebbleton 09:00 to 17:30 09:00 to 17:00 09:30 to 12:30, first Saturday of the month",
     "Garsby office 09:00 to 17:00 09:00 to 16:30 Closed",
     "Thursgill office 09:00 to 17:00 09:00 to 17:00 Closed"])
add("factual", "my mum is housebound, how far will you come out to do her will without charging extra", HT,
    ["within 15 miles of head office", "no extra charge within 15 miles of head office; further away travel time is charged at half the hourly rate. Home visits for wills are on weekdays between 10:00 and 15:00"],
    ["Home visits are made on weekdays between 10:00 and 15:00. Within 15 miles of head office there is no extra charge; further away, travel time is charged at half the hourly rate."])
add("factual", "where do i park for the thursgill office", HT,
    ["the Tannery Lane multi-storey car park", "there is no parking at the Wool Exchange; the Tannery Lane multi-storey car park is 200 metres away (the office is on the second floor, with a lift)"],
    ["there is no parking at the Wool Exchange, and the Tannery Lane multi-storey car park is 200 metres away.",
     "Thursgill is on the second floor, with a lift"])
add("factual", "lost my work phone on a saturday, who do i ring", TX,
    ["the DPO mobile, 07700 900 455", "out of hours, phone the DPO mobile on 07700 900 455 so the phone can be locked and wiped remotely (the IT helpdesk in working hours); report a theft to the police and change your password within 2 hours"],
    ["Phone the IT helpdesk at once, so that the device can be locked and wiped remotely. Out of hours, phone the DPO mobile.",
     "DPO mobile, out of hours ............ 07700 900 455",
     "Change your password from another device within 2 hours, or ask the helpdesk to do it."])
add("factual", "how long have we got to tell the ICO if its a reportable breach", TX,
    ["within 72 hours", "within 72 hours of the firm finding out about it, even if not all the facts are known; the DPO decides within 24 hours of the report whether it puts clients at risk"],
    ["A breach that does must be reported to the Information Commissioner's Office within 72 hours of the firm finding out about it, even if not all the facts are known yet.",
     "The DPO decides within 24 hours of the report whether the breach puts the clients at risk."])
add("factual", "how long do we keep the breach log", TX,
    ["6 years", "breach log entries are kept for 6 years"],
    ["Breach log entries kept ............. 6 years"])
add("factual", "cant find a clients file, how long should i look before reporting it", TX,
    ["up to 30 minutes", "search for up to 30 minutes (CaseLedger sign-out, desks, cabinets, post room, meeting rooms, the file bag, the records store courier); if it is not found within 30 minutes, report it as a breach"],
    ["Before you report a missing file as a breach, search for up to 30 minutes:",
     "4. If the file is not found within 30 minutes, report it as in section 4."],
    note="A missing original will or deed is always level 3.")

# ---- yes/no (9: 5 no, 4 yes)
add("yes_no", "im on reception, if i do the saturday morning do i get time and a half", MD,
    ["yes", "yes, receptionists are on grade SK1, and staff on SK1 and SK2 are paid time and a half on Saturdays, including the Saturday reception rota"],
    ["| SK1 | Receptionist, Records Assistant, Scanning Clerk, Post Clerk | £22,600 – £24,200 | 3 months |",
     "Staff on grades SK1 and SK2 are paid **time and a third** for extra hours on weekdays and **time and a half** on Saturdays, including file moves and the Saturday reception rota."])
add("yes_no", "im a trainee, do i get paid overtime if i stay late", MD,
    ["no", "no, trainee solicitors are on SK3, and staff on SK3 take time off in lieu within 2 months instead of overtime pay"],
    ["| SK3 | Paralegal, Trainee Solicitor, Cashier | £27,500 – £32,900 | 6 months |",
     "Staff on SK3 take time off in lieu within **2 months** instead."])
add("yes_no", "is vat on top of your hourly prices", PD,
    ["yes", "yes, the hourly rates do not include VAT, which is added at 20%"],
    [("Rates are the same at every office and do not include VAT, which is added at 20%:", 1)])
add("yes_no", "can i pay my bill in cash, its about £800", PD,
    ["no", "no, the firm accepts no more than £500 in cash on any matter; pay by bank transfer, or by debit card at any office for up to £1,000 at a time"],
    [("We accept no more than £500 in cash on any matter.", 3),
     ("Pay by bank transfer to the account in your client care letter, or by debit card at any office for up to £1,000 at a time.", 3)])
add("yes_no", "did the board agree to start charging for keeping wills", DX,
    ["no", "no, the proposal to charge £35 a year for keeping a new client's will was not agreed; keeping wills and deeds stays free of charge"],
    ["The board did not agree: keeping wills and deeds stays free of charge.",
     "Keeping original wills and deeds stays free; the proposed charge of £35 a year for keeping a will was not agreed."])
add("yes_no", "can i get legal aid with you for my divorce", HT,
    ["no", "no, the firm does not do legal aid work in any of its teams; if you might qualify it will give you the names of local firms that do"],
    ["No. We don't do legal aid work in any of our teams.",
     "If you might qualify for legal aid, for example because you have suffered domestic abuse and have a low income, we'll give you the names of local firms that do."])
add("yes_no", "my dad passed away and im his executor, can i get his will out of your storage", HT,
    ["yes", "yes, after a death wills are released to the executors: give head office 5 working days' notice and collect it there, bringing the death certificate and your own ID"],
    ["To take yours out, call head office and give us 5 working days' notice.",
     "You collect them from head office, not the store, and you need to bring photo ID.",
     "If you are an executor, bring the death certificate and your own ID.",
     "Wills and deeds are only ever released to the person they belong to or, after a death, to the executors."])
add("yes_no", "sent a completion statement to the wrong client, should i ask them to forward it back to me", TX,
    ["no", "no, never ask them to forward it: recall it once, then phone them and ask them to delete it without reading further and confirm in writing, and report it by phone to the Risk and Compliance Manager"],
    ["3. For an email to the wrong person, tries to recall it once, then phones the recipient, asks them to delete it without reading further and to confirm this in writing. Never asks them to forward it.",
     "2. Reports it to the Risk and Compliance Manager by phone within 1 hour of finding it, or to the DPO mobile out of hours."])
add("yes_no", "is a lost original will automatically a serious breach", TX,
    ["yes", "yes, a missing original will or deed is always level 3 (a serious breach); the Records Manager searches the strong room and checks DeedSafe the same day"],
    ["A missing original will or deed is always level 3.",
     "The Records Manager searches the strong room and checks the DeedSafe register the same day", LEVEL3])

# ---- list (6)
add("list", "what perks come with the job apart from salary", MD,
    ["a pension: the firm pays 6% of salary and you pay at least 4%",
     "life assurance of four times salary from the first day",
     "a free will and lasting powers of attorney for you and your partner, and half the fixed fee on your own house move",
     "exam fees paid for the SQE and CILEX exams, with 5 days' study leave for each exam",
     "your birthday off"],
    ["- A pension: we pay **6%** of your salary and you pay at least 4%.",
     "- Life assurance of **four times** your salary from your first day.",
     "- A free will and lasting powers of attorney for you and your partner, and **half** our fixed fee when you buy or sell your own home.",
     "- Exam fees paid for the SQE and CILEX exams, with **5 days'** study leave for each exam.",
     "- Your birthday off, or the next working day if it falls at a weekend."])
add("list", "whats different in the new version of your terms", PD,
    ["partner hourly rate £285, instead of £270",
     "fixed fee for selling a freehold home worth up to £250,000 £950, instead of £895",
     "electronic identity check £15 a person, instead of £12",
     "uncontested divorce fixed fee £750, instead of £650",
     "money on account for a court or tribunal claim £2,000, instead of £1,500",
     "bills due within 14 days of the bill date, instead of 30 days",
     "complaints acknowledged within 3 working days, instead of 5"],
    [("Our hourly rate for a partner is now £285, instead of £270.", 1),
     ("The fixed fee for selling a freehold home worth up to £250,000 is now £950, instead of £895.", 1),
     ("The electronic identity check now costs £15 a person, instead of £12.", 1),
     ("The fixed fee for an uncontested divorce is now £750, instead of £650.", 1),
     ("Money on account for a court or tribunal claim is now £2,000, instead of £1,500.", 1),
     ("Bills are now due within 14 days of the bill date, instead of 30 days.", 1),
     ("We now acknowledge a complaint within 3 working days, instead of 5 working days.", 1)])
add("list", "what kind of data breaches did we have last year", DX,
    ["9 misdirected emails", "3 paper files that went missing for a time", "2 lost phones"],
    ["There were 14 breaches in the year to 31 March: 9 misdirected emails, 3 paper files that went missing for a time and 2 lost phones; none was reportable."],
    note="14 breaches in all, none reportable.")
add("list", "what id do i need to bring if i cant do the online check", HT,
    ["your passport or photocard driving licence",
     "a bank statement, council tax bill or utility bill dated within the last 3 months, showing your address",
     "for a house purchase, proof of where your deposit is coming from, such as bank statements for the last 6 months",
     "any letters or papers you already have about your matter"],
    ["your passport or photocard driving licence;",
     "a bank statement, council tax bill or utility bill dated within the last 3 months, showing your address;",
     "for a house purchase, proof of where your deposit is coming from, such as bank statements for the last 6 months;",
     "any letters or papers you already have about your matter."])
add("list", "what actually counts as a data breach", TX,
    ["an email, letter or KeldLink message sent to the wrong person, or with the wrong attachment",
     "a paper file, deed packet or original will lost, left somewhere or taken out of an office without being signed out in CaseLedger",
     "a lost or stolen laptop, phone or memory stick",
     "someone getting into CaseLedger, KeldLink or an email account who should not",
     "client papers put in an ordinary bin instead of the locked confidential waste bins",
     "an email from someone pretending to be a client, a bank or another firm, asking for money or for details of a matter"],
    ["* an email, letter or KeldLink message sent to the wrong person, or with the wrong attachment;",
     "* a paper file, deed packet or original will that is lost, left somewhere or taken out of an office without being signed out in CaseLedger;",
     "* a lost or stolen laptop, phone or memory stick;",
     "* someone getting into CaseLedger, KeldLink or an email account who should not;",
     "* client papers put in an ordinary bin instead of the locked confidential waste bins;",
     "* an email from someone pretending to be a client, a bank or another firm, asking for money or for details of a matter."],
    note="If in doubt, treat it as a breach and report it.")
add("list", "ive just realised ive sent something to the wrong client, what do i do first", TX,
    ["stop: send nothing else and delete nothing, including the email that went astray",
     "report it by phone to the Risk and Compliance Manager within 1 hour of finding it (the DPO mobile out of hours)",
     "recall the email once, then phone the recipient and ask them to delete it without reading further and confirm in writing; never ask them to forward it",
     "write down what happened, when, which clients and what information, and enter it in the breach log in CaseLedger",
     "do not tell the client yet: the DPO decides who tells them and when",
     "do not talk about it outside the firm or on social media"],
    ["1. Stops. Does not send anything else, and does not delete anything, including the email that went astray.",
     "2. Reports it to the Risk and Compliance Manager by phone within 1 hour of finding it, or to the DPO mobile out of hours.",
     "3. For an email to the wrong person, tries to recall it once, then phones the recipient, asks them to delete it without reading further and to confirm this in writing. Never asks them to forward it.",
     "4. Writes down what happened, when, which clients and what information, and enters it in the breach log in CaseLedger.",
     "5. Does not tell the client yet. The DPO decides who tells the client, and when.",
     "6. Does not talk about the breach outside the firm or on social media."],
    note="The minutes of 20 April 2033 shorten the 1 hour to 30 minutes from Monday 9 May 2033.")

# ---- explanation (6)
add("explanation", "how does flexi time work here", MD,
    ["Fee earners and secretaries at head office and Thursgill work flexitime. Full-time hours are 35 a week with an "
     "unpaid lunch hour, you must be in during the core hours of 10:00 – 16:00, and up to 10 hours of credit can be "
     "carried into the next month"],
    ["Full-time hours are **35 a week** for fee earners, secretaries and reception, with an unpaid lunch hour",
     "Fee earners and secretaries at head office and Thursgill work flexitime, with core hours of **10:00 – 16:00**; up to **10 hours** of credit can be carried into the next month."])
add("explanation", "how do i complain about my solicitor", PD,
    ["First tell the person dealing with your matter or their supervisor. If you are still unhappy, write or email to "
     "the Client Care Partner, Harriet Stainforth, at head office, saying what went wrong and what you want done. The "
     "firm acknowledges the complaint within 3 working days, looks into it, offers to meet or phone, and sends a full "
     "written reply within 28 days of acknowledging it. If you are still not happy, or it is not resolved within 8 "
     "weeks, you can go to the Legal Ombudsman within 6 months of the final reply. Complaining costs nothing"],
    [("Our Client Care Partner is Harriet Stainforth, Senior Partner.", 4),
     ("1. Tell the person dealing with your matter, or their supervisor.", 4),
     ("2. If you are still unhappy, write or email to the Client Care Partner at head office, saying what went wrong and what you would like us to do.", 4),
     ("3. We acknowledge your complaint within 3 working days and tell you who will look into it.", 4),
     ("4. We look into it, offer to meet you or speak on the phone, and send our full written reply within 28 days of acknowledging it.", 4),
     ("5. If you are not happy with our reply, or the complaint is not resolved within 8 weeks, you can ask the Legal Ombudsman to look at it, within 6 months of our final reply.", 4),
     ("Complaining costs nothing, and we never charge for the time spent on a complaint.", 4)])
add("explanation", "how do you work out my bill if im paying by the hour", PD,
    ["You pay the hourly rate of the grade of the person doing the work (from £135 for a trainee or paralegal to £285 "
     "for a partner), plus VAT at 20%. Time is recorded in 6-minute units: a routine letter, email or phone call is "
     "one unit and longer ones are charged for the time taken. Travel to court or your home is charged at half the "
     "hourly rate and waiting at court at the full rate. You get an interim bill every month and a final bill at the "
     "end, due within 14 days"],
    [("Work that is not done for a fixed fee is charged at the hourly rate of the person who does it.", 1),
     ("Partner heads of department and other partners £285", 1),
     ("Trainee Solicitor or Paralegal always supervised by a solicitor £135", 1),
     ("Rates are the same at every office and do not include VAT, which is added at 20%:", 1),
     ("We record time in units of 6 minutes. A routine letter, email or phone call counts as one unit; longer ones are charged for the time they take.", 1),
     ("Travel to court or to your home is charged at half the hourly rate, and waiting at court at the full rate.", 1),
     ("On hourly rate matters we send an interim bill every month and a final bill when the matter ends.", 3),
     ("Bills are due within 14 days of the bill date.", 3)])
add("explanation", "why has the time to report a breach been cut", DX,
    ["Because of the breach on Tuesday 29 March 2033: a conveyancing secretary sent a completion statement with a "
     "client's bank details and sale price to another client with the same surname, realised at 11:20 but did not "
     "report it until 15:05, after the 1 hour the procedure allows, because she first tried to deal with it herself. "
     "There were 14 breaches in the year. So from Monday 9 May 2033 a suspected breach must be reported to the Risk "
     "and Compliance Manager within 30 minutes of being found, instead of 1 hour, and emails sent outside the firm "
     "get a 2-minute delay"],
    ["Delphine Lockwood reported on a breach on Tuesday 29 March 2033.",
     "A conveyancing secretary sent a completion statement, with the client's bank details and sale price, to another client with the same surname.",
     "She realised at 11:20 but did not report it until 15:05, after the 1 hour the procedure allows, because she first tried to deal with it herself.",
     "There were 14 breaches in the year to 31 March",
     "The board agreed that from Monday 9 May 2033 every suspected breach must be reported to the Risk and Compliance Manager within 30 minutes of being found, instead of 1 hour.",
     "Rhodri Nuttall will set a 2-minute delay on all emails sent outside the firm from the same date."])
add("explanation", "im sending my house deposit soon, how do i make sure i dont get scammed", HT,
    ["Only pay by bank transfer to the account in your client care letter. The firm's bank details never change during "
     "a matter and it will never email or text asking you to pay into a different account; if you get such a message, "
     "don't pay, and phone the person dealing with your matter on the number in your client care letter, not one in "
     "the message. Before sending a large sum you can send £1 first and ask them to confirm they have it"],
    ["Pay by bank transfer to the account in your client care letter, or by debit card at any of our offices, up to £1,000 at a time.",
     "Our bank details will never change during your matter. We will never email or text you to ask you to pay into a different account.",
     "If you get a message like that, don't pay. Phone the person dealing with your matter on the number in your client care letter, not a number in the message.",
     "Before you send a large sum, such as your deposit, you can send us £1 first and ask us to confirm we have it."])
add("explanation", "think a clients completion money has gone to a scammer after a dodgy email, what happens now", TX,
    ["It is a level 4 breach. Phone the Finance Director at once, who phones the bank's fraud team to try to stop or "
     "recall the payment. Don't reply to the email or click its links; forward it to the IT helpdesk as an attachment "
     "and delete it. Phone the client on the number on the file, never one in the email, and tell them not to pay "
     "anything until you have spoken. The COLP decides whether to report it to the Solicitors Regulation Authority, "
     "and the Finance Director tells the insurers within 48 hours"],
    [LEVEL4,
     "1. If client money may have gone to a fraudster, phone the Finance Director at once. She phones the bank's fraud team to try to stop or recall the payment.",
     "2. Do not reply to the suspicious email or click its links. Forward it to the IT helpdesk as an attachment, then delete it from your inbox.",
     "3. Phone the client on the number on the file, never a number in the email, and tell them not to pay anything until you have spoken.",
     "4. The COLP decides whether to report the matter to the Solicitors Regulation Authority.",
     "Insurers told, by the Finance Director (cyber or fraud) ......... within 48 hours"])

# ---- unanswerable (6: 5 near misses, one per document, and 1 off-topic)
add("unanswerable", "how many weeks of full pay do we get on maternity leave", MD, [], [], subtype="near_miss",
    note="The handbook only says maternity, paternity, adoption and shared parental leave are covered by the Family Leave Policy in StaffPoint; its sick pay table gives weeks of full pay, but not for maternity.")
add("unanswerable", "how much is the land registry fee on a 200k house", PD, [], [], subtype="near_miss",
    note="The fee guide lists the Land Registry fee as 'on HM Land Registry's scale', shown in the quote, with no figure.")
add("unanswerable", "how many out of hours calls did the family duty phone get over the whole year", DX, [], [], subtype="near_miss",
    note="The minutes give only January to March (31 calls, 11 leading to urgent applications).")
add("unanswerable", "how much does it cost to park in the corn market car park", HT, [], [], subtype="near_miss",
    note="The FAQ says the nearest parking to head office is the pay and display car park on Corn Market, but gives no charges.")
add("unanswerable", "how big a fine can the ICO give us for a data breach", TX, [], [], subtype="near_miss",
    note="The procedure gives the 72-hour deadline for telling the Information Commissioner's Office but nothing about fines.")
add("unanswerable", "whats the best way to get red wine out of a carpet", None, [], [], subtype="off_topic",
    note="Not covered by any document.")

# ---- summary (2)
add("summary", "can you sum up your terms of business and fees for me", PD, [
    "Version 7 of Stainforth & Keld's Client Terms of Business and Fee Guide applies to every matter opened from Monday 3 January 2033, together with the client care letter, which applies where the two differ",
    "Hourly rates, plus VAT at 20%, run from £135 for a trainee or paralegal to £285 for a partner, with time recorded in 6-minute units",
    "Fixed fees cover most property and private client work, such as £950 to sell a freehold home up to £250,000, £195 for a will, £425 for a lasting power of attorney and £750 for an uncontested divorce, plus VAT and disbursements",
    "Disbursements such as the £15 identity check, searches and the £35 CHAPS fee are passed on at cost; money on account is asked for before work starts, for example £2,000 for a court or tribunal claim",
    "Bills are due within 14 days, cash is limited to £500 a matter, and the firm's bank details never change; a deal that falls through before exchange costs half the fixed fee",
    "Wills and deeds are stored free; closed files are kept 15 years for property and 7 years otherwise",
    "Complaints go to the Client Care Partner, Harriet Stainforth, are acknowledged within 3 working days and answered within 28 days, then can go to the Legal Ombudsman"],
    [("Version 7, for every matter opened from Monday 3 January 2033", 1),
     ("If the client care letter and these terms differ, the letter applies.", 1),
     ("Partner heads of department and other partners £285", 1),
     ("Trainee Solicitor or Paralegal always supervised by a solicitor £135", 1),
     ("We record time in units of 6 minutes.", 1),
     ("Sale of a freehold home, up to £250,000 £950 £1,150 from £250,001 to £500,000", 2),
     ("Will for one person £195 £320 for mirror wills for a couple", 2),
     ("Uncontested divorce £750 for the applicant; court fee extra", 2),
     ("Electronic identity check £15 a person every new matter", 2),
     ("Employment and litigation: £2,000 for a court or tribunal claim; none for settlement agreement advice.", 3),
     ("Bills are due within 14 days of the bill date.", 3),
     ("We keep closed files for 15 years for property matters and 7 years for all other matters, then destroy them confidentially.", 3),
     ("3. We acknowledge your complaint within 3 working days and tell you who will look into it.", 4)])
add("summary", "what was decided at the april management board", DX, [
    "From Monday 4 July 2033 the partner hourly rate rises from £285 to £300 plus VAT; other grades' rates and all fixed fees do not change",
    "Keeping original wills and deeds stays free; the proposed £35 a year charge for keeping a will was rejected",
    "From Friday 1 July 2033 the family duty allowance rises from £45 to £60 a weekday night; the weekend and bank holiday rate of £90 a day does not change",
    "From Monday 9 May 2033 a suspected breach must be reported to the Risk and Compliance Manager within 30 minutes of being found instead of 1 hour; the rest of RM-04 does not change",
    "From Wednesday 1 June 2033 the Garsby office stays open until 19:00 on Wednesdays instead of 17:00",
    "Deferred: a new case management system to replace CaseLedger (July meeting, 20 July 2033) and moving the closed files to a commercial records store (October meeting, 19 October 2033)"],
    ["From Monday 4 July 2033 the partner hourly rate goes up from £285 to £300, plus VAT; the rates for all other grades and all fixed fees do not change.",
     "Keeping original wills and deeds stays free; the proposed charge of £35 a year for keeping a will was not agreed.",
     "From Friday 1 July 2033 the family duty allowance goes up from £45 to £60 a weekday night; the weekend and bank holiday rate of £90 a day does not change.",
     "From Monday 9 May 2033 a suspected breach is reported to the Risk and Compliance Manager within 30 minutes of being found, instead of 1 hour; the rest of RM-04 does not change.",
     "From Wednesday 1 June 2033 the Garsby office stays open until 19:00 on Wednesdays, instead of 17:00.",
     "Deferred: a new case management system to replace CaseLedger (July meeting, 20 July 2033) and moving the closed files to a commercial records store (October meeting, 19 October 2033)."])

# ---- conversations (4)
def turn(n, type, q, doc, answers, evidence):
    ev = [{"quote": e[0], "page": e[1]} if isinstance(e, tuple) else {"quote": e} for e in evidence]
    return {"turn": n, "type": type, "q": q, "doc": doc, "answerable": True, "answers": answers, "evidence": ev}
items.append({"id": f"sk-{len(items)+1:03d}", "type": "conversation", "doc": MD, "turns": [
    turn(1, "factual", "how much extra do you get for covering the family out of hours phone on a weeknight", MD,
         ["£45 a weekday night", "£45 a weekday night (the family duty allowance), plus time off in lieu for any call-out lasting more than 2 hours"],
         ["- **Family duty allowance:** the family duty solicitor is paid **£45 a weekday night** and **£90 a day** at weekends and on bank holidays, and takes time off in lieu for any call-out lasting more than 2 hours."]),
    turn(2, "factual", "and if my duty week includes the weekend?", MD,
         ["£90 a day", "£90 a day at weekends and on bank holidays"],
         ["- **Family duty allowance:** the family duty solicitor is paid **£45 a weekday night** and **£90 a day** at weekends and on bank holidays"]),
    turn(3, "yes_no", "catrin mentioned the weeknight rate is going up, is that right", DX,
         ["yes", "yes, from Friday 1 July 2033 the family duty allowance goes up from £45 to £60 a weekday night"],
         ["The board agreed that from Friday 1 July 2033 the family duty allowance goes up from £45 to £60 a weekday night."]),
    turn(4, "yes_no", "does the weekend one go up too", DX,
         ["no", "no, the weekend and bank holiday rate of £90 a day does not change, and nor does the time off in lieu for call-outs over 2 hours"],
         ["The weekend and bank holiday rate of £90 a day does not change, and nor does the time off in lieu for a call-out lasting more than 2 hours."]),
]})
items.append({"id": f"sk-{len(items)+1:03d}", "type": "conversation", "doc": PD, "turns": [
    turn(1, "factual", "whats the hourly rate if a partner handles my case", PD,
         ["£285 an hour", "£285 an hour, plus VAT at 20% (it was £270 before version 7)"],
         [("Partner heads of department and other partners £285", 1),
          ("Rates are the same at every office and do not include VAT, which is added at 20%:", 1),
          ("Our hourly rate for a partner is now £285, instead of £270.", 1)]),
    turn(2, "factual", "and if its a trainee doing the work?", PD,
         ["£135 an hour", "£135 an hour plus VAT for a trainee solicitor or paralegal, who is always supervised by a solicitor"],
         [("Trainee Solicitor or Paralegal always supervised by a solicitor £135", 1)]),
    turn(3, "factual", "my solicter says partner rates go up in the summer, what to", DX,
         ["£300", "£300 an hour plus VAT from Monday 4 July 2033 (existing matters once the client has had 30 days' written notice); the other grades' rates do not change"],
         ["The board agreed that from Monday 4 July 2033 the hourly rate for a partner goes up from £285 to £300, plus VAT, for new matters and for existing matters once the client has had 30 days' written notice.",
          "The rates for every other grade do not change"]),
]})
items.append({"id": f"sk-{len(items)+1:03d}", "type": "conversation", "doc": TX, "turns": [
    turn(1, "factual", "emailed a clients documents to the wrong person, how long have i got to report it", TX,
         ["within 1 hour", "within 1 hour of finding it, by phone to the Risk and Compliance Manager (or the DPO mobile out of hours); never only by email"],
         ["2. Reports it to the Risk and Compliance Manager by phone within 1 hour of finding it, or to the DPO mobile out of hours.",
          "Always phone; never report a breach only by email."]),
    turn(2, "factual", "and how long does the dpo then have to decide if its reportable", TX,
         ["within 24 hours", "within 24 hours of the report; a reportable breach then goes to the Information Commissioner's Office within 72 hours"],
         ["The DPO decides within 24 hours of the report whether the breach puts the clients at risk.",
          "DPO decision on reporting ........... within 24 hours"]),
    turn(3, "factual", "thought the hour got changed after that mix up in march, whats the limit now", DX,
         ["within 30 minutes", "within 30 minutes of being found, instead of 1 hour, from Monday 9 May 2033"],
         ["The board agreed that from Monday 9 May 2033 every suspected breach must be reported to the Risk and Compliance Manager within 30 minutes of being found, instead of 1 hour."]),
    turn(4, "yes_no", "has the 24 hours for the dpo changed as well", DX,
         ["no", "no, the Data Protection Officer's decision within 24 hours and the rest of RM-04 do not change"],
         ["The Data Protection Officer's decision within 24 hours and the rest of RM-04 do not change."]),
]})
items.append({"id": f"sk-{len(items)+1:03d}", "type": "conversation", "doc": HT, "turns": [
    turn(1, "factual", "what time does the garsby office close", HT,
         ["17:00", "17:00 Monday to Thursday and 16:30 on Friday (it opens at 09:00)"],
         ["Garsby office 09:00 to 17:00 09:00 to 16:30 Closed"]),
    turn(2, "yes_no", "are they open saturdays", HT,
         ["no", "no, the Garsby office is closed on Saturdays; only head office in Hebbleton opens on a Saturday, 09:30 to 12:30 on the first Saturday of the month"],
         ["Garsby office 09:00 to 17:00 09:00 to 16:30 Closed",
          "Head office, Hebbleton 09:00 to 17:30 09:00 to 17:00 09:30 to 12:30, first Saturday of the month"]),
    turn(3, "yes_no", "a friend said garsby does late evenings now, is that true", DX,
         ["yes", "yes, from Wednesday 1 June 2033 the Garsby office stays open until 19:00 on Wednesdays, instead of 17:00; its other days and its Saturday closure do not change"],
         ["The board agreed that from Wednesday 1 June 2033 the Garsby office stays open until 19:00 on Wednesdays, instead of 17:00, with two family solicitors and a receptionist.",
          "Its hours on other days, and its closure on Saturdays, do not change"]),
]})
json.dump({"items": items}, open(HERE / "dev.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
import collections
print(len(items), collections.Counter(i["type"] for i in items),
      sum(len(i["turns"]) if i["type"] == "conversation" else 1 for i in items), "judged rows")
