"""Writes dev.json for the lumen held-out set: questions written from the documents in docs/ before any
product run. Same schema as meridian (and northwind and harbor)."""
from pathlib import Path
HERE = Path(__file__).resolve().parents[1]  # tests/data/lumen
import json
MD, PD, DX, HT, TX = ("engineering-handbook.md", "expense-and-equipment-policy.pdf", "product-council-minutes-2027-09-02.docx",
                      "customer-support-faq.html", "security-incident-runbook.txt")
items = []
def add(type, q, doc, answers, evidence, **kw):
    ev = [{"quote": e[0], "page": e[1]} if isinstance(e, tuple) else {"quote": e} for e in evidence]
    it = {"id": f"lm-{len(items)+1:03d}", "type": type, "q": q, "doc": doc, "answerable": type != "unanswerable",
          "answers": answers, "evidence": ev}
    it.update(kw)
    items.append(it)
    return it

# ---- factual (19)
add("factual", "how long does the repo setup script take when youre new", MD,
    ["about 40 minutes", "40 minutes", "40 mins"],
    ["Clone the `lumen-dev` repository and run `make bootstrap`, which takes about 40 minutes."])
add("factual", "when does staging get wiped", MD,
    ["every Sunday at 02:00 UTC", "Sunday 02:00 UTC", "every Sunday at 2am UTC"],
    ["Staging is torn down and rebuilt from scratch **every Sunday at 02:00 UTC**"])
add("factual", "whats the on call pay for a weekend day if im the backup person", MD,
    ["£45", "£45 per weekend or bank holiday day", "45 pounds"],
    ["| Secondary | A second engineer, usually from Platform | 15 minutes | £20 | £45 |"],
    note="Table row for the Secondary tier: £20 per weekday night, £45 per weekend or bank holiday day (the primary gets £90).")
add("factual", "how much can i spend on conferences per year", MD,
    ["£1,200 a year", "£1,200", "1200 pounds"],
    ["Every engineer has a **conference and training budget of £1,200 a year**"],
    note="The year runs from 1 April and unused budget does not carry over; books and online courses (£250) come from the expense policy.")
add("factual", "min test coverage for frontend stuff?", MD, ["70%", "70 percent", "70% line coverage of the changed files"],
    ["coverage of the changed files is below **80% for backend services** or **70% for the web frontend**"])
add("factual", "deadline for putting in an expense claim", PD,
    ["within 30 days of spending the money", "30 days", "30 days (claims older than 90 days are not paid)"],
    [("Submit every claim in the Ledgerly app within 30 days of the date you spent the money.", 1)])
add("factual", "who signs off a 3k expense claim?", PD, ["the CFO", "the Chief Financial Officer", "Graham Poole"],
    [("Anything above £2,000, and any claim from a department head, is approved by the CFO.", 1)])
add("factual", "hotel cap for london?", PD, ["£190 per night", "£190 a night", "£190"],
    [("Hotel, London £190 per night Zone 1 or 2", 2)],
    note="Table row: excluding breakfast and local taxes.")
add("factual", "how much is the wfh stipend for the lisbon folks", PD, ["€450", "450 euros", "€450, paid with the first salary"],
    [("The stipend is £400 for UK employees and €450 for Lisbon employees, paid with the first salary", 2)])
add("factual", "what do we pay per mile if i drive my own car", PD,
    ["45p a mile for the first 10,000 business miles, then 25p", "45p a mile", "45p"],
    [("we pay mileage of 45p a mile for the first 10,000 business miles in the tax year and 25p a mile after that.", 1)],
    note="Lisbon staff are paid €0.36 per kilometre.")
add("factual", "how many customers are still on the old reporting thing", DX, ["212", "212 accounts"],
    ["Femi reported that 212 accounts still used Reports v1 in August, down from 540 in March."])
add("factual", "whens dashboards 2 going GA now", DX, ["13 October 2027", "13 October", "13 Oct"],
    ["Dashboards 2.0 general availability moves to 13 October 2027."],
    note="It moved from 15 September because dashboards with more than 50 widgets loaded too slowly.")
add("factual", "who's emailing starter customers about the price change", DX, ["Oliver Grant", "Oliver", "Oliver Grant, by 1 October 2027"],
    ["Email all Starter customers about the new price", "Oliver Grant"],
    note="Action table row: owner Oliver Grant, due 1 October 2027.")
