"""The Streamlit chat page. Only calls the chatbot / ingest public API: no retrieval logic here."""
from __future__ import annotations

import html
import logging

import streamlit as st

from chatbot import (Answer, Backoff, ChatbotError, ChatChain, Conversation, audit, configured_answerers,
                     example_questions, key_matches, load_settings, public_message, record_feedback)
from ingest import SUPPORTED, ensure_default_document, ingest_uploads, upload_name
from ui.components import (
    STICKY_PANEL_CSS, answer_html, citation_cards, highlighted_document, markdown_label, notice, plain)
from ui.history import PageHistory, new_conversation_id, turns_from, valid_id

log = logging.getLogger("chatbot.page")

st.set_page_config(page_title="Document chat", page_icon="💬", layout="wide")


@st.cache_resource(show_spinner="Loading the model and the document store…")
def get_chain(answerer: str, store_location: str, collection: str) -> ChatChain:
    """One chain per server process, backend and store: the model and store load once, not per session."""
    settings = load_settings(answerer=answerer)
    ensure_default_document(settings)
    chain = ChatChain(settings)
    return chain


@st.cache_resource
def get_history(ttl_s: int) -> PageHistory:
    """Conversations by the id in the URL, for this server process: a reload shows the same conversation."""
    return PageHistory(ttl_s)


def user_message(exc: Exception, settings=None) -> str:
    """An error for the visitor: the operator's log keeps the details (paths), the page does not."""
    log.warning("%s: %s", type(exc).__name__, exc)
    return public_message(exc, hide=(str(settings.persist_dir),) if settings else ())


UNEXPECTED = "Something went wrong answering that; the details are in the server log."


def _failure(exc: Exception, settings) -> str:
    """What the visitor reads when answering failed: a ChatbotError's public message; for anything
    else a fixed sentence, since its text and traceback may hold server paths (the log keeps them)."""
    if isinstance(exc, ChatbotError):
        return f"Sorry — {user_message(exc, settings)}"
    log.exception("answering failed")
    return UNEXPECTED


def reset_conversation() -> None:
    st.session_state.messages = []
    st.session_state.pop("conversation", None)
    st.session_state.selected = None
    st.session_state.session_id = st.query_params["c"] = new_conversation_id()


def _restore_conversation(settings) -> None:
    """On a new browser session: the conversation named in the URL (?c=...) if the server still has it."""
    state = st.session_state
    if "session_id" in state:
        return
    given = st.query_params.get("c")
    restored = get_history(settings.session_ttl_s).load(given) if valid_id(given) else None
    state.session_id = given if restored is not None else new_conversation_id()
    state.messages = restored or []
    st.query_params["c"] = state.session_id


def main() -> None:
    try:
        settings = load_settings()
    except ChatbotError as exc:
        notice("error", f"Configuration problem: {user_message(exc)}")
        return
    state = st.session_state
    _restore_conversation(settings)
    state.setdefault("selected", None)

    with st.sidebar:
        st.header("Document chat")
        backends = configured_answerers(settings)
        backend = st.selectbox("Answering backend", backends, index=backends.index(settings.answerer)
                               if settings.answerer in backends else 0, key="backend")
        if st.button("New conversation", key="new_conversation", use_container_width=True):
            reset_conversation()
    try:
        chain = get_chain(backend, settings.store_location, settings.collection)
    except ChatbotError as exc:
        notice("error", f"The chatbot is not available: {user_message(exc, settings)}")
        return
    if "conversation" not in state or state.get("conversation_backend") != backend:
        state.conversation = Conversation(chain)
        state.conversation.turns = turns_from(state.messages)[-state.conversation.max_turns:]
        state.conversation_backend = backend

    with st.sidebar:
        _documents_panel(chain, settings)

    st.html(STICKY_PANEL_CSS)
    records = chain.store.documents()
    state.sources = [r.source for r in records]
    chat_col, doc_col = st.columns([3, 2])
    with chat_col:
        if not records:
            st.info(f"No documents yet: add {SUPPORTED} files with “Add documents” in the sidebar (or run "
                    "`python -m ingest FILE`), then ask about them.")
        elif not state.messages:
            st.markdown("Ask a question about the documents, or ask for a summary. For example:")
            for i, example in enumerate(example_questions(chain.store, records)):
                if st.button(markdown_label(example), key=f"example_{i}"):
                    state.pending = example
        for i, message in enumerate(state.messages):
            _render_message(i, message, settings)
        question = st.chat_input("Ask about the documents…")  # no max_chars: a long paste gets a message
        question = question or state.pop("pending", None)
        if question is not None and len(question) > settings.max_question_chars:
            state.too_long = question  # kept to shorten, not thrown away
        elif question is not None and question.strip():  # a blank message is no turn
            state.pop("too_long", None)
            _ask(question, settings)
        if state.get("too_long"):
            _shorten(settings)
    with doc_col:
        _document_view(chain)


