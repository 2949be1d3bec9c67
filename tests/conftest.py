"""Fixtures: every test gets its own real ledger file, copied from one build per session."""
import shutil

import pytest
from click.testing import CliRunner

from service import create_app
from service.build import build
from service.db import connect


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
