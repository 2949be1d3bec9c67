"""A question (`slug|question`, or plain words): the sourced answer, recorded as a question node,
and the conversation remembers it for "more", "1"-"3" and follow-ups without a slug."""
from service import answer, conversation, replies

MAX_QUESTION_CHARS = 1600  # what one SMS or WhatsApp message can carry


def handle(db, command, message):
    from . import Result
    if len(command.text) > MAX_QUESTION_CHARS:
        return Result(command, replies.too_long(MAX_QUESTION_CHARS, message.channel))
    result = answer.ask(db, command.slug, command.text, channel=message.channel, sender=message.sender,
                        message_sid=message.message_sid, also=command.also)
    conversation.save(db, message.sender, conversation.State(
        topic=command.slug, question=result.question_id,
        cited=[[m["topic"], m["source"]] for _, m in result.numbered],
        rest=[[n, m] for n, m in result.numbered if n not in result.shown], thin=result.thin,
        head=list(result.head)))
    return Result(command, result.reply, result)
