"""GET /api/<slug>/claims in pages: keyset on the claim number, filters applied before a page is
cut, held pastes and withdrawn claims on no page, and a page's work independent of the topic's size."""
import pytest

from service import article, conversation, ingest, ledger

PASTER = "+15550000001"
HELD = "Since starting Semax my tinnitus disappeared completely within two days, which I did not expect."


def every_page(client, query=""):
    """Follow `next` from the first page to the last; returns (claims, pages)."""
    claims, pages, after = [], [], None
    while True:
        response = client.get(f"/api/semax/claims?{query}" + (f"&after={after}" if after else ""))
        assert response.status_code == 200, response.get_json()
        page = response.get_json()
        assert page["topic"] == "semax" and page["count"] == len(page["claims"])
        pages.append(page)
        claims += page["claims"]
        after = page["next"]
        if after is None:
            return claims, pages
        assert len(pages) < 1000


def listing(db, tier=None, source=None, text=""):
    """The whole filtered listing as the endpoint gave it before it had pages."""
    held = ledger.quarantined(db, "semax")
    return [article.public_claim(c) for c in ledger.claims(db, "semax", source=source)
            if ledger.shown(c, held) and tier in (None, c["tier"]) and text.casefold() in c["text"].casefold()]


def test_pages_chain_through_next_and_together_are_the_whole_listing(client, db):
    claims, pages = every_page(client, "limit=7")
    assert claims == listing(db) and len(claims) > 7 * 10
    assert [p["count"] for p in pages[:-1]] == [7] * (len(pages) - 1) and 1 <= pages[-1]["count"] <= 7
    numbers = [int(c["id"][1:]) for c in claims]
    assert numbers == sorted(numbers) and len(set(numbers)) == len(numbers)


def test_the_default_page_is_a_hundred_claims_and_names_the_next(client, db):
    page = client.get("/api/semax/claims").get_json()
    assert page["count"] == 100 and page["claims"] == listing(db)[:100]
    assert page["next"] == page["claims"][-1]["id"]
    rest = client.get(f"/api/semax/claims?after={page['next'].upper()}&limit=500").get_json()
    assert page["claims"] + rest["claims"] == listing(db) and rest["next"] is None


def test_a_cursor_past_the_last_claim_gives_an_empty_last_page(client):
    assert client.get("/api/semax/claims?after=c999999").get_json() == \
        {"topic": "semax", "count": 0, "claims": [], "next": None}


@pytest.mark.parametrize("query, filters", [
    ("tier=human", {"tier": "human"}),
    ("tier=anecdote", {"tier": "anecdote"}),
    ("q=BDNF", {"text": "bdnf"}),
    ("text=stroke&tier=human", {"text": "stroke", "tier": "human"}),
    ("source=S2", {"source": "s2"}),
    ("source=s84&q=hair", {"source": "s84", "text": "hair"}),
    ("q=no claim says this", {"text": "no claim says this"}),
])
@pytest.mark.parametrize("limit", [1, 4, 500])
def test_filters_are_applied_before_a_page_is_cut(client, db, query, filters, limit):
    claims, pages = every_page(client, f"{query}&limit={limit}")
    assert claims == listing(db, **filters)
    assert all(p["count"] == limit for p in pages[:-1])  # every page but the last is full


def test_a_filter_outside_ascii_is_still_case_insensitive(client, db):
    ledger.add_evidence(db, "semax", {"kind": "study", "title": "Étude", "tier": "human", "auto": False},
                        [{"text": "ÉTUDE randomisée: Semax améliore la mémoire.", "tier": "human", "section": "scientists",
                          "auto": False}])
    claims, _ = every_page(client, "q=étude&limit=2")
    assert [c["text"] for c in claims] == ["ÉTUDE randomisée: Semax améliore la mémoire."]


@pytest.mark.parametrize("query", ["limit=0", "limit=501", "limit=ten", "limit=-5", "limit=2.5",
                                   "limit=²", "after=s12", "after=12", "after=c", "after=c12x", "after=c²",
                                   "after=c١٢", "after=c" + "9" * 19])
def test_a_bad_limit_or_cursor_is_a_400_that_says_why(client, query):
    response = client.get(f"/api/semax/claims?{query}")
    data = response.get_json()
    assert response.status_code == 400 and set(data) == {"error", "message"}
    assert query.split("=")[0] in data["message"] or "claim id" in data["message"]