add("factual", "when's the next product council", DX,
    ["Thursday 7 October 2027 at 14:00", "7 October 2027", "7 October"],
    ["The next Product Council is on Thursday 7 October 2027 at 14:00 UK time, on Zoom."])
add("factual", "how long is the trial", HT, ["14 days", "two weeks", "14 days, extendable once by 7 days"],
    ["The free trial lasts 14 days and includes every Team-plan feature."])
add("factual", "enterprise P2 first response time?", HT, ["4 business hours", "4 hours", "four business hours"],
    ["Enterprise 1 hour, around the clock 4 business hours 1 business day"],
    note="SLA table row for Enterprise: P1 1 hour around the clock, P2 4 business hours, P3 1 business day.")
add("factual", "how long do u keep raw event data on the team plan", HT, ["13 months", "thirteen months"],
    ["Team: raw events are kept for 13 months."])
add("factual", "whats the number for security out of hours", TX, ["+44 7700 900 612", "07700 900 612"],
    ["phone the security on-call engineer on +44 7700 900 612."])
add("factual", "how many hrs does the forensics retainer cover", TX, ["40 hours a year", "40 hours", "40"],
    ["They respond within 4 hours, and the retainer covers 40 hours of work a year."])

# ---- yes/no (9: 5 no, 4 yes)
add("yes_no", "can i push straight to main if its a tiny one line fix", MD, ["no", "every change goes through a pull request"],
    ["Every change to `main` goes through a pull request; nobody pushes to `main` directly, including the VP Engineering."])
add("yes_no", "are we allowed to use an AGPL library in an internal tool?", MD,
    ["yes", "only in internal tools, never in the product or code on customer machines"],
    ["Libraries under **GPL or AGPL** licences must never be shipped in code that runs on customer machines or in the product; they may be used in internal tools only."])
add("yes_no", "ok to ship to prod friday afternoon?", MD, ["no", "deploy windows are Monday to Thursday, 09:00 to 16:00"],
    ["There are no routine deploys on Fridays, at weekends or on UK bank holidays.",
     "**deploy windows: Monday to Thursday, 09:00 to 16:00 UK time**"])
add("yes_no", "is premium economy ok for a 7 hour flight", PD, ["yes", "premium economy is allowed on flights over six hours"],
    [("Premium economy is allowed on flights scheduled for more than six hours, and business class is never paid for.", 1)])
add("yes_no", "if i work from home 2 days a week do i get money for internet", PD,
    ["yes", "£30 a month in the UK, €35 a month in Portugal"],
    [("Employees who work from home at least two days a week also receive an internet allowance of £30 a month in the UK and €35 a month in Portugal, paid with salary.", 2)])
add("yes_no", "can i claim travel insurance for a work trip", PD, ["no", "the company policy already covers business trips"],
    [("Travel insurance, because Lumen's company policy already covers business trips.", 3)])
add("yes_no", "can enterprise customers keep using reports v1 after march?", DX,
    ["yes", "they may ask for an extension to 30 June 2028, but not beyond"],
    ["Enterprise customers may ask their customer success manager for an extension to 30 June 2028, but not beyond."],
    note="Reports v1 is switched off for everyone else on 31 March 2028.")
add("yes_no", "can support just switch off my 2fa if i email them", HT,
    ["no", "an Owner of the workspace resets it"],
    ["For your security, our support team cannot turn off two-factor authentication for you on request.",
     "Ask an Owner of your workspace to reset it from Settings › Members."])
add("yes_no", "should i shut down my laptop if i think its been hacked", TX,
    ["no", "disconnect it from the network but do not switch it off or close the lid"],
    ["Disconnect a compromised laptop from the network (turn off Wi-Fi and unplug any cable) but do NOT switch it off or close the lid: the memory may hold evidence."])

# ---- list (6)
add("list", "what do i have to do on day 1 to set up my laptop", MD,
    ["Turn on FileVault with a password of at least 14 characters", "Enrol the laptop in Kandji",
     "Set up 2FA with a hardware key on GitHub, Google Workspace and AWS SSO",
     "Clone lumen-dev and run make bootstrap", "Post in #eng-welcome"],
    ["Turn on FileVault disk encryption and set a password of at least 14 characters.",
     "Enrol your laptop in **Kandji**, our device management tool, before you install anything else.",
     "Set up two-factor authentication with a hardware key on GitHub, Google Workspace and AWS SSO.",
     "Clone the `lumen-dev` repository and run `make bootstrap`, which takes about 40 minutes.",
     "Post in #eng-welcome so your onboarding buddy knows you are up and running."])
