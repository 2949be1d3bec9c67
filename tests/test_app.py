"""The app factory."""
from service import create_app


def test_healthz(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.get_json()["status"] == "ok"


def test_factory_builds_a_missing_ledger(tmp_path):
    path = tmp_path / "fresh.db"
    app = create_app({"TESTING": True, "LEDGER_DB": str(path)})
    assert path.exists()
    assert app.test_client().get("/healthz").status_code == 200
