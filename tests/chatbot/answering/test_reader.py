"""The reader's decoding (unit), the shipped model (loads, answers, refuses); the hybrid and the
calibrated thresholds. The training and calibration scripts: tests/tools/test_reader_tools.py."""
from pathlib import Path

import numpy as np
import pytest

from chatbot.answering.model import (MAX_ANSWER_PIECES, Calibration, PairInput, Reader, best_span, decode, ranked_spans,
                                     shipped, widen_to_words)

from chatbot.text import column_names

from ...conftest import ARTICLE


def test_best_span_keeps_start_before_end_and_a_length_limit():
    start = np.array([9.0, 0.0, 0.0, 5.0, 0.0])  # index 0 is "no answer": never part of a span
    end = np.array([9.0, 0.0, 6.0, 0.0, 2.0])  # the highest end comes before the highest start
    i, j, score = best_span(start, end)
    assert (i, j) == (2, 3) and score == pytest.approx(7.0)  # pieces counted from 0 after "no answer"
    starts, ends = np.zeros(MAX_ANSWER_PIECES + 11), np.zeros(MAX_ANSWER_PIECES + 11)
    starts[1], ends[-1] = 10.0, 10.0  # the best pair is too long: never returned
    i, j, _ = best_span(starts, ends)
    assert j - i < MAX_ANSWER_PIECES


def test_ranked_spans_come_best_first_and_the_first_is_best_span():
    start = np.array([0.0, 3.0, 1.0, 2.0])
    end = np.array([0.0, 1.0, 0.0, 4.0])
    ranked = list(ranked_spans(start, end, n=10))
    assert ranked[0][:2] == best_span(start, end)[:2] == (0, 2)
    assert [score for *_, score in ranked] == sorted((score for *_, score in ranked), reverse=True)
    assert len(ranked) == 6  # every i <= j pair over three pieces, no more


def _pair(text: str) -> PairInput:
    """A window read as one piece per word (no question pieces: the window starts at 1, after "no answer")."""
    offsets = [(m.start(), m.end()) for m in __import__("re").finditer(r"\S+", text)]
    return PairInput(ids=[0] * (len(offsets) + 1), type_ids=[0] * (len(offsets) + 1), first=1, offsets=offsets)


def test_a_span_that_only_restates_the_question_gives_way_to_the_next_best():
    text = "Once probation is over the notice period is two weeks"
    pair = _pair(text)
    start, end = np.zeros(len(pair.offsets) + 1), np.zeros(len(pair.offsets) + 1)
    start[1], end[4] = 9.0, 9.0  # "Once probation is over": the reader's favourite
    start[9], end[10] = 5.0, 5.0  # "two weeks"; the whole window between is mostly the question's too
    question = "what's the notice period once I've passed probation?"
    assert decode(text, pair, start, end).text == "Once probation is over"  # no question: as read
    span = decode(text, pair, start, end, question=question)
    assert span.text == "two weeks" and span.score == pytest.approx(10.0)
    # Half new words is an answer: "Fort Coligny" for "What was the fort to be named?"
    assert decode("named Fort Coligny", _pair("named Fort Coligny"), np.array([0, 0, 5.0, 0]),
                  np.array([0, 0, 0, 5.0]), question="What was the fort to be named?").text == "Fort Coligny"


def test_a_rows_column_name_gives_way_to_its_cell():
    text = "Role: Delivery driver; Minimum age: 21; DBS check: Basic"
    pair = _pair(text)
    start, end = np.zeros(len(pair.offsets) + 1), np.zeros(len(pair.offsets) + 1)
    first = next(k for k, (a, _) in enumerate(pair.offsets) if text[a:].startswith("Minimum"))  # logits: k + 1
    start[first + 1], end[first + 2] = 9.0, 9.0  # "Minimum age": the reader's favourite
    start[first + 3], end[first + 3] = 5.0, 5.0  # "21"
    question = "whats the youngest you can be to do deliveries"
    assert decode(text, pair, start, end, question=question).text == "21"
    prose = "The minimum age is 21 for drivers"  # not a row: nothing is a column's name
    assert not column_names(prose) and column_names(text) == [(0, 4), (23, 34), (40, 49)]
    # A column's name may hold clock times; a cell's clock time is no column's end
    rota = "Role: Gas Engineer; Weekend standby (Friday 17:00 – Monday 08:00): £95; Hours: 09:00 – 17:00"
    assert [rota[a:b] for a, b in column_names(rota)] == ["Role", "Weekend standby (Friday 17:00 – Monday 08:00)",
                                                           "Hours"]


