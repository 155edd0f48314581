"""Builds docs/board-meeting-minutes-2035-09-22.docx with python-docx, as fellgate's make_docx.py does (itself
ellerby's, tarnbeck's, stainforth's, coldharbour's, ferncombe's, hartwell's, ashgrove's and earlier sets'): headings,
a Present list, apologies, a numbered agenda, a managing director's report, discussion paragraphs, a Decisions list
and an action table (Action, Owner, Due)."""
from pathlib import Path
HERE = Path(__file__).resolve().parents[1]  # tests/data/quarrendon
from docx import Document

d = Document()
d.add_heading("Board of Directors — Minutes", level=0)
d.add_paragraph("Quarrendon Community Energy Ltd. Meeting of the Board of Directors held on Saturday 22 September "
                "2035, 10:00–13:15, in the meeting room at 12 Mill Leat Yard, Quarrendon. Chair: Ambrose Kilbride. "
                "Minutes: Yusuf Abernethy, Company Secretary. These are draft minutes until the board approves them "
                "at its next meeting.")

d.add_heading("Present", level=1)
for a in ["Ambrose Kilbride (Chair; member-elected director)",
          "Margery Tolland (Vice Chair; member-elected director)",
          "Oluwaseun Drake (Treasurer; member-elected director)",
          "Felicity Vane (member-elected director)",
          "Ravi Castellan (member-elected director)",
          "Henrietta Pollard (co-opted director)",
          "Imogen Tregarthen (Managing Director)",
          "Yusuf Abernethy (Company Secretary, minutes)"]:
    d.add_paragraph(a, style="List Bullet")
d.add_paragraph("In attendance: Hamish Strickland (Finance Manager, for items 3 and 7), Gideon Marwood (Head of "
                "Field Services, for items 4, 5 and 9), Marisol Entwistle (Head of People, for item 4), Ewan "
                "Gallacher (Site Safety Manager, for item 5), Rosalind Quaye (Member Services Manager, for items 6 "
                "and 7) and Bethan Lowery (Community Outreach Lead, for item 8).")
d.add_paragraph("Apologies: Cormac Everard (member-elected director), at a community energy conference in Brantham, "
                "and Tomasz Penrice (Operations Manager), on annual leave, whose Operations Control figures for "
                "item 2 were presented by Imogen Tregarthen.")

d.add_heading("Agenda", level=1)
for a in ["Minutes of the last meeting (16 June 2035) and matters arising", "Managing Director's report",
          "Finance and the 2035 share offer", "On-call cover for field technicians", "Climbing Tallow Rigg",
          "Share withdrawals", "Minimum shareholding proposal", "Hobb's Weir visitor centre winter hours",
          "Battery storage and the Market Square solar canopy", "Any other business"]:
    d.add_paragraph(a, style="List Number")

d.add_heading("1. Minutes of the last meeting and matters arising", level=1)
d.add_paragraph("The minutes of 16 June 2035 were agreed. Matters arising: the replacement inverter at Wyvern Vale "
                "Academy was fitted during the school summer holiday, and the annual general meeting on 23 June "
                "2035 approved interest of 3.5% on Community Shares and 5% on Tallow Rigg Turbine Shares, paid in "
                "July.")

d.add_heading("2. Managing Director's report", level=1)
d.add_paragraph("Imogen Tregarthen reported on the year to 31 March 2035. Sallow Hill Solar Farm generated 5,310 MWh, "
                "against a forecast of 5,050 MWh. Tallow Rigg generated 2,140 MWh and was available 94% of the time. "
                "Hobb's Weir generated 318 MWh, down from 362 MWh the year before because of the dry summer. The "
                "school rooftops generated 151 MWh at St Ebba's Primary School and 198 MWh at Wyvern Vale Academy.")
d.add_paragraph("The charge points delivered 612 MWh in 41,300 sessions. The Market Square rapid charger failed to "
                "start 7% of sessions in July after a software update, which was fixed on 14 August. The home "
                "energy advice service made 1,186 home visits, 71% of them free, and the advice line took 6,420 "
                "calls. Membership has risen to 3,365, from 2,940 in March. There are 34 staff, and two field "
                "technician posts are vacant.")

d.add_heading("3. Finance and the 2035 share offer", level=1)
d.add_paragraph("Hamish Strickland reported income of £2.74 million for 2034/35, against a budget of £2.61 million, "
                "and a surplus of £412,000. The community benefit fund gave £58,000 to 23 local groups. The Sallow "
                "Hill Solar Share offer closed on 30 June 2035 having raised £1.46 million of its £1.8 million "
                "target from 612 applicants, 423 of them new members. Share capital now stands at £6.82 million.")

d.add_heading("4. On-call cover for field technicians", level=1)
d.add_paragraph("Gideon Marwood reported 214 call-outs in 2034/35, 61% of them at night, and that with two posts "
                "vacant technicians were being asked to cover extra on-call weeks and were turning them down. "
                "Marisol Entwistle said the weekday allowance was now below that paid by Wessmoor Electricity "
                "Networks and the other local employers of technicians.")
d.add_paragraph("The board agreed that from Monday 5 November 2035 the on-call allowance for a weekday night goes up "
                "from £25 to £30. The £40 for a Saturday, Sunday or bank holiday on call does not change, and nor "
                "does the £50 call-out payment. Marisol Entwistle will update the Staff Handbook and the pay codes in "
                "Rotaline.")

