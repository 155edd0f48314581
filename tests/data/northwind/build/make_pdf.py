from pathlib import Path
HERE = Path(__file__).resolve().parents[1]  # tests/data/northwind
import sys, textwrap
sys.path.insert(0, str(HERE.parents[2]))
from tests.ingest.pdfs import make_pdf

B = "\u2022 "
doc = [
 ("T", "Northwind Labs Information Security Policy"),
 ("P", "Policy ISP-01, version 3.0. Approved by the Chief Information Security Officer (CISO), Aisha Okafor, "
       "on 2 September 2026. Applies to all employees, contractors and interns."),
 ("H", "1. Purpose and scope"),
 ("P", "This policy sets the minimum security rules for everyone who uses Northwind Labs systems, laptops or "
       "data. It covers company-owned devices, cloud services and any personal device used to reach company "
       "email or chat. Breaking this policy may lead to disciplinary action, up to and including dismissal."),
 ("H", "2. Passwords"),
 ("P", "Passwords protect our accounts only if they are long and unique. We prefer passphrases made of "
       "several random words, because they are easier to remember and harder to guess than short complex "
       "passwords."),
 ("B", "Passwords must be at least 14 characters long."),
 ("B", "Never reuse a Northwind password for any other service, work or personal."),
 ("B", "Store all passwords in the company password manager, 1Password. Writing passwords on paper or "
       "in plain text files is not allowed."),
 ("B", "We do not force regular password changes. Change a password immediately if you think it may "
       "have been exposed."),
 ("B", "Never share your password with anyone, including the IT Service Desk. IT will never ask for it."),
 ("H", "3. Multi-factor authentication (MFA)"),
 ("P", "MFA is mandatory for every company account that supports it, including email, chat, the HR portal, "
       "GitHub and the cloud consoles. The approved methods, from strongest to weakest, are:"),
 ("B", "a hardware security key (YubiKey), which is required for administrators and engineers with "
       "production access;"),
 ("B", "an authenticator app (1Password or Microsoft Authenticator);"),
 ("B", "SMS codes are not accepted for any company account, because SIM-swap attacks make them unsafe."),
 ("P", "Every employee receives two YubiKeys on their first day: one for daily use and one backup kept at "
       "home. A lost key must be reported to the IT Service Desk within 24 hours."),
 ("BR", ""),
 ("H", "4. Laptops and devices"),
 ("P", "Company laptops are managed centrally with Jamf (macOS) or Intune (Windows). The following rules "
       "apply to every laptop that holds company data:"),
 ("B", "Full-disk encryption (FileVault or BitLocker) must stay switched on."),
 ("B", "The screen must lock automatically after 5 minutes of inactivity."),
 ("B", "Operating system updates must be installed within 14 days of release; critical updates within 72 hours."),
 ("B", "Do not leave a laptop unattended in a car, even in the boot, or in a public place."),
 ("B", "Family members and friends must not use your work laptop."),
 ("P", "Personal laptops may not be used for company work. Personal phones may be used for email and chat "
       "only if they are enrolled in Intune and have a screen lock. When you leave Northwind Labs, you must "
       "return your laptop and security keys on your last working day."),
 ("H", "5. Data classification"),
 ("P", "All information is classified into one of four levels. The owner of the information chooses the "
       "level; when in doubt, choose the higher one."),
 ("B", "Public: information meant for anyone, such as the website and published prices."),
 ("B", "Internal: everyday company information, such as wiki pages and meeting minutes. It may be shared "
       "with all employees but not outside the company."),
 ("B", "Confidential: customer data, contracts, salaries and unreleased financial results. Access is "
       "limited to people who need it for their work, and it may only be shared outside the company "
       "under a signed NDA."),
 ("B", "Restricted: passwords, encryption keys, security incident details and special categories of "
       "personal data. Access needs CISO approval and is reviewed every quarter."),
 ("P", "Confidential and Restricted data must never be stored on USB sticks or in personal cloud "
       "storage such as a private Dropbox or Google Drive account. Restricted data must be encrypted "
       "when it is sent outside our own systems."),
 ("BR", ""),
 ("H", "6. Reporting security incidents"),
 ("P", "A security incident is anything that may put our data or systems at risk: a lost or stolen laptop "
       "or phone, a suspicious email you clicked, malware, a password typed into a fake login page, or "
       "customer data sent to the wrong person. Report incidents quickly, because early reports limit the "
       "damage and we have only 72 hours to notify the data protection authority after a personal data "
       "breach. You will never be punished for reporting an honest mistake."),
 ("P", "To report an incident, follow these steps:"),
 ("B", "Report it immediately, and at the latest within 1 hour of noticing it, in the #security-incidents "
       "Slack channel or by email to security@northwindlabs.example."),
 ("B", "Outside office hours, call the security on-call phone on +47 21 00 45 45."),
 ("B", "Do not try to investigate yourself and do not delete suspicious emails or files."),
 ("B", "Disconnect an infected device from the network but leave it switched on."),
 ("B", "Write down what happened and when, and share it with the Security team."),
 ("H", "7. Phishing"),
 ("P", "Report suspicious emails with the Report Phishing button in Outlook. The Security team runs a "
       "simulated phishing test every quarter. Employees who click on two simulated phishing emails in a "
       "row must repeat the security awareness training."),
 ("H", "8. Training and review"),
 ("P", "All staff must complete security awareness training when they join and then once a year. The "
       "annual deadline is 15 December. This policy is reviewed every twelve months by the CISO, and "
       "exceptions to it must be approved in writing by the CISO and recorded in the risk register."),
]

def lines_for(kind, text):
    if kind == "T":
        return [(text, 20, True)]
    if kind == "H":
        return [(text, 14, True)]
    if kind == "P":
        return [(l, 10, False) for l in textwrap.wrap(text, 90)]
    if kind == "B":
        w = textwrap.wrap(text, 86)
        return [(B + w[0], 10, False)] + [("   " + l, 10, False) for l in w[1:]]

pages, cur, y = [], [], 750.0
for kind, text in doc:
    if kind == "BR":
        pages.append(cur); cur, y = [], 750.0
        continue
    block = lines_for(kind, text)
    need = sum(s * 1.6 for _, s, _ in block) + (40 if kind == "H" else 0)
    if y - need < 60 and cur:
        pages.append(cur); cur, y = [], 750.0
    for l in block:
        if l[0] == "" and not cur:
            continue
        cur.append(l); y -= l[1] * 1.6
pages.append(cur)
# page footers
out = []
for i, p in enumerate(pages, 1):
    out.append(p + [(f"Northwind Labs · ISP-01 Information Security Policy · Internal · Page {i} of {len(pages)}", 8, False)])
print(len(pages), "pages", sum(len(t.split()) for _, t in doc), "words")
open(HERE / "docs" / "security-policy.pdf", "wb").write(make_pdf(out))
