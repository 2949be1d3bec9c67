"""Signed checkpoints: a topic's Merkle tree head signed with an Ed25519 key kept outside the ledger.

A checkpoint says "topic T had SIZE entries whose RFC 9162 tree root was ROOT
at TIME", signed with the key at $LEDGER_SIGNING_KEY (`ledger keygen FILE`
writes FILE, the private key, and FILE.pub, the public key to hand out). The
key never enters the database, so whoever holds a copy of `ledger.db` can
rewrite the chain and recompute every hash but cannot sign the result; and
anyone who kept an earlier checkpoint can show, with a consistency proof, that
today's ledger still starts with exactly the entries that were signed.

The signature covers `SIGNED_PREFIX` followed by the canonical JSON of every
field but `signature`. `key_id` is the first 16 hex digits of SHA-256 over the
raw public key: it names the key; trust comes only from the public key file
the verifier holds (`ledger verify --public-key`), never from the checkpoint.

Checkpoints are published as files outside the database, in
$LEDGER_CHECKPOINTS (default: a `checkpoints/` folder beside the ledger):
`<slug>.json` the latest, `<slug>.jsonl` every one made. The writer publishes
one after the commit that takes a topic past each multiple of
$LEDGER_CHECKPOINT_EVERY entries (default 10) when a signing key is
configured, and `ledger checkpoint SLUG` publishes one on demand, so the one
served is at most a few entries behind the head.
"""
import base64
import binascii
import contextlib
import contextvars
import fcntl
import functools
import hashlib
import json
import logging
import os
from datetime import datetime, timezone
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from . import merkle
from .chain import canonical

SIGNED_PREFIX = b"evidence-ledger checkpoint v1\n"
FIELDS = ("topic", "size", "root", "time", "key_id")
DEFAULT_EVERY = 10
log = logging.getLogger(__name__)


class CheckpointError(Exception):
    """A checkpoint cannot be made, read, or does not hold for this ledger."""


# --- keys ------------------------------------------------------------------

def keygen(path: str) -> str:
    """Write a new Ed25519 private key to `path` (PEM, mode 0600) and its public key to `path`.pub;
    refuses to overwrite either. Returns the key id."""
    key = Ed25519PrivateKey.generate()
    private = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                serialization.NoEncryption())
    public = key.public_key().public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    for target in (path, f"{path}.pub"):
        if os.path.exists(target):
            raise CheckpointError(f"{target} already exists; not overwriting a key")
    _write_new(path, private, 0o600)
    _write_new(f"{path}.pub", public, 0o644)
    return key_id(key.public_key())


def _write_new(path: str, data: bytes, mode: int) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)


def key_id(public_key: Ed25519PublicKey) -> str:
    raw = public_key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return hashlib.sha256(raw).hexdigest()[:16]


def signing_key(path: str | None = None) -> Ed25519PrivateKey:
    """The private key at `path` or $LEDGER_SIGNING_KEY: read again whenever the file changes
    (its inode, size or modification time), else kept, since the writer signs every few entries."""
    path = path or os.environ.get("LEDGER_SIGNING_KEY")
    if not path:
        raise CheckpointError("no signing key: set LEDGER_SIGNING_KEY to the file `ledger keygen` wrote")
    try:
        found = os.stat(path)
    except OSError as problem:
        raise CheckpointError(f"cannot read the signing key {path}: {problem}") from problem
    return _read_key(path, found.st_ino, found.st_size, found.st_mtime_ns)


@functools.lru_cache(maxsize=8)
def _read_key(path: str, *version) -> Ed25519PrivateKey:
    try:
        key = serialization.load_pem_private_key(Path(path).read_bytes(), password=None)
    except (OSError, ValueError, TypeError) as problem:
        raise CheckpointError(f"cannot read the signing key {path}: {problem}") from problem
    if not isinstance(key, Ed25519PrivateKey):
        raise CheckpointError(f"{path} is not an Ed25519 key")
    return key


