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
"""
import os

from flask import current_app
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address
from limits import parse_many

DEFAULTS = {
    "RATELIMIT_WEB_ASK": "10 per minute;100 per day",
    "RATELIMIT_WEB_READ": "60 per minute",
    "RATELIMIT_SENDER": "20 per minute;300 per day",
    "RATELIMIT_INGEST": "5 per minute;40 per day",
    "RATELIMIT_STORAGE_URI": "memory://",
}

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