def test_a_span_over_several_cells_keeps_the_cell_it_ends_in():
    text = "Action: Inventory every certificate and move them to cert-manager; Owner: Tomás Ferreira; Due: 26 November"
    pair = _pair(text)
    start, end = np.zeros(len(pair.offsets) + 1), np.zeros(len(pair.offsets) + 1)
    at = {text[a:b]: k + 1 for k, (a, b) in enumerate(pair.offsets)}
    start[at["move"]], end[at["Ferreira;"]] = 9.0, 9.0  # from the action's cell into the owner's
    assert decode(text, pair, start, end, question="who is doing that?").text == "Tomás Ferreira"


def test_a_span_into_the_next_cells_name_ends_with_its_own_cell():
    text = "Route: 14; Daytime frequency: Every 20 minutes; Last bus: 22:40 from the hospital"
    pair = _pair(text)
    start, end = np.zeros(len(pair.offsets) + 1), np.zeros(len(pair.offsets) + 1)
    at = {text[a:b]: k + 1 for k, (a, b) in enumerate(pair.offsets)}
    start[at["Every"]], end[at["Last"]] = 9.0, 9.0  # "Every 20 minutes; Last"
    assert decode(text, pair, start, end, question="how often is the hospital bus").text == "Every 20 minutes"


def test_the_model_reads_a_question_with_its_question_mark():
    from chatbot.answering.model import as_asked

    assert as_asked("who ruled out assad ") == "who ruled out assad?"
    assert as_asked("Who ruled out Assad?") == "Who ruled out Assad?"


def test_spans_widen_to_whole_words_and_drop_edge_punctuation():
    text = 'said "Normandy, a region."'
    a = text.index("orm")
    assert text[slice(*widen_to_words(text, a, a + 4))] == "Normandy"
    assert text[slice(*widen_to_words(text, 5, len(text)))] == "Normandy, a region"


def test_spans_widen_to_whole_figures():
    """A time, a thousands separator or a decimal point joins digits into one figure: a span cut at it
    ("15 – 06:59" of "05:15 – 06:59") grows to the whole figure; a sentence's full stop does not join."""
    text = "Sign-on: 05:15 – 06:59; a grant of £1,500 or 2.5 days. It ended in 2027. 5 came."

    def widened(part: str) -> str:
        a = text.index(part)
        return text[slice(*widen_to_words(text, a, a + len(part)))]
    assert widened("15 – 06:59") == "05:15 – 06:59"
    assert widened("1,5") == "1,500"
    assert widened("500") == "1,500"
    assert widened("2") == "2.5"
    assert widened("2027") == "2027" and widened("5 came") == "5 came"


@pytest.fixture(scope="module")
def reader_chain(real_env):
    from chatbot import ChatChain, load_settings

    settings = load_settings(persist_dir=Path(real_env["CHATBOT_PERSIST_DIR"]), answerer="reader", min_confidence=0.0)
    return ChatChain(settings)


def test_the_shipped_model_is_small_and_calibrated():
    import onnx

    path = shipped()
    assert path is not None and path.stat().st_size < 60_000_000
    Reader()
    # Unsigned int8 weights: signed ones saturate on processors without VNNI and read worse there.
    graph = onnx.load(str(path)).graph
    weights = {t.name: t.data_type for t in graph.initializer}
    integer = [node.input[1] for node in graph.node if node.op_type == "MatMulInteger"]
    assert integer and all(weights[name] == onnx.TensorProto.UINT8 for name in integer)
    for answerer in ("reader", "hybrid"):
        calibration = Calibration.load(answerer, default=None)
        assert calibration is not None, f"{answerer} has no calibration.json"
        assert 0.0 < calibration.threshold < 1.0
        assert 0.0 < calibration.probability([0.0] * len(calibration.weights)) < 1.0
        # More reader evidence never lowers the probability (the margin's weight is positive).
        assert calibration.weights[-1] > 0
        features = [0.0] * len(calibration.weights)
        more = [*features[:-1], 5.0]
        assert calibration.probability(more) > calibration.probability(features)


