"""Pages and the JSON API, over a real copy of the built ledger."""
import html
import re
import shutil
import sqlite3

import pytest
from markupsafe import escape

from service import article, create_app, ledger

SECTIONS = ["Regeneration vs degeneration", "This topic:", "What it is", "How it works", "Step logic",
            "Why it would work (logic chain)", "Why people take it", "How many people take it",
            "Evidence inventory", "Quantified confidence", "What scientists say", "What people say on Reddit",
            "What people say on X", "Other anecdote evidence", "What we do not know", "Safety and limits",
            "Not medical advice", "Low-confidence / auto-generated"]
SCRIPT = "<script>alert(1)</script>"


def escaped(text: str) -> str:
    """`text` as Jinja's autoescape writes it."""
    return str(escape(text))


def page_text(response) -> str:
    return response.get_data(as_text=True)


def count(db, sql):
    return db.conn.execute(sql).fetchone()[0]


def inventory_rows(body: str) -> dict[str, int]:
    """The evidence inventory table as label -> number."""
    return {html.unescape(re.sub(r"<[^>]+>", "", label)).strip(): int(value)
            for label, value in re.findall(r"<tr><td>(.*?)</td><td>(\d+)</td></tr>", body)}


def section(body: str, anchor: str) -> str:
    """The HTML from the element with id `anchor` to the next h2 (or the end)."""
    start = body.index(f'id="{anchor}"')
    end = body.find("<h2", start + 1)
    return body[start:end if end > 0 else None]


@pytest.fixture(scope="module")
def body(built_ledger, tmp_path_factory):
    """The Semax page as built, rendered once for the tests that only read it."""
    path = tmp_path_factory.mktemp("page") / "ledger.db"
    shutil.copy(built_ledger, path)
    response = create_app({"TESTING": True, "LEDGER_DB": str(path), "LEDGER_PHONE": ""}).test_client().get("/semax")
    assert response.status_code == 200
    return page_text(response)


@pytest.fixture
def pasted(db):
    """A pasted source and claim, both with a script in them."""
    return ledger.add_evidence(db, "semax", {"kind": "paste", "title": f"Paste {SCRIPT}", "summary": SCRIPT,
                                             "tier": "anecdote", "url": "javascript:alert(1)", "auto": True},
                               [{"text": f"Claim {SCRIPT}", "tier": "anecdote", "section": "pasted", "auto": True}])


# --- the article page ------------------------------------------------------

def test_every_section_in_the_seeds_order(body):
    positions = [body.find(heading) for heading in SECTIONS]
    assert -1 not in positions
    assert positions == sorted(positions)


def test_title_topic_line_and_texts_come_from_the_ledger(body, db):
    topic = ledger.get_topic(db, "semax")
    for field in ("title", "focus"):
        assert escaped(topic[field]) in body
    for field in ("what_it_is", "safety"):  # statements, each linking the sources it cites
        for statement in article.cited(topic[field]):
            assert escaped(statement["text"]) in body
            assert all(f'/semax/sources/{source}">{source}</a>' in body for source in statement["sources"])


def test_what_it_is_and_safety_cite_sources_of_their_topic(db):
    for topic in ledger.list_topics(db):
        ids = {s["id"] for s in ledger.sources(db, topic["slug"])}
        for field in ("what_it_is", "safety"):
            statements = article.cited(topic[field])
            assert statements and all(s["sources"] for s in statements), (topic["slug"], field)
            assert {source for s in statements for source in s["sources"]} <= ids
            assert "Hash-chained" not in topic[field]


def test_inventory_counts_match_the_tables(body, db):
    rows = inventory_rows(body)
    kept = "FROM sources WHERE topic = 'semax' AND auto = 0"
    assert rows["Scientific sources catalogued (PubMed, trials, reviews)"] == \
        count(db, f"SELECT count(*) {kept} AND kind IN ('study', 'review', 'web') AND tier != 'anecdote'")
    assert rows["Reddit posts catalogued"] == count(db, f"SELECT count(*) {kept} AND kind = 'reddit'")
    assert rows["X posts catalogued"] == count(db, f"SELECT count(*) {kept} AND kind = 'x'")
    assert rows["Other anecdote sources (YouTube, Instagram, etc.)"] == \
        count(db, f"SELECT count(*) {kept} AND tier = 'anecdote' AND kind NOT IN ('reddit', 'x')")
    assert rows["Total sources in chain"] == count(db, "SELECT count(*) FROM sources WHERE topic = 'semax'")


