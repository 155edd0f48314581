"""Writes dev.json for the hartwell held-out set: questions written from the documents in docs/ before any product
run. Same schema as ashgrove (and saltmoor, alderley, yarrowby and the earlier sets)."""
from pathlib import Path
HERE = Path(__file__).resolve().parents[1]  # tests/data/hartwell
import json
MD, PD, DX, HT, TX = ("staff-handbook.md", "terms-of-engagement-and-fees.pdf", "partners-meeting-minutes-2032-04-22.docx",
                      "client-faq.html", "data-breach-and-lost-device-procedure.txt")
items = []
def add(type, q, doc, answers, evidence, **kw):
    ev = [{"quote": e[0], "page": e[1]} if isinstance(e, tuple) else {"quote": e} for e in evidence]
    it = {"id": f"hc-{len(items)+1:03d}", "type": type, "q": q, "doc": doc, "answerable": type != "unanswerable",
          "answers": answers, "evidence": ev}
    it.update(kw)
    items.append(it)
    return it

# rows of the procedure's column table, their wrapped cells in line order
LEVEL1 = ("Level 1 a file or email your manager, logged in minor sent to the who logs it in Tallyworks (stays in wrong "
          "colleague; Tallyworks within 24 hours the firm) a screen left unlocked in the office")
LEVEL2 = ("Level 2 an email or the DPO, with DPO decides serious payslip sent to the IT Manager within 24 hours; (client "
          "the wrong clients affected data may client; a lost told within have left) encrypted laptop 48 hours or phone")
LEVEL3 = ("Level 3 a lost the DPO, the IT ICO told within critical unencrypted Manager and the 72 hours of our (serious "
          "device or paper Managing becoming aware; risk of files; Partner clients affected harm) ransomware; the told "
          "within payroll data of 24 hours more than 50 people")

# ---- factual (19)
add("factual", "whats the pay band for a tax senior", MD,
    ["£36,500 – £43,000", "£36,500 to £43,000 a year full-time (grade HC4), with a 6-month probation; the bands are the same in both offices"],
    ["| HC4 | Audit Senior, Tax Senior, Payroll Supervisor | £36,500 – £43,000 | 6 months |",
     "Pay bands are for full-time staff and are the same in both offices."],
    note="Tax Trainees are HC2, £25,800 to £29,400; Semi-Seniors HC3, £30,200 to £34,800; Managers HC5.")
add("factual", "been here 6 yrs, how many days annual leave do i get", MD,
    ["27 days", "27 days a year (5 to 9 years' service) on top of the eight bank holidays, with up to 5 days to carry over; 3 days of it are kept for the Christmas closure"],
    ["| 5 to 9 years | 27 days | Up to 5 days |",
     "On top of the **eight bank holidays**, full-time staff get:",
     "Both offices close between Christmas and New Year, and **3 days** of your leave are kept for that closure."],
    note="24 days under 2 years, 25 days for 2 to 4 years, 29 days from 10 years.")
add("factual", "im a payroll officer in the kettlebury office, what are my hours", MD,
    ["08:30 – 17:00", "08:30 to 17:00 at Kettlebury (Payroll Officers at Marlstone work 08:00 to 16:30), staying until the run is approved on pay run days"],
    ["| Payroll Officer | 08:00 – 16:30 | 08:30 – 17:00 | Stay until the run is approved on pay run days |"])
add("factual", "whats the mileage rate if i drive to a client", MD,
    ["45p a mile", "45p a mile for the first 10,000 business miles in a tax year, then 25p a mile, plus 5p a mile for each colleague you carry; your normal journey to your own office does not count"],
    ["Business mileage in your own car is paid at **45p a mile** for the first 10,000 business miles in a tax year and **25p a mile** after that, plus 5p a mile for each colleague you carry.",
     "Your normal journey to your own office does not count."])
add("factual", "how much do u charge for a self assessment tax return", PD,
    ["£325", "£325 plus VAT for each person (it used to be £295); a return with foreign income or a capital gain costs £125 more"],
    [("A personal self-assessment tax return costs £325 for each person, whether you are a sole trader, a partner, a company director, a landlord or a pensioner.", 1),
     ("A return that includes foreign income or a capital gain costs £125 more.", 1),
     ("The fee for a personal self-assessment tax return is now £325, instead of £295.", 1),
     ("All fees are shown without VAT, which is added at the standard rate.", 1)])