def public_key(path: str) -> Ed25519PublicKey:
    """A public key file (FILE.pub from `ledger keygen`), or the public half of a private key file."""
    try:
        data = Path(path).read_bytes()
    except OSError as problem:
        raise CheckpointError(f"cannot read the public key {path}: {problem}") from problem
    try:
        key = serialization.load_pem_public_key(data)
    except ValueError:
        try:
            key = serialization.load_pem_private_key(data, password=None).public_key()
        except (ValueError, TypeError) as problem:
            raise CheckpointError(f"{path} holds no PEM key") from problem
    if not isinstance(key, Ed25519PublicKey):
        raise CheckpointError(f"{path} is not an Ed25519 key")
    return key


# --- the tree --------------------------------------------------------------

def leaves(db, topic: str, size: int | None = None) -> list[bytes]:
    """The topic's Merkle leaves: its chain hashes in order (each the RFC 9162 leaf hash of the
    entry's canonical bytes), the first `size` of them."""
    sql = "SELECT hash FROM chain WHERE topic = ? ORDER BY seq"
    params = [topic]
    if size is not None:
        sql, params = sql + " LIMIT ?", params + [size]
    return [bytes.fromhex(row[0]) for row in db.conn.execute(sql, params)]


def _signed_bytes(body: dict) -> bytes:
    return SIGNED_PREFIX + canonical({name: body[name] for name in FIELDS}).encode("utf-8")


_frontiers: dict[tuple, merkle.Frontier] = {}


def tree_head(db, topic: str) -> merkle.Frontier:
    """The topic's tree as it stands, kept per process and extended by the entries written since
    it was last read, so the writer's regular checkpoints cost the same at a million entries as
    at a hundred. A chain that no longer holds the remembered leaf (another ledger file, a
    rewrite) is read again from the start."""
    path = db.conn.execute("PRAGMA database_list").fetchone()[2]
    key = (path, topic)
    head = _frontiers.get(key)
    if head is not None and head.size:
        row = db.conn.execute("SELECT hash FROM chain WHERE topic = ? AND seq = ?", [topic, head.size]).fetchone()
        if row is None or bytes.fromhex(row[0]) != head.last:
            head = None
    if head is None:
        head = _frontiers[key] = merkle.Frontier()
    for (digest,) in db.conn.execute("SELECT hash FROM chain WHERE topic = ? AND seq > ? ORDER BY seq",
                                     [topic, head.size]):
        head.append(bytes.fromhex(digest))
    return head


def make(db, topic: str, key: Ed25519PrivateKey, now: datetime | None = None) -> dict:
    """A signed checkpoint of `topic`'s chain as it stands."""
    head = tree_head(db, topic)
    if not head.size:
        raise CheckpointError(f"no chain entries for {topic!r}")
    body = {"topic": topic, "size": head.size, "root": head.root().hex(),
            "time": (now or datetime.now(timezone.utc)).isoformat(timespec="seconds"),
            "key_id": key_id(key.public_key())}
    body["signature"] = base64.b64encode(key.sign(_signed_bytes(body))).decode()
    return body


def check_signature(checkpoint: dict, key: Ed25519PublicKey) -> None:
    """Raise CheckpointError unless `checkpoint` is well formed and signed by `key`."""
    missing = [name for name in (*FIELDS, "signature") if name not in checkpoint]
    if missing:
        raise CheckpointError(f"the checkpoint lacks {', '.join(missing)}")
    if checkpoint["key_id"] != key_id(key):
        raise CheckpointError(f"the checkpoint names key {checkpoint['key_id']}, not the trusted key {key_id(key)}")
    try:
        key.verify(base64.b64decode(checkpoint["signature"], validate=True), _signed_bytes(checkpoint))
    except (InvalidSignature, binascii.Error, ValueError) as problem:
        raise CheckpointError("bad signature: the checkpoint was not signed by the trusted key as it reads now") \
            from problem


