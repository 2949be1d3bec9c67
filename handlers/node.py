"""`q:ID` alone: the node's status and any evidence added for it since."""
from service import ledger, replies


def handle(db, command, message):
    from . import Result
    node = ledger.get_question(db, command.node)
    evidence = ledger.evidence_for(db, command.node)
    claims_added = {s["id"]: len(ledger.claims(db, node["topic"], source=s["id"])) for s in evidence}
    return Result(command, replies.node_status(node, evidence, claims_added, message.channel))
