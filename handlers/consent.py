"""STOP and START (and their synonyms): honoured on both channels.

SMS opt-out is the carrier's (Twilio answers STOP itself and blocks our replies), but the
service records it too. On WhatsApp nothing does it for us: STOP is confirmed here, and
until START the sender gets no replies and nothing they send is recorded.
"""
from service import conversation, ledger, replies


def opt_out(db, command, message):
    from . import Result
    conversation.opt_out(db, message.sender, message.channel)
    return Result(command, replies.unsubscribed(message.channel) if message.channel != "sms" else "")


def opt_in(db, command, message):
    """START or YES resubscribes only someone who had stopped; otherwise it is just conversation."""
    from . import Result
    slugs = [t["slug"] for t in ledger.list_topics(db)]
    if conversation.opt_in(db, message.sender):
        return Result(command, replies.welcome_back(slugs, message.channel))
    if command.text == "start":
        return Result(command, replies.help_text(slugs, message.channel))
    return Result(command, replies.small_talk("ok", slugs, conversation.load(db, message.sender).topic,
                                              message.channel))
