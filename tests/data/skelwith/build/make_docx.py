"""Builds docs/board-meeting-minutes-2038-01-20.docx with python-docx, as fellgate's make_docx.py does (itself
ellerby's, tarnbeck's, stainforth's, coldharbour's, ferncombe's, hartwell's, ashgrove's and earlier sets'):
headings, a Present list, apologies, a numbered agenda, the chief executive's and safety officer's reports,
discussion paragraphs, a Decisions list and an action table (Action, Owner, Due)."""
from pathlib import Path
HERE = Path(__file__).resolve().parents[1]  # tests/data/skelwith
from docx import Document

d = Document()
d.add_heading("Board of Directors — Minutes", level=0)
d.add_paragraph("Skelwith Town Football Club Ltd. Meeting of the Board of Directors held on Wednesday 20 January "
                "2038, 18:30–21:15, in the Tarn Suite, Ferryman Stand, Tarn Lane Stadium. Chair: Cuthbert "
                "Harbottle. Minutes: Edwin Crossthwaite, Company Secretary. These minutes stay in draft until they "
                "are agreed at the next meeting.")

d.add_heading("Present", level=1)
for a in ["Cuthbert Harbottle (Chair)",
          "Rosalind Ashburner (Chief Executive)",
          "Tobenna Rigg (Finance Director)",
          "Maeve Gilchrist (Supporters' Trust Director)",
          "Dr Helena Wickstead (Independent Director, safeguarding lead on the board)",
          "Edwin Crossthwaite (Company Secretary, minutes)"]:
    d.add_paragraph(a, style="List Bullet")
d.add_paragraph("In attendance: Gareth Pendlebury (Safety Officer, for items 3 and 6), Marisol Tweddle (Head of "
                "People, for item 4), Yusuf Hartigan (Head of Ticketing and Supporter Services, for item 5) and "
                "Hamish Trelawny (Club Shop and Ticket Office Manager, for item 7).")
d.add_paragraph("Apologies: Ravi Bhattacharjee (Independent Director), working abroad, and Beatrix Lonsdale "
                "(Foundation Manager), at a Brathdale schools conference, whose foundation figures for item 2 were "
                "presented by Rosalind Ashburner.")

d.add_heading("Agenda", level=1)
for a in ["Minutes of the last meeting (18 November 2037) and matters arising",
          "Chief executive's report", "Safety officer's report",
          "Stewards' pay and the evening kick-off supplement", "Refunds for postponed matches",
          "Stewarding in the Gill End", "Club shop opening hours", "Stadium naming rights proposal",
          "Rakefoot Fields pitch and the Scree End roof", "Any other business"]:
    d.add_paragraph(a, style="List Number")

d.add_heading("1. Minutes of the last meeting and matters arising", level=1)
d.add_paragraph("The minutes of 18 November 2037 were agreed. Matters arising: the new floodlight control panel "
                "was fitted on Wednesday 9 December 2037, and the Family Zone in the Brackwater Stand has had its "
                "own entrance at turnstile 9 since the Boxing Day match.")

d.add_heading("2. Chief executive's report", level=1)
d.add_paragraph("Rosalind Ashburner reported that the men's first team were fourth in the North Fells League "
                "Premier Division and the women's first team second in the Northern Women's League Division One. "
                "The men play Haverby United at Tarn Lane in the quarter-final of the Fells Challenge Cup on "
                "Saturday 13 February 2038.")
d.add_paragraph("The average home league crowd for the men's first team was 1,862 over 13 matches, against 1,710 "
                "for the whole of the 2036/37 season, and 514 for the women's first team, against 388. The club "
                "sold 1,146 season tickets for 2037/38, against 1,032 a year ago, and has 2,318 Tarn Club members. "
                "The Tarn Suite was sold out at 9 of the 13 men's home matches.")
d.add_paragraph("Tobenna Rigg added that turnover from July to December 2037 was £1.38 million, against a budget "
                "of £1.31 million, and wage costs £612,000, against a budget of £590,000. Club shop sales were "
                "£148,000. For the foundation, walking football now has 86 registered players, and school sessions "
                "reached 2,300 pupils in 14 primary schools during the autumn term.")