def _shorten(settings) -> None:
    """A message over the limit, in a box to shorten and send (the chat input has already cleared it)."""
    state = st.session_state
    notice("warning", f"Your message is {len(state.too_long):,} characters long; the limit is "
                      f"{settings.max_question_chars:,}. Shorten it here and ask again.")
    text = st.text_area("Your message", value=state.too_long, key="too_long_text", height=160)
    ask, drop = st.columns([1, 1])
    if ask.button(f"Ask ({len(text):,} of {settings.max_question_chars:,} characters)", key="too_long_ask",
                  disabled=not text.strip() or len(text) > settings.max_question_chars):
        state.pending = text
        state.pop("too_long", None)
        st.rerun()
    if drop.button("Discard", key="too_long_drop"):
        state.pop("too_long", None)
        st.rerun()


def _render_message(i: int, message: dict, settings) -> None:
    with st.chat_message(message["role"]):
        if message["role"] == "user":
            st.html(answer_html(message["content"]))
            return
        if message.get("error"):
            notice("warning", message["content"])
            return
        answer = message["answer"]
        if answer["answerable"]:
            st.html(answer_html(answer["answer"], answer.get("short_answer")))
            citation_cards(answer["citations"], answer["answer"])
            gone = sorted({c["source"] for c in answer["citations"]} - set(st.session_state.get("sources", [])))
            if gone:
                st.caption(f"⚠️ {markdown_label(', '.join(gone))} has since been removed from the documents.")
        elif answer["citations"]:  # unsure: the closest passages quoted, each with its card
            notice("info", answer["answer"] + " This is not an answer: I could not find one, so I won't guess.")
            citation_cards(answer["citations"], answer["answer"])
        else:
            notice("info", answer["answer"])
        note = f" · {answer['note']}" if answer.get("note") else ""
        st.caption(f"answered by {answer['backend']} in {answer['timings_ms']['total']:.0f} ms{note}")
        cols = st.columns([1, 2, 2], vertical_alignment="center")  # thumbs first: the same place on every answer
        with cols[1]:
            if answer["citations"] and st.button("Show in document", key=f"show_{i}", icon=":material/article:",
                                                 use_container_width=True):
                st.session_state.selected = i
        with cols[0]:
            rating = st.feedback("thumbs", key=f"feedback_{i}")
            if rating is not None and message.get("rated") != rating:
                obj = Answer.from_dict(answer)
                try:
                    record_feedback(settings.feedback_path, obj, "up" if rating == 1 else "down",
                                    session=st.session_state.session_id)
                    message["rated"] = rating
                    st.toast("Thanks for the feedback!")
                except (OSError, ChatbotError) as exc:
                    notice("warning", f"Could not save the feedback: {user_message(exc, settings)}")