def test_the_reader_answers_with_a_span_of_the_sentence_it_cites(reader_chain):
    article = ARTICLE.read_text(encoding="utf-8")
    answer = reader_chain.ask("Who ruled out Assad?")
    assert answer.backend == "reader" and answer.answerable and 0.0 <= answer.confidence <= 1.0
    assert answer.short_answer and answer.short_answer in " ".join(c.text for c in answer.citations)
    for c in answer.citations:
        assert article[c.start:c.end] == c.text  # exact offsets
    assert answer.answer.startswith(answer.short_answer)


def test_the_reader_refuses_below_the_threshold(reader_chain):
    strict = reader_chain.answerer
    strict.min_confidence = 1.0
    try:
        answer = reader_chain.ask("Who ruled out Assad?")
    finally:
        strict.min_confidence = 0.0
    # Under the threshold nothing is asserted: the closest passage at most ("unsure"), cited as such.
    assert not answer.answerable and answer.short_answer is None and answer.confidence_level in ("unsure", "none")
    assert answer.citations == [] or answer.answer.startswith("The closest the documents come")


def test_the_hybrid_cites_one_of_the_rules_best_sentences_with_the_readers_span_and_refuses_on_both(real_env):
    from chatbot import ChatChain, load_settings
    from chatbot.answering.reader import (RERANK, HybridAnswerer, choice_features, logit, retrieval_features,
                                          with_antecedent)
    from chatbot.answering.spans import answer_type

    settings = load_settings(persist_dir=Path(real_env["CHATBOT_PERSIST_DIR"]), answerer="hybrid")
    hybrid = ChatChain(settings)
    rules = ChatChain(settings.model_copy(update={"answerer": "extractive", "min_confidence": 0.0}),
                      store=hybrid.store)
    calibration = hybrid.answerer.calibration
    for question in ("Who ruled out Assad?", "What is the capital of Australia?"):
        mine, theirs = hybrid.ask(question), rules.ask(question)
        request = hybrid.prepare(question, []).request
        evidence = hybrid.answerer.evidence(request)
        assert mine.confidence == round(calibration.probability(evidence.features), 3)
        # The likeliest right of the rules' best sentences, each scored as if the rules had chosen it:
        _, _, choices = hybrid.answerer.rules.choices(request, k=RERANK)
        read = hybrid.answerer.reader.read_windows(request, [with_antecedent(request, c.passage) for _, c in choices])
        # The nearest retrieved passage's cosine and its document's kind: the same for every sentence.
        retrieved = retrieval_features(request)
        assert retrieved[1] == 0.0  # the article is plain text
        features = {s.window: [logit(choices[s.window][0]), s.margin, *retrieved] for s, _, _ in read}
        spans = {s.window: s for s, _, _ in read}
        # Of them, the one the fitted chooser scores highest (`choice_features`).
        chooser, typed = hybrid.answerer.chooser, answer_type(question)
        assert chooser is not None and chooser.features == HybridAnswerer.choice_features
        # Of those the calibration would answer (two or more), the one the chooser scores highest.
        sure = [k for k in features if calibration.probability(features[k]) >= calibration.threshold]
        picked = max(sure, key=lambda k: chooser.score(choice_features(question, features[k], spans[k],
                                                                       choices[k][1], typed))) if len(sure) > 1 \
            else max(features, key=lambda k: calibration.probability(features[k]))
        assert evidence.features == pytest.approx(features[picked])
        assert choices[0][0] == theirs.confidence
        sentence = choices[picked][1].passage
        if picked == 0 and evidence.cited[0].id == sentence.id:  # the rules' own choice and citations
            assert [p.id for p in evidence.cited] == [c.id for c in theirs.citations]
        else:  # that sentence (or the one before it, when it refers back and the answer lies there)
            assert sentence.id in [p.id for p in evidence.cited] or evidence.cited[0].ordinal == sentence.ordinal - 1
        if mine.answerable:
            assert [c.id for c in mine.citations] == [p.id for p in evidence.cited]
            assert mine.backend == "hybrid" and mine.short_answer in mine.citations[0].text
    assert hybrid.ask("Who ruled out Assad?").short_answer == "Hollande"
    assert not hybrid.ask("What is the capital of Australia?").answerable


