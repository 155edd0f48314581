"""Tools that measure the product (evaluation, benchmarks, load tests, the naive baseline).

They live outside the `chatbot` package and use its public API; run them from the repository root,
e.g. `python -m tools.eval`.
"""
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent  # the repository: tests/data, reports/, bench/
