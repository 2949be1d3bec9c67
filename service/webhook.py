"""Where an SMS or WhatsApp message enters: Twilio's POST /webhook.

Every request's X-Twilio-Signature is checked with the twilio package's
RequestValidator before anything is read or written; only an explicit test
configuration (VALIDATE_TWILIO_SIGNATURE = False) turns the check off, never
debug mode. Behind a proxy the URL Twilio signed differs from the one Flask
sees: PUBLIC_URL names it.
"""
import logging

from flask import Blueprint, Response, abort, current_app, request
from twilio.request_validator import RequestValidator
from twilio.twiml.messaging_response import MessagingResponse

from handlers import Message, dispatch

from .db import get_db

bp = Blueprint("webhook", __name__)
log = logging.getLogger(__name__)
FALLBACK = "Sorry, something went wrong on our side and nothing was recorded. Please try again. Send help for usage."


def signed_urls() -> list[str]:
    """The URLs Twilio may have signed: PUBLIC_URL (a base or the full webhook URL), then what Flask sees."""
    urls = []
    public = current_app.config.get("PUBLIC_URL", "").strip()
    if public:
        base = public.rstrip("/")
        query = f"?{request.query_string.decode()}" if request.query_string else ""
        urls.append(base + query if base.endswith(request.path) else base + request.path + query)
    urls.append(request.url)
    return urls


def signature_is_valid() -> bool:
    token = current_app.config.get("TWILIO_AUTH_TOKEN", "")
    signature = request.headers.get("X-Twilio-Signature", "")
    if not token or not signature:
        return False
    validator = RequestValidator(token)
    params = request.form.to_dict(flat=True)
    return any(validator.validate(url, params, signature) for url in signed_urls())


def channel_of(sender: str) -> str:
    return "whatsapp" if sender.lower().startswith("whatsapp:") else "sms"


def twiml(text: str) -> Response:
    response = MessagingResponse()
    if text:
        response.message(text)
    return Response(str(response), mimetype="application/xml")


@bp.post("/webhook")
def webhook():
    if current_app.config.get("VALIDATE_TWILIO_SIGNATURE", True) and not signature_is_valid():
        abort(403)
    sender = request.form.get("From", "")
    message = Message(body=request.form.get("Body", ""), channel=channel_of(sender), sender=sender or None,
                      message_sid=request.form.get("MessageSid") or None)
    try:
        result = dispatch(get_db(), message)
    except Exception:  # a reply is owed whatever happened; the traceback goes to the log
        log.exception("webhook failed for %s", message.message_sid)
        return twiml(FALLBACK)
    return twiml(result.reply)
