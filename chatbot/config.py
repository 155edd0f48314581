"""All settings in one place, read from ``CHATBOT_*`` environment variables.

Settings are read once at the edge (CLI, UI, service) and passed down; no other
module reads ``os.environ`` for its own configuration.
"""
from __future__ import annotations

from pathlib import Path
from typing import Optional

from pydantic import ValidationError, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from chatbot.errors import ConfigError

PROJECT_ROOT = Path(__file__).resolve().parent.parent


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="CHATBOT_", extra="ignore")

    # Store: an embedded persistent directory, or a Chroma server when chroma_host is set.
    persist_dir: Path = PROJECT_ROOT / ".chatbot" / "store"
    collection: str = "documents"
    chroma_host: Optional[str] = None
    chroma_port: int = 8000
    chroma_ssl: bool = False
    chroma_token: Optional[str] = None
    # With a Chroma server, each app host keeps its passage catalogue (texts + lexical index) here.
    index_dir: Path = PROJECT_ROOT / ".chatbot" / "index"
    # One writer at a time (ingest, removal, the page's upload): a second one waits this many
    # seconds for the first. None = as long as it takes; 0 = fail at once (`--no-wait`).
    write_wait_s: Optional[float] = None

    # Models.
    embeddings: str = "minilm-onnx"  # minilm-onnx (default, int8 ONNX) | minilm (sentence-transformers) | fake
    # hybrid (default: the rules propose their best 3 sentences, the trained reader reads each, the
    # likeliest right answer wins and the refusal is learned from both; best in the evaluation) |
    # reader (the trained reader alone) | extractive (rules only) | openai | ollama | llamacpp | fake-llm
    answerer: str = "hybrid"

    # Retrieval and answering.
    top_k: int = 12  # sentences: the answerer re-ranks them (12 finds the answer for ~5 % more questions than 6)
    # The offline answerers refuse below this probability that the answer is right: lower answers
    # more (fewer false refusals) and refuses fewer unanswerable questions (README, "Evaluation").
    # None: each answerer's own fitted threshold (reader, hybrid: calibration.json; extractive: its rules').
    min_confidence: Optional[float] = None
    max_question_chars: int = 2000
    max_file_bytes: int = 20_000_000
    history_turns: int = 6

    # Optional LLM backends (off unless configured).
    openai_base_url: Optional[str] = None
    openai_model: str = "gpt-4o-mini"
    openai_api_key: Optional[str] = None
    ollama_base_url: str = "http://127.0.0.1:11434"
    ollama_model: Optional[str] = None
    llamacpp_model_path: Optional[Path] = None
    llm_timeout_s: float = 60.0
    llm_max_tokens: int = 200
    fake_llm_reply: str = "Hollande [1]."  # the scripted reply of the `fake-llm` answerer (tests, demos)

    # Product data.
    feedback_path: Path = PROJECT_ROOT / ".chatbot" / "feedback.jsonl"
    audit_path: Path = PROJECT_ROOT / ".chatbot" / "audit.jsonl"  # who added, replaced or removed a document

    # The page: who may change the documents (SECURITY.md). off = read-only for visitors;
    # shared = visitors may add new documents (and replace or remove only what they added).
    # An editor (CHATBOT_ADMIN_TOKEN entered in the sidebar) may change everything.
    page_uploads: str = "off"
    admin_token: Optional[str] = None
    # A page upload is ingested in a worker thread, one at a time per process, and stopped after this
    # long (what it wrote is kept and reused by the next try or by `python -m ingest FILE`).
    page_ingest_timeout_s: float = 600.0
    # What the page's server keeps of uploads before the page has read them (Streamlit holds every file
    # in memory until its browser session ends): at most this many files and bytes per browser session,
    # and this many bytes for all sessions together. With uploads off and no admin token: none at all.
    page_upload_files: int = 500
    page_upload_bytes: int = 100_000_000
    page_upload_total_bytes: int = 500_000_000

    # Chat service.
    allowed_origins: str = ""  # comma-separated browser origins; empty = no browser may call the API
    allowed_hosts: str = "localhost,127.0.0.1"  # Host header values the service answers (* = any)
    trusted_proxies: str = ""  # peers whose X-Forwarded-For is believed (IPs / networks); empty = none
    api_key: Optional[str] = None
    max_body_bytes: int = 65_536  # request bodies over this are refused while they are read
    max_connections: int = 200  # uvicorn's limit_concurrency: over this, 503 at once
    rate_limit_per_minute: int = 30
    session_ttl_s: int = 3600
    max_sessions: int = 10_000  # in-memory sessions only; with Redis, sessions leave by their TTL
    # Sessions and rate limits shared by every worker and replica (redis://host:6379/0); unset = this
    # process's memory, which allows one process only.
    redis_url: Optional[str] = None
    log_questions: bool = False  # the access log names each question's text only when true

    @field_validator("collection")
    @classmethod
    def _collection_name(cls, value: str) -> str:
        if not (3 <= len(value) <= 63) or not value.replace("-", "").replace("_", "").isalnum():
            raise ValueError("must be 3-63 letters, digits, '-' or '_'")
        return value

    @field_validator("min_confidence")
    @classmethod
    def _probability(cls, value: Optional[float]) -> Optional[float]:
        if value is not None and not 0.0 <= value <= 1.0:
            raise ValueError("must be between 0 and 1")
        return value

    @field_validator("page_ingest_timeout_s")
    @classmethod
    def _positive_seconds(cls, value: float) -> float:
        if not value > 0:
            raise ValueError("must be more than 0 seconds")
        return value

    @field_validator("write_wait_s")
    @classmethod
    def _not_negative(cls, value: Optional[float]) -> Optional[float]:
        if value is not None and value < 0:
            raise ValueError("must be 0 seconds or more")
        return value

    @field_validator("page_upload_files", "page_upload_bytes", "page_upload_total_bytes")
    @classmethod
    def _not_negative_count(cls, value: int) -> int:
        if value < 0:
            raise ValueError("must be 0 or more")
        return value

    @field_validator("top_k")
    @classmethod
    def _positive(cls, value: int) -> int:
        if value < 1:
            raise ValueError("must be at least 1")
        return value

    @field_validator("page_uploads")
    @classmethod
    def _upload_mode(cls, value: str) -> str:
        if value.strip().lower() not in {"off", "shared"}:
            raise ValueError("must be off or shared")
        return value.strip().lower()

    @property
    def origins(self) -> list[str]:
        return [o.strip().rstrip("/") for o in self.allowed_origins.split(",") if o.strip()]

    @property
    def hosts(self) -> list[str]:
        return [h.strip().lower() for h in self.allowed_hosts.split(",") if h.strip()] or ["localhost"]

    @property
    def page_takes_uploads(self) -> bool:
        """Whether anyone may upload on the page: visitors (shared) or editors (an admin token is set)."""
        return self.page_uploads == "shared" or bool(self.admin_token)

    @property
    def proxies(self) -> list[str]:
        return [p.strip() for p in self.trusted_proxies.split(",") if p.strip()]

    @property
    def store_location(self) -> str:
        if self.chroma_host:
            scheme = "https" if self.chroma_ssl else "http"
            return f"{scheme}://{self.chroma_host}:{self.chroma_port}"
        return str(self.persist_dir)


def load_settings(**overrides) -> Settings:
    """Read settings, turning validation errors into one readable ConfigError."""
    try:
        return Settings(**overrides)
    except ValidationError as exc:
        problems = "; ".join(
            f"CHATBOT_{'_'.join(str(p) for p in err['loc']).upper()}: {err['msg']}" for err in exc.errors()
        )
        raise ConfigError(f"invalid setting: {problems}") from None
