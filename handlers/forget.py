""""forget me": erase the conversation, notifications and the link to the sender's question nodes."""
from service import conversation, replies


def handle(db, command, message):
    from . import Result
    conversation.forget(db, message.sender)
    return Result(command, replies.forgotten(message.channel))
