"""How SMS answers read: disclaimer, whole claims, segments, strongest evidence first, and how
many answers show no finding (their strongest findings and summaries too long for 2 segments).

Run with `.venv/bin/python bench/sms_replies.py [QUESTIONS.jsonl ...]` (default: the fresh
Semax set). Each message goes through `dispatch` exactly as the webhook sends it, from a
sender of its own, on a copy of a freshly built ledger. tests/test_sms_replies.py asserts
the targets on the same measurement.
"""
import json
import os
import re
import shutil
import statistics
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

os.environ.setdefault("LEDGER_SECRET", "bench-only-sender-hash-key")  # senders are hashed; any key will do here

from handlers import Message, dispatch  # noqa: E402
from service import ledger, sms  # noqa: E402

FRESH = ROOT / "bench" / "questions" / "semax-fresh.jsonl"
CLAIM_LINE = re.compile(r"^\d+\. (\w+) (s\d+)(?: \(auto\))?: (.*)$")


def measure(db, messages: list[str]) -> dict:
    """Per-message facts and the totals the issue sets targets for."""
    whole = set()   # what a claim line may show: a claim or a source's summary, whole
    for topic in ledger.list_topics(db):
        whole |= {sms.to_gsm7(c["text"]) for c in ledger.claims(db, topic["slug"])}
        whole |= {sms.to_gsm7(s["summary"]) for s in ledger.sources(db, topic["slug"]) if s.get("summary")}
    rows = []
    for n, body in enumerate(messages):
        result = dispatch(db, Message(body, "sms", f"+1555{n:07d}"))
        reply = result.reply
        shown = [CLAIM_LINE.match(line) for line in reply.splitlines()]
        shown = [m for m in shown if m]
        answer = result.answer
        human_matched = bool(answer and any(m["tier"] == "human" for m in answer.matches))
        rows.append({
            "message": body, "kind": result.command.kind, "segments": sms.segments(reply),
            "topics": 1 + len(result.command.also),
            "disclaimer": "Not medical advice" in reply, "claims": len(shown),
            "fragments": sum(m.group(3) not in whole for m in shown),
            "cut": reply.rstrip().endswith("..."),
            "human_matched": human_matched,
            # no weaker finding before the human one (none shown: the bottom line leads, "1" opens it)
            "human_first": not shown or shown[0].group(1) == "human",
            "no_finding": bool(answer and answer.matches) and not shown,
            "abstained": bool(answer and answer.abstained)})
    answers = [r for r in rows if r["kind"] == "ask"]
    segments = [r["segments"] for r in answers]
    single = [r["segments"] for r in answers if r["topics"] == 1]
    with_claims = [r for r in answers if r["claims"]]
    human = [r for r in answers if r["human_matched"]]
    return {
        "messages": len(rows), "answers": len(answers),
        "disclaimer": sum(r["disclaimer"] for r in answers),
        "fragments": sum(r["fragments"] for r in answers) + sum(r["cut"] for r in answers),
        "median_segments": statistics.median(segments) if segments else 0,
        "segments": {n: segments.count(n) for n in sorted(set(segments))},
        "one_topic_segments": {n: single.count(n) for n in sorted(set(single))},
        "two_topic_answers": len(answers) - len(single),
        "no_finding": sum(r["no_finding"] for r in answers),   # curated matches, only the bottom line shown
        "one_claim_segments": sorted({r["segments"] for r in with_claims if r["claims"] == 1}),
        "abstained": sum(r["abstained"] for r in answers),
        "human_matched": len(human), "human_first": sum(r["human_first"] for r in human),
        "rows": rows}


def main(paths):
    from service.build import build
    from service.db import connect
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "ledger.db"
        build(str(path))
        shutil.copy(path, Path(tmp) / "copy.db")
        db = connect(str(Path(tmp) / "copy.db"))
        messages = [json.loads(line)["msg"] for p in paths for line in Path(p).read_text().splitlines() if line.strip()]
        result = measure(db, messages)
        db.conn.close()
    rows = result.pop("rows")
    for key, value in result.items():
        print(f"{key}: {value}")
    for row in rows:
        if row["segments"] > 2 or row["no_finding"] or row["fragments"] or row["cut"] or not row["disclaimer"] or (row["human_matched"] and not row["human_first"]):
            print("!", row)


if __name__ == "__main__":
    main(sys.argv[1:] or [FRESH])
