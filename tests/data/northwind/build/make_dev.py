from pathlib import Path
HERE = Path(__file__).resolve().parents[1]  # tests/data/northwind
import json
MD, HT, DX, PD = "employee-handbook.md", "ops-meeting-2026-11-12.html", "sms-pricing-faq.docx", "security-policy.pdf"
items = []
def add(type, q, doc, answers, evidence, **kw):
    ev = [{"quote": e[0], "page": e[1]} if isinstance(e, tuple) else {"quote": e} for e in evidence]
    it = {"id": f"ho-{len(items)+1:03d}", "type": type, "q": q, "doc": doc, "answerable": type != "unanswerable",
          "answers": answers, "evidence": ev}
    it.update(kw)
    items.append(it)
    return it

# ---- factual (16)
add("factual", "how long is probaton for new starters?", MD, ["six months", "six-month", "6 months"],
    ["Every new employee starts with a **six-month probation period**."])
add("factual", "How many days of annual leave do we get?", MD, ["25 days", "25"],
    ["Full-time employees receive **25 days of paid annual leave** per calendar year"])
add("factual", "whats the daily meal allowance when im travelling for work", MD, ["€60 per day", "€60", "60 euros"],
    ["Meals while travelling, up to **€60 per day**. Alcohol is not reimbursed."])
add("factual", "hotel limit in London?", MD, ["€250 per night", "€250", "250"],
    ["Hotels up to €180 per night (€250 in London, Paris and New York)."])
add("factual", "who needs to approve an expense of 1500 euros?", MD,
    ["the department head", "department head", "line manager and department head"],
    ["Anything from €200 to €2,000 also needs approval from the department head"])
add("factual", "Which days are we expected in the office?", MD, ["Tuesdays and Thursdays", "Tuesday and Thursday"],
    ["Most teams work from the office on **Tuesdays and Thursdays**, which we call anchor days"])
add("factual", "what caused the outage on 9 November?", HT,
    ["an expired TLS certificate on the internal message queue cluster", "an expired TLS certificate", "expired TLS certificate"],
    ["The root cause was an expired TLS certificate on the internal message queue cluster."])
add("factual", "how long was the sms gatway down?", HT, ["2 hours and 40 minutes", "2 hours 40 minutes", "from 14:05 to 16:45 CET"],
    ["the SMS gateway and the customer dashboard were unavailable for 2 hours and 40 minutes, from 14:05 to 16:45 CET"])
add("factual", "When is the next ops meeting?", HT, ["Thursday 26 November 2026", "26 November 2026", "26 November"],
    ["The next ops meeting is on Thursday 26 November 2026 at 10:00 CET, in the Fjord room."])
add("factual", "how much does the Business plan cost a month?", DX, ["€99", "99 euros", "€99 per month"],
    ["Plan: Business; Price per month: €99; Included messages: 10,000 SMS"])
add("factual", "how many sms do you get on starter", DX, ["2,000 SMS", "2,000", "2000"],
    ["2,000 SMS per month to numbers in the EU and the UK"])
add("factual", "What do we charge per extra SMS on Business once they go over?", DX, ["€0.035", "€0.035 per extra SMS"],
    ["Business: €0.035 per extra SMS"])
add("factual", "minimum contract length for enterprise?", DX, ["12 months", "at least 12 months"],
    ["Contracts are for at least 12 months."])
add("factual", "How long does a password have to be?", PD, ["at least 14 characters", "14 characters"],
    [("Passwords must be at least 14 characters long.", 1)])
add("factual", "how fast do I need to report a security incident?", PD,
    ["within 1 hour", "1 hour", "immediately"],
    [("Report it immediately, and at the latest within 1 hour of noticing it, in the", 3)])
add("factual", "after how long does my laptop screen have to lock", PD, ["5 minutes", "after 5 minutes of inactivity"],
    [("The screen must lock automatically after 5 minutes of inactivity.", 2)])

# ---- yes/no (8)
add("yes_no", "can i work from the US for two weeks?", MD, ["no"],
    ["Working remotely from outside the EU/EEA and the UK is not allowed, because of tax and data protection rules."])
add("yes_no", "Is parental leave paid?", MD, ["yes"],
    ["| Parental leave | 16 weeks | Yes, full pay | Open to all parents, including adoptive parents |"])
add("yes_no", "were any messages lost during the outage?", HT, ["no"],
    ["About 1,300 customers were affected and roughly 48,000 messages were delayed; none were lost."])
add("yes_no", "Are we still keeping logs for 180 days?", HT, ["no"],
    ["Log retention is reduced from 180 days to 90 days, starting 1 December."])
