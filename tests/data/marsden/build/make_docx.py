"""Builds docs/full-council-minutes-2035-05-19.docx with python-docx, as fellgate's make_docx.py does (itself
ellerby's, tarnbeck's, stainforth's, coldharbour's, ferncombe's, hartwell's, ashgrove's and earlier sets'): headings,
a Present list, apologies, a numbered agenda, public participation, discussion paragraphs, a Decisions list and an
action table (Action, Owner, Due)."""
from pathlib import Path
HERE = Path(__file__).resolve().parents[1]  # tests/data/marsden
from docx import Document

d = Document()
d.add_heading("Full Council — Minutes", level=0)
d.add_paragraph("Marsden Vale Town Council. Annual meeting of the Full Council held on Saturday 19 May 2035, "
                "10:00–12:50, in the Assembly Hall, Town Hall, Market Place, Marsden Vale. Chair: the Mayor, Cllr "
                "Winifred Ogunleye. Minutes: Emeka Thorneycroft, Deputy Town Clerk. These minutes are a draft until "
                "they are approved at the next meeting of the Full Council.")

d.add_heading("Present", level=1)
for a in ["Cllr Winifred Ogunleye (Mayor and Chair; Saltersgate ward)",
          "Cllr Barnaby Lisle (Deputy Mayor; Nethercote ward)",
          "Cllr Farida Coyle (Chair of the Finance and General Purposes Committee; Brookfoot ward)",
          "Cllr Ruaridh Beckwith (Chair of the Amenities Committee; Kilnhurst ward)",
          "Cllr Magdalena Crouch (Nethercote ward)",
          "Cllr Hamish Redfearn (Brookfoot ward)",
          "Cllr Priti Mandeville (Saltersgate ward)",
          "Cllr Cuthbert Ainsley (Kilnhurst ward)",
          "Cllr Josephine Nwachukwu (Nethercote ward)"]:
    d.add_paragraph(a, style="List Bullet")
d.add_paragraph("In attendance: Rosalind Vanstone (Town Clerk), Emeka Thorneycroft (Deputy Town Clerk and "
                "Responsible Financial Officer, minutes), Declan Pennycook (Grounds and Parks Manager, for items 5, 8 "
                "and 11), Clementine Pickersgill (Town Hall Manager, for item 6) and Harriet Quennell (Bereavement Services "
                "Officer, for items 7 and 10). Seven members of the public attended.")
d.add_paragraph("Apologies: Cllr Leopold Strang (Saltersgate ward), on holiday, and Cllr Aoife Lumb (Brookfoot "
                "ward), at work. Both apologies were accepted.")

d.add_heading("Agenda", level=1)
for a in ["Apologies and declarations of interest", "Minutes of the meeting of 19 March 2035",
          "Public participation", "Finance: the year to 31 March 2035", "Grounds standby allowance",
          "Town Hall damage deposits", "Headstones at Hollins Lane Cemetery", "Coldwell Road recycling point",
          "Allotment waiting list fee", "Vale Park splash pad and cemetery CCTV", "FixMyVale report for 2034-35",
          "Any other business and next meeting"]:
    d.add_paragraph(a, style="List Number")

d.add_heading("1. Apologies and declarations of interest", level=1)
d.add_paragraph("Apologies were received as above. Cllr Hamish Redfearn declared an interest in item 9 as a tenant "
                "of a plot at Coldwell Road, and left the room for that item.")

d.add_heading("2. Minutes of the meeting of 19 March 2035", level=1)
d.add_paragraph("The minutes of 19 March 2035 were approved and signed by the Mayor. Matters arising: the new "
                "play area fence in Sunnybank Gardens was finished on Friday 27 April 2035, and version 4 of the "
                "Allotments and Hall Hire Fees Guide has applied since 1 April 2035.")

d.add_heading("3. Public participation", level=1)
d.add_paragraph("Mrs Delphine Rushworth of Hollins Lane asked why families must wait so long before a headstone can "
                "be put on a lawn grave; her mother's grave had been unmarked since the winter. The Mayor said that "
                "item 7 would deal with this.")
