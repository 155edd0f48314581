"""Builds docs/product-council-minutes-2027-09-02.docx with python-docx (adapted from meridian's make_docx.py):
headings, bulleted attendees, apologies, a numbered agenda, discussion paragraphs, a Decisions list and an
action table (Action, Owner, Due)."""
from pathlib import Path
HERE = Path(__file__).resolve().parents[1]  # tests/data/lumen
from docx import Document

d = Document()
d.add_heading("Product Council — Minutes", level=0)
d.add_paragraph("Lumen Analytics. Meeting held on Thursday 2 September 2027, 14:00–16:10 UK time, in the "
                "Harbourside room at the Bristol office and on Zoom. Chair: Hannah Lindgren. Minutes taken by "
                "Ben Archer, Product Operations. Draft until approved at the next meeting.")

d.add_heading("Attendees", level=1)
for a in ["Hannah Lindgren (Chief Product Officer, chair)",
          "Dana Okonkwo (VP Engineering)",
          "Tomás Ferreira (Head of Design, Lisbon)",
          "Kenji Watanabe (Head of Data Science)",
          "Ruth Mensah (Head of Customer Success)",
          "Oliver Grant (Head of Sales)",
          "Femi Adebayo (Product Manager, Dashboards)",
          "Sofia Marques (Product Manager, Integrations)",
          "Priyanka Rao (Data Protection Officer, for item 5 only)",
          "Ben Archer (Product Operations, minutes)"]:
    d.add_paragraph(a, style="List Bullet")
d.add_paragraph("Apologies: Graham Poole (Chief Financial Officer), who sent comments on the pricing paper "
                "in advance, and Lena Vogel (Head of Marketing), who was represented by Oliver for item 3.")

d.add_heading("Agenda", level=1)
for a in ["Minutes of the last meeting and matters arising", "Q3 roadmap review",
          "Warehouse connectors: Snowflake or BigQuery first", "Starter plan pricing",
          "Retiring Reports v1", "AI summaries beta", "Any other business"]:
    d.add_paragraph(a, style="List Number")

d.add_heading("1. Minutes of the last meeting", level=1)
d.add_paragraph("The minutes of 5 August 2027 were approved with one correction: the churn figure for July "
                "was 1.9%, not 1.6%. The open action from August, a survey of Team-plan customers about "
                "scheduled exports, was completed by Ruth; 61% of the 180 respondents said they export to "
                "spreadsheets at least weekly.")

d.add_heading("2. Q3 roadmap review", level=1)
d.add_paragraph("Hannah reported that 7 of the 11 items on the Q3 roadmap have shipped, and two more will "
                "ship before the end of September. Dashboards 2.0 is the main slip: Femi explained that "
                "dashboards with more than 50 widgets took over eight seconds to load in the beta, against a "
                "target of two seconds, so general availability has moved from 15 September to 13 October "
                "2027. The 41 beta customers have been told and none has asked to leave the beta.")
d.add_paragraph("Dana said the fix needs a new query cache and will take two engineers about four weeks. "
                "Tomás asked that the new empty-state designs ship at the same time rather than in Q4, and "
                "Femi agreed as long as they do not delay the release.")

d.add_heading("3. Warehouse connectors", level=1)
d.add_paragraph("Sofia presented the demand for native warehouse connectors. Since January, 38 customers "
                "have asked for a Snowflake connector and 14 for a BigQuery connector; the Snowflake requests "
                "include 9 of our 25 largest accounts, worth £1.2 million in annual recurring revenue "
                "together. Engineering estimates the Snowflake connector at nine engineer-weeks and the "
                "BigQuery connector at six, because BigQuery can reuse parts of the existing Google Sheets "
                "integration.")
d.add_paragraph("Oliver said two deals in the pipeline, worth about £310,000 a year together, depend on "
                "Snowflake. Kenji noted that most BigQuery requests come from smaller customers who can use "
                "the CSV import in the meantime. The Council agreed to build Snowflake first.")

d.add_heading("4. Starter plan pricing", level=1)
d.add_paragraph("Oliver presented the pricing paper. The Starter plan has been £49 per user per month since "
                "launch in 2024, while our costs per Starter account have risen by 31% over the same period. "
                "The paper proposed £59 per user per month for new customers. Graham's written comments "
                "supported the rise and asked that the annual billing discount stay at 15%. Ruth asked "
                "that existing customers get a long notice period, as the last rise caused a spike in "
                "support tickets.")
