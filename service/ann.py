"""An approximate nearest-neighbour index of a large topic's claim vectors, in a file beside the ledger.

Below MIN_CLAIMS a topic's vectors are scanned exactly (one matrix product), so small
ledgers answer exactly as before. From MIN_CLAIMS on, one exact scan costs tens of
milliseconds (and holds 1 KB a claim in every worker), so the topic gets an HNSW graph
([usearch](https://pypi.org/project/usearch/), f16) in `<ledger>.ann/<key>-<rows>.usearch`,
which workers open memory-mapped: the pages are the operating system's, shared by every
worker, and opening one costs milliseconds at any size.

It is derived data, a cache like the full-text rows and `claim_vectors` it is made from,
never chained: `ledger verify` does not read it, `ledger reindex` builds it anew, and a
worker that finds it missing, stale or foreign scans exactly and builds it again in a
background process. The manifest `<key>.json` stamps what the file covers: the claim_vector
rows up to `covered` (its keys are those rowids), how many, a sample of (rowid, claim id)
pairs, the topic's first chain hash and the format. A reader checks the stamp against the
ledger when it opens the file, so a file from another ledger, from before a reindex or
from another model is never used.

Claims written after the file was made are the `tail` (rowids above `covered`): readers
scan them exactly, so a new claim answers at once. Once the tail reaches FOLD_AT rows a
background process folds it in (the file is copied into memory, extended, saved under a new
name and the manifest swapped atomically; readers see the new stamp on their next answer).
One builder at a time per topic and ledger, across processes (a lock file).
"""
import fcntl
import json
import logging
import os
import sqlite3
import subprocess
import sys
import threading
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from usearch.index import Index

from . import embedding

log = logging.getLogger(__name__)

MIN_CLAIMS = 20_000   # a topic with fewer claims is scanned exactly
FOLD_AT = 5_000       # tail rows scanned exactly before they are folded into the file
FORMAT = f"1/{embedding.MODEL}/f16/c16/e128"
CONNECTIVITY, EXPANSION_ADD, EXPANSION_SEARCH = 16, 128, 256  # search 256: 94 % of the exact top 40 at 100k (128: 89 %) for 0.3 ms more
SAMPLES = 16          # (rowid, claim id) pairs checked when a file is opened
BATCH = 20_000        # rows read at a time while building


