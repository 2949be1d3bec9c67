"""The `ledger` command: a thin layer of click commands over the library."""
import json
import os
import re
import sys
from pathlib import Path

import click
from gunicorn.app.base import BaseApplication

from . import build as ledger_build
from . import chain, checkpoint, ledger
from .db import connect


def _db_path() -> str:
    return os.environ.get("LEDGER_DB", "ledger.db")


def _open_ledger():
    """Open $LEDGER_DB, building the embedded default from data/ first when the file is missing
    (as `create_app` does), so `ledger ask` works on a fresh clone without a separate `init`."""
    path = _db_path()
    if not os.path.exists(path):
        click.echo(f"no ledger at {path}: building it from data/", err=True)
        ledger_build.ensure(path)
    return connect(path)


def _require_topic(db, slug):
    if ledger.get_topic(db, slug) is None:
        known = ", ".join(t["slug"] for t in ledger.list_topics(db)) or "none"
        raise click.ClickException(f"no topic {slug!r} (topics: {known})")


class LedgerCommands(click.Group):
    """Anything the ledger refuses (a bad data folder, an unknown id) ends as a one-line error, never a traceback."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except ledger.LedgerError as problem:
            raise click.ClickException(str(problem)) from problem


@click.group(cls=LedgerCommands, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="evidence-ledger")
def cli():
    """An evidence ledger people can text.

    The database is $LEDGER_DB (default ./ledger.db); when it does not exist,
    any command builds it from data/ first.
    """


@cli.command()
@click.option("--force", is_flag=True, help="Rebuild a ledger that holds nothing but what data/ builds.")
@click.option("--archive", is_flag=True, help="Move the existing ledger to LEDGER_DB.<timestamp> first, then build.")
def init(force, archive):
    """Build a new ledger from the topic folders in data/ ($LEDGER_DATA).

    Two builds give the same chain, entry for entry. An existing ledger that holds
    live entries (questions, pastes, curator acts, topics added live) is never
    overwritten: --archive moves it aside first, and says where. A running
    server keeps its open ledger (the archived file) until it is restarted;
    to add a topic to a live ledger use `ledger topic add` instead.

    Example:

        ledger init --archive
    """
    path = _db_path()
    if os.path.exists(path):
        db = connect(path)
        live = ledger_build.live_entries(db)
        db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        db.conn.close()
        if archive:
            click.echo(f"archived {path} ({live} live entries) as {ledger_build.archive(path)}", err=True)
        elif live:
            raise click.ClickException(
                f"{path} holds {live} live entries (questions, pastes, curator acts) that a rebuild would drop; "
                "use --archive to move it aside first, or `ledger topic add` to add a topic to it")
        elif not force:
            raise click.ClickException(f"{path} already exists; use --force to rebuild it (it holds no live entries)")
    ledger_build.build(path, progress=lambda msg: click.echo(msg, err=True))
    db = connect(path)
    for topic in ledger.list_topics(db):
        count, head = ledger.head(db, topic["slug"])
        click.echo(f"{topic['slug']}: {count} entries, head {head[:12]}")


@cli.group()
def topic():
    """Topics of a live ledger.

    Example:

        ledger topic add SLUG --name NAME --from data/SLUG
    """


@topic.command("add")
@click.argument("slug")
@click.option("--name", help="The topic's name as readers see it (default: the folder's topic.json).")
@click.option("--alias", "aliases", multiple=True, help="Another name people type for it (repeatable).")
@click.option("--from", "folder", type=click.Path(exists=True, file_okay=False),
              help="A topic folder (topic.json, sources.jsonl, claims.jsonl, articles/) to add with it.")
def topic_add(slug, name, aliases, folder):
    """Add topic SLUG to the live ledger as chained entries; nothing recorded before changes.

    With --from, the folder's curated sources and claims come too, and its articles/
    go through the ordinary ingest pipeline. A running server answers about it at once.

    Example:

        ledger topic add SLUG --name NAME --alias OTHER --from data/SLUG
    """
    slug = slug.strip().lower()
    if not re.fullmatch(r"[a-z0-9][a-z0-9-]{0,39}", slug):
        raise click.ClickException(f"{slug!r} is not a slug (lower-case letters, digits and hyphens)")
    db = _open_ledger()
    if ledger.get_topic(db, slug) is not None:
        raise click.ClickException(f"topic {slug!r} already exists; nothing was written")
    if not folder and not name:
        raise click.ClickException("give --name (and optionally --from DIR)")
    override = {"slug": slug, **({"name": name} if name else {})}
    try:
        if folder:
            from .folder import read as read_folder
            found = read_folder(Path(folder)).topic
            if found["slug"] != slug:
                raise click.ClickException(f"{folder}/topic.json is for {found['slug']!r}, not {slug!r}")
            override["aliases"] = list(dict.fromkeys([*(found.get("aliases") or []), *aliases]))
            ledger_build.load_topic(db, folder, progress=lambda msg: click.echo(msg, err=True), topic=override)
        else:
            ledger.add_topic(db, {"slug": slug, "name": name, "title": name, "aliases": list(aliases),
                                  "focus": "", "what_it_is": "", "safety": ""})
    except ledger.LedgerError as problem:
        raise click.ClickException(str(problem)) from problem
    count, head = ledger.head(db, slug)
    curated, pending = ledger.claim_counts(db, slug)
    click.echo(f"{slug}: added, {count} entries, head {head[:12]}; {ledger.source_count(db, slug)} sources, "
               f"{sum(curated.values())} curated claims, {pending} auto-generated")
    from .matching import names_taken
    added = ledger.require_topic(db, slug)
    for word, other in names_taken(added, ledger.list_topics(db)).items():
        click.echo(f"warning: {word!r} names {slug} (from its names) and is {other}'s own name: texts naming "
                   f"it are asked of both; drop the alias of {slug} that holds it unless both should answer",
                   err=True)


@cli.command()
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=lambda: int(os.environ.get("PORT", 5000)), type=int, help="Default $PORT or 5000.")
@click.option("--workers", default=lambda: int(os.environ.get("WEB_CONCURRENCY", 2)), type=int,
              help="gunicorn worker processes. Default $WEB_CONCURRENCY or 2.")
@click.option("--debug", is_flag=True, help="Flask's debugger and reloader instead of gunicorn (never in production).")
@click.option("--dev", is_flag=True, help="Development mode: serve without LEDGER_SECRET (senders hashed "
                                          "with a public key; never for real texters). Same as LEDGER_DEV=1.")
def serve(host, port, workers, debug, dev):
    """Serve the webhook, pages and API with gunicorn, as the Procfile does (builds the ledger if it is missing).

    Needs LEDGER_SECRET, the key for senders' hashes, unless --dev.

    Example:

        LEDGER_SECRET=$(openssl rand -hex 32) PORT=8000 ledger serve
    """
    from . import create_app, delivery
    if dev:
        os.environ["LEDGER_DEV"] = "1"
        click.secho("DEVELOPMENT MODE: no LEDGER_SECRET needed; senders are hashed with a public key. "
                    "Never serve real texters like this.", fg="red", bold=True, err=True)
    try:
        app = create_app()  # in the master: the ledger is built and the secret checked once, before any worker
    except (ledger.MissingSecret, delivery.NotConfigured) as problem:
        raise click.ClickException(str(problem)) from problem
    if app.config["REPLY_BY"] == "rest":
        click.echo("REPLY_BY=rest: texts are answered by `ledger deliver`; run it beside this server.", err=True)
    if debug:
        app.run(host=host, port=port, debug=True)
        return
    from .warm import before_fork
    before_fork(app)
    # no control socket in the home folder (gunicorn 27): two servers on one machine would share it
    _Gunicorn(app, {"bind": f"{host}:{port}", "workers": max(1, workers), "control_socket_disable": True}).run()


class _Gunicorn(BaseApplication):
    """gunicorn running an app already made; each worker opens its own ledger connection (`db.get_db`)."""

    def __init__(self, app, options: dict):
        self.application, self.options = app, options
        super().__init__()

    def load_config(self):
        for name, value in self.options.items():
            if name in self.cfg.settings:  # settings an older gunicorn lacks are left out
                self.cfg.set(name, value)

    def load(self):
        return self.application


@cli.command()
@click.argument("message")
@click.option("--channel", type=click.Choice(["sms", "whatsapp"]), default="sms", show_default=True,
              help="Which texter to answer as: SMS replies are GSM-7 within 3 segments.")
@click.option("--json", "as_json", is_flag=True, help="Print question_id, reply and ranked matches as JSON.")
def ask(message, channel, as_json):
    """Answer MESSAGE exactly as a texter would be answered (and record the question node).

    MESSAGE is anything a person can text: "slug|question", "slug", "slug|s84", "q:ID", "help".

    Example:

        ledger ask "SLUG|does it help ADHD?" --channel whatsapp
    """
    from handlers import Message, dispatch
    result = dispatch(_open_ledger(), Message(body=message, channel=channel))
    if as_json:
        answer = result.answer.as_dict() if result.answer else {"question_id": None, "matches": []}
        click.echo(json.dumps({**answer, "command": result.command.kind, "reply": result.reply}, ensure_ascii=False))
    else:
        click.echo(result.reply)


@cli.command()
@click.argument("slug")
@click.argument("file", type=click.File("rb"), default="-")
@click.option("--question", "-q", help="The question node this evidence answers (q:ID).")
@click.option("--max-claims", type=click.IntRange(min=1), help="Refuse a paste with more claims than this.")
@click.option("--json", "as_json", is_flag=True, help="Print what was added as JSON.")
def ingest(slug, file, question, max_claims, as_json):
    """Add pasted evidence from FILE (or - for stdin) to SLUG's ledger as one new source.

    FILE must be UTF-8 text. It is split into claims, tiered, de-duplicated,
    chained and flagged auto-generated until a curator confirms it. Progress
    (a bar while a long paste is split and checked) goes to stderr.

    Example:

        ledger ingest SLUG --question q:7K3MX2 abstract.txt
    """
    from handlers.grammar import normalise_node
    from . import ingest as pipeline
    from . import replies
    node = None
    if question:
        node = normalise_node(question)
        if node is None:
            raise click.ClickException(f"{question!r} is not a question node id (like q:7K3MX2)")
    text = _utf8(file)
    db = _open_ledger()
    _require_topic(db, slug)
    bars = _StageBars()
    try:
        result = pipeline.ingest(db, slug, text, question=node, allow_long=True, max_claims=max_claims,
                                 progress=bars.say, tick=bars.tick)
    except ledger.LedgerError as problem:
        raise click.ClickException(str(problem)) from problem
    finally:
        bars.close()
    click.echo(json.dumps(result.as_dict(), ensure_ascii=False) if as_json else replies.ingest_result(result, "cli"))


def _act(act_fn, *args):
    from . import replies
    try:
        act = act_fn(*args)
    except ledger.LedgerError as problem:
        raise click.ClickException(str(problem)) from problem
    click.echo(replies.curator_act(act, "cli"))


def _utf8(file) -> str:
    data = file.read()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as problem:
        raise click.ClickException(
            f"{file.name} is not UTF-8 text (byte 0x{data[problem.start]:02x} at offset {problem.start}); "
            "convert it first, e.g. iconv -f latin1 -t utf-8") from None


class _StageBars:
    """One click progress bar per stage of a long paste (on stderr), and its messages between them."""

    def __init__(self):
        self.stage, self.bar = None, None

    def tick(self, stage: str, done: int, total: int) -> None:
        if stage != self.stage:
            self.close()
            self.stage = stage
            self.bar = click.progressbar(length=total, label=stage, file=sys.stderr).__enter__()
        self.bar.update(done - self.bar.pos)

    def say(self, message: str) -> None:
        self.close()
        click.echo(message, err=True)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.__exit__(None, None, None)
        self.stage, self.bar = None, None


@cli.command()
@click.argument("slug")
@click.argument("target")
@click.option("--curator", help="Who confirms (recorded in the chain).")
def confirm(slug, target, curator):
    """Confirm an auto-generated source (sN) or one claim (cN), and show what it confirms.

    The confirmation is a new chain entry; nothing is edited. Confirming twice
    records nothing and says so. A source's citation lines (journal names,
    author lists) are not confirmed as claims.

    Example:

        ledger confirm SLUG s91 --curator alice
    """
    db = _open_ledger()
    _require_topic(db, slug)
    _act(ledger.confirm, db, slug, target, curator)


@cli.command()
@click.argument("slug")
@click.argument("target")
@click.option("--reason", required=True, help="Why (recorded in the chain).")
@click.option("--curator", help="Who rejects (recorded in the chain).")
def reject(slug, target, reason, curator):
    """Reject auto-generated evidence (a pasted source sN or claim cN): it is hidden everywhere.

    Example:

        ledger reject SLUG s96 --reason "advert, no evidence"
    """
    db = _open_ledger()
    _require_topic(db, slug)
    _act(ledger.reject, db, slug, target, reason, curator)


@cli.command()
@click.argument("slug")
@click.argument("target")
@click.option("--reason", required=True, help="Why (shown on the article).")
@click.option("--curator", help="Who retracts (recorded in the chain).")
def retract(slug, target, reason, curator):
    """Retract curated or confirmed evidence (source sN or claim cN).

    The entry stays; answers stop using it and the article lists it under
    Retractions with the reason.

    Example:

        ledger retract SLUG s12 --reason "paper retracted by the journal"
    """
    db = _open_ledger()
    _require_topic(db, slug)
    _act(ledger.retract, db, slug, target, reason, curator)


@cli.command()
@click.argument("slug")
def review(slug):
    """The queue of auto-generated sources awaiting a curator, oldest first, with their claims.

    Example:

        ledger review SLUG
    """
    from . import replies
    db = _open_ledger()
    _require_topic(db, slug)
    click.echo(replies.review(slug, ledger.review_queue(db, slug), "cli"))


@cli.command()
@click.argument("slug")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per group.")
def questions(slug, as_json):
    """Open questions of SLUG grouped by meaning, most asked first: the demand list.

    Shows the questions' own words: for curators only, never published.

    Example:

        ledger questions SLUG
    """
    from . import demand
    db = _open_ledger()
    _require_topic(db, slug)
    groups, empty = demand.open_question_groups(db, slug)
    for group in groups:
        ids = [f"q:{q['id']}" for q in group.questions]
        if as_json:
            click.echo(json.dumps({"group": group.label, "asks": group.count, "questions": ids,
                                   "texts": [q["text"] for q in group.questions]}, ensure_ascii=False))
        else:
            examples = "; ".join(dict.fromkeys(q["text"] for q in group.questions[:3]))
            click.echo(f"{group.label} ×{group.count}  ({', '.join(ids[:5])}{' ...' if len(ids) > 5 else ''})"
                       f"  e.g. {examples}")
    if not groups:
        click.echo(f"{slug}: no open questions")
    if empty and not as_json:
        click.echo(f"({empty} messages with no question in them left out)")


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="One JSON object per topic asked for.")
def requests(as_json):
    """Topics people asked for that the ledger lacks, most asked first.

    Example:

        ledger requests
    """
    from . import demand
    found = demand.requests(_open_ledger())
    for row in found:
        senders = f"{row['askers']} sender{'s' if row['askers'] != 1 else ''}, " if row["askers"] else ""
        click.echo(json.dumps(row) if as_json else f"{row['name']} ×{row['asks']} ({senders}last {row['last'][:10]})")
    if not found and not as_json:
        click.echo("no requests for missing topics")


@cli.command()
@click.argument("slug")
def reindex(slug):
    """Rebuild SLUG's search index, embeddings and claim counts from its claims (derived data, never chained).

    Example:

        ledger reindex SLUG
    """
    from . import search_index
    db = _open_ledger()
    _require_topic(db, slug)
    search_index.rebuild(db, slug)
    click.echo(f"{slug}: search index rebuilt")


@cli.command()
@click.argument("slug")
def export(slug):
    """Print SLUG's chain as JSON Lines, one entry a line, in chain order.

    Each line holds seq, kind, hash, prev_hash and the entry's own fields.

    Example:

        ledger export SLUG > chain.jsonl
    """
    db = _open_ledger()
    _require_topic(db, slug)
    for entry in ledger.entries(db, slug):
        sys.stdout.write(chain.canonical(entry) + "\n")


@cli.command()
@click.argument("slug", required=False)
@click.option("--json", "as_json", is_flag=True, help="One JSON object per topic.")
@click.option("--checkpoint", "checkpoint_file", type=click.File("r", encoding="utf-8"),
              help="A signed checkpoint (JSON) the ledger must extend.")
@click.option("--public-key", type=click.Path(dir_okay=False),
              help="The trusted key for --checkpoint: FILE.pub from `ledger keygen` "
                   "(default $LEDGER_PUBLIC_KEY, else the public half of $LEDGER_SIGNING_KEY).")
@click.option("--since-checkpoint", is_flag=True,
              help="With --checkpoint: once the proof holds, walk only the entries written since it. "
                   "Earlier entries are proven only as hashes: a row edited in a table without its entry "
                   "is found by a full verify, not this one (answers withhold such a row all the same).")
@click.option("--skip-vectors", is_flag=True, help="Do not recompute claim embeddings (the slowest check).")
def verify(slug, as_json, checkpoint_file, public_key, since_checkpoint, skip_vectors):
    """Re-derive every hash and compare every table against the chain.

    Topics are taken from the chain itself, so emptying a table cannot empty
    the check. Exits 1 and names the first bad entry when anything was edited, deleted,
    inserted or reordered. With --checkpoint, also proves (RFC 9162 consistency
    proof, Ed25519 signature) that the ledger extends that signed checkpoint,
    and says why not: a rollback, a truncation, a rewrite or a bad signature;
    --since-checkpoint then checks only what was written after it (run the
    full verify now and then: it alone re-reads every table row).
    Hash-chained sources verify integrity, not clinical truth.

    Example:

        ledger verify SLUG --checkpoint SLUG-2026-11-25.json --public-key signing.key.pub
    """
    db = _open_ledger()
    signed = _read_checkpoint(checkpoint_file) if checkpoint_file else None
    if signed is not None:
        slug = slug or signed.get("topic")
        if signed.get("topic") != slug:
            raise click.ClickException(f"the checkpoint is of {signed.get('topic')!r}, not {slug!r}")
    if slug and slug not in chain.topics(db):
        raise click.ClickException(f"no topic {slug!r} in the chain (chained topics: {', '.join(chain.topics(db)) or 'none'})")
    if since_checkpoint and signed is None:
        raise click.ClickException("--since-checkpoint needs --checkpoint FILE")
    since = 0
    if since_checkpoint:
        try:
            checkpoint.check_extends(db, signed, _trusted_key(public_key))
        except checkpoint.CheckpointError as problem:
            click.echo(f"{slug}: FAILED against the checkpoint: {problem}")
            sys.exit(1)
        since = signed["size"]
    vectors = not skip_vectors
    results = [chain.verify(db, slug, since=since, vectors=vectors)] if slug else chain.verify_ledger(db, vectors)
    for result in results:
        if as_json:
            click.echo(json.dumps(result.as_dict()))
        elif result.ok:
            click.echo(f"{result.topic}: OK, {result.entries} entries, head {result.head}")
        else:
            click.echo(f"{result.topic}: FAILED at entry {result.bad_seq}: {result.problem}")
    if not all(r.ok for r in results):
        sys.exit(1)
    if signed is not None:
        try:
            size = checkpoint.check_extends(db, signed, _trusted_key(public_key))
        except checkpoint.CheckpointError as problem:
            click.echo(f"{slug}: FAILED against the checkpoint: {problem}")
            sys.exit(1)
        click.echo(f"{slug}: extends the checkpoint of {signed['time']} ({signed['size']} entries, "
                   f"root {signed['root'][:12]}) to {size} entries")


def _read_checkpoint(file) -> dict:
    try:
        signed = json.load(file)
    except ValueError as problem:
        raise click.ClickException(f"{file.name} is not a checkpoint (not JSON: {problem})") from problem
    if not isinstance(signed, dict):
        raise click.ClickException(f"{file.name} is not a checkpoint (not a JSON object)")
    return signed


def _trusted_key(path):
    """The public key a checkpoint must be signed with, never taken from the checkpoint itself."""
    path = path or os.environ.get("LEDGER_PUBLIC_KEY") or os.environ.get("LEDGER_SIGNING_KEY")
    if not path:
        raise click.ClickException("no trusted public key: pass --public-key FILE.pub (or set LEDGER_PUBLIC_KEY)")
    try:
        return checkpoint.public_key(path)
    except checkpoint.CheckpointError as problem:
        raise click.ClickException(str(problem)) from problem


@cli.command()
@click.argument("file", type=click.Path(dir_okay=False))
def keygen(file):
    """Write a new Ed25519 signing key to FILE (mode 0600) and its public key to FILE.pub.

    Refuses to overwrite an existing key. Point $LEDGER_SIGNING_KEY at FILE; hand
    out FILE.pub to whoever checks checkpoints. The key never enters the ledger.

    Example:

        ledger keygen ~/.ledger/signing.key
    """
    try:
        kid = checkpoint.keygen(file)
    except (checkpoint.CheckpointError, OSError) as problem:
        raise click.ClickException(str(problem)) from problem
    click.echo(f"wrote {file} (private, mode 0600) and {file}.pub (public); key id {kid}")


@cli.command("checkpoint")
@click.argument("slug")
def checkpoint_command(slug):
    """Print a signed checkpoint of SLUG's chain as JSON, and publish it as the latest.

    Signed with the key at $LEDGER_SIGNING_KEY: topic, size, root (RFC 9162
    Merkle tree head over the chain), time, key id and signature. Keep a copy:
    `ledger verify SLUG --checkpoint FILE` proves a later ledger extends it.

    Example:

        LEDGER_SIGNING_KEY=signing.key ledger checkpoint SLUG > SLUG-checkpoint.json
    """
    db = _open_ledger()
    _require_topic(db, slug)
    try:
        made = checkpoint.publish(db, slug, checkpoint.signing_key())
    except checkpoint.CheckpointError as problem:
        raise click.ClickException(str(problem)) from problem
    click.echo(json.dumps(made, indent=1))




@cli.command("notify")
def notify_command():
    """Text the askers whose open questions now have confirmed evidence (those that waited out
    quiet hours or a failed send). Confirming evidence already texts at once when it may.

    Needs TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN and TWILIO_FROM or TWILIO_MESSAGING_SERVICE_SID,
    and LEDGER_NOTIFY_KEY (or LEDGER_SECRET) to read the numbers.

    Example:

        ledger notify
    """
    from . import notify
    for outcome in notify.send_due(_open_ledger()):
        click.echo(f"q:{outcome.question}: {outcome.status}{' ' + outcome.sid if outcome.sid else ''}")


@cli.command()
@click.option("--once", is_flag=True, help="Answer what is due now, then stop (default: keep running).")
def deliver(once):
    """Answer the texts the webhook kept (REPLY_BY=rest) and send the replies with Twilio's REST
    API, oldest first, from the number each text was sent to; runs until stopped (the Procfile's
    worker). A reply that fails to send is tried again later; nothing is answered twice.

    Needs TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN, and LEDGER_NOTIFY_KEY or LEDGER_SECRET to read
    the waiting texts.

    Example:

        REPLY_BY=rest ledger deliver
    """
    import logging
    import signal
    import threading

    from . import create_app, delivery, notify
    # warnings and errors, one line each; set before any import of WordLlama, which sets the root
    # logger to INFO (it calls basicConfig when imported)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    try:
        app = create_app()
    except (ledger.MissingSecret, delivery.NotConfigured) as problem:
        raise click.ClickException(str(problem)) from problem
    db = connect(app.config["LEDGER_DB"])
    if app.config["REPLY_BY"] != "rest" and not delivery.waiting(db):
        click.echo("REPLY_BY is not rest: the webhook answers in its response and nothing waits")
        return
    try:
        rest = delivery.rest_client()
        notify.sealer()  # the key the waiting texts are encrypted with
    except (delivery.NotConfigured, notify.NotConfigured) as problem:
        raise click.ClickException(str(problem)) from problem
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    click.echo(f"{delivery.waiting(db)} texts waiting", err=True)
    db.conn.close()
    try:
        counts = delivery.run(app, rest, once=once, stop=stop,
                              report=lambda outcome: click.echo(outcome, err=True) if outcome != "sent" else None)
    except KeyboardInterrupt:
        counts = {}
    click.echo(", ".join(f"{n} {outcome}" for outcome, n in sorted(counts.items())) or "nothing was due")
