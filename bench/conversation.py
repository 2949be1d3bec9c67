"""A scripted conversation through the signed webhook, printed as README shows it.

Run with `.venv/bin/python bench/conversation.py [sms|whatsapp]`: a fresh ledger is built in a
temporary folder, each message is posted to POST /webhook with a real X-Twilio-Signature
(the twilio package computes it), and the TwiML reply is printed.
"""
import os
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("LEDGER_SECRET", "demo-only-sender-hash-key")

from twilio.request_validator import RequestValidator  # noqa: E402

from service import create_app  # noqa: E402

SCRIPT = ["hi", "does semax help with stroke recovery?", "more", "1", "what about sleep?", "s84",
          "is it safe while breastfeeding?", "NOTIFY", "thanks!", "[a photo]", "STOP", "semax|focus", "START",
          "semax vs selank for sleep", "forget me"]


def main(channel: str = "sms") -> None:
    sender = ("whatsapp:" if channel == "whatsapp" else "") + "+14155550123"
    with tempfile.TemporaryDirectory() as tmp:
        app = create_app({"TESTING": True, "LEDGER_DB": str(Path(tmp) / "ledger.db"), "TWILIO_AUTH_TOKEN": "demo"})
        client = app.test_client()
        for n, body in enumerate(SCRIPT):
            photo = body == "[a photo]"
            params = {"MessageSid": f"SM{n:032d}", "From": sender, "To": "+15550001111",
                      "Body": "" if photo else body, "NumMedia": "1" if photo else "0"}
            signature = RequestValidator("demo").compute_signature("http://localhost/webhook", params)
            response = client.post("/webhook", data=params, headers={"X-Twilio-Signature": signature})
            message = ET.fromstring(response.data).find("./Message")
            print(f"> {body}")
            print(message.text if message is not None else "(no reply)")
            print()


if __name__ == "__main__":
    main(*sys.argv[1:])
