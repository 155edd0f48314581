"""Builds docs/management-team-minutes-2034-02-15.docx with python-docx, as coldharbour's make_docx.py does (itself
ferncombe's, hartwell's and earlier sets'): headings, a Present list, apologies, a numbered agenda, discussion
paragraphs, a Decisions list and an action table (Action, Owner, Due)."""
from pathlib import Path
HERE = Path(__file__).resolve().parents[1]  # tests/data/kettlewell
from docx import Document

d = Document()
d.add_heading("Management Team — Minutes", level=0)
d.add_paragraph("Kettlewell Zoological Trust. Meeting of the Management Team held on Wednesday 15 February 2034, "
                "09:00–12:30, in the Discovery Centre classroom at Kettlewell Zoo, Brindle Lane, Kettlewell. Chair: "
                "Dr Helena Marchbank. Minutes: Bethan Lowry, HR Manager. These minutes stay in draft until they are "
                "agreed at the next meeting.")

d.add_heading("Present", level=1)
for a in ["Dr Helena Marchbank (Chair; Zoo Director)",
          "Tobias Quennell (Curator)",
          "Dr Anjali Moorcroft (Head Vet)",
          "Seun Adebayo (Finance Manager)",
          "Callum Ferris (Visitor Services Manager)",
          "Gwen Threlfall (Health and Safety Manager)",
          "Bethan Lowry (HR Manager, minutes)"]:
    d.add_paragraph(a, style="List Bullet")
d.add_paragraph("In attendance: Marco Delsanto (Catering and Retail Manager, for item 6) and Jonah Stirk (Head Keeper, "
                "Carnivores, for items 3 and 5).")
d.add_paragraph("Apologies: Hattie Pennock (Farm Park Manager), judging at the Dales Rare Breeds Show, whose report for "
                "item 7 was presented by Tobias Quennell, and Rosalind Ibbotson (Education Manager), who was ill.")

d.add_heading("Agenda", level=1)
for a in ["Minutes of the last meeting (7 December 2033) and matters arising",
          "Visitor numbers and the 2033 accounts", "Animal collection and the Vet Centre",
          "Keepers' pay and staffing", "Animal escapes and drills", "Café, shop and events",
          "Hobb Green Farm Park", "Projects", "Any other business"]:
    d.add_paragraph(a, style="List Number")

d.add_heading("1. Minutes of the last meeting and matters arising", level=1)
d.add_paragraph("The minutes of 7 December 2033 were agreed. Matters arising: the new keeper radios were delivered on "
                "16 January, and the Trustees agreed version 4 of the Admission, Membership and Booking Terms on 24 "
                "January, in force from 1 March 2034. The annual animal count in the first full week of January "
                "recorded 641 animals of 92 species.")

d.add_heading("2. Visitor numbers and the 2033 accounts", level=1)
d.add_paragraph("Callum Ferris reported 412,600 visitors to the zoo in 2033, 4% more than in 2032, and 58,300 to Hobb "
                "Green Farm Park. There are 9,840 member households, 610 more than a year ago, and 71% of day tickets "
                "were bought online. Seun Adebayo reported income of £9.36 million for 2033 and a surplus of £412,000, "
                "of which £150,000 goes to the Trust's field conservation fund.")
d.add_paragraph("Callum proposed raising the adult summer gate price at the zoo from £26.00 to £27.50 from the Easter "
                "holidays, to cover the rise in meat and energy costs. The team did not agree, as the price went up "
                "on 1 March and visitors had already been told: the adult summer gate price stays at £26.00 until "
                "the terms are next reviewed in January 2035.")
d.add_paragraph("The team agreed that the price of the Keeper for a Day experience goes up from £185 to £210 for "
                "experiences booked on or after Monday 1 May 2034, as the 2033 dates sold out by June. Experiences "
                "booked before then keep the old price. The minimum age of 16 and the other experience prices, "
                "including Junior Keeper at £95, do not change. Callum will update Turnstyle and the website.")

d.add_heading("3. Animal collection and the Vet Centre", level=1)
d.add_paragraph("Tobias Quennell reported that the Amur tiger Ludmila gave birth to two cubs on 11 January 2034, "
                "both doing well; the public vote on their names closes on 31 March. A Grevy's zebra foal was born "
                "on 2 February. The avian influenza housing order, which kept the penguins and the walk-through "
                "aviary indoors, was lifted on 6 February. Dr Anjali Moorcroft reported 1,214 treatments at the Vet "
                "Centre in 2033 and asked for a second portable X-ray unit, at £18,600, which the team agreed.")
d.add_paragraph("Jonah Stirk reported that the crowd at the 15:15 tiger feed is often more than 300 people, as it is "
                "when most school groups are leaving, and that the tigers are more active earlier in the afternoon. "
                "The team agreed that from Monday 3 April 2034 the tiger feed and talk moves from 15:15 to 14:00. The "
                "tigers are still not fed on Tuesdays, and the other feeding times do not change. Callum will update "
                "the website and the maps.")

d.add_heading("4. Keepers' pay and staffing", level=1)
d.add_paragraph("Bethan Lowry reported 158 staff and 7 vacancies: two keepers, four seasonal café and shop "
                "assistants and one vet nurse. Two Carnivores keepers left in 2033 for a safari park that pays a "
                "larger allowance for working with dangerous animals, and only 14 keepers are on the Category 1 key "
                "list, against the 18 the rotas need.")