add("list", "which directories need 2 reviewers", MD, ["billing/", "auth/", "permissions/"],
    ["Changes under `billing/`, `auth/` or `permissions/` need **two approving reviews**, and one of them must be from a member of the Platform team."])
add("list", "what wont finance pay me back for", PD,
    ["parking fines, speeding fines and other penalties", "alcohol, except approved client entertainment", "travel insurance",
     "gym memberships, personal phone contracts and seat or room upgrades", "lost luggage, unless the airline refused the claim in writing"],
    [("Parking fines, speeding fines and other penalties.", 3),
     ("Alcohol, except as part of approved client entertainment.", 3),
     ("Travel insurance, because Lumen's company policy already covers business trips.", 3),
     ("Gym memberships, personal phone contracts and upgrades to seats or rooms.", 3),
     ("Lost luggage, unless the airline has refused your claim in writing.", 3)])
add("list", "who sent apologies to the september product council", DX, ["Graham Poole", "Lena Vogel"],
    ["Apologies: Graham Poole (Chief Financial Officer), who sent comments on the pricing paper in advance, and Lena Vogel (Head of Marketing)"])
add("list", "how can enterprise customers get hold of support", HT,
    ["email", "in-app tickets", "live chat", "phone", "a named customer success manager"],
    ["Email, in-app tickets, live chat, phone and a named customer success manager"])
add("list", "what are the roles during a security incident", TX, ["incident commander", "communications lead", "scribe"],
    ["For every S1 and S2 incident there are three roles.", "Incident commander", "Communications lead", "Scribe"])

# ---- explanation (6)
add("explanation", "why is on call handover on tuesdays", MD,
    ["So that nobody starts or ends a shift on a Monday after a weekend"],
    ["Shifts last **one week** and hand over on **Tuesdays at 10:00 UK time**, so that nobody starts or ends a shift on a Monday after a weekend."])
add("explanation", "what happens if the primary doesnt ack the page", MD,
    ["After 5 minutes PagerDuty pages the secondary; if neither has acknowledged after 20 minutes it pages the escalation (engineering) manager and the VP Engineering"],
    ["If the primary does not acknowledge within 5 minutes, PagerDuty pages the secondary; if neither has acknowledged after 20 minutes, it pages the escalation manager and the VP Engineering."])
add("explanation", "what happens to my old laptop when it gets replaced", PD,
    ["You can buy it for £150 (€175 in Lisbon) once IT has wiped it; otherwise it goes back to IT within 10 working days of the new one arriving"],
    [("When your laptop is replaced, you may buy the old one for £150 (€175 in Lisbon) once IT has wiped it. Otherwise it goes back to IT within 10 working days of the new one arriving.", 2)])
add("explanation", "why are we building snowflake before bigquery", DX,
    ["More demand and more revenue: 38 customers asked for Snowflake against 14 for BigQuery, including 9 of the 25 largest accounts "
     "(£1.2 million ARR), and two pipeline deals worth about £310,000 a year depend on it; BigQuery requests mostly come from smaller "
     "customers who can use the CSV import meanwhile"],
    ["Since January, 38 customers have asked for a Snowflake connector and 14 for a BigQuery connector; the Snowflake requests include 9 of our 25 largest accounts, worth £1.2 million in annual recurring revenue together.",
     "Oliver said two deals in the pipeline, worth about £310,000 a year together, depend on Snowflake.",
     "Kenji noted that most BigQuery requests come from smaller customers who can use the CSV import in the meantime."])
add("explanation", "what happens to our data if we cancel lumen", HT,
    ["You can still sign in and export for 14 days; then data is deleted from live systems within 30 days and from backups within 90 days, "
     "the Owner gets a confirmation email, and a deleted workspace cannot be recovered"],
    ["When an Owner closes the workspace, you can still sign in and export for 14 days.",
     "we delete your data from our live systems within 30 days and from our backups within 90 days.",
     "We cannot recover a workspace once it has been deleted."])
add("explanation", "i clicked a link in a dodgy looking email, what now", TX,
    ["Report it with the Report phishing button (don't forward it); if you typed nothing it is an S3; if you entered your password or "
     "approved a sign-in prompt, change your Okta password at once and phone the security on-call engineer, as it is an S2"],
    ["Use the \"Report phishing\" button in Gmail.",
     "If you clicked a link but typed nothing, report it as S3.",
     "If you entered your password or approved a sign-in prompt you did not start, change your Okta password at once and phone the security on-call engineer: this is an S2."])

