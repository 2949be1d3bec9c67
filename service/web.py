"""Pages and the JSON API: thin views over `service.article` and the ledger.

Errors under /api/ answer JSON (`{"error": ..., "message": ...}`), everywhere
else an HTML page; unknown topics, sources and question nodes are 404s, bad
parameters 400s.
"""
import re
from urllib.parse import urlsplit

from flask import Blueprint, abort, current_app, jsonify, redirect, render_template, request, url_for
from werkzeug.exceptions import HTTPException, NotFound

from . import article, chain, checkpoint, ledger, matching, merkle
from .throttle import limiter, web_ask, web_read
from .answer import ask
from .db import get_db

bp = Blueprint("web", __name__)

MAX_QUESTION_CHARS = 1600  # WhatsApp's cap: no channel takes a longer question
SOURCE_ID = re.compile(r"s\d+")


# --- errors ----------------------------------------------------------------

def _is_api_request() -> bool:
    return request.path == "/api" or request.path.startswith("/api/")


TOO_MANY = "You are asking faster than we can answer. Please wait a minute and try again; nothing was recorded."


@bp.app_errorhandler(HTTPException)
def http_error(error: HTTPException):
    if error.code == 429:
        error.description = TOO_MANY
    if _is_api_request():
        return jsonify(error=error.name, message=error.description), error.code
    return render_template("error.html", error=error), error.code


@bp.errorhandler(ledger.UnknownTopic)
@bp.errorhandler(ledger.UnknownSource)
@bp.errorhandler(ledger.UnknownQuestion)
def unknown_row(error: ledger.LedgerError):
    return http_error(NotFound(str(error)))


# --- parameters ------------------------------------------------------------

def _question_param(required: bool) -> str | None:
    """The stripped `q` parameter; a 400 when it is too long, or blank but required."""
    question = (request.args.get("q") or "").strip()
    if len(question) > MAX_QUESTION_CHARS:
        abort(400, f"q is longer than {MAX_QUESTION_CHARS} characters")
    if not question and required:
        abort(400, "q is required: the question to ask, e.g. ?q=does it help focus")
    return question or None


def _source_id(raw: str) -> str:
    """'S84' and 's84' name the same source; anything not shaped like one is a 400."""
    source_id = raw.strip().lower()
    if not SOURCE_ID.fullmatch(source_id):
        abort(400, f"{raw!r} is not a source id (s1, s2 ...)")
    return source_id


def _question_id(raw: str) -> str:
    """Question ids as people type them: 'q:abc234', 'ABC234'."""
    return raw.strip().upper().removeprefix("Q:")


# --- pages -----------------------------------------------------------------

@bp.get("/robots.txt")
def robots():
    """Answers are computed per request (nothing is recorded by a GET): crawlers are kept off
    the ask links and the API all the same."""
    return current_app.response_class("User-agent: *\nDisallow: /api/\nDisallow: /*?q=\n", mimetype="text/plain")


@bp.get("/healthz")
def healthz():
    return jsonify(status="ok")


@bp.get("/")
def index():
    db = get_db()
    topics = [{**topic, "inventory": article.inventory(db, topic["slug"]),
               "entries": ledger.head(db, topic["slug"])[0]} for topic in ledger.list_topics(db)]
    return render_template("index.html", topics=topics)


@bp.get("/<slug>")
@limiter.limit(web_read, exempt_when=lambda: not request.args.get("q"))
def article_page(slug: str):
    """The article; with `q`, the ledger's answer above it. A GET only reads: nothing is recorded."""
    db = get_db()
    if ledger.get_topic(db, slug) is None and ledger.get_topic(db, slug.lower()) is not None:
        return redirect(url_for("web.article_page", slug=slug.lower(), **request.args))
    ledger.require_topic(db, slug)
    question = _question_param(required=False)
    answer = ask(db, slug, question, channel="web", record=False) if question else None
    return _article(db, slug, question, answer)


@bp.post("/<slug>")
@limiter.limit(web_ask)
def ask_on_page(slug: str):
    """The ask form: answer and record the question node (once per visitor and question), then
    show the article with the answer (recorded before rendering, so an unanswered question
    already shows among the open ones). Only a form posted from this site is taken."""
    _refuse_cross_site()
    db = get_db()
    ledger.require_topic(db, slug)
    question = (request.form.get("q") or "").strip()
    if len(question) > MAX_QUESTION_CHARS:
        abort(400, f"q is longer than {MAX_QUESTION_CHARS} characters")
    if not question:
        return redirect(url_for("web.article_page", slug=slug))
    answer = ask(db, slug, question, channel="web", sender=visitor(), once_per_asker=True)
    return _article(db, slug, question, answer)


