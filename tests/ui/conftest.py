"""The page under AppTest on the article store built once per run."""
import pytest
from streamlit.testing.v1 import AppTest

from ..conftest import ROOT

APP = str(ROOT / "ui" / "app.py")


@pytest.fixture
def page_env(real_env, monkeypatch, tmp_path):
    """CHATBOT_* for the article store and a feedback file of the test's own."""
    for key, value in real_env.items():
        monkeypatch.setenv(key, value)
    monkeypatch.setenv("CHATBOT_FEEDBACK_PATH", str(tmp_path / "feedback.jsonl"))


@pytest.fixture
def app(page_env):
    at = AppTest.from_file(APP, default_timeout=120)
    at.run()
    assert not at.exception
    return at
