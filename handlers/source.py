"""`slug|s84`: one source in full, the way to go deeper from a reply.

A texter's paste held for a curator is shown to the texter who pasted it (with its
status) and to no one else: to them it does not exist.
"""
from service import conversation, ledger, replies


def handle(db, command, message):
    from . import Result
    topic = ledger.require_topic(db, command.slug)
    source = ledger.get_source(db, command.slug, command.source)
    asker = conversation.pseudonym(db, message.sender, create=False)
    if not ledger.visible_to(source, asker):
        raise ledger.UnknownSource(f"{command.slug} has no source {command.source}")
    held = ledger.quarantined(db, command.slug, but_for=asker)
    shown = [c for c in ledger.claims(db, command.slug, source=command.source,
                                      withdrawn=source["status"] in ("rejected", "retracted"))
             if ledger.shown(c, held)]
    return Result(command, replies.source_detail(topic, source, shown, message.channel))