def _ask(question: str, settings) -> None:
    state = st.session_state
    state.messages.append({"role": "user", "content": question})
    with st.chat_message("user"):
        st.html(answer_html(question))
    with st.chat_message("assistant"):
        final = {}
        placeholder = st.empty()
        try:
            # Streamed as text (st.write_stream would render the passage's words as Markdown).
            shown = ""
            for piece in state.conversation.stream(question):
                if isinstance(piece, str):
                    shown += piece
                    placeholder.html(answer_html(shown + " ▌"))
                else:
                    final["answer"] = piece
            placeholder.empty()
            if "answer" not in final:
                raise RuntimeError("the conversation ended without an answer")
        except Exception as exc:  # st.rerun and st.stop are BaseExceptions: they pass through
            placeholder.empty()
            state.messages.append({"role": "assistant", "content": _failure(exc, settings), "error": True})
            st.rerun()
            return
    answer = final["answer"].to_dict()
    state.messages.append({"role": "assistant", "answer": answer})
    get_history(state.conversation.chain.settings.session_ttl_s).save(state.session_id, state.messages)
    if answer["citations"]:
        state.selected = len(state.messages) - 1
    st.rerun()


def _document_view(chain) -> None:
    state = st.session_state
    selected = state.get("selected")
    message = state.messages[selected] if selected is not None and selected < len(state.messages) else None
    citations = message["answer"]["citations"] if message and "answer" in message else []
    sources = sorted({c["source"] for c in citations} & set(state.sources)) or state.sources[:1]
    if not sources:
        st.container(key="document_panel").info("The document you add shows here, with the passages each "
                                                 "answer cites highlighted.")
        return
    with st.container(key="document_panel"), \
            st.expander("Document" + (" — cited passages highlighted" if citations else ""), expanded=True):
        for source in sources:
            text = chain.store.document_text(source)
            if text is None:
                continue
            spans = [(c["start"], c["end"], c["n"]) for c in citations if c["source"] == source]
            st.html(plain(source, "font-size:0.8rem;color:#666"))
            st.html(highlighted_document(text, spans, chain.store.document_passages(source)))


@st.cache_resource
def _token_backoff() -> Backoff:
    # Wrong editor tokens per client, kept for the server's life (module globals of this script are
    # made anew on every rerun).
    return Backoff()


def _is_editor(settings) -> bool:
    """An editor entered CHATBOT_ADMIN_TOKEN in the sidebar (once per browser session)."""
    state = st.session_state
    if not settings.admin_token:
        return False
    if not state.get("editor"):
        token = st.text_input("Editor token", type="password", key="editor_token",
                              help="Editors may add, replace and remove documents for everyone.")
        if token and token != state.get("editor_tried"):  # each token entered counts once, not each rerun
            client = _who(False).get("ip") or state.session_id
            wait = _token_backoff().wait(client)
            if wait:
                notice("error", f"Too many wrong editor tokens; try again in {wait:.0f} s.")
                return False
            state.editor_tried = token
            state.editor = key_matches(token, settings.admin_token)
            _token_backoff().record(client, state.editor)
        if token and not state.get("editor"):
            notice("error", "That editor token is not right.")
    return bool(state.get("editor"))


def _who(editor: bool) -> dict:
    who = {"who": "editor" if editor else "visitor", "session": st.session_state.session_id}
    try:
        address = st.context.ip_address
    except Exception:  # not available in every runtime
        address = None
    if isinstance(address, str):
        who["ip"] = address
    return who


def _progress_bar(name: str):
    """A progress bar for a big upload's ingest: progress(passages done, passages to do)."""
    bar = st.progress(0.0, text=f"Reading {name}…")

    def progress(done: int, total: int) -> None:
        bar.progress(min(done / max(total, 1), 1.0), text=f"{name}: {done:,} of {total:,} passages")
    return progress


LISTED_DOCUMENTS = 12  # more than this: the panel finds a document by name instead of listing all


