"""Builds docs/governors-minutes-2027-11-24.docx with python-docx, as fernhill's make_docx.py does: headings, a
Present list, apologies, a numbered agenda, discussion paragraphs, a Decisions list and an action table
(Action, Owner, Due)."""
from pathlib import Path
HERE = Path(__file__).resolve().parents[1]  # tests/data/ashcombe
from docx import Document

d = Document()
d.add_heading("Full Governing Board — Minutes", level=0)
d.add_paragraph("Ashcombe Academy, part of the Vale Learning Trust. Meeting held on Wednesday 24 November 2027, "
                "18:00–20:35, in the Library at the Main site, Ridgeway Road. Chair: Mrs Margaret Ellery. Clerk: "
                "Ms Joanna Whitfield. These minutes are a draft until they are approved at the next meeting.")

d.add_heading("Present", level=1)
for a in ["Margaret Ellery (Chair, co-opted governor)",
          "Patrick Nwosu (Vice Chair, parent governor)",
          "Rachel Penhaligon (Headteacher)",
          "Dr Eleanor Byrne (co-opted governor, safeguarding governor)",
          "Hamid Qureshi (trust-appointed governor, chair of the finance committee)",
          "Lucy Tranter (staff governor)",
          "Kofi Asante (parent governor)",
          "Rev. Janet Moss (co-opted governor)"]:
    d.add_paragraph(a, style="List Bullet")
d.add_paragraph("In attendance: Daniel Ferreira (Deputy Headteacher and DSL, for item 3), Martin Cole (Business "
                "Manager, for items 4, 5 and 9), Tobias Lund (Head of Sixth Form, for item 6) and Joanna Whitfield "
                "(Clerk).")
d.add_paragraph("Apologies: Alan Greaves (trust-appointed governor), who is working abroad, and Beatrice Holm "
                "(parent governor). The apologies were accepted. Eight of the ten governors were present, so the "
                "meeting was quorate.")

d.add_heading("Agenda", level=1)
for a in ["Welcome, apologies and declarations of interest",
          "Minutes of the last meeting (22 September 2027) and matters arising",
          "Safeguarding and attendance report", "Budget monitoring to 31 October 2027",
          "School meals and lunch prices", "Sixth Form Centre", "Staffing: Head of Year allowance",
          "Examination results 2027", "Premises and health and safety", "Any other business"]:
    d.add_paragraph(a, style="List Number")

d.add_heading("1. Welcome, apologies and declarations of interest", level=1)
d.add_paragraph("The Chair welcomed Kofi Asante to his first meeting as a parent governor. Lucy Tranter declared an "
                "interest in item 7, as her partner is a Head of Year, and left the room for that item. There were "
                "no other declarations.")

d.add_heading("2. Minutes of the last meeting and matters arising", level=1)
d.add_paragraph("The minutes of 22 September 2027 were approved and signed by the Chair. Matters arising: version "
                "5 of the Safeguarding and Online Safety Policy, approved at that meeting, came into force on "
                "1 October and has been read by all staff. The trust has confirmed the academy's term dates for "
                "2028/29; they will be published on the website in January 2028.")

d.add_heading("3. Safeguarding and attendance report", level=1)
d.add_paragraph("Daniel Ferreira presented the report for 1 September to 31 October 2027. Staff recorded 214 "
                "concerns on SafeLog, 172 on the Main site and 42 at the Sixth Form Centre, compared with 188 in "
                "the same period last year. There were 9 referrals to children's social care and 3 early help "
                "assessments. NetGuard raised 37 monitoring alerts, of which 4 needed further action. Daniel said "
                "the rise in concerns mostly reflects better recording since staff were asked to log concerns on "
                "the same day.")
d.add_paragraph("Attendance for the half term was 93.4% overall: 93.1% on the Main site and 94.8% at the Sixth Form "
                "Centre. Persistent absence, meaning students missing 10% or more of sessions, fell from 19.5% to "
                "17.2%. Year 9 has the lowest attendance, at 91.2%.")
d.add_paragraph("Governors discussed mobile phones. Heads of Year report that most confiscations are in Years 7 to "
                "9 and that phones are the cause of most online incidents that spill into school. Following the "
                "parent survey, in which 71% of parents supported the idea, the board agreed that from Tuesday "
                "18 April 2028 students in Years 7 to 9 will lock their phones in a pouch at the gate each morning "
                "and unlock them when they leave; Years 10 and 11 will keep the current rule. The pouches will cost "
                "about £8,600 and will be paid for from the Friends of Ashcombe grant. Daniel will update the "
                "policy before Easter. Dr Byrne will visit the Sixth Form Centre in January to check the new "
                "deputy DSL arrangements.")

d.add_heading("4. Budget monitoring to 31 October 2027", level=1)
d.add_paragraph("Martin Cole presented the budget report. The academy's income for 2027/28 is £9.84 million and the "
                "budget forecasts a surplus of £62,000 at 31 August 2028. Spending on supply teachers was £71,400 "
                "to 31 October, against £95,000 budgeted for the whole year, mainly because of two long-term "
                "vacancies in science. Energy costs are 6% below budget after the solar panels on the sports hall "
                "roof came into use in July.")
d.add_paragraph("Hamid Qureshi asked whether the surplus could survive the supply costs. Martin said the forecast "
                "already assumes supply spending of £150,000 for the year, and that the surplus would fall to about "
                "£20,000 if both science posts stayed vacant until Easter.")

