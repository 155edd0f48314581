"""Builds docs/residences-committee-minutes-2035-03-11.docx with python-docx, as fellgate's make_docx.py does (itself
ellerby's, tarnbeck's, stainforth's, coldharbour's, ferncombe's, hartwell's, ashgrove's and earlier sets'): headings,
a Present list, apologies, a numbered agenda, discussion paragraphs, a Decisions list and an action table (Action,
Owner, Due)."""
from pathlib import Path
HERE = Path(__file__).resolve().parents[1]  # tests/data/kirkby
from docx import Document

d = Document()
d.add_heading("Residences Committee — Minutes", level=0)
d.add_paragraph("Kirkby Halls Ltd. Meeting of the Residences Committee held on Sunday 11 March 2035, 14:00–16:40, "
                "in the common room at Ostler House, Marrowgate, moved from its usual Monday because of the "
                "University's open day on Monday 12 March. Chair: Perpetua Whitlock. Minutes: Ottilie Branscombe, "
                "Committee Secretary. These minutes stay in draft until they are agreed at the next meeting.")

d.add_heading("Present", level=1)
for a in ["Perpetua Whitlock (Chair; Managing Director)",
          "Oswin Tregarthen (Director of Residences)",
          "Leopold Nyamweya (Finance Manager)",
          "Clemency Arkwright (Head of Resident Services)",
          "Dafydd Szabo (Head of Facilities)",
          "Magnus Ferriday (Fire and Safety Manager)",
          "Tamsin Achebe (Residence Life Manager)",
          "Ottilie Branscombe (Committee Secretary, minutes)"]:
    d.add_paragraph(a, style="List Bullet")
d.add_paragraph("In attendance: Kwame Pettigrew (Students' Union Housing Officer, for items 4, 6 and 7) and "
                "Collette Barraclough (Senior Night Porter, Tenterfield Village, for items 4 and 5).")
d.add_paragraph("Apologies: Juniper Halloran (Head of People), on annual leave, whose report for item 3 was "
                "presented by Tamsin Achebe, and Agnieszka Thorne (Housekeeping Manager), at a supplier's training "
                "day in Tessford, whose laundry figures for item 6 were presented by Dafydd Szabo.")

d.add_heading("Agenda", level=1)
for a in ["Minutes of the last meeting (11 December 2034) and matters arising",
          "Occupancy and finance for 2034/35", "Warden on-call allowance", "Lock-out charges",
          "Fire alarms and the investigation period", "Laundry at Tenterfield Village",
          "Overnight guest charge proposal", "Ostler House heating and Beckside Court smart locks",
          "Any other business"]:
    d.add_paragraph(a, style="List Number")

d.add_heading("1. Minutes of the last meeting and matters arising", level=1)
d.add_paragraph("The minutes of 11 December 2034 were agreed. Matters arising: the new covered bike store for Block 9 "
                "at Tenterfield Village opened on Monday 19 February 2035, and version 7 of the Resident Licence and "
                "Fees Guide has applied since 23 September 2034. Clemency Arkwright reported that 1,486 rooms had "
                "been booked for 2035/36 by 28 February 2035, against 1,302 at the same point last year.")

d.add_heading("2. Occupancy and finance for 2034/35", level=1)
d.add_paragraph("Leopold Nyamweya reported that 2,071 of the 2,140 rooms were occupied at the autumn census, 96.8%. "
                "Quarrybank Studios was full, and Ostler House had 273 of its 300 rooms let, 91%. Income for "
                "2034/35 is forecast at £14.62 million, against a budget of £14.35 million. Maintenance costs are "
                "forecast at £1.38 million, against a budget of £1.21 million, mostly because of the boiler failure "
                "in Block E at Beckside Court in January. FixTrack logged 7,940 repair requests in the autumn and "
                "spring terms, and 94% of emergency repairs were attended within 1 hour.")

d.add_heading("3. Warden on-call allowance", level=1)
d.add_paragraph("Tamsin Achebe reported that wardens were called out 412 times in the autumn term, 61% of them on "
                "weeknights, and that 3 of the 14 warden posts are vacant after two wardens resigned in January, "
                "both giving the weeknight on-call rate as a reason.")
d.add_paragraph("The committee agreed that from Monday 2 April 2035 the warden on-call allowance for a weeknight goes "
                "up from £25 to £30. The £40 for a Friday or Saturday night or a bank holiday night does not change, "
                "and nor does the Residence Life Assistants' on-call allowance of £15 a night. Juniper Halloran will "
                "update the Residence Staff Handbook and the pay codes in DutyBoard, and advertise the three vacant "
                "warden posts by Friday 23 March 2035.")

d.add_heading("4. Lock-out charges", level=1)
d.add_paragraph("Kwame Pettigrew reported 1,164 lock-outs in the autumn term, 702 of them out of hours, and said that "
                "in the Students' Union's housing survey 58% of residents called the out-of-hours charge unfair. "
                "Collette Barraclough said that most night lock-outs take a porter less than ten minutes, and that "
                "residents sometimes wait outside in the cold rather than pay.")
d.add_paragraph("The committee agreed that from Monday 23 April 2035, the first day of the summer term, the charge for "
                "a lock-out out of hours goes down from £25 to £15. The £10 charge for a lock-out in reception hours "
                "does not change, and the first lock-out in each term is still free. Clemency Arkwright will change "
                "the charge in HallPass and issue version 8 of the Resident Licence and Fees Guide.")