class _DocumentEditor:
    """Who may change which document in this browser session, and the changes themselves."""

    def __init__(self, chain, settings) -> None:
        self.chain, self.settings = chain, settings
        self.state = st.session_state
        self.editor = _is_editor(settings)
        self.mine = self.state.setdefault("my_uploads", set())
        self.can_add = self.editor or settings.page_uploads == "shared"

    def may_change(self, source: str) -> bool:
        return self.editor or source in self.mine

    def remove(self, source: str) -> None:
        # Behind another writer (an ingest), the visitor waits no longer than for an upload.
        wait = self.settings.page_ingest_timeout_s
        if self.settings.write_wait_s is not None:
            wait = min(wait, self.settings.write_wait_s)
        try:
            with self.chain.store.writing(wait_s=wait):
                self.chain.store.delete_document(source)
            self.mine.discard(source)
            self.state.upload_result = ("ok", f"{source} removed", [])
            audit(self.settings.audit_path, "remove", source, _who(self.editor))
        except ChatbotError as exc:
            self.state.upload_result = ("error", f"Could not remove {source}: {user_message(exc, self.settings)}", [])

    def add(self, action: str, files: list[tuple[str, bytes]], problems: list[str]) -> None:
        """Ingest files (name, bytes) together, one progress bar; unreadable ones are skipped and named."""
        label = files[0][0] if len(files) == 1 else f"{len(files)} files"
        warnings: list[str] = []  # what an added file lost (a scanned page): added, but said
        try:
            summary = ingest_uploads(files, self.chain.store, self.settings, progress=_progress_bar(label),
                                     skipped=lambda name, reason: problems.append(reason),
                                     warned=lambda name, warning: warnings.append(f"{name}: {warning}"),
                                     replace=action == "replace")  # "add": refused if another visitor got there first
        except ChatbotError as exc:
            self.state.upload_result = ("error", f"Could not add {label}: {user_message(exc, self.settings)}",
                                        problems)
            return
        added = summary.sources
        self.mine.update(added)
        for name in added:
            audit(self.settings.audit_path, action, name, _who(self.editor))
        ready = (f"{added[0]}: {summary.passages:,} passages ready" if len(added) == 1 else
                 f"{len(added)} documents added: {summary.passages:,} passages ready")
        self.state.upload_result = ("ok", ready, problems, warnings)

    def sort_uploads(self, uploads) -> tuple[list, list, list[str]]:
        """(new documents, documents this visitor may replace, problems) among the uploaded files."""
        fresh, existing, problems = [], [], []
        for upload in uploads:
            try:
                name = upload_name(upload.name)
            except ChatbotError as exc:  # the name itself is unfit to show
                problems.append(f"Could not add that file: {user_message(exc, self.settings)}")
                continue
            if not self.chain.store.document(name):
                fresh.append((name, upload.getvalue()))
            elif self.may_change(name):
                existing.append((name, upload.getvalue()))  # asks first (confirm_replace)
            else:
                problems.append(f"A document named {name} already exists; only an editor can replace it. "
                                "Rename your file to add it.")
        return fresh, existing, problems

    def take_uploads(self) -> None:
        # No `type=`: Streamlit's own check of the name raises outside this script (a NUL in the name
        # turned the page into a traceback); ingest checks the name and the type with friendly messages.
        generation = self.state.get("upload_generation", 0)  # a new key empties the uploader after a removal
        uploads = st.file_uploader(f"Add documents ({SUPPORTED}; several at once)",
                                   accept_multiple_files=True,
                                   key="upload" if not generation else f"upload_{generation}") or []
        done = self.state.setdefault("uploaded_ids", set())
        new = [upload for upload in uploads if upload.file_id not in done]
        if not new:
            return
        done.update(upload.file_id for upload in new)
        self.state.pop("replace", None)
        fresh, existing, problems = self.sort_uploads(new)
        if existing:
            self.state.replace = existing
        if fresh:
            with st.spinner(f"Ingesting {fresh[0][0] if len(fresh) == 1 else f'{len(fresh)} files'}…"):
                self.add("add", fresh, problems)
        elif len(problems) == 1:
            self.state.upload_result = ("error", problems[0], [])
        elif problems:
            self.state.upload_result = ("error", f"Could not add {len(problems)} files", problems)
        else:
            self.state.pop("upload_result", None)

    def confirm_replace(self) -> None:
        files = self.state.get("replace")
        if not files:
            return
        names = ", ".join(name for name, _ in files[:3]) + (" …" if len(files) > 3 else "")
        notice("warning", f"{files[0][0]} already exists. Replace it for everyone who uses this chat?"
               if len(files) == 1 else
               f"{len(files)} documents already exist ({names}). Replace them for everyone who uses this chat?")
        yes, no = st.columns(2)
        if yes.button("Replace", key="replace_yes", type="primary", use_container_width=True):
            self.state.pop("replace")
            with st.spinner("Ingesting…"):
                self.add("replace", files, [])
        elif no.button("Cancel", key="replace_no", use_container_width=True):
            self.state.pop("replace")
            self.state.upload_result = ("ok", f"{names} left as before", [])


