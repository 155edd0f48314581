"""The chat API and the embeddable widget's files (FastAPI).

    python -m chatbot serve [--host 127.0.0.1] [--port 8000]

POST /v1/chat, POST /v1/chat/stream (server-sent events), DELETE /v1/sessions/{id}, POST /v1/access,
GET /healthz, GET /widget/embed.js; OpenAPI docs at /docs. The routes are in chatbot/service/routes/,
what they share in deps.py, what every request passes through in middleware.py, the error replies
in handlers.py.
"""
from __future__ import annotations

import logging
import socket
from typing import Optional

from fastapi import FastAPI

from chatbot.config import Settings, load_settings
from chatbot.errors import ConfigError
from chatbot.pipeline import ChatChain
from chatbot.service.deps import init_state
from chatbot.service.handlers import install_error_handlers
from chatbot.service.middleware import add_middleware
from chatbot.service.routes import access, chat, health
from chatbot.service.routes.widget import install_widget


def create_app(settings: Settings, chain: Optional[ChatChain] = None) -> FastAPI:
    """The API for `settings`. Without a chain, one is built on the first request that needs it."""
    app = FastAPI(title="Document chat API", version="1.0",
                  description="Ask questions about the ingested documents; answers cite their passages.",
                  docs_url=None, redoc_url=None)  # /docs is served offline by install_widget
    init_state(app, settings, chain)
    add_middleware(app, settings)
    app.include_router(chat.router)
    app.include_router(health.router)
    app.include_router(access.router)
    install_widget(app)
    install_error_handlers(app)  # {"error": ...} for every failure, in the replies and in the schema
    return app


def _log_to_stderr() -> None:
    logging.basicConfig(level=logging.WARNING, format="%(asctime)s %(levelname)s %(name)s: %(message)s")


def app_from_environment() -> FastAPI:
    """One worker's app (`serve --workers N`, `uvicorn --factory`): settings from CHATBOT_*, model loaded now."""
    _log_to_stderr()
    settings = load_settings()
    return create_app(settings, ChatChain(settings))


def serve(settings: Settings, host: str = "127.0.0.1", port: int = 8000, workers: int = 1) -> None:
    import uvicorn

    if workers > 1 and not settings.redis_url:
        raise ConfigError(f"--workers {workers} needs CHATBOT_REDIS_URL: without it sessions and rate limits "
                          "live in one process's memory, so follow-ups would be lost between workers")
    check_port(host, port)  # before announcing: a busy port is one error line, not a banner then a failure
    _log_to_stderr()  # the operator's log: the details, such as paths, that replies to users leave out
    where = f"chat API on http://{host}:{port} (docs at /docs, widget at /widget/embed.js)"
    if "*" not in settings.hosts and host not in settings.hosts and host not in {"0.0.0.0", "::"}:
        print(f"note: {host} is not in CHATBOT_ALLOWED_HOSTS ({settings.allowed_hosts}); "
              "requests addressed to it get 400", flush=True)
    # X-Forwarded-For is believed only from the proxies listed in CHATBOT_TRUSTED_PROXIES (uvicorn
    # would otherwise trust 127.0.0.1 by default, and any local caller could pick its address).
    proxies = settings.proxies
    limits = dict(log_level="warning", proxy_headers=bool(proxies), forwarded_allow_ips=proxies or "",
                  limit_concurrency=settings.max_connections, h11_max_incomplete_event_size=16_384,
                  timeout_keep_alive=5)
    if workers > 1:  # each worker process builds its own app and loads the model once
        print(f"{where}, {workers} workers", flush=True)
        uvicorn.run("chatbot.service.app:app_from_environment", factory=True, host=host, port=port, workers=workers,
                    **limits)
        return
    # Load the model and store before accepting requests: errors show at once, the first answer is fast.
    app = create_app(settings, ChatChain(settings))
    print(where, flush=True)
    uvicorn.run(app, host=host, port=port, **limits)


def check_port(host: str, port: int) -> None:
    """Fail before announcing anything when another program already listens on host:port."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        try:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as uvicorn binds
            probe.bind((host, port))
        except OSError as exc:
            reason = "it is already in use" if exc.errno in {98, 48} else exc.strerror or str(exc)
            # A host that is no name or no address of this machine is the host's fault, not the port's.
            wrong_host = isinstance(exc, socket.gaierror) or exc.errno in {99, 49}  # EADDRNOTAVAIL
            choose = "choose another with --host" if wrong_host else "choose another with --port"
            raise ConfigError(f"cannot serve on {host}:{port}: {reason} ({choose})") from None