def check_extends(db, checkpoint: dict, key: Ed25519PublicKey) -> int:
    """Prove the ledger extends a signed checkpoint: signature, then an RFC 9162 consistency proof
    from the checkpoint's tree to the chain's tree now. Returns the chain's size; raises
    CheckpointError naming a rollback, a truncation or a rewrite."""
    check_signature(checkpoint, key)
    topic, size = checkpoint["topic"], checkpoint["size"]
    if not isinstance(size, int) or size < 1:
        raise CheckpointError(f"the checkpoint's size {size!r} is not a positive entry count")
    try:
        signed_root = bytes.fromhex(checkpoint["root"])
    except (TypeError, ValueError) as problem:
        raise CheckpointError("the checkpoint's root is not a hex hash") from problem
    tree = leaves(db, topic)
    if len(tree) < size:
        raise CheckpointError(
            f"rolled back or truncated: {topic} holds {len(tree)} entries, the checkpoint of "
            f"{checkpoint['time']} signed {size}")
    proof = merkle.consistency_proof(size, tree)
    try:
        merkle.verify_consistency(size, len(tree), proof, signed_root, merkle.root(tree))
    except merkle.ProofError as problem:
        raise CheckpointError(
            f"rewritten: {topic}'s first {size} entries are not the ones the checkpoint of "
            f"{checkpoint['time']} signed ({problem})") from problem
    return len(tree)


# --- publishing ------------------------------------------------------------

def directory(db) -> Path:
    """$LEDGER_CHECKPOINTS, or `checkpoints/` beside the ledger file."""
    configured = os.environ.get("LEDGER_CHECKPOINTS")
    if configured:
        return Path(configured)
    path = db.conn.execute("PRAGMA database_list").fetchone()[2]
    return Path(path).resolve().parent / "checkpoints" if path else Path("checkpoints")


def latest(db, topic: str) -> dict | None:
    """The last published checkpoint of `topic`, or None."""
    try:
        return json.loads((directory(db) / f"{topic}.json").read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None


def publish(db, topic: str, key: Ed25519PrivateKey) -> dict:
    """Make a checkpoint and publish it as the topic's latest and in its history file. It is
    made under a lock, from the chain as it stands then, so the last one published is the
    newest even when two workers publish at once."""
    folder = directory(db)
    folder.mkdir(parents=True, exist_ok=True)
    with open(folder / f"{topic}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        made = make(db, topic, key)
        with open(folder / f"{topic}.jsonl", "a", encoding="utf-8") as history:
            history.write(canonical(made) + "\n")
        tmp = folder / f".{topic}.json.{os.getpid()}"
        tmp.write_text(json.dumps(made, indent=1) + "\n", encoding="utf-8")
        os.replace(tmp, folder / f"{topic}.json")
    return made


def every() -> int:
    try:
        return max(1, int(os.environ.get("LEDGER_CHECKPOINT_EVERY", DEFAULT_EVERY)))
    except ValueError:
        return DEFAULT_EVERY


_held = contextvars.ContextVar("held_checkpoints", default=None)


@contextlib.contextmanager
def held(db):
    """Publish once at the end, not every `every()` entries: for a bulk load (`ledger init`),
    where publishing as it goes would recompute the tree over and over."""
    topics = set()
    token = _held.set(topics)
    try:
        yield
    finally:
        _held.reset(token)
    if os.environ.get("LEDGER_SIGNING_KEY"):
        for topic in sorted(topics):
            publish(db, topic, signing_key())


def after_append(db, topic: str, before: int, after: int) -> None:
    """Called by the writer after each commit: publish when the topic passed a multiple of
    `every()` entries (or has no checkpoint yet) and a signing key is configured. The entries
    are already committed, so a failure here is logged, never raised to the writer's caller."""
    if not os.environ.get("LEDGER_SIGNING_KEY"):
        return
    if (holding := _held.get()) is not None:
        holding.add(topic)
        return
    n = every()
    try:
        if before // n != after // n or not (directory(db) / f"{topic}.json").exists():
            publish(db, topic, signing_key())
    except (CheckpointError, OSError, ValueError):
        log.exception("could not publish a checkpoint of %s at %d entries", topic, after)
