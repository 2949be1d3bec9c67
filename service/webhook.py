"""Where an SMS or WhatsApp message enters: Twilio's POST /webhook.

Every request's X-Twilio-Signature is checked with the twilio package's
RequestValidator before anything is read or written (a request without one is
refused before its body is read; MAX_CONTENT_LENGTH caps what is read for the
check); only an explicit test configuration (VALIDATE_TWILIO_SIGNATURE =
False) turns the check off, never debug mode. Behind a proxy the URL Twilio
signed differs from the one Flask sees: PUBLIC_URL names it, and is then the
only URL accepted.

A signed text is answered in the response (TwiML) by `delivery.answer`, which also keeps
receipts, rate limits and opt-outs; or, with REPLY_BY=rest, kept for `ledger deliver` to
answer the same way and send by Twilio's REST API, while the response is an empty
<Response/> at once (service.delivery).
"""
import hmac

from flask import Blueprint, Flask, Response, abort, current_app, request
from twilio.request_validator import RequestValidator
from twilio.twiml.messaging_response import MessagingResponse

from . import db, delivery
from .db import get_db

bp = Blueprint("webhook", __name__)


def app_beside(pages: Flask) -> Flask:
    """The webhook as a Flask app of its own beside the pages' app, sharing its configuration and
    its ledger connections. Flask-Limiter's hooks run on every request of the app they are in, to
    limit routes by client address; the webhook has no such limit (Twilio's addresses are
    everyone's) and counts each sender by hand once the signature holds (service.throttle).
    Those hooks cost an accepted text an eighth of the webhook's requests a second."""
    hook = Flask(pages.import_name)
    hook.config, hook.extensions = pages.config, pages.extensions
    hook.after_request(db.checkpoint_after_reply)
    hook.register_blueprint(bp)
    return hook


class WebhookBeside:
    """WSGI: POST /webhook goes to the webhook's app, every other request to the pages'."""

    def __init__(self, pages_wsgi, hook: Flask):
        self.pages_wsgi, self.hook = pages_wsgi, hook

    def __call__(self, environ, start_response):
        if environ.get("PATH_INFO") == "/webhook":
            return self.hook.wsgi_app(environ, start_response)
        return self.pages_wsgi(environ, start_response)


def signed_url() -> str:
    """The URL Twilio signed: PUBLIC_URL (a base or the full webhook URL) when it is set, whatever
    Host the request names; otherwise the URL Flask sees."""
    public = current_app.config.get("PUBLIC_URL", "").strip()
    if not public:
        return request.url
    base = public.rstrip("/")
    query = f"?{request.query_string.decode()}" if request.query_string else ""
    return base + query if base.endswith(request.path) else base + request.path + query


def signature_is_valid() -> bool:
    """The twilio package's RequestValidator, over every value of the form. The signature of the
    URL as it is is compared first: `validate` also tries the URL with and without its port
    (Twilio's own signing is not consistent about it), two HMACs a request, and is the fallback."""
    token = current_app.config.get("TWILIO_AUTH_TOKEN", "")
    signature = request.headers.get("X-Twilio-Signature", "")
    if not token or not signature:
        return False
    validator, url = RequestValidator(token), signed_url()
    # as bytes: compare_digest refuses str with other than ASCII in it, which a forged header may hold
    return (hmac.compare_digest(validator.compute_signature(url, request.form).encode(), signature.encode())
            or validator.validate(url, request.form, signature))


EMPTY_TWIML = str(MessagingResponse())  # <Response/>: no reply now


def twiml(text: str) -> Response:
    response = MessagingResponse()
    if text:
        response.message(text)
    return Response(str(response), mimetype="application/xml")


@bp.post("/webhook")
def webhook():
    if current_app.config.get("VALIDATE_TWILIO_SIGNATURE", True):
        if not request.headers.get("X-Twilio-Signature"):
            abort(403)  # before the body is read
        if not signature_is_valid():
            abort(403)
    if current_app.config["REPLY_BY"] == "rest":
        delivery.accept(get_db(), request.form)
        return Response(EMPTY_TWIML, mimetype="application/xml")
    return twiml(delivery.answer(get_db(), delivery.message_from(request.form)))
