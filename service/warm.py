"""Ready a server before gunicorn forks its workers, so no texter waits for a cold worker.

A worker's first answer used to load the embedding model, the English word list, the
language model and each topic's vectors and vocabulary: 0.35 to 1 s at 10k claims on two
busy cores (about a minute at a million), paid by whichever texter reached that worker
first, once per worker. `ledger serve` answers one question per topic here, in the master
process and without recording anything, and reads the lemmas of each topic's words (the
reply's subject is looked for in its matching claims), so every worker starts with all of it loaded; the
pages are shared between the workers until one of them writes to them. Then everything
loaded is moved out of the garbage collector's sight (`gc.freeze`): the workers' full
collections no longer walk it (a 45 ms pause at 10k claims) nor write to its pages.
A large topic's approximate index is read into memory here (`ann.Ann.resident`): mapped, its
pages would fault in during each worker's first answers. With a signing key, each topic's Merkle
tree is read here too, so that the first checkpoint a worker publishes extends it instead of
reading every chain hash (seconds at a million entries).
"""
import gc
import logging
import os

from handlers import grammar

from . import answer, checkpoint, language, ledger, matching, search_index, subject
from .db import connect

log = logging.getLogger(__name__)


def before_fork(app) -> None:
    """Load what answers need, in this (the master) process (`ready`), then freeze it."""
    db = connect(app.config["LEDGER_DB"])
    try:
        ready(db)
    finally:
        db.conn.close()  # a connection never crosses a fork: each worker opens its own (db.get_db)
    gc.collect()
    gc.freeze()


def ready(db) -> None:
    """Answer one unrecorded question per topic and read the lemmas of every word its claims use
    (the bottom line's subject is looked for in the matching claims' words: 1 to 2 ms of
    lemmatizing the first time a claim matches). A topic that cannot be readied is logged and
    left to each worker's first answer: readying is never a reason not to serve. `bench/run.py`
    readies its ledgers the same way before it times answers."""
    for topic in ledger.list_topics(db):
        try:
            search_index.resident(db, topic["slug"])  # a large topic's approximate index, read in
            answer.ask(db, topic["slug"], "does it help with sleep", record=False)
            subject.warm(search_index.topic_index(db, topic["slug"]).vocabulary)
            if os.environ.get("LEDGER_SIGNING_KEY"):
                checkpoint.tree_head(db, topic["slug"])
        except Exception:
            log.exception("could not ready %s before forking; each worker loads it on its first answer",
                          topic["slug"])
    language.ready()
    grammar.parse("does it help with sleep", ledger.directory(db))  # every topic's names, arranged once
    matching.ready()  # a question the readying one is not: 30 ms on the first at 100k claims, 10 after
