"""The embeddable widget's files (/widget/embed.js, ...) and /docs served offline.

    install_widget(app)   # mounts the files and adds the /docs page
"""
from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter, FastAPI, Request
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.staticfiles import StaticFiles

from chatbot.config import PROJECT_ROOT

WIDGET_DIR = PROJECT_ROOT / "ui" / "widget"

router = APIRouter()


@router.get("/docs", include_in_schema=False)
def docs(request: Request):
    app = request.app
    return get_swagger_ui_html(openapi_url=app.openapi_url or "/openapi.json", title=f"{app.title} — docs",
                               swagger_js_url="/docs-assets/swagger-ui-bundle.js",
                               swagger_css_url="/docs-assets/swagger-ui.css",
                               swagger_favicon_url="/docs-assets/favicon.png")


def install_widget(app: FastAPI) -> None:
    """Mounts (which an APIRouter cannot carry) and the /docs page. Swagger UI comes from the pinned
    fastapi-offline package's files, not a CDN, so /docs works offline; create the app with
    docs_url=None so this page replaces FastAPI's."""
    import fastapi_offline

    if WIDGET_DIR.exists():
        app.mount("/widget", StaticFiles(directory=WIDGET_DIR), name="widget")
    assets = Path(fastapi_offline.__file__).parent / "static"
    app.mount("/docs-assets", StaticFiles(directory=assets), name="docs-assets")
    app.include_router(router)
