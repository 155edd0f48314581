from chatbot.conversation.targets import stored_sections
from ingest.loaders import load_bytes
from ingest.passages import split_passages

POLICY = """# Travel policy

We fund travel to events.

## Approval

The following are the guidelines:

- You are a member.
- The event is real.

### Automatic approval

Small grants are approved at once.

| Class | Who |
|---|---|
| Economy | Everyone |
"""


def _store_with(tmp_path, documents):
    """A store of its own under tmp_path holding the documents."""
    from chatbot import get_embeddings, load_settings, open_store
    from ingest import ingest_documents

    settings = load_settings(persist_dir=tmp_path / "store", collection="targets", chroma_host=None)
    store = open_store(settings, get_embeddings(settings.embeddings), create=True)
    with store.writing():
        ingest_documents(documents, store, progress=False)
    return store


def test_a_heading_spans_its_subsections_and_a_row_label_is_no_heading():
    document = load_bytes("policy.md", POLICY.encode())
    found = {heading: document.text[start:end] for start, end, heading in stored_sections(split_passages(document))}
    assert set(found) == {"Travel policy", "Approval", "Automatic approval"}  # "Economy" labels a row
    assert found["Travel policy"].startswith("Travel policy") and found["Travel policy"].endswith("Who: Everyone")
    assert "You are a member." in found["Approval"] and "Small grants" in found["Approval"]
    assert found["Automatic approval"].startswith("Automatic approval") and "member" not in found["Automatic approval"]


def test_naming_the_title_heading_and_a_section_summarizes_the_section(tmp_path):
    """The document's first heading spans all of it: it names the document, the section is what is asked."""
    from chatbot.conversation.targets import pick_target

    store = _store_with(tmp_path, [load_bytes("policy.md", POLICY.encode())])
    target = pick_target(store, "Summarize the approval section of the travel policy", store.documents())
    assert target.heading == "Approval"


def test_a_pdf_section_is_named_by_its_heading_and_its_list_items_are_summarized(tmp_path):
    """"the tactics section" is "Tactics", not "Tactics we'll use together"; a section that is a
    list summarizes its items (marked headings, not short lines, are what a summary leaves out)."""
    from chatbot.conversation.summary import summarize
    from chatbot.conversation.targets import pick_target
    from ingest import load_file

    from ..answering.test_forms import WORKPLACE

    store = _store_with(tmp_path, [load_file(WORKPLACE / "18f-partnership-principles.pdf")])
    assert pick_target(store, "Summarize the tactics section of the partnership principles",
                       store.documents()).heading == "Tactics"
    listed = pick_target(store, "Summarize the 'Methodologies we'll use together' part", store.documents())
    assert listed.heading == "Methodologies we’ll use together"
    draft = summarize(store, listed.source, span=(listed.start, listed.end), heading=listed.heading)
    assert "Letting users guide our work" in draft.text and "Building in the open" in draft.text


def test_a_date_in_a_file_name_is_named_by_its_month(tmp_path):
    """Minutes are filed by date: "…decided in november" names the minutes of 2027-11-18, not
    those of 2027-09-16, which say the same things of another month."""
    from chatbot.conversation.targets import pick_target

    minutes = ("# Board meeting\n\nPresent: four trustees.\n\n## Decisions\n\nThe board approved the food budget. "
               "The board opened a Saturday session.\n")
    store = _store_with(tmp_path, [load_bytes("board-minutes-2027-09-16.md", minutes.replace("food", "roof").encode()),
                                   load_bytes("board-minutes-2027-11-18.md", minutes.encode())])
    for month, source in (("november", "board-minutes-2027-11-18.md"), ("September", "board-minutes-2027-09-16.md")):
        target = pick_target(store, f"summarize what the board decided in {month}", store.documents())
        assert target is not None and target.source == source


def test_a_document_named_in_full_wins_over_another_documents_section_of_that_name(tmp_path):
    """"summarise the data protection and cctv policy" names the policy's own file, not the minutes'
    section headed "Data Protection and CCTV Policy" that discusses it; a message naming more than the
    policy's name still names that section."""
    from chatbot.conversation.targets import pick_target

    policy = ("# Data Protection and CCTV Policy\n\nVersion 3 is in force from 1 November 2027.\n\n"
              "## CCTV\n\nRoutine footage is kept for 31 days.\n\n## Requests\n\nPolice requests use form DP7.\n")
    minutes = ("# Branch managers' meeting\n\n## 6. Opening hours\n\nHollins Park moves its late night to Thursday, "
               "with the change shown on the door four weeks ahead.\n\n"
               "## 7. Data Protection and CCTV Policy\n\nRavi introduced version 3 of the policy to the managers, "
               "who agreed to brief their staff on it by the end of the month.\n\n"
               "## Action items\n\nJess will brief the volunteers on the new policy before the end of November.\n")
    store = _store_with(tmp_path, [load_bytes("data-protection-cctv-policy.md", policy.encode()),
                                   load_bytes("branch-managers-minutes.md", minutes.encode())])
    target = pick_target(store, "can you summarise the data protection and cctv policy", store.documents())
    assert target.source == "data-protection-cctv-policy.md" and target.heading is None
    target = pick_target(store, "summarise what the managers said about the data protection and cctv policy",
                         store.documents())  # more than the policy's name: the minutes' section
    assert target.heading == "7. Data Protection and CCTV Policy"
    assert pick_target(store, "summarise the action items", store.documents()).heading == "Action items"