add("factual", "hourly rate for a manager?", PD,
    ["£165 an hour", "£165 an hour without VAT, charged in units of 6 minutes, for work outside a fixed fee such as HMRC enquiries"],
    [("Manager HMRC enquiries, reviewing complex work £165", 2),
     ("is charged by the hour at these rates, in units of 6 minutes:", 2)],
    note="A partner is £240, a senior £115, a semi-senior £90 and a trainee or payroll officer £68.")
add("factual", "we've got a weekly payroll with only a few staff, whats the minimum fee", PD,
    ["£60 a month", "£60 a month, with £2.90 a payslip; the minimum for a monthly payroll is £45 a month and for a fortnightly one £50"],
    [("Weekly payroll £2.90 a payslip £60 a month", 2),
     ("Payroll fees are charged for each payslip we produce, with a minimum fee for each payroll.", 2)],
    note="The minutes raise the weekly fee per payslip to £3.20 from 1 October 2032 but leave the minimum fees unchanged.")
add("factual", "how long have i got to pay your invoice", PD,
    ["14 days", "within 14 days (it used to be 30 days); interest at 4% a year above the Bank of England base rate may be charged on invoices more than 30 days overdue"],
    [("Invoices are due within 14 days.", 3),
     ("We may charge interest at 4% a year above the Bank of England base rate on invoices more than 30 days overdue", 3),
     ("Invoices are now due within 14 days, instead of 30 days.", 1)])
add("factual", "how many self assessments did we get filed by the january deadline", DX,
    ["1,482", "1,482 returns by the 31 January deadline, 97% of those due; 46 were filed late, all for clients whose records arrived after 31 December"],
    ["The firm filed 1,482 self-assessment returns by the 31 January deadline, 97% of those due.",
     "46 returns were filed late, all for clients whose records reached us after 31 December"])
add("factual", "how long did it take for that lost laptop to get reported in march", DX,
    ["about 14 hours", "about 14 hours: an Audit Trainee left it on the 18:12 train on Tuesday 9 March 2032 and reported it to the IT helpdesk at 08:05 the next morning, against the 1 hour the procedure asks for; it was encrypted and wiped remotely at 08:40"],
    ["An Audit Trainee left it on the 18:12 train from Marlstone to Kettlebury and reported it to the IT helpdesk at 08:05 the next morning, about 14 hours later, although the procedure asks for a report within 1 hour.",
     "Deborah Quayle reported on the laptop lost on Tuesday 9 March 2032.",
     "The laptop was encrypted, and Callum Reid wiped it remotely at 08:40."])
add("factual", "when's the next partners meeting", DX,
    ["Thursday 27 May 2032 at 17:30 at the Kettlebury office, 3 Weir Lane"],
    ["The next partners' meeting is on Thursday 27 May 2032 at 17:30 at the Kettlebury office, 3 Weir Lane."])
add("factual", "what time is the marlstone office open on a saturday", HT,
    ["09:00 to 12:30, in January only", "09:00 to 12:30 on Saturdays in January only, for self-assessment clients; the Kettlebury office is closed on Saturdays"],
    ["Saturday 09:00 to 12:30 in January only, for self-assessment clients Closed"])
add("factual", "how much is parking at your marlstone office", HT,
    ["£1.50 an hour", "£1.50 an hour in the Carding Street car park next to the office; if you are coming to a meeting, reception gives you a free 2-hour ticket"],
    ["In Marlstone, the Carding Street car park is next to our office and costs £1.50 an hour.",
     "If you are coming to a meeting with us, reception will give you a free 2-hour ticket."],
    note="In Kettlebury parking on Weir Lane is free for up to 2 hours.")
add("factual", "need my sa302s for a mortgage, how much do you charge", HT,
    ["£40 plus VAT", "£40 plus VAT for the SA302 tax calculations and tax year overviews, sent to your lender within 5 working days; an income letter for a limited company director costs £75 plus VAT"],
    ["For self-assessment clients, we can send your lender the SA302 tax calculations and tax year overviews that most lenders ask for, within 5 working days, for £40 plus VAT.",
     "For a limited company director, we can also write a letter confirming your income, for £75 plus VAT."])
add("factual", "got my password wrong loads and now quillpoint has locked me out, how long for", HT,
    ["30 minutes", "30 minutes, after 5 wrong passwords; after that, use \"Forgotten password\" to reset it"],
    ["If you enter the wrong password 5 times, your account is locked for 30 minutes; after that, use \"Forgotten password\" to reset it."])
add("factual", "how often do we get the fake phishing emails", TX,
    ["every 3 months", "every 3 months, sent by the IT Manager to all staff; anyone who enters a password in a test repeats the training within 2 weeks"],
    ["The IT Manager sends a test phishing email to all staff every 3 months; anyone who enters a password in a test repeats the training within 2 weeks."])
