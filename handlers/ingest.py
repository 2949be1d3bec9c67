"""`ingest slug|q:ID|text`: pasted evidence into the ledger, linked to the node."""
from service import conversation, extract, ingest, replies

MAX_CLAIMS = 40  # one texted paste (1,600 characters at most) holds fewer; more is a flood, refused whole


def _blank(text: str) -> bool:
    """Nothing after the bar, or only spaces and invisible characters a phone put there."""
    try:
        extract.normalise(text, allow_long=True)
    except extract.EmptyPaste:
        return True
    return False


def handle(db, command, message):
    from . import Result
    if _blank(command.text):
        return Result(command, replies.ingest_usage(command.slug, message.channel))
    result = ingest.ingest(db, command.slug, command.text, question=command.node,
                           asker=conversation.pseudonym(db, message.sender),
                           message_sid=message.message_sid, max_claims=MAX_CLAIMS)
    return Result(command, replies.ingest_result(result, message.channel))