def test_the_rest_of_the_message_names_a_section_of_the_named_document(tmp_path):
    """"what changed in the latest returns policy" names the policy by its file name and, by the rest
    of its words, the policy's section on what changed (not the handbook's "Returns and feedback");
    naming the policy alone names all of it, and a section's number alone ("version 3" against "3.
    Warranty") names no section."""
    from chatbot.conversation.targets import pick_target

    policy = ("# Returns Policy\n\nVersion 3 is in force from 1 July 2027.\n\n"
              "## 2. What changed in version 3\n\nThe restocking fee is now 15% instead of 20%. Transit damage is "
              "now reported within 5 working days instead of 48 hours.\n\n"
              "## 3. Warranty\n\nPumps carry a warranty of 24 months from delivery, valves 12 months.\n\n"
              "## 4. Refunds\n\nRefunds are paid within 10 working days of the return reaching us.\n")
    handbook = ("# Staff handbook\n\n## Leave\n\nStaff get 25 days of annual leave.\n\n"
                "## Pay\n\nPay day is the 28th.\n\n"
                "## Returns and feedback\n\nThe returns desk logs every complaint and answers it within a week.\n")
    store = _store_with(tmp_path, [load_bytes("returns-policy.md", policy.encode()),
                                   load_bytes("staff-handbook.md", handbook.encode())])
    for message in ("can u summarise what changed in the latest returns policy",
                    "tldr of the changes in the returns policy", "whats new in the returns policy?"):
        target = pick_target(store, message, store.documents())
        assert (target.source, target.heading) == ("returns-policy.md", "2. What changed in version 3"), message
    target = pick_target(store, "summarize the returns policy", store.documents())
    assert (target.source, target.heading) == ("returns-policy.md", None)
    target = pick_target(store, "summarize version 3 of the returns policy", store.documents())
    assert (target.source, target.heading) == ("returns-policy.md", None)


def test_the_named_documents_own_part_before_another_documents_section(tmp_path):
    """The minutes have a section "4. Reservations and guest feedback"; "what changed in the latest
    reservations policy" is the policy's "2. What changed in version 4"."""
    from pathlib import Path

    from chatbot.conversation.targets import pick_target
    from ingest import load_file

    docs = Path(__file__).resolve().parents[2] / "data" / "quayside" / "docs"
    store = _store_with(tmp_path, [load_file(p) for p in sorted(docs.iterdir())])
    target = pick_target(store, "can u summarise what changed in the latest reservations policy", store.documents())
    assert target.source == "reservations-and-cancellation-policy.pdf"
    assert target.heading == "2. What changed in version 4"


def test_a_kind_of_document_names_no_section(tmp_path):
    """"what got decided at the nov ops meeting": "meeting" says which kind of document is meant, so it
    names the minutes, not their section headed "Next meeting"; "decided" names their "Decisions"."""
    from chatbot.conversation.targets import pick_target

    minutes = ("# Operations managers' meeting\n\nPresent: five managers.\n\n## Fares\n\nThe group day ticket "
               "goes down from £14 to £12 from 4 December.\n\n## Decisions\n\nThe lost property charge stays at £2. "
               "The Saturday opening of the travel office ends in January.\n\n## Next meeting\n\n"
               "The next meeting is on Wednesday 15 December at 10:00 in the mess room.\n")
    store = _store_with(tmp_path, [load_bytes("operations-managers-minutes-2027-11-17.md", minutes.encode()),
                                   load_bytes("staff-handbook.md", POLICY.encode())])
    target = pick_target(store, "what got decided at the nov ops meeting", store.documents())
    assert target.source == "operations-managers-minutes-2027-11-17.md" and target.heading == "Decisions"
    target = pick_target(store, "summarise the nov ops meeting", store.documents())
    assert target.source == "operations-managers-minutes-2027-11-17.md" and target.heading is None
    assert pick_target(store, "summarise the next meeting section", store.documents()).heading == "Next meeting"


