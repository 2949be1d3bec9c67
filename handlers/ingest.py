"""`ingest slug|q:ID|text`: pasted evidence into the ledger, linked to the node."""
from service import ingest, replies


def handle(db, command, message):
    from . import Result
    if not command.text.strip():
        return Result(command, replies.ingest_usage(command.slug, message.channel))
    result = ingest.ingest(db, command.slug, command.text, question=command.node)
    return Result(command, replies.ingest_result(result, message.channel))
