"""Build a ledger reproducibly from the text data kept in `data/`.

Each topic is a folder: `topic.json`, `sources.jsonl` (sources with the ids the
seed article gives them), `claims.jsonl` (each tied to a source) and
`articles/*.txt` (long-form pasted evidence, ingested like any paste). Rows
are written in file order, so two builds give the same chain, entry for entry.
"""
import fcntl
import json
import os
from datetime import datetime, timezone
from pathlib import Path

from . import db as ledger_db
from . import checkpoint, extract, ingest, ledger, search_index
from .folder import read as read_folder

# Rows per write transaction: a large folder (the bench's million claims) is written in
# batches, so memory stays flat; the chain is the same entry for entry whatever the batch.
BATCH = 5000
DATA_DIR = Path(__file__).resolve().parent.parent / "data"  # the repo's topics; $LEDGER_DATA overrides


def data_root() -> Path:
    """Where topic folders are read from: $LEDGER_DATA, read when used, else the repo's data/."""
    return Path(os.environ.get("LEDGER_DATA") or DATA_DIR)


def topic_dirs(data_dir: Path | None = None) -> list[Path]:
    return sorted(p for p in Path(data_dir or data_root()).iterdir() if (p / "topic.json").is_file())


def load_topic(db, folder: Path, progress=None, topic: dict | None = None) -> None:
    """Write one topic folder into `db`: topic, sources, claims, then each article in
    `articles/` through the ingest pipeline, in file-name order. The whole folder is
    checked first (`service.folder`), so a bad line is refused before anything is written.
    `topic` overrides fields of its topic.json (`ledger topic add --name ...`)."""
    data = read_folder(folder)
    data.topic.update(topic or {})
    slug = data.topic["slug"]
    ledger.add_topic(db, data.topic)
    sources = [{**s, "auto": False} for s in data.sources]
    for start in range(0, len(sources), BATCH):
        ledger.add_sources(db, slug, sources[start:start + BATCH])
    claims = data.claims
    for start in range(0, len(claims), BATCH):
        ledger.add_claims(db, slug, [{**c, "fingerprint": extract.fingerprint(c["text"]), "auto": False}
                                     for c in claims[start:start + BATCH]])
    for article in data.articles:
        result = ingest.ingest(db, slug, article.read_text(encoding="utf-8"), allow_long=True)
        if progress:
            progress(f"  {article.name}: {result.source_id or 'nothing new'}, {dict(result.tiers)}")


def ensure(path: str, progress=None) -> None:
    """Build the ledger at `path` unless it exists.

    Several processes may start at once on a fresh deployment (gunicorn's workers):
    an exclusive lock beside the database makes one build while the others wait,
    then find it there.
    """
    if os.path.exists(path):
        return
    with open(f"{path}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not os.path.exists(path):
            build(path, progress=progress)


def live_entries(db) -> int:
    """Entries written since the ledger was built from data/ (asks, pastes, curator acts,
    topics added live): what a rebuild would drop. A ledger with no record of its build
    counts every entry."""
    row = db.conn.execute("SELECT value FROM settings WHERE key = 'built'").fetchone()
    built = json.loads(row[0]) if row else {}
    return sum(count - built.get(slug, 0) for slug, count in
               db.conn.execute("SELECT topic, max(seq) FROM chain GROUP BY topic").fetchall())


def archive(path: str) -> str:
    """Move the ledger at `path` (and its WAL files) to `path.<UTC timestamp>`; the new name."""
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    target = f"{path}.{stamp}"
    os.replace(path, target)
    for suffix in ("-wal", "-shm"):
        if os.path.exists(path + suffix):
            os.replace(path + suffix, target + suffix)
    return target


def build(path: str, data_dir: Path | None = None, progress=None) -> None:
    """Build a fresh ledger at `path` (replacing it only once the new one is complete)."""
    tmp = f"{path}.building"
    for leftover in (tmp, f"{tmp}-wal", f"{tmp}-shm"):
        if os.path.exists(leftover):
            os.remove(leftover)
    db = ledger_db.connect(tmp)
    try:
        with checkpoint.held(db):
            for folder in topic_dirs(data_dir):
                if progress:
                    progress(f"building {folder.name}")
                load_topic(db, folder, progress)
        search_index.compact(db.conn)
        built = {t["slug"]: ledger.head(db, t["slug"])[0] for t in ledger.list_topics(db)}
        db.conn.execute("INSERT OR REPLACE INTO settings (key, value) VALUES ('built', ?)", [json.dumps(built)])
        db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except BaseException:
        db.conn.close()
        for partial in (tmp, f"{tmp}-wal", f"{tmp}-shm"):
            if os.path.exists(partial):
                os.remove(partial)
        raise
    db.conn.close()
    for stale in (f"{path}-wal", f"{path}-shm"):
        if os.path.exists(stale):
            os.remove(stale)
    os.replace(tmp, path)
    db = ledger_db.connect(path)
    search_index.approximate(db, fresh=True)  # a large topic's approximate index file, beside the new ledger
    db.conn.close()
