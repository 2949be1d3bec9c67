"""The scale bench: ledgers of 10k, 100k and 1M claims, built from generated data folders.

Each size is a copy of the shipped `data/` whose Semax topic carries that many extra
claims (and one source per SOURCE_EVERY of them), generated from the words the shipped
claims and articles use, with their frequencies, so full-text and embedding candidates
look like real ones. The folders and the ledgers built from them through the ledger's
own write path (`service.build.build`, batched) are cached under bench/cache/
(gitignored) and rebuilt only when the generator changes (GENERATOR).
"""
import json
import random
import re
import shutil
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / "bench" / "cache"
GENERATOR = "1"          # bump when the generated data changes: cached folders and ledgers are rebuilt
TOPIC = "semax"          # the topic that grows; the others stay as shipped
SOURCE_EVERY = 20        # claims per generated source
SIZES = {"10k": 10_000, "100k": 100_000, "1m": 1_000_000}
TIERS = ["preclinical", "anecdote", "human", "anecdote", "preclinical", "published"]
KINDS = {"preclinical": "study", "human": "study", "published": "review", "anecdote": "reddit"}


def _word_pool() -> tuple[list[str], list[int]]:
    """Words of the shipped claims and articles with their counts (the generator's distribution)."""
    counts = Counter()
    for path in sorted((ROOT / "data").glob("*/claims.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            counts.update(re.findall(r"[A-Za-z][A-Za-z0-9-]+", json.loads(line)["text"]))
    for path in sorted((ROOT / "data").glob("*/articles/*.txt")):
        counts.update(re.findall(r"[A-Za-z][A-Za-z0-9-]+", path.read_text(encoding="utf-8")))
    words = sorted(counts)
    return words, [counts[w] for w in words]


def generate(size: str) -> Path:
    """The data folder for `size` (generated once, then reused)."""
    folder = CACHE / f"data-{size}-g{GENERATOR}"
    if (folder / ".complete").exists():
        return folder
    shutil.rmtree(folder, ignore_errors=True)
    shutil.copytree(ROOT / "data", folder)
    rng = random.Random(size)
    words, weights = _word_pool()
    topic_dir = folder / TOPIC
    sources = [json.loads(line) for line in (topic_dir / "sources.jsonl").read_text().splitlines() if line.strip()]
    next_source = 1 + max(int(s["id"][1:]) for s in sources)
    n = SIZES[size]
    with open(topic_dir / "sources.jsonl", "a", encoding="utf-8") as src, \
            open(topic_dir / "claims.jsonl", "a", encoding="utf-8") as out:
        for i in range(n):
            if i % SOURCE_EVERY == 0:
                source_id, tier = f"s{next_source}", TIERS[(i // SOURCE_EVERY) % len(TIERS)]
                next_source += 1
                title = " ".join(rng.choices(words, weights, k=8)).capitalize()
                src.write(json.dumps({"id": source_id, "kind": KINDS[tier], "title": title, "platform": None,
                                      "year": 1990 + i % 36, "tier": tier, "summary": title, "url": None}) + "\n")
            text = " ".join(rng.choices(words, weights, k=rng.randint(10, 28))).capitalize() + "."
            out.write(json.dumps({"source": source_id, "section": "how_it_works", "tier": tier, "text": text}) + "\n")
    (folder / ".complete").touch()
    return folder


def ledger_path(size: str) -> tuple[Path, float | None]:
    """(the built ledger for `size`, claims written per second when it was built now, else None)."""
    from service.build import build
    path = CACHE / f"ledger-{size}-g{GENERATOR}.db"
    if path.exists():
        return path, None
    data = generate(size)
    start = time.perf_counter()
    build(str(path), data_dir=data)
    return path, SIZES[size] / (time.perf_counter() - start)
