"""The Streamlit chat page. Only calls the chatbot / ingest public API: no retrieval logic here."""
from __future__ import annotations

import sys
import uuid
from pathlib import Path

import streamlit as st

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # `streamlit run ui/app.py` from anywhere

from chatbot import ChatbotError, ChatChain, Conversation, load_settings  # noqa: E402
from chatbot.answerers.base import configured  # noqa: E402
from chatbot.feedback import record_feedback  # noqa: E402
from ingest import ensure_default_document, ingest_upload  # noqa: E402
from ui.components import answer_markdown, citation_cards, highlighted_document  # noqa: E402

EXAMPLES = ["Who ruled out Assad?", "What did Le Drian say about training camps?",
            "How many strikes has France carried out in Iraq?", "Which countries are US coalition partners?"]

st.set_page_config(page_title="Document chat", page_icon="💬", layout="wide")


@st.cache_resource(show_spinner="Loading the model and the document store…")
def get_chain(answerer: str, store_location: str, collection: str) -> ChatChain:
    """One chain per server process, backend and store: the model and store load once, not per session."""
    settings = load_settings(answerer=answerer)
    ensure_default_document(settings)
    chain = ChatChain(settings)
    return chain


def reset_conversation() -> None:
    st.session_state.messages = []
    st.session_state.pop("conversation", None)
    st.session_state.selected = None


def main() -> None:
    try:
        settings = load_settings()
    except ChatbotError as exc:
        st.error(f"Configuration problem: {exc}")
        return
    state = st.session_state
    state.setdefault("messages", [])
    state.setdefault("session_id", uuid.uuid4().hex)
    state.setdefault("selected", None)

    with st.sidebar:
        st.header("Document chat")
        backends = configured(settings)
        backend = st.selectbox("Answering backend", backends, index=backends.index(settings.answerer)
                               if settings.answerer in backends else 0, key="backend")
        if st.button("New conversation", key="new_conversation", use_container_width=True):
            reset_conversation()
    try:
        chain = get_chain(backend, settings.store_location, settings.collection)
    except ChatbotError as exc:
        st.error(f"The chatbot is not available: {exc}")
        return
    if "conversation" not in state or state.get("conversation_backend") != backend:
        state.conversation = Conversation(chain)
        state.conversation_backend = backend

    with st.sidebar:
        _documents_panel(chain, settings)

    chat_col, doc_col = st.columns([3, 2])
    with chat_col:
        if not chain.store.documents():
            st.info("No documents yet: add a .txt, .md or .html file in the sidebar to start.")
        if not state.messages:
            st.markdown("Ask a question about the documents. For example:")
            for i, example in enumerate(EXAMPLES):
                if st.button(example, key=f"example_{i}"):
                    state.pending = example
        for i, message in enumerate(state.messages):
            _render_message(i, message, settings)
        question = st.chat_input("Ask about the document…", max_chars=settings.max_question_chars)
        question = question or state.pop("pending", None)
        if question is not None:
            _ask(question, settings)
    with doc_col:
        _document_view(chain)


def _render_message(i: int, message: dict, settings) -> None:
    with st.chat_message(message["role"]):
        if message["role"] == "user":
            st.markdown(answer_markdown(message["content"]))
            return
        if message.get("error"):
            st.warning(message["content"])
            return
        answer = message["answer"]
        if answer["answerable"]:
            st.markdown(answer_markdown(answer["answer"]))
            citation_cards(answer["citations"])
        else:
            st.info("🔎 " + answer["answer"] + " I could not find this in the documents, so I won't guess.")
        note = f" · {answer['note']}" if answer.get("note") else ""
        st.caption(f"answered by {answer['backend']} in {answer['timings_ms']['total']:.0f} ms{note}")
        cols = st.columns([2, 3])
        with cols[0]:
            if answer["citations"] and st.button("Show in document", key=f"show_{i}", icon=":material/article:",
                                                 use_container_width=True):
                st.session_state.selected = i
        with cols[1]:
            rating = st.feedback("thumbs", key=f"feedback_{i}")
            if rating is not None and message.get("rated") != rating:
                from chatbot.types import Answer, Citation

                obj = Answer(**{**answer, "citations": [Citation(**c) for c in answer["citations"]]})
                try:
                    record_feedback(settings.feedback_path, obj, "up" if rating == 1 else "down",
                                    session=st.session_state.session_id)
                    message["rated"] = rating
                    st.toast("Thanks for the feedback!")
                except (OSError, ChatbotError) as exc:
                    st.warning(f"Could not save the feedback: {exc}")


