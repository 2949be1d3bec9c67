"""Curator acts by text, from numbers listed in $LEDGER_CURATORS:

    review SLUG                  the queue of pastes awaiting a curator
    confirm SLUG ID              a pasted source (sN) or one claim (cN)
    reject SLUG ID reason        hide a paste
    retract SLUG ID reason       withdraw curated evidence

Each act is a chained entry written by `service.ledger`, as `ledger confirm` etc. are.
Anyone else is told politely that only curators can do this; nothing is recorded.
"""
from service import curators, ledger, replies

ACTS = {"confirm": ledger.confirm, "reject": ledger.reject, "retract": ledger.retract}


def handle(db, command, message):
    from . import Result
    if not curators.is_curator(db, message.sender):
        return Result(command, replies.not_a_curator(message.channel))
    if command.action == "review":
        return Result(command, replies.review(command.slug, ledger.review_queue(db, command.slug), message.channel))
    curator = curators.curator_hash(db, message.sender)
    if command.action == "confirm":
        act = ledger.confirm(db, command.slug, command.source, curator)
    else:
        act = ACTS[command.action](db, command.slug, command.source, command.text, curator)
    return Result(command, replies.curator_act(act, message.channel))
