"""python -m ingest [PATH ...] [--reset] [--no-wait]  (a PATH may be a folder: read recursively)"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from chatbot.config import load_settings
from chatbot.errors import ChatbotError
from chatbot.text import printable


PROGRESS_MIN_PAGES = 20  # a PDF this long shows a bar while it is read: reading takes a while


class PageProgress:
    """One bar on stderr per long PDF, page by page, while it is read."""

    def __init__(self) -> None:
        self.bar = None

    def __call__(self, name: str, done: int, total: int) -> None:
        if total < PROGRESS_MIN_PAGES:
            return
        if self.bar is None:
            from tqdm import tqdm

            self.bar = tqdm(total=total, desc=f"read {printable(name)}", unit="page", file=sys.stderr)
        self.bar.update(done - self.bar.n)
        if done >= total:
            self.close()

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
            self.bar = None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m ingest",
                                     description="Add documents (.txt in any encoding, .md, .html, .pdf, .docx) to the "
                                                 "chatbot's store. "
                                                 "With no path, ingests the bundled article. A folder is read "
                                                 "recursively; files in it that cannot be read are skipped, "
                                                 "one line each. Run it again to finish an interrupted ingest.")
    parser.add_argument("paths", nargs="*", help="files or folders to ingest")
    parser.add_argument("--reset", action="store_true", help="empty the collection first")
    parser.add_argument("--if-empty", action="store_true",
                        help="ingest the bundled article only when the collection is empty or holds just "
                             "an older copy of it (used by the run command)")
    parser.add_argument("--no-wait", action="store_true",
                        help="fail at once (status 2) if another ingest or removal is writing to the store, "
                             "instead of waiting for it")
    args = parser.parse_args(argv)
    if any(not path.strip() for path in args.paths):  # Path("") is the current folder: never read it unasked
        print("error: an empty path was given (an unset variable?); name a file or a folder", file=sys.stderr)
        return 2
    paths = [Path(path) for path in args.paths]
    try:
        settings = load_settings(**({"write_wait_s": 0} if args.no_wait else {}))
        from .pipeline import ensure_default_document, ingest_paths

        if args.if_empty:
            summary = ensure_default_document(settings)
            if summary is None:
                print("the collection already holds your documents; nothing to do")
                return 0
        else:
            pages = PageProgress()
            try:
                summary = ingest_paths(paths or None, settings, reset=args.reset, progress=True,
                                       skipped=lambda path, reason: print(f"skipped {path}: {reason}", file=sys.stderr),
                                       warned=lambda name, warning: print(f"warning: {printable(name)}: "
                                                                          f"{printable(warning)}", file=sys.stderr),
                                       pages=pages)
            finally:
                pages.close()
    except ChatbotError as exc:
        print(f"error: {printable(exc)}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("error: interrupted; run the same command again to finish", file=sys.stderr)
        return 130
    print(printable(summary.line()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