def test_a_long_window_is_cut_to_the_models_input_and_decoded_within_it():
    from chatbot.answering.model import MAX_INPUT_PIECES, encode_pair

    reader = Reader()
    window = "The harbour was built in 1901. " * 200
    pair = encode_pair(reader.tokenizer, "When was the harbour built?", window)
    assert len(pair.ids) == MAX_INPUT_PIECES and pair.type_ids[-1] == 1 and pair.type_ids[0] == 0
    assert pair.offsets[0] == (0, 3) and window[slice(*pair.offsets[1])] == "harbour"
    span, = reader.read("When was the harbour built?", [window])
    assert span.end <= pair.offsets[-1][1]


def test_each_answerer_refuses_below_its_own_calibrated_threshold_unless_one_is_set(tmp_path):
    from chatbot import load_settings
    from chatbot.answering.extractive import ExtractiveAnswerer
    from chatbot.answering.rules import DEFAULT_MIN_CONFIDENCE
    from chatbot.answering.reader import HybridAnswerer, ReaderAnswerer

    default = load_settings(persist_dir=tmp_path, min_confidence=None)
    assert ReaderAnswerer(default).min_confidence == Calibration.load("reader", None).threshold
    assert HybridAnswerer(default).min_confidence == Calibration.load("hybrid", None).threshold
    assert ExtractiveAnswerer(default).min_confidence == DEFAULT_MIN_CONFIDENCE
    chosen = default.model_copy(update={"min_confidence": 0.7})
    assert (ReaderAnswerer(chosen).min_confidence == HybridAnswerer(chosen).min_confidence
            == ExtractiveAnswerer(chosen).min_confidence == 0.7)
    assert HybridAnswerer(chosen).rules.min_confidence == 0.0  # the hybrid's refusal is decided on both


def test_three_confidence_levels_sure_unsure_and_none():
    from chatbot.answering.compose import UNSURE_LEAD
    from chatbot.answering.reader import Evidence, _decide
    from chatbot.answering.base import REFUSAL
    from chatbot.types import Answer, Passage

    sentence = Passage("p1", "Hollande used his address to rule out Assad.", "a.txt", 0, 44, 1, 1)
    calibration = Calibration((1.0,), 0.0, threshold=0.6, lower=0.3)  # probability = sigmoid(feature)

    def level(feature: float, short: str = "Hollande"):
        return _decide(Evidence(short, [sentence], sentence.text, [feature]), calibration, calibration.threshold)

    sure, unsure, none = level(2.0), level(0.0), level(-2.0)
    assert sure.answerable and sure.confidence_level == "sure" and sure.short_answer == "Hollande"
    assert not unsure.answerable and unsure.confidence_level == "unsure" and unsure.short_answer is None
    assert unsure.text == f"{UNSURE_LEAD}“{sentence.text}” [1]" and unsure.cited == [sentence]
    assert not none.answerable and none.confidence_level == "none" and none.text == REFUSAL and not none.cited
    assert level(2.0, short="").confidence_level == "unsure"  # likely right, but no short answer to give
    assert _decide(Evidence(features=[5.0]), calibration, 0.6).confidence_level == "none"  # nothing retrieved
    # CHATBOT_MIN_CONFIDENCE=0 answers everything: the lower threshold never rises above the one in use.
    assert _decide(Evidence("Hollande", [sentence], sentence.text, [-2.0]), calibration, 0.0).answerable
    # Uncalibrated (no lower threshold) there is no middle level.
    flat = Calibration((1.0,), 0.0, threshold=0.6)
    assert _decide(Evidence("x", [sentence], sentence.text, [0.0]), flat, 0.6).confidence_level == "none"
    # Answers from before the field existed read back with the level their answerability implies.
    for answerable, expected in ((True, "sure"), (False, "none")):
        stored = Answer("q", "a", answerable).to_dict()
        del stored["confidence_level"]
        assert Answer.from_dict(stored).confidence_level == expected


def test_the_shipped_hybrid_calibration_has_a_lower_threshold_under_the_refusal_one():
    calibration = Calibration.load("hybrid", default=None)
    assert calibration.lower is not None and 0.0 < calibration.lower <= calibration.threshold


