"""The evidence ledger service: `create_app`, and `served_app` for the Procfile's gunicorn.

One thread per process for the numeric libraries, set before any of them loads: an answer
is a handful of small matrix products and one tokenizer call, and the parallelism is one
worker process per core. Thread pools per worker (OpenBLAS, the tokenizers' Rayon pool)
only fight each other and the other workers for the cores: on 2 busy cores a webhook
answer at 10k claims took 65 ms with them and 2.1 ms without. The environment can still
set other values.
"""
import logging
import os

for _name, _value in (("OPENBLAS_NUM_THREADS", "1"), ("OMP_NUM_THREADS", "1"), ("MKL_NUM_THREADS", "1"),
                      ("TOKENIZERS_PARALLELISM", "false")):
    os.environ.setdefault(_name, _value)

from flask import Flask  # noqa: E402


def create_app(test_config=None):
    """Build the Flask app. Configuration comes from the environment unless a test passes its own.

    The ledger is built from `data/` when the database file does not exist yet,
    so a fresh deployment serves the embedded default without a separate step.
    It refuses to start without LEDGER_SECRET (the key for senders' hashes),
    unless development mode (LEDGER_DEV=1) is asked for, which it logs loudly.
    """
    app = Flask(__name__)
    app.config.from_mapping(
        LEDGER_DB=os.environ.get("LEDGER_DB", "ledger.db"),
        TWILIO_AUTH_TOKEN=os.environ.get("TWILIO_AUTH_TOKEN", ""),
        PUBLIC_URL=os.environ.get("PUBLIC_URL", ""),
        LEDGER_PHONE=os.environ.get("LEDGER_PHONE", ""),
        VALIDATE_TWILIO_SIGNATURE=True,
        REPLY_BY=os.environ.get("REPLY_BY", "twiml"),  # or "rest": see service.delivery
        MAX_CONTENT_LENGTH=int(os.environ.get("LEDGER_MAX_BODY", 64 * 1024)),  # a texted message is far smaller
    )
    if test_config:
        app.config.update(test_config)

    from . import build, db, delivery, ledger, throttle
    build.ensure(app.config["LEDGER_DB"])
    opened = db.connect(app.config["LEDGER_DB"])
    try:
        if ledger.move_out_stored_secret(opened):
            app.logger.warning("removed the sender-hash key an older version kept in the database")
    finally:
        opened.conn.close()
    ledger.server_secret()  # raises MissingSecret: no serving with sender hashes anyone could reverse
    if not os.environ.get("LEDGER_SECRET"):
        logging.getLogger(__name__).warning(
            "DEVELOPMENT MODE (LEDGER_DEV=1): LEDGER_SECRET is not set, senders are hashed with a public key; "
            "never serve real texters like this")
    app.config["REPLY_BY"] = delivery.mode(app.config)  # refuses a mode it does not know, or REST without a key
    db.init_app(app)
    throttle.configure(app)
    from . import web, webhook
    app.register_blueprint(web.bp)
    app.wsgi_app = webhook.WebhookBeside(app.wsgi_app, webhook.app_beside(app))
    proxies = int(os.environ.get("LEDGER_TRUSTED_PROXIES", "0") or 0)
    if proxies:  # behind N reverse proxies the client's address is in X-Forwarded-For (rate limits, visitors)
        from werkzeug.middleware.proxy_fix import ProxyFix
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=proxies)
    return app


def served_app():
    """The app as the Procfile's gunicorn serves it (`--preload`: made once, in the master): built,
    then readied before the workers fork (`service.warm`), as `ledger serve` does."""
    from .warm import before_fork
    app = create_app()
    before_fork(app)
    return app