d.add_heading("3. Safety officer's report", level=1)
d.add_paragraph("Gareth Pendlebury reported on 13 men's and 7 women's home matches. There were 27 ejections, "
                "against 44 in the whole of last season, 4 arrests and 11 incidents with flares or smoke bombs, 9 "
                "of them in the Gill End. First aiders dealt with 38 medical incidents, and 3 supporters were taken "
                "to hospital. On average 58 stewards worked at each men's match.")
d.add_paragraph("At the Boxing Day match against Haverby United the crowd was 3,412, with 612 away supporters in "
                "the Gill End and only 6 stewards there, because 14 steward shifts were not filled. Brathdale "
                "Council's Safety Advisory Group, which had inspected the ground on Wednesday 9 December 2037, has "
                "since asked the club to raise the number of stewards for away supporters before it reviews the "
                "safety certificate on Wednesday 14 April 2038.")

d.add_heading("4. Stewards' pay and the evening kick-off supplement", level=1)
d.add_paragraph("Marisol Tweddle reported that 23 steward shifts at evening matches had not been filled this "
                "season, and that 41% of the casual stewards who answered the winter survey said that an evening "
                "shift was not worth the late finish and the cost of getting home.")
d.add_paragraph("The board agreed that from Monday 1 February 2038 the evening kick-off supplement for a matchday "
                "shift that ends after 22:00 goes up from £9 to £12 a shift. The away travel allowance of £25 a "
                "day, or £45 with an overnight stay, does not change, and nor does time and a half on bank "
                "holidays. Marisol Tweddle will update the Staff and Stewards Handbook and the pay codes in "
                "StewardLink.")

d.add_heading("5. Refunds for postponed matches", level=1)
d.add_paragraph("Yusuf Hartigan reported that three matches had been postponed this season: the men's matches on "
                "Saturday 19 December 2037 (waterlogged pitch) and Saturday 16 January 2038 (frozen pitch), and the "
                "women's match on Sunday 10 January 2038. Supporter Services received 418 refund claims, and 96 "
                "were turned down because they came in more than 14 days after the original date, often because "
                "the new date had not yet been fixed.")
d.add_paragraph("The board agreed that from Monday 15 February 2038 supporters can claim a refund for a postponed "
                "match within 28 days of the original date, instead of 14 days. The admin fee of £1.50 a ticket "
                "stays, and season ticket holders still get no refund. Yusuf Hartigan will change TarnTix and issue "
                "version 5 of the Tickets, Season Tickets and Hospitality Guide.")

d.add_heading("6. Stewarding in the Gill End", level=1)
d.add_paragraph("Following the Safety Advisory Group's request, the board agreed that from Saturday 6 February "
                "2038 there must be at least 1 steward for every 75 away supporters in the Gill End, instead of 1 "
                "for every 100. The home areas stay at 1 steward for every 250 supporters. Where the club's own "
                "stewards are not enough, contract stewards will be booked from Brathdale Crowd Services. Gareth "
                "Pendlebury will update procedure SO-03 and brief the safety supervisors.")

d.add_heading("7. Club shop opening hours", level=1)
d.add_paragraph("Hamish Trelawny reported that many supporters call in at the Tarn Shop after work, and that "
                "weekday takings between 16:00 and 17:00 were the highest of the day. The board agreed that from "
                "Monday 1 March 2038 the Tarn Shop closes at 18:00 on weekdays when there is no match, instead of "
                "17:00. It still opens at 10:00, its Saturday hours of 10:00 to 16:00 do not change, and it stays "
                "closed on Sundays when there is no match. Hamish Trelawny will update the supporter help pages.")

d.add_heading("8. Stadium naming rights proposal", level=1)
d.add_paragraph("Tobenna Rigg presented an offer from Greywell Motor Group of £40,000 a year for 5 years to rename "
                "the ground the Greywell Motors Stadium. Maeve Gilchrist reported that 78% of the 1,204 members who "
                "answered the Supporters' Trust survey were against a new name. The board did not agree: the ground "
                "keeps the name Tarn Lane. Tobenna Rigg will ask Greywell Motor Group about sponsoring the shirt "
                "sleeves instead.")

