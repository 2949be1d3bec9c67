"""Start `ledger serve` as a real process and text it over HTTP with a signed request."""
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from conftest import sign


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def server(built_ledger, tmp_path):
    db = tmp_path / "served.db"
    shutil.copy(built_ledger, db)
    port = free_port()
    ledger_cmd = Path(sys.executable).with_name("ledger")
    env = dict(os.environ, LEDGER_DB=str(db), TWILIO_AUTH_TOKEN="serve-token", PORT=str(port))
    process = subprocess.Popen([str(ledger_cmd), "serve"], env=env, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            with urllib.request.urlopen(base + "/healthz", timeout=1):
                break
        except OSError:
            time.sleep(0.1)
    else:
        process.kill()
        pytest.fail("ledger serve did not answer /healthz within 10 s")
    yield base
    process.terminate()
    process.wait(timeout=10)


def post(url, params, signature):
    request = urllib.request.Request(url, data=urllib.parse.urlencode(params).encode(),
                                     headers={"X-Twilio-Signature": signature})
    return urllib.request.urlopen(request, timeout=10)


def test_text_the_running_server(server):
    url = server + "/webhook"
    params = {"MessageSid": "SM" + "9" * 32, "From": "+15551234567", "To": "+15550001111",
              "Body": "semax|does it cause hair loss"}
    with post(url, params, sign(params, url=url, token="serve-token")) as response:
        reply = ET.fromstring(response.read()).find("./Message").text
    assert "s84" in reply and "Not medical advice" in reply


def test_running_server_rejects_forgery(server):
    params = {"MessageSid": "SM" + "8" * 32, "From": "+15551234567", "Body": "semax|focus"}
    with pytest.raises(urllib.error.HTTPError) as error:
        post(server + "/webhook", params, "forged")
    error.value.close()
    assert error.value.code == 403
