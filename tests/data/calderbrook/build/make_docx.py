"""Builds docs/board-meeting-minutes-2037-03-11.docx with python-docx, as fellgate's make_docx.py does (itself
ellerby's, tarnbeck's, stainforth's, coldharbour's, ferncombe's, hartwell's, ashgrove's and earlier sets'): headings,
a Present list, apologies, a numbered agenda, the Chief Executive's and Music Director's reports, discussion
paragraphs, a Decisions list and an action table (Action, Owner, Due)."""
from pathlib import Path
HERE = Path(__file__).resolve().parents[1]  # tests/data/calderbrook
from docx import Document

d = Document()
d.add_heading("Board of Trustees — Minutes", level=0)
d.add_paragraph("Calderbrook Sinfonia, registered charity no. 1187402. Meeting of the Board of Trustees held on "
                "Wednesday 11 March 2037, 17:30–20:15, in the Wagtail Room at the Calderbrook Hall, 14 Weavers Row, "
                "Calderbrook. Chair: Beatrix Honeyford. Minutes: Rosamund Petrakis, Clerk to the Trustees. These "
                "minutes stay in draft until they are agreed at the next meeting.")

d.add_heading("Present", level=1)
for a in ["Beatrix Honeyford (Chair)",
          "Nasreen Qadir (Vice-Chair)",
          "Dr Marcus Raine (Treasurer)",
          "Professor Hugh Haverstock",
          "Elspeth Garroway",
          "Theo Strathearn (Players' Trustee; Principal Horn)"]:
    d.add_paragraph(a, style="List Bullet")
d.add_paragraph("In attendance: Leopold Vantongeren (Chief Executive), Ilaria Voskuijlen (Music Director), Gideon "
                "Pellowe (Finance Director), Lorcan Dalloway (Box Office and Front of House Manager, for items 5 to "
                "7), Ruaraidh Moncur (Stage and Touring Manager, for item 8) and Rosamund Petrakis (Clerk, "
                "minutes).")
d.add_paragraph("Apologies: Dorcas Fenwright (trustee), who is at a charity law conference in Brimley, "
                "and Henrietta Quaife (Head of Development), on annual leave, whose Friends' figures for item 5 "
                "were presented by Lorcan Dalloway.")

d.add_heading("Agenda", level=1)
for a in ["Minutes of the last meeting (10 December 2036) and matters arising",
          "Chief Executive's report", "Music Director's report", "Players' pay: the doubling fee",
          "Friends' scheme prices", "Box office phone line hours", "Under-26 ticket prices",
          "Stage safety: lifting on get-ins", "Acoustic canopy and the Youth Sinfonia residential",
          "Any other business"]:
    d.add_paragraph(a, style="List Number")

d.add_heading("1. Minutes of the last meeting and matters arising", level=1)
d.add_paragraph("The minutes of 10 December 2036 were agreed. Matters arising: the new hearing loop in the circle of "
                "the Calderbrook Hall was finished on Thursday 22 January 2037, and version 6 of the Tickets, "
                "Friends and Group Bookings Guide has applied since 1 June 2036.")

d.add_heading("2. Chief Executive's report", level=1)
d.add_paragraph("Leopold Vantongeren reported that, to the end of February, Hall Series concerts in the 2036-37 "
                "season averaged 1,012 of the hall's 1,240 seats, 82%. Late Lights sold 94% of its seats, Family "
                "Matinees 88% and the Minster Series 71%. 9,140 under-26 tickets had been sold, against 7,480 at the "
                "same point last season.")
d.add_paragraph("Gideon Pellowe added that income for the season is forecast at £6.42 million, against a budget of "
                "£6.30 million, with a forecast surplus of £48,000. Touring costs were £312,000 against a budget of "
                "£290,000, mostly because of two extra overnight stays on the Ousemouth Pavilion dates in November. "
                "The Friends' scheme has 2,860 members, against 2,610 a year ago, and Gift Aid on Friends' "
                "subscriptions and donations brought in £71,500 in 2036.")

d.add_heading("3. Music Director's report", level=1)
d.add_paragraph("Ilaria Voskuijlen reported that auditions for Principal Oboe were held on 2 and 3 February 2037, "
                "and that Nadia Lindholm starts a trial on Wednesday 1 April 2037. The sub-principal viola post will "
                "be advertised again after no appointment was made. The 2037-38 season has 24 Hall Series "
                "programmes, 6 Late Lights and a Mahler cycle with Kojo Ofori, Principal Guest Conductor. She "
                "said that 12 players had new moulded ear plugs this season, and that noise readings behind the "
                "trumpets at Late Lights had reached 96 dB(A), so the stage crew will use the acoustic screens at "
                "every Late Lights concert from April. The Youth Sinfonia now has 78 members.")

d.add_heading("4. Players' pay: the doubling fee", level=1)
d.add_paragraph("Theo Strathearn reported, for the Players' Committee, that the doubling fee had not changed since 2031 "
                "and that 23 players had doubled at least once this season, some on three instruments in one "
                "concert. Extras who double had turned down 9 dates because of the fee.")
d.add_paragraph("The Board agreed that from Monday 6 April 2037 the doubling fee for a concert goes up from £32 to "
                "£38. The £20 for a rehearsal session does not change, and nor does the £16 for each further "
                "instrument. Philippa Grundy, HR Manager, will update the Players and Staff Handbook and the pay "
                "codes in StandPlan.")

