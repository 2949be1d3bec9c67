"""`help`, carrier keywords, and anything that names no topic."""
import re

from service import conversation, demand, ledger, replies
from service.matching import topicality

from .grammar import misspelt_topics, nearest_topics


def handle(db, command, message):
    from . import Result
    return Result(command, replies.help_text([t["slug"] for t in ledger.list_topics(db)], message.channel))


def unknown_topic(db, command, message):
    """A topic the ledger lacks: the nearest topics, and the request counted for the curators
    (`ledger requests`) when what was typed could name a compound."""
    from . import Result
    topics = ledger.directory(db)
    typed = command.typed_slug or ""
    counted = 0
    if not command.ingesting and _names_a_compound(typed, bool(command.text)):
        counted = demand.count_request(db, typed, conversation.pseudonym(db, message.sender))
    meant = [] if typed or not command.text else misspelt_topics(command.text, topics)
    return Result(command, replies.unknown_topic(typed, meant or nearest_topics(typed, topics), message.channel,
                                                 ingesting=command.ingesting, counted=counted, meant=bool(meant)))


def _names_a_compound(typed: str, asked: bool) -> bool:
    """Typed before a question ("newpeptide|does it help"), any plausible name counts; alone, only
    one that is no everyday English word ("thanks" is not a compound)."""
    if not demand.plausible_name(typed):
        return False
    return asked or max(topicality(w) for w in re.findall(r"[a-z]+", typed.lower())) >= 0.5
