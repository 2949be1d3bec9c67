"""Pages and the JSON API."""
from flask import Blueprint, jsonify

bp = Blueprint("web", __name__)


@bp.get("/healthz")
def healthz():
    return jsonify(status="ok")