add("factual", "level 2 breach - how long before the clients have to be told", TX,
    ["within 48 hours", "within 48 hours; the DPO, working with the IT Manager, decides within 24 hours (for a Level 3 breach, clients are told within 24 hours)"],
    [LEVEL2],
    note="For Level 3 clients are told within 24 hours and the ICO within 72 hours.")
add("factual", "how long do i have to do the incident form after losing my laptop", TX,
    ["within 24 hours", "within 24 hours, in Tallyworks, or on your first working day if you are ill or on leave"],
    ["5. Complete the incident form in Tallyworks within 24 hours, or on your first working day if you are ill or on leave."])
add("factual", "how quick do we get a replacement laptop", TX,
    ["within 2 working days", "within 2 working days (a replacement phone within 3 working days); until then you work from the office on a spare desktop"],
    ["IT issues a replacement laptop within 2 working days and a replacement phone within 3 working days.",
     "Until then, work from the office on a spare desktop."])

# ---- yes/no (9: 5 no, 4 yes)
add("yes_no", "failed my aca exam twice now, will the firm pay for the next go", MD,
    ["no", "no, only the first resit is paid: after a failed resit that the firm paid for, you pay for further attempts and take any study time as annual leave"],
    ["| ACA (ICAEW) | Audit Trainees, Semi-Seniors | 16 days | First resit paid | £1,200 |",
     "4. After a failed resit that we paid for, you pay for further attempts and take any study time as annual leave."])
add("yes_no", "do i get the day of the exam off on top of my study days", MD,
    ["yes", "yes, study leave is paid and on top of your annual leave, and the day of each exam is also paid leave"],
    ["We pay tuition, exam fees and student membership for one approved qualification at a time, and give paid study leave on top of your annual leave.",
     "The day of each exam is also paid leave."])
add("yes_no", "can i just email you my recipts", PD,
    ["no", "no, records are not accepted by email because it is not secure enough; send them through Quillpoint, or leave paper records at either office by appointment"],
    [("We do not accept records by email, because email is not secure enough for your financial information.", 2),
     ("Send all records through Quillpoint, our client portal.", 2),
     ("Paper records can be left at either office by appointment.", 2)])
add("yes_no", "can i pay my accounts fee monthly rather than in one go", PD,
    ["yes", "yes, a fixed fee can be spread over 12 months by direct debit at no extra cost"],
    [("or spread a fixed fee over 12 months by direct debit at no extra cost.", 3)])
add("yes_no", "is the late records charge going up to £150", DX,
    ["no", "no, the proposal to raise it from £95 to £150 a return was not agreed; it stays at £95 until the terms are next reviewed in November 2033, and clients will get Quillpoint reminders on 1 September and 1 October instead"],
    ["The meeting did not agree: the surcharge stays at £95 a return until the terms are next reviewed in November 2033.",
     "Instead, Quillpoint will send clients reminders on 1 September and 1 October."])
add("yes_no", "can i pay my bill in cash at the kettlebury office", HT,
    ["no", "no, neither office takes cash or cheques; pay by bank transfer, by card in Quillpoint or by monthly direct debit"],
    ["We don't take cash or cheques at either office.",
     "You can pay by bank transfer, by debit or credit card in Quillpoint, or by monthly direct debit"])
add("yes_no", "is the first meeting with you free", HT,
    ["yes", "yes, the first meeting lasts up to 30 minutes and is free, at either office or by video call, and a written quote follows within 5 working days"],
    ["Your first meeting with us lasts up to 30 minutes and is free, at either office or by video call.",
     "We'll send you a written quote within 5 working days."])
add("yes_no", "emailed a spreadsheet to the wrong colleague by mistake, does that have to go to the ICO", TX,
    ["no", "no, a file sent to the wrong colleague inside the firm is a Level 1 breach: your manager logs it in Tallyworks within 24 hours, and Level 1 breaches are never reported to the ICO or to clients"],
    [LEVEL1,
     "Level 1 breaches are never reported to the ICO or to clients."])
add("yes_no", "laptop got nicked out of my car, do i need to go to the police", TX,
    ["yes", "yes, report it to the police and give the crime reference number to the IT helpdesk, which you phone within 1 hour of noticing"],
    ["3. If it was stolen, report it to the police and give the crime reference number to the IT helpdesk.",
     "1. Phone the IT helpdesk within 1 hour of noticing it has gone, on the out of hours number if the office is closed."])