def test_a_line_above_the_title_leaves_the_sections_under_the_title():
    """A plain-text document opening with its company's name above its title: its sections are still
    the ones under the title, one summary sentence each."""
    from chatbot.conversation.summary import section_keys

    text = ("ACME BUSES LTD\nSAFETY PROCEDURES\n=================\n\nThis applies to all staff at both depots.\n\n"
            "1. CONTACTS\n-----------\n\nControl is staffed 24 hours a day.\n\n2. YARD\n-------\n\n"
            "Wear hi-vis in the yard at all times.\n")
    passages = [p for p in split_passages(load_bytes("procedures.txt", text.encode())) if not p.heading]
    keys = section_keys(passages)
    assert keys[0] == ""  # the company's name stands under no heading
    assert len(set(keys[1:])) == 3 and all(k.startswith("SAFETY PROCEDURES") for k in keys[1:])


def test_a_short_section_or_a_list_is_summed_up_by_all_of_it(tmp_path):
    """"what was on the agenda?": a section that is a list of eight items is all of them, not three
    picked by centrality; a longer section of prose is still cut to its central sentences."""
    from chatbot.conversation.summary import summarize
    from chatbot.conversation.targets import pick_target

    items = ["Minutes of the last meeting", "Admissions and programming", "Ticket prices and membership",
             "Projection and show stops", "Food and drink", "Cawley Picture Room", "People and pay",
             "Any other business"]
    prose = " ".join(f"The board heard report number {n} on the {w} site, and noted it." for n, w in
                     enumerate(["north", "south", "east", "west", "river", "hill", "town", "park", "mill"], 1))
    minutes = "# Management meeting\n\n## Agenda\n\n" + "".join(f"- {item}\n" for item in items) + \
              f"\n## Reports\n\n{prose}\n"
    store = _store_with(tmp_path, [load_bytes("minutes.md", minutes.encode())])
    agenda = pick_target(store, "summarize the agenda of the management meeting", store.documents())
    draft = summarize(store, agenda.source, span=(agenda.start, agenda.end), heading=agenda.heading)
    assert draft.text.splitlines() == ["“Agenda” in minutes.md:", *(f"- {item} [{n}]" for n, item in
                                                                   enumerate(items, 1))]
    reports = pick_target(store, "summarize the reports section of the management meeting", store.documents())
    draft = summarize(store, reports.source, span=(reports.start, reports.end), heading=reports.heading)
    assert " sentences:" in draft.text.splitlines()[0] and len(draft.cited) < 9


def test_what_a_meeting_decided_is_every_line_of_its_decisions(tmp_path):
    """"what did they decide at the september meeting": the minutes' "Decisions", one decision a line
    and no list marks, are shown whole, not the three to five most central sentences of the minutes;
    "what was agreed" and "the resolutions" name the same section."""
    from chatbot.conversation.summary import summarize
    from chatbot.conversation.targets import pick_target

    decisions = [f"The {thing} changes from {old} to {new} from Monday 3 October." for thing, old, new in
                 [("Tuesday price", "£6.50", "£7.00"), ("Gold membership", "£75", "£80"),
                  ("stop rule", "20 minutes", "15 minutes"), ("taxi rule", "23:30", "23:00"),
                  ("bar opening", "14:00", "13:00"), ("staff discount", "25%", "30%"),
                  ("locker deposit", "£5", "£10"), ("uniform allowance", "£40", "£50")]]
    prose = " ".join(f"The meeting heard report number {n} on the {w} site, and noted it." for n, w in
                     enumerate(["north", "south", "east", "west", "river", "hill", "town", "park"], 1))
    minutes = (f"# Management meeting, 14 September 2033\n\n## Discussion\n\n{prose}\n\n## Decisions\n\n"
               + "".join(f"{line}\n\n" for line in decisions) + "## Next meeting\n\nOn 9 November 2033.\n")
    store = _store_with(tmp_path, [load_bytes("management-meeting-minutes-2033-09-14.md", minutes.encode()),
                                   load_bytes("staff-handbook.md", POLICY.encode())])
    for message in ("what did they decide at the september meeting", "what was agreed at the september meeting"):
        target = pick_target(store, message, store.documents())
        assert target.heading == "Decisions", message
    draft = summarize(store, target.source, span=(target.start, target.end), heading=target.heading)
    assert draft.text.splitlines() == ["“Decisions” in management-meeting-minutes-2033-09-14.md:",
                                       *(f"- {line} [{n}]" for n, line in enumerate(decisions, 1))]


