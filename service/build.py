"""Build a ledger reproducibly from the text data kept in `data/`.

Each topic is a folder: `topic.json`, `sources.jsonl` (sources with the ids the
seed article gives them), `claims.jsonl` (each tied to a source) and
`articles/*.txt` (long-form pasted evidence, ingested like any paste). Rows
are written in file order, so two builds give the same chain, entry for entry.
"""
import fcntl
import json
import os
from pathlib import Path

from . import db as ledger_db
from . import extract, ingest, ledger

# Rows per write transaction: a large folder (the bench's million claims) is written in
# batches, so memory stays flat; the chain is the same entry for entry whatever the batch.
BATCH = 5000
DATA_DIR = Path(os.environ.get("LEDGER_DATA", Path(__file__).resolve().parent.parent / "data"))


def _jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def topic_dirs(data_dir: Path = DATA_DIR) -> list[Path]:
    return sorted(p for p in data_dir.iterdir() if (p / "topic.json").is_file())


def load_topic(db, folder: Path, progress=None) -> None:
    """Write one topic folder into `db`: topic, sources, claims, then each article in
    `articles/` through the ingest pipeline, in file-name order."""
    topic = json.loads((folder / "topic.json").read_text(encoding="utf-8"))
    slug = topic["slug"]
    ledger.add_topic(db, topic)
    sources = [{**s, "auto": False} for s in _jsonl(folder / "sources.jsonl")]
    for start in range(0, len(sources), BATCH):
        ledger.add_sources(db, slug, sources[start:start + BATCH])
    claims = _jsonl(folder / "claims.jsonl")
    for start in range(0, len(claims), BATCH):
        ledger.add_claims(db, slug, [{**c, "fingerprint": extract.fingerprint(c["text"]), "auto": False}
                                     for c in claims[start:start + BATCH]])
    for article in sorted((folder / "articles").glob("*.txt")):
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


def build(path: str, data_dir: Path = DATA_DIR, progress=None) -> None:
    """Build a fresh ledger at `path` (replacing it only once the new one is complete)."""
    tmp = f"{path}.building"
    for leftover in (tmp, f"{tmp}-wal", f"{tmp}-shm"):
        if os.path.exists(leftover):
            os.remove(leftover)
    db = ledger_db.connect(tmp)
    try:
        for folder in topic_dirs(data_dir):
            if progress:
                progress(f"building {folder.name}")
            load_topic(db, folder, progress)
        db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        db.conn.close()
    for stale in (f"{path}-wal", f"{path}-shm"):
        if os.path.exists(stale):
            os.remove(stale)
    os.replace(tmp, path)