# ---- list (6)
add("list", "what perks do we get working here", MD,
    ["a pension: the firm pays 5% of your salary and you pay at least 5%",
     "life cover of four times your salary from your first day",
     "a day off for your birthday once you have passed probation",
     "your professional body subscription once you are qualified",
     "a £1,000 bonus if someone you recommend joins and passes probation",
     "a cycle to work scheme and free eye tests for screen users"],
    ["- A pension: the firm pays **5%** of your salary and you pay at least 5%.",
     "- Life cover of **four times** your salary from your first day.",
     "- A **day off for your birthday** once you have passed probation.",
     "- Your professional body subscription, once you are qualified.",
     "- A **£1,000 bonus** if someone you recommend joins us and passes probation.",
     "- A cycle to work scheme, and free eye tests for screen users."])
add("list", "whats changed in the latest version of your terms", PD,
    ["self-assessment return fee now £325, instead of £295",
     "self-assessment records due by 31 October, instead of 30 November",
     "late records surcharge now £95 a return, instead of £75",
     "monthly payroll fee now £4.60 a payslip, instead of £4.20",
     "monthly payroll changes due by the 15th of the month, instead of the 18th",
     "partner's hourly rate now £240, instead of £220",
     "invoices due within 14 days, instead of 30 days"],
    [("The fee for a personal self-assessment tax return is now £325, instead of £295.", 1),
     ("Records for a self-assessment return must now reach us by 31 October, instead of 30 November.", 1),
     ("The late records surcharge is now £95 a return, instead of £75.", 1),
     ("The monthly payroll fee is now £4.60 a payslip, instead of £4.20.", 1),
     ("Payroll changes for a monthly payroll must now reach us by the 15th of the month, instead of the 18th.", 1),
     ("Our hourly rate for a partner is now £240, instead of £220.", 1),
     ("Invoices are now due within 14 days, instead of 30 days.", 1)])
add("list", "what are all the deadlines for getting stuff to you", PD,
    ["self-assessment: all records by 31 October, for the return due the following 31 January",
     "annual accounts: within 3 months after your year end",
     "VAT: within 10 days after the end of each VAT quarter",
     "monthly payroll: starters, leavers, hours and bonuses by the 15th of the month",
     "weekly payroll: changes by 12:00 on Tuesday for that week's pay"],
    [("Self-assessment: all records by 31 October for the return due on the following 31 January.", 2),
     ("Annual accounts: within 3 months after your year end.", 2),
     ("VAT: within 10 days after the end of each VAT quarter.", 2),
     ("Monthly payroll: starters, leavers, hours and bonuses by the 15th of the month.", 3),
     ("Weekly payroll: changes by 12:00 on Tuesday for that week's pay, which is paid on Friday.", 3)])
add("list", "what actions did morag get from the april meeting", DX,
    ["update the Staff Handbook for 8 days' CIPP study leave, by 31 July 2032",
     "advertise the two Payroll Officer posts, by 14 May 2032"],
    ["Update the Staff Handbook for 8 days' CIPP study leave Morag Ellison 31 July 2032",
     "Advertise the two Payroll Officer posts Morag Ellison 14 May 2032"])
add("list", "taking on a new starter, what info do you need for payrol", HT,
    ["their full name, date of birth, home address and National Insurance number",
     "their start date, job title, hours and rate of pay",
     "their P45 from their last job, or a completed starter checklist",
     "the bank account their pay goes into",
     "whether they should be enrolled in your workplace pension"],
    ["their full name, date of birth, home address and National Insurance number;",
     "their start date, job title, hours and rate of pay;",
     "their P45 from their last job, or a completed starter checklist if they don't have one;",
     "the bank account their pay goes into;",
     "whether they should be enrolled in your workplace pension."],
    note="Sent on a new starter form in Quillpoint before the first pay day.")
add("list", "what counts as a data breach", TX,
    ["an email, payslip or attachment sent to the wrong person, inside or outside the firm",
     "a lost or stolen laptop, phone, tablet or USB stick, even if encrypted",
     "client papers lost, left behind at a client's premises or on public transport, or stolen from a car",
     "someone getting into a Quillpoint account who should not, or a client seeing another client's documents",
     "a ransomware attack, or a password given away in reply to a phishing email",
     "a payroll payment file sent to the wrong bank or changed without authority"],
    ["* an email, payslip or attachment sent to the wrong person, inside or outside the firm;",
     "* a lost or stolen laptop, phone, tablet or USB stick, even if it is encrypted;",
     "* client papers lost, left behind at a client's premises or on public transport, or stolen from a car;",
     "* someone getting into a Quillpoint account who should not, or a client seeing another client's documents;",
     "* a ransomware attack, or a password given away in reply to a phishing email;",
     "* a payment file for a payroll sent to the wrong bank or changed without authority."])

