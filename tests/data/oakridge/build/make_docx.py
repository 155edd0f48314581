"""Builds docs/trustee-board-minutes-2027-11-18.docx with python-docx, as meridian's make_docx.py does: headings,
a Present list, apologies, a numbered agenda, discussion paragraphs, a Resolutions list and an action table
(Action, Owner, Due)."""
from pathlib import Path
HERE = Path(__file__).resolve().parents[1]  # tests/data/oakridge
from docx import Document

d = Document()
d.add_heading("Board of Trustees — Minutes", level=0)
d.add_paragraph("Oakridge Community Trust. Meeting held on Thursday 18 November 2027, 18:30–20:50, in Meeting "
                "Room 2 at the Oakridge Community Centre, Mill Road, and on Zoom. Minutes taken by Sam Whitfield, "
                "Governance Officer. Draft until approved at the next meeting.")

d.add_heading("Present", level=1)
for a in ["Margaret Osei (Chair)",
          "David Lin (Treasurer)",
          "Rev. Ann Holloway (Safeguarding trustee)",
          "Farah Siddiqui (trustee)",
          "Tom Brennan (trustee)"]:
    d.add_paragraph(a, style="List Bullet")
d.add_paragraph("In attendance: Helen Carter (Chief Executive), Priya Raman (Head of Services), Jess Amankwah "
                "(Volunteer Coordinator, for item 4 only) and Sam Whitfield (Governance Officer, minutes).")
d.add_paragraph("Apologies: Kwame Mensah (Vice-chair) and Louise Hart (trustee). Five of the seven trustees were "
                "present, so the meeting was quorate (the quorum is four).")

d.add_heading("Agenda", level=1)
for a in ["Minutes of the last meeting and matters arising", "Finance report for April to September",
          "Food bank demand and winter plan", "Volunteering", "Community centre building and room hire",
          "Youth clubs", "Safeguarding report", "Any other business"]:
    d.add_paragraph(a, style="List Number")

d.add_heading("1. Minutes of the last meeting", level=1)
d.add_paragraph("The minutes of 16 September 2027 were approved as a correct record. Matters arising: the "
                "Safeguarding Policy SG-01 version 5 was approved at that meeting and has been published to all "
                "staff and volunteers; the new lease for the Northgate food bank at the Old Library has been "
                "signed for three years from 1 October 2027 at £4,200 a year.")

d.add_heading("2. Finance report", level=1)
d.add_paragraph("David presented the management accounts for the six months to 30 September 2027. Income was "
                "£412,000 against a budget of £398,000, mainly because of a one-off grant of £20,000 from the "
                "Hartley Foundation for the youth clubs. Spending was £405,000 against a budget of £391,000. "
                "Energy costs at the community centre were 34% higher than in the same period of 2026.")
d.add_paragraph("Unrestricted reserves stand at £186,000, which is 4.1 months of running costs. The reserves "
                "policy asks for between 3 and 6 months. David said the Trust could afford to use some reserves "
                "for the winter, as long as they did not fall below 3.5 months.")

d.add_heading("3. Food bank demand and winter plan", level=1)
d.add_paragraph("Priya reported that the three food banks gave out 2,140 food parcels in October 2027, compared "
                "with 1,560 in October 2026, an increase of 37%. Eastfield remains the busiest site, with 910 "
                "parcels in October; Mill Road gave out 820 and Northgate 410. Donations of tinned vegetables, "
                "tinned fish and UHT milk are running low, and the warehouse has about three weeks of stock of "
                "these items.")
d.add_paragraph("Priya proposed spending up to £15,000 from reserves on buying food between December 2027 and "
                "March 2028, and opening Northgate for an extra session on Saturday mornings from 10:00 to 12:00 "
                "from 8 January 2028, because many Northgate clients work during the week. Farah asked whether "
                "there were enough volunteers for a Saturday session; Priya said that 11 volunteers had already "
                "offered to cover it.")
d.add_paragraph("Helen reported that FreshWay supermarkets had offered to collect surplus chilled food from their "
                "two Oakridge stores three times a week. The trustees welcomed this but noted that the Eastfield "
                "site has no freezer, so chilled food can only go to Mill Road and Northgate until one is bought.")

d.add_heading("4. Volunteering", level=1)
d.add_paragraph("Jess reported that the Trust has 312 active volunteers, 41 of whom joined since September. The "
                "youth clubs are short of DBS-checked youth club assistants, and the Juniors club at Mill Road "
                "had to close early twice in October because the ratio could not be met.")
