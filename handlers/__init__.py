"""Where a text is understood: `dispatch` reads a message and hands it to one command.

One module per command (ask, ingest, curate, topic, source, node, help); the grammar
lives in `handlers.grammar`, the words of every reply in `service.replies`.
"""
from dataclasses import dataclass

from service import ledger, replies

from . import ask, curate, grammar, help, ingest, node, source, topic
from .grammar import Command


@dataclass(frozen=True)
class Message:
    body: str
    channel: str = "sms"          # sms, whatsapp, web, cli
    sender: str | None = None     # hashed before it is stored, never kept raw
    message_sid: str | None = None


@dataclass
class Result:
    command: Command
    reply: str                    # empty only for STOP, which the carrier answers
    answer: object = None         # service.answer.Answer for ask commands


HANDLERS = {
    "ask": ask.handle,
    "topic": topic.handle,
    "source": source.handle,
    "node": node.handle,
    "ingest": ingest.handle,
    "curate": curate.handle,
    "help": help.handle,
    "opt_in": help.opt_in,
    "opt_out": help.opt_out,
    "unknown_topic": help.unknown_topic,
}


def dispatch(db, message: Message) -> Result:
    """Answer one inbound message. Anything the ledger refuses becomes a polite reply, never an error."""
    topics = {t["slug"]: t["aliases"] or [] for t in ledger.list_topics(db)}
    command = grammar.parse(message.body, topics)
    try:
        return HANDLERS[command.kind](db, command, message)
    except ledger.LedgerError as problem:
        return Result(command, replies.problem(str(problem), message.channel))