# ---- explanation (6)
add("explanation", "just passed my aca, what happens to my pay now and do i owe anything if i leave", MD,
    ["You move to grade HC3 (£30,200 to £34,800) from the first of the next month, and get an award of £1,200 on "
     "qualifying. Under the training agreement, if you leave within 12 months of your last exam you repay 100% of the "
     "fees the firm paid, and between 12 and 24 months you repay 50%; nothing is repaid if the firm ends your "
     "employment"],
    ["Trainees who complete ACA or ACCA move to HC3 from the first of the next month;",
     "| HC3 | Semi-Senior, Senior Payroll Officer | £30,200 – £34,800 | 6 months |",
     "| ACA (ICAEW) | Audit Trainees, Semi-Seniors | 16 days | First resit paid | £1,200 |",
     "If you leave within **12 months** of your last exam you repay **100%** of the fees we paid; between 12 and 24 months you repay **50%**.",
     "Nothing is repaid if we end your employment."])
add("explanation", "payroll officer here, feel awful and its a pay run day, how do i ring in sick", MD,
    ["Phone (not text or email) the Payroll Bureau Manager by 08:00, and because it is a pay run day also post in the "
     "payroll channel in Tallyworks so your clients can be covered. Record the absence in Tallyworks; you can "
     "self-certify for up to 7 calendar days, and from the eighth day you send a fit note to Morag Ellison. Within 3 "
     "working days of coming back you have a return-to-work meeting with your manager"],
    ["Phone, do not text or email, on the first day:",
     "2. **Payroll Officers:** phone the Payroll Bureau Manager by **08:00**; on a pay run day, also post in the payroll channel in Tallyworks so your clients can be covered.",
     "5. Record the absence in Tallyworks, and self-certify for up to **7 calendar days**.",
     "6. From the eighth day, send a fit note from your doctor to Morag Ellison.",
     "7. Within **3 working days** of coming back, have a return-to-work meeting with your manager."])
add("explanation", "how do i get my paperwork to you for my accounts", PD,
    ["Through Quillpoint, the client portal (records are not accepted by email). Log in with your email address and "
     "the six-digit code sent to your phone, open the job and upload your records as PDF, Excel or CSV files or clear "
     "photos, then tick \"All records sent\": deadlines are counted from that day. The firm confirms within 2 working "
     "days that it has everything or lists what is missing. Paper records can be left at either office by "
     "appointment and are scanned and returned within 10 working days. Accounts records are due within 3 months "
     "after your year end"],
    [("Send all records through Quillpoint, our client portal.", 2),
     ("1. Log in to Quillpoint with your email address and the six-digit code sent to your phone.", 2),
     ("2. Open the job, for example \"Accounts for the year to 31 March 2032\", and upload your records as PDF, Excel or CSV files, or as clear photos.", 2),
     ("3. Tick \"All records sent\" when you have finished. Our deadlines are counted from that day, not from your first upload.", 2),
     ("4. We confirm within 2 working days that we have everything, or list what is missing.", 2),
     ("Paper records can be left at either office by appointment. We scan them and return them within 10 working days.", 2),
     ("Annual accounts: within 3 months after your year end.", 2)])
add("explanation", "why didnt the partners put the late records surcharge up", DX,
    ["Kwame Boateng proposed raising it from £95 to £150 a return to cover the overtime late records cause. Rhona "
     "Fairlie said it had only gone up from £75 in January and that Kettlebury had lost 9 clients this spring to a "
     "cheaper firm, three of whom named the surcharge, and Tobias Crane said earlier reminders would do more than a "
     "higher charge. So it stays at £95 until the terms are next reviewed in November 2033, and Quillpoint will send "
     "reminders on 1 September and 1 October instead"],
    ["Kwame Boateng proposed raising the late records surcharge from £95 to £150 a return, so that it covers the overtime that late records cause.",
     "Rhona Fairlie said the surcharge had only gone up from £75 in January, and that Kettlebury had lost 9 clients this spring to a cheaper firm, three of whom named the surcharge.",
     "Tobias Crane said earlier reminders would do more than a higher charge.",
     "The meeting did not agree: the surcharge stays at £95 a return until the terms are next reviewed in November 2033.",
     "Instead, Quillpoint will send clients reminders on 1 September and 1 October."])
