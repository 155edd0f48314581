"""Builds docs/practice-managers-meeting-minutes-2027-10-12.docx with python-docx, as quayside's make_docx.py does
(adapted from brightwater's, ashcombe's and fernhill's): headings, a Present list, apologies, a numbered agenda,
discussion paragraphs, a Decisions list and an action table (Action, Owner, Due)."""
from pathlib import Path
HERE = Path(__file__).resolve().parents[1]  # tests/data/pinecrest
from docx import Document

d = Document()
d.add_heading("Practice Managers' Meeting — Minutes", level=0)
d.add_paragraph("Pinecrest Veterinary Group Ltd. Monthly practice managers' meeting held on Tuesday 12 October 2027, "
                "13:30–15:40, in the first-floor meeting room at Pinecrest Vets. Chair: Fiona Blackwood, Group "
                "Practice Director. Minutes: Lily Chen, Administration Assistant. These minutes are a draft until "
                "they are agreed at the next meeting.")

d.add_heading("Present", level=1)
for a in ["Fiona Blackwood (Group Practice Director, chair)",
          "Rowan Achterberg (Clinical Director)",
          "Priya Nandakumar (Practice Manager, Pinecrest Vets)",
          "Callum Reid (Practice Manager, Alder Bank Surgery)",
          "Bethan Howells (Head Nurse)",
          "Tomas Novak (HR and Finance Manager)",
          "Jade Okafor (Client Care Lead)",
          "Greg Tanner (Safety Lead and Radiation Protection Supervisor)",
          "Mo Abbasi (Animal Care Assistant and staff forum representative)"]:
    d.add_paragraph(a, style="List Bullet")
d.add_paragraph("In attendance: Lily Chen (minutes) and Dr Anika Sorensen (exotics vet, for item 4).")
d.add_paragraph("Apologies: Dr Sunil Mehta (Lead Vet, Alder Bank Surgery), who is on annual leave and sent a written "
                "report for item 5, and Karen Doyle (Pharmacy and Stock Controller), who was consulting cover.")

d.add_heading("Agenda", level=1)
for a in ["Minutes of the last meeting (14 September 2027) and matters arising",
          "Clinical governance and safety", "Activity and finance for September",
          "Client fees and bookings", "Alder Bank Surgery opening hours", "Staffing and pay",
          "Any other business"]:
    d.add_paragraph(a, style="List Number")

d.add_heading("1. Minutes of the last meeting and matters arising", level=1)
d.add_paragraph("The minutes of 14 September 2027 were agreed. Matters arising: the new dental X-ray unit at "
                "Pinecrest Vets was installed on 20 September and passed its critical examination on 27 September. "
                "The replacement autoclave for Alder Bank Surgery has been delivered and will be commissioned on "
                "19 October; until then, Alder Bank instrument kits continue to be sterilised at Pinecrest Vets.")

d.add_heading("2. Clinical governance and safety", level=1)
d.add_paragraph("Greg Tanner presented the safety report for September. There were 4 accidents to staff, none of "
                "them reportable: two cat scratches needing first aid, one needlestick injury from a used needle "
                "left on a consulting table at Alder Bank Surgery, and a nurse who strained her shoulder lifting a "
                "sedated Great Dane without the hoist. Staff reported 7 near misses, against 5 in August. Greg "
                "reminded everyone that the hoist must be used for any dog over 25 kg.")
d.add_paragraph("On Friday 24 September the weekly controlled drugs count at Pinecrest Vets found that the running "
                "balance for methadone in the register was 2 ml higher than the stock in the cabinet. Rowan "
                "Achterberg investigated: the difference was a dose given during an out-of-hours emergency on "
                "19 September that had been recorded on the anaesthetic chart but not in the register. No drug was "
                "missing, but because the gap went unnoticed for five days the meeting agreed that from Monday "
                "1 November 2027 controlled drugs at Pinecrest Vets will be counted every day, at the end of the "
                "evening consultations, by a vet and a Registered Veterinary Nurse. Alder Bank Surgery, which holds "
                "far smaller stocks, stays on the weekly count on Fridays. Greg will update the Clinical and Safety "
                "Procedures.")