d.add_paragraph("The team agreed that from Saturday 1 April 2034 the dangerous animal allowance goes up from £1,200 to "
                "£1,500 a year for keepers on the Category 1 key list. The on-call allowance, the night watch payment "
                "and the first aid allowance do not change. Bethan will update the Staff Handbook and the pay codes "
                "in Shiftwell, and Tobias will train four more keepers for the key list by the end of June.")

d.add_heading("5. Animal escapes and drills", level=1)
d.add_paragraph("Gwen Threlfall reported on the escape of a lar gibbon from the Primate House on Sunday 22 January "
                "2034. A keeper found a slide not fully closed at 10:40, and the gibbon was in the trees by the "
                "Savannah path for 35 minutes before it went back inside on its own. Code Amber was called, the path "
                "was closed and nobody was hurt. The slide has been fitted with a second bolt. Gwen said that two "
                "keepers in the Primates section had not taken part in an escape drill for over a year.")
d.add_paragraph("The team agreed that from Saturday 1 April 2034 each section runs an escape drill every 3 months, "
                "instead of every 6 months. The whole-site Code Red drill stays once a year, in February, and the "
                "rest of AC-04 does not change. Gwen will update AC-04 and set the drill dates for all sections.")

d.add_heading("6. Café, shop and events", level=1)
d.add_paragraph("Marco Delsanto reported café and shop takings of £1.84 million in 2033. The Christmas Lantern Trail "
                "sold 21,400 tickets, and the Zoo Lates evenings in July sold out. Meat from Crossgill Meats went up "
                "by 9% on 1 January, and Marco has agreed a three-year hay contract with Tarnbeck Forage from 1 April. "
                "Reusable cups will replace paper cups in the Baobab Café from 1 March.")

d.add_heading("7. Hobb Green Farm Park", level=1)
d.add_paragraph("Tobias presented Hattie Pennock's report. Lambing starts on 1 March and the Lambing Weekends open on "
                "Saturday 18 March. Three Scottish wildcat kittens born in the Conservation Breeding Unit in 2033 "
                "will go to a release site in the Highlands in the autumn. Hattie had proposed letting visitors bring "
                "dogs on leads to Hobb Green, but the team did not agree, because of the risk of disease to the farm "
                "animals and the wildcats: dogs other than assistance dogs stay banned at both sites.")

d.add_heading("8. Projects", level=1)
d.add_paragraph("Tobias presented plans for a red panda enclosure next to Lemur Wood, at about £380,000. The team asked "
                "for a second quote and for news of a grant bid to the Harrowfield Foundation, so the proposal was "
                "deferred to the next meeting on Wednesday 19 April 2034. Callum proposed adding timed entry slots to "
                "Turnstyle, at about £14,500 a year, for the busiest days. As the team wants to see how the new "
                "online prices work first, it was deferred to the meeting on Wednesday 21 June 2034.")

d.add_heading("9. Any other business", level=1)
d.add_paragraph("The staff awards evening is in the Baobab Café on Friday 10 March 2034 from 18:30. Seun reminded "
                "managers that expense claims for 2033 must be in Shiftwell by 28 February.")

d.add_heading("Decisions", level=1)
for t in ["The adult summer gate price stays at £26.00; the proposed rise to £27.50 was not agreed.",
          "Keeper for a Day goes up from £185 to £210 for experiences booked on or after Monday 1 May 2034; the "
          "minimum age and the other experience prices do not change.",
          "From Monday 3 April 2034 the tiger feed and talk moves from 15:15 to 14:00; still no feed on Tuesdays.",
          "A second portable X-ray unit for the Vet Centre, at £18,600.",
          "From Saturday 1 April 2034 the dangerous animal allowance goes up from £1,200 to £1,500 a year; the "
          "on-call, night watch and first aid payments do not change.",
          "From Saturday 1 April 2034 section escape drills are every 3 months, instead of every 6 months; the "
          "whole-site drill stays once a year.",
          "Dogs on leads at Hobb Green were not agreed.",
          "Deferred: the red panda enclosure (19 April 2034) and timed entry slots in Turnstyle (21 June 2034)."]:
    d.add_paragraph(t, style="List Bullet")

d.add_heading("Action items", level=1)
t = d.add_table(rows=1, cols=3)
t.style = "Table Grid"
for c, h in zip(t.rows[0].cells, ["Action", "Owner", "Due"]):
    c.text = h
rows = [
    ("Update Turnstyle and the website for the £210 Keeper for a Day price", "Callum Ferris", "14 April 2034"),
    ("Update the website and the visitor maps for the 14:00 tiger feed", "Callum Ferris", "24 March 2034"),
    ("Order the second portable X-ray unit", "Dr Anjali Moorcroft", "3 March 2034"),
    ("Update the Staff Handbook and Shiftwell pay codes for the £1,500 allowance", "Bethan Lowry", "17 March 2034"),
    ("Train four more keepers for the Category 1 key list", "Tobias Quennell", "30 June 2034"),
    ("Update AC-04 and set the quarterly drill dates for every section", "Gwen Threlfall", "10 March 2034"),
    ("Get a second quote for the red panda enclosure", "Tobias Quennell", "5 April 2034"),
    ("Send the grant bid to the Harrowfield Foundation", "Seun Adebayo", "31 March 2034"),
]
for r in rows:
    for c, v in zip(t.add_row().cells, r):
        c.text = v

d.add_heading("Next meeting", level=1)
d.add_paragraph("The next Management Team meeting is on Wednesday 19 April 2034 at 09:00 in the Discovery Centre.")

d.save(HERE / "docs" / "management-team-minutes-2034-02-15.docx")
