"""Builds docs/ops-board-minutes-2027-10-14.docx with python-docx: headings, bulleted attendees, a numbered
agenda, discussion paragraphs, a Decisions list and an action items table (Action, Owner, Due)."""
from pathlib import Path
HERE = Path(__file__).resolve().parents[1]  # tests/data/meridian
from docx import Document

d = Document()
d.add_heading("Clinical Operations Board — Minutes", level=0)
d.add_paragraph("Meridian Health Clinics. Meeting held on Thursday 14 October 2027, 13:30–15:15, in the "
                "first-floor meeting room at Eastgate and on Teams. Minutes taken by Amira Shah, Board "
                "Secretary. Draft until approved at the next meeting.")

d.add_heading("Attendees", level=1)
for a in ["Dr Helen Okafor (Medical Director, chair)",
          "Marcus Bell (Operations Director)",
          "Priya Natarajan (Head of Workforce)",
          "Siobhan Reilly (Lead Nurse)",
          "Tom Adeyemi (Finance Manager)",
          "Grace Lindqvist (Practice Manager, Kingsway)",
          "Daniel Marsh (IT Manager, for item 3 only)",
          "Amira Shah (Board Secretary, minutes)"]:
    d.add_paragraph(a, style="List Bullet")
d.add_paragraph("Apologies: Dr Farid Haddad (Clinical Lead, Harfield), who sent a written update on Harfield "
                "staffing, and Rhiannon Pike (Patient Services Manager).")

d.add_heading("Agenda", level=1)
for a in ["Minutes of the last meeting and matters arising", "Flu vaccination campaign",
          "Telephone access and the new phone system", "Kingsway refurbishment",
          "Staffing and agency spend", "Any other business"]:
    d.add_paragraph(a, style="List Number")

d.add_heading("1. Minutes of the last meeting", level=1)
d.add_paragraph("The minutes of 9 September 2027 were approved without changes. The one open action, the "
                "review of the sharps bin contract, was completed by Marcus: the new contract with CleanStream "
                "starts on 1 November at the same price.")

d.add_heading("2. Flu vaccination campaign", level=1)
d.add_paragraph("Siobhan reported that 6,240 patients have been vaccinated so far against a target of 11,500 "
                "for the season, which is 54% of the target. Eastgate, Harfield and Kingsway are on track. "
                "Millbrook is behind at 41% of its target, because its second vaccine delivery arrived ten days "
                "late after a supplier problem and two Saturday clinics had to be cancelled.")
d.add_paragraph("Siobhan proposed two extra Saturday pop-up clinics at Millbrook, on 23 and 30 October, "
                "run by nurses from Eastgate and Millbrook who have volunteered for the overtime. She also "
                "reported that the district nursing team has 310 housebound patients to vaccinate at home "
                "and has completed 95 visits. Dr Okafor asked that the team prioritise housebound patients "
                "aged over 75 and those in care homes.")

d.add_heading("3. Telephone access and the new phone system", level=1)
d.add_paragraph("Marcus presented the September figures. The average time to answer was 14 minutes against "
                "our target of 5 minutes, and 22% of callers hung up before being answered. Waits are worst "
                "on Monday mornings between 08:00 and 10:00, when around 40% of the week's same-day requests "
                "come in.")
d.add_paragraph("Grace explained that Kingsway moved two receptionists from the front desk to the phones "
                "between 08:00 and 10:00 on weekdays from 13 September, and Kingsway's average wait fell from "
                "13 minutes to 6 minutes with no increase in complaints at the desk.")
d.add_paragraph("Daniel presented two options to replace the current phone system, whose contract ends on "
                "31 March 2028. CallSphere costs £38,000 to install plus £1,900 a month and offers a call-back "
                "feature, so patients keep their place in the queue without staying on the line, and tells "
                "callers their position in the queue. Upgrading the current TeleNet system costs £12,000 with "
                "no change to the monthly fee, but has no call-back feature. Daniel recommended CallSphere.")
d.add_paragraph("Tom said that the £38,000 could not be found in this year's budget, but could be funded "
                "from the 2028/29 capital budget if installation waits until April 2028, when the current "
                "contract ends anyway. Dr Okafor said that a call-back feature is the single change most "
                "likely to reduce complaints, since more than half of last quarter's complaints were about "
                "getting through on the phone.")