d.add_paragraph("Jess proposed raising the volunteer lunch allowance from £5 to £6 from 1 January 2028, as it has "
                "not changed since 2022, and running a recruitment campaign for youth club assistants with the "
                "two local sixth-form colleges and Oakridge University. Tom asked whether the lunch allowance could "
                "be paid for shifts of 3 hours instead of 4; the Board agreed to keep the 4-hour rule for now.")

d.add_heading("5. Community centre building and room hire", level=1)
d.add_paragraph("Helen reported that the flat roof over the main hall leaked again in October. Two quotes have "
                "been received for replacing it: £48,500 from WestRoof Ltd and £52,300 from Harlow & Sons. "
                "WestRoof can start in February 2028 and the work would take about four weeks; Harlow & Sons "
                "could not start until May. The main hall would be closed to hirers while the work is done.")
d.add_paragraph("Room hire income for April to September was £31,600, up from £27,900 a year earlier. Helen "
                "proposed raising commercial and private hire rates by 10% from 1 April 2028 and freezing the "
                "rates for community groups for another year. Tom asked that regular hirers be told at least "
                "three months before the new rates start.")

d.add_heading("6. Youth clubs", level=1)
d.add_paragraph("Priya reported an average attendance of 34 young people at the Juniors club and 27 at the Seniors "
                "club in October. The Seniors club at Eastfield will move from Wednesday to Thursday evenings "
                "from January 2028, because St Barnabas Hall is no longer available on Wednesdays. A pilot "
                "Juniors club at Northgate on Tuesday afternoons, paid for by the Hartley Foundation grant, will "
                "start on 11 January 2028 for 12 weeks.")

d.add_heading("7. Safeguarding report", level=1)
d.add_paragraph("Ann presented the safeguarding report for July to September 2027. Fourteen concerns were raised: "
                "nine about children and five about adults. Three were referred to Children's Services and one "
                "to Adult Social Care. There were no allegations against staff or volunteers. 88% of volunteers "
                "have completed Safeguarding Level 1, against a target of 100%; Ann asked managers to follow up "
                "with volunteers who have not done it within four weeks of starting.")

d.add_heading("Resolutions", level=1)
for t in ["Up to £15,000 from unrestricted reserves is approved for buying food between December 2027 and "
          "March 2028.",
          "Northgate food bank opens for an extra Saturday session, 10:00 to 12:00, from 8 January 2028.",
          "The volunteer lunch allowance rises from £5 to £6 from 1 January 2028; it is still paid only for "
          "shifts of more than 4 hours.",
          "WestRoof Ltd is appointed to replace the main hall roof for £48,500, starting in February 2028.",
          "Commercial and private room hire rates rise by 10% from 1 April 2028; community group rates are "
          "frozen until 31 March 2029.",
          "A chest freezer for Eastfield is approved, up to £900."]:
    d.add_paragraph(t, style="List Bullet")

d.add_heading("Action items", level=1)
t = d.add_table(rows=1, cols=3)
t.style = "Table Grid"
for c, h in zip(t.rows[0].cells, ["Action", "Owner", "Due"]):
    c.text = h
rows = [
    ("Set up the FreshWay surplus food collections", "Helen Carter", "15 December 2027"),
    ("Buy and install a chest freezer at Eastfield", "Priya Raman", "17 December 2027"),
    ("Rota volunteers for the Northgate Saturday session", "Jess Amankwah", "20 December 2027"),
    ("Update the expenses form for the new lunch allowance", "Jess Amankwah", "31 December 2027"),
    ("Sign the contract with WestRoof Ltd and tell main hall hirers", "Helen Carter", "10 December 2027"),
    ("Write to regular hirers about the new commercial rates", "Sam Whitfield", "31 December 2027"),
    ("Report food purchase spending to each Board meeting", "David Lin", "20 January 2028"),
]
for r in rows:
    for c, v in zip(t.add_row().cells, r):
        c.text = v

d.add_heading("Any other business", level=1)
d.add_paragraph("Helen confirmed the Christmas arrangements: the community centre is closed from 24 December 2027 "
                "to 2 January 2028. The food banks hold extra sessions at Mill Road on Thursday 23 December and at "
                "Eastfield on Thursday 30 December, both from 10:00 to 14:00.")
d.add_paragraph("Margaret thanked Tom Brennan, who is stepping down as a trustee at the end of December after "
                "six years on the Board.")

d.add_heading("Next meeting", level=1)
d.add_paragraph("The next Board meeting is on Thursday 20 January 2028 at 18:30 at the Oakridge Community Centre.")

d.save(HERE / "docs" / "trustee-board-minutes-2027-11-18.docx")