d.add_paragraph("Mr Osric Blamires, a tenant at Tenter Lane, said that the queue of cars for the Coldwell Road "
                "recycling point on Sunday mornings reached back to Kilnhurst Road, and asked for longer Sunday "
                "opening. Ms Lorna Haigh asked when a splash pad in Vale Park would be built, as promised in the "
                "Vale Park plan. The Mayor thanked the speakers, who each spoke for no more than 3 minutes.")

d.add_heading("4. Finance: the year to 31 March 2035", level=1)
d.add_paragraph("Cllr Farida Coyle presented the year-end figures. Hall hire brought in £71,400 in 2034-35, against "
                "a budget of £66,000, and allotment rents £9,860. Cemetery fees were £118,300, against a budget of "
                "£125,000, because there were 96 burials against 104 the year before. The general reserve stood at "
                "£214,000 on 31 March 2035, about four months' spending. The precept for 2035-36 is £642,000.")

d.add_heading("5. Grounds standby allowance", level=1)
d.add_paragraph("Declan Pennycook reported 52 call-outs of the grounds standby officer in 2034-35, most of them for "
                "fallen trees after the February storms and for fly-tipping blocking footpaths. Only 5 of the 11 "
                "grounds staff are now on the standby rota, so each does one week in 5, and two have asked to "
                "leave it because the weekday allowance no longer covers the cost of staying near the Depot.")
d.add_paragraph("The council agreed that from Monday 2 July 2035 the standby allowance for a weekday night goes up "
                "from £25 to £30. The £40 for a Saturday, Sunday or bank holiday on standby does not change, and "
                "nor does the minimum call-out payment of 2 hours at time and a half. The Town Clerk will ask the HR "
                "and Payroll Officer to update the Staff Handbook and the pay codes in ValeRota.")

d.add_heading("6. Town Hall damage deposits", level=1)
d.add_paragraph("Clementine Pickersgill reported that 4 parties in the Assembly Hall in 2034-35 left damage costing £2,960 "
                "to repair, against £1,000 held in deposits; one hirer has still not paid the invoice for the rest. "
                "There were 38 bookings with alcohol in the year.")
d.add_paragraph("The council agreed that for bookings made from Monday 4 June 2035 the damage deposit for parties "
                "and events with alcohol in the Assembly Hall goes up from £250 to £350. The deposit for other "
                "Assembly Hall bookings stays at £150, the deposit for the other rooms and the Pavilion stays at "
                "£75, and the key deposit stays at £25. Clementine Pickersgill will update HallBook and the Fees Guide.")

d.add_heading("7. Headstones at Hollins Lane Cemetery", level=1)
d.add_paragraph("Harriet Quennell reported that since January 2035 the cemetery team has backfilled every new grave "
                "in layers, compacted by machine, so that the ground settles much sooner. 38 headstones were fixed "
                "in 2034, and 21 families are waiting to place one.")
d.add_paragraph("The council agreed that from Monday 11 June 2035 a headstone may be placed on a lawn grave 3 months "
                "after the burial, instead of 6 months. The memorial permit fee stays at £165 for a headstone, and "
                "temporary wooden markers are still allowed until the headstone is fixed. Harriet Quennell will "
                "update the Burial and Memorial Regulations and write to the registered memorial masons.")

d.add_heading("8. Coldwell Road recycling point", level=1)
d.add_paragraph("Declan Pennycook reported that the recycling point took 1,140 visits on Sundays in April 2035, "
                "against 610 on Saturdays, and that the four-hour Sunday opening is too short. The council agreed "
                "that from Sunday 3 June 2035 the recycling point is open from 10:00 to 16:00 on Sundays, instead of "
                "10:00 to 14:00. The Saturday hours of 08:30 to 16:00 do not change, and it stays closed on "
                "Mondays. The Town Clerk will update the residents' help centre.")

d.add_heading("9. Allotment waiting list fee", level=1)
d.add_paragraph("Cllr Farida Coyle proposed a fee of £10 to join the allotment waiting list, saying that the list "
                "had 146 names, many of whom never replied to an offer. Cllr Priti Mandeville and Cllr Josephine "
                "Nwachukwu said that a fee would put off the residents who most need a plot, and that the January "
                "check of the list already removes people who do not reply. The proposal was put to the vote and "
                "lost, with 2 in favour and 6 against: joining the waiting list stays free.")