def test_a_person_named_with_a_list_section_keeps_their_lines(tmp_path):
    """"which actions did priya get from the september meeting?": Priya's lines of the action items,
    not all nine; "summarise the action items" is every one of them."""
    from chatbot.conversation.summary import summarize
    from chatbot.conversation.targets import pick_target

    owners = ["Priya Raman", "Tom Hale", "Priya Raman", "Ann Webb", "Tom Hale", "Ann Webb", "Joe Lund", "Ann Webb",
              "Joe Lund"]
    actions = [f"Action: Task number {n} of the meeting; Owner: {owner}; Due: {n} October 2033"
               for n, owner in enumerate(owners, 1)]
    minutes = ("# Management meeting, 14 September 2033\n\n## Discussion\n\nThe meeting heard the reports.\n\n"
               "## Action items\n\n" + "".join(f"{line}\n\n" for line in actions))
    store = _store_with(tmp_path, [load_bytes("management-meeting-minutes-2033-09-14.md", minutes.encode()),
                                   load_bytes("staff-handbook.md", POLICY.encode())])

    def lines(message):
        target = pick_target(store, message, store.documents())
        draft = summarize(store, target.source, span=(target.start, target.end), heading=target.heading,
                          within=target.within)
        return [line.split(" [")[0].removeprefix("- ") for line in draft.text.splitlines()[1:]]
    assert lines("which actions did priya get from the september meeting?") == [actions[0], actions[2]]
    assert lines("summarise the action items of the september meeting") == actions


SAFETY = """# Q3 Health and Safety Committee — Minutes

Date: 9 October 2024.

## Attendees

Anja Kowalczyk (chair), Tomasz Wierzbicki (warehouse), Daniel Okafor (facilities).

## Decisions

The committee agreed the following actions.

| Decision | Owner | Due date |
| --- | --- | --- |
| Replace the forklift batteries in Warehouse B | Tomasz Wierzbicki | 15 November 2024 |
| Hold a fire drill every month instead of every quarter | Daniel Okafor | 1 November 2024 |

## Next meeting

The next committee meeting is on 8 January 2025.
"""

REMOTE = """# Corvina Marine Instruments — Remote Work Policy

Version 3, effective 1 September 2024.

## Purpose

This policy explains when staff may work from home, to cut commuting and free desk space.

## Eligibility

Employees who have completed their six-month probation may work remotely up to 3 days a week.

## Requesting remote work

1. Fill in the remote work form on the intranet.
2. Your line manager approves or declines it within 5 working days.

## Working abroad

Working from another country is limited to 20 days per calendar year.
"""


def test_words_of_the_headings_above_a_section_do_not_filter_its_lines(tmp_path):
    """"what was decided at the safety committee meeting?": "committee" names the minutes (their title
    heading), so the Decisions section is shown whole, its table's rows too, not only the line that says
    "committee"."""
    from chatbot.conversation.summary import summarize
    from chatbot.conversation.targets import pick_target

    store = _store_with(tmp_path, [load_bytes("q3-safety-minutes.md", SAFETY.encode()),
                                   load_bytes("remote-work-policy.md", REMOTE.encode())])
    target = pick_target(store, "What was decided at the safety committee meeting?", store.documents())
    assert target.heading == "Decisions" and not target.within
    draft = summarize(store, target.source, span=(target.start, target.end), heading=target.heading,
                      within=target.within)
    assert "forklift batteries" in draft.text and "fire drill every month" in draft.text


def test_a_document_named_by_its_file_name_is_summarized_whole_with_what_it_covers(tmp_path):
    """"summarize the remote work policy" names remote-work-policy.md whole (its longer title does not
    make its section "Requesting remote work" the better match); the summary ends with its sections."""
    from chatbot.conversation.summary import summarize
    from chatbot.conversation.targets import pick_target

    store = _store_with(tmp_path, [load_bytes("q3-safety-minutes.md", SAFETY.encode()),
                                   load_bytes("remote-work-policy.md", REMOTE.encode())])
    target = pick_target(store, "summarize the remote work policy", store.documents())
    assert target.source == "remote-work-policy.md" and target.heading is None
    draft = summarize(store, target.source)
    assert draft.text.splitlines()[-1] == "It covers: Purpose; Eligibility; Requesting remote work; Working abroad."


def test_a_structured_documents_summary_opens_with_what_it_is_and_leaves_out_numbers_to_ring(tmp_path):
    """A policy's first sentences say what it is and whom it covers: its summary keeps them; a contact's
    number is where to ask, not a point: a summary leaves it for sentences that stand alone."""
    from chatbot.conversation.summary import summarize

    contacts = "\n## Contacts\n\n" + "".join(f"{who}: 01632 960 {n}00\n\n" for n, who in
                                           enumerate(["People Team", "IT Helpdesk", "Facilities"], 1))
    store = _store_with(tmp_path, [load_bytes("remote-work-policy.md", (REMOTE + contacts).encode())])
    draft = summarize(store, "remote-work-policy.md")
    points = [line for line in draft.text.splitlines() if line.startswith("- ")]
    assert points[0].startswith("- Version 3, effective 1 September 2024.")
    assert not any("01632" in point for point in points)
    assert draft.text.endswith("Working abroad; Contacts.")  # its sections are all named