def _upload_result() -> None:
    kind, message, problems, *warnings = st.session_state.get("upload_result", (None, None, []))
    if not kind:
        return
    notice(kind, message)
    for warning in (warnings[0] if warnings else [])[:10]:
        st.html(plain(f"Warning: {warning}", "font-size:0.8rem;color:#7a4d00"))
    for problem in problems[:10]:
        st.html(plain(f"Skipped {problem}", "font-size:0.8rem;color:#8a1c12"))
    if len(problems) > 10:
        st.html(plain(f"…and {len(problems) - 10} more files skipped", "font-size:0.8rem;color:#8a1c12"))


def _documents_panel(chain, settings) -> None:
    """Everyone sees the documents. Changing them: editors everything; with CHATBOT_PAGE_UPLOADS=shared
    visitors may add new documents and replace or remove the ones they added; otherwise read-only."""
    st.subheader("Documents")
    editor = _DocumentEditor(chain, settings)
    if editor.can_add:
        # The upload is handled before the list is drawn, so a new document shows at once.
        editor.take_uploads()
        editor.confirm_replace()
    elif settings.admin_token:
        st.caption("Documents are read-only; editors can change them.")
    _upload_result()
    records = chain.store.documents()
    if not records:
        st.caption("No documents yet.")
    if len(records) > LISTED_DOCUMENTS:  # a row each would make every rerun of the page slow
        st.caption(f"{len(records):,} documents · {sum(r.passages for r in records):,} passages")
        pick = st.selectbox("Find a document", [r.source for r in records], index=None, key="document_pick",
                            placeholder="Type part of its name…")
        records = [r for r in records if r.source == pick]
    for record in records:
        _document_row(record, editor.may_change(record.source), editor.remove)


def _document_row(record, changeable: bool, remove) -> None:
    """A document: Summarize, and Remove after a confirmation (for those who may change it)."""
    state = st.session_state
    st.html(f"<code>{html.escape(record.source)}</code> · {record.passages} passages")
    cols = st.columns(2)
    if cols[0].button("Summarize", key=f"summarize_{record.source}",
                      help="A short cited summary of this document", use_container_width=True):
        state.pending = f"Summarize {record.source}"
    if changeable and cols[1].button("Remove", key=f"remove_{record.source}",
                                     help="Remove this document for everyone", use_container_width=True):
        state.confirm_remove = record.source
    if state.get("confirm_remove") != record.source:
        return
    notice("warning", f"Remove {record.source} and its {record.passages} passages for everyone? "
                      "Answers can no longer cite it.")
    yes, no = st.columns(2)
    if yes.button("Yes, remove", key=f"confirm_remove_{record.source}", type="primary", use_container_width=True):
        state.pop("confirm_remove", None)
        remove(record.source)
        state.upload_generation = state.get("upload_generation", 0) + 1
        st.rerun()
    if no.button("Cancel", key=f"cancel_remove_{record.source}", use_container_width=True):
        state.pop("confirm_remove", None)
        st.rerun()


try:
    main()
except Exception:  # whatever else fails, the visitor sees a sentence, never a traceback with server paths
    log.exception("the page failed")
    notice("error", "Something went wrong showing this page; the details are in the server log.")
