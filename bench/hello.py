"""The baseline for the webhook's throughput: the smallest Flask app that answers a Twilio
webhook with TwiML (built with the twilio package, as ours is), served by the same gunicorn."""
from flask import Flask, Response
from twilio.twiml.messaging_response import MessagingResponse

app = Flask(__name__)


@app.get("/healthz")
def healthz():
    return "ok"


@app.post("/webhook")
def webhook():
    response = MessagingResponse()
    response.message("Hello!")
    return Response(str(response), mimetype="application/xml")
