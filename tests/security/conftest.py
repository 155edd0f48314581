"""Real `python -m chatbot serve` processes on 127.0.0.1 for the security tests."""
from __future__ import annotations

from contextlib import contextmanager
from dataclasses import dataclass

import httpx
import pytest

from ..conftest import free_port, python, server

KEY = "s3cret-key"
ALLOWED_ORIGIN = "http://intranet.example:9000"
QUESTION = {"question": "who ruled out Assad?"}


@dataclass
class Service:
    url: str
    port: int
    pid: int

    def client(self, source: str = "127.0.0.1", **kwargs) -> httpx.Client:
        """An HTTP client whose connections come from `source` (any 127.x.y.z is this machine)."""
        transport = httpx.HTTPTransport(local_address=source)
        return httpx.Client(base_url=self.url, transport=transport, timeout=60, **kwargs)

    def rss_mb(self) -> float:
        with open(f"/proc/{self.pid}/status") as status:
            line = next(row for row in status if row.startswith("VmRSS:"))
        return int(line.split()[1]) / 1024


@contextmanager
def chat_service(env: dict, name: str):
    port = free_port()
    args = [python(), "-m", "chatbot", "serve", "--host", "127.0.0.1", "--port", str(port)]
    with server(args, env, f"http://127.0.0.1:{port}/healthz", name) as process:
        yield Service(f"http://127.0.0.1:{port}", port, process.pid)


@pytest.fixture(scope="module")
def hardened(real_env):
    """A key, one allowed browser origin, a small session table; rate limits out of the way."""
    env = {**real_env, "CHATBOT_API_KEY": KEY, "CHATBOT_ALLOWED_ORIGINS": ALLOWED_ORIGIN,
           "CHATBOT_MAX_SESSIONS": "5", "CHATBOT_RATE_LIMIT_PER_MINUTE": "100000"}
    with chat_service(env, "security-hardened") as service:
        yield service