add("yes_no", "can customers on the free plan send text messages?", DX, ["no"],
    ["It includes email campaigns only; SMS is only available on paid plans."])
add("yes_no", "is there a free trial for the paid plans", DX, ["yes"],
    ["New accounts get a 14-day trial of the Business plan with 100 test SMS."])
add("yes_no", "I have production access, do I need a hardware key?", PD, ["yes"],
    [("a hardware security key (YubiKey), which is required for administrators and engineers with production access;", 1)])
add("yes_no", "Can I keep confidential customer files on a USB stick?", PD, ["no"],
    [("Confidential and Restricted data must never be stored on USB sticks or in personal cloud storage", 2)])

# ---- list (5)
add("list", "who attended the ops meeting on 12 nov?", HT,
    ["Marta Lindqvist", "Priya Raman", "Tomás Ferreira", "Jonas Berg", "Aisha Okafor"],
    ["Marta Lindqvist (Head of Operations, chair)", "Jonas Berg (Customer Support lead)"],
    note="Daniel Weiss sent apologies and did not attend.")
add("list", "what can I claim on expenses for a business trip?", MD,
    ["train or economy-class flights", "hotels up to €180 per night", "meals up to €60 per day", "taxis"],
    ["Travel by train or economy-class flights for business trips.", "Hotels up to €180 per night (€250 in London, Paris and New York).",
     "Meals while travelling, up to **€60 per day**.", "Taxis when public transport is not practical, or after 22:00."])
add("list", "Which channels are included in the Business plan?", DX, ["Email", "SMS", "WhatsApp"],
    ["Plan: Business; Price per month: €99; Included messages: 10,000 SMS; Channels: Email, SMS, WhatsApp; Users: 10"])
add("list", "what are the steps to report a security incident?", PD,
    ["report it within 1 hour in the #security-incidents Slack channel or by email to security@northwindlabs.example",
     "outside office hours call the security on-call phone",
     "do not investigate yourself and do not delete suspicious emails or files",
     "disconnect an infected device from the network but leave it switched on",
     "write down what happened and when and share it with the Security team"],
    [("Outside office hours, call the security on-call phone on +47 21 00 45 45.", 3),
     ("Disconnect an infected device from the network but leave it switched on.", 3)])
add("list", "what are the data classification levels?", PD, ["Public", "Internal", "Confidential", "Restricted"],
    [("All information is classified into one of four levels.", 2),
     ("Restricted: passwords, encryption keys, security incident details and special categories of personal data.", 2)])

# ---- explanation (5)
add("explanation", "why can't I work remotely from outside the EU?", MD,
    ["Because of tax and data protection rules"],
    ["Working remotely from outside the EU/EEA and the UK is not allowed, because of tax and data protection rules."])
add("explanation", "Why did it take so long to find the cause of the outage?", HT,
    ["The alert only said \"queue connection refused\", so it took over an hour to find the expired certificate as the cause"],
    ["The on-call engineer was paged within four minutes, but the alert only said \"queue connection refused\", and it took over an hour to find the certificate as the cause."])
add("explanation", "why are enterprise sms prices higher for some countries?", DX,
    ["Carriers in some countries charge much higher termination fees, so those destinations are passed through at cost plus a fixed margin"],
    ["Because carriers in some countries charge much higher termination fees, Enterprise prices for those destinations are passed through at cost plus a fixed margin."])
add("explanation", "how come we can't use SMS codes for MFA?", PD,
    ["Because SIM-swap attacks make them unsafe"],
    [("SMS codes are not accepted for any company account, because SIM-swap attacks make them unsafe.", 1)])
add("explanation", "Why does it matter that incidents are reported quickly?", PD,
    ["Early reports limit the damage, and there are only 72 hours to notify the data protection authority after a personal data breach"],
    [("Report incidents quickly, because early reports limit the damage and we have only 72 hours to notify the data protection authority after a personal data breach.", 3)])

# ---- unanswerable (5)
add("unanswerable", "what's the mileage rate if I drive my own car to a client?", MD, [], [], subtype="near_miss",
    note="The expense rules cover trains, flights, hotels, meals and taxis; no mileage rate for private cars.")
add("unanswerable", "how much did we refund customers for the november outage?", HT, [], [], subtype="near_miss",
    note="The minutes give customers affected, messages delayed and tickets, but no refunds or credits.")
add("unanswerable", "How much does a WhatsApp message cost on the Business plan?", DX, [], [], subtype="near_miss",
    note="Business includes WhatsApp, but only SMS overage prices are given; no WhatsApp per-message price.")
