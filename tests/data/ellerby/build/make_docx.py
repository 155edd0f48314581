"""Builds docs/quality-committee-minutes-2032-09-15.docx with python-docx, as tarnbeck's make_docx.py does (itself
stainforth's, coldharbour's, ferncombe's, hartwell's, ashgrove's and earlier sets'): headings, a Present list,
apologies, a numbered agenda, discussion paragraphs, a Decisions list and an action table (Action, Owner, Due)."""
from pathlib import Path
HERE = Path(__file__).resolve().parents[1]  # tests/data/ellerby
from docx import Document

d = Document()
d.add_heading("Quality and Operations Committee — Minutes", level=0)
d.add_paragraph("Ellerby Care Ltd. Meeting of the Quality and Operations Committee held on Wednesday 15 September "
                "2032, 10:00–13:15, in the training room at Larkfield House, Ellerby. Chair: Rosalind Achterberg. "
                "Minutes: Imogen Fairweather, HR Manager. These minutes stay in draft until they are agreed at the "
                "next meeting.")

d.add_heading("Present", level=1)
for a in ["Rosalind Achterberg (Chair; Managing Director)",
          "Gareth Penhallow (Operations Director)",
          "Temitope Aldous (Quality Lead)",
          "Conrad Makepeace (Finance Manager)",
          "Bernadette Quayle (Home Manager, Larkfield House)",
          "Oskar Lindgren (Home Manager, Beckside Lodge)",
          "Imogen Fairweather (HR Manager, minutes)"]:
    d.add_paragraph(a, style="List Bullet")
d.add_paragraph("In attendance: Harriet Oduya (Family Liaison Manager, for items 5 and 6) and Dafydd Trelawney "
                "(Maintenance Technician, for item 8).")
d.add_paragraph("Apologies: Fenella Drury (Home Manager, The Willows), at a safeguarding course in Wensholm, whose "
                "report for item 2 was presented by Gareth Penhallow, and Marisol Eckersley (Clinical Lead, "
                "Larkfield House), on annual leave, whose medicines figures for item 4 were presented by Temitope "
                "Aldous.")

d.add_heading("Agenda", level=1)
for a in ["Minutes of the last meeting (14 July 2032) and matters arising",
          "Occupancy and finance", "Staffing and the short-notice shift bonus", "Falls and medicines",
          "Guest meals and extra charges", "Visiting at Beckside Lodge", "Wifi in residents' rooms",
          "Minibus and acoustic monitoring", "Any other business"]:
    d.add_paragraph(a, style="List Number")

d.add_heading("1. Minutes of the last meeting and matters arising", level=1)
d.add_paragraph("The minutes of 14 July 2032 were agreed. Matters arising: 64% of families now use CareNest Family, "
                "against 38% a year ago, and the new laundry at Beckside Lodge has been in use since Monday 9 "
                "August. Version 6 of the Fees and Charges Guide has applied since 1 April 2032.")

d.add_heading("2. Occupancy and finance", level=1)
d.add_paragraph("Conrad Makepeace reported that 104 of the 114 rooms were occupied on 31 August 2032, 91%: 44 of 48 "
                "at Larkfield House, 33 of 36 at Beckside Lodge and 27 of 30 at The Willows. Income for the five "
                "months to 31 August was £2.94 million, against a budget of £2.88 million. Spending on agency staff "
                "was £212,000 over the same months, against a budget of £150,000, most of it for night shifts at "
                "Larkfield House. The Willows had 3 rooms empty for more than 8 weeks, and Gareth Penhallow "
                "presented Fenella Drury's plan to offer them for respite stays over the winter.")

d.add_heading("3. Staffing and the short-notice shift bonus", level=1)
d.add_paragraph("Imogen Fairweather reported 17 vacancies across the three homes, 11 of them for care assistants, "
                "and staff turnover of 27% in the last 12 months. Home managers said that own staff are slow to "
                "pick up gaps at short notice, so the gaps go to agency staff at about twice the cost.")
d.add_paragraph("The committee agreed that from Friday 1 October 2032 the short-notice shift bonus for an extra "
                "shift picked up with less than 24 hours' notice goes up from £25 to £35. The £40 for a shift picked "
                "up with less than 4 hours' notice does not change, and nor does the night allowance of £1.60 an "
                "hour. Imogen Fairweather will update the Staff Handbook and the pay codes in ShiftLoom, and run a "
                "recruitment day for care assistants at each home in October.")

d.add_heading("4. Falls and medicines", level=1)
d.add_paragraph("Temitope Aldous reported 146 falls in the six months to 31 August 2032, against 151 in the six "
                "months before: 71 at Larkfield House, 52 at Beckside Lodge and 23 at The Willows. 18 caused an "
                "injury that needed a doctor, and 3 of those were fractures. 22 medicines errors were recorded in "
                "MedTrack, none of which caused harm; 15 of them were doses signed for but not given at the right "
                "time.")
d.add_paragraph("She said that residents referred to the Wensholm Community Falls Team after 3 falls had often "
                "been injured by then. The committee agreed that from Monday 18 October 2032 a resident is referred "
                "to the Falls Team after 2 falls in 90 days, instead of 3. The post-fall review within 72 hours and "
                "the GP medicines review within 2 weeks do not change. Temitope will update procedure CQ-04 and the "
                "falls alerts in CareNest.")

