"""Where a text is understood: `dispatch` reads a message and hands it to one command.

One module per command (ask, ingest, curate, topic, source, node, help, consent, small_talk,
follow_up, notify, forget); the grammar lives in `handlers.grammar`, the words of every
reply in `service.replies`, what is remembered between texts in `service.conversation`.
Before any command: an opted-out sender gets nothing (and nothing is recorded), a photo
gets "only text is read", an emergency gets only the emergency line, and a question in
another language gets a short English-only reply.
"""
from dataclasses import dataclass

from service import conversation, language, ledger, matching, replies, safety

from . import ask, consent, curate, follow_up, forget, grammar, help, ingest, node, notify, small_talk, source, topic
from .grammar import Command


@dataclass(frozen=True)
class Message:
    body: str
    channel: str = "sms"          # sms, whatsapp, web, cli
    sender: str | None = None     # hashed before it is stored, never kept raw (except encrypted, for NOTIFY)
    message_sid: str | None = None
    media: int = 0                # Twilio's NumMedia: photos and the like are not read


@dataclass
class Result:
    command: Command
    reply: str                    # empty when nothing may be sent (STOP, an opted-out sender)
    answer: object = None         # service.answer.Answer for ask commands


HANDLERS = {
    "ask": ask.handle,
    "topic": topic.handle,
    "source": source.handle,
    "node": node.handle,
    "ingest": ingest.handle,
    "curate": curate.handle,
    "help": help.handle,
    "opt_in": consent.opt_in,
    "opt_out": consent.opt_out,
    "unknown_topic": help.unknown_topic,
    "small_talk": small_talk.handle,
    "more": follow_up.more,
    "pick": follow_up.pick,
    "notify": notify.handle,
    "forget": forget.handle,
}


def _before(db, command: Command, message: Message, topics: ledger.Directory) -> str | None:
    """The replies owed before any command runs; None when the command should run."""
    if conversation.opted_out(db, message.sender) and command.kind not in ("opt_in", "opt_out"):
        return ""
    if message.media:
        return replies.media_only(message.channel)
    if command.kind != "ingest" and safety.is_emergency(message.body):
        return replies.emergency(message.channel)
    if in_another_language(command, message.body, topics):
        return replies.english_only(message.channel)
    return None


def in_another_language(command: Command, body: str, topics: ledger.Directory) -> bool:
    """A question asked in another language, which gets only the English-only reply."""
    return command.kind in ("ask", "unknown_topic") and language.is_foreign(body, matching.every_name(topics))


def dispatch(db, message: Message) -> Result:
    """Answer one inbound message. Anything the ledger refuses becomes a polite reply, never an error."""
    topics = ledger.directory(db)
    state = conversation.load(db, message.sender)
    command = grammar.parse(message.body, topics, state.topic if state.topic in topics else None)
    early = _before(db, command, message, topics)
    if early is not None:
        return Result(command, early)
    try:
        return HANDLERS[command.kind](db, command, message)
    except ledger.LedgerError as problem:
        return Result(command, replies.problem(str(problem), message.channel))
