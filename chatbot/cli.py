"""Command line: ask / chat / serve / documents. Errors become one line on stderr here."""
from __future__ import annotations

import argparse
import json
import os
import re
import sys
from typing import Optional

from chatbot.errors import ChatbotError, ConfigError
from chatbot.text import json_line, printable

EXIT_ERROR = 2
_COMMAND_LIKE = re.compile(r"/[A-Za-z?]+")  # a chat line that is one slash word: a command, known or not
CHAT_HELP = """Ask a question about the documents; follow-ups such as "What did he say next?" work.
Ask "summarize", "key points" or "tell me more" for a cited summary.
Commands: /help this text · /reset forget the conversation · /quit leave (or Ctrl-D)."""


def format_answer(answer) -> str:
    """The answer and its citations for a terminal; document text cannot send escape sequences."""
    lines = [answer.answer]
    if answer.citations:
        lines.append("")
        for c in answer.citations:
            lines.append(f"[{c.n}] {c.source}, {c.place()}: {c.text}")
            if c.url:
                lines.append(f"    {c.url}")
    return printable("\n".join(lines))


def _dump(answer) -> str:
    return json_line(answer.to_dict())


def _chain(settings):
    from chatbot.pipeline import ChatChain

    return ChatChain(settings)


def cmd_ask(args, settings) -> int:
    answer = _chain(settings).ask(args.question)
    print(_dump(answer) if args.json else format_answer(answer))
    return 0


def cmd_chat(args, settings) -> int:
    from chatbot.pipeline import Conversation

    conversation = Conversation(_chain(settings))
    if args.jsonl:
        return _chat_jsonl(conversation)
    interactive = sys.stdin.isatty()
    if interactive:
        print("Ask about the document. Commands: /help, /reset forgets the conversation, /quit leaves.")
    while True:
        try:
            line = input("> " if interactive else "")
        except (EOFError, KeyboardInterrupt):
            print()
            return 0
        line = line.strip()
        if not line:
            continue
        if line in {"/quit", "/exit"}:
            return 0
        if line in {"/help", "/?"}:
            print(CHAT_HELP, flush=True)
            continue
        if line == "/reset":
            conversation.reset()
            print("(conversation forgotten)")
            continue
        if _COMMAND_LIKE.fullmatch(line):  # "/bogus": a command mistyped, not a question for the documents
            print(f"unknown command {line}: /help lists the commands", flush=True)
            continue
        try:
            print(format_answer(conversation.ask(line)), "", sep="\n", flush=True)
        except ChatbotError as exc:
            print(f"error: {printable(exc)}", file=sys.stderr, flush=True)


def _chat_jsonl(conversation) -> int:
    """One JSON object per input line; one JSON line per question, flushed at once."""
    failures = 0
    for raw in sys.stdin:
        raw = raw.strip()
        if not raw:
            continue
        try:
            message = json.loads(raw)
            if not isinstance(message, dict):
                raise ValueError
        except ValueError:
            print(json.dumps({"question": None, "error": "each line must be a JSON object like "
                                                        "{\"question\": \"...\"}"}), flush=True)
            failures += 1
            continue
        if message.get("reset"):
            conversation.reset()
            if "question" not in message:
                print(json.dumps({"reset": True}), flush=True)
                continue
        if "question" not in message:  # the API's words for the same mistake
            print(json.dumps({"question": None, "error": "question is required"}), flush=True)
            failures += 1
            continue
        try:
            answer = conversation.ask(message.get("question", ""))
            print(_dump(answer), flush=True)
        except ChatbotError as exc:
            print(json_line({"question": message.get("question"), "error": str(exc)}), flush=True)
            failures += 1
    if failures:  # every line is answered; a failed one makes the run fail, as documented
        print(f"error: {failures} line(s) could not be answered (see their \"error\")", file=sys.stderr)
        return EXIT_ERROR
    return 0


def cmd_documents(args, settings) -> int:
    from chatbot.embeddings import get_embeddings
    from chatbot.store.chroma import open_store

    store = open_store(settings, get_embeddings(settings.embeddings))
    if args.remove:
        if not store.document(args.remove):
            raise ChatbotError(f"no document named {args.remove!r} in the collection")
        removed = store.delete_document(args.remove)
        print(printable(f"removed {args.remove} ({removed} passages)"))
        return 0
    records = store.documents()
    if not records:  # stdout stays empty for scripts; people read why
        print("no documents yet: add one with `python -m ingest FILE` (or `python -m ingest` for the bundled "
              "article)", file=sys.stderr)
    for record in records:
        print(printable(f"{record.source}\t{record.passages} passages\t{record.chars} chars\t{record.url or ''}"))
    return 0


def cmd_serve(args, settings) -> int:
    from chatbot.service.app import serve

    if args.workers < 1:
        raise ConfigError("--workers must be at least 1")
    if not 0 < args.port < 65536:
        raise ConfigError(f"--port {args.port} is no port: choose one from 1 to 65535")
    serve(settings, host=args.host, port=args.port, workers=args.workers)
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m chatbot", description="Ask questions about your documents.")
    sub = parser.add_subparsers(dest="command", required=True)
    ask = sub.add_parser("ask", help="answer one question")
    ask.add_argument("question")
    ask.add_argument("--json", action="store_true", help="print the answer as one JSON object")
    ask.set_defaults(run=cmd_ask)
    chat = sub.add_parser("chat", help="a conversation: follow-up questions work")
    chat.add_argument("--jsonl", action="store_true",
                      help='read {"question": ...} or {"reset": true} lines on stdin, write JSON lines')
    chat.set_defaults(run=cmd_chat)
    docs = sub.add_parser("documents", help="list the documents in the collection (or remove one)")
    docs.add_argument("--remove", metavar="SOURCE", help="remove this document and its passages")
    docs.add_argument("--no-wait", action="store_true",
                      help="with --remove: fail at once (status 2) if another writer holds the store")
    docs.set_defaults(run=cmd_documents)
    serve = sub.add_parser("serve", help="run the chat API and the embeddable widget")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8000)
    serve.add_argument("--workers", type=int, default=1,
                       help="worker processes (more than 1 needs CHATBOT_REDIS_URL: shared sessions)")
    serve.set_defaults(run=cmd_serve)
    return parser


def main(argv: Optional[list[str]] = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        from chatbot.config import load_settings

        return args.run(args, load_settings(**({"write_wait_s": 0} if getattr(args, "no_wait", False) else {})))
    except ChatbotError as exc:
        print(f"error: {printable(exc)}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `chatbot ask ... | head`: the reader left; say nothing more
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
