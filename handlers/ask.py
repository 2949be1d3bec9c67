"""`slug|question`: the sourced answer, recorded as a question node."""
from service import answer, replies

MAX_QUESTION_CHARS = 1600  # what one SMS or WhatsApp message can carry


def handle(db, command, message):
    from . import Result
    if len(command.text) > MAX_QUESTION_CHARS:
        return Result(command, replies.too_long(MAX_QUESTION_CHARS, message.channel))
    result = answer.ask(db, command.slug, command.text, channel=message.channel,
                        sender=message.sender, message_sid=message.message_sid)
    return Result(command, result.reply, result)