def test_the_reader_reads_a_window_under_its_innermost_label():
    from chatbot.answering.model import Span
    from chatbot.answering.reader import _within_label_or_text, label
    from chatbot.types import Passage

    row = Passage(id="p", text="Partial loss of functionality.", source="levels.md", start=0, end=30, line_start=1,
                  line_end=1, section="Severity levels › SEV-3")
    assert label(row) == "SEV-3."
    assert label(Passage(**{**row.__dict__, "section": None})) == ""
    assert label(Passage(**{**row.__dict__, "section": "Partial loss"})) == ""  # already in the text
    text = "SEV-3. Partial loss of functionality."
    inside = Span(0, 0, 5, 1.0, 0.0, "SEV-3")
    assert _within_label_or_text(inside, text, 7) is inside  # an answer in the label stays ("SEV-3")
    across = _within_label_or_text(Span(0, 4, 19, 1.0, 0.0, text[4:19]), text, 7)
    assert (across.start, across.text) == (7, "Partial loss")  # never glued across the label's end


def test_a_lead_in_is_read_with_the_items_it_introduces():
    from chatbot.answering.base import AnswerRequest
    from chatbot.answering.reader import MAX_RUN, with_followers
    from chatbot.types import Passage

    texts = ["Notice depends on how long you have worked here:", "1. During probation: two weeks.",
             "2. After probation: one month.", "3. After five years: two months.", "4. Later: three months.",
             "Notice is given in writing."]
    doc = [Passage(id=str(k), text=t, source="h.md", start=0, end=len(t), line_start=k, line_end=k, ordinal=k,
                   item=0 < k < 5) for k, t in enumerate(texts)]
    request = AnswerRequest("q", "q", [], neighbours=lambda p, window=1: doc[max(0, p.ordinal - window):
                                                                             p.ordinal + window + 1])
    window = with_followers(request, [doc[0]])
    assert [p.ordinal for p in window] == list(range(MAX_RUN))  # its items, as many as a window holds
    assert with_followers(request, [doc[5]]) == [doc[5]]  # a sentence that introduces nothing: alone
    assert with_followers(request, [doc[1]]) == [doc[1]]


def test_a_quantity_asked_prefers_a_close_span_that_holds_a_number():
    text = "The plan must cover at least these areas and be no more than three pages"
    pair = _pair(text)
    start, end = np.zeros(len(pair.offsets) + 1), np.zeros(len(pair.offsets) + 1)
    start[5], end[6] = 6.0, 6.0  # "at least": the reader's favourite, no number in it
    start[14], end[15] = 7.0, 2.0  # "three pages", 3 below
    assert decode(text, pair, start, end, question="What must the plan cover?").text == "at least"
    assert decode(text, pair, start, end, question="How long can the plan be?").text == "three pages"
    start[14], end[15] = 5.0, 1.0  # far below: the reader's favourite stays
    assert decode(text, pair, start, end, question="How long can the plan be?").text == "at least"


def test_a_span_in_the_label_keeps_its_text_unless_it_is_a_section_number():
    from chatbot.answering.model import Span
    from chatbot.answering.reader import _within_label_or_text

    text = "4.4 Overtime. Hours on a public holiday are paid at double time."
    body = text.index("Hours")
    number = _within_label_or_text(Span(0, 0, 3, 5.0, 0.0, "4.4"), text, body)
    assert number.text == ""  # no answer: the rules' own short answer stands
    label = _within_label_or_text(Span(0, 4, 12, 5.0, 0.0, "Overtime"), text, body)
    assert label.text == "Overtime"  # "SEV-3." as the label of a row: that is an answer


def test_who_prefers_a_close_span_that_is_not_where_something_is():
    text = "Page an IC in Slack with the command"
    pair = _pair(text)
    start, end = np.zeros(len(pair.offsets) + 1), np.zeros(len(pair.offsets) + 1)
    start[5], end[5] = 6.0, 6.0  # "Slack", after "in": where to page, not whom
    start[2], end[3] = 4.5, 4.5  # "an IC"; "an IC in Slack" scores between the two
    assert decode(text, pair, start, end, question="who do I page?").text.startswith("an IC")
    assert decode(text, pair, start, end, question="what do I use to page?").text == "Slack"


