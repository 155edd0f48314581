"""Builds docs/rd-leadership-minutes-2026-11-17.docx with python-docx, adapted from oakridge's make_docx.py:
headings, a Present list, apologies, a numbered agenda, discussion paragraphs, a Decisions list and an
action table (Action, Owner, Due)."""
from pathlib import Path
HERE = Path(__file__).resolve().parents[1]  # tests/data/kestrel
from docx import Document

d = Document()
d.add_heading("R&D Leadership Team — Minutes", level=0)
d.add_paragraph("Kestrel Biosciences Ltd. Meeting held on Tuesday 17 November 2026, 14:00–16:40, in the Osprey "
                "Room at Kestrel House, Cambridge, with Dundee colleagues joining by video from the Riverside Lab. "
                "Minutes taken by Leah Brandt, R&D Operations Coordinator. Draft until approved at the next meeting.")

d.add_heading("Present", level=1)
for a in ["Dr Miriam Achebe, Chief Scientific Officer (Chair)",
          "Dr Tomasz Wilk, Head of Discovery Biology",
          "Dr Sunita Rao, Head of Protein Sciences",
          "Dr Fergus Lindsay, Head of Dundee Site",
          "Rachel Okafor, Finance Director",
          "Dr Imogen Farrow, Health and Safety Manager"]:
    d.add_paragraph(a, style="List Bullet")
d.add_paragraph("In attendance: Owen Pritchard, Head of IT (for item 5 only), and Leah Brandt (minutes).")
d.add_paragraph("Apologies: Dr Helena Voss, Head of Computational Biology (at the ASHG meeting), and Dr Ben "
                "Adeyemi, Head of Translational Research. Dr Voss sent a written update for item 6.")

d.add_heading("Agenda", level=1)
for a in ["Minutes of the last meeting and matters arising", "Portfolio review: Q3 milestones",
          "Lab capacity and equipment", "Health and safety", "IT and data", "Conferences and travel",
          "People and recruitment", "Any other business"]:
    d.add_paragraph(a, style="List Number")

d.add_heading("1. Minutes of the last meeting", level=1)
d.add_paragraph("The minutes of 20 October 2026 were approved. Matters arising: the Lab Safety Handbook version "
                "3.2 has been published; the replacement autoclave in Dundee was installed on 2 November and has "
                "passed its validation run; the lease extension for the second floor at Kestrel House is still "
                "with the landlord's solicitors.")

d.add_heading("2. Portfolio review: Q3 milestones", level=1)
d.add_paragraph("Miriam reported that 9 of the 12 R&D milestones due by the end of September were met. The three "
                "missed were the KB-217 lead optimisation package, delayed by six weeks by a failed batch of "
                "recombinant protein; the Dundee organoid assay transfer; and the first draft of the KB-104 "
                "pre-clinical data pack. All three now have new dates in the portfolio tracker.")
d.add_paragraph("Tomasz reported that the KB-217 programme has two compounds with the target potency and that "
                "the team expects to nominate a development candidate in March 2027, not January as planned. "
                "Sunita confirmed that protein supply has been stable since the expression protocol was changed "
                "in October, with yields up from 4 mg to 11 mg per litre.")

d.add_heading("3. Lab capacity and equipment", level=1)
d.add_paragraph("Fergus reported that the Dundee tissue culture suite TC3 is booked at 96% of available hours and "
                "that groups are regularly waiting more than a week for a cabinet. He proposed converting the "
                "small store room next to TC3 into a second CL2 room with two biosafety cabinets, at an estimated "
                "cost of £86,000. Imogen said the Biological Safety Committee would need to approve the room "
                "before any CL2 work started.")
d.add_paragraph("Sunita asked for a fourth −80 °C freezer in Cambridge, as the three existing freezers are 92% full "
                "and two of them are more than ten years old. Rachel confirmed that both requests fit within the "
                "2026/27 capital budget of £410,000, of which £235,000 has been committed so far. The group also "
                "discussed the confocal microscope in Cambridge, which is booked at 88% of available hours; a "
                "decision on a second microscope was deferred to the February budget meeting.")

d.add_heading("4. Health and safety", level=1)
d.add_paragraph("Imogen presented the health and safety report for July to October 2026. There were 11 reported "
                "incidents: six small chemical spills, two biological spills in TC1, two cuts from broken glass "
                "and one needlestick injury, which was not with human material. There were no reportable "
                "(RIDDOR) incidents. Lab training compliance is 94% in Cambridge and 89% in Dundee, against a "
                "target of 100%.")
d.add_paragraph("Fergus raised the Dundee out-of-hours rule. Since there is no overnight security in Dundee, lab "
                "work after 19:00 needs a second person in the building and must end by 22:00, and groups with "
                "long time-course experiments find this hard. Rachel reported that a security contract covering "
                "Dundee weekends from 07:00 to 21:00 would cost about £19,000 a year. The team agreed to fund it "
                "from 1 February 2027; weekday evenings in Dundee stay as they are.")
d.add_paragraph("Imogen reminded the team that the handbook's rule that PhD students and visiting scientists never "
                "work out of hours alone will not change when the security contract starts.")