d.add_paragraph("The fire drill at Alder Bank Surgery on 30 September emptied the building in 2 minutes 40 seconds, "
                "within the target of 3 minutes. Bethan Howells reported that 3 nurses are still to complete their "
                "annual radiation safety refresher, which is due by 31 October.")

d.add_heading("3. Activity and finance for September", level=1)
d.add_paragraph("Tomas Novak presented the September figures. The group saw 2,870 consultations, 1,960 at "
                "Pinecrest Vets and 910 at Alder Bank Surgery, and carried out 212 operations, 9% more than in "
                "September 2026. Turnover was £318,000, 4% above budget. Unpaid accounts older than 60 days stood at "
                "£14,600, down from £17,200 in August; 6 accounts were passed to Hollinford Credit Services.")
d.add_paragraph("The Pet Health Club had 1,408 members at the end of September, up 52 in the month. Drug costs rose "
                "by about 6% in the quarter, mostly vaccines and parasite treatments. The meeting agreed that the "
                "monthly Pet Health Club fee for dogs will go up from £17.50 to £18.95 from 1 January 2028; the fees "
                "for cats and for rabbits do not change. Existing members will be told by email at least 30 days "
                "before their first payment at the new price.")

d.add_heading("4. Client fees and bookings", level=1)
d.add_paragraph("Jade Okafor reported that 164 appointments were missed in September without notice, 5.7% of all "
                "bookings, against 4.1% a year ago, and that Monday mornings and Saturday mornings were the worst. "
                "Since version 3 of the Client Fees, Deposits and Payment Policy came in on 1 August, the £25 fee has "
                "been charged 61 times and waived as a first miss 88 times. Jade proposed raising the missed "
                "appointment fee for consultations to £35. The meeting agreed that the missed appointment fee for a "
                "consultation will go up from £25 to £35 from 1 January 2028. The first missed consultation or "
                "nurse clinic in any 12 months will still not be charged, and the nurse clinic fee stays at £10. "
                "Text reminders will now be sent 48 hours before every appointment as well as 24 hours before. "
                "Priya will issue version 3.1 of the policy.")
d.add_paragraph("Callum Reid proposed that Alder Bank Surgery stop taking cash and take card payments only, because "
                "the cash has to be driven to the bank in town twice a week. Several members said that some older "
                "clients still pay in cash. The meeting did not agree: both practices will keep taking cash, and "
                "the question will be looked at again in April 2028.")
d.add_paragraph("Dr Anika Sorensen reported that the exotics clinic at Pinecrest Vets is fully booked three weeks "
                "ahead, mostly with reptiles. She asked whether a second exotics clinic could be held at Alder Bank "
                "Surgery on Thursday afternoons. The meeting asked her and Callum to bring a proposal, with the cost "
                "of the heated kennels needed, to the December meeting; until then reptiles and birds are still seen "
                "only at Pinecrest Vets.")

d.add_heading("5. Alder Bank Surgery opening hours", level=1)
d.add_paragraph("Callum presented Dr Mehta's report. Saturday morning appointments at Alder Bank Surgery are full by "
                "Thursday most weeks, and clients are being sent to Pinecrest Vets, which is busy itself. The meeting "
                "agreed that from Saturday 6 November 2027 Alder Bank Surgery will open on Saturdays from 09:00 to "
                "15:00, instead of 09:00 to 12:30. The Saturday shift at Alder Bank becomes 08:45 to 15:30 for the "
                "staff rostered. Weekday hours and Sunday closing do not change. Jade will update the website and "
                "the client FAQ.")