add("explanation", "why do you want to see my passport, and what else do i have to send", HT,
    ["The money laundering regulations require the firm to check the identity of every new client before it starts "
     "work, and to keep checking while it acts for you; it is done through Quillpoint. You need a passport or "
     "photocard driving licence, a bank statement or utility bill from the last 3 months showing your address, and "
     "for a company the names of everyone who owns 25% or more of it. Work cannot start until the check is done, and "
     "the record is kept for 5 years after the firm stops acting for you"],
    ["The money laundering regulations require us to check the identity of every new client before we start work, and to keep checking while we act for you.",
     "We do it securely through Quillpoint.",
     "a passport or photocard driving licence;",
     "a bank statement or utility bill from the last 3 months showing your address;",
     "for a company, the names of everyone who owns 25% or more of it.",
     "We can't start work until the check is done, and we keep a record of it for 5 years after we stop acting for you."])
add("explanation", "i sent a clients payroll report to the wrong client, what do i do now", TX,
    ["Phone the IT helpdesk and the DPO within 1 hour of noticing (not by email), saying what happened, when, who is "
     "affected and what information was involved. Don't try to fix it yourself, don't delete anything, and don't "
     "contact the wrong recipient yourself unless the DPO asks: the DPO asks them to delete it and confirm in writing. "
     "Because it was a payroll report, the Payroll Bureau Manager also tells the employer the same working day. Don't "
     "email the client to apologise: the DPO decides what the client is told. It is a Level 2 breach, where the DPO "
     "decides within 24 hours and affected clients are told within 48 hours"],
    ["1. Report it to the IT helpdesk and the DPO within 1 hour of noticing it, by phone, not by email.",
     "2. Say what happened, when, which clients or people are affected and what information was involved.",
     "3. Do not try to investigate or fix it yourself, and do not delete emails, files or logs.",
     "2. Do not contact the wrong recipient outside the firm yourself unless the DPO asks you to.",
     "3. The DPO asks the recipient to delete it and to confirm in writing that they have done so.",
     "4. If it was a payroll report or payslips, the Payroll Bureau Manager also tells the employer the same working day.",
     "Never send a second email to apologise to a client: the DPO decides what the client is told, and when.",
     LEVEL2])

# ---- unanswerable (6: 5 near misses, one per document, and 1 off-topic)
add("unanswerable", "will the firm pay for my cima exams", MD, [], [], subtype="near_miss",
    note="The handbook's study support table covers ACA, ACCA, CTA, ATT, AAT and the CIPP Payroll Diploma, not CIMA, and says only that one approved qualification is paid for at a time.")
add("unanswerable", "how much do you charge to do the accounts for a small charity", PD, [], [], subtype="near_miss",
    note="The terms give fixed accounts fees for sole traders, partnerships and limited companies only; charities are mentioned nowhere in the fee tables.")
add("unanswerable", "how many weekly payslips did we do in february", DX, [], [], subtype="near_miss",
    note="The minutes give March's figures (9,860 monthly, 1,140 fortnightly and 3,420 weekly payslips), not February's.")
add("unanswerable", "whats the biggest file i can upload to quillpoint", HT, [], [], subtype="near_miss",
    note="The FAQ lists the file types Quillpoint takes (PDF, Excel, CSV, photos, bookkeeping exports) but gives no size limit.")
add("unanswerable", "if i lose my work phone do i have to pay for the new one", TX, [], [], subtype="near_miss",
    note="The procedure says a replacement phone is issued within 3 working days but not who pays for it.")
add("unanswerable", "how long should i boil an egg for a runny yolk", None, [], [], subtype="off_topic",
    note="Not covered by any document.")