d.add_heading("10. Vale Park splash pad and cemetery CCTV", level=1)
d.add_paragraph("Cllr Ruaridh Beckwith presented the Amenities Committee's proposal for a splash pad beside the play "
                "area in Vale Park, at about £96,000. The Calderbrook Play Fund may pay up to half of the cost and "
                "will decide in early July, so the proposal was deferred to the Full Council meeting on Monday 16 "
                "July 2035.")
d.add_paragraph("Harriet Quennell reported 9 thefts of ornaments and plaques from graves since October, and the "
                "Amenities Committee proposed CCTV cameras at the two cemetery gates, at about £18,500. The council "
                "asked for the advice of the police and a data protection impact assessment first, so the proposal "
                "was deferred to the Full Council meeting on Monday 17 September 2035.")

d.add_heading("11. FixMyVale report for 2034-35", level=1)
d.add_paragraph("Declan Pennycook reported 1,286 FixMyVale reports in 2034-35: 412 of fly-tipping, 268 of broken or "
                "faulty street lights, 197 of dog fouling, 154 of graffiti and 255 of other problems in the parks "
                "and on council land. Fly-tipping on council land was cleared within 2 working days in 91% of cases, "
                "and the council's own footway lights were repaired within 10 working days in 78% of cases.")

d.add_heading("12. Any other business and next meeting", level=1)
d.add_paragraph("The Marsden Vale Gala is in Vale Park on Saturday 14 July 2035, and the Christmas market opens in "
                "Market Place on Thursday 29 November 2035. The Mayor thanked Cllr Barnaby Lisle for agreeing to "
                "serve a second year as Deputy Mayor.")

d.add_heading("Decisions", level=1)
for t in ["From Monday 2 July 2035 the standby allowance for a weekday night goes up from £25 to £30; the £40 for a "
          "weekend day or bank holiday does not change.",
          "For bookings made from Monday 4 June 2035 the Assembly Hall damage deposit for parties and events with "
          "alcohol goes up from £250 to £350; the other deposits do not change.",
          "From Monday 11 June 2035 a headstone may be placed on a lawn grave 3 months after the burial, instead "
          "of 6 months; the permit fee stays at £165.",
          "From Sunday 3 June 2035 the Coldwell Road recycling point is open 10:00 to 16:00 on Sundays, instead "
          "of 10:00 to 14:00.",
          "Joining the allotment waiting list stays free; the proposal for a £10 fee was not agreed.",
          "Deferred: the Vale Park splash pad (Full Council, 16 July 2035) and CCTV at Hollins Lane Cemetery "
          "(Full Council, 17 September 2035)."]:
    d.add_paragraph(t, style="List Bullet")

d.add_heading("Action items", level=1)
t = d.add_table(rows=1, cols=3)
t.style = "Table Grid"
for c, h in zip(t.rows[0].cells, ["Action", "Owner", "Due"]):
    c.text = h
rows = [
    ("Update the Staff Handbook and ValeRota pay codes for the £30 weekday standby allowance", "Bronwen Saltmarsh", "22 June 2035"),
    ("Update HallBook and the Fees Guide for the £350 party deposit", "Clementine Pickersgill", "1 June 2035"),
    ("Update the Burial and Memorial Regulations and write to memorial masons", "Harriet Quennell", "8 June 2035"),
    ("Update the residents' help centre for the new Sunday recycling hours", "Rosalind Vanstone", "31 May 2035"),
    ("Report the Calderbrook Play Fund decision on the splash pad", "Declan Pennycook", "9 July 2035"),
    ("Obtain police advice and a data protection impact assessment for cemetery CCTV", "Harriet Quennell", "31 August 2035"),
]
for r in rows:
    for c, v in zip(t.add_row().cells, r):
        c.text = v

d.add_heading("Next meeting", level=1)
d.add_paragraph("The next meeting of the Full Council is on Monday 16 July 2035 at 19:00 in the Assembly Hall, "
                "Town Hall, Market Place.")

d.save(HERE / "docs" / "full-council-minutes-2035-05-19.docx")