@pytest.mark.parametrize("tier, label", [("human", "Claims tagged human evidence"),
                                         ("preclinical", "Claims tagged preclinical (animal/lab)"),
                                         ("published", "Claims tagged published research"),
                                         ("anecdote", "Claims tagged anecdotal")])
def test_claims_per_tier_match_the_tables(body, db, tier, label):
    expected = count(db, f"SELECT count(*) FROM claims WHERE topic = 'semax' AND auto = 0 AND tier = '{tier}'")
    assert inventory_rows(body)[label] == expected


def test_how_many_people_counts_anecdotes(body, db):
    anecdotes = count(db, "SELECT count(*) FROM sources WHERE topic = 'semax' AND auto = 0 AND tier = 'anecdote'")
    assert f"{anecdotes} anecdote sources (posts, threads, comments)" in body


def test_confidence_shows_value_label_and_formula(body, db):
    counts = article.inventory(db, "semax")
    assert f"{counts['confidence']:.2f} / 1.00" in body
    assert counts["confidence_label"] in body
    assert "human claims × 0.12 + preclinical × 0.04 + anecdote × 0.015" in body


def test_steps_and_logic_chain(body, db):
    steps = [c for c in ledger.claims(db, "semax") if c["section"] == "how_it_works"]
    for claim in steps:
        assert escaped(claim["text"]) in section(body, "how-it-works")
    assert body.count("<strong>IF</strong>") == min(len([c for c in steps if article.mechanism(c)]),
                                                    article.LOGIC_CHAIN_LINKS)


def test_why_people_take_it_lists_its_claims(body, db):
    why = [c for c in ledger.claims(db, "semax") if c["section"] == "why_people_take"]
    listed = section(body, "why-people-take-it")
    assert listed.count("<li>") == len(why)
    assert all(escaped(c["text"]) in listed for c in why)


@pytest.mark.parametrize("anchor, expected", [
    ("scientists", "Evidence type: Animal or lab work — shows mechanism or early signal, not proof in people."),
    ("scientists", "Evidence type: Tagged human evidence in this ledger — check sample size and design."),
    ("scientists", "Evidence type: Published research."),
    ("reddit", "My experience with semax an how it&#39;s helped me</span> — Reddit, r/Nootropics"),
    ("x", "X post on Semax experience and side effect</span> — X"),
    ("elsewhere", "Instagram reel on Semax</span> — online"),
    ("elsewhere", "I Tried Semax... Here&#39;s What Happened!</span> — YouTube"),
])
def test_source_lists_read_as_in_the_seed(body, anchor, expected):
    assert expected in section(body, anchor)


def test_every_listed_source_links_to_its_page(body, db):
    content = article.article(db, "semax")
    for group in ("scientists", "reddit", "x", "elsewhere"):
        for source in content[group]:
            assert f'href="/semax/sources/{source["id"]}"' in section(body, group)


def test_footer_names_the_ledger_state_and_the_api(body, db):
    entries, head = ledger.head(db, "semax")
    footer = body[body.index("<footer>"):]
    assert f"{entries} entries" in footer and head in footer
    assert 'href="/api/semax"' in footer and 'href="/api/semax/verify"' in footer


def test_auto_generated_claims_are_listed_apart(client, db, pasted):
    body = page_text(client.get("/semax"))
    source_id, _ = pasted
    auto = article.inventory(db, "semax")["auto_claims"]
    assert f"Low-confidence / auto-generated: {auto} claims" in body
    assert body.index(f"/semax/sources/{source_id}") > body.index('id="auto-generated"')


def test_open_questions_show_without_the_asker(client, db):
    qid = ledger.record_question(db, "semax", {"text": "does it help my cat", "channel": "sms",
                                               "asker": "asker-hash-123", "matches": [], "tiers": {}})
    body = page_text(client.get("/semax"))
    assert f"q:{qid}" in section(body, "unknowns") and "does it help cat" in body  # the public form: no "my"
    assert "asker-hash-123" not in body


def test_suggested_questions_are_one_tap_links(body, db):
    suggestions = article.suggestions(db, "semax")
    links = re.findall(r'href="/semax\?q=([^"#]+)#answer"', section(body, "ask"))
    assert len(links) == len(suggestions) == 8