d.add_heading("6. Staffing and pay", level=1)
d.add_paragraph("Tomas reported 5 vacancies: 2 Registered Veterinary Nurses, 1 vet at Alder Bank Surgery, 1 Client "
                "Care Advisor and 1 Animal Care Assistant. The out-of-hours rota is the hardest to cover; locum cover "
                "for on-call nights cost £6,800 in September.")
d.add_paragraph("Rowan proposed raising the on-call allowance for vets to make the rota more attractive to the "
                "current team. The meeting agreed that the on-call allowance for a weekday night will go up from £40 "
                "to £55 from Wednesday 1 December 2027. The allowance for a Saturday or Sunday night stays at £75, and "
                "hours worked when called in are still paid at time and a half. Tomas will update the Staff Handbook "
                "and tell payroll.")
d.add_paragraph("Mo Abbasi said that staff at Alder Bank Surgery would like the £3 drinks allowance replaced by a "
                "staff kitchen, as there is space in the old records room. Callum will get quotes and report back in "
                "November; for now the allowance does not change. Bethan asked whether the CPD allowance for "
                "Registered Veterinary Nurses could rise from £600 to £800; this was deferred to the budget meeting "
                "in January.")

d.add_heading("7. Any other business", level=1)
d.add_paragraph("Mo reminded everyone that the staff Christmas party will be held at the Hollinford Mill Hotel on "
                "Saturday 15 January 2028, after the busy season. Fiona reported that Pinecrest Vets has been "
                "accredited again under the RCVS Practice Standards Scheme for another four years.")

d.add_heading("Decisions", level=1)
for t in ["From 1 November 2027 controlled drugs at Pinecrest Vets are counted every day by a vet and an RVN; "
          "Alder Bank Surgery keeps the weekly count on Fridays.",
          "The monthly Pet Health Club fee for dogs rises from £17.50 to £18.95 from 1 January 2028; cat and rabbit "
          "fees do not change.",
          "The missed appointment fee for a consultation rises from £25 to £35 from 1 January 2028; the first miss "
          "in 12 months is still free and the nurse clinic fee stays at £10.",
          "Both practices keep taking cash; Alder Bank Surgery will not go card only.",
          "From 6 November 2027 Alder Bank Surgery opens on Saturdays from 09:00 to 15:00.",
          "The on-call allowance for a weekday night rises from £40 to £55 from 1 December 2027; the weekend "
          "allowance stays at £75."]:
    d.add_paragraph(t, style="List Bullet")

d.add_heading("Action items", level=1)
t = d.add_table(rows=1, cols=3)
t.style = "Table Grid"
for c, h in zip(t.rows[0].cells, ["Action", "Owner", "Due"]):
    c.text = h
rows = [
    ("Update the Clinical and Safety Procedures for the daily controlled drugs count", "Greg Tanner", "29 October 2027"),
    ("Tell Pet Health Club dog members about the new monthly fee", "Jade Okafor", "30 November 2027"),
    ("Issue version 3.1 of the Client Fees, Deposits and Payment Policy", "Priya Nandakumar", "1 December 2027"),
    ("Set up 48-hour text reminders in PawTrack", "Jade Okafor", "1 November 2027"),
    ("Update the website and the client FAQ for Alder Bank Saturday hours", "Jade Okafor", "29 October 2027"),
    ("Update the Staff Handbook and tell payroll about the on-call allowance", "Tomas Novak", "15 November 2027"),
    ("Quotes for a staff kitchen at Alder Bank Surgery", "Callum Reid", "9 November 2027"),
    ("Proposal for an exotics clinic at Alder Bank Surgery", "Anika Sorensen and Callum Reid", "14 December 2027"),
]
for r in rows:
    for c, v in zip(t.add_row().cells, r):
        c.text = v

d.add_heading("Next meeting", level=1)
d.add_paragraph("The next practice managers' meeting is on Tuesday 9 November 2027 at 13:30 in the staff room at "
                "Alder Bank Surgery.")

d.save(HERE / "docs" / "practice-managers-meeting-minutes-2027-10-12.docx")