d.add_heading("5. Climbing Tallow Rigg", level=1)
d.add_paragraph("Ewan Gallacher reported two near misses in the nacelle in gusty weather in March, and that the "
                "turbine maker's revised service manual now recommends a lower wind limit for climbing. The board "
                "agreed that from Monday 8 October 2035 no one climbs Tallow Rigg when the mean wind speed at the "
                "hub is above 10 m/s, instead of 12 m/s. Climbs still need two trained climbers and a turbine climb "
                "permit from a Senior Authorised Person. Ewan Gallacher will update SSP-03 and brief every climber.")

d.add_heading("6. Share withdrawals", level=1)
d.add_paragraph("Rosalind Quaye reported 148 withdrawal requests in 2034/35, totalling £312,000, most of them for "
                "small sums, and that members waiting 3 months for a few hundred pounds was the most common "
                "complaint to Member Services. Hamish Strickland said that the society's cash position could "
                "support shorter notice for small withdrawals.")
d.add_paragraph("The board agreed that from 1 January 2036 withdrawals of up to £5,000 need 2 months' notice, "
                "instead of 3 months. Withdrawals of more than £5,000 still need 6 months' notice, the fee stays at "
                "£15 a withdrawal, and shares must still be held for 3 years before they can be withdrawn. Rosalind "
                "Quaye will change ShareLedger and issue version 6 of the Share Offer and Member Charges Guide.")

d.add_heading("7. Minimum shareholding proposal", level=1)
d.add_paragraph("Hamish Strickland proposed raising the minimum holding of Community Shares from £100 to £250, "
                "saying that each small holding costs about £9 a year to administer. Felicity Vane and Ravi "
                "Castellan said that a higher minimum would shut out lower-income households and go against the "
                "society's open membership. The board did not agree: the minimum holding of Community Shares stays "
                "at £100.")

d.add_heading("8. Hobb's Weir visitor centre winter hours", level=1)
d.add_paragraph("Bethan Lowery reported 9,870 visitors to the Hobb's Weir visitor centre in 2034/35, and that on "
                "winter weekends many families arrive after lunch to see the salmon leaping at the fish pass. The "
                "board agreed that from Saturday 3 November 2035 the visitor centre closes at 16:00 on Saturdays "
                "and Sundays from November to March, instead of 15:00. It still opens at 11:00 and stays closed on "
                "weekdays in winter, and the summer hours do not change. Bethan Lowery will update the members' "
                "help centre.")

d.add_heading("9. Battery storage and the Market Square solar canopy", level=1)
d.add_paragraph("Gideon Marwood proposed a 2 MWh battery at Sallow Hill Solar Farm, at about £420,000. The board "
                "asked for Wessmoor Electricity Networks' grid connection offer first, which is expected in "
                "November, so the proposal was deferred to the December meeting on Saturday 15 December 2035.")
d.add_paragraph("Imogen Tregarthen proposed a solar canopy over the Market Square charge points, at about £96,000. "
                "Tasborne District Council has not yet decided the planning application, so the proposal was "
                "deferred to the March meeting on Saturday 22 March 2036.")

d.add_heading("10. Any other business", level=1)
d.add_paragraph("The 2036 annual general meeting will be held on Saturday 21 June 2036 at Lenbury Memorial Hall. "
                "Two member-elected directors, Margery Tolland and Ravi Castellan, stand down at that meeting and "
                "may stand again.")

d.add_heading("Decisions", level=1)
for t in ["From Monday 5 November 2035 the on-call allowance for a weekday night goes up from £25 to £30; the £40 "
          "for a weekend or bank holiday day and the £50 call-out payment do not change.",
          "From Monday 8 October 2035 no one climbs Tallow Rigg when the mean wind speed at the hub is above "
          "10 m/s, instead of 12 m/s.",
          "From 1 January 2036 withdrawals of up to £5,000 need 2 months' notice, instead of 3 months; the fee "
          "stays at £15.",
          "From Saturday 3 November 2035 the Hobb's Weir visitor centre closes at 16:00 on winter weekends, "
          "instead of 15:00.",
          "The minimum holding of Community Shares stays at £100; the proposal to raise it to £250 was not "
          "agreed.",
          "Deferred: the battery at Sallow Hill Solar Farm (December meeting, 15 December 2035) and the Market "
          "Square solar canopy (March meeting, 22 March 2036)."]:
    d.add_paragraph(t, style="List Bullet")

d.add_heading("Action items", level=1)
t = d.add_table(rows=1, cols=3)
t.style = "Table Grid"
for c, h in zip(t.rows[0].cells, ["Action", "Owner", "Due"]):
    c.text = h
rows = [
    ("Update the Staff Handbook and Rotaline pay codes for the £30 weekday on-call allowance", "Marisol Entwistle", "26 October 2035"),
    ("Update SSP-03 and brief every climber on the 10 m/s limit", "Ewan Gallacher", "5 October 2035"),
    ("Change the notice period in ShareLedger and issue version 6 of the guide", "Rosalind Quaye", "1 December 2035"),
    ("Update the members' help centre for the new winter hours", "Bethan Lowery", "20 October 2035"),
    ("Report Wessmoor Electricity Networks' grid connection offer for the battery", "Gideon Marwood", "1 December 2035"),
    ("Report the planning decision on the Market Square canopy", "Imogen Tregarthen", "6 March 2036"),
    ("Advertise the two vacant field technician posts", "Marisol Entwistle", "12 October 2035"),
]
for r in rows:
    for c, v in zip(t.add_row().cells, r):
        c.text = v

d.add_heading("Next meeting", level=1)
d.add_paragraph("The next meeting of the Board of Directors is on Saturday 15 December 2035 at 10:00 in the meeting "
                "room at 12 Mill Leat Yard, Quarrendon.")

d.save(HERE / "docs" / "board-meeting-minutes-2035-09-22.docx")
