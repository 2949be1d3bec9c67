""""more" and "1"-"9": the rest of the last answer, or a source it cited, in full. Nothing is recorded."""
from service import conversation, ledger, replies


def more(db, command, message):
    from . import Result
    state = conversation.load(db, message.sender)
    if not state.question:
        return Result(command, replies.nothing_to_follow("more", _slugs(db), message.channel))
    rest = [(n, m) for n, m in state.rest]
    topic = ledger.require_topic(db, rest[0][1].get("topic", state.topic) if rest else state.topic)
    summaries = {}
    for _, match in rest[:5]:
        source = ledger.get_source(db, match["topic"], match["source"])
        if source.get("summary") and "\n" not in source["summary"]:
            summaries[match["source"]] = source["summary"]
    reply, shown = replies.more(topic=topic, qid=state.question, head=tuple(state.head) or ledger.head(db, state.topic), rest=rest,
                                summaries=summaries, channel=message.channel)
    state.rest = [[n, m] for n, m in rest if n not in shown]
    conversation.save(db, message.sender, state)
    return Result(command, reply)


def pick(db, command, message):
    from . import Result
    state = conversation.load(db, message.sender)
    if not state.question:
        return Result(command, replies.nothing_to_follow("a source", _slugs(db), message.channel))
    if not 1 <= command.number <= len(state.cited):
        return Result(command, replies.no_such_number(command.number, len(state.cited), message.channel))
    slug, source_id = state.cited[command.number - 1]
    conversation.touch(db, message.sender)
    topic = ledger.require_topic(db, slug)
    source = ledger.get_source(db, slug, source_id)
    return Result(command, replies.source_detail(topic, source, ledger.claims(db, slug, source=source_id),
                                                 message.channel))


def _slugs(db):
    return [t["slug"] for t in ledger.list_topics(db)]
