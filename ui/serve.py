"""The page's server: Streamlit's own, with `PageGuard` in front of every request (the Host check, the
upload limits; ui/guard.py). Start it as `streamlit run ui/serve.py` (scripts/run does): Streamlit
finds `app` below and serves ui/app.py through it. `streamlit run ui/app.py` would serve the same page
without the guard."""
import streamlit as st
from starlette.middleware import Middleware

from chatbot import ConfigError, load_settings
from ui.guard import PageGuard

try:
    settings = load_settings()
except ConfigError as exc:
    raise SystemExit(f"error: {exc}") from None

app = st.App("app.py", middleware=[Middleware(PageGuard, settings=settings)])