@pytest.fixture(scope="module")
def kestrel_chain(tmp_path_factory):
    """Kestrel's minutes and lab safety handbook, ingested once."""
    from chatbot import ChatChain, get_embeddings, load_settings, open_store
    from ingest import ingest_documents, load_file

    docs = Path(__file__).resolve().parents[2] / "data" / "kestrel" / "docs"
    settings = load_settings(persist_dir=tmp_path_factory.mktemp("kestrel") / "store", collection="kestrel",
                             chroma_host=None)
    store = open_store(settings, get_embeddings(settings.embeddings), create=True)
    ingest_documents([load_file(docs / name) for name in ("rd-leadership-minutes-2026-11-17.docx",
                                                          "lab-safety-handbook.md")], store, progress=False)
    return ChatChain(settings, store=store)


def test_a_heading_or_a_measure_of_another_kind_is_no_answer(kestrel_chain):
    """Of a sentence's figures, the one said of the site asked about is the answer. (The two
    refusals this test also held no longer do since the reader was retrained on workplace windows,
    session 18: the next test.)"""
    staff = kestrel_chain.ask("how many R&D staff are there in dundee")
    assert staff.confidence_level == "sure" and staff.short_answer == "19"


def test_a_heading_or_a_time_is_no_answer(kestrel_chain):
    """"Present" (the minutes' heading over the attendees) answers no "who do I ask…?"; a sentence
    without a number to call answers no "what's the number…?". (The reader retrained in session 18
    answered them; since session 31 an answer it is not sure of, from passages that hold little of
    the question, is not asserted.)"""
    trained = kestrel_chain.ask("who do i ask to get trained on the confocal in dundee")
    assert trained.confidence_level != "sure" and trained.short_answer is None
    security = kestrel_chain.ask("whats the number for out of hours security in dundee")
    assert security.confidence_level != "sure" and not security.answerable


def test_a_row_keyed_by_another_value_than_the_question_names_gives_way():
    """"…on the team plan?": the Enterprise row (where the reader is surest of "1 hour") is another
    plan's when the Team row of the same table is among the sentences read."""
    from chatbot.answering.reader import other_rows
    from chatbot.types import Passage

    section = "Support › How quickly will you reply?"
    def row(key, rest):
        text = f"Plan: {key}; Urgent (P1): {rest}"
        return Passage(id=key, text=text, source="faq.html", start=0, end=len(text), line_start=1, line_end=1,
                       section=f"{section} › {key}")
    rows = [row("Team", "4 business hours"), row("Starter", "8 business hours"), row("Enterprise", "1 hour")]
    other = Passage(id="x", text="Urgent tickets are answered first.", source="faq.html", start=0, end=10,
                    line_start=2, line_end=2, section=section)
    assert other_rows("how fast is an urgent ticket answered on the team plan?", [*rows, other]) == {1, 2}
    assert other_rows("how fast is an urgent ticket answered?", [*rows, other]) == set()  # no plan named
    assert other_rows("and on the Gold plan?", rows) == set()  # a plan the table lacks: no row named
    # A follow-up naming no row ("and for high priority?") asks on about the row last answered from.
    assert other_rows("and for high priority?", [*rows, other], last=frozenset({"Starter"})) == {0, 2}
    assert other_rows("and for enterprise?", rows, last=frozenset({"Starter"})) == {0, 1}  # named: that row


def test_a_follow_up_reads_on_in_the_row_the_last_answer_came_from_not_in_its_neighbours():
    """"What counts as a SEV-2?" answered from the SEV-2 row of a table under no heading; "ok and who
    do I page for that?" is that row's later sentence ("Page an IC…", keyed only by its section), not
    the SEV-4 row's "Low-Urgency page to service team", though the row's first sentence, which
    the last answer cited, was retrieved again but not read."""
    from chatbot.answering.reader import other_rows
    from chatbot.types import Passage

    def sentence(n, text, section):
        return Passage(id=f"p{n}", text=text, source="sev.md", start=n, end=n + 1, line_start=n, line_end=n,
                       section=section)
    start = sentence(0, "Severity: SEV-2; Description: Critical system issue.", "SEV-2")
    read = [sentence(1, "Page an IC in Slack.", "SEV-2"), sentence(2, "Page an IC in Slack.", "SEV-1"),
            sentence(3, "Typical Response: Low-Urgency page to service team.", "SEV-4")]
    assert other_rows("who do I page for that? SEV-2", read, frozenset({"p0"}), [start]) == {1, 2}
    assert other_rows("who do I page for that? SEV-2", read) == set()  # no row answered before
    assert other_rows("who do I page?", read[1:], frozenset({"p0"}), [start]) == set()  # never every one