d.add_heading("9. Rakefoot Fields pitch and the Scree End roof", level=1)
d.add_paragraph("Rosalind Ashburner presented Declan Murtagh's proposal for a floodlit 3G artificial pitch for the "
                "academy and the foundation at Rakefoot Fields, at about £640,000. The Fells Pitch Fund may pay up "
                "to 50% of the cost, and its decision is expected in early March. The proposal was deferred to the "
                "March meeting on Wednesday 17 March 2038.")
d.add_paragraph("Gareth Pendlebury presented a proposal to roof the Scree End, at about £210,000. The board asked "
                "to see the result of the safety certificate review first, so the proposal was deferred to the May "
                "meeting on Wednesday 19 May 2038.")

d.add_heading("10. Any other business", level=1)
d.add_paragraph("Dr Helena Wickstead reported that GuardLog shows 7 DBS checks of academy and foundation coaches "
                "due for renewal by 31 March 2038; the Designated Safeguarding Lead, Priscilla Nwankwo, will arrange "
                "them. The Annual Members' Meeting is on Thursday 22 April 2038 at 19:00 "
                "in the Tarn Suite, and the foundation's walking football festival is at Rakefoot Fields on Sunday "
                "2 May 2038.")

d.add_heading("Decisions", level=1)
for t in ["From Monday 1 February 2038 the evening kick-off supplement goes up from £9 to £12 a shift; the away "
          "travel allowance of £25 a day does not change.",
          "From Monday 15 February 2038 refunds for a postponed match can be claimed within 28 days of the "
          "original date, instead of 14 days; the admin fee of £1.50 a ticket stays.",
          "From Saturday 6 February 2038 there must be at least 1 steward for every 75 away supporters in the Gill "
          "End, instead of 1 for every 100.",
          "From Monday 1 March 2038 the Tarn Shop closes at 18:00 on weekdays when there is no match, instead of "
          "17:00.",
          "The ground keeps the name Tarn Lane; the offer of £40,000 a year for naming rights was not accepted.",
          "Deferred: the 3G pitch at Rakefoot Fields (March meeting, 17 March 2038) and the Scree End roof (May "
          "meeting, 19 May 2038)."]:
    d.add_paragraph(t, style="List Bullet")

d.add_heading("Action items", level=1)
t = d.add_table(rows=1, cols=3)
t.style = "Table Grid"
for c, h in zip(t.rows[0].cells, ["Action", "Owner", "Due"]):
    c.text = h
rows = [
    ("Update the Staff and Stewards Handbook and StewardLink pay codes for the £12 evening kick-off supplement", "Marisol Tweddle", "29 January 2038"),
    ("Change the refund period in TarnTix and issue version 5 of the Tickets, Season Tickets and Hospitality Guide", "Yusuf Hartigan", "10 February 2038"),
    ("Update SO-03 for 1 steward per 75 away supporters and book contract stewards", "Gareth Pendlebury", "3 February 2038"),
    ("Update the supporter help pages for the new Tarn Shop weekday hours", "Hamish Trelawny", "26 February 2038"),
    ("Ask Greywell Motor Group about shirt sleeve sponsorship", "Tobenna Rigg", "10 March 2038"),
    ("Report the Fells Pitch Fund decision on the Rakefoot Fields pitch", "Rosalind Ashburner", "17 March 2038"),
    ("Renew the 7 DBS checks shown as due in GuardLog", "Priscilla Nwankwo", "31 March 2038"),
]
for r in rows:
    for c, v in zip(t.add_row().cells, r):
        c.text = v

d.add_heading("Next meeting", level=1)
d.add_paragraph("The next meeting of the Board of Directors is on Wednesday 17 March 2038 at 18:30 in the Tarn "
                "Suite, Ferryman Stand, Tarn Lane Stadium.")

d.save(HERE / "docs" / "board-meeting-minutes-2038-01-20.docx")