# ---- summary (2)
add("summary", "can you give me a quick overview of your terms of engagement", PD, [
    "Terms TE-07 version 7 of Hartwell & Crane LLP, approved by the partners on 12 November 2031 and in force from Monday 5 January 2032, owned by the Managing Partner, cover accounts, tax returns, VAT, bookkeeping and the payroll bureau at the Marlstone and Kettlebury offices (audits have their own letter); fees are without VAT",
    "Version 7 raised the self-assessment fee to £325 (from £295), the late records surcharge to £95 (from £75), the monthly payroll fee to £4.60 a payslip (from £4.20) and the partner rate to £240 (from £220), moved the records deadline to 31 October (from 30 November) and monthly payroll changes to the 15th (from the 18th), and made invoices due in 14 days (from 30)",
    "Fixed fees per client type run from £680 to £1,850 for annual accounts, with £450 for a corporation tax return and £325 for each self-assessment return; hourly rates run from £68 for a trainee to £240 for a partner",
    "Payroll costs £4.60, £3.40 or £2.90 a payslip for monthly, fortnightly or weekly payrolls, with minimums of £45, £50 and £60 a month",
    "Records go through Quillpoint, never by email; self-assessment records are due by 31 October, and records after that cost £95",
    "Invoices are due in 14 days and can be spread over 12 months by direct debit; identity checks are required; the engagement ends on 30 days' notice, or 3 months for payroll",
    "Complaints go to the manager, then the engagement partner (20 working days), then the Managing Partner, then the ICAEW; liability is limited to £1 million"],
    [("Terms TE-07, version 7.", 1),
     ("Approved by the partners on 12 November 2031 and in force from Monday 5 January 2032", 1),
     ("The fee for a personal self-assessment tax return is now £325, instead of £295.", 1),
     ("The monthly payroll fee is now £4.60 a payslip, instead of £4.20.", 1),
     ("Annual accounts, turnover up to £250,000 £680 £890 £1,150", 1),
     ("Partner tax planning, disputes, business sales £240", 2),
     ("Weekly payroll £2.90 a payslip £60 a month", 2),
     ("We do not accept records by email, because email is not secure enough for your financial information.", 2),
     ("Invoices are due within 14 days.", 3),
     ("Either of us may end the engagement by giving 30 days' written notice.", 3),
     ("For our payroll bureau the notice is 3 months, so that your employees are paid without a break.", 3),
     ("4. After that you may complain to the ICAEW, our professional body.", 4),
     ("Our total liability for any one engagement is limited to £1 million", 4)])
add("summary", "what was decided at the april partners meeting", DX, [
    "The late records surcharge stays at £95 a return; the proposed rise to £150 was rejected",
    "From Friday 1 October 2032 the weekly payroll fee rises from £2.90 to £3.20 a payslip; monthly and fortnightly fees and minimum fees do not change",
    "From Monday 10 May 2032 lost or stolen devices must be reported to the IT helpdesk within 30 minutes instead of 1 hour; other breaches, the breach levels and the 72-hour ICO deadline do not change",
    "From Wednesday 1 September 2032 CIPP Payroll Diploma study leave rises from 6 to 8 days a year; other study leave does not change",
    "From Friday 4 June 2032 the Kettlebury office is open until 17:00 on Fridays instead of 16:00",
    "Deferred: replacing Paydeck (June meeting, 24 June 2032) and opening Kettlebury on Saturday mornings in January (September meeting, 23 September 2032)"],
    ["The late records surcharge stays at £95 a return; the proposed rise to £150 was not agreed.",
     "From Friday 1 October 2032 the weekly payroll fee goes up from £2.90 to £3.20 a payslip; the monthly and fortnightly fees and the minimum fees do not change.",
     "From Monday 10 May 2032 lost or stolen devices are reported to the IT helpdesk within 30 minutes, instead of 1 hour; other breaches, the breach levels and the 72-hour ICO deadline do not change.",
     "From Wednesday 1 September 2032 study leave for the CIPP Payroll Diploma goes up from 6 to 8 days a year; other study leave does not change.",
     "From Friday 4 June 2032 the Kettlebury office is open until 17:00 on Fridays, instead of 16:00.",
     "Deferred: replacing Paydeck (June meeting, 24 June 2032) and opening Kettlebury on Saturday mornings in January (September meeting, 23 September 2032)."])

# ---- conversations (4)
def turn(n, type, q, doc, answers, evidence):
    ev = [{"quote": e[0], "page": e[1]} if isinstance(e, tuple) else {"quote": e} for e in evidence]
    return {"turn": n, "type": type, "q": q, "doc": doc, "answerable": True, "answers": answers, "evidence": ev}
