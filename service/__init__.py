"""The evidence ledger service: `create_app` is the only thing here."""
import os

from flask import Flask


def create_app(test_config=None):
    """Build the Flask app. Configuration comes from the environment unless a test passes its own.

    The ledger is built from `data/` when the database file does not exist yet,
    so a fresh deployment serves the embedded default without a separate step.
    """
    app = Flask(__name__)
    app.config.from_mapping(
        LEDGER_DB=os.environ.get("LEDGER_DB", "ledger.db"),
        TWILIO_AUTH_TOKEN=os.environ.get("TWILIO_AUTH_TOKEN", ""),
        PUBLIC_URL=os.environ.get("PUBLIC_URL", ""),
        LEDGER_PHONE=os.environ.get("LEDGER_PHONE", ""),
        VALIDATE_TWILIO_SIGNATURE=True,
    )
    if test_config:
        app.config.update(test_config)

    from . import build, db
    build.ensure(app.config["LEDGER_DB"])
    db.init_app(app)

    from . import web, webhook
    app.register_blueprint(web.bp)
    app.register_blueprint(webhook.bp)
    return app
