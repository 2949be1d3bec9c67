"""A topic's data folder (`data/<slug>/`, DESIGN.md's contract), read and checked before anything is written.

A curator's folder should either load whole or be refused with the file, line and field
at fault, never half-written and never with a traceback. Fields the contract marks as
optional get the defaults below; unknown fields are kept, in the chain and in a column of
their own (`db.fit_columns`). A value is kept as its column stores it: a year written "2019"
as 2019, a PMID written 12345678 as "12345678".
"""
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from .db import DECLARED, FIELD_NAME, ROWID_NAMES
from .ledger import TIERS, LedgerError

SLUG = re.compile(r"^[a-z0-9][a-z0-9-]{0,62}$")
SOURCE_ID = re.compile(r"^s[1-9]\d*$")
DEFAULT_SECTION = "summary"


class FolderError(LedgerError):
    """The folder does not follow the data contract; the message names the file and line."""


@dataclass
class TopicFolder:
    topic: dict
    sources: list[dict]
    claims: list[dict]
    articles: list[Path] = field(default_factory=list)


def _jsonl(path: Path) -> list[tuple[int, dict]]:
    if not path.is_file():
        raise FolderError(f"{path}: missing")
    rows = []
    for number, line in enumerate(_text(path).splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise FolderError(f"{path}:{number}: not JSON ({exc.msg})") from exc
        if not isinstance(row, dict):
            raise FolderError(f"{path}:{number}: each line must be a JSON object")
        rows.append((number, row))
    return rows


def _text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8-sig")  # a byte-order mark some editors write is not data
    except UnicodeDecodeError as exc:
        raise FolderError(f"{path}: not UTF-8 text (byte {exc.start})") from exc


def _tier(value, where: str) -> str:
    tier = str(value or "").strip().lower()
    if tier not in TIERS:
        raise FolderError(f"{where}: tier must be one of {', '.join(TIERS)}, not {value!r}")
    return tier


def _as_stored(row: dict, table: str, where: str) -> dict:
    """`row` with each field as its column holds it, so the row reads back as its chain entry says:
    SQLite stores "2019" in an INTEGER column as 2019 and 12345678 in a TEXT one as "12345678",
    which `ledger verify` would report as an edit. A field with no column of the schema must be
    one that can name a column."""
    declared, stored = DECLARED[table], {}
    for key, value in row.items():
        kind = declared.get(key)
        if kind is None and (not FIELD_NAME.match(key) or key in ROWID_NAMES):
            raise FolderError(f"{where}: field {key!r} must be named in lower-case letters, digits and underscores")
        if kind == "INTEGER" and isinstance(value, str) and re.fullmatch(r"[+-]?\d{1,18}", value.strip()):
            value = int(value)
        elif kind == "TEXT" and isinstance(value, (int, float)) and not isinstance(value, bool):
            value = str(value)
        stored[key] = value
    return stored


def _topic(folder: Path) -> dict:
    path = folder / "topic.json"
    try:
        topic = json.loads(_text(path))
    except json.JSONDecodeError as exc:
        raise FolderError(f"{path}: not JSON ({exc.msg}, line {exc.lineno})") from exc
    if not isinstance(topic, dict):
        raise FolderError(f"{path}: must be a JSON object")
    slug = str(topic.get("slug") or folder.name).strip().lower()
    if not SLUG.match(slug):
        raise FolderError(f"{path}: slug {slug!r} must be lower-case letters, digits and hyphens")
    aliases = topic.get("aliases") or []
    if isinstance(aliases, str):  # "a, b" for ["a", "b"]
        aliases = [alias.strip() for alias in aliases.split(",") if alias.strip()]
    if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
        raise FolderError(f"{path}: aliases must be a list of strings")
    name = str(topic.get("name") or slug)
    return _as_stored({**topic, "slug": slug, "name": name, "title": topic.get("title") or name, "aliases": aliases},
                      "topics", str(path))


def read(folder: Path) -> TopicFolder:
    """The folder's topic, sources and claims, checked and completed, or FolderError."""
    folder = Path(folder)
    topic = _topic(folder)
    sources, tiers = [], {}
    for number, source in _jsonl(folder / "sources.jsonl"):
        where = f"{folder / 'sources.jsonl'}:{number}"
        source_id = str(source.get("id") or "").strip().lower()
        if not SOURCE_ID.match(source_id):
            raise FolderError(f"{where}: id must look like s1, s2 ..., not {source.get('id')!r}")
        if source_id in tiers:
            raise FolderError(f"{where}: {source_id} appears twice")
        tiers[source_id] = _tier(source.get("tier"), where)
        sources.append(_as_stored({**source, "id": source_id, "tier": tiers[source_id],
                                   "title": str(source.get("title") or source.get("summary") or source_id)},
                                  "sources", where))
    claims = []
    for number, claim in _jsonl(folder / "claims.jsonl"):
        where = f"{folder / 'claims.jsonl'}:{number}"
        source_id = str(claim.get("source") or "").strip().lower()
        if source_id not in tiers:
            raise FolderError(f"{where}: source {claim.get('source')!r} is not in sources.jsonl")
        text = " ".join(str(claim.get("text") or "").split())
        if not text:
            raise FolderError(f"{where}: text is empty")
        tier = _tier(claim["tier"], where) if claim.get("tier") else tiers[source_id]
        claims.append(_as_stored({**claim, "source": source_id, "text": text, "tier": tier,
                                  "section": claim.get("section") or DEFAULT_SECTION}, "claims", where))
    articles = sorted((folder / "articles").glob("*.txt"))
    for article in articles:
        _text(article)
    return TopicFolder(topic, sources, claims, articles)