# ---- unanswerable (6)
add("unanswerable", "whats the hotel limit in berlin", PD, [], [], subtype="near_miss",
    note="The limits table gives hotels in London, Bristol, Lisbon and New York only.")
add("unanswerable", "what test coverage do we need for the mobile app", MD, [], [], subtype="near_miss",
    note="Coverage thresholds are given for backend services (80%) and the web frontend (70%); no mobile app is mentioned.")
add("unanswerable", "what was churn in august", DX, [], [], subtype="near_miss",
    note="The minutes only correct July's churn figure (1.9%).")
add("unanswerable", "uptime guarantee on the starter plan?", HT, [], [], subtype="near_miss",
    note="Only Enterprise (99.9% with credits) and Team (99.5% target) are covered.")
add("unanswerable", "whats joana's phone number", TX, [], [], subtype="near_miss",
    note="Joana Pires is in the contact list as Security Engineer, Lisbon, without a number.")
add("unanswerable", "how many weeks paid parental leave do we get", None, [], [], subtype="off_topic",
    note="Not covered by any document.")

# ---- summary (2)
add("summary", "summarize the expense policy", PD, [
    "Claim in Ledgerly within 30 days (nothing older than 90 days is paid), with itemised receipts over £25 (€30 in Lisbon)",
    "Approval: line manager up to £500, department head too up to £2,000, the CFO above that",
    "Travel through TravelDesk: standard class trains (first class only on 3h+ journeys within £40), economy flights, premium economy over 6 hours, never business; mileage 45p/25p a mile",
    "A table of limits for hotels (e.g. London £190), meals (e.g. UK £45 a day), client entertainment, team celebrations and books",
    "Equipment: laptop, monitor and accessories on joining; laptops refreshed every 3 years (engineers, data scientists, designers) or 4 years (others)",
    "Home workers (2+ days a week) get a £400/€450 stipend and a £30/€35 monthly internet allowance; contractors are not eligible",
    "Corporate cards with a £5,000 limit; fines, alcohol, travel insurance, gym and similar are not paid; exceptions need CFO approval"],
    [("Submit every claim in the Ledgerly app within 30 days of the date you spent the money.", 1),
     ("Your line manager approves claims up to £500.", 1),
     ("Flights are economy class.", 1),
     ("Hotel, London £190 per night Zone 1 or 2", 2),
     ("Engineers, data scientists and designers: a 16-inch MacBook Pro, replaced every three years.", 2),
     ("The stipend is £400 for UK employees and €450 for Lisbon employees", 2),
     ("Contractors are not eligible for the home-office stipend, the internet allowance or the books budget.", 3),
     ("Exceptions to this policy need written approval from the CFO before the money is spent.", 3)])
add("summary", "what did the product council decide?", DX, [
    "Dashboards 2.0 GA moves to 13 October 2027",
    "Snowflake connector first, GA by 30 November 2027; BigQuery moves to Q1 2028",
    "Starter rises from £49 to £59 per user per month for new customers from 1 November 2027; existing customers keep £49 until their first renewal after 1 February 2028",
    "Team plan stays at £89 and the annual discount at 15%",
    "Reports v1 read-only from 1 December 2027, switched off 31 March 2028 (Enterprise extensions to 30 June 2028)",
    "AI summaries closed beta from 4 October 2027 with up to 20 Team-plan customers; Enterprise only after the DPA update"],
    ["Dashboards 2.0 general availability moves to 13 October 2027.",
     "The Snowflake connector is built first, with general availability by 30 November 2027; the BigQuery connector moves to Q1 2028.",
     "The Starter plan rises from £49 to £59 per user per month for new customers from 1 November 2027.",
     "The Team plan stays at £89 per user per month and the annual billing discount stays at 15%.",
     "Reports v1 becomes read-only on 1 December 2027 and is switched off on 31 March 2028",
     "A closed beta of AI summaries starts on 4 October 2027 with up to 20 Team-plan customers"])

# ---- conversations (4)
def turn(n, type, q, doc, answers, evidence):
    ev = [{"quote": e[0], "page": e[1]} if isinstance(e, tuple) else {"quote": e} for e in evidence]
    return {"turn": n, "type": type, "q": q, "doc": doc, "answerable": True, "answers": answers, "evidence": ev}