d.add_heading("5. Friends' scheme prices", level=1)
d.add_paragraph("Lorcan Dalloway reported that the Friend grade had cost £45 since 2032 while the cost of priority "
                "booking mailings had risen by a third. The Board agreed that from Monday 1 June 2037, when booking "
                "opens for the 2037-38 season, the Friend grade costs £50 a year instead of £45. The Young Friend "
                "grade stays at £15 a year, and the other grades do not change. Lorcan Dalloway will update Ovation "
                "and issue version 7 of the Tickets, Friends and Group Bookings Guide.")

d.add_heading("6. Box office phone line hours", level=1)
d.add_paragraph("Lorcan Dalloway reported that the box office phone line took 18,600 calls between September and "
                "February, and that 2,140 callers had rung after it closed at 17:00 on a weekday. The Board agreed "
                "that from Monday 20 April 2037 the phone line stays open until 18:00 on weekdays during the "
                "concert season, instead of 17:00. It still opens at 10:00, the Saturday hours of 10:00 to 14:00 do "
                "not change, and the summer hours stay as they are. Lorcan Dalloway will update the audience help "
                "pages.")

d.add_heading("7. Under-26 ticket prices", level=1)
d.add_paragraph("Gideon Pellowe proposed a single under-26 price of £12 in every band of the Hall Series, which "
                "would raise about £21,000 a year. Nasreen Qadir and Theo Strathearn said that the £6 and £8 seats are "
                "how most students first come to the orchestra, and that under-26 sales were rising fast at the "
                "present prices. The Board did not agree: under-26 prices stay as they are in every band.")

d.add_heading("8. Stage safety: lifting on get-ins", level=1)
d.add_paragraph("Ruaraidh Moncur reported 3 back injuries among stage crew in 2036, 2 of them on get-ins at the "
                "Ousemouth Pavilion, where the dock is up a ramp. The Board agreed that from Monday 4 May 2037 no "
                "one may lift a load of more than 20 kg on their own, instead of 25 kg. The list of items that are "
                "always moved by two people does not change, and concert grand pianos are still moved only by the "
                "piano movers. Ruaraidh Moncur will update procedure ST-04 and buy two more flight-case trolleys "
                "at about £2,400.")

d.add_heading("9. Acoustic canopy and the Youth Sinfonia residential", level=1)
d.add_paragraph("Leopold Vantongeren presented Ingeborg Talbot's proposal for an adjustable acoustic canopy over the "
                "platform of the Calderbrook Hall, at about £140,000. The Board asked for the acoustician's report "
                "first, so the proposal was deferred to the June meeting on Wednesday 10 June 2037.")
d.add_paragraph("Amara Tregellas's proposal for a week-long Youth Sinfonia summer residential course at Heskin Grange, "
                "at about £36,000, was presented by Leopold Vantongeren. The Hester Ramsgill Foundation may pay up to "
                "50% of the cost, and its decision is expected in July. The proposal was deferred to the September "
                "meeting on Wednesday 16 September 2037.")

d.add_heading("10. Any other business", level=1)
d.add_paragraph("The Youth Sinfonia's spring concert is on Sunday 26 April 2037 at 15:00 in the Calderbrook Hall, "
                "and the orchestra plays at the Ousemouth Pavilion on Thursday 14 and Saturday 16 May 2037. "
                "Trustees were reminded to return their declarations of interest by 31 March 2037.")

d.add_heading("Decisions", level=1)
for t in ["From Monday 6 April 2037 the doubling fee for a concert goes up from £32 to £38; the £20 for a "
          "rehearsal session does not change.",
          "From Monday 1 June 2037 the Friend grade costs £50 a year instead of £45; the Young Friend grade stays "
          "at £15.",
          "From Monday 20 April 2037 the box office phone line stays open until 18:00 on weekdays in the concert "
          "season, instead of 17:00.",
          "From Monday 4 May 2037 no one may lift more than 20 kg on their own, instead of 25 kg.",
          "Under-26 prices stay as they are; the proposal for a single under-26 price of £12 was not agreed.",
          "Deferred: the acoustic canopy for the Calderbrook Hall (June meeting, 10 June 2037) and the Youth "
          "Sinfonia residential at Heskin Grange (September meeting, 16 September 2037)."]:
    d.add_paragraph(t, style="List Bullet")

d.add_heading("Action items", level=1)
t = d.add_table(rows=1, cols=3)
t.style = "Table Grid"
for c, h in zip(t.rows[0].cells, ["Action", "Owner", "Due"]):
    c.text = h
rows = [
    ("Update the Players and Staff Handbook and StandPlan pay codes for the £38 doubling fee", "Philippa Grundy", "27 March 2037"),
    ("Change the Friend grade price in Ovation and issue version 7 of the guide", "Lorcan Dalloway", "15 May 2037"),
    ("Update the audience help pages for the new phone line hours", "Lorcan Dalloway", "10 April 2037"),
    ("Update procedure ST-04 for the 20 kg limit and brief all stage crew", "Ruaraidh Moncur", "24 April 2037"),
    ("Buy two more flight-case trolleys", "Ruaraidh Moncur", "24 April 2037"),
    ("Bring the acoustician's report on the canopy", "Ingeborg Talbot", "29 May 2037"),
    ("Apply to the Hester Ramsgill Foundation for the residential course", "Amara Tregellas", "17 April 2037"),
]
for r in rows:
    for c, v in zip(t.add_row().cells, r):
        c.text = v

d.add_heading("Next meeting", level=1)
d.add_paragraph("The next meeting of the Board of Trustees is on Wednesday 10 June 2037 at 17:30 in the Wagtail Room "
                "at the Calderbrook Hall.")

d.save(HERE / "docs" / "board-meeting-minutes-2037-03-11.docx")
