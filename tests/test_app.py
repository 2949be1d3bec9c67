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


def test_a_ledger_from_an_older_schema_gains_new_columns(tmp_path):
    import sqlite3

    from service.db import connect
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE questions (id TEXT PRIMARY KEY, topic TEXT NOT NULL, text TEXT NOT NULL,"
                 " entry INTEGER NOT NULL)")
    conn.close()
    columns = connect(str(path))["questions"].columns_dict
    assert {"unconfirmed", "reply", "asker"} <= set(columns)