@dataclass
class Ann:
    """An opened (memory-mapped) index and the stamp it was checked against."""
    index: Index
    covered: int          # the highest claim_vectors rowid the index holds
    count: int            # how many rows it holds
    identity: tuple       # the manifest's (inode, mtime): a new manifest means a new file
    stale: bool = False   # its manifest has gone or no longer holds: still right for what it covers
    file: str = ""        # the index file it was opened from

    def search(self, vector: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
        """The claim_vectors rowids of (about) the k nearest claims, and their cosines with `vector`
        as the file holds them (its vectors in half precision: within about 0.001 of the stored ones)."""
        found = self.index.search(vector, k)
        return np.asarray(found.keys, dtype=np.int64), 1.0 - np.asarray(found.distances, dtype=np.float32)

    def resident(self) -> "Ann":
        """The same index read into this process's memory (660 MB and 1.8 s at a million claims),
        or itself when the file cannot be read. A mapped file's pages fault in one by one as
        searches first touch them, and a worker's page tables for it start empty after every
        fork: the first dozen answers at a million claims took 10 to 25 ms instead of 5 to 8.
        Read in before gunicorn forks (`service.warm`), the pages are the workers' from their
        first answer, shared until written, which a search never does. A file a worker opens
        later (after a fold) is mapped as before: opening it costs milliseconds."""
        try:
            index = Index.restore(self.file, view=False)
        except (OSError, ValueError, RuntimeError):
            return self
        if index is None or len(index) != self.count:
            return self
        index.expansion_search = EXPANSION_SEARCH
        return Ann(index, self.covered, self.count, self.identity, self.stale, self.file)


def folder(db_path: str) -> Path:
    return Path(f"{db_path}.ann")


def _manifest(db_path: str, key: int) -> Path:
    return folder(db_path) / f"{key}.json"


def _identity(path: Path) -> tuple | None:
    try:
        found = os.stat(path)
    except OSError:
        return None
    return found.st_ino, found.st_mtime_ns


def _genesis(conn, topic: str) -> str | None:
    row = conn.execute("SELECT hash FROM chain WHERE topic = ? ORDER BY seq LIMIT 1", [topic]).fetchone()
    return row[0] if row else None


def _stamp(conn, topic: str, covered: int, count: int, samples: list) -> dict:
    return {"format": FORMAT, "topic": topic, "genesis": _genesis(conn, topic), "covered": covered,
            "count": count, "samples": samples}


def _holds(conn, topic: str, stamp: dict) -> bool:
    """Whether the ledger's rows up to `covered` are still the ones the file was built from."""
    if stamp.get("format") != FORMAT or stamp.get("topic") != topic or stamp.get("genesis") != _genesis(conn, topic):
        return False
    (count,) = conn.execute("SELECT count(*) FROM claim_vectors WHERE topic = ? AND rowid <= ?",
                            [topic, stamp["covered"]]).fetchone()
    if count != stamp["count"]:
        return False
    for rowid, claim_id in stamp["samples"]:
        row = conn.execute("SELECT claim_id FROM claim_vectors WHERE rowid = ? AND topic = ?", [rowid, topic]).fetchone()
        if row is None or row[0] != claim_id:
            return False
    return True


_refused: dict = {}  # (ledger, key) -> identity of a manifest found not to hold: not checked again


def current(conn, db_path: str, topic: str, key: int, held: "Ann | None") -> "Ann | None":
    """The topic's index, opened memory-mapped, if its file exists and its stamp holds for this
    ledger; `held` again while its manifest is unchanged. When the manifest has gone or stops
    holding, `held` (if any) is kept, marked stale: its mapped pages still hold what it covers."""
    path = _manifest(db_path, key)
    identity = _identity(path)
    if held is not None and held.identity == identity:
        return held
    opened = None if _refused.get((db_path, key), ()) == identity else _open(conn, db_path, topic, path, identity)
    if opened is not None:
        _reap()
        return opened
    _refused[(db_path, key)] = identity
    if held is not None:
        held.stale, held.identity = True, identity
    return held


def _open(conn, db_path: str, topic: str, path: Path, identity: tuple | None) -> "Ann | None":
    if identity is None:
        return None
    try:
        stamp = json.loads(path.read_text())
        file = folder(db_path) / stamp["file"]
        if not _holds(conn, topic, stamp) or file.stat().st_size != stamp["bytes"]:
            return None
        index = Index.restore(str(file), view=True)
    except (OSError, ValueError, KeyError, TypeError, RuntimeError):
        return None  # unreadable or half-gone: scanned exactly until rebuilt
    if index is None or len(index) != stamp["count"] or index.ndim != embedding.DIMENSIONS:
        return None
    index.expansion_search = EXPANSION_SEARCH
    return Ann(index, stamp["covered"], stamp["count"], identity, file=str(file))


def build(db_path: str, topic: str, key: int, fresh: bool = False, wait: bool = True, threads: int = 0) -> bool:
    """Write the topic's index: the current file extended by the rows written after it, or (when
    `fresh`, or when there is none that holds) all rows anew. Returns False when another builder
    holds the lock and not `wait`, or when the file already held every row. Uses its own
    connection; `threads` for usearch (0: every core)."""
    where = folder(db_path)
    where.mkdir(exist_ok=True)
    with open(where / f"{key}.lock", "w") as lock:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
        except BlockingIOError:
            return False
        conn = sqlite3.connect(db_path, timeout=30)
        try:
            return _build(conn, db_path, topic, key, fresh, threads or os.cpu_count() or 1)
        finally:
            conn.close()


def _build(conn, db_path: str, topic: str, key: int, fresh: bool, threads: int) -> bool:
    where = folder(db_path)
    for leftover in where.glob(f"{key}-*.tmp"):  # a builder that died (a CLI process exits mid-build)
        leftover.unlink(missing_ok=True)
    manifest = _manifest(db_path, key)
    stamp = None
    if manifest.exists():
        try:
            stamp = json.loads(manifest.read_text())
        except ValueError:
            stamp = None
    index = None
    if not fresh and stamp is not None and _holds(conn, topic, stamp):
        try:
            index = Index.restore(str(where / stamp["file"]))  # into memory: a view cannot grow
        except (OSError, ValueError, RuntimeError):
            index = None
    if index is None:
        stamp = {"covered": 0, "count": 0, "samples": []}
        index = Index(ndim=embedding.DIMENSIONS, metric="ip", dtype="f16", connectivity=CONNECTIVITY,
                      expansion_add=EXPANSION_ADD, expansion_search=EXPANSION_SEARCH)
    covered, count, samples = stamp["covered"], stamp["count"], list(stamp["samples"])
    cursor = conn.execute("SELECT rowid, claim_id, vector FROM claim_vectors WHERE topic = ? AND rowid > ?"
                          " ORDER BY rowid", [topic, covered])
    while rows := cursor.fetchmany(BATCH):
        keys = np.fromiter((r[0] for r in rows), dtype=np.uint64, count=len(rows))
        index.add(keys, embedding.from_blobs([r[2] for r in rows]), threads=threads)
        covered, count = rows[-1][0], count + len(rows)
        samples.append([rows[0][0], rows[0][1]])
    if not count or count == stamp["count"] and not fresh:
        return False  # nothing new
    samples = samples[-(SAMPLES - 1):] + [[covered, conn.execute("SELECT claim_id FROM claim_vectors WHERE rowid = ?",
                                                                 [covered]).fetchone()[0]]]
    name = f"{key}-{covered}.usearch"
    index.save(str(where / f"{key}-{covered}.tmp"))
    os.replace(where / f"{key}-{covered}.tmp", where / name)
    written = {**_stamp(conn, topic, covered, count, samples), "file": name, "bytes": (where / name).stat().st_size}
    (where / f"{key}.json.tmp").write_text(json.dumps(written))
    os.replace(where / f"{key}.json.tmp", manifest)
    for old in where.glob(f"{key}-*.usearch"):
        if old.name != name:
            old.unlink(missing_ok=True)  # a reader that has it mapped keeps its pages until it moves on
    return True


_builders: dict = {}  # (ledger, key) -> the builder process this process started
_builders_lock = threading.Lock()
BUILDER = "import sys; from service import ann; sys.exit(ann.main(sys.argv[1:]))"


def build_in_background(db_path: str, topic: str, key: int) -> None:
    """Start a builder process for the topic unless this process already started one that runs.

    A process, not a thread: gunicorn forks its workers from a master that readies the app
    (and may so have started a build), and a fork while a thread holds SQLite's or the
    allocator's locks leaves them held in the child for good. The lock file keeps builders of
    several processes to one at a time."""
    _reap()
    with _builders_lock:
        if (db_path, key) in _builders:
            return
        root = str(Path(__file__).resolve().parent.parent)
        path = os.pathsep.join(filter(None, [root, os.environ.get("PYTHONPATH")]))
        _builders[(db_path, key)] = subprocess.Popen(
            [sys.executable, "-c", BUILDER, db_path, topic, str(key)], env={**os.environ, "PYTHONPATH": path},
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, start_new_session=True)


def _reap() -> None:
    """Collect the builders that have exited (a worker whose builder found the lock taken would
    otherwise keep it as a zombie until the worker exits)."""
    with _builders_lock:
        for started, process in list(_builders.items()):
            if process.poll() is not None:
                del _builders[started]


def main(argv: list[str]) -> int:
    """A builder process: `build` one topic's file on one core, unless another builder holds it."""
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    db_path, topic, key = argv[0], argv[1], int(argv[2])
    try:
        if build(db_path, topic, key, wait=False, threads=1):
            log.info("built the approximate index of %s (%s)", topic, db_path)
    except Exception:  # a cache that could not be written: answers go on scanning exactly
        log.exception("could not build the approximate index of %s", topic)
        return 1
    return 0


def join() -> None:
    """Wait for the builder processes this process started (tests; a CLI that should not leave one behind)."""
    with _builders_lock:
        running = list(_builders.values())
    for process in running:
        process.wait()
