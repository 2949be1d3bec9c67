""""hi", "thanks", "ok", "?": a short human reply. No node is recorded."""
from service import conversation, ledger, replies


def handle(db, command, message):
    from . import Result
    conversation.touch(db, message.sender)
    slugs = [t["slug"] for t in ledger.list_topics(db)]
    return Result(command, replies.small_talk(command.text, slugs, command.slug, message.channel))