d.add_paragraph("The Council agreed the rise for new customers, and that existing Starter customers keep "
                "£49 until their first renewal after 1 February 2028. The Team plan stays at £89 per user per "
                "month, and Enterprise pricing is unchanged.")

d.add_heading("5. Retiring Reports v1", level=1)
d.add_paragraph("Femi reported that 212 accounts still used Reports v1 in August, down from 540 in March. "
                "Most of them have only one or two old reports. Ruth's team will offer to migrate the reports "
                "for any account that asks. The Council agreed a two-step retirement: Reports v1 becomes "
                "read-only on 1 December 2027 and is switched off on 31 March 2028. Enterprise customers may "
                "ask their customer success manager for an extension to 30 June 2028, but not beyond.")

d.add_heading("6. AI summaries beta", level=1)
d.add_paragraph("Kenji presented the AI summaries feature, which writes a short plain-English summary of "
                "any dashboard. In the internal evaluation 87% of summaries were rated accurate by two "
                "reviewers, against a target of 90% before general availability. Priyanka explained that "
                "customer data sent for summarisation is processed by our model provider in the EU, is not "
                "stored by the provider and is never used to train models, but that the data processing "
                "agreement with Enterprise customers must be updated before they can take part.")
d.add_paragraph("The Council agreed a closed beta with up to 20 customers from the Team plan, opt-in only, "
                "starting on 4 October 2027. Enterprise customers are excluded until the updated data "
                "processing agreement is in place. Hannah asked that the beta ends with a go or no-go "
                "decision at the December Council.")

d.add_heading("Decisions", level=1)
for t in ["Dashboards 2.0 general availability moves to 13 October 2027.",
          "The Snowflake connector is built first, with general availability by 30 November 2027; the BigQuery "
          "connector moves to Q1 2028.",
          "The Starter plan rises from £49 to £59 per user per month for new customers from 1 November 2027. "
          "Existing Starter customers keep £49 until their first renewal after 1 February 2028.",
          "The Team plan stays at £89 per user per month and the annual billing discount stays at 15%.",
          "Reports v1 becomes read-only on 1 December 2027 and is switched off on 31 March 2028, with "
          "extensions to 30 June 2028 for Enterprise customers who ask.",
          "A closed beta of AI summaries starts on 4 October 2027 with up to 20 Team-plan customers; "
          "Enterprise customers join only after their data processing agreement is updated."]:
    d.add_paragraph(t, style="List Bullet")

d.add_heading("Action items", level=1)
t = d.add_table(rows=1, cols=3)
t.style = "Table Grid"
for c, h in zip(t.rows[0].cells, ["Action", "Owner", "Due"]):
    c.text = h
rows = [
    ("Publish the revised Dashboards 2.0 release plan to beta customers", "Femi Adebayo", "9 September 2027"),
    ("Staff the Snowflake connector team and confirm the GA date", "Dana Okonkwo", "16 September 2027"),
    ("Email all Starter customers about the new price", "Oliver Grant", "1 October 2027"),
    ("Update help-centre articles and the pricing page", "Lena Vogel", "25 October 2027"),
    ("Contact the 212 Reports v1 accounts and offer migration", "Ruth Mensah", "15 October 2027"),
    ("Update the data processing agreement for AI summaries", "Priyanka Rao", "15 November 2027"),
    ("Recruit the 20 AI summaries beta customers", "Kenji Watanabe", "27 September 2027"),
]
for r in rows:
    for c, v in zip(t.add_row().cells, r):
        c.text = v

d.add_heading("Any other business", level=1)
d.add_paragraph("Tomás announced that version 3 of the Prism design system is ready, and asked all product "
                "teams to move new screens to it from 1 October. Old screens move as they are touched.")
d.add_paragraph("Hannah reminded everyone that the product offsite is in Lisbon from 16 to 18 November 2027, "
                "and that the budget allows one person per product team to attend from the Bristol office.")

d.add_heading("Next meeting", level=1)
d.add_paragraph("The next Product Council is on Thursday 7 October 2027 at 14:00 UK time, on Zoom.")

d.save(HERE / "docs" / "product-council-minutes-2027-09-02.docx")
