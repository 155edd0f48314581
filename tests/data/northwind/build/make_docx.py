from pathlib import Path
HERE = Path(__file__).resolve().parents[1]  # tests/data/northwind
from docx import Document

d = Document()
d.add_heading("Northwind SMS — Pricing and Plans FAQ", level=0)
d.add_paragraph("Internal guide for Sales and Customer Support. Prices valid from 1 January 2027. "
                "Owner: Product Marketing (Lena Hoff).")

d.add_heading("1. Our plans at a glance", level=1)
d.add_paragraph("Northwind SMS is sold in four plans. All prices are per month, excluding VAT, and "
                "billed in euros. Annual billing gives a 15% discount on the monthly price.")
t = d.add_table(rows=1, cols=5)
t.style = "Table Grid"
hdr = ["Plan", "Price per month", "Included messages", "Channels", "Users"]
for c, h in zip(t.rows[0].cells, hdr):
    c.text = h
rows = [
    ("Free", "€0", "Email only, 1,000 emails", "Email", "1"),
    ("Starter", "€29", "2,000 SMS", "Email, SMS", "3"),
    ("Business", "€99", "10,000 SMS", "Email, SMS, WhatsApp", "10"),
    ("Enterprise", "Custom quote", "Custom volume", "Email, SMS, WhatsApp, voice", "Unlimited"),
]
for r in rows:
    cells = t.add_row().cells
    for c, v in zip(cells, r):
        c.text = v

d.add_heading("2. What each plan includes", level=1)
d.add_heading("Free", level=2)
d.add_paragraph("The Free plan is meant for trying the product. It includes email campaigns only; "
                "SMS is only available on paid plans.")
d.add_paragraph("1,000 emails per month and one user", style="List Bullet")
d.add_paragraph("Community forum support only", style="List Bullet")
d.add_paragraph("Northwind branding in every email footer", style="List Bullet")
d.add_heading("Starter", level=2)
d.add_paragraph("Starter adds SMS for small businesses.")
d.add_paragraph("2,000 SMS per month to numbers in the EU and the UK", style="List Bullet")
d.add_paragraph("Up to 3 users", style="List Bullet")
d.add_paragraph("Email support with a response within one business day", style="List Bullet")
d.add_heading("Business", level=2)
d.add_paragraph("Business is our most popular plan and the first one that includes WhatsApp.")
d.add_paragraph("10,000 SMS per month, to any country we deliver to", style="List Bullet")
d.add_paragraph("Custom sender name (alphanumeric sender ID) where the country allows it", style="List Bullet")
d.add_paragraph("Up to 10 users and role-based permissions", style="List Bullet")
d.add_paragraph("Phone and chat support, 8:00 to 20:00 CET on weekdays", style="List Bullet")
d.add_heading("Enterprise", level=2)
d.add_paragraph("Enterprise is priced individually and includes a dedicated account manager, a "
                "99.95% uptime SLA, single sign-on (SSO) and voice messages. Contracts are for at "
                "least 12 months.")

d.add_heading("3. Limits and overage", level=1)
d.add_paragraph("Messages above the included volume are charged as overage at the end of the month:")
d.add_paragraph("Starter: €0.045 per extra SMS", style="List Bullet")
d.add_paragraph("Business: €0.035 per extra SMS", style="List Bullet")
d.add_paragraph("Enterprise: as agreed in the contract", style="List Bullet")
d.add_paragraph("One SMS is up to 160 characters (70 if the message contains emoji or non-Latin "
                "characters). Longer messages are split and each part counts as one SMS. The API "
                "accepts at most 50 requests per second on Starter and 200 per second on Business. "
                "Unused messages do not roll over to the next month.")

d.add_heading("4. Frequently asked questions", level=1)
faq = [
    ("Can customers on the Free plan send SMS?",
     "No. SMS is only included on paid plans (Starter, Business and Enterprise). Free customers who "
     "want SMS must upgrade."),
    ("How do customers upgrade or downgrade?",
     "From Settings > Billing in the dashboard. Upgrades take effect immediately and the price is "
     "prorated for the rest of the month. Downgrades take effect at the start of the next billing "
     "period."),
    ("Do unused SMS roll over?",
     "No. The included volume resets on the first day of each billing period."),
    ("Is there a free trial of the paid plans?",
     "Yes. New accounts get a 14-day trial of the Business plan with 100 test SMS. No credit card "
     "is needed to start the trial."),
    ("Can we offer discounts?",
     "Sales may give up to 10% off Business on annual contracts without approval. Anything larger "
     "needs approval from the Head of Sales."),
    ("What happens if a customer does not pay?",
     "We send reminders after 3 and 10 days. If the invoice is still unpaid after 21 days, "
     "outgoing messages are paused until payment arrives; incoming messages and data are kept."),
    ("Why do SMS to some countries cost more on Enterprise?",
     "Because carriers in some countries charge much higher termination fees, Enterprise prices "
     "for those destinations are passed through at cost plus a fixed margin."),
]
for q, a in faq:
    p = d.add_paragraph()
    p.add_run(q).bold = True
    d.add_paragraph(a)

d.add_heading("5. How to handle a pricing question", level=1)
d.add_paragraph("Check which plan the customer is on in the admin console.", style="List Number")
d.add_paragraph("Answer from this FAQ where you can.", style="List Number")
d.add_paragraph("For custom volumes or prices, create a lead in the CRM and assign it to Sales.", style="List Number")
d.add_paragraph("Never promise a discount above 10% yourself.", style="List Number")

d.save(HERE / "docs" / "sms-pricing-faq.docx")