d.add_heading("5. Guest meals and extra charges", level=1)
d.add_paragraph("Harriet Oduya reported that 2,960 guest meals were served in the year to 31 August, and that the "
                "price of a guest lunch had not changed for three years while food costs rose by 19%. The committee "
                "agreed that from Monday 1 November 2032 a guest lunch costs £8.50, instead of £7.50. Guest Sunday "
                "lunch stays at £9.50, and tea and coffee stay free for visitors. Conrad Makepeace will update "
                "FeeLink and issue version 7 of the Fees and Charges Guide.")

d.add_heading("6. Visiting at Beckside Lodge", level=1)
d.add_paragraph("Oskar Lindgren reported that many families of Beckside Lodge residents work during the week and "
                "can only visit at weekends, when visiting ends at 19:00. The committee agreed that from Saturday "
                "2 October 2032 visiting at Beckside Lodge on Saturdays and Sundays ends at 20:00, instead of 19:00. "
                "Weekend visiting still starts at 10:30, and visiting times on Monday to Friday and at the other two "
                "homes do not change. Harriet Oduya will update the visiting page of the website.")

d.add_heading("7. Wifi in residents' rooms", level=1)
d.add_paragraph("Conrad Makepeace proposed a charge of £6 a month for wifi in residents' rooms, saying that the new "
                "wireless network had cost £31,000. Bernadette Quayle said that many residents keep in touch with "
                "their families only by video call, and that wifi is listed as included in the weekly fee. The "
                "committee did not agree: wifi stays free for residents and visitors.")

d.add_heading("8. Minibus and acoustic monitoring", level=1)
d.add_paragraph("Dafydd Trelawney reported that The Willows' minibus, bought in 2017, failed its last two services "
                "and cannot take a wheelchair. A new wheelchair-accessible minibus would cost about £58,000. The "
                "committee asked for a leasing quotation and for the 2033 capital budget to be settled first, so the "
                "proposal was deferred to the December meeting on Wednesday 8 December 2032.")
d.add_paragraph("Oskar Lindgren proposed acoustic monitoring at night for the 18 rooms on the dementia floor at "
                "Beckside Lodge, which listens for falls and calls for help so that residents need not be woken for "
                "checks, at about £46,000. The Wensholm Care Innovation Fund may pay up to 50% of the cost, and its "
                "decision is expected in February. The proposal was deferred to the March meeting on Wednesday "
                "16 March 2033.")

d.add_heading("9. Any other business", level=1)
d.add_paragraph("Flu vaccinations for staff are at each home on Tuesday 5 October 2032. The staff awards lunch is at "
                "Hallowfield Cricket Club on Friday 19 November 2032.")

d.add_heading("Decisions", level=1)
for t in ["From Friday 1 October 2032 the short-notice shift bonus for a shift picked up with less than 24 hours' "
          "notice goes up from £25 to £35; the £40 for less than 4 hours' notice does not change.",
          "From Monday 18 October 2032 a resident is referred to the Wensholm Community Falls Team after 2 falls in "
          "90 days, instead of 3.",
          "From Monday 1 November 2032 a guest lunch costs £8.50, instead of £7.50; guest Sunday lunch stays at £9.50.",
          "From Saturday 2 October 2032 weekend visiting at Beckside Lodge ends at 20:00, instead of 19:00.",
          "Wifi stays free for residents; the proposal to charge £6 a month was not agreed.",
          "Deferred: a new minibus for The Willows (December meeting, 8 December 2032) and acoustic monitoring at "
          "Beckside Lodge (March meeting, 16 March 2033)."]:
    d.add_paragraph(t, style="List Bullet")

d.add_heading("Action items", level=1)
t = d.add_table(rows=1, cols=3)
t.style = "Table Grid"
for c, h in zip(t.rows[0].cells, ["Action", "Owner", "Due"]):
    c.text = h
rows = [
    ("Update the Staff Handbook and ShiftLoom pay codes for the £35 short-notice shift bonus", "Imogen Fairweather", "24 September 2032"),
    ("Run a care assistant recruitment day at each home", "Imogen Fairweather", "29 October 2032"),
    ("Update CQ-04 and the CareNest falls alerts for referral after 2 falls", "Temitope Aldous", "8 October 2032"),
    ("Update FeeLink for the £8.50 guest lunch and issue version 7 of the fees guide", "Conrad Makepeace", "22 October 2032"),
    ("Update the visiting page for the new Beckside Lodge weekend times", "Harriet Oduya", "27 September 2032"),
    ("Get a leasing quotation for a wheelchair-accessible minibus", "Dafydd Trelawney", "19 November 2032"),
    ("Apply to the Wensholm Care Innovation Fund for acoustic monitoring", "Oskar Lindgren", "31 January 2033"),
]
for r in rows:
    for c, v in zip(t.add_row().cells, r):
        c.text = v

d.add_heading("Next meeting", level=1)
d.add_paragraph("The next Quality and Operations Committee meeting is on Wednesday 8 December 2032 at 10:00 in the "
                "training room at Larkfield House.")

d.save(HERE / "docs" / "quality-committee-minutes-2032-09-15.docx")
