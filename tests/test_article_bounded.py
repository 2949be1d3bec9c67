"""The article and /api/<slug> hold at most article.LIST_SHOWN items per list, then say how many
more there are and link the claims API: the shipped topics show everything, and a topic of
thousands of claims costs what one of a thousand does."""
import re

import pytest

from service import article, ledger
from test_claims_pages import Work

SECTIONS = ("how_it_works", "why_people_take", "unknowns")
LISTS = SECTIONS + ("scientists", "reddit", "x", "elsewhere", "auto_generated")


def bulk(db, n, start=0, auto=False):
    """`n` claims in sources of five (a study, then a reddit post, ...), cycling through the
    sections, written through the ledger's own write path."""
    for first in range(start, start + n, 5):
        kind, tier = [("study", "human"), ("reddit", "anecdote"), ("x", "anecdote"), ("youtube", "anecdote")][first // 5 % 4]
        ledger.add_evidence(db, "semax", {"kind": kind, "title": f"bulk {first}", "tier": tier, "auto": auto},
                            [{"text": f"Bulk finding {i} on memory.", "tier": tier, "section": SECTIONS[i % 3],
                              "auto": auto} for i in range(first, first + 5)])


@pytest.mark.parametrize("slug", ["semax", "selank", "bpc-157"])
def test_a_shipped_article_lists_everything_and_says_no_more(client, db, slug):
    if ledger.get_topic(db, slug) is None:
        pytest.skip(f"{slug} is not shipped")
    page = article.article(db, slug)
    assert set(page["more"]) == set(LISTS) and not any(page["more"].values())
    assert all(len(page[name]) < article.LIST_SHOWN for name in LISTS)
    assert " more — all claims" not in client.get(f"/{slug}").get_data(as_text=True)


def test_a_large_topic_shows_the_first_of_each_list_and_how_many_more(client, db):
    before = {name: article.article(db, "semax")[name] for name in LISTS}
    bulk(db, 1200)
    bulk(db, 400, start=1200, auto=True)
    page = article.article(db, "semax")
    for name in SECTIONS:
        confirmed = [c for c in ledger.claims(db, "semax") if c["section"] == name and not c["auto"]]
        assert [c["id"] for c in page[name]] == [c["id"] for c in confirmed][:article.LIST_SHOWN]
        assert page["more"][name] == len(confirmed) - article.LIST_SHOWN
        assert before[name] == page[name][:len(before[name])]  # the curated claims still come first
    reddit = [s for s in ledger.sources(db, "semax") if s["kind"] == "reddit" and not s["auto"]]
    assert [s["id"] for s in page["reddit"]] == [s["id"] for s in reddit][:article.LIST_SHOWN]
    assert page["more"]["reddit"] == len(reddit) - article.LIST_SHOWN == page["inventory"]["reddit_sources"] - article.LIST_SHOWN > 0
    assert len(page["auto_generated"]) == article.LIST_SHOWN
    assert page["more"]["auto_generated"] == 400 // 5 + len(before["auto_generated"]) - article.LIST_SHOWN
    body = client.get("/semax").get_data(as_text=True)
    shown = re.findall(r"([\d,]+)\+? more — all claims:\s*<a href=\"/api/semax/claims\">", body)
    assert f"{page['more']['how_it_works']:,}" in shown and f"{page['more']['auto_generated']:,}" in shown
    api = client.get("/api/semax").get_json()
    assert api["more"] == page["more"] and api["list_shown"] == article.LIST_SHOWN
    assert api["all_claims"] == "/api/semax/claims" and len(api["how_it_works"]) == article.LIST_SHOWN


def test_a_held_paste_is_counted_but_on_no_list(client, db):
    from service import conversation, ingest
    held = ingest.ingest(db, "semax", "Since starting Semax my tinnitus disappeared completely within two days.",
                         asker=conversation.pseudonym(db, "+15550000001"))
    page = article.article(db, "semax")
    assert page["held_for_review"] == 1
    listed = {s["id"] for name in LISTS if name not in SECTIONS for s in page[name]}
    assert held.source_id not in listed
    assert "tinnitus" not in client.get("/semax").get_data(as_text=True)


def cost(app, client, url):
    client.get(url)  # the kept values (inventory, themes) are computed once per change of the topic
    with Work(app) as work:
        response = client.get(url)
    assert response.status_code == 200
    return work, response


@pytest.mark.parametrize("url", ["/semax", "/api/semax"])
def test_the_articles_work_is_the_same_at_a_thousand_claims_and_at_four(app, client, db, monkeypatch, url):
    """COUNT_CAP is lowered so that a small topic already holds more than a list counts. (Finding
    the confirmed sources that still hold pasted claims reads every pasted claim in SQL: the
    pasted claims stay as many here.)"""
    monkeypatch.setattr(ledger, "COUNT_CAP", 60)
    bulk(db, 1500)
    bulk(db, 400, start=1500, auto=True)
    before, small = cost(app, client, url)
    bulk(db, 3000, start=1900)
    assert db.conn.execute("SELECT count(*) FROM claims WHERE topic = 'semax'").fetchone()[0] > 4000
    after, large = cost(app, client, url)
    assert after.steps <= before.steps * 1.1 + 5, (before.steps, after.steps)
    assert len(large.data) <= len(small.data) * 1.1
    reads = [s for s in after.statements if s.startswith(("SELECT * FROM claims", "SELECT * FROM sources"))]
    assert reads and all("json_each" in s or " LIMIT " in s for s in reads), reads
