"""`slug` alone: the topic in one message."""
from service import article, ledger, replies


def handle(db, command, message):
    from . import Result
    topic = ledger.require_topic(db, command.slug)
    reply = replies.topic_card(topic, ledger.claim_counts(db, command.slug), ledger.source_count(db, command.slug),
                               article.suggested_questions(db, command.slug, n=3), message.channel)
    return Result(command, reply)
