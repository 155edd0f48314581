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


def test_a_heading_spans_its_subsections_and_a_row_label_is_no_heading():
    document = load_bytes("policy.md", POLICY.encode())
    found = {heading: document.text[start:end] for start, end, heading in stored_sections(split_passages(document))}
    assert set(found) == {"Travel policy", "Approval", "Automatic approval"}  # "Economy" labels a row
    assert found["Travel policy"].startswith("Travel policy") and found["Travel policy"].endswith("Who: Everyone")
    assert "You are a member." in found["Approval"] and "Small grants" in found["Approval"]
    assert found["Automatic approval"].startswith("Automatic approval") and "member" not in found["Automatic approval"]