d.add_heading("4. Kingsway refurbishment", level=1)
d.add_paragraph("Grace presented the plan to refurbish Kingsway's two treatment rooms, which no longer meet "
                "infection control standards because of damaged flooring and wooden cupboards. The works will "
                "take six weeks from 10 January 2028 and cost £86,000, within the capital budget already "
                "approved for 2027/28. During the works, Kingsway's nurse appointments will move to Eastgate, "
                "2.5 miles away. GP appointments stay at Kingsway.")
d.add_paragraph("Siobhan raised a concern that older patients may struggle to travel to Eastgate. Grace "
                "proposed that patients who cannot travel are offered a home visit by an HCA for blood tests "
                "and dressings.")

d.add_heading("5. Staffing and agency spend", level=1)
d.add_paragraph("Tom reported agency staff spend of £41,000 in the July to September quarter, against a budget "
                "of £25,000. Most of the overspend is agency nurse cover at Harfield, which has had two practice "
                "nurse vacancies since June. Priya said that two rounds of advertising had attracted only three "
                "applicants and proposed a refer-a-friend bonus for nurses, as other local employers already "
                "offer one.")
d.add_paragraph("Dr Haddad's written update asked for a third HCA at Harfield. The Board agreed that the nurse "
                "vacancies must be filled first and that the HCA request would be looked at again in January.")

d.add_heading("Decisions", level=1)
for t in ["Two extra Saturday flu clinics will be held at Millbrook on 23 and 30 October 2027.",
          "CallSphere is chosen as the new phone system, to be installed in April 2028 and funded from the "
          "2028/29 capital budget. The contract is signed only after the capital budget is approved in February.",
          "From 1 November, all four clinics move two receptionists to the phones from 08:00 to 10:00 on "
          "weekdays, as Kingsway has done.",
          "The Kingsway refurbishment goes ahead from 10 January 2028 at a cost of £86,000.",
          "A refer-a-friend bonus of £1,000 is introduced for nurses, paid once the person referred has completed "
          "six months with Meridian.",
          "The request for a third HCA at Harfield is deferred to the January meeting."]:
    d.add_paragraph(t, style="List Bullet")

d.add_heading("Action items", level=1)
t = d.add_table(rows=1, cols=3)
t.style = "Table Grid"
for c, h in zip(t.rows[0].cells, ["Action", "Owner", "Due"]):
    c.text = h
rows = [
    ("Staff and publicise the Millbrook Saturday flu clinics", "Siobhan Reilly", "19 October 2027"),
    ("Get a final CallSphere quote fixed until April 2028", "Daniel Marsh", "4 November 2027"),
    ("Add the phone system to the 2028/29 capital budget bid", "Tom Adeyemi", "30 November 2027"),
    ("Roll out the 08:00–10:00 phone cover at all clinics", "Marcus Bell", "1 November 2027"),
    ("Write to Kingsway nurse patients about the move to Eastgate", "Grace Lindqvist", "1 December 2027"),
    ("Launch the nurse refer-a-friend scheme", "Priya Natarajan", "15 November 2027"),
    ("Report flu vaccination progress by clinic", "Siobhan Reilly", "11 November 2027"),
]
for r in rows:
    for c, v in zip(t.add_row().cells, r):
        c.text = v

d.add_heading("Any other business", level=1)
d.add_paragraph("Marcus confirmed the Christmas opening: all clinics are closed on 25 and 26 December and on "
                "1 January. Eastgate opens from 09:00 to 13:00 on 27 December and 31 December for urgent "
                "appointments only; the other clinics are open as normal on the remaining weekdays.")
d.add_paragraph("Priya reported that the staff survey closes on 29 October; the response rate is 48% so far and "
                "she asked managers to give staff 15 minutes of work time to complete it.")

d.add_heading("Next meeting", level=1)
d.add_paragraph("The next Clinical Operations Board meeting is on Thursday 11 November 2027 at 13:30 at Eastgate.")

d.save(HERE / "docs" / "ops-board-minutes-2027-10-14.docx")
