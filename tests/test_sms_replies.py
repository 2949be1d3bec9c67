"""The fresh Semax questions by SMS, measured the way bench/sms_replies.py reports them."""
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from sms_replies import FRESH, measure  # noqa: E402

DEV_SETS = [ROOT / "bench" / "questions" / f"{name}-dev.jsonl" for name in ("selank", "bpc-157")]


def _messages(path):
    return [json.loads(line)["msg"] for line in path.read_text().splitlines() if line.strip()]


def test_fresh_questions_by_sms_read_as_sourced_summaries(db):
    messages = _messages(FRESH)
    result = measure(db, messages)
    assert result["answers"] == len(messages)
    assert result["disclaimer"] == result["answers"]                 # "Not medical advice" on every answer
    assert result["fragments"] == 0                                  # no claim cut into a fragment
    assert result["median_segments"] <= 2
    assert max(result["one_topic_segments"]) <= 2                     # one topic: never a third segment
    assert max(result["segments"]) <= 3
    assert result["human_first"] == result["human_matched"] > 0      # human evidence first whenever it matches


@pytest.mark.parametrize("path", DEV_SETS, ids=lambda p: p.stem)
def test_one_topic_sms_answers_fit_two_segments_on_the_other_topics_too(db, path):
    """Selank's and BPC-157's findings run to 200+ characters: they give way, never stretch or get cut."""
    result = measure(db, _messages(path))
    assert result["disclaimer"] == result["answers"] and result["fragments"] == 0
    assert max(result["one_topic_segments"]) <= 2
    assert result["human_first"] == result["human_matched"] > 0


@pytest.mark.parametrize("path", DEV_SETS, ids=lambda p: p.stem)
def test_the_findings_shown_are_numbered_from_1_and_1_opens_the_first(db, path):
    """A finding too long for the message gives way to the next; what is shown is still "1.", and
    "1" opens that source, not the one left for "more"."""
    import re
    from handlers import Message, dispatch
    topic = path.stem.removesuffix("-dev")
    checked = 0
    for n, text in enumerate(_messages(path)):
        body = text if "|" in text or topic in text.lower() else f"{topic}|{text}"
        sender = f"+1555010{n:04d}"
        reply = dispatch(db, Message(body=body, channel="sms", sender=sender)).reply
        shown = re.findall(r"^(\d+)\. \w+ (s\d+)", reply, re.M)
        if not shown:
            continue
        assert [number for number, _ in shown] == [str(i) for i in range(1, len(shown) + 1)], reply
        opened = dispatch(db, Message(body="1", channel="sms", sender=sender)).reply
        assert opened.startswith(f"{shown[0][1]} "), (reply, opened)
        checked += 1
    assert checked > 10
