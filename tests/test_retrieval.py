"""The question sets in bench/questions/ asked the way people ask: texted through the signed webhook.

Each set was written by someone who never saw the matching code. What a texter gets is
read back from the question node the webhook recorded. These floors guard the scores
measured when the matcher was last changed (README, "How matching decides"); they are
regression guards, not the issue's targets, which the matcher does not reach yet.
`make bench` prints the full table.
"""
import json
import re
from pathlib import Path

import pytest

from service import ledger

QUESTIONS = Path(__file__).resolve().parent.parent / "bench" / "questions"
SEED = Path(__file__).resolve().parent.parent.parent / "shared" / "seeds" / "002_d4894dcc3e0b3e6e.txt"

# set, topic, floors: recall@3, share of unanswerable questions abstained
FLOORS = [
    ("selank-dev", "selank", 0.80, 0.80),
    ("bpc-157-dev", "bpc-157", 0.80, 0.90),
    ("semax-fresh", "semax", 0.70, 0.80),
]


@pytest.mark.parametrize("name, topic, min_recall, min_abstained", FLOORS)
def test_question_sets_texted_through_the_webhook(text, db, name, topic, min_recall, min_abstained):
    questions = [json.loads(line) for line in (QUESTIONS / f"{name}.jsonl").read_text().splitlines() if line.strip()]
    known = {s["id"] for s in ledger.sources(db, topic) if not s["auto"]}
    recall = answerable = abstained = unanswerable = 0
    for number, question in enumerate(questions):
        body = question["msg"] if "|" in question["msg"] or topic in question["msg"].lower() else f"{topic}|{question['msg']}"
        _, reply = text(body, sender=f"+1555{number:07d}")  # many people, each within their rate limit
        node = ledger.get_question(db, re.search(r"q:([A-Z0-9]{6})", reply).group(1))
        cited = [m["source"] for m in node["matches"] if m["source"] in known]
        if question["relevant"]:
            answerable += 1
            recall += any(source in question["relevant"] for source in cited[:3])
        else:
            unanswerable += 1
            abstained += not cited
    assert answerable > 50 and unanswerable >= 10
    assert recall / answerable >= min_recall
    assert abstained / unanswerable >= min_abstained
