"""`slug|s84`: one source in full, the way to go deeper from a reply."""
from service import ledger, replies


def handle(db, command, message):
    from . import Result
    topic = ledger.require_topic(db, command.slug)
    source = ledger.get_source(db, command.slug, command.source)
    claims = ledger.claims(db, command.slug, source=command.source)
    return Result(command, replies.source_detail(topic, source, claims, message.channel))