def test_texting_instructions_without_a_number(body):
    assert "semax|your question" in body and "ingest semax|q:NODE_ID|your paste" in body
    assert "sms:" not in body


def test_texting_instructions_with_the_configured_number(db_path):
    app = create_app({"TESTING": True, "LEDGER_DB": str(db_path), "LEDGER_PHONE": "+15550001111"})
    assert 'href="sms:+15550001111"' in page_text(app.test_client().get("/semax"))


def test_page_needs_no_javascript(body):
    assert "<script" not in body


def test_unknown_topic_is_an_html_404(client):
    response = client.get("/nope")
    assert response.status_code == 404 and response.mimetype == "text/html"
    assert "no topic" in page_text(response)


def test_slug_in_capitals_redirects(client):
    response = client.get("/Semax")
    assert response.status_code == 302 and response.location.endswith("/semax")


def test_overlong_question_is_a_400(client):
    assert client.get("/semax", query_string={"q": "x" * 2000}).status_code == 400


def test_blank_question_shows_the_article_only(client):
    body = page_text(client.get("/semax?q=+++"))
    assert 'id="answer"' not in body


def test_index_lists_topics_with_counts(client, db):
    body = page_text(client.get("/"))
    counts = article.inventory(db, "semax")
    assert 'href="/semax"' in body and f"{counts['total_sources']} sources" in body


# --- escaping --------------------------------------------------------------

def test_pasted_script_is_escaped_on_the_article(client, pasted):
    body = page_text(client.get("/semax"))
    assert "Claim &lt;script&gt;alert(1)&lt;/script&gt;" in body
    assert SCRIPT not in body


def test_pasted_script_is_escaped_on_the_source_page(client, pasted):
    source_id, _ = pasted
    body = page_text(client.get(f"/semax/sources/{source_id}"))
    assert "Paste &lt;script&gt;alert(1)&lt;/script&gt;" in body and "Claim &lt;script&gt;" in body
    assert SCRIPT not in body


def test_javascript_url_is_never_a_link(client, pasted):
    source_id, _ = pasted
    body = page_text(client.get(f"/semax/sources/{source_id}"))
    assert 'href="javascript:' not in body and "javascript:alert(1)" in body


# --- source pages ----------------------------------------------------------

def test_source_page_shows_claims_hash_and_chain_position(client, db):
    body = page_text(client.get("/semax/sources/s84"))
    source = ledger.get_source(db, "semax", "s84")
    entry = next(e for e in ledger.entries(db, "semax") if e["seq"] == source["entry"])
    entries, _ = ledger.head(db, "semax")
    assert escaped(source["title"]) in body and escaped(source["summary"]) in body
    assert entry["hash"] in body and f"{source['entry']} of {entries}" in body
    for claim in ledger.claims(db, "semax", source="s84"):
        assert escaped(claim["text"]) in body


def test_source_ids_are_forgiving_about_case(client):
    assert client.get("/semax/sources/S84").status_code == 200


@pytest.mark.parametrize("path, status", [("/semax/sources/s9999", 404), ("/semax/sources/84", 400),
                                          ("/nope/sources/s1", 404)])
def test_source_page_errors(client, path, status):
    response = client.get(path)
    assert response.status_code == status and response.mimetype == "text/html"


# --- JSON API --------------------------------------------------------------

def test_api_article_holds_the_content_and_counts(client, db):
    data = client.get("/api/semax").get_json()
    assert data["inventory"] == article.inventory(db, "semax")
    assert data["title"] == ledger.get_topic(db, "semax")["title"]
    assert [s["question"] for s in data["suggestions"]] == article.suggested_questions(db, "semax")
    assert {"how_it_works", "why_people_take", "scientists", "reddit", "x", "elsewhere", "unknowns",
            "open_questions", "auto_generated", "ledger"} <= set(data)


def test_api_claims_lists_every_claim(client, db):
    data = client.get("/api/semax/claims?limit=500").get_json()
    assert data["count"] == len(data["claims"]) == count(db, "SELECT count(*) FROM claims WHERE topic = 'semax'")
    assert data["next"] is None


