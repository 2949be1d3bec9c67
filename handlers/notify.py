"""NOTIFY after an open or thin answer: one text when a curator confirms evidence for it."""
from service import conversation, notify, replies


def handle(db, command, message):
    from . import Result
    state = conversation.load(db, message.sender)
    if not state.question or not message.sender:
        return Result(command, replies.notify_nothing_open(message.channel))
    try:
        notify.subscribe(db, message.sender, message.channel, state.question, state.topic)
    except notify.NotConfigured:
        return Result(command, replies.notify_unavailable(message.channel))
    conversation.touch(db, message.sender)
    return Result(command, replies.notify_subscribed(state.question, message.channel))