d.add_heading("5. IT and data", level=1)
d.add_paragraph("Owen reported that the move from the old paper notebooks and the SciNote trial to LabLedger, the "
                "new electronic lab notebook, is 70% complete. All Cambridge groups are on LabLedger; Dundee "
                "groups move in January. Paper notebooks will no longer be issued from 1 March 2027, and "
                "existing paper notebooks must be scanned and archived by 30 June 2027.")
d.add_paragraph("Owen also reported that the project shares on the R&D file server are 81% full. He proposed "
                "raising the standard project share quota from 2 TB to 4 TB for the imaging and sequencing "
                "groups only, and moving raw data older than three years to the archive tier, where it can be "
                "restored within two working days.")

d.add_heading("6. Conferences and travel", level=1)
d.add_paragraph("Rachel reported that R&D travel spending for April to October 2026 was £142,000 against a budget "
                "of £155,000. The new Travel and Conference Policy (TP-03 version 6) took effect on 1 October.")
d.add_paragraph("Miriam proposed raising the annual conference budget for each scientist from £1,800 to £2,200 "
                "from 1 January 2027, because registration fees for the main meetings have risen by about a "
                "quarter since 2023. The team agreed. Tomasz asked whether the rule limiting scientists to one "
                "international conference a year could be relaxed; the team agreed to keep it for 2027 and "
                "review it in the autumn. The PhD student budget stays at £1,200.")
d.add_paragraph("In her written update, Helena asked that the computational biology group's attendance at ISMB "
                "2027 be treated as one trip for the purposes of the three-people limit, as four of her team have "
                "accepted abstracts. Miriam agreed to approve four people for ISMB 2027 as an exception.")

d.add_heading("7. People and recruitment", level=1)
d.add_paragraph("Kestrel has 118 employees, 77 of them in R&D: 58 in Cambridge and 19 in Dundee. Three R&D roles "
                "are open: a senior scientist in protein sciences, a lab technician in Dundee and a bioinformatician. "
                "The lab technician role in Dundee has been open since July; Fergus will re-advertise it with the "
                "salary band raised to grade K3. The team approved two new PhD studentships with the University "
                "of Dundee, starting in October 2027.")

d.add_heading("Decisions", level=1)
for t in ["Convert the store room next to TC3 in Dundee into a second CL2 tissue culture room, up to £86,000, "
          "subject to Biological Safety Committee approval.",
          "Buy a fourth −80 °C freezer for Cambridge, up to £14,500.",
          "Fund weekend security at the Dundee site, 07:00 to 21:00, from 1 February 2027.",
          "The annual conference budget for each scientist rises from £1,800 to £2,200 from 1 January 2027; "
          "the one-international-conference rule stays for 2027.",
          "Raise the project share quota to 4 TB for the imaging and sequencing groups.",
          "Approve four people from computational biology to attend ISMB 2027.",
          "Fund two PhD studentships with the University of Dundee from October 2027."]:
    d.add_paragraph(t, style="List Bullet")

d.add_heading("Action items", level=1)
t = d.add_table(rows=1, cols=3)
t.style = "Table Grid"
for c, h in zip(t.rows[0].cells, ["Action", "Owner", "Due"]):
    c.text = h
rows = [
    ("Submit the TC3b room plan to the Biological Safety Committee", "Fergus Lindsay", "8 December 2026"),
    ("Order the fourth −80 °C freezer for Cambridge", "Sunita Rao", "11 December 2026"),
    ("Sign the Dundee weekend security contract", "Rachel Okafor", "15 January 2027"),
    ("Update the Lab Safety Handbook for Dundee weekend working", "Imogen Farrow", "29 January 2027"),
    ("Update TP-03 and Spendline for the £2,200 conference budget", "Rachel Okafor", "18 December 2026"),
    ("Raise the imaging and sequencing share quotas", "Owen Pritchard", "4 December 2026"),
    ("Move Dundee groups to LabLedger", "Owen Pritchard", "29 January 2027"),
    ("Re-advertise the Dundee lab technician role at grade K3", "Fergus Lindsay", "27 November 2026"),
]
for r in rows:
    for c, v in zip(t.add_row().cells, r):
        c.text = v

d.add_heading("Any other business", level=1)
d.add_paragraph("Miriam confirmed that both sites close from 24 December 2026 to 1 January 2027. Anyone who needs "
                "to check cell cultures or freezers during the closure must put their name on the holiday rota by "
                "11 December; the rota needs at least one person on site every second day at each site.")
d.add_paragraph("The team thanked Sunita for organising the Kestrel science day on 5 November, which 96 people "
                "attended.")

d.add_heading("Next meeting", level=1)
d.add_paragraph("The next R&D Leadership Team meeting is on Tuesday 15 December 2026 at 14:00 in the Osprey Room, "
                "with video link to Dundee.")

(HERE / "docs").mkdir(exist_ok=True)
d.save(HERE / "docs" / "rd-leadership-minutes-2026-11-17.docx")
words = sum(len(p.text.split()) for p in d.paragraphs) + sum(len(c.text.split()) for r in t.rows for c in r.cells)
print(words, "words")