@pytest.mark.parametrize("tier", ledger.TIERS)
def test_api_claims_by_tier(client, db, tier):
    data = client.get(f"/api/semax/claims?tier={tier}&limit=500").get_json()
    assert {c["tier"] for c in data["claims"]} <= {tier}
    assert data["count"] == count(db, f"SELECT count(*) FROM claims WHERE topic = 'semax' AND tier = '{tier}'")


def test_api_claims_by_source_and_text(client):
    data = client.get("/api/semax/claims?source=S84&text=HAIR").get_json()
    assert [c["source"] for c in data["claims"]] == ["s84"]
    assert "hair loss" in data["claims"][0]["text"]


def test_api_claims_empty_filters_mean_any(client, db):
    data = client.get("/api/semax/claims?tier=&source=&text=&limit=500&after=").get_json()
    assert data["count"] == count(db, "SELECT count(*) FROM claims WHERE topic = 'semax'")


def test_api_claims_by_text_is_case_insensitive(client):
    claims = client.get("/api/semax/claims?text=bdnf").get_json()["claims"]
    assert claims and all("bdnf" in c["text"].lower() for c in claims)


@pytest.mark.parametrize("query, status", [("tier=mythical", 400), ("source=84", 400), ("source=s9999", 404)])
def test_api_claims_errors(client, query, status):
    response = client.get(f"/api/semax/claims?{query}")
    assert response.status_code == status
    assert set(response.get_json()) == {"error", "message"}


def test_api_source(client, db):
    data = client.get("/api/semax/sources/s2").get_json()
    assert data["source"]["id"] == "s2" and data["source"]["tier"] == "human"
    assert data["chain"]["seq"] == ledger.get_source(db, "semax", "s2")["entry"]
    assert {c["source"] for c in data["claims"]} == {"s2"}


def test_api_question_never_shows_the_asker(client, db):
    qid = ledger.record_question(db, "semax", {"text": "stroke?", "channel": "sms", "asker": "secret-hash",
                                               "message_sid": "SMabc", "matches": [], "tiers": {}})
    response = client.get(f"/api/semax/questions/q:{qid.lower()}")
    data = response.get_json()
    assert response.status_code == 200 and data["id"] == qid and data["text"] == "stroke?"
    assert "secret-hash" not in response.get_data(as_text=True) and "SMabc" not in response.get_data(as_text=True)


def test_api_question_lists_evidence_added(client, db):
    qid = ledger.record_question(db, "semax", {"text": "cats?", "channel": "web", "matches": [], "tiers": {}})
    paste = {"kind": "paste", "title": "cats", "tier": "anecdote", "auto": True}
    source_id, _ = ledger.add_evidence(db, "semax", paste, [], question=qid)
    assert [s["id"] for s in client.get(f"/api/semax/questions/{qid}").get_json()["evidence"]] == [source_id]


def test_api_question_of_another_topic_is_404(client, db):
    qid = ledger.record_question(db, "selank", {"text": "sleep?", "channel": "sms", "matches": [], "tiers": {}})
    assert client.get(f"/api/semax/questions/{qid}").status_code == 404


def test_api_verify(client, db):
    data = client.get("/api/semax/verify").get_json()
    entries, head = ledger.head(db, "semax")
    assert data["ok"] is True and (data["entries"], data["head"]) == (entries, head)


def test_api_verify_reports_tampering(client, db_path):
    conn = sqlite3.connect(db_path)
    conn.execute("UPDATE claims SET text = 'edited' WHERE id = 'c5'")
    conn.commit()
    data = client.get("/api/semax/verify").get_json()
    assert data["ok"] is False and data["bad_entry"]


@pytest.mark.parametrize("path", ["/api/nope", "/api/nope/claims", "/api/nope/verify", "/api/nope/ask?q=x",
                                  "/api/semax/sources/s9999", "/api/semax/questions/ZZZZZZ", "/api/semax/nothing",
                                  "/api/nope/sources/s1"])
def test_api_404s_are_json(client, path):
    response = client.get(path)
    assert response.status_code == 404
    assert response.get_json()["error"] == "Not Found"


def test_api_wrong_method_is_json(client):
    response = client.post("/api/semax")
    assert response.status_code == 405 and response.get_json()["error"] == "Method Not Allowed"


# --- asking (through service.answer, as the webhook does) -------------------