def _ask(question: str, settings) -> None:
    state = st.session_state
    state.messages.append({"role": "user", "content": question})
    with st.chat_message("user"):
        st.markdown(answer_markdown(question))
    with st.chat_message("assistant"):
        final = {}

        def pieces():
            for piece in state.conversation.stream(question):
                if isinstance(piece, str):
                    yield piece
                else:
                    final["answer"] = piece
        try:
            placeholder = st.empty()
            with placeholder.container():
                st.write_stream(pieces())
            placeholder.empty()
        except ChatbotError as exc:
            placeholder.empty()
            state.messages.append({"role": "assistant", "content": f"Sorry — {exc}", "error": True})
            st.rerun()
            return
    answer = final["answer"].to_dict()
    state.messages.append({"role": "assistant", "answer": answer})
    if answer["citations"]:
        state.selected = len(state.messages) - 1
    st.rerun()


def _document_view(chain) -> None:
    state = st.session_state
    selected = state.get("selected")
    message = state.messages[selected] if selected is not None and selected < len(state.messages) else None
    citations = message["answer"]["citations"] if message and "answer" in message else []
    sources = sorted({c["source"] for c in citations}) or [r.source for r in chain.store.documents()[:1]]
    with st.expander("Document" + (" — cited passages highlighted" if citations else ""), expanded=True):
        for source in sources:
            text = chain.store.document_text(source)
            if text is None:
                continue
            spans = [(c["start"], c["end"], c["n"]) for c in citations if c["source"] == source]
            st.caption(source)
            st.html(highlighted_document(text, spans))


def _progress_bar(name: str):
    """A progress bar for a big upload's ingest: progress(passages done, passages to do)."""
    bar = st.progress(0.0, text=f"Reading {name}…")

    def progress(done: int, total: int) -> None:
        bar.progress(min(done / max(total, 1), 1.0), text=f"{name}: {done:,} of {total:,} passages")
    return progress


def _documents_panel(chain, settings) -> None:
    st.subheader("Documents")
    # The upload is handled before the list is drawn, so a new document shows at once.
    upload = st.file_uploader("Add a document", type=["txt", "md", "html", "htm"], key="upload")
    if upload is not None and st.session_state.get("uploaded") != upload.file_id:
        st.session_state.uploaded = upload.file_id
        with st.spinner(f"Ingesting {upload.name}…"):
            try:
                summary = ingest_upload(upload.name, upload.getvalue(), chain.store, settings,
                                        progress=_progress_bar(upload.name))
                st.session_state.upload_result = ("ok", f"{upload.name}: {summary.passages} passages ready")
            except ChatbotError as exc:
                st.session_state.upload_result = ("error", f"Could not add {upload.name}: {exc}")
    kind, message = st.session_state.get("upload_result", (None, None))
    if kind == "ok":
        st.success(message)
    elif kind == "error":
        st.error(message)
    for record in chain.store.documents():
        cols = st.columns([4, 1])
        cols[0].markdown(f"`{record.source}` · {record.passages} passages")
        if cols[1].button("✕", key=f"remove_{record.source}", help=f"Remove {record.source}"):
            chain.store.delete_document(record.source)
            st.session_state.pop("upload_result", None)
            st.rerun()


main()
