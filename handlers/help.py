"""`help`, carrier keywords, and anything that names no topic."""
from service import ledger, replies

from .grammar import nearest_topics


def handle(db, command, message):
    from . import Result
    return Result(command, replies.help_text([t["slug"] for t in ledger.list_topics(db)], message.channel))


def opt_out(db, command, message):
    """STOP: the carrier (Twilio) confirms the opt-out itself; a reply of ours would be blocked."""
    from . import Result
    return Result(command, "")


def opt_in(db, command, message):
    from . import Result
    return Result(command, replies.welcome_back([t["slug"] for t in ledger.list_topics(db)], message.channel))


def unknown_topic(db, command, message):
    from . import Result
    topics = {t["slug"]: t["aliases"] or [] for t in ledger.list_topics(db)}
    typed = command.typed_slug or ""
    return Result(command, replies.unknown_topic(typed, nearest_topics(typed, topics), message.channel,
                                                 ingesting=command.ingesting))