@pytest.mark.parametrize("query", ["", "?q=", "?q=%20%20"])
def test_api_ask_needs_a_question(client, query):
    response = client.get(f"/api/semax/ask{query}")
    assert response.status_code == 400 and "q is required" in response.get_json()["message"]


def test_api_ask_answers_and_records_nothing(client, db):
    before = ledger.head(db, "semax")
    data = client.get("/api/semax/ask?q=does it cause hair loss").get_json()
    assert "s84" in [m["source"] for m in data["matches"]]
    assert data["question_id"] is None and ledger.head(db, "semax") == before


def test_ask_on_the_page_by_get_shows_the_answer_and_records_nothing(client, db):
    before = ledger.head(db, "semax")
    body = page_text(client.get("/semax?q=does it cause hair loss"))
    answer_block = body[body.index('id="answer"'):body.index("Regeneration vs degeneration")]
    assert 'href="/semax/sources/s84"' in answer_block and "Not recorded" in answer_block
    assert ledger.head(db, "semax") == before


def test_the_ask_form_posts_and_records_one_node_per_visitor_and_question(client, db):
    form = {"q": "does it cause hair loss"}
    body = page_text(client.post("/semax", data=form))
    answer_block = body[body.index('id="answer"'):body.index("Regeneration vs degeneration")]
    assert 'href="/semax/sources/s84"' in answer_block and "q:" in answer_block
    count = ledger.head(db, "semax")[0]
    again = page_text(client.post("/semax", data=form))
    assert ledger.head(db, "semax")[0] == count  # the same visitor's same question: no second node
    qid = re.search(r"q:([A-Z0-9]{6})", again).group(1)
    node = ledger.get_question(db, qid)
    assert node["channel"] == "web" and node["asker"] and "127.0.0.1" not in node["asker"]
    client.post("/semax", data=form, environ_base={"REMOTE_ADDR": "10.0.0.9"})
    assert ledger.head(db, "semax")[0] == count + 1  # another visitor's is their own


@pytest.mark.parametrize("headers", [{"Origin": "https://evil.example"}, {"Sec-Fetch-Site": "cross-site"}])
def test_the_ask_form_refuses_other_sites(client, db, headers):
    before = ledger.head(db, "semax")
    response = client.post("/semax", data={"q": "does it cause hair loss"}, headers=headers)
    assert response.status_code == 403 and ledger.head(db, "semax") == before


def test_the_ask_form_from_this_site_is_taken(client):
    response = client.post("/semax", data={"q": "does it cause hair loss"},
                           headers={"Origin": "http://localhost", "Sec-Fetch-Site": "same-origin"})
    assert response.status_code == 200


def test_a_blank_posted_question_goes_back_to_the_article(client, db):
    before = ledger.head(db, "semax")
    response = client.post("/semax", data={"q": "  "})
    assert response.status_code == 302 and ledger.head(db, "semax") == before


def test_ask_with_no_answer_says_so_and_keeps_the_question_open(client):
    body = page_text(client.post("/semax", data={"q": "is it safe for my parrot"}))
    assert "Nothing confirmed in this ledger answers that yet" in body
    assert "is it safe for parrot" in section(body, "unknowns")


GETS = ["/", "/semax", "/semax?q=does it cause hair loss", "/semax?q=is it safe for my parrot",
        "/api/semax/ask?q=does it cause hair loss", "/api/semax/ask?q=is it safe for my parrot", "/api/semax",
        "/api/semax/verify", "/api/semax/claims", "/semax/sources/s84", "/api/semax/proof/3",
        "/api/semax/checkpoint", "/robots.txt"]


def test_no_get_writes_to_the_ledger(client, db):
    before = {t: ledger.head(db, t) for t in ("semax", "selank", "bpc-157")}
    for _ in range(3):
        for path in GETS:
            assert client.get(path).status_code < 500, path
    assert {t: ledger.head(db, t) for t in before} == before


def test_a_question_with_markup_is_escaped(client):
    body = page_text(client.get("/semax", query_string={"q": f"hair loss {SCRIPT}"}))
    assert SCRIPT not in body and "&lt;script&gt;" in body


def test_robots_keep_crawlers_off_the_links_that_record_questions(client):
    response = client.get("/robots.txt")
    assert response.mimetype == "text/plain"
    assert "Disallow: /api/" in response.get_data(as_text=True) and "Disallow: /*?q=" in response.get_data(as_text=True)