def test_a_figure_asked_from_a_later_day_is_read_from_the_sentence_that_changes_it():
    """"…per scientist from january?": the minutes' sentence saying what the budget becomes from
    1 January, not the handbook's saying what it is until then; asked as it is, both are read."""
    from chatbot.answering.base import AnswerRequest
    from chatbot.answering.reader import set_aside
    from chatbot.answering.spans import asks_from_later
    from chatbot.types import Passage

    def sentence(key, text):
        return Passage(id=key, text=text, source=f"{key}.md", start=0, end=len(text), line_start=1, line_end=1)
    now = sentence("handbook", "Each scientist has a conference budget of £1,800 a year.")
    later = sentence("minutes", "The conference budget for each scientist rises from £1,800 to £2,200 from "
                                "1 January 2027.")

    def aside(question):
        return set_aside(AnswerRequest(question=question, standalone=question, candidates=[]), [now, later], None)
    assert aside("whats the conference budget per scientist from january?") == {0}
    assert aside("whats the conference budget per scientist?") == set()
    assert asks_from_later("how late is it open after the new year") and not asks_from_later("how many in august")


def test_the_chooser_picks_the_choice_it_scores_highest_and_the_probability_without_one():
    from chatbot.answering.model import Chooser, Span
    from chatbot.answering.reader import HybridAnswerer
    from chatbot.types import Passage

    passages = [Passage(id=f"p{n}", text=text, source="doc.md", start=0, end=len(text), line_start=n, line_end=n)
                for n, text in enumerate(["Guests check in from 15:00.", "Check-out is by 11:00."])]
    # (probability, index, span, calibration features, choice features): the second holds more of the question.
    weighed = [(0.6, 0, Span(0, 0, 1, 1.0, 0.0, "15:00"), [], [1.0, 2.0, 0.5, 0.2, 0.0, 0.0]),
               (0.4, 1, Span(1, 0, 1, 1.0, 0.0, "11:00"), [], [1.0, 2.0, 0.5, 0.9, 0.0, 0.0])]
    hybrid = HybridAnswerer.__new__(HybridAnswerer)  # no models: choose() reads only its chooser and calibration
    hybrid.chooser = Chooser(HybridAnswerer.choice_features, (0.0, 0.0, 0.0, 1.0, 0.0, 0.0), (0.0,) * 6, (1.0,) * 6)
    hybrid.calibration, hybrid.min_confidence = Calibration((1.0,), 0.0, 0.3), 0.9  # the refusal asked: no matter
    assert hybrid.choose("when is check-out?", weighed, passages)[1] == 1
    # Only among the choices the calibration would answer at its own threshold: one it doubts is not chosen.
    hybrid.calibration = Calibration((1.0,), 0.0, 0.5)
    assert hybrid.choose("when is check-out?", weighed, passages)[1] == 0
    hybrid.chooser, hybrid.calibration = None, Calibration((1.0,), 0.0, 0.3)
    assert hybrid.choose("when is check-out?", weighed, passages)[1] == 0
    # The shipped chooser is fitted on the hybrid's features, and loaded.
    shipped = Chooser.load("hybrid", HybridAnswerer.choice_features)
    assert shipped is not None and len(shipped.weights) == len(HybridAnswerer.choice_features)