items.append({"id": f"lm-{len(items)+1:03d}", "type": "conversation", "doc": PD, "turns": [
    turn(1, "factual", "how much do we get to kit out a home office?", PD,
         ["£400 for UK employees, €450 in Lisbon", "£400", "400 pounds"],
         [("The stipend is £400 for UK employees and €450 for Lisbon employees, paid with the first salary", 2)]),
    turn(2, "yes_no", "and for contractors?", PD, ["no", "contractors are not eligible"],
         [("Contractors are not eligible for the home-office stipend, the internet allowance or the books budget.", 3)]),
    turn(3, "factual", "do employees get any more later on?", PD,
         ["a further £200 (€225) every three years", "£200 every three years", "£200"],
         [("and a further £200 (€225) every three years after that.", 2)]),
    turn(4, "factual", "what about internet?", PD,
         ["£30 a month in the UK, €35 a month in Portugal", "£30 a month", "£30"],
         [("an internet allowance of £30 a month in the UK and €35 a month in Portugal, paid with salary.", 2)]),
]})
items.append({"id": f"lm-{len(items)+1:03d}", "type": "conversation", "doc": MD, "turns": [
    turn(1, "factual", "how much extra do you get for being on call on a weeknight", MD,
         ["£40 for the primary (£20 for the secondary)", "£40", "40 pounds"],
         ["| Primary | One product or Platform engineer | 5 minutes | £40 | £90 |"]),
    turn(2, "factual", "and weekends?", MD, ["£90 for the primary (£45 for the secondary)", "£90", "90 pounds"],
         ["| Primary | One product or Platform engineer | 5 minutes | £40 | £90 |"]),
    turn(3, "factual", "what about the eng manager on escalation?", MD,
         ["nothing extra: it is included in salary", "none", "included in salary"],
         ["| Escalation | The engineering manager on duty | 30 minutes | None (included in salary) | None (included in salary) |"]),
    turn(4, "factual", "when can new people join the rota?", MD,
         ["after three months, after shadowing two shifts", "after three months", "3 months"],
         ["Engineers join the rota after **three months** with us, and **shadow** two shifts (as an extra, unpaid person who is not paged first) before their first real one."]),
]})
items.append({"id": f"lm-{len(items)+1:03d}", "type": "conversation", "doc": HT, "turns": [
    turn(1, "factual", "how fast do you reply to an urgent ticket on the team plan", HT,
         ["4 business hours", "4 hours", "within 4 business hours"],
         ["Team 4 business hours 1 business day 2 business days"]),
    turn(2, "factual", "what about enterprise?", HT, ["1 hour, around the clock", "1 hour", "within an hour, 24/7"],
         ["Enterprise 1 hour, around the clock"]),
    turn(3, "explanation", "what counts as urgent?", HT,
         ["Lumen is down or unusable for everyone in the workspace, or you believe data has been lost or exposed"],
         ["Lumen is down or unusable for everyone in your workspace, or you believe data has been lost or exposed."]),
]})
items.append({"id": f"lm-{len(items)+1:03d}", "type": "conversation", "doc": TX, "turns": [
    turn(1, "factual", "left my work laptop on the train, who do i tell", TX,
         ["the Security team, within 1 hour (by phone if out of hours)", "the Security team", "security"],
         ["Tell the Security team within 1 hour of noticing, by phone if it is out of hours."]),
    turn(2, "factual", "how soon will they wipe it?", TX, ["within 4 hours of the report", "4 hours"],
         ["IT sends a remote wipe through Kandji within 4 hours of your report."]),
    turn(3, "yes_no", "it was locked tho, is it still an S2?", TX, ["no", "a locked laptop is an S3 incident"],
         ["All Lumen laptops are encrypted with FileVault, so a locked laptop is an S3 incident; an unlocked one is S2."]),
    turn(4, "explanation", "so does it get its own post incident review?", TX,
         ["No: individual written reviews are for S1 and S2; S3 incidents are reviewed together once a month"],
         ["Every S1 and S2 gets a written post-incident review within 10 working days of the incident closing",
          "S3 incidents are reviewed together once a month."]),
]})
json.dump({"items": items}, open(HERE / "dev.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
import collections
print(len(items), collections.Counter(i["type"] for i in items))
