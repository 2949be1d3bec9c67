"""The fresh Semax questions by SMS, measured the way bench/sms_replies.py reports them."""
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from sms_replies import FRESH, measure  # noqa: E402


def test_fresh_questions_by_sms_read_as_sourced_summaries(db):
    messages = [json.loads(line)["msg"] for line in FRESH.read_text().splitlines() if line.strip()]
    result = measure(db, messages)
    assert result["answers"] == len(messages)
    assert result["disclaimer"] == result["answers"]                 # "Not medical advice" on every answer
    assert result["fragments"] == 0                                  # no claim cut into a fragment
    assert result["median_segments"] <= 2
    assert max(result["segments"]) <= 3
    assert result["human_first"] == result["human_matched"] > 0      # human evidence first whenever it matches