d.add_heading("5. School meals and lunch prices", level=1)
d.add_paragraph("Martin reported that Vale Fresh Catering has asked to raise prices because food costs are 8% "
                "higher than a year ago. After discussion the board agreed that the lunchtime meal deal will rise "
                "from £2.65 to £2.80 on the Main site, and from £2.90 to £3.05 at the Sixth Form Centre, from "
                "Wednesday 5 January 2028. Other prices stay the same until the summer. The daily free school meals "
                "allowance will rise from £2.65 to £2.80 on the same day, so that students eligible for free school "
                "meals can still choose a full meal deal.")
d.add_paragraph("Patrick Nwosu asked that parents be told before the Christmas holidays. The breakfast club on the "
                "Main site will stay free for toast, and the hot breakfast will stay at 90p.")

d.add_heading("6. Sixth Form Centre", level=1)
d.add_paragraph("Tobias Lund reported that Year 12 has 151 students, against a target of 160, and Year 13 has 129. "
                "The sixth form open evening on 2 November attracted about 390 visitors, the most so far. Students "
                "have asked for the study centre at Mill Lane to stay open later, as many have no quiet place to "
                "work at home.")
d.add_paragraph("The board agreed that from Monday 10 January 2028 the study centre will stay open until 18:00 on "
                "Mondays to Thursdays instead of 17:00, supervised by a cover supervisor. Friday closing stays at "
                "17:00. The extra cost is about £6,300 a year. Tobias will review how many students use the late "
                "sessions and report back at the July meeting.")

d.add_heading("7. Staffing: Head of Year allowance", level=1)
d.add_paragraph("Lucy Tranter left the meeting for this item. The Headteacher explained that since September the "
                "five Heads of Year have taken on first-day follow-up of unexplained absence and the home visits "
                "on the third day, which has added considerably to their workload. She proposed that the Head of "
                "Year allowance be raised from TLR 2b (£4,650) to TLR 2c (£5,400) from 1 January 2028. The cost is "
                "£3,750 a year for the five posts. The board agreed. Second in Department posts stay at TLR 2a.")
d.add_paragraph("The Headteacher also reported that the Head of Science post has been advertised twice without an "
                "appointment and will be re-advertised in January with a recruitment payment of £2,000. Lucy "
                "Tranter returned to the meeting.")

d.add_heading("8. Examination results 2027", level=1)
d.add_paragraph("The Headteacher summarised the final 2027 results. At GCSE, 71% of students achieved grade 4 or "
                "above in both English and maths, compared with 68% in 2026, and 46% achieved grade 5 or above. At "
                "A level the average grade was B-, and 97% of Year 13 students went on to university, an "
                "apprenticeship or employment. Rev. Moss asked about disadvantaged students; the gap in English and "
                "maths narrowed from 22 to 17 percentage points.")

d.add_heading("9. Premises and health and safety", level=1)
d.add_paragraph("Martin reported that the roof over the Main site sports hall leaked during storms in October. It "
                "will be repaired during the February half term, from 14 to 18 February 2028, so the Year 11 mock "
                "exams in January are not affected. The fire alarm panel at the Sixth Form Centre will be replaced "
                "on 15 December, when the building will be closed to students after 13:00. There were 2 reportable "
                "accidents in the half term, both sports injuries.")

d.add_heading("Decisions", level=1)
for t in ["From 18 April 2028, students in Years 7 to 9 lock their phones in pouches at the gate; the current rule "
          "continues for Years 10 and 11.",
          "The lunchtime meal deal rises from £2.65 to £2.80 on the Main site and from £2.90 to £3.05 at the Sixth "
          "Form Centre from 5 January 2028, and the free school meals allowance rises to £2.80.",
          "The Sixth Form Centre study centre stays open until 18:00 on Mondays to Thursdays from 10 January 2028.",
          "The Head of Year allowance rises from TLR 2b (£4,650) to TLR 2c (£5,400) from 1 January 2028.",
          "The Head of Science post is re-advertised in January 2028 with a £2,000 recruitment payment."]:
    d.add_paragraph(t, style="List Bullet")

d.add_heading("Action items", level=1)
t = d.add_table(rows=1, cols=3)
t.style = "Table Grid"
for c, h in zip(t.rows[0].cells, ["Action", "Owner", "Due"]):
    c.text = h
rows = [
    ("Update the mobile phone section of the Safeguarding and Online Safety Policy", "Daniel Ferreira", "24 March 2028"),
    ("Order the phone pouches and write to parents of Years 7 to 9", "Martin Cole", "10 March 2028"),
    ("Tell parents about the new lunch prices and update the website", "Martin Cole", "15 December 2027"),
    ("Arrange cover supervisor staffing for the study centre late sessions", "Tobias Lund", "7 January 2028"),
    ("Report on use of the study centre late sessions", "Tobias Lund", "5 July 2028"),
    ("Update payroll and the staff handbook for the new Head of Year allowance", "Sonia Mehta", "17 December 2027"),
    ("Visit the Sixth Form Centre to review the deputy DSL arrangements", "Dr Eleanor Byrne", "31 January 2028"),
    ("Re-advertise the Head of Science post", "Rachel Penhaligon", "14 January 2028"),
]
for r in rows:
    for c, v in zip(t.add_row().cells, r):
        c.text = v

d.add_heading("Any other business", level=1)
d.add_paragraph("Rev. Moss reported that the Friends of Ashcombe raised £4,200 at the autumn fair. The Chair thanked "
                "Lucy Tranter, whose term as staff governor ends on 31 December 2027; an election for a new staff "
                "governor will be held in January.")

d.add_heading("Next meeting", level=1)
d.add_paragraph("The next Full Governing Board meeting is on Wednesday 9 February 2028 at 18:00 at the Sixth Form "
                "Centre, Mill Lane.")

d.save(HERE / "docs" / "governors-minutes-2027-11-24.docx")