def _article(db, slug, question, answer):
    return render_template("article.html", article=article.article(db, slug), question=question,
                           answer=answer, tiers=ledger.TIERS, phone=current_app.config.get("LEDGER_PHONE"))


def visitor() -> str:
    """Who asks on the web, as the ledger knows a texter: by address, hashed before it is stored."""
    return f"web:{request.remote_addr}"


def _refuse_cross_site() -> None:
    """Another site's page may post this form from its visitors' browsers; browsers say so."""
    if request.headers.get("Sec-Fetch-Site", "same-origin") not in ("same-origin", "none"):
        abort(403, "questions are asked from this site's own form")
    origin = request.headers.get("Origin")
    if origin and urlsplit(origin).netloc != request.host:
        abort(403, "questions are asked from this site's own form")


@bp.get("/<slug>/sources/<source_id>")
def source_page(slug: str, source_id: str):
    page = article.source_page(get_db(), slug, _source_id(source_id))
    return render_template("source.html", page=page)


# --- JSON API --------------------------------------------------------------

@bp.get("/api/<slug>")
def api_article(slug: str):
    """The article as JSON: each list holds its first `list_shown` items, `more` says how many
    each leaves out, and `all_claims` pages through every claim (`/api/<slug>/claims`)."""
    return jsonify({**article.article(get_db(), slug), "all_claims": url_for("web.api_claims", slug=slug)})


PAGE_LIMIT, PAGE_LIMIT_MAX = 100, 500
CLAIM_CURSOR = re.compile(r"c([0-9]{1,18})")


@bp.get("/api/<slug>/claims")
def api_claims(slug: str):
    """One page of claims in id order, filtered by `tier`, `source` and `q` (a case-insensitive
    substring; `text` is its older name); empty means any. `limit` claims at most (default 100,
    up to 500), those after the claim id `after`; `next` is the `after` of the next page, null
    at the end, and `count` the number of claims in this page. Texters' pastes held for a
    curator are left out. A page's cost does not grow with the topic (`ledger.claims_page`)."""
    db = get_db()
    ledger.require_topic(db, slug)
    tier = request.args.get("tier") or None
    if tier is not None and tier not in ledger.TIERS:
        abort(400, f"tier must be one of {', '.join(ledger.TIERS)}")
    limit, after = _page_limit(), _page_after()
    source = request.args.get("source") or None
    if source is not None:
        found = ledger.get_source(db, slug, _source_id(source))
        if not ledger.visible_to(found, None):
            raise ledger.UnknownSource(f"{slug} has no source {found['id']}")
        source = found["id"]
    text = (request.args.get("q") or request.args.get("text") or "").strip()
    rows, more = ledger.claims_page(db, slug, after=after, limit=limit, tier=tier, source=source, text=text,
                                    hidden=ledger.quarantined(db, slug))
    claims = [article.public_claim(c) for c in rows]
    return jsonify(topic=slug, count=len(claims), claims=claims, next=None if more is None else f"c{more}")


def _page_limit() -> int:
    raw = (request.args.get("limit") or "").strip()
    if not raw:
        return PAGE_LIMIT
    if not _whole_number(raw) or not 1 <= int(raw) <= PAGE_LIMIT_MAX:
        abort(400, f"limit must be a whole number from 1 to {PAGE_LIMIT_MAX} (claims per page)")
    return int(raw)


def _whole_number(raw: str) -> bool:
    """ASCII digits only: str.isdigit() also takes '²', which int() refuses."""
    return raw.isascii() and raw.isdigit()


def _page_after() -> int:
    """The cursor: a claim id (c123, as `next` gives it); the page starts after that claim."""
    raw = (request.args.get("after") or "").strip()
    if not raw:
        return 0
    found = CLAIM_CURSOR.fullmatch(raw.lower())
    if found is None:
        abort(400, f"{raw[:40]!r} is not a claim id to continue after (c1, c2 ..., as `next` gives it)")
    return int(found[1])


@bp.get("/api/<slug>/sources/<source_id>")
def api_source(slug: str, source_id: str):
    return jsonify(article.source_page(get_db(), slug, _source_id(source_id)))


@bp.get("/api/<slug>/questions/<question_id>")
def api_question(slug: str, question_id: str):
    db = get_db()
    ledger.require_topic(db, slug)
    question = ledger.get_question(db, _question_id(question_id))
    if question["topic"] != slug:
        raise ledger.UnknownQuestion(f"{slug} has no question node q:{question['id']}")
    found = [ledger.get_source(db, slug, s["id"]) for s in ledger.evidence_for(db, question["id"])]
    evidence = [article.public_source(s) for s in found if ledger.visible_to(s, None)]  # held pastes: not shown
    names = matching.topic_names(ledger.require_topic(db, slug))
    return jsonify(topic=slug, **article.public_question(question, names, ledger.quarantined(db, slug)),
                   evidence=evidence)