d.add_heading("5. Fire alarms and the investigation period", level=1)
d.add_paragraph("Magnus Ferriday reported 214 fire alarm activations since September: 163 from a single detector, "
                "131 of them caused by cooking, and 9 full evacuations. Tessvale Fire and Rescue Service attended 17 "
                "times, and false alarm charges of £120 were issued to 46 residents. No one was hurt.")
d.add_paragraph("He said that Tessvale Fire and Rescue Service had asked for single-detector alarms to be checked "
                "more quickly, so that a real fire is reported sooner. The committee agreed that from Monday 7 May "
                "2035 the night porter or duty staff have 3 minutes, instead of 5, to investigate a single-detector "
                "alarm before the fire service is called. A call point or two or more detectors still brings a call "
                "to the fire service at once. Magnus Ferriday will update procedure FS-02 and the panel timers, and "
                "brief every night porter by Monday 30 April 2035.")

d.add_heading("6. Laundry at Tenterfield Village", level=1)
d.add_paragraph("Dafydd Szabo presented Agnieszka Thorne's figures: 38,600 washes were paid for with SpinCard at "
                "Tenterfield Village in the autumn term, 27% of them started after 21:00, and residents queue for "
                "machines late in the evening. Kwame Pettigrew said residents with evening lectures and shifts find "
                "the 23:00 closing hard.")
d.add_paragraph("The committee agreed that from Monday 16 April 2035 the laundry at Tenterfield Village closes at "
                "01:00 every night, instead of 23:00. Its opening times do not change, and the laundries at "
                "Beckside Court and Ostler House keep their hours. Night porters will add the Village Hub laundry to "
                "their patrol. Clemency Arkwright will update the residents' help centre.")

d.add_heading("7. Overnight guest charge proposal", level=1)
d.add_paragraph("Leopold Nyamweya proposed a charge of £3 a night for each overnight guest, to cover extra cleaning "
                "and security, saying that 5,820 guest nights were signed in through HallPass in the autumn term. "
                "Kwame Pettigrew and Tamsin Achebe said that a charge would put residents off signing guests in, "
                "which matters for roll calls when the fire alarm sounds. The committee did not agree: overnight "
                "guests stay free, and the guest rules do not change.")

d.add_heading("8. Ostler House heating and Beckside Court smart locks", level=1)
d.add_paragraph("Dafydd Szabo proposed air source heat pumps to replace the gas boilers at Ostler House, at about "
                "£340,000. The University's Carbon Fund may pay up to 50% of the cost, and its decision is expected "
                "in May. The proposal was deferred to the June meeting on Monday 11 June 2035.")
d.add_paragraph("Clemency Arkwright proposed smart locks at Beckside Court, opened by phone through HallPass, at "
                "about £128,000. The committee asked for a data protection review and a trial in Block C over the "
                "summer first, so the proposal was deferred to the September meeting on Monday 17 September 2035.")

d.add_heading("9. Any other business", level=1)
d.add_paragraph("Fire marshal training for wardens and Residence Life Assistants is on Wednesday 28 March 2035 at "
                "Beckside Court. The summer term starts on Monday 23 April 2035, and Arrivals Weekend 2035 is "
                "Saturday 22 and Sunday 23 September 2035.")

d.add_heading("Decisions", level=1)
for t in ["From Monday 2 April 2035 the warden on-call allowance for a weeknight goes up from £25 to £30; the £40 "
          "for a Friday or Saturday night does not change.",
          "From Monday 23 April 2035 the out-of-hours lock-out charge goes down from £25 to £15; the £10 charge "
          "in reception hours does not change.",
          "From Monday 7 May 2035 a single-detector fire alarm is investigated for 3 minutes, instead of 5, before "
          "the fire service is called.",
          "From Monday 16 April 2035 the laundry at Tenterfield Village closes at 01:00, instead of 23:00.",
          "Overnight guests stay free; the proposal to charge £3 a night was not agreed.",
          "Deferred: heat pumps for Ostler House (June meeting, 11 June 2035) and smart locks for Beckside Court "
          "(September meeting, 17 September 2035)."]:
    d.add_paragraph(t, style="List Bullet")

d.add_heading("Action items", level=1)
t = d.add_table(rows=1, cols=3)
t.style = "Table Grid"
for c, h in zip(t.rows[0].cells, ["Action", "Owner", "Due"]):
    c.text = h
rows = [
    ("Update the Residence Staff Handbook and DutyBoard pay codes for the £30 weeknight on-call allowance", "Juniper Halloran", "28 March 2035"),
    ("Advertise the three vacant warden posts", "Juniper Halloran", "23 March 2035"),
    ("Change the out-of-hours lock-out charge in HallPass and issue version 8 of the guide", "Clemency Arkwright", "16 April 2035"),
    ("Update FS-02 and the fire panel timers for the 3-minute investigation period", "Magnus Ferriday", "30 April 2035"),
    ("Update the residents' help centre for the new Tenterfield Village laundry hours", "Clemency Arkwright", "6 April 2035"),
    ("Report the Carbon Fund decision on heat pumps for Ostler House", "Dafydd Szabo", "1 June 2035"),
    ("Complete the data protection review for smart locks at Beckside Court", "Clemency Arkwright", "31 July 2035"),
]
for r in rows:
    for c, v in zip(t.add_row().cells, r):
        c.text = v

d.add_heading("Next meeting", level=1)
d.add_paragraph("The next Residences Committee meeting is on Monday 11 June 2035 at 10:00 in the Residences Office, "
                "12 Cloister Row, Marrowgate.")

d.save(HERE / "docs" / "residences-committee-minutes-2035-03-11.docx")
