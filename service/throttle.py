"""Rate limits, with Flask-Limiter: per client address on the web, per sender on the webhook.

Limits are configuration (`RATELIMIT_*` in the app config, from the environment):

    RATELIMIT_WEB_ASK     asking from the article's form (records a node), per address
    RATELIMIT_WEB_READ    answers computed for GET ?q= and the API's ask, per address
    RATELIMIT_SENDER      every message one sender texts
    RATELIMIT_INGEST      pastes one sender texts (on top of RATELIMIT_SENDER)

The web's limits are route decorators. The webhook's are hit by hand after
the Twilio signature is checked, so that an unsigned request naming someone
else's number cannot use up that person's allowance. Counters live in
RATELIMIT_STORAGE_URI (default `memory://`: per process, so with gunicorn's
two workers a sender may get up to twice the limit; point it at Redis or
Memcached to share them).

`memory://` is limits' MemoryStorage with one change (`InlineExpiry`): expired counters are
dropped inline, at most once a minute, instead of by a timer thread it started again on every
hit once the last one had finished (10 ms after it began): a thread start per message, 0.3 ms
median and 4 ms at p99 on two busy cores, and a sweep of every key every 10 ms. Counting is
unchanged: a counter read after its window has passed starts again from zero either way.
"""
import os
import time

from flask import current_app
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address
from limits import parse_many
from limits.storage import MemoryStorage

DEFAULTS = {
    "RATELIMIT_WEB_ASK": "10 per minute;100 per day",
    "RATELIMIT_WEB_READ": "60 per minute",
    "RATELIMIT_SENDER": "20 per minute;300 per day",
    "RATELIMIT_INGEST": "5 per minute;40 per day",
    "RATELIMIT_STORAGE_URI": "memory://",
}

SWEEP_SECONDS = 60.0


class InlineExpiry(MemoryStorage):
    """`memory://`: MemoryStorage whose expiry runs inline every SWEEP_SECONDS, never in a thread.

    MemoryStorage calls its private `__schedule_expiry` on every hit (here, after name mangling,
    this class's `_MemoryStorage__schedule_expiry`); what it runs, `__expire_events`, is the
    library's own. Registered under `memory`, so the documented URI gets it."""

    STORAGE_SCHEME = ["memory"]

    def __init__(self, uri: str | None = None, wrap_exceptions: bool = False, **options):
        super().__init__(uri, wrap_exceptions=wrap_exceptions, **options)
        self.timer.cancel()  # the one MemoryStorage starts when made
        self.next_sweep = time.monotonic() + SWEEP_SECONDS

    def _MemoryStorage__schedule_expiry(self) -> None:
        if time.monotonic() >= self.next_sweep:
            self.next_sweep = time.monotonic() + SWEEP_SECONDS
            self._MemoryStorage__expire_events()


limiter = Limiter(key_func=get_remote_address)


def configure(app) -> None:
    for name, default in DEFAULTS.items():
        app.config.setdefault(name, os.environ.get(name, default))
    app.config.setdefault("RATELIMIT_HEADERS_ENABLED", True)
    limiter.init_app(app)


def web_ask() -> str:
    return current_app.config["RATELIMIT_WEB_ASK"]


def web_read() -> str:
    return current_app.config["RATELIMIT_WEB_READ"]


def sender_allowed(sender: str, ingesting: bool) -> bool:
    """Count one message from `sender` (and one paste, when `ingesting`); False once over a limit."""
    if not current_app.config.get("RATELIMIT_ENABLED", True):
        return True
    names = ["RATELIMIT_SENDER"] + (["RATELIMIT_INGEST"] if ingesting else [])
    allowed = True
    for name in names:
        for item in parse_many(current_app.config[name]):
            allowed = limiter.limiter.hit(item, "webhook", name, sender) and allowed
    return allowed
