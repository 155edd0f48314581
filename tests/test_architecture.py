"""The layout keeps its promises: no import circles, a public API that is exactly `__all__`, the page
and the measuring tools on that API, the product free of the tools."""
from __future__ import annotations

import ast
import inspect
from pathlib import Path

import pytest

import chatbot
import ingest

from .conftest import ROOT

PACKAGES = ("chatbot", "ingest", "ui", "tools")
# Tools that build or calibrate the models and the data they ship work on the answerers' insides (never
# on private names); the measuring tools and the page use only the public API.
MODEL_BUILDERS = {"tools.train_reader", "tools.calibrate_reader", "tools.refusal_ceiling", "tools.tune_extractive",
                  "tools.prepare_embedder", "tools.build_example_vectors", "tools.workplace_windows",
                  "tools.fit_chooser", "tools.build_word_list"}


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _modules() -> dict[str, Path]:
    return {_module_name(p): p for package in PACKAGES for p in (ROOT / package).rglob("*.py")}


def _imports(path: Path, known: set[str]) -> list[tuple[str, str]]:
    """(module, name or '') for every import of our modules in the file, at any depth."""
    module = _module_name(path)
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [(alias.name, "") for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join(anchor + ([base] if base else []))
            for alias in node.names:
                child = f"{base}.{alias.name}"
                found.append((child, "") if child in known else (base, alias.name))
    return [(m, name) for m, name in found if m.split(".")[0] in PACKAGES]


def _graph() -> dict[str, set[str]]:
    modules = _modules()
    known = set(modules)
    return {name: {m for m, _ in _imports(path, known) if m in known and m != name} for name, path in modules.items()}


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan)."""
    index, low, on_stack, stack, out = {}, {}, set(), [], []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in graph.get(node, ()):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                top = stack.pop()
                on_stack.discard(top)
                component.append(top)
                if top == node:
                    break
            if len(component) > 1:
                out.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return out


def test_no_import_circles():
    assert _cycles(_graph()) == []


def test_the_circle_finder_finds_circles():
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert _cycles({"a": {"b"}, "b": set()}) == []


@pytest.mark.parametrize("package", [chatbot, ingest], ids=lambda p: p.__name__)
def test_all_is_the_public_api(package):
    exported = {name for name, value in vars(package).items()
                if not name.startswith("_") and getattr(value, "__module__", "").startswith(package.__name__ + ".")}
    assert exported <= set(package.__all__)  # the rest of __all__: constants such as DEFAULT_DOCUMENT
    assert all(hasattr(package, name) and not inspect.ismodule(getattr(package, name)) for name in package.__all__)


def test_the_product_never_imports_the_page_or_the_tools():
    graph = _graph()
    product = [m for m in graph if m.split(".")[0] in {"chatbot", "ingest"}]
    leaks = {m: sorted(d for d in graph[m] if d.split(".")[0] in {"ui", "tools"}) for m in product}
    assert {m: d for m, d in leaks.items() if d} == {}


def test_the_page_and_the_tools_use_only_the_public_api():
    modules = _modules()
    known = set(modules)
    wrong = []
    for name, path in modules.items():
        if name.split(".")[0] not in {"ui", "tools"}:
            continue
        for module, imported in _imports(path, known):
            top = module.split(".")[0]
            if top not in {"chatbot", "ingest"}:
                continue
            if name in MODEL_BUILDERS:
                if imported.startswith("_"):
                    wrong.append(f"{name}: {module}.{imported} is private")
            elif module not in {"chatbot", "ingest"} or (imported and imported not in
                                                          {*chatbot.__all__, *ingest.__all__}):
                wrong.append(f"{name}: {module}{'.' + imported if imported else ''} is not public")
    assert wrong == []


def test_functions_stay_short():
    """A function a reader can hold in mind: over 60 lines, split it."""
    long = []
    for name, path in _modules().items():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.end_lineno - node.lineno >= 60:
                long.append(f"{name}.{node.name}: {node.end_lineno - node.lineno + 1} lines")
    assert long == []