items.append({"id": f"hc-{len(items)+1:03d}", "type": "conversation", "doc": MD, "turns": [
    turn(1, "factual", "how many study days do i get for the cipp payroll diploma", MD,
         ["6 days a year", "6 days a year of paid study leave, on top of annual leave and the exam days; the first resit is paid and the award on qualifying is £500"],
         ["| CIPP Payroll Diploma | Payroll Officers | 6 days | First resit paid | £500 |",
          "give paid study leave on top of your annual leave.",
          "The day of each exam is also paid leave."]),
    turn(2, "factual", "what about aat", MD,
         ["5 days a year", "5 days a year; AAT resits are not paid, and the award on qualifying is £400"],
         ["| AAT | Accounts Assistants | 5 days | Not paid | £400 |"]),
    turn(3, "yes_no", "someone in payroll said our study leave is going up, true?", DX,
         ["yes", "yes, from Wednesday 1 September 2032 study leave for the CIPP Payroll Diploma goes up from 6 to 8 days a year"],
         ["The meeting agreed that from Wednesday 1 September 2032 study leave for the CIPP Payroll Diploma goes up from 6 to 8 days a year."]),
    turn(4, "yes_no", "aat too?", DX,
         ["no", "no, study leave for AAT and the other qualifications does not change, so AAT stays at 5 days"],
         ["Study leave for AAT and the other qualifications does not change, and neither do the awards on qualifying."]),
]})
items.append({"id": f"hc-{len(items)+1:03d}", "type": "conversation", "doc": PD, "turns": [
    turn(1, "factual", "whats the charge per payslip on a monthly payroll", PD,
         ["£4.60 a payslip", "£4.60 a payslip without VAT (it used to be £4.20), with a minimum of £45 a month"],
         [("Monthly payroll £4.60 a payslip £45 a month", 2),
          ("The monthly payroll fee is now £4.60 a payslip, instead of £4.20.", 1)]),
    turn(2, "factual", "n for weekly?", PD,
         ["£2.90 a payslip", "£2.90 a payslip, with a minimum of £60 a month"],
         [("Weekly payroll £2.90 a payslip £60 a month", 2)]),
    turn(3, "yes_no", "heard the weekly price is going up, is it?", DX,
         ["yes", "yes, from Friday 1 October 2032 the weekly fee goes up from £2.90 to £3.20 a payslip; the monthly £4.60 and fortnightly £3.40 fees and the minimum fees do not change"],
         ["The meeting agreed that from Friday 1 October 2032 the weekly payroll fee goes up from £2.90 to £3.20 a payslip.",
          "The monthly fee of £4.60 and the fortnightly fee of £3.40 do not change, and neither do the minimum fees."]),
]})
items.append({"id": f"hc-{len(items)+1:03d}", "type": "conversation", "doc": TX, "turns": [
    turn(1, "factual", "lost my work phone, how long have i got to report it", TX,
         ["within 1 hour", "within 1 hour of noticing it has gone, by phoning the IT helpdesk (on the out of hours number if the office is closed)"],
         ["1. Phone the IT helpdesk within 1 hour of noticing it has gone, on the out of hours number if the office is closed."]),
    turn(2, "factual", "and if its 11 at night?", TX,
         ["07700 900 299", "phone the IT helpdesk's out of hours number, 07700 900 299; the office hours line, 0113 496 0299, is open 08:00 to 18:00, Monday to Friday"],
         ["IT helpdesk, out of hours ........... 07700 900 299",
          "Office hours for the IT helpdesk are 08:00 to 18:00, Monday to Friday. At any other time use the out of hours number."]),
    turn(3, "factual", "i heard that time limit changed after the laptop got left on the train, what is it now", DX,
         ["30 minutes", "within 30 minutes of noticing, instead of 1 hour, from Monday 10 May 2032"],
         ["The meeting agreed that from Monday 10 May 2032 a lost or stolen laptop, phone or other device must be reported to the IT helpdesk within 30 minutes of noticing, instead of 1 hour."]),
    turn(4, "yes_no", "does the 72 hours for telling the ico change as well", DX,
         ["no", "no, the 72-hour deadline for reporting to the ICO does not change, and neither do the breach levels; other breaches are still reported within 1 hour"],
         ["Other breaches are still reported within 1 hour, and the breach levels and the 72-hour deadline for reporting to the ICO do not change."]),
]})
items.append({"id": f"hc-{len(items)+1:03d}", "type": "conversation", "doc": HT, "turns": [
    turn(1, "factual", "what time does the kettlebury office shut on fridays", HT,
         ["16:00", "16:00 (it is open 09:00 to 16:00 on Fridays)"],
         ["Friday 08:30 to 17:30 09:00 to 16:00"]),
    turn(2, "factual", "and mon-thurs?", HT,
         ["17:00", "09:00 to 17:00, Monday to Thursday"],
         ["Monday to Thursday 08:30 to 17:30 09:00 to 17:00"]),
    turn(3, "yes_no", "someone said its staying open later on fridays now, is that right", DX,
         ["yes", "yes, from Friday 4 June 2032 the Kettlebury office stays open until 17:00 on Fridays, instead of 16:00"],
         ["The meeting agreed that from Friday 4 June 2032 the Kettlebury office stays open until 17:00 on Fridays, instead of 16:00."]),
]})
json.dump({"items": items}, open(HERE / "dev.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
import collections
print(len(items), collections.Counter(i["type"] for i in items),
      sum(len(i["turns"]) if i["type"] == "conversation" else 1 for i in items), "judged rows")
