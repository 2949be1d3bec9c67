"""`q:ID` alone: the node's status and any evidence added for it since."""
from service import conversation, ledger, matching, privacy, replies


def handle(db, command, message):
    from . import Result
    node = ledger.get_question(db, command.node)
    asker = conversation.pseudonym(db, message.sender, create=False)
    names = matching.topic_names(ledger.require_topic(db, node["topic"]))
    node = {**node, "text": privacy.seen_by(node, asker, names)}
    evidence = [s for s in ledger.evidence_for(db, command.node)
                if ledger.visible_to(ledger.get_source(db, node["topic"], s["id"]), asker)]
    claims_added = {s["id"]: len(ledger.claims(db, node["topic"], source=s["id"])) for s in evidence}
    return Result(command, replies.node_status(node, evidence, claims_added, message.channel))
