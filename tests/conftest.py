"""Fixtures: every test gets its own real ledger file, copied from one build per session."""
import json
import os
import shutil
import threading
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from click.testing import CliRunner
from cryptography.fernet import Fernet

from service import create_app
from service.build import build
from service.db import connect

# The sender-hash key comes from the environment, never the database; the servers these tests
# start as processes inherit it. Checkpoint keys and rate limits are set by the tests that need them.
os.environ.setdefault("LEDGER_SECRET", "test-only-sender-hash-key")


@pytest.fixture(scope="session")
def built_ledger(tmp_path_factory):
    path = tmp_path_factory.mktemp("built") / "ledger.db"
    build(str(path))
    return path


@pytest.fixture
def db_path(built_ledger, tmp_path, monkeypatch):
    path = tmp_path / "ledger.db"
    shutil.copy(built_ledger, path)
    monkeypatch.setenv("LEDGER_DB", str(path))
    return path


@pytest.fixture
def db(db_path):
    database = connect(str(db_path))
    yield database
    database.conn.close()


@pytest.fixture
def app(db_path):
    return create_app({"TESTING": True, "LEDGER_DB": str(db_path), "TWILIO_AUTH_TOKEN": "test-token"})


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def runner(db_path):
    return CliRunner()


WEBHOOK_URL = "http://localhost/webhook"


def sign(params: dict, url: str = WEBHOOK_URL, token: str = "test-token") -> str:
    """The X-Twilio-Signature Twilio would send, computed by the twilio package itself."""
    from twilio.request_validator import RequestValidator
    return RequestValidator(token).compute_signature(url, params)


@pytest.fixture
def text(client):
    """Text the service through the signed webhook; returns (response, reply text or None).

    Every reply that comes back is checked against its channel's limits: SMS in GSM-7
    within 3 segments, WhatsApp under 1,600 characters.
    """
    import itertools
    import xml.etree.ElementTree as ET
    counter = itertools.count(1)

    def send(body, sender="+15551234567", sid=None, **extra):
        params = {"MessageSid": sid or f"SM{next(counter):032d}", "AccountSid": "AC" + "0" * 32,
                  "From": sender, "To": "+15550001111", "Body": body, "NumMedia": "0", **extra}
        response = client.post("/webhook", data=params, headers={"X-Twilio-Signature": sign(params)})
        if response.status_code != 200:
            return response, None
        message = ET.fromstring(response.data).find("./Message")
        reply = (message.text or "") if message is not None else None
        if reply is not None:
            from service import sms
            if sender.startswith("whatsapp:"):
                assert len(reply) <= sms.WHATSAPP_MAX_CHARS, reply
            else:
                assert sms.is_gsm7(reply) and sms.segments(reply) <= sms.SMS_MAX_SEGMENTS, reply
        return response, reply

    return send


ACCOUNT = "AC" + "1" * 32


class MessagesAPI(BaseHTTPRequestHandler):
    """Twilio's Messages API as far as sending a message goes: records each request and answers
    201 with the message resource, or the next status in `statuses` with Twilio's error body."""
    received: list = []
    statuses: list = []

    def do_POST(self):
        body = self.rfile.read(int(self.headers["Content-Length"])).decode()
        form = dict(urllib.parse.parse_qsl(body))
        type(self).received.append({"path": self.path, "auth": self.headers["Authorization"], "form": form})
        status = type(self).statuses.pop(0) if type(self).statuses else 201
        if status == 201:
            payload = {"sid": f"SM{len(type(self).received):032d}", "account_sid": ACCOUNT, "to": form.get("To"),
                       "from": form.get("From"), "body": form.get("Body"), "status": "queued"}
        else:
            payload = {"code": 21211 if status == 400 else 20500, "message": f"stand-in error {status}",
                       "status": status}
        payload = json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def log_message(self, *args):
        pass


@pytest.fixture
def messages_api_server(monkeypatch):
    """A local stand-in for Twilio's Messages API, and the environment that points the real
    twilio REST client at it (account, token, and a key for what is kept encrypted)."""
    MessagesAPI.received, MessagesAPI.statuses = [], []
    server = ThreadingHTTPServer(("127.0.0.1", 0), MessagesAPI)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    monkeypatch.setenv("TWILIO_API_URL", f"http://127.0.0.1:{server.server_address[1]}")
    monkeypatch.setenv("TWILIO_ACCOUNT_SID", ACCOUNT)
    monkeypatch.setenv("TWILIO_AUTH_TOKEN", "test-token")
    monkeypatch.setenv("LEDGER_NOTIFY_KEY", Fernet.generate_key().decode())
    yield MessagesAPI
    server.shutdown()
    server.server_close()
    thread.join()