def test_the_likeliest_choice_gives_way_to_one_whose_span_measures_what_is_asked():
    """"how much is parking?": the likeliest span ("with your room") is no amount, the table row's
    "£18 per 24 hours" is, and its row (with the table's heading) names all the first names. A row
    that leaves out what the question names ("scratch") or a clause holding an amount is no answer."""
    from chatbot.answering.model import Span
    from chatbot.answering.reader import likeliest
    from chatbot.types import Passage

    def passage(n, text, section=None):
        return Passage(id=f"p{n}", text=text, source="faq.html", start=0, end=len(text), line_start=n, line_end=n,
                       section=section)
    passages = [passage(0, "Parking at the hotel can be booked with your room and is paid at check-out."),
                passage(1, "Hotel: The Quayside Hotel; Spaces: 40; Price: £18 per 24 hours", "Parking at our hotels"),
                passage(2, "Staff may use the pool free of charge before 09:00 at the hotel.")]
    weighed = [(0.57, 0, Span(0, 0, 1, 1.0, 0.0, "with your room"), []),
               (0.54, 1, Span(1, 0, 1, 1.0, 0.0, "£18 per 24 hours"), []),
               (0.55, 2, Span(2, 0, 1, 1.0, 0.0, "Staff may use the pool free of charge before 09:00"), [])]
    assert likeliest("how much is parking at the hotel?", weighed, passages)[1] == 1
    assert likeliest("how much is parking at the hotel?", weighed[::2], passages)[1] == 0  # a clause, no amount
    assert likeliest("where do I pay for parking at the hotel?", weighed, passages)[1] == 0  # no amount asked
    passages[1] = passage(1, "Hotel: The Quayside Hotel; Spaces: 40; Price: £18 per 24 hours", "Prices")
    assert likeliest("how much is parking at the hotel?", weighed, passages)[1] == 0  # the row names no parking


def test_a_follow_up_of_two_choices_as_likely_takes_the_one_the_last_answer_did_not_give():
    from chatbot.answering.base import AnswerRequest
    from chatbot.answering.model import Span
    from chatbot.answering.reader import anew
    from chatbot.types import Answer, Citation, Passage, Turn

    texts = ["A Foundation Engagement typically lasts eight to ten weeks.",
             "At the end of this phase, we'll provide a roadmap forward."]
    passages = [Passage(id=f"p{n}", text=text, source="doc.pdf", start=0, end=len(text), line_start=n, line_end=n)
                for n, text in enumerate(texts)]
    last = Turn("how long does it take?", "how long does a Foundation Engagement take?",
                Answer("how long does it take?", "eight to ten weeks [1]", True,
                       citations=[Citation.from_passage(1, passages[0])]))
    weighed = [(0.592, 0, Span(0, 0, 1, 1.0, 0.0, "eight to ten weeks"), [], []),
               (0.591, 1, Span(1, 0, 1, 1.0, 0.0, "a roadmap forward"), [], [])]

    def chosen(question, standalone, probabilities=(0.592, 0.591), history=(last,)):
        request = AnswerRequest(question=question, standalone=standalone, candidates=[], history=list(history))
        choices = [(p, *w[1:]) for p, w in zip(probabilities, weighed)]
        return anew(request, choices[0], choices, passages)[1]
    follow_up = ("what do we get at the end of it?", "what do we get at the end of Foundation Engagement?")
    assert chosen(*follow_up) == 1  # a tie: the sentence the last answer did not give
    assert chosen(*follow_up, probabilities=(0.7, 0.5)) == 0  # clearly likelier: it stands, said again or not
    assert chosen(*follow_up, history=()) == 0  # asked alone: no last answer to set aside


def test_a_follow_up_naming_something_new_is_answered_by_a_sentence_that_names_it():
    from chatbot.answering.base import AnswerRequest
    from chatbot.answering.reader import follow_up_names, set_aside
    from chatbot.text import content_stems
    from chatbot.types import Answer, Passage, Turn

    texts = ["Achieving success depends on building a close working relationship between 18F and your team.",
             "In two days, our team worked with the Department of Labor's Wage and Hour Division to build a prototype."]
    sentences = [Passage(id=f"p{n}", text=text, source="doc.html", start=0, end=len(text), line_start=n, line_end=n)
                 for n, text in enumerate(texts)]
    last = Turn("what did 18F build for the FEC?", "what did 18F build for the FEC?",
                Answer("what did 18F build for the FEC?", "its first public API [1]", True))

    def request(question, standalone, history=(last,)):
        return AnswerRequest(question=question, standalone=standalone, candidates=[], history=list(history))
    follow_up = request("and for the Labor Department?", "what did 18F build for the Labor Department?")
    assert follow_up_names(follow_up) == set(content_stems("Labor Department"))
    assert set_aside(follow_up, sentences, None) == {0}  # the sentence that names no Labor Department
    alone = request("what did 18F build for the Labor Department?", "what did 18F build for the Labor Department?", ())
    assert follow_up_names(alone) == set() and set_aside(alone, sentences, None) == set()
    assert follow_up_names(request("and the resumes?", "how long can the resumes be?")) == set()  # no name