@bp.get("/api/<slug>/ask")
@limiter.limit(web_read)
def api_ask(slug: str):
    db = get_db()
    ledger.require_topic(db, slug)
    return jsonify(ask(db, slug, _question_param(required=True), channel="web", record=False).as_dict())


@bp.get("/api/<slug>/verify")
@limiter.limit(web_read)
def api_verify(slug: str):
    """The chain, every chained table and the full-text index checked against each other, as
    `ledger verify --skip-vectors` does: recomputing every embedding would let one anonymous
    request occupy a worker for minutes on a large ledger; `ledger verify` recomputes them."""
    db = get_db()
    ledger.require_topic(db, slug)
    return jsonify({**chain.verify(db, slug, vectors=False).as_dict(), "embeddings_recomputed": False})


@bp.get("/api/<slug>/checkpoint")
def api_checkpoint(slug: str):
    """The latest signed checkpoint, as published by the writer or `ledger checkpoint` (a file
    outside the database): save it, and `ledger verify --checkpoint` proves a later ledger extends it."""
    db = get_db()
    ledger.require_topic(db, slug)
    latest = checkpoint.latest(db, slug)
    if latest is None:
        abort(404, f"no checkpoint of {slug} has been published yet (ledger checkpoint {slug})")
    return jsonify(latest)


def _tree_size(param: str, default: int, largest: int) -> int:
    raw = request.args.get(param)
    if raw is None:
        return default
    if not _whole_number(raw) or not 1 <= int(raw) <= largest:
        abort(400, f"{param} must be a tree size from 1 to {largest}")
    return int(raw)


@bp.get("/api/<slug>/proof/<int:seq>")
@limiter.limit(web_read)
def api_proof(slug: str, seq: int):
    """RFC 9162 inclusion proof of entry `seq`: against the latest checkpoint when it covers the
    entry (so the root is a signed one), else against the chain now; `?size=N` picks the tree.
    A question entry's bytes are private to its asker, and a texter's paste held for a curator is
    theirs alone: of those only the leaf hash is shown (`_public_entry`)."""
    db = get_db()
    ledger.require_topic(db, slug)
    tree = checkpoint.leaves(db, slug)
    if not 1 <= seq <= len(tree):
        abort(404, f"{slug} has no entry {seq} (it holds {len(tree)})")
    signed = checkpoint.latest(db, slug)
    covered = signed is not None and seq <= signed["size"] <= len(tree)
    size = _tree_size("size", signed["size"] if covered else len(tree), len(tree))
    if size < seq:
        abort(400, f"entry {seq} is not in a tree of {size} entries")
    entry = ledger.entry(db, slug, seq)
    return jsonify(topic=slug, seq=seq, leaf_index=seq - 1, size=size, leaf_hash=tree[seq - 1].hex(),
                   leaf=chain.leaf_bytes(slug, **entry) if _public_entry(db, slug, entry) else None,
                   kind=entry["kind"], root=merkle.root(tree, 0, size).hex(),
                   path=[h.hex() for h in merkle.inclusion_proof(seq - 1, tree[:size])],
                   checkpoint=signed if signed is not None and signed["size"] == size else None)


def _public_entry(db, slug: str, entry: dict) -> bool:
    """Whether anyone may read an entry's bytes: not a question (its text is its asker's), not a
    texter's paste (it names the sender's pseudonym), nor a claim of one that is still held."""
    data = entry["data"]
    if entry["kind"] == "question" or data.get("asker"):
        return False
    if entry["kind"] == "claim" and data.get("auto"):
        rows = ledger.claims(db, slug, ids=[data["id"]], withdrawn=True)  # none when the row was edited
        return bool(rows) and ledger.shown(rows[0], ledger.quarantined(db, slug))
    return True


@bp.get("/api/<slug>/consistency")
@limiter.limit(web_read)
def api_consistency(slug: str):
    """RFC 9162 consistency proof from the tree of `from` entries (a checkpoint you kept) to the
    tree of `to` entries (default: the chain now)."""
    db = get_db()
    ledger.require_topic(db, slug)
    tree = checkpoint.leaves(db, slug)
    if "from" not in request.args:
        abort(400, "from is required: the size of the checkpoint you hold")
    new = _tree_size("to", len(tree), len(tree))
    old = _tree_size("from", 1, new)
    return jsonify(topic=slug, old_size=old, new_size=new, old_root=merkle.root(tree, 0, old).hex(),
                   new_root=merkle.root(tree, 0, new).hex(),
                   proof=[h.hex() for h in merkle.consistency_proof(old, tree[:new])])