def test_held_pastes_and_withdrawn_claims_are_on_no_page(client, db):
    held = ingest.ingest(db, "semax", HELD, asker=conversation.pseudonym(db, PASTER))
    held_ids = {claim_id for claim_id, *_ in held.claims}
    assert held_ids
    withdrawn = ledger.claims(db, "semax", source="s84")[0]["id"]
    ledger.retract(db, "semax", withdrawn, "misquoted")
    for limit in (1, 3, 100):
        claims, _ = every_page(client, f"limit={limit}")
        assert claims == listing(db)
        assert not ({c["id"] for c in claims} & (held_ids | {withdrawn}))
        assert not [c for c in claims if "tinnitus disappeared" in c["text"]]
    ledger.confirm(db, "semax", held.source_id)
    assert held_ids <= {c["id"] for c in every_page(client, "q=tinnitus&limit=1")[0]}


def test_a_page_after_held_claims_continues_past_them(client, db):
    """Held claims in the middle of the numbering: the page is filled from the claims after them."""
    before = ledger.claims(db, "semax")[-1]["id"]
    for i in range(3):
        ingest.ingest(db, "semax", f"{HELD} Day {i}: it came back after a week {'and stayed' * i}.",
                      asker=conversation.pseudonym(db, PASTER))
    added = ledger.add_evidence(db, "semax", {"kind": "study", "title": "later", "tier": "human", "auto": False},
                                [{"text": f"Later finding {i}.", "tier": "human", "section": "scientists", "auto": False}
                                 for i in range(3)])[1]
    page = client.get(f"/api/semax/claims?after={before}&limit=2").get_json()
    assert [c["id"] for c in page["claims"]] == added[:2] and page["next"] == added[1]


# --- a page's work does not grow with the topic ---------------------------------------------

def bulk(db, n, start=0):
    """`n` more claims written through the ledger's own write path, in sources of 1,000."""
    for first in range(start, start + n, 1000):
        ledger.add_evidence(db, "semax", {"kind": "study", "title": f"bulk {first}", "tier": "published",
                                           "auto": False},
                            [{"text": f"Bulk finding {i} on memory.", "tier": "anecdote" if i % 500 == 0 else "published",
                              "section": "how_it_works", "auto": False} for i in range(first, min(first + n, start + n))])


class Work:
    """SQLite's own count of virtual-machine steps (in hundreds) and every statement run while reading."""

    def __init__(self, app):
        from service.db import get_db
        with app.app_context():
            self.conn = get_db().conn
        self.steps, self.statements = 0, []

    def __enter__(self):
        self.conn.set_progress_handler(self._step, 100)
        self.conn.set_trace_callback(self.statements.append)
        return self

    def _step(self):
        self.steps += 1
        return 0

    def __exit__(self, *exc):
        self.conn.set_progress_handler(None, 0)
        self.conn.set_trace_callback(None)


QUERIES = {"limit=100": 100, "limit=100&after=c700": 100, "tier=anecdote&limit=3": 3,
           "q=no claim says this": 0, "source=s2&limit=1": 1}


def cost(app, client, query):
    with Work(app) as work:
        response = client.get(f"/api/semax/claims?{query}")
    assert response.status_code == 200
    return work, response.get_json()


def test_a_pages_work_is_the_same_at_a_thousand_claims_and_at_four(app, client, db, monkeypatch):
    """PAGE_SPAN is lowered so that a small topic already holds more claims than a page looks through."""
    monkeypatch.setattr(ledger, "PAGE_SPAN", 500)
    bulk(db, 1000)
    small = {query: cost(app, client, query) for query in QUERIES}
    bulk(db, 3000, start=1000)
    assert db.conn.execute("SELECT count(*) FROM claims WHERE topic = 'semax'").fetchone()[0] > 4000
    for query in QUERIES:
        (before, page), (after, again) = small[query], cost(app, client, query)
        assert again["claims"] == page["claims"] and len(page["claims"]) == QUERIES[query], query
        assert after.steps <= before.steps * 1.1 + 5, (query, before.steps, after.steps)
        reads = [s for s in after.statements if s.startswith(("SELECT * FROM claims", "SELECT CAST"))]
        assert reads and all(" LIMIT " in s for s in reads), reads


def test_a_rare_filter_looks_through_a_bounded_span_and_says_where_to_go_on(client, db, monkeypatch):
    monkeypatch.setattr(ledger, "PAGE_SPAN", 500)
    bulk(db, 1500)
    first = client.get("/api/semax/claims?tier=anecdote&limit=500").get_json()
    assert 0 < first["count"] < 500 and first["next"] == "c500"
    claims, pages = every_page(client, "tier=anecdote&limit=500")
    assert claims == listing(db, tier="anecdote") and len(pages) >= 3
    assert all(p["next"] is None or int(p["next"][1:]) % 500 == 0 for p in pages)