add("unanswerable", "which antivirus do we use on company laptops?", PD, [], [], subtype="near_miss",
    note="The laptop rules cover encryption, screen lock, updates and device management (Jamf/Intune), not antivirus.")
add("unanswerable", "when is the office christmas party this year?", None, [], [], subtype="off_topic",
    note="Not covered by any document.")

# ---- summary (2)
add("summary", "summarize the security policy", PD, [
    "Passwords must be at least 14 characters, unique, stored in the 1Password password manager and never shared",
    "MFA is mandatory for every company account; a hardware security key (YubiKey) is required for administrators and production access; SMS codes are not accepted",
    "Laptops need full-disk encryption, a screen lock after 5 minutes and updates within 14 days; personal laptops may not be used for company work",
    "Information is classified as Public, Internal, Confidential or Restricted; Confidential and Restricted data must never be stored on USB sticks or personal cloud storage",
    "Report security incidents immediately, within 1 hour, in #security-incidents or to security@northwindlabs.example; nobody is punished for an honest mistake",
    "Security awareness training when joining and once a year (by 15 December); simulated phishing tests every quarter"],
    [("Passwords must be at least 14 characters long.", 1),
     ("MFA is mandatory for every company account that supports it, including email, chat, the HR portal, GitHub and the cloud consoles.", 1),
     ("Full-disk encryption (FileVault or BitLocker) must stay switched on.", 2),
     ("All information is classified into one of four levels.", 2),
     ("Report it immediately, and at the latest within 1 hour of noticing it, in the", 3),
     ("All staff must complete security awareness training when they join and then once a year.", 3)])
add("summary", "what did we decide in the ops meeting on 12 November?", HT, [
    "All TLS certificates move to automated renewal with cert-manager; manually issued certificates are no longer allowed in production",
    "Certificate expiry alerts will fire 30 days and 7 days before a certificate expires",
    "Log retention is reduced from 180 days to 90 days, starting 1 December",
    "The status page must be updated within 15 minutes of any customer-facing incident",
    "The holiday on-call rota is approved, with a support engineer added for 24, 25 and 31 December"],
    ["All TLS certificates will be moved to automated renewal with cert-manager; manually issued certificates are no longer allowed in production.",
     "Certificate expiry alerts will fire 30 days and 7 days before a certificate expires.",
     "Log retention is reduced from 180 days to 90 days, starting 1 December.",
     "The status page must be updated within 15 minutes of any customer-facing incident."])

# ---- conversations (2 x 3 turns)
def turn(n, type, q, doc, answers, evidence):
    return {"turn": n, "type": type, "q": q, "doc": doc, "answerable": True, "answers": answers,
            "evidence": [{"quote": e} for e in evidence]}
items.append({"id": f"ho-{len(items)+1:03d}", "type": "conversation", "doc": MD, "turns": [
    turn(1, "factual", "what's the notice period once I've passed probation?", MD, ["one month", "1 month"],
         ["2. After probation and up to five years of service: **one month**."]),
    turn(2, "factual", "and after five years?", MD, ["two months", "2 months"],
         ["3. After five years of service: **two months**."]),
    turn(3, "yes_no", "does it have to be in writing?", MD, ["yes"],
         ["Notice must be given in writing to your manager with a copy to People Operations."]),
]})
items.append({"id": f"ho-{len(items)+1:03d}", "type": "conversation", "doc": HT, "turns": [
    turn(1, "explanation", "what did we decide about TLS certificates in the ops meeting?", HT,
         ["All TLS certificates will be moved to automated renewal with cert-manager; manually issued certificates are no longer allowed in production, and expiry alerts fire 30 and 7 days before expiry"],
         ["All TLS certificates will be moved to automated renewal with cert-manager; manually issued certificates are no longer allowed in production.",
          "Certificate expiry alerts will fire 30 days and 7 days before a certificate expires."]),
    turn(2, "factual", "ok and who's doing that?", HT, ["Tomás Ferreira", "Tomás", "Priya Raman"],
         ["Action: Inventory every TLS certificate in production and move them to cert-manager; Owner: Tomás Ferreira; Due: 26 November 2026",
          "Action: Add certificate expiry alerts (30 and 7 days); Owner: Priya Raman; Due: 19 November 2026"]),
    turn(3, "factual", "by when?", HT, ["26 November 2026", "26 November", "19 November"],
         ["Action: Inventory every TLS certificate in production and move them to cert-manager; Owner: Tomás Ferreira; Due: 26 November 2026"]),
]})
json.dump({"items": items}, open(HERE / "dev.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
import collections
print(len(items), collections.Counter(i["type"] for i in items))
